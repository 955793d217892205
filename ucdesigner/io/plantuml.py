"""PlantUML use case text in and out.

Reading understands PlantUML's use case language: ``actor``, ``:Name:``, ``usecase``,
``(Name)``, ``"Name" as Alias``, stereotypes ``<<x>>``, ``rectangle``/``frame`` blocks
(system boundaries) and ``package`` blocks, relations (``-->``, ``--``, ``.>``,
``..>``, ``<|--``, ``--|>``, direction words and ``[...]`` styles, ``: <<include>>``,
``: <<extend>>`` with a condition after the keyword), notes (``note ... of X : text``,
multi-line notes, ``note "text" as N`` linked with ``..``), ``title``. Layout commands
and skin parameters are skipped; anything else is reported by line.

Writing gives text that PlantUML renders: one alias per element (its id when that is a
PlantUML identifier), boundaries and packages as blocks, and the journey in comments
PlantUML ignores (``' ucdesigner ...``) that reading turns back into journey fields.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict

from ..model import Document, Extend, Specification, UseCase
from ..model.base import clean_text
from ..model.journey import Journey, Kpi
from ..textutil import one_line
from . import plantuml_syntax as syntax
from .text_model import NoteSpec, RelSpec, TextModel, node_key

SUFFIXES = (".puml", ".plantuml", ".pu", ".iuml", ".wsd")

SKIPPED = re.compile(
    r"^(?:@startuml|@enduml|skinparam\b|hide\b|show\b|scale\b|newpage\b|header\b|"
    r"footer\b|caption\b|legend\b|endlegend\b|endheader\b|endfooter\b|center\b|!theme\b|"
    r"allowmixing\b)",
    re.IGNORECASE,
)
DIRECTION = re.compile(r"^(?:left to right|top to bottom) direction\b", re.IGNORECASE)
JOURNEY_COMMENT = "' ucdesigner journey:"
STEP_COMMENT = re.compile(r"' ucdesigner step (?P<alias>[\w.]+):")
KEYWORD = re.compile(r"<<\s*(include|extend)s?\s*>>|^\s*(include|extend)s?\b", re.IGNORECASE)
MAX_QUOTED_LINES = 50
"""A quoted name may run over this many lines; an unclosed quote stops there."""
_ENTITY = re.compile(r"&#(\d{1,7});")


class PlantUMLError(ValueError):
    """Text that holds no use case diagram."""


def _text(value: str) -> str:
    """A name as written in PlantUML: ``\\n`` is a line break and ``&#N;`` the character
    with that code (how the writer keeps quotes, backslashes and ``<<``/``>>``)."""
    text = value.replace("\\n", "\n")
    if "&#" in text:
        text = _ENTITY.sub(_character, text)
    return text.strip()


def _character(match: re.Match) -> str:
    code = int(match.group(1))
    return chr(code) if code <= 0x10FFFF else "\ufffd"


def _ref(ref: syntax.Ref) -> tuple[str | None, str]:
    """(kind or None when a bare name, name) of a relation end."""
    kind = {"c": "actor", "p": "usecase"}.get(ref.form)
    return kind, (ref.text if ref.form == "i" else _text(ref.text))


class _Reader:
    def __init__(self) -> None:
        self.model = TextModel()
        self.aliases: dict[str, str] = {}
        """Alias or name (casefolded) -> node key."""
        self.blocks: list[str | None] = []
        self.steps: dict[str, dict] = {}

    def key_for(self, kind: str | None, name: str, line: int) -> str:
        """The node a name stands for: a known alias or name, else a new node (a bare
        name is an actor, as PlantUML draws it)."""
        known = self.aliases.get(name.casefold())
        if known is not None and (kind is None or known.startswith(kind + ":")):
            return known
        spec = self.model.node(kind or "actor", name, line)
        key = node_key(spec.kind, name)
        self.aliases.setdefault(name.casefold(), key)
        self._contain(spec, key)
        return key

    def declare(self, kind: str, name: str, alias: str, stereotypes: list[str], line: int) -> str:
        spec = self.model.node(kind, name, line, alias)
        key = node_key(kind, alias or name)
        for written in stereotypes:
            spec.stereotypes += [_text(s) for s in written.split(",") if s.strip()]
        self.aliases[(alias or name).casefold()] = key
        self.aliases.setdefault(name.casefold(), key)
        self._contain(spec, key)
        return key

    def _contain(self, spec, key: str) -> None:
        if not self.blocks:
            return  # outside every block (most lines): nothing to look up
        container = next((b for b in reversed(self.blocks) if b), None)
        if container is None or spec.container is not None or key == container:
            return
        outer = self.model.nodes[container]
        if spec.kind == "usecase" or outer.kind == "package":
            spec.container = container

    def read(self, text: str) -> TextModel:
        lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        if not any(line.strip() for line in lines):
            raise PlantUMLError("The text is empty: paste or open a PlantUML use case diagram.")
        number = 0
        in_comment = False
        note: NoteSpec | None = None
        note_lines: list[str] = []
        while number < len(lines):
            raw = self._clean(lines[number], number + 1)
            number += 1
            line = raw.strip()
            if note is None and not line.startswith("'") and line.count('"') % 2:
                line, number = self._quoted_lines(line, lines, number)
            if in_comment:
                in_comment = "'/" not in line
                continue
            if note is not None:
                if line.lower() in ("end note", "endnote"):
                    note.text = _text("\n".join(note_lines))
                    note = None
                else:
                    note_lines.append(raw.rstrip())
                continue
            if line.startswith("/'"):
                in_comment = "'/" not in line[2:]
                continue
            if line.startswith(JOURNEY_COMMENT):
                self._journey(line[len(JOURNEY_COMMENT) :], number)
                continue
            if match := STEP_COMMENT.match(line):
                try:
                    data = json.loads(line[match.end() :])
                    self.steps[match["alias"].casefold()] = data
                except ValueError:
                    self.model.problems.append(f"Line {number}: the journey comment is damaged.")
                continue
            if not line or line.startswith("'") or SKIPPED.match(line):
                continue
            if DIRECTION.match(line):
                self.model.direction = "lr" if line.lower().startswith("left") else "tb"
                continue
            if line.startswith("!"):
                self.model.problems.append(
                    f"Line {number}: {one_line(line, limit=60)} (preprocessor) is not supported."
                )
                continue
            if line.lower().startswith("title "):
                self.model.title = _text(line[6:])
                continue
            if line == "}":
                if self.blocks:
                    self.blocks.pop()
                continue
            if line.endswith("{") and (found := syntax.block(line)):
                name = _text(found.name.text)
                kind = "package" if found.keyword in ("package", "folder") else "subject"
                self.blocks.append(self.declare(kind, name, found.alias, found.stereotypes, number))
                continue
            if line.endswith("{"):
                self.blocks.append(None)  # a block we do not map: its contents still count
                continue
            is_note = line.startswith("note")
            if is_note and (found := syntax.note_of(line)):
                target = self.key_for(*_ref(found.target), number)
                note = self._note(number, [target], found.text)
                if found.text is not None:
                    note = None
                else:
                    note_lines = []
                continue
            if is_note and (found := syntax.note_as(line)):
                if found.text is not None:
                    self._note(number, [], found.text, found.alias)
                else:
                    note = self._note(number, [], "", found.alias)
                    note_lines = []
                continue
            if ("-" in line or "." in line) and (found := syntax.relation(line)):
                self._relation(found, number)
                continue
            if found := syntax.declaration(line):
                self._declaration(found, number)
                continue
            self.model.problems.append(
                f"Line {number}: not understood as a use case diagram line: "
                f'"{one_line(line, limit=80)}".'
            )
        if note is not None:
            note.text = _text("\n".join(note_lines))
            self.model.problems.append(f"Line {note.line}: the note has no end note line.")
        self._apply_steps()
        return self.model

    def _clean(self, line: str, number: int) -> str:
        """The line with the characters no name may hold replaced (said once a line)."""
        cleaned = clean_text(line)
        if cleaned != line:
            self.model.problems.append(
                f"Line {number}: control characters were replaced with \ufffd."
            )
        return cleaned

    def _quoted_lines(self, line: str, lines: list[str], number: int) -> tuple[str, int]:
        """A quoted name over several lines, joined; at most ``MAX_QUOTED_LINES``."""
        quotes = line.count('"')
        parts = [line]
        while quotes % 2 and number < len(lines) and len(parts) < MAX_QUOTED_LINES:
            more = self._clean(lines[number], number + 1).strip()
            quotes += more.count('"')
            parts.append(more)
            number += 1
        return "\n".join(parts), number

    def _journey(self, text: str, number: int) -> None:
        try:
            self.model.journey = Journey.model_validate_json(text)
        except ValueError:
            self.model.problems.append(f"Line {number}: the journey comment is damaged.")

    def _note(self, number: int, targets: list[str], text: str | None, alias: str = "") -> NoteSpec:
        key = f"note:{alias.casefold() or number}"
        spec = NoteSpec(_text(text or ""), number, targets, alias)
        self.model.notes[key] = spec
        if alias:
            self.aliases[alias.casefold()] = key
        return spec

    def _declaration(self, found: syntax.Declaration, number: int) -> None:
        keyword, named, aka = found.keyword, found.name, found.alias
        name, alias = named.text, aka.text if aka else ""
        if keyword and named.form == "i" and aka is not None and aka.form != "i":
            name, alias = alias, named.text  # usecase UC1 as "Long name"
        if (aka is not None and aka.form == "p") or (named.form == "p" and not keyword):
            kind = "usecase"
        elif keyword:
            kind = keyword
        elif named.form == "c":
            kind = "actor"
        else:
            if not alias and named.form == "i" and not found.stereotypes:
                self.model.problems.append(
                    f'Line {number}: "{one_line(name, limit=40)}" alone is not a use case '
                    "diagram line (write actor, usecase, (…) or :…:)."
                )
                return
            kind = "actor"
        self.declare(kind, _text(name), alias, found.stereotypes, number)

    def _relation(self, found: syntax.Relation, number: int) -> None:
        a = self.key_for(*_ref(found.a), number)
        b = self.key_for(*_ref(found.b), number)
        for key, stereotypes in ((a, found.stereo_a), (b, found.stereo_b)):
            if stereotypes and key in self.model.nodes:
                self.model.nodes[key].stereotypes += [_text(s) for s in stereotypes]
        written = found.label or ""
        label = _text(written)
        dashed = "." in found.body
        lh, rh = found.head_left, found.head_right
        backwards = lh in ("<", "^") and not rh
        source, target = (b, a) if backwards else (a, b)
        if a.startswith("note:") or b.startswith("note:"):
            note_key, other = (a, b) if a.startswith("note:") else (b, a)
            self.model.notes[note_key].targets.append(other)
            return
        if lh == "<|" or rh == "|>":
            source, target = (b, a) if lh == "<|" else (a, b)
            self.model.relationships.append(RelSpec("generalization", source, target, number))
            return
        keyword = KEYWORD.search(written)  # before &#N; is read: escaped text is no keyword
        if keyword:
            kind = (keyword.group(1) or keyword.group(2)).lower()
            rest = (written[: keyword.start()] + written[keyword.end() :]).strip()
            while rest.startswith(("\\n", ":")):
                rest = rest[1 if rest.startswith(":") else 2 :].strip()
            rel = RelSpec(kind, source, target, number)
            if kind == "extend":
                rel.condition = _text(rest.strip("[]{} "))
            self.model.relationships.append(rel)
            return
        ends = {a: _text(found.end_a), b: _text(found.end_b)}
        kinds = {k.split(":", 1)[0] for k in (a, b)}
        if not dashed and kinds == {"actor", "usecase"}:
            actor, case = (a, b) if a.startswith("actor:") else (b, a)
            rel = RelSpec("association", actor, case, number, name=label)
        else:
            kind = "dependency" if dashed else "association"
            rel = RelSpec(kind, source, target, number, name=label)
        if rel.kind == "association":
            rel.source_multiplicity, rel.target_multiplicity = ends[rel.source], ends[rel.target]
            # The head marks the end it points at, whichever way the line was written.
            pointed = {b} if rh == ">" else set()
            pointed |= {a} if lh == "<" else set()
            rel.source_navigable = rel.source in pointed
            rel.target_navigable = rel.target in pointed
        self.model.relationships.append(rel)

    def _apply_steps(self) -> None:
        """Fields our own writer carries in ``' ucdesigner step`` comments: the journey
        step and specification of use cases, documentation, and the package of an
        element drawn inside a boundary."""
        for alias, data in self.steps.items():
            key = self.aliases.get(alias)
            spec = self.model.nodes.get(key or "")
            if spec is None or not isinstance(data, dict):
                continue
            if isinstance(data.get("documentation"), str):
                spec.documentation = data["documentation"]
            package = self.aliases.get(str(data.get("package", "")).casefold())
            if package and package.startswith("package:"):
                spec.package = package
            if spec.kind != "usecase":
                continue
            if isinstance(data.get("stage"), str):
                spec.stage = data["stage"]
            spec.touchpoints += [t for t in _items(data, "touchpoints") if isinstance(t, str)]
            spec.pain_points += [p for p in _items(data, "pain_points") if isinstance(p, str)]
            emotion = data.get("emotion")
            if isinstance(emotion, int) and -2 <= emotion <= 2:
                spec.emotion = emotion
            for kpi in _items(data, "kpis"):
                try:
                    spec.kpis.append(Kpi.model_validate(kpi))
                except ValueError:
                    self.model.problems.append(
                        f"Line {spec.line}: a KPI of {one_line(spec.name, 80)} is damaged."
                    )
            if "specification" in data:
                try:
                    spec.specification = Specification.model_validate(data["specification"])
                except ValueError:
                    self.model.problems.append(
                        f"Line {spec.line}: the specification of "
                        f"{one_line(spec.name, 80)} is damaged."
                    )


def _items(data: dict, key: str) -> list:
    value = data.get(key, [])
    return value if isinstance(value, list) else []


def parse_plantuml(text: str) -> TextModel:
    """Read PlantUML use case text; PlantUMLError when it is empty."""
    return _Reader().read(text)


def looks_like_plantuml(text: str) -> bool:
    """True for text that starts like a PlantUML diagram."""
    return text.lstrip().lower().startswith("@startuml")


# --------------------------------------------------------------------------- writing


def _alias(element_id: str, taken: set[str]) -> str:
    base = re.sub(r"\W", "_", element_id)
    if not re.match(r"[A-Za-z_]", base):
        base = "e_" + base
    alias, n = base, 2
    while alias in taken:
        alias, n = f"{base}_{n}", n + 1
    taken.add(alias)
    return alias


_ESCAPED = re.compile(
    '["\\\\<>\\x00-\\x08\\x0b-\\x1f\\x7f\\x85\\u2028\\u2029\\ufffe\\uffff]|&(?=#\\d{1,7};)'
)
_LEADING_KEYWORD = re.compile(r"^(\s*)(include|extend)", re.IGNORECASE)


def _escaped(text: str, also: str = "") -> str:
    """``text`` as PlantUML text that can neither start a new line nor end a quote,
    a stereotype or the diagram: a line break is PlantUML's ``\\n``, and quotes,
    backslashes, ``<``, ``>``, other control characters and the characters in ``also``
    are ``&#N;`` (which PlantUML shows as the character and our reader reads back)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _ESCAPED.sub(lambda m: f"&#{ord(m.group())};", text)
    for char in also:
        text = text.replace(char, f"&#{ord(char)};")
    return text.replace("\n", "\\n")


