"""The enums' views: each open enum, its members and its docstring, and the modules they go in."""

from __future__ import annotations

from collections.abc import Callable

import attrs

from codegen.core.ir import StringShape
from codegen.core.names import enum_member_names
from codegen.stages.emit.docstrings import Wrapping, derived_note
from codegen.stages.emit.shape_views import ModuleView
from codegen.stages.emit.symbols import Symbols


@attrs.frozen
class EnumView:
    name: str
    docstring: str
    members: tuple[tuple[str, str], ...]


def enum_view(name: str, s: StringShape, oldest: str, text: Wrapping) -> EnumView:
    values = s.enum or ()
    idents = enum_member_names(values)
    dated = [(v, s.enum_since.get(v)) for v in values if v in s.enum_introduced or (s.enum_since.get(v) or "") > oldest]
    items = [(idents[v], f"{v!r} since {d}" if d else repr(v)) for v, d in dated]
    summary = f"Values of ``{name}``. Unknown values load as ``{name}(value)`` with ``is_known`` False."
    if s.derived_from:
        summary += " " + derived_note(name, s.derived_from)
    doc = text.docstring(summary, [("Added", items)], 4)
    return EnumView(name, doc, tuple((idents[v], v) for v in values))


def enum_views(symbols: Symbols) -> dict[str, EnumView]:
    """Each enum's view (the run-time module and the stub group show the same)."""
    views = {}
    for name in symbols.enum_module:
        s = symbols.svc.shapes[name]
        assert isinstance(s, StringShape)
        views[name] = enum_view(name, s, symbols.oldest, symbols.text)
    return views


def enum_modules(views: dict[str, EnumView], module_of: Callable[[str], str]) -> list[ModuleView]:
    """``views`` in the modules ``module_of`` gives (the run-time modules: the symbols'
    ``enum_module``; the public stub: one module)."""
    modules: dict[str, list[str]] = {}
    for name in views:
        modules.setdefault(module_of(name), []).append(name)
    return [ModuleView(m, tuple(views[n] for n in modules[m]), ()) for m in sorted(modules)]
