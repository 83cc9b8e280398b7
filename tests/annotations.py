"""The generated classes' annotations, evaluated: what a type checker reads, for tests that hold
the run-time behaviour and the descriptions against it (the runtime itself reads only the
descriptions). The modules of shapes do not import the names their annotations use; they are
looked up in their package's facades here."""

from __future__ import annotations

import importlib
import sys
import types
import typing
from typing import Any

from typing_extensions import get_annotations


class _Names(dict[str, Any]):
    """The names a generated module's annotations use, found in its package's facades."""

    def __init__(self, module: Any) -> None:
        super().__init__()
        package = module.__name__.rpartition(".shapes.")[0]
        self.sources = [importlib.import_module(f"{package}.{kind}") for kind in ("shapes", "enums")] if package else []

    def __missing__(self, name: str) -> Any:
        for source in self.sources:
            try:
                return getattr(source, name)
            except AttributeError:
                pass
        raise KeyError(name)


_HINTS: dict[type, dict[str, Any]] = {}


def hints(cls: type) -> dict[str, Any]:
    """The evaluated types of a generated class's own fields, in field order."""
    found = _HINTS.get(cls)
    if found is None:
        module = sys.modules[cls.__module__]
        own = get_annotations(cls)
        globalns, localns = dict(vars(module)), _Names(module)
        found = _HINTS[cls] = {
            name: eval(own[name], globalns, localns) if isinstance(own[name], str) else own[name]
            for name in getattr(cls, "_FIELDS", ())
            if name in own
        }
    return found


def optional(hint: Any) -> bool:
    """Whether ``hint`` admits None."""
    origin = typing.get_origin(hint)
    is_union = origin is typing.Union or isinstance(hint, types.UnionType)
    return is_union and type(None) in typing.get_args(hint)
