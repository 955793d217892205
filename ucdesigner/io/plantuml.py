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

from ..model import Document, Extend, UseCase
from ..model.journey import Journey, Kpi
from ..textutil import one_line
from .text_model import NoteSpec, RelSpec, TextModel, node_key

SUFFIXES = (".puml", ".plantuml", ".pu", ".iuml", ".wsd")

_NAME = r'(?::(?P<{0}c>[^:]+):|\((?P<{0}p>[^)]+)\)|"(?P<{0}q>[^"]+)"|(?P<{0}i>[\w.]+))'
_REF_A, _REF_B = _NAME.format("a"), _NAME.format("b")
_ARROW = (
    r"(?P<lh><\||<|\^)?"
    r"(?P<body>[-.]+(?:\[[^\]]*\]|up|down|left|right|le|ri|do|u|d|l|r)*[-.]*)"
    r"(?P<rh>\|>|>|\^)?"
)
_STEREO = r"(?:\s*<<\s*(?P<stereo>[^>]+?)\s*>>)?"
RELATION = re.compile(
    rf"^{_REF_A}\s*{_STEREO.replace('stereo', 'sa')}\s*{_ARROW}\s*{_REF_B}"
    rf"\s*{_STEREO.replace('stereo', 'sb')}\s*(?:#\S+\s*)?(?::\s*(?P<label>.*))?$"
)
DECLARATION = re.compile(
    r"^(?P<kw>actor/?|usecase/?)?\s*"
    r'(?::(?P<c>[^:]+):|\((?P<p>[^)]+)\)|"(?P<q>[^"]+)"|(?P<i>[\w.]+))'
    r'(?:\s+as\s+(?::(?P<ac>[^:]+):|\((?P<ap>[^)]+)\)|"(?P<aq>[^"]+)"|(?P<ai>[\w.]+)))?'
    r"\s*(?:<<\s*(?P<stereo>[^>]+?)\s*>>)?\s*(?:#\S+)?\s*$"
)
BLOCK = re.compile(
    r"^(?P<kw>rectangle|frame|package|folder|node|cloud|system)\s+"
    r'(?:"(?P<q>[^"]+)"|(?P<i>[\w.]+))(?:\s+as\s+(?P<alias>[\w.]+))?'
    r"\s*(?:<<\s*(?P<stereo>[^>]+?)\s*>>)?\s*(?:#\S+)?\s*\{\s*$"
)
NOTE_OF = re.compile(rf"^note\s+(?:left|right|top|bottom)\s+of\s+{_REF_A}\s*(?::\s*(?P<text>.*))?$")
NOTE_AS = re.compile(r'^note\s+"(?P<text>[^"]*)"\s+as\s+(?P<alias>[\w.]+)\s*$')
NOTE_BLOCK_AS = re.compile(r"^note\s+as\s+(?P<alias>[\w.]+)\s*$")
SKIPPED = re.compile(
    r"^(?:@startuml|@enduml|left to right direction|top to bottom direction|"
    r"skinparam\b|hide\b|show\b|scale\b|newpage\b|header\b|footer\b|caption\b|legend\b|"
    r"endlegend\b|endheader\b|endfooter\b|center\b|!theme\b|allowmixing\b)",
    re.IGNORECASE,
)
DIRECTION = re.compile(r"^(?:left to right|top to bottom) direction\b", re.IGNORECASE)
JOURNEY_COMMENT = "' ucdesigner journey:"
STEP_COMMENT = re.compile(r"^' ucdesigner step (?P<alias>[\w.]+):\s*(?P<json>\{.*\})\s*$")
KEYWORD = re.compile(r"<<\s*(include|extend)s?\s*>>|^\s*(include|extend)s?\b", re.IGNORECASE)


class PlantUMLError(ValueError):
    """Text that holds no use case diagram."""


def _text(value: str) -> str:
    """PlantUML's ``\\n`` as a line break."""
    return value.replace("\\n", "\n").strip()


