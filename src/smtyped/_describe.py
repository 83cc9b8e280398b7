"""How a generated class describes its members (``_MEMBERS``), read once per class.

A class's description is one row per member: ``(attribute, wire name, type)`` and, when it has
any, a fourth item of flags (``"required"``, ``"sensitive"``, ``"always"``). A type is one of

- ``str``, ``int``, ``float``, ``bool``, ``timestamp``, ``blob``, ``document``, ``stream`` (a
  streamed body), or a class of the same service: ``enum X``, ``shape X``, ``events X`` (an
  event stream whose events are ``X``);
- ``list[T]`` or ``map[T]`` (string keys) of any of these.

Both halves of request and response handling read it: :mod:`smtyped._convert` writes each
class's code from it, :mod:`smtyped._requests` walks it to convert and check what that code
could not take (a dict where a structure goes, a value of the wrong type).
"""

from __future__ import annotations

import functools
import importlib
from types import ModuleType
from typing import Any

__all__ = ["SCALARS", "Member", "describe", "owner", "packages", "parse_type"]

#: the scalar types a description names
SCALARS = frozenset({"str", "int", "float", "bool", "timestamp", "blob", "document", "stream"})


@functools.cache
def parse_type(text: str) -> tuple[str, Any]:
    """``"list[shape Tag]"`` -> ``("list", ("shape", "Tag"))``; a scalar is ``(name, None)``."""
    for kind in ("list", "map"):
        if text.startswith(kind + "[") and text.endswith("]"):
            return kind, parse_type(text[len(kind) + 1 : -1])
    kind, _, name = text.partition(" ")
    if name and kind in ("enum", "shape", "events"):
        return kind, name
    if not name and kind in SCALARS:
        return kind, None
    raise ValueError(f"not a member type: {text!r}")


class Member:
    """One member of a class, read from its description."""

    __slots__ = ("always", "attr", "required", "sensitive", "type", "wire")

    def __init__(self, row: tuple[str, ...]) -> None:
        self.attr, self.wire = row[0], row[1]
        self.type = parse_type(row[2])
        flags = row[3].split() if len(row) > 3 else ()
        self.required = "required" in flags
        self.sensitive = "sensitive" in flags
        self.always = "always" in flags


#: each generated class's members, read on first use
_MEMBERS: dict[type, tuple[Member, ...]] = {}


def describe(cls: type) -> tuple[Member, ...]:
    """The members of a generated class (or of the generated class a resource extends)."""
    found = _MEMBERS.get(cls)
    if found is None:
        found = _MEMBERS[cls] = tuple(Member(row) for row in owner(cls).__dict__.get("_MEMBERS", ()))
    return found


def owner(cls: type) -> type:
    """The generated class whose description ``cls`` uses (itself, or a resource's base)."""
    for klass in cls.__mro__:
        if "_MEMBERS" in klass.__dict__:
            return klass
    raise TypeError(f"{cls.__name__} is not a generated shape (it has no _MEMBERS)")


@functools.cache
def packages(module: str) -> tuple[ModuleType, ModuleType, str]:
    """(shapes, enums, public package) of the generated package a class's ``module`` is in:
    where the names its description uses are found (each class loads on first use)."""
    package = module.rpartition(".shapes.")[0] or module.rpartition(".")[0].rpartition(".")[0]
    public = package.rpartition("._generated")[0] or package
    shapes = importlib.import_module(f"{package}.shapes")
    enums = importlib.import_module(f"{package}.enums")
    return shapes, enums, public
