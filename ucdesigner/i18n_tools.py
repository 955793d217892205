"""Maintain the translations: ``python -m ucdesigner.i18n_tools update|release|missing``.

- ``update``: collect the strings of the code into ``resources/i18n/ucdesigner_<lang>.ts``
  with Qt's ``pyside6-lupdate`` (``-locations none`` so that moved lines do not churn
  the files, ``-no-obsolete`` so that strings no longer in the code leave). Existing
  translations are kept; new strings come in unfinished.
- ``release``: compile each ``.ts`` to the ``.qm`` the application loads
  (``pyside6-lrelease``). The install script and the bundle build run this.
- ``missing``: list the strings of the code that a language has not translated yet
  (exit status 1 when there are any).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from .l10n import LANGUAGES, catalog_file, i18n_dir, read_ts_messages

PACKAGE = Path(__file__).resolve().parent
TRANSLATED = tuple(code for code in LANGUAGES if code != "en")


def tool(name: str) -> str:
    """The path of a Qt tool that comes with PySide6 (beside this Python, or on PATH)."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"i18n_tools: {name} is not installed (it comes with PySide6)")
    return found


def source_files() -> list[str]:
    """Every Python file of the package, sorted (what lupdate reads)."""
    return sorted(str(p) for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def extract(targets: Sequence[Path], obsolete: bool = False) -> None:
    """Run lupdate over the package into ``targets`` (``.ts`` files, made when absent)."""
    command = [tool("pyside6-lupdate"), "-locations", "none"]
    if not obsolete:
        command.append("-no-obsolete")
    command += [*source_files(), "-ts", *map(str, targets)]
    subprocess.run(command, check=True, capture_output=True, timeout=600)


def code_sources() -> set[tuple[str, str]]:
    """(context, source text) of every translatable string in the code, as lupdate
    finds them (collected into a temporary file; the repository is not touched)."""
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "all.ts"
        extract([target])
        from xml.etree import ElementTree

        root = ElementTree.parse(target).getroot()
        return {
            (block.findtext("name") or "", message.findtext("source") or "")
            for block in root.iter("context")
            for message in block.iter("message")
        }


def missing(code: str) -> list[tuple[str, str]]:
    """The strings of the code that ``code``'s ``.ts`` does not translate, sorted."""
    ts = catalog_file(code, ".ts")
    done = read_ts_messages(ts.read_bytes()) if ts.is_file() else {}
    return sorted(key for key in code_sources() if key not in done)


def release(codes: Sequence[str] = TRANSLATED, folder: Path | None = None) -> list[Path]:
    """Compile the ``.ts`` of each language to its ``.qm`` (in ``folder``, by default
    this installation's ``resources/i18n``); the files written."""
    written = []
    for code in codes:
        ts, qm = catalog_file(code, ".ts"), catalog_file(code, ".qm")
        if folder is not None:
            ts, qm = folder / ts.name, folder / qm.name
        subprocess.run(
            [tool("pyside6-lrelease"), str(ts), "-qm", str(qm)],
            check=True,
            capture_output=True,
            timeout=300,
        )
        written.append(qm)
    return written


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ucdesigner.i18n_tools", description=__doc__)
    parser.add_argument("action", choices=("update", "release", "missing"))
    parser.add_argument(
        "languages", nargs="*", metavar="LANG", help=f"{', '.join(TRANSLATED)}; by default all"
    )
    args = parser.parse_args(argv)
    codes = args.languages or list(TRANSLATED)
    unknown = [code for code in codes if code not in TRANSLATED]
    if unknown:
        parser.error(f"unknown language {unknown[0]!r} (known: {', '.join(TRANSLATED)})")
    if args.action == "update":
        extract([catalog_file(code, ".ts") for code in codes])
        print(f"updated {', '.join(codes)} in {i18n_dir()}")
    elif args.action == "release":
        for qm in release(codes):
            print(qm)
    else:
        status = 0
        for code in codes:
            for context, source in missing(code):
                print(f"{code}\t{context}\t{source!r}")
                status = 1
        return status
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