def _ref(match: re.Match, side: str) -> tuple[str | None, str]:
    """(kind or None when a bare name, name) of a relation end."""
    if match.group(f"{side}c"):
        return "actor", _text(match.group(f"{side}c"))
    if match.group(f"{side}p"):
        return "usecase", _text(match.group(f"{side}p"))
    if match.group(f"{side}q"):
        return None, _text(match.group(f"{side}q"))
    return None, match.group(f"{side}i")


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

    def declare(self, kind: str, name: str, alias: str, stereo: str | None, line: int) -> str:
        spec = self.model.node(kind, name, line, alias)
        key = node_key(kind, alias or name)
        if stereo:
            spec.stereotypes += [s.strip() for s in stereo.split(",") if s.strip()]
        self.aliases[(alias or name).casefold()] = key
        self.aliases.setdefault(name.casefold(), key)
        self._contain(spec, key)
        return key

    def _contain(self, spec, key: str) -> None:
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
            raw = lines[number]
            number += 1
            line = raw.strip()
            while line.count('"') % 2 and number < len(lines) and note is None:
                line += "\n" + lines[number].strip()  # a quoted name over several lines
                number += 1
            if in_comment:
                in_comment = "'/" not in line
                continue
            if note is not None:
                if line.lower() in ("end note", "endnote"):
                    note.text = "\n".join(note_lines).strip()
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
                    self.steps[match["alias"].casefold()] = json.loads(match["json"])
                except ValueError:
                    self.model.problems.append(f"Line {number}: the journey comment is damaged.")
                continue
            if DIRECTION.match(line):
                self.model.direction = "lr" if line.lower().startswith("left") else "tb"
            if not line or line.startswith("'") or SKIPPED.match(line):
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
            if match := BLOCK.match(line):
                name = _text(match["q"] or match["i"])
                kind = "package" if match["kw"] in ("package", "folder") else "subject"
                self.blocks.append(
                    self.declare(kind, name, match["alias"] or "", match["stereo"], number)
                )
                continue
            if line.endswith("{"):
                self.blocks.append(None)  # a block we do not map: its contents still count
                continue
            if match := NOTE_OF.match(line):
                kind, name = _ref(match, "a")
                target = self.key_for(kind, name, number)
                note = self._note(number, [target], match["text"])
                if match["text"] is not None:
                    note = None
                else:
                    note_lines = []
                continue
            if match := NOTE_AS.match(line):
                self._note(number, [], match["text"], match["alias"])
                continue
            if match := NOTE_BLOCK_AS.match(line):
                note = self._note(number, [], "", match["alias"])
                note_lines = []
                continue
            if match := RELATION.match(line):
                self._relation(match, number)
                continue
            if match := DECLARATION.match(line):
                self._declaration(match, number)
                continue
            self.model.problems.append(
                f"Line {number}: not understood as a use case diagram line: "
                f'"{one_line(line, limit=80)}".'
            )
        if note is not None:
            note.text = "\n".join(note_lines).strip()
            self.model.problems.append(f"Line {note.line}: the note has no end note line.")
        self._apply_steps()
        return self.model

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

    def _declaration(self, match: re.Match, number: int) -> None:
        keyword = (match["kw"] or "").rstrip("/")
        name = match["c"] or match["p"] or match["q"] or match["i"]
        alias = match["ac"] or match["ap"] or match["aq"] or match["ai"] or ""
        if keyword and match["i"] and (match["aq"] or match["ac"] or match["ap"]):
            name, alias = alias, match["i"]  # usecase UC1 as "Long name"
        if match["ap"] or (match["p"] and not keyword):
            kind = "usecase"
        elif keyword:
            kind = keyword
        elif match["c"]:
            kind = "actor"
        elif match["q"] or match["i"]:
            if not alias and match["i"] and not match["stereo"]:
                self.model.problems.append(
                    f'Line {number}: "{one_line(name, limit=40)}" alone is not a use case '
                    "diagram line (write actor, usecase, (…) or :…:)."
                )
                return
            kind = "actor"
        else:  # pragma: no cover - the pattern always names something
            return
        self.declare(kind, _text(name), alias, match["stereo"], number)

    def _relation(self, match: re.Match, number: int) -> None:
        a = self.key_for(*_ref(match, "a"), number)
        b = self.key_for(*_ref(match, "b"), number)
        for key, stereo in ((a, match["sa"]), (b, match["sb"])):
            if stereo and key in self.model.nodes:
                self.model.nodes[key].stereotypes.append(stereo.strip())
        label = _text(match["label"] or "")
        dashed = "." in match["body"]
        lh, rh = match["lh"] or "", match["rh"] or ""
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
        keyword = KEYWORD.search(label)
        if keyword:
            kind = (keyword.group(1) or keyword.group(2)).lower()
            rest = (label[: keyword.start()] + label[keyword.end() :]).strip(" :\n")
            rel = RelSpec(kind, source, target, number)
            if kind == "extend":
                rel.condition = rest.strip("[]{} ")
            self.model.relationships.append(rel)
            return
        kinds = {k.split(":", 1)[0] for k in (a, b)}
        if not dashed and kinds == {"actor", "usecase"}:
            actor, case = (a, b) if a.startswith("actor:") else (b, a)
            self.model.relationships.append(RelSpec("association", actor, case, number, name=label))
            return
        kind = "dependency" if dashed else "association"
        self.model.relationships.append(RelSpec(kind, source, target, number, name=label))

    def _apply_steps(self) -> None:
        for alias, data in self.steps.items():
            key = self.aliases.get(alias)
            spec = self.model.nodes.get(key or "")
            if spec is None or spec.kind != "usecase" or not isinstance(data, dict):
                continue
            if isinstance(data.get("stage"), str):
                spec.stage = data["stage"]
            spec.touchpoints += [t for t in data.get("touchpoints", []) if isinstance(t, str)]
            spec.pain_points += [p for p in data.get("pain_points", []) if isinstance(p, str)]
            emotion = data.get("emotion")
            if isinstance(emotion, int) and -2 <= emotion <= 2:
                spec.emotion = emotion
            for kpi in data.get("kpis", []):
                try:
                    spec.kpis.append(Kpi.model_validate(kpi))
                except ValueError:
                    self.model.problems.append(
                        f"Line {spec.line}: a KPI of {spec.name} is damaged."
                    )
            if isinstance(data.get("documentation"), str):
                spec.documentation = data["documentation"]


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