def _quoted(text: str) -> str:
    return '"' + _escaped(text) + '"'


def _label(text: str, also: str = "") -> str:
    """A relationship's text after ``:``: escaped, and never read as a keyword."""
    escaped = _escaped(text, also)
    return _LEADING_KEYWORD.sub(
        lambda m: m.group(1) + f"&#{ord(m.group(2)[0])};" + m.group(2)[1:], escaped
    )


def _end_label(end) -> str:
    """`` "0..*"`` for an association end with a multiplicity, else nothing."""
    return f" {_quoted(end.multiplicity)}" if end.multiplicity else ""


def _step_data(document: Document, node, alias: dict[str, str], in_boundary: bool) -> dict:
    """What a ``' ucdesigner step`` comment carries for a node: what PlantUML cannot say."""
    data: dict = {}
    if isinstance(node, UseCase) and not node.journey.is_empty():
        step = node.journey
        stage = document.journey.stage(step.stage)
        data = {
            "stage": stage.name if stage else None,
            "touchpoints": list(step.touchpoints),
            "pain_points": list(step.pain_points),
            "emotion": step.emotion,
            "kpis": [k.model_dump(mode="json", exclude_defaults=True) for k in step.kpis],
        }
    if isinstance(node, UseCase) and node.specification != type(node.specification)():
        data["specification"] = node.specification.model_dump(mode="json", exclude_defaults=True)
    if getattr(node, "documentation", ""):
        data["documentation"] = node.documentation
    if in_boundary and getattr(node, "package", None) in alias:
        data["package"] = alias[node.package]
    return {k: v for k, v in data.items() if v not in (None, [])}


