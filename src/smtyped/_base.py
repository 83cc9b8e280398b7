"""Base classes of the generated shapes: conversion, unknown keys, readable repr."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

__all__ = ["OutputShape", "Shape"]

T = TypeVar("T", bound="Shape")

#: how many items of a list ``repr`` shows before it abbreviates
REPR_LIST_ITEMS = 3


class Shape:
    """A SageMaker structure: a frozen attrs class with snake_case fields.

    ``from_dict`` / ``to_dict`` speak the wire names botocore uses; keys the
    specs do not describe are kept in :attr:`extra` and written back, so
    ``Shape.from_dict(d).to_dict() == d``.
    """

    __slots__ = ()
    #: python attribute names, in page order (set by the generated class)
    _FIELDS: ClassVar[tuple[str, ...]] = ()
    _extra: dict[str, Any] | None

    @classmethod
    def from_dict(cls: type[T], data: Mapping[str, Any]) -> T:
        """Build from a dict with wire names, as botocore returns or accepts it."""
        return cls._from_wire(data)  # type: ignore[attr-defined, no-any-return]

    def to_dict(self) -> dict[str, Any]:
        """The wire-name dict botocore accepts (``None`` fields are left out)."""
        return self._to_wire()  # type: ignore[attr-defined, no-any-return]

    @property
    def extra(self) -> Mapping[str, Any]:
        """Keys the specs do not describe (newer than this SDK), kept as they came."""
        return self._extra or {}

    def __repr__(self) -> str:
        return _short_repr(self, depth=0)


class OutputShape(Shape):
    """The result of an operation; also carries botocore's ``ResponseMetadata``."""

    __slots__ = ()

    @property
    def response_metadata(self) -> dict[str, Any]:
        """botocore's ``ResponseMetadata`` (``RequestId``, ``HTTPStatusCode``, ...)."""
        meta = (self._extra or {}).get("ResponseMetadata")
        return dict(meta) if isinstance(meta, Mapping) else {}


def _short_repr(value: Any, depth: int) -> str:
    if isinstance(value, Shape):
        if depth > 4:
            return f"{type(value).__name__}(...)"
        parts = []
        for name in value._FIELDS:
            v = getattr(value, name)
            if v is not None:
                parts.append(f"{name}={_short_repr(v, depth + 1)}")
        extra = sorted(k for k in value._extra or () if k != "ResponseMetadata")
        if extra:
            parts.append(f"extra={extra!r}")
        return f"{type(value).__name__}({', '.join(parts)})"
    if isinstance(value, list):
        items = [_short_repr(v, depth + 1) for v in value[:REPR_LIST_ITEMS]]
        if len(value) > REPR_LIST_ITEMS:
            items.append(f"... {len(value) - REPR_LIST_ITEMS} more")
        return "[" + ", ".join(items) + "]"
    if isinstance(value, dict) and depth > 0 and len(value) > REPR_LIST_ITEMS:
        return f"{{... {len(value)} items}}"
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."
