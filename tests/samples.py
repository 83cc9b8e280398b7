"""Sample wire values from botocore's model: full responses for tests and benchmarks.

Dev-time only. Every member is filled (newest enum value, tagged unions with
one member), recursion is cut where a shape re-enters itself.
"""

from __future__ import annotations

import datetime
from typing import Any

UTC = datetime.timezone.utc


def full_value(b: Any, depth: int = 0, seen: tuple[str, ...] = (), list_len: int = 1) -> Any:
    """A value of botocore shape ``b`` with every member set (valid for botocore's validator:
    ``min`` lengths are met and a cut recursion still carries the required members)."""
    t = b.type_name
    if t == "structure":
        if b.name in seen or depth > 6:
            return {k: minimal_value(b.members[k]) for k in b.required_members}
        if getattr(b, "is_document_type", False):
            return {"doc": [1, "two"]}
        members = list(b.members.items())
        if getattr(b, "is_tagged_union", False):
            members = members[-1:]
        return {k: full_value(m, depth + 1, (*seen, b.name), list_len) for k, m in members}
    if t == "list":
        return [full_value(b.member, depth + 1, seen, list_len) for _ in range(max(list_len, _min(b)))]
    if t == "map":
        return {f"key{i}": full_value(b.value, depth + 1, seen, list_len) for i in range(max(list_len, _min(b)))}
    if t == "string":
        return b.enum[-1] if b.enum else "t" * max(4, _min(b))
    if t in ("integer", "long"):
        return max(7, _min(b))
    if t in ("float", "double"):
        return 1.5
    if t == "boolean":
        return False
    if t == "timestamp":
        return datetime.datetime(2025, 6, 1, tzinfo=UTC)
    if t == "blob":
        return b"blob"
    return None


def _min(b: Any) -> int:
    return int(b.metadata.get("min", 0))


def minimal_value(b: Any) -> Any:
    """The smallest valid value of ``b``: required members only."""
    t = b.type_name
    if t == "structure":
        if getattr(b, "is_tagged_union", False) and b.members:
            name, member = next(iter(b.members.items()))
            return {name: minimal_value(member)}
        return {k: minimal_value(b.members[k]) for k in b.required_members}
    if t == "list":
        return [minimal_value(b.member) for _ in range(_min(b))]
    if t == "map":
        return {}
    return full_value(b)


def count_values(value: Any) -> int:
    """Leaves in a wire value (the size of a response)."""
    if isinstance(value, dict):
        return sum(count_values(v) for v in value.values())
    if isinstance(value, list):
        return sum(count_values(v) for v in value)
    return 1
