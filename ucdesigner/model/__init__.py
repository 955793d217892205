"""The use case model: pure Python and pydantic, no Qt, no XML, no file I/O."""

from .changes import Transaction
from .data import FORMAT_NAME, FORMAT_VERSION, DocumentData
from .diagram import Diagram, DiagramInfo, Edge, EdgeStyle, Point, Shape, ShapeStyle
from .document import Document
from .elements import (
    Actor,
    Association,
    AssociationEnd,
    Comment,
    CommentLink,
    Dependency,
    Element,
    Extend,
    ExtensionPoint,
    Generalization,
    Include,
    NodeElement,
    Package,
    Relationship,
    Subject,
    UseCase,
)
from .errors import IntegrityError, ModelError, NotFound, RuleViolation
from .ids import new_id
from .problems import Problem
from .settings import DocumentSettings
from .specification import ScenarioExtension, Specification, Stakeholder, Step

__all__ = [
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "Actor",
    "Association",
    "AssociationEnd",
    "Comment",
    "CommentLink",
    "Dependency",
    "Diagram",
    "DiagramInfo",
    "Document",
    "DocumentData",
    "DocumentSettings",
    "Edge",
    "EdgeStyle",
    "Element",
    "Extend",
    "ExtensionPoint",
    "Generalization",
    "Include",
    "IntegrityError",
    "ModelError",
    "NodeElement",
    "NotFound",
    "Package",
    "Point",
    "Problem",
    "Relationship",
    "RuleViolation",
    "ScenarioExtension",
    "Shape",
    "ShapeStyle",
    "Specification",
    "Stakeholder",
    "Step",
    "Subject",
    "Transaction",
    "UseCase",
    "new_id",
]
