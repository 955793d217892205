"""The bundle's entry point: the same as the ``ucdesigner`` command."""

from ucdesigner.cli import entry

if __name__ == "__main__":
    entry()