def _quoted(text: str) -> str:
    return '"' + text.replace('"', "'").replace("\r", "").replace("\n", "\\n") + '"'


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
    out = ["@startuml", f"title {title.replace(chr(10), ' ')}" if title else ""]
    if any(d.lanes for d in document.diagrams()) or any(
        isinstance(n, UseCase) and not n.journey.is_empty() for n in nodes
    ):
        out.append("left to right direction")
        out.append(JOURNEY_COMMENT + " " + document.journey.model_dump_json(exclude_defaults=False))
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

    def emit(node, depth: int) -> None:
        pad = "  " * depth
        stereo = "".join(f" <<{s}>>" for s in node.stereotypes)
        name = _quoted(node.name or node.id)
        if node.kind in ("subject", "package"):
            keyword = "rectangle" if node.kind == "subject" else "package"
            out.append(f"{pad}{keyword} {name} as {alias[node.id]}{stereo} {{")
            for child in children.get(node.id, []):
                emit(child, depth + 1)
            out.append(f"{pad}}}")
            return
        keyword = "actor" if node.kind == "actor" else "usecase"
        out.append(f"{pad}{keyword} {name} as {alias[node.id]}{stereo}")
        if isinstance(node, UseCase) and not node.journey.is_empty():
            step = node.journey
            stage = document.journey.stage(step.stage)
            data = {
                "stage": stage.name if stage else None,
                "touchpoints": list(step.touchpoints),
                "pain_points": list(step.pain_points),
                "emotion": step.emotion,
                "kpis": [k.model_dump(exclude_defaults=True) for k in step.kpis],
            }
            data = {k: v for k, v in data.items() if v not in (None, [])}
            out.append(
                f"{pad}' ucdesigner step {alias[node.id]}: {json.dumps(data, ensure_ascii=False)}"
            )

    for node in children.get(None, []):
        emit(node, 0)
    for node in nodes:
        if node.kind == "comment":
            out.append(f"note {_quoted(node.body)} as {alias[node.id]}")  # type: ignore[attr-defined]
    for rel in rels:
        a, b = alias[rel.source], alias[rel.target]
        match rel.kind:
            case "association":
                label = f" : {_quoted(rel.name)[1:-1]}" if rel.name else ""
                arrow = "-->" if rel.target_end.navigable else "--"  # type: ignore[attr-defined]
                out.append(f"{a} {arrow} {b}{label}")
            case "include":
                out.append(f"{a} ..> {b} : <<include>>")
            case "extend":
                assert isinstance(rel, Extend)
                condition = f"\\n[{_quoted(rel.condition)[1:-1]}]" if rel.condition else ""
                out.append(f"{a} ..> {b} : <<extend>>{condition}")
            case "generalization":
                out.append(f"{b} <|-- {a}")
            case "dependency":
                label = f" : {_quoted(rel.name)[1:-1]}" if rel.name else ""
                out.append(f"{a} ..> {b}{label}")
            case "comment_link":
                out.append(f"{a} .. {b}")
    out.append("@enduml")
    return "\n".join(line for line in out if line != "") + "\n"
