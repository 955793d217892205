"""Which item class draws which model kind (no type switches anywhere else)."""

from __future__ import annotations

from ...model import NodeElement
from ..theme import Theme
from .actor import ActorItem
from .base import NodeItem
from .comment import CommentItem
from .package import PackageItem
from .subject import SubjectItem
from .usecase import UseCaseItem

NODE_ITEMS: dict[str, type[NodeItem]] = {
    cls.kind: cls for cls in (ActorItem, UseCaseItem, SubjectItem, PackageItem, CommentItem)
}


def node_item_class(kind: str) -> type[NodeItem]:
    """The item class for a node kind (``"actor"``, ``"usecase"``...)."""
    return NODE_ITEMS[kind]


def preferred_size(element: NodeElement, theme: Theme) -> tuple[float, float]:
    """A size that shows the element's text without clipping, measured with Qt."""
    return node_item_class(element.kind).preferred_size(element, theme)
