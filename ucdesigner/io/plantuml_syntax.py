"""The grammar of one PlantUML use case line, read in one pass from left to right.

Each function takes a stripped line and returns what it says, or None when the line is
not of that form. A ``_Cursor`` walks the line once: every step consumes what it looked
at or gives up, and a closing quote, colon or bracket is found with ``str.find``. No
step backtracks, so a line costs time in proportion to its length, however long and
however it is made (regular expressions with adjacent ``\\s*`` groups took minutes on
a line of 60,000 spaces).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_WORD = re.compile(r"[\w.]+")
_SPACE = re.compile(r"\s*")
_ARROW_BODY = re.compile(
    r"[-.](?:[-.]|\[[^\]]*\]|(?:down|left|right|up|le|ri|do|u|d|l|r)(?=[-.\[>|^]))*"
)
"""Dashes and dots with direction words (``-up->``) and styles (``-[#red]->``): one
character or token per step, nothing nested, so the match is linear."""
_SIMPLE_DECLARATION = re.compile(r'(actor|usecase) (?:([\w.]+)|"([^"]+)" as ([\w.]+))')
"""The commonest lines, ``actor Name`` and our own ``actor "Name" as alias``, read at
once (single spaces: no backtracking)."""
BLOCK_KEYWORDS = ("rectangle", "frame", "package", "folder", "node", "cloud", "system")
NOTE_SIDES = ("left", "right", "top", "bottom")


@dataclass
class Ref:
    """A name as written: ``:actor:``, ``(use case)``, ``"quoted"`` or a bare word."""

    form: str
    """"c" (colons), "p" (parentheses), "q" (quotes) or "i" (a bare word)."""
    text: str


@dataclass
class Relation:
    a: Ref
    b: Ref
    head_left: str
    """``<|``, ``<``, ``^`` or empty."""
    body: str
    """The dashes and dots with any direction words and ``[...]`` styles."""
    head_right: str
    """``|>``, ``>``, ``^`` or empty."""
    stereo_a: list[str] = field(default_factory=list)
    stereo_b: list[str] = field(default_factory=list)
    label: str | None = None
    end_a: str = ""
    """A quoted label at the first end (a multiplicity)."""
    end_b: str = ""


@dataclass
class Declaration:
    keyword: str
    """"actor", "usecase" or empty."""
    name: Ref
    alias: Ref | None
    stereotypes: list[str]


@dataclass
class Block:
    keyword: str
    name: Ref
    alias: str
    stereotypes: list[str]


@dataclass
class NoteOf:
    side: str
    target: Ref
    text: str | None


@dataclass
class NoteAs:
    text: str | None
    """The quoted text of ``note "text" as N``; None for ``note as N`` (a block follows)."""
    alias: str


class _Cursor:
    def __init__(self, line: str) -> None:
        self.line = line
        self.at = 0

    def done(self) -> bool:
        return self.at >= len(self.line)

    def peek(self, text: str) -> bool:
        return self.line.startswith(text, self.at)

    def space(self) -> bool:
        """Skip white space; True when there was some."""
        end = _SPACE.match(self.line, self.at).end()  # type: ignore[union-attr]
        moved = end > self.at
        self.at = end
        return moved

    def take(self, text: str) -> bool:
        if self.peek(text):
            self.at += len(text)
            return True
        return False

    def word(self) -> str | None:
        match = _WORD.match(self.line, self.at)
        if match is None:
            return None
        self.at = match.end()
        return match.group()

    def keyword(self, *words: str) -> str | None:
        """One of ``words`` as a whole word (not the start of a longer one)."""
        for word in words:
            end = self.at + len(word)
            if self.line.startswith(word, self.at) and not _WORD.match(self.line, end):
                self.at = end
                return word
        return None

    def enclosed(self, opening: str, closing: str) -> str | None:
        """The text between ``opening`` here and the next ``closing`` (not empty)."""
        if not self.peek(opening):
            return None
        end = self.line.find(closing, self.at + len(opening))
        if end <= self.at + len(opening):
            return None
        text = self.line[self.at + len(opening) : end]
        self.at = end + len(closing)
        return text

    def ref(self) -> Ref | None:
        for form, opening, closing in (("c", ":", ":"), ("p", "(", ")"), ("q", '"', '"')):
            if self.peek(opening):
                text = self.enclosed(opening, closing)
                return None if text is None else Ref(form, text)
        word = self.word()
        return None if word is None else Ref("i", word)

    def stereotypes(self) -> list[str]:
        """``<<a>> <<b, c>>``: each stereotype, spaces around it dropped."""
        found: list[str] = []
        while True:
            start = self.at
            self.space()
            if self.take("<<>>"):
                continue  # an empty stereotype says nothing
            text = self.enclosed("<<", ">>")
            if text is None or ">" in text:
                self.at = start
                return found
            if text.strip():
                found.append(text.strip())

    def colour(self) -> None:
        """Skip a ``#colour`` or ``#line;text:red`` style."""
        start = self.at
        self.space()
        if self.peek("#"):
            end = self.line.find(" ", self.at)
            self.at = len(self.line) if end < 0 else end
        else:
            self.at = start

    def arrow(self) -> tuple[str, str, str] | None:
        """``(head, body, head)`` of an arrow here, or None."""
        start = self.at
        left = next((h for h in ("<|", "<", "^") if self.take(h)), "")
        body = _ARROW_BODY.match(self.line, self.at)
        if body is None:
            self.at = start
            return None
        self.at = body.end()
        right = next((h for h in ("|>", ">", "^") if self.take(h)), "")
        return left, body.group(), right


def relation(line: str) -> Relation | None:
    """``A [<<s>>] ["1"] --> ["*"] B [<<s>>] [#colour] [: label]``."""
    cursor = _Cursor(line)
    a = cursor.ref()
    if a is None:
        return None
    stereo_a = cursor.stereotypes()
    cursor.space()
    end_a = ""
    if cursor.peek('"'):
        end_a = cursor.enclosed('"', '"') or ""
        cursor.space()
    arrow = cursor.arrow()
    if arrow is None:
        return None
    cursor.space()
    b = cursor.ref()
    if b is None:
        return None
    end_b = ""
    if b.form == "q":
        # ``-- "0..*" B``: a quoted text followed by a name labels the end.
        mark = cursor.at
        cursor.space()
        after = None if cursor.peek(":") or cursor.peek("<<") else cursor.ref()
        if after is not None:
            end_b, b = b.text, after
        else:
            cursor.at = mark
    stereo_b = cursor.stereotypes()
    cursor.colour()
    cursor.space()
    label = None
    if cursor.take(":"):
        label = cursor.line[cursor.at :].strip()
    elif not cursor.done():
        return None
    return Relation(a, b, *arrow, stereo_a, stereo_b, label, end_a, end_b)  # type: ignore[arg-type]


def declaration(line: str) -> Declaration | None:
    """``[actor|usecase] NAME [as ALIAS] [<<s>>] [#colour]``."""
    if simple := _SIMPLE_DECLARATION.fullmatch(line):
        keyword, word, quoted, alias = simple.groups()
        if word is not None:
            return Declaration(keyword, Ref("i", word), None, [])
        return Declaration(keyword, Ref("q", quoted), Ref("i", alias), [])
    cursor = _Cursor(line)
    keyword = cursor.keyword("actor/", "usecase/", "actor", "usecase") or ""
    if keyword:
        cursor.space()
    name = cursor.ref()
    if name is None:
        return None
    alias = None
    mark = cursor.at
    if cursor.space() and cursor.keyword("as") and cursor.space():
        alias = cursor.ref()
        if alias is None:
            return None
    else:
        cursor.at = mark
    stereotypes = cursor.stereotypes()
    cursor.colour()
    cursor.space()
    if not cursor.done():
        return None
    return Declaration(keyword.rstrip("/"), name, alias, stereotypes)


def block(line: str) -> Block | None:
    """``rectangle|package|... NAME [as ALIAS] [<<s>>] [#colour] {``."""
    cursor = _Cursor(line)
    keyword = cursor.keyword(*BLOCK_KEYWORDS)
    if keyword is None or not cursor.space():
        return None
    name = cursor.ref()
    if name is None or name.form not in ("q", "i"):
        return None
    alias = ""
    mark = cursor.at
    if cursor.space() and cursor.keyword("as") and cursor.space():
        alias = cursor.word() or ""
        if not alias:
            return None
    else:
        cursor.at = mark
    stereotypes = cursor.stereotypes()
    cursor.colour()
    cursor.space()
    if not cursor.take("{"):
        return None
    cursor.space()
    return Block(keyword, name, alias, stereotypes) if cursor.done() else None


def note_of(line: str) -> NoteOf | None:
    """``note left|right|top|bottom of NAME [: text]``."""
    cursor = _Cursor(line)
    if not (cursor.keyword("note") and cursor.space()):
        return None
    side = cursor.keyword(*NOTE_SIDES)
    if side is None or not cursor.space() or not cursor.keyword("of") or not cursor.space():
        return None
    target = cursor.ref()
    if target is None:
        return None
    cursor.colour()
    cursor.space()
    if cursor.take(":"):
        return NoteOf(side, target, cursor.line[cursor.at :].strip())
    return NoteOf(side, target, None) if cursor.done() else None


def note_as(line: str) -> NoteAs | None:
    """``note "text" as N`` or ``note as N``."""
    cursor = _Cursor(line)
    if not (cursor.keyword("note") and cursor.space()):
        return None
    text = None
    if cursor.peek('"'):
        end = line.find('"', cursor.at + 1)
        if end < 0:
            return None
        text = line[cursor.at + 1 : end]
        cursor.at = end + 1
        if not cursor.space():
            return None
    if not cursor.keyword("as") or not cursor.space():
        return None
    alias = cursor.word()
    cursor.colour()
    cursor.space()
    return NoteAs(text, alias) if alias and cursor.done() else None
