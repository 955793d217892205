"""Random editing of a Document with undo and redo (a hypothesis state machine).

Invariants after every step: no dangling references and the rules table holds (the
integrity check finds nothing), save -> load is the identity; at the end, undoing
everything gives back exactly the original and redoing everything exactly the end state.
"""

from __future__ import annotations

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from ucdesigner.io.native import dumps, loads
from ucdesigner.model import (
    Actor,
    Comment,
    DiagramInfo,
    Document,
    Edge,
    ExtensionPoint,
    ModelError,
    Shape,
    Subject,
    Transaction,
    UseCase,
)
from ucdesigner.model.elements import RELATIONSHIP_TYPES
from ucdesigner.model.integrity import integrity_problems
from ucdesigner.model.sizing import default_size

names = st.text(alphabet="abcdefghij XYZ«»é", max_size=12)


class EditingSession(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.doc = Document("Random")
        self.doc.add_diagram(DiagramInfo(id="d", name="Main"))
        self.original = self.doc.to_data()
        self.done: list[Transaction] = []
        self.undone: list[Transaction] = []
        self.counter = 0

    # ------------------------------------------------------------ helpers

    def fresh_id(self, prefix: str) -> str:
        self.counter += 1
        return f"{prefix}{self.counter}"

    def record(self, transaction: Transaction) -> None:
        if transaction:
            self.done.append(transaction)
            self.undone.clear()

    def attempt(self, operation) -> None:
        """Run an edit; a refused one must leave the document exactly as it was."""
        before = self.doc.to_data()
        try:
            self.record(operation())
        except ModelError:
            assert self.doc.to_data() == before

    def nodes(self, kind: str | None = None) -> list:
        return [n for n in self.doc.nodes() if kind is None or n.kind == kind]

    # ------------------------------------------------------------ rules

    @rule(
        kind=st.sampled_from(["actor", "usecase", "usecase", "subject", "comment"]),
        name=names,
        x=st.integers(-500, 1500),
        y=st.integers(-500, 1500),
        points=st.integers(0, 2),
    )
    def add_and_place(self, kind, name, x, y, points) -> None:
        element_id = self.fresh_id(kind[0])
        if kind == "actor":
            element = Actor(id=element_id, name=name)
        elif kind == "subject":
            element = Subject(id=element_id, name=name)
        elif kind == "comment":
            element = Comment(id=element_id, body=name)
        else:
            element = UseCase(
                id=element_id,
                name=name,
                extension_points=tuple(
                    ExtensionPoint(id=f"{element_id}p{i}", name=f"p{i}") for i in range(points)
                ),
            )
        width, height = default_size(element)

        def place() -> Transaction:
            with self.doc.transaction(f"Add {kind}") as rec:
                self.doc.add(element)
                self.doc.add_shapes(
                    "d", [Shape(element=element_id, x=x, y=y, width=width, height=height)]
                )
            return rec.result

        self.attempt(place)

    @precondition(lambda self: len(self.doc.nodes()) >= 1)
    @rule(kind=st.sampled_from(sorted(RELATIONSHIP_TYPES)), data=st.data())
    def connect(self, kind, data) -> None:
        source = data.draw(st.sampled_from(self.nodes()))
        target = data.draw(st.sampled_from(self.nodes()))
        rel = RELATIONSHIP_TYPES[kind](id=self.fresh_id("r"), source=source.id, target=target.id)

        def connect_and_draw() -> Transaction:
            with self.doc.transaction("Connect") as rec:
                self.doc.add(rel)
                if self.doc.shape("d", source.id) and self.doc.shape("d", target.id):
                    self.doc.add_edges("d", [Edge(element=rel.id)])
            return rec.result

        self.attempt(connect_and_draw)

    @precondition(lambda self: len(self.doc.relationships()) >= 1)
    @rule(data=st.data(), which=st.sampled_from(["source", "target"]))
    def reconnect(self, data, which) -> None:
        rel = data.draw(st.sampled_from(self.doc.relationships()))
        end = data.draw(st.sampled_from(self.nodes()))
        self.attempt(lambda: self.doc.reconnect(rel.id, **{which: end.id}))

    @precondition(lambda self: len(self.doc) >= 1)
    @rule(data=st.data())
    def remove(self, data) -> None:
        everything = [*self.doc.nodes(), *self.doc.relationships()]
        chosen = data.draw(
            st.lists(st.sampled_from(everything), min_size=1, max_size=3, unique_by=lambda e: e.id)
        )
        self.attempt(lambda: self.doc.remove([e.id for e in chosen]))

    @precondition(lambda self: len(self.doc.shapes("d")) >= 1)
    @rule(data=st.data(), dx=st.integers(-300, 300), dy=st.integers(-300, 300))
    def move(self, data, dx, dy) -> None:
        shapes = self.doc.shapes("d")
        chosen = data.draw(
            st.lists(st.sampled_from(shapes), min_size=1, max_size=4, unique_by=lambda s: s.element)
        )
        self.attempt(lambda: self.doc.move_shapes("d", [s.element for s in chosen], dx, dy))

    @precondition(lambda self: len(self.doc.nodes()) >= 1)
    @rule(data=st.data(), name=names)
    def rename(self, data, name) -> None:
        node = data.draw(st.sampled_from(self.nodes()))
        field = "body" if node.kind == "comment" else "name"
        self.attempt(lambda: self.doc.update(node.id, **{field: name}))

    @precondition(lambda self: self.nodes("usecase") and self.nodes("subject"))
    @rule(data=st.data(), join=st.booleans())
    def move_into_boundary(self, data, join) -> None:
        usecase = data.draw(st.sampled_from(self.nodes("usecase")))
        subject = data.draw(st.sampled_from(self.nodes("subject")))
        members = set(usecase.subjects)
        members = members | {subject.id} if join else members - {subject.id}
        self.attempt(lambda: self.doc.update(usecase.id, subjects=tuple(sorted(members))))

    @precondition(lambda self: len(self.doc.nodes()) >= 1)
    @rule(data=st.data())
    def paste_copies(self, data) -> None:
        chosen = data.draw(
            st.lists(
                st.sampled_from(self.nodes()), min_size=1, max_size=3, unique_by=lambda n: n.id
            )
        )
        copies = []
        for node in chosen:
            new_id = self.fresh_id("copy")
            update = {"id": new_id}
            if isinstance(node, UseCase):
                update["extension_points"] = tuple(
                    p.model_copy(update={"id": f"{new_id}{p.id}"}) for p in node.extension_points
                )
            copies.append(node.model_copy(update=update))

        def paste() -> Transaction:
            with self.doc.transaction("Paste") as rec:
                self.doc.add(*copies)
                self.doc.add_shapes(
                    "d", [Shape(element=c.id, x=10, y=10, width=100, height=60) for c in copies]
                )
            return rec.result

        self.attempt(paste)

    @precondition(lambda self: self.done)
    @rule()
    def undo(self) -> None:
        transaction = self.done.pop()
        self.doc.apply(transaction.inverse())
        self.undone.append(transaction)

    @precondition(lambda self: self.undone)
    @rule()
    def redo(self) -> None:
        transaction = self.undone.pop()
        self.doc.apply(transaction)
        self.done.append(transaction)

    # ------------------------------------------------------------ invariants

    @invariant()
    def references_and_rules_hold(self) -> None:
        assert integrity_problems(self.doc.to_data()) == []

    @invariant()
    def save_and_load_is_identity(self) -> None:
        raw = dumps(self.doc)
        assert loads(raw).to_data() == self.doc.to_data()

    def teardown(self) -> None:
        for transaction in reversed(self.undone):
            self.doc.apply(transaction)
            self.done.append(transaction)
        end = self.doc.to_data()
        for transaction in reversed(self.done):
            self.doc.apply(transaction.inverse())
        assert self.doc.to_data() == self.original
        for transaction in self.done:
            self.doc.apply(transaction)
        assert self.doc.to_data() == end


EditingSession.TestCase.settings = settings(
    max_examples=150,
    stateful_step_count=40,
    deadline=None,
    suppress_health_check=list(HealthCheck),
)
TestEditingSession = EditingSession.TestCase
