"""Documents written in code, with readable ids that stay the same from run to run: an
element's id is made from its name ("uc_place_order"), a relationship's from the names
of its ends ("include_check_out__sign_in").

The scripts that generate the bundled examples (``resources/examples/generate.py``) and
templates (``resources/templates/generate.py``) build their documents with ``Author``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

from ..model import (
    Actor,
    Association,
    Comment,
    Document,
    ScenarioExtension,
    Specification,
    Stakeholder,
    Step,
    Subject,
    UseCase,
)
from .native import save

StepText = str | tuple[str, int]
"""A step's text, or (text, indent) for a nested step."""
ExtensionRow = tuple[int | None, str, str | None, Sequence[StepText]]
"""(main step number or None, condition, extension point id or None, steps)."""


def slug(text: str) -> str:
    """``text`` as a part of an id: lower case, runs of other characters as one "_"."""
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")


def steps(prefix: str, texts: Sequence[StepText]) -> tuple[Step, ...]:
    """Steps with ids ``{prefix}1``, ``{prefix}2``...; a (text, indent) pair nests one."""
    made = []
    for number, item in enumerate(texts, start=1):
        text, indent = (item, 0) if isinstance(item, str) else item
        made.append(Step(id=f"{prefix}{number}", text=text, indent=indent))
    return tuple(made)


@dataclass
class Author:
    """Adds elements to ``doc`` under ids named after them, and remembers each id by
    the element's name (``ids``), so that later calls name elements, not ids."""

    doc: Document
    ids: dict[str, str] = field(default_factory=dict)

    STEP: ClassVar[str] = "_step_"
    """What joins a step's number to the id of its use case or extension."""
    EXTENSION: ClassVar[str] = "_ext"
    """What joins an extension's number to the id of its use case."""

    def node(self, cls: Any, name: str, prefix: str, **fields: Any) -> str:
        """Add a ``cls`` named ``name`` with the id ``{prefix}_{slug(name)}``; its id."""
        element_id = f"{prefix}_{slug(name)}"
        self.doc.add(cls(id=element_id, name=name, **fields))
        self.ids[name] = element_id
        return element_id

    def actor(self, name: str, **fields: Any) -> str:
        return self.node(Actor, name, "actor", **fields)

    def subject(self, name: str, **fields: Any) -> str:
        return self.node(Subject, name, "subject", **fields)

    def usecase(self, name: str, **fields: Any) -> str:
        return self.node(UseCase, name, "uc", **fields)

    def comment(self, key: str, body: str, **fields: Any) -> str:
        """A comment (no name; ``key`` names it in the script and in its id)."""
        comment_id = f"note_{slug(key)}"
        self.doc.add(Comment(id=comment_id, body=body, **fields))
        self.ids[key] = comment_id
        return comment_id

    def link(self, cls: Any, source: str, target: str, **fields: Any) -> str:
        """Add a relationship ``cls`` from the element named ``source`` to ``target``."""
        prefix = cls.model_fields["kind"].default
        rel_id = f"{prefix}_{slug(source)}__{slug(target)}"
        self.doc.add(cls(id=rel_id, source=self.ids[source], target=self.ids[target], **fields))
        return rel_id

    def serves(self, actor: str, *cases: str) -> None:
        """Associate ``actor`` with each of ``cases``, in that order."""
        for case in cases:
            self.link(Association, actor, case)

    def specify(
        self,
        usecase: str,
        main: Sequence[StepText] = (),
        extensions: Sequence[ExtensionRow] = (),
        **fields: Any,
    ) -> None:
        """Give a use case its specification: ``main`` lists the steps of the main
        scenario; ``primary_actors`` and ``supporting_actors`` are names, and
        ``stakeholders`` (name, interest) pairs; other ``fields`` go to
        ``Specification`` as they are."""
        uc_id = self.ids[usecase]
        main_steps = steps(f"{uc_id}{self.STEP}", main)
        branches = []
        for number, (step, condition, point, texts) in enumerate(extensions, start=1):
            ext_id = f"{uc_id}{self.EXTENSION}{number}"
            branches.append(
                ScenarioExtension(
                    id=ext_id,
                    step=main_steps[step - 1].id if step else None,
                    condition=condition,
                    extension_point=point,
                    steps=steps(f"{ext_id}{self.STEP}", texts),
                )
            )
        for key in ("primary_actors", "supporting_actors"):
            if key in fields:
                fields[key] = tuple(self.ids[name] for name in fields[key])
        if "stakeholders" in fields:
            fields["stakeholders"] = tuple(
                Stakeholder(name=name, interest=interest)
                for name, interest in fields["stakeholders"]
            )
        self.doc.update(
            uc_id,
            specification=Specification(
                main_scenario=main_steps, extensions=tuple(branches), **fields
            ),
        )


def write_documents(builders: Mapping[str, Callable[[], Document]], folder: Path) -> int:
    """Build each document and save it in ``folder`` under its file name; exit status 0."""
    for file_name, build in builders.items():
        save(build(), folder / file_name)
        print(f"wrote {folder / file_name}")
    return 0
