"""GMF notation diagrams: Papyrus ``.notation`` files and IBM RSA's embedded diagrams.

A ``notation:Diagram`` holds views (``children``) that name their model element either
in an ``element`` attribute (RSA, same file) or in an ``<element href="file#id"/>``
child (Papyrus, the ``.uml`` beside it). A view's ``layoutConstraint`` (``Bounds``)
is relative to the view that contains it; a missing or -1 size means "the default
size". Units are pixels when the diagram says ``measurementUnit="Pixel"`` and GMF's
default, HiMetric (1/100 mm), otherwise.

A compartment (a package's or a subject's content area) has no bounds of its own: the
tool lays it out under the container's name, so the views inside it are relative to
that content area, not to the container's corner.
"""

from __future__ import annotations

from collections.abc import Callable

from lxml import etree

from .names import is_notation_ns, is_xmi_ns, local, split
from .raw import RawDiagram, RawEdge, RawShape

HIMETRIC_PER_PIXEL = 2540 / 96
CONTENT_TOP = 21.0
"""Where a container's content area starts below its top edge, in pixels: Papyrus lays
a subject's name out 5 px from the top, at its default 9-point font (15 px line), and
the compartment right under it (1 px gap)."""
PACKAGE_CONTENT_TOP = 40.0
"""The same for a package. Papyrus writes a package's name in its tab, so its content
area starts at about 21 px too; ours writes it in the body under a 16 px tab, and the
content area starts under that name line (16 + 24 px), so shapes do not cover it."""
PACKAGE_COMPARTMENTS = frozenset({"7013", "7016"})  # before Papyrus 1.2


def _compartment_top(view: etree._Element) -> float | None:
    """Where the content area of a compartment view starts in its container (pixels),
    or None when ``view`` is not a compartment. Papyrus names a compartment's type
    ``<Container>_<...>Compartment[_CN]`` (numbered 7000-7999 before Papyrus 1.2); RSA's
    types carry ``Compartment`` too."""
    kind = view.get("type", "")
    if kind in PACKAGE_COMPARTMENTS or (
        kind.startswith(("Package_", "Model_")) and "Compartment" in kind
    ):
        return PACKAGE_CONTENT_TOP
    if "Compartment" in kind or (kind.isdigit() and 7000 <= int(kind) < 8000):
        return CONTENT_TOP
    return None


def _element_ref(view: etree._Element) -> str | None:
    ref = view.get("element")
    if ref:
        return ref.split()[0]
    for child in view:
        if isinstance(child.tag, str) and local(child.tag) == "element":
            href = child.get("href")
            if href:
                return href.rpartition("#")[2]
            for attr, value in child.attrib.items():
                if split(attr)[1] == "idref":
                    return value
    return None


def _bounds(view: etree._Element) -> etree._Element | None:
    for child in view:
        if isinstance(child.tag, str) and local(child.tag) == "layoutConstraint":
            return child
    return None


def _number(element: etree._Element, name: str, default: float) -> float:
    try:
        return float(element.get(name, default))
    except ValueError:
        return default


def read_diagram(
    element: etree._Element, xid: Callable[[etree._Element], str | None], owner: str | None
) -> list[RawDiagram]:
    """One RawDiagram from a ``notation:Diagram`` element."""
    scale = 1.0 if element.get("measurementUnit", "").lower() == "pixel" else 1 / HIMETRIC_PER_PIXEL
    diagram = RawDiagram(
        xid(element) or element.get("name", "diagram"),
        element.get("name", ""),
        owner=_element_ref(element) or owner,
        kind=element.get("type", ""),
        # Papyrus and RSA draw association end names and multiplicities only on request.
        hides_end_labels=True,
    )
    seen: set[str] = set()

    def visit(view: etree._Element, ox: float, oy: float) -> None:
        for child in view:
            if not isinstance(child.tag, str) or local(child.tag) != "children":
                continue
            bounds = _bounds(child)
            x = y = 0.0
            if bounds is not None:
                x = _number(bounds, "x", 0.0)
                y = _number(bounds, "y", 0.0)
            ref = _element_ref(child)
            if ref and bounds is not None and ref not in seen and ref != diagram.owner:
                seen.add(ref)
                width = _number(bounds, "width", -1)
                height = _number(bounds, "height", -1)
                diagram.shapes.append(
                    RawShape(
                        ref,
                        (ox + x) * scale,
                        (oy + y) * scale,
                        width * scale if width > 0 else None,
                        height * scale if height > 0 else None,
                    )
                )
            placed = bounds is not None and (bounds.get("x") or bounds.get("y"))
            top = None if placed else _compartment_top(child)
            if top is not None:
                y += top / scale  # in the file's units, as the offsets it is added to
            visit(child, ox + x, oy + y)

    visit(element, 0.0, 0.0)
    for child in element:
        if isinstance(child.tag, str) and local(child.tag) == "edges":
            ref = _element_ref(child)
            if ref:
                # Papyrus and RSA do not show association end names and multiplicities
                # unless asked to, and files rarely ask: hidden, as the tool showed them.
                diagram.edges.append(RawEdge(ref, hide_end_labels=True))
    return [diagram]


def read_notation_file(
    root: etree._Element, xid: Callable[[etree._Element], str | None]
) -> list[RawDiagram]:
    """Every diagram of a ``.notation`` file (root ``xmi:XMI`` or a bare Diagram)."""
    uri, name = split(root.tag)
    candidates = (
        [root] if name == "Diagram" else list(root) if is_xmi_ns(uri) or name == "XMI" else []
    )
    diagrams: list[RawDiagram] = []
    for candidate in candidates:
        if isinstance(candidate.tag, str):
            c_uri, c_name = split(candidate.tag)
            if c_name == "Diagram" and is_notation_ns(c_uri):
                diagrams.extend(read_diagram(candidate, xid, None))
    return diagrams
