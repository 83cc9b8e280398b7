"""Lazy registries: a generated shape or enum module is imported on first use only."""

from __future__ import annotations

import importlib
from typing import Any

from smtyped._wire import bad

__all__ = ["Lazy", "enum_value"]  # and, made on first use, SHAPES and ENUMS (see __getattr__)


class Lazy(dict):  # type: ignore[type-arg]
    """name -> class; a miss imports the module that defines the name.

    ``index`` names the name -> module table as ``"module:attribute"``: it is read on the first
    miss, so that making a client (which imports the facades) never reads it.
    """

    def __init__(self, package: str, index: str) -> None:
        super().__init__()
        self._package = package
        self._where = index
        self._table: dict[str, str] | None = None

    @property
    def _index(self) -> dict[str, str]:
        if self._table is None:
            module, _, attribute = self._where.partition(":")
            self._table = getattr(importlib.import_module(module), attribute)
        return self._table

    def __missing__(self, name: str) -> Any:
        module = self._index.get(name)
        if module is None:
            raise KeyError(name)
        cls = getattr(importlib.import_module(f"{self._package}.{module}"), name)
        self[name] = cls
        return cls

    def names(self) -> list[str]:
        return sorted(self._index)


def __getattr__(name: str) -> Lazy:
    # SageMaker's registries, the ones its facades use; made on first use so that a program
    # using only smtyped.runtime never loads the control plane's index
    if name in ("SHAPES", "ENUMS"):
        package = importlib.import_module(f"smtyped._generated.{name.lower()}")
        registry: Lazy = package._REGISTRY
        globals()[name] = registry
        return registry
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def enum_value(cls: Any, value: Any, owner: str = "?", wire: str = "?") -> Any:
    """``cls(value)`` for an open enum (member ``wire`` of ``owner``), with a fast path for known values."""
    if value is None:
        return None
    if not isinstance(value, str):
        bad(owner, wire, value, f"a {cls.__name__} value (a string)")
    return cls._lookup(cls, value)
