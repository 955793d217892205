"""XMI import and export.

``read_xmi(path)`` imports any supported XMI file and returns the document data with an
``ImportReport``; ``write_xmi(document, path, dialect)`` exports. Every problem with an
input file raises ``XMIError`` with one sentence naming the file and the problem.
"""

from .errors import XMIError
from .reader import ImportResult, read_xmi, read_xmi_bytes, read_xmi_root, result_from_raw
from .report import ImportReport
from .writer import DEFAULT_DIALECT, DIALECTS, dumps_xmi, write_xmi

__all__ = [
    "DEFAULT_DIALECT",
    "DIALECTS",
    "ImportReport",
    "ImportResult",
    "XMIError",
    "dumps_xmi",
    "read_xmi",
    "read_xmi_bytes",
    "read_xmi_root",
    "result_from_raw",
    "write_xmi",
]
