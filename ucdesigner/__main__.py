"""``python -m ucdesigner``: the same as the ``ucdesigner`` command."""

from .cli import entry

entry()
