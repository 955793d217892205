"""A diagram's SVG file made ready to sit inside an HTML page beside others."""

from __future__ import annotations

import re

from lxml import etree

_URL = re.compile(r"url\(#([^)]+)\)")


def inline_svg(svg: bytes, prefix: str) -> str:
    """The ``<svg>`` element of ``svg`` as markup for an HTML page: ids prefixed (pages
    hold several diagrams, each with its own "title"), the fixed size replaced by one
    that scales to the page (up to the picture's own width)."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    root = etree.fromstring(svg, parser)
    ids = {}
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        ident = element.get("id")
        if ident:
            ids[ident] = f"{prefix}-{ident}"
            element.set("id", ids[ident])
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        for name, value in element.attrib.items():
            if name == "aria-labelledby":
                element.set(name, " ".join(ids.get(v, v) for v in value.split()))
            elif "url(#" in value:
                element.set(name, _URL.sub(lambda m: f"url(#{ids.get(m[1], m[1])})", value))
            elif name.endswith("href") and value.startswith("#"):
                element.set(name, "#" + ids.get(value[1:], value[1:]))
    width = root.attrib.pop("width", None)
    root.attrib.pop("height", None)
    if width:
        root.set("style", f"max-width: {width.removesuffix('px')}px")
    root.set("class", "diagram-picture")
    return etree.tostring(root, encoding="unicode")
