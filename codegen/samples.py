"""Sample wire values from botocore's model: full responses for tests and benchmarks.

Dev-time only. Every member is filled (newest enum value, tagged unions with
one member), recursion is cut where a shape re-enters itself.
"""

from __future__ import annotations

import datetime
from typing import Any

UTC = datetime.timezone.utc


def full_value(b: Any, depth: int = 0, seen: tuple[str, ...] = (), list_len: int = 1) -> Any:
    """A value of botocore shape ``b`` with every member set."""
    t = b.type_name
    if t == "structure":
        if b.name in seen or depth > 6:
            return {}
        if getattr(b, "is_document_type", False):
            return {"doc": [1, "two"]}
        members = list(b.members.items())
        if getattr(b, "is_tagged_union", False):
            members = members[-1:]
        return {k: full_value(m, depth + 1, (*seen, b.name), list_len) for k, m in members}
    if t == "list":
        return [full_value(b.member, depth + 1, seen, list_len) for _ in range(list_len)]
    if t == "map":
        return {f"key{i}": full_value(b.value, depth + 1, seen, list_len) for i in range(list_len)}
    if t == "string":
        return b.enum[-1] if b.enum else "text"
    if t in ("integer", "long"):
        return 7
    if t in ("float", "double"):
        return 1.5
    if t == "boolean":
        return False
    if t == "timestamp":
        return datetime.datetime(2025, 6, 1, tzinfo=UTC)
    if t == "blob":
        return b"blob"
    return None


def count_values(value: Any) -> int:
    """Leaves in a wire value (the size of a response)."""
    if isinstance(value, dict):
        return sum(count_values(v) for v in value.values())
    if isinstance(value, list):
        return sum(count_values(v) for v in value)
    return 1
