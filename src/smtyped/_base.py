"""Base classes of the generated shapes: conversion, unknown keys, readable repr."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any, ClassVar, TypeVar

__all__ = ["OutputShape", "Shape", "lazy_fields"]

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
    #: the wire names the specs describe; other keys go to ``extra``
    _KNOWN: ClassVar[frozenset[str]] = frozenset()
    _extra: dict[str, Any] | None

    # Each generated class defines both as straight-line code; declared once here so that the
    # stubs mypy reads need not repeat them for every class.
    @classmethod
    def _from_wire(cls: type[T], d: Mapping[str, Any]) -> T:
        raise NotImplementedError(f"{cls.__name__} is not a generated shape")

    def _to_wire(self) -> dict[str, Any]:
        raise NotImplementedError(f"{type(self).__name__} is not a generated shape")

    @classmethod
    def from_dict(cls: type[T], data: Mapping[str, Any]) -> T:
        """Build from a dict with wire names, as botocore returns or accepts it."""
        return cls._from_wire(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire-name dict botocore accepts (``None`` fields are left out)."""
        return self._to_wire()

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


class _LazyField:
    """Converts a structure field of an operation's result on first access.

    ``from_dict`` of an output keeps the wire dict and sets only scalars and enums;
    reading ``pkg.created_by`` converts that member (and everything below it, eagerly)
    once and stores it on the instance, where later reads find it directly (a
    non-data descriptor is only asked when the instance has no value). Objects made
    by ``__init__`` never reach here. The wire dict is referenced, not copied: do
    not mutate a response dict after passing it to ``from_dict``.
    """

    __slots__ = ("attr", "convert", "wire")

    def __init__(self, attr: str, wire: str, convert: Callable[[Any], Any]) -> None:
        self.attr = attr
        self.wire = wire
        self.convert = convert

    def __get__(self, obj: Any, owner: Any = None) -> Any:
        if obj is None:
            return None
        state = obj.__dict__
        raw = state.get("_wire", _EMPTY).get(self.wire)
        value = None if raw is None else self.convert(raw)
        state[self.attr] = value  # the instance dict, not setattr: the object stays frozen to users
        return value


_EMPTY: Mapping[str, Any] = {}


def lazy_fields(cls: type, fields: Iterable[tuple[str, str, Callable[[Any], Any]]]) -> None:
    """Install lazy conversion for the nested-structure fields of a generated class."""
    for attr, wire, convert in fields:
        setattr(cls, attr, _LazyField(attr, wire, convert))


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