def to_plantuml(document: Document, diagram_id: str | None = None) -> str:
    """The document (or what one diagram shows) as PlantUML use case text."""
    shown = (
        {s.element for s in document.shapes(diagram_id)}
        | {e.element for e in document.edges(diagram_id)}
        if diagram_id
        else None
    )
    nodes = [n for n in document.nodes() if shown is None or n.id in shown]
    ids = {n.id for n in nodes}
    rels = [
        r
        for r in document.relationships()
        if r.source in ids and r.target in ids and (shown is None or r.id in shown)
    ]
    taken: set[str] = set()
    alias = {n.id: _alias(n.id, taken) for n in nodes}
    title = document.diagram_info(diagram_id).name if diagram_id else document.name
    out = ["@startuml", f"title {_escaped(title)}" if title.strip() else ""]
    if any(d.lanes for d in document.diagrams()) or any(
        isinstance(n, UseCase) and not n.journey.is_empty() for n in nodes
    ):
        out.append("left to right direction")
        journey_data = document.journey.model_dump(mode="json", exclude_defaults=False)
        out.append(f"{JOURNEY_COMMENT} {json.dumps(journey_data, ensure_ascii=True)}")
    children: dict[str | None, list] = defaultdict(list)
    journey = document.journey

    def along_journey(node) -> tuple:
        index = journey.index(node.journey.stage) if isinstance(node, UseCase) else None
        return (index if index is not None else len(journey.stages), node.name)

    for node in sorted(nodes, key=along_journey):
        if isinstance(node, UseCase) and node.subjects and node.subjects[0] in ids:
            children[node.subjects[0]].append(node)
        elif node.kind != "comment":
            parent = node.package if node.package in ids else None
            children[parent].append(node)

    def emit(node, depth: int, in_boundary: bool = False) -> None:
        pad = "  " * depth
        stereo = "".join(f" <<{_escaped(s, ',')}>>" for s in node.stereotypes if s.strip())
        name = _quoted(node.name if node.name.strip() else node.id)
        if node.kind in ("subject", "package"):
            keyword = "rectangle" if node.kind == "subject" else "package"
            out.append(f"{pad}{keyword} {name} as {alias[node.id]}{stereo} {{")
            if data := _step_data(document, node, alias, False):
                text = json.dumps(data, ensure_ascii=True)
                out.append(f"{pad}  ' ucdesigner step {alias[node.id]}: {text}")
            for child in children.get(node.id, []):
                emit(child, depth + 1, in_boundary or node.kind == "subject")
            out.append(f"{pad}}}")
            return
        keyword = "actor" if node.kind == "actor" else "usecase"
        out.append(f"{pad}{keyword} {name} as {alias[node.id]}{stereo}")
        if data := _step_data(document, node, alias, in_boundary):
            text = json.dumps(data, ensure_ascii=True)
            out.append(f"{pad}' ucdesigner step {alias[node.id]}: {text}")

    for node in children.get(None, []):
        emit(node, 0)
    for node in nodes:
        if node.kind == "comment":
            out.append(f"note {_quoted(node.body)} as {alias[node.id]}")  # type: ignore[attr-defined]
    for rel in rels:
        a, b = alias[rel.source], alias[rel.target]
        match rel.kind:
            case "association":
                label = f" : {_label(rel.name)}" if rel.name else ""
                heads = (rel.source_end.navigable, rel.target_end.navigable)  # type: ignore[attr-defined]
                arrow = (
                    {(False, True): "-->", (True, False): "<--", (True, True): "<-->"}[heads]
                    if any(heads)
                    else "--"
                )
                near = _end_label(rel.source_end)  # type: ignore[attr-defined]
                far = _end_label(rel.target_end)  # type: ignore[attr-defined]
                out.append(f"{a}{near} {arrow}{far} {b}{label}")
            case "include":
                out.append(f"{a} ..> {b} : <<include>>")
            case "extend":
                assert isinstance(rel, Extend)
                condition = f"\\n[{_escaped(rel.condition, '[]{}')}]" if rel.condition else ""
                out.append(f"{a} ..> {b} : <<extend>>{condition}")
            case "generalization":
                out.append(f"{b} <|-- {a}")
            case "dependency":
                label = f" : {_label(rel.name)}" if rel.name else ""
                out.append(f"{a} ..> {b}{label}")
            case "comment_link":
                out.append(f"{a} .. {b}")
    out.append("@enduml")
    return "\n".join(line for line in out if line != "") + "\n"
