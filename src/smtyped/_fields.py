"""The attributes the converter installs on a generated class: the nested structures of an
operation's result converted on first access, and always-present members a response omitted."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from smtyped._wire import ConversionError, MissingMemberError

__all__ = ["always_fields", "lazy_fields"]


class _LazyField:
    """Converts a structure field of an operation's result on first access.

    ``from_dict`` of an output keeps the wire dict and sets only scalars and enums;
    reading ``pkg.created_by`` converts that member (and everything below it, eagerly)
    once and stores it on the instance, where later reads find it directly (a
    non-data descriptor is only asked when the instance has no value). Objects made
    by ``__init__`` never reach here. The wire dict is referenced, not copied: do
    not mutate a response dict after passing it to ``from_dict``.
    """

    __slots__ = ("always", "attr", "convert", "wire")

    def __init__(self, attr: str, wire: str, convert: Callable[[Any], Any], always: bool = False) -> None:
        self.attr = attr
        self.wire = wire
        self.convert = convert
        self.always = always

    def __get__(self, obj: Any, owner: Any = None) -> Any:
        if obj is None:
            return None
        state = obj.__dict__
        raw = state.get("_wire", _EMPTY).get(self.wire)
        if raw is None and self.always:
            raise MissingMemberError(type(obj).__name__, self.attr, self.wire)
        try:
            value = None if raw is None else self.convert(raw)
        except ConversionError as err:
            raise err.within(type(obj).__name__) from None
        state[self.attr] = value  # the instance dict, not setattr: the object stays frozen to users
        return value


_EMPTY: Mapping[str, Any] = {}


def lazy_fields(cls: type, fields: Iterable[tuple[str, str, Callable[[Any], Any], bool]]) -> None:
    """Install lazy conversion for the nested-structure fields of a generated class (the
    flag: a response always has it, so a missing one raises :class:`MissingMemberError`)."""
    for attr, wire, convert, always in fields:
        setattr(cls, attr, _LazyField(attr, wire, convert, always))


class _OmittedField:
    """An always-present member a response omitted: reading it raises :class:`MissingMemberError`.

    A non-data descriptor, installed only for the always-present members of response-only
    classes: the value in the instance's ``__dict__`` wins whenever the response had it, so
    this is only asked when the generated ``_from_wire`` left the member unset. (A
    ``__getattr__`` on the base class would do the same, but it makes CPython 3.11+ give up its
    fast attribute reads for every shape: ``to_dict`` took twice as long.)
    """

    __slots__ = ("attr", "wire")

    def __init__(self, attr: str, wire: str) -> None:
        self.attr = attr
        self.wire = wire

    def __get__(self, obj: Any, owner: Any = None) -> Any:
        if obj is None:
            return self
        raise MissingMemberError(type(obj).__name__, self.attr, self.wire)


def always_fields(cls: type, fields: Iterable[tuple[str, str]]) -> None:
    """Make reading an omitted always-present member (attribute, wire name) of ``cls`` raise."""
    for attr, wire in fields:
        setattr(cls, attr, _OmittedField(attr, wire))
