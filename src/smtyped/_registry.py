"""Lazy registries: a generated shape or enum module is imported on first use only."""

from __future__ import annotations

import importlib
from typing import Any

from smtyped._generated._index import ENUM_MODULES, SHAPE_MODULES
from smtyped._wire import bad

__all__ = ["ENUMS", "SHAPES", "enum_value"]


class _Lazy(dict):  # type: ignore[type-arg]
    """name -> class; a miss imports the module that defines the name."""

    def __init__(self, package: str, index: dict[str, str]) -> None:
        super().__init__()
        self._package = package
        self._index = index

    def __missing__(self, name: str) -> Any:
        module = self._index.get(name)
        if module is None:
            raise KeyError(name)
        cls = getattr(importlib.import_module(f"{self._package}.{module}"), name)
        self[name] = cls
        return cls

    def names(self) -> list[str]:
        return sorted(self._index)


SHAPES = _Lazy("smtyped._generated.shapes", SHAPE_MODULES)
ENUMS = _Lazy("smtyped._generated.enums", ENUM_MODULES)


def enum_value(cls: Any, value: Any, owner: str = "?", wire: str = "?") -> Any:
    """``cls(value)`` for an open enum (member ``wire`` of ``owner``), with a fast path for known values."""
    if value is None:
        return None
    if not isinstance(value, str):
        bad(owner, wire, value, f"a {cls.__name__} value (a string)")
    return cls._lookup(cls, value)
