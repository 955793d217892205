"""ucdesigner: a desktop editor for UML use case diagrams."""

__version__ = "0.1.0"
