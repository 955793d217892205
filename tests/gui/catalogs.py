"""Translation catalogs for GUI tests: the repository's, or a pseudo-translation made
from today's code that lengthens every text by about a third (as German and French
do), with placeholders, markup, entities and accelerators kept."""

from __future__ import annotations

import math
import re
import subprocess
from pathlib import Path

from lxml import etree

from ucdesigner import i18n_tools

KEEP = re.compile(r"\{[^{}]*\}|<[^>]*>|&[a-zA-Z]+;|&#\d+;|%L?\d|%n|&&|&(?=\S)|\\n")
"""What a translation must keep as it is."""
WORD = re.compile(r"[^\W\d_]+")
GROWTH = 0.35


def lengthen(text: str) -> str:
    """``text`` about 35 % longer: each word grows by a third of its letters (so that a
    line of words grows the way a translation's does), markup left alone."""
    out, last = [], 0
    for match in KEEP.finditer(text):
        out.append(_grow(text[last : match.start()]))
        out.append(match.group(0))
        last = match.end()
    out.append(_grow(text[last:]))
    return "".join(out)


def _grow(plain: str) -> str:
    return WORD.sub(
        lambda m: m.group(0) + m.group(0)[-1] * math.ceil(len(m.group(0)) * GROWTH), plain
    )


def pseudo_catalog(folder: Path, language: str = "de") -> Path:
    """``folder/ucdesigner_<language>.ts`` and ``.qm``: every string of the code,
    lengthened. Returns the folder (for ``l10n.i18n_dir``)."""
    folder.mkdir(parents=True, exist_ok=True)
    ts = folder / f"ucdesigner_{language}.ts"
    i18n_tools.extract([ts])
    tree = etree.parse(str(ts))
    for message in tree.iter("message"):
        translation = message.find("translation")
        translation.text = lengthen(message.findtext("source") or "")
        translation.attrib.pop("type", None)
    tree.write(str(ts), encoding="utf-8", xml_declaration=True)
    subprocess.run(
        [i18n_tools.tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
        check=True,
        capture_output=True,
        timeout=300,
    )
    return folder
