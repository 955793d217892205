"""The one error type of XMI import and export."""

from __future__ import annotations


class XMIError(Exception):
    """A file that cannot be imported or written as XMI.

    The message is one sentence for the user: it names the file and the problem
    ("model.xmi: declares an external entity; such files are refused for safety").
    """
