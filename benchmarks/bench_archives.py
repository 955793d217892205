"""Import of MagicDraw ``.mdzip`` projects: a synthetic 1 MB archive (a model with use
case diagrams whose views sit in ``BINARY-*`` members, as MagicDraw 17+ writes them)
and the largest ``.mdzip`` of ../shared/import-corpus.

The target is 2 s for a 1 MB archive. The bare cost beside it is unzipping every member
and parsing each XML member with lxml: what any reader of the file pays.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from random import Random

from lxml import etree

from ucdesigner.io.mdzip import read_mdzip_bytes

from .core import Figure, measure, note

CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "import-corpus" / "magicdraw"
TARGET_BYTES = 1024 * 1024
LIMIT_SECONDS = 2.0
XMI = "http://www.omg.org/spec/XMI/20131001"
UML = "http://www.omg.org/spec/UML/20131001"


def _uid(n: int, salt: str) -> str:
    # MagicDraw ids: a version prefix, a time stamp and random digits; they compress as
    # poorly as the real ones, so a 1 MB archive holds as much XML as a real one (the
    # corpus projects expand 4 to 14 times, 6 on the whole).
    random = Random(f"{salt}{n}")
    return f"_19_0_3_5cb0201_{random.randrange(10**13)}_{random.randrange(10**6)}_{salt}{n}"


def synthetic_mdzip(diagrams: int, per_diagram: int = 20, classes: int = 400) -> bytes:
    """A MagicDraw-style project: ``diagrams`` use case diagrams of ``per_diagram`` use
    cases and an actor each, every diagram's views in its own BINARY member, and beside
    each a class diagram of ``classes`` classes with attributes (what fills real projects).
    At 1 MB it holds about 360 use cases and 8.8 MB of XML: denser in use cases (the
    corpus holds 15 to 33 per 200-400 KB) and in XML (the corpus expands 6 times on the
    whole) than the real projects."""
    model: list[str] = [
        f'<?xml version="1.0" encoding="UTF-8"?><xmi:XMI xmlns:xmi="{XMI}" xmlns:uml="{UML}" '
        'xmlns:binary="http://www.nomagic.com/ns/cameo/client/binary/1.0" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        '<uml:Model xmi:id="model" name="Synthetic">'
    ]
    members: dict[str, bytes] = {}
    for d in range(diagrams):
        package = _uid(d, "p")
        model.append(f'<packagedElement xmi:type="uml:Package" xmi:id="{package}" name="P{d}">')
        views = ["<?xml version='1.0' encoding='UTF-8'?>\n<mdOwnedViews>"]
        actor = _uid(d, "a")
        model.append(f'<packagedElement xmi:type="uml:Actor" xmi:id="{actor}" name="Actor {d}"/>')
        views.append(
            f"<mdElement elementClass='Actor' xmi:id='{_uid(d, 'va')}'>"
            f"<elementID xmi:idref='{actor}'/><geometry>20, 40, 60, 90</geometry></mdElement>"
        )
        for u in range(per_diagram):
            case, assoc = _uid(d * 1000 + u, "u"), _uid(d * 1000 + u, "s")
            ends = (_uid(d * 1000 + u, "e1"), _uid(d * 1000 + u, "e2"))
            model.append(
                f'<packagedElement xmi:type="uml:UseCase" xmi:id="{case}" '
                f'name="Use case {d}.{u} with a longer name"/>'
                f'<packagedElement xmi:type="uml:Association" xmi:id="{assoc}" '
                f'memberEnd="{ends[0]} {ends[1]}">'
                f'<ownedEnd xmi:type="uml:Property" xmi:id="{ends[0]}" type="{actor}" '
                f'association="{assoc}"/>'
                f'<ownedEnd xmi:type="uml:Property" xmi:id="{ends[1]}" type="{case}" '
                f'association="{assoc}"/></packagedElement>'
            )
            x, y = 200 + (u % 5) * 180, 40 + (u // 5) * 100
            views.append(
                f"<mdElement elementClass='UseCase' xmi:id='{_uid(d * 1000 + u, 'vu')}'>"
                f"<elementID xmi:idref='{case}'/><geometry>{x}, {y}, 150, 60</geometry>"
                "<compartment compartmentID='TAGGED_VALUES'/><mdOwnedViews/></mdElement>"
                f"<mdElement elementClass='Association' xmi:id='{_uid(d * 1000 + u, 'vs')}'>"
                f"<elementID xmi:idref='{assoc}'/><geometry>80, 85; {x}, {y + 30}; </geometry>"
                "</mdElement>"
            )
        views.append("</mdOwnedViews>")
        member = f"BINARY-{d:08d}-0000-0000-0000-{d:012d}"
        members[member] = "".join(views).encode()
        other = ["<?xml version='1.0' encoding='UTF-8'?>\n<mdOwnedViews>"]
        for c in range(classes):
            n = d * 1000 + c
            model.append(
                f'<packagedElement xmi:type="uml:Class" xmi:id="{_uid(n, "k")}" name="Class{n}">'
                + "".join(
                    f'<ownedAttribute xmi:type="uml:Property" xmi:id="{_uid(n * 10 + a, "t")}" '
                    f'name="attribute{a}" visibility="private" type="{_uid(n, "k")}"/>'
                    for a in range(4)
                )
                + "</packagedElement>"
            )
            other.append(
                f"<mdElement elementClass='Class' xmi:id='{_uid(n, 'vk')}'>"
                f"<elementID xmi:idref='{_uid(n, 'k')}'/>"
                f"<geometry>{(c % 8) * 160}, {(c // 8) * 140}, 150, 120</geometry>"
                "<compartment compartmentID='TAGGED_VALUES'/>"
                "<compartment compartmentID='ATTRIBUTES'/><mdOwnedViews/></mdElement>"
            )
        other.append("</mdOwnedViews>")
        members[f"BINARY-{d:08d}-1111-0000-0000-{d:012d}"] = "".join(other).encode()
        model.append(
            '<xmi:Extension extender="MagicDraw UML 19.0"><modelExtension>'
            f'<ownedDiagram xmi:type="uml:Diagram" xmi:id="{_uid(d, "d")}" name="Diagram {d}" '
            f'context="{package}"><xmi:Extension extender="MagicDraw UML 19.0">'
            "<diagramRepresentation><diagram:DiagramRepresentationObject "
            'xmlns:diagram="http://www.nomagic.com/ns/magicdraw/core/diagram/1.0" '
            f'type="Use Case Diagram" xmi:id="{_uid(d, "r")}"><diagramContents '
            f'xmi:id="{_uid(d, "c")}"><binaryObject streamContentID="{member}" '
            f'xmi:id="{_uid(d, "b")}" xsi:type="binary:StreamIdentityBinaryObject"/>'
            "</diagramContents></diagram:DiagramRepresentationObject></diagramRepresentation>"
            "</xmi:Extension></ownedDiagram></modelExtension></xmi:Extension>"
            "</packagedElement>"
        )
    model.append("</uml:Model></xmi:XMI>")
    members["com.nomagic.magicdraw.uml_model.model"] = "".join(model).encode()
    members["Binaries.properties"] = (
        "com.nomagic.magicdraw.uml_model.model="
        + ",".join(n for n in members if n.startswith("BINARY-"))
    ).encode()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def one_megabyte() -> bytes:
    """The synthetic project grown until the archive is at least 1 MB."""
    diagrams = 2
    while True:
        data = synthetic_mdzip(diagrams)
        if len(data) >= TARGET_BYTES:
            return data
        diagrams = int(diagrams * TARGET_BYTES / len(data)) + 1


def bare(data: bytes) -> None:
    """Unzip every member and parse the XML ones: the cost any reader pays."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for info in archive.infolist():
            member = archive.read(info)
            if info.filename.startswith("BINARY-"):
                etree.fromstring(member, etree.XMLParser(recover=True))
            elif member.lstrip().startswith(b"<"):
                etree.fromstring(member)


def run(repeat: int, smoke: bool = False) -> list[Figure]:
    figures = []
    data = synthetic_mdzip(2) if smoke else one_megabyte()
    figures.append(
        Figure(
            "archives",
            "import .mdzip (synthetic, views in BINARY members)",
            f"{len(data) // 1024:,} KB",
            measure(lambda: read_mdzip_bytes(data, "bench.mdzip"), repeat),
            measure(lambda: bare(data), repeat),
            limit=None if smoke else LIMIT_SECONDS,
            baseline_name="unzip + lxml parse",
        )
    )
    files = (
        sorted(CORPUS.glob("*.mdzip"), key=lambda p: p.stat().st_size) if CORPUS.is_dir() else []
    )
    if not files:
        note("archives: ../shared/import-corpus is absent, the corpus import was not measured.")
        return figures
    largest = files[-1].read_bytes()
    figures.append(
        Figure(
            "archives",
            f"import {files[-1].name}",
            f"{len(largest) // 1024:,} KB",
            measure(lambda: read_mdzip_bytes(largest, files[-1].name), repeat),
            measure(lambda: bare(largest), repeat),
            baseline_name="unzip + lxml parse",
        )
    )
    return figures
