"""Helpers both readers share: metaclass sets and multiplicity text."""

from __future__ import annotations

RELATIONSHIP_KINDS: dict[str, str] = {
    "Association": "association",
    "Include": "include",
    "Extend": "extend",
    "Generalization": "generalization",
    "Dependency": "dependency",
    "Abstraction": "dependency",
    "Usage": "dependency",
    "Realization": "dependency",
    "Permission": "dependency",
    "Binding": "dependency",
    "Refinement": "dependency",
    "Trace": "dependency",
    "Substitution": "dependency",
    "InterfaceRealization": "dependency",
    "ComponentRealization": "dependency",
    "Manifestation": "dependency",
    "Deployment": "dependency",
}
"""UML relationship metaclasses and the use case relationship kind they map to."""

PACKAGE_METACLASSES = frozenset({"Model", "Package", "Subsystem"})
NODE_METACLASSES = frozenset({"Actor", "UseCase", "Comment"})


def multiplicity(lower: str | None, upper: str | None) -> str:
    """UML bounds as our text form: ("0", "*") -> "0..*", ("1", "1") -> "1"."""

    def norm(value: str | None) -> str | None:
        if value is None:
            return None
        value = value.strip()
        if value in ("-1", "*", "n", "N"):
            return "*"
        return value if value.isdigit() else None

    low, up = norm(lower), norm(upper)
    if low is None and up is None:
        return ""
    if low is None:
        low = "0" if up == "*" else "1"
    if up is None:
        up = "1" if low in ("0", "1") else low
    if low == "*":
        low, up = "0", "*"
    if low == up:
        return low
    if up != "*" and int(low) > int(up):
        return ""
    return f"{low}..{up}"
