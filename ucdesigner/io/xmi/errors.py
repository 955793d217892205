"""The one error type of XMI import and export."""

from __future__ import annotations

from ...textutil import one_line


class XMIError(Exception):
    """A file that cannot be imported or written as XMI.

    The message is one sentence for the user: it names the file and the problem
    ("model.xmi: declares an external entity; such files are refused for safety").
    """

    def __init__(self, message: str) -> None:
        # Parser messages and names from the file may hold line breaks: keep one line.
        super().__init__(one_line(message, limit=1000))
