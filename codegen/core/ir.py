"""The shape IR: the only contract between parsing (front) and emitting (back).

All classes are frozen attrs classes. They keep their fields in an instance
``__dict__``, not in slots: the front end copies nodes (:func:`replace`) about 1.5 million
times and pickles every page's shapes from worker to parent, and a dict is copied and
pickled in C, where slots go through attrs' Python ``__getstate__``/``__setstate__`` (17%
fewer instructions to parse a page, 22% fewer to read it back from the cache; ~20% more
memory). Structures keep their members in page order. Named structures, unions and enums may be replaced by :class:`Ref` once
:mod:`codegen.stages.name` has given them names; ``Service.shapes`` holds them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, Union

import attrs

ScalarType = Literal["integer", "float", "boolean", "timestamp", "document", "blob"]


@attrs.frozen(slots=False)
class Ref:
    """A named shape, defined in ``Service.shapes`` (needed for recursion)."""

    name: str


@attrs.frozen(slots=False)
class Recursive:
    """Parser-stage marker for ``{'... recursive ...'}``: an ancestor re-entered.

    ``target`` is the member path (from the operation's input or output) of the
    ancestor structure it re-enters, once :mod:`codegen.stages.parse.build` has found it.
    """

    target: tuple[str, ...] | None = None
    doc: str = attrs.field(default="", eq=False)
    line: int | None = attrs.field(default=None, eq=False)
    #: the type word its doc bullet declares: "list" when the marker stands for a list of the
    #: structure it re-enters (``'Configurations': {'... recursive ...'}`` in a list's item)
    declared: str | None = attrs.field(default=None, eq=False)


@attrs.frozen(slots=False)
class Scalar:
    type: ScalarType
    streaming: bool = False


@attrs.frozen(eq=True, hash=False, slots=False)
class StringShape:
    """A string, or an enum when ``enum`` is set (values in page order)."""

    enum: tuple[str, ...] | None = None
    name: str | None = None
    enum_since: dict[str, str] = attrs.field(factory=dict)
    enum_removed: dict[str, str] = attrs.field(factory=dict)
    enum_introduced: frozenset[str] = frozenset()
    from_model: bool = attrs.field(default=False, eq=False)  # filled from botocore, not read off a page
    #: the name is derived from this place in the API (the models lack the shape); None: the model's
    derived_from: str | None = attrs.field(default=None, eq=False)


@attrs.frozen(eq=True, hash=False, slots=False)
class Member:
    shape: Shape
    required: bool = False
    doc: str = ""
    since: str | None = None
    removed: str | None = None
    introduced: bool = False  # a page said it is new (Changes block or new operation)
    line: int | None = attrs.field(default=None, eq=False)
    #: where ``required`` comes from: a page's request rendering ("page"), botocore's model for a
    #: part the page did not render ("model"), or nowhere (None: a response rendering, which never
    #: marks [REQUIRED], so its flags say nothing)
    flags_from: Literal["page", "model"] | None = attrs.field(default=None, eq=False)
    #: no page shows this member: it was taken from botocore's model for an unrendered part
    from_model: bool = attrs.field(default=False, eq=False)


@attrs.frozen(eq=True, hash=False, slots=False)
class Structure:
    members: dict[str, Member] = attrs.field(factory=dict)
    kind: Literal["structure", "union"] = "structure"
    name: str | None = None
    eventstream: bool = False
    doc: str = ""
    from_model: bool = attrs.field(default=False, eq=False)  # filled from botocore, not read off a page
    #: printed as ``{...}``: the page does not show its members (not that it has none)
    elided: bool = attrs.field(default=False, eq=False)
    #: the name is derived from this place in the API (the models lack the shape); None: the model's
    derived_from: str | None = attrs.field(default=None, eq=False)


@attrs.frozen(eq=True, hash=False, slots=False)
class ListOf:
    member: Shape


@attrs.frozen(eq=True, hash=False, slots=False)
class MapOf:
    key: Shape
    value: Shape


Shape = Union[Structure, ListOf, MapOf, StringShape, Scalar, Ref, Recursive]


@attrs.frozen(eq=True, hash=False, slots=False)
class Operation:
    name: str
    method: str
    status: Literal["new", "updated"]
    doc: str
    input: Shape
    output: Shape
    page: str  # date of the page that defines it
    since: str | None = None  # the page that marks it (new), else the first page that shows it
    returns_none: bool = False
    introduced: bool = False  # a page marks it (new): ``since`` is its real introduction date
    #: parts the page did not render ("too large"): "input", "input-docs", "output", "output-docs"
    unrendered: frozenset[str] = frozenset()
    #: Changes blocks for unrendered parts, applied once :mod:`codegen.stages.parse.backfill` filled them
    deferred_changes: tuple[tuple[str, object, int], ...] = attrs.field(default=(), eq=False)


@attrs.frozen(slots=False)
class PageInfo:
    """A page's header: what the merge keeps of it (the text stays behind, so cached pages
    load fast)."""

    file: str
    service: str  # the page's title
    date: str
    declared: int
    found: int
    summary: str


@attrs.frozen(eq=True, hash=False, slots=False)
class Service:
    title: str
    pages: tuple[PageInfo, ...]
    operations: dict[str, Operation]
    shapes: dict[str, Shape] = attrs.field(factory=dict)


def reachable(shapes: Mapping[str, Shape], shape: Shape) -> list[str]:
    """Names of the named shapes ``shape`` refers to, directly or not, in first-seen order."""
    seen: dict[str, None] = {}
    stack = [shape]
    while stack:
        s = stack.pop()
        if isinstance(s, Ref):
            if s.name in seen or s.name not in shapes:
                continue
            seen[s.name] = None
            stack.append(shapes[s.name])
        else:
            stack.extend(reversed(children(s)))
    return list(seen)


def children(shape: Shape) -> list[Shape]:
    """The shapes directly inside ``shape``."""
    if isinstance(shape, Structure):
        return [m.shape for m in shape.members.values()]
    if isinstance(shape, ListOf):
        return [shape.member]
    if isinstance(shape, MapOf):
        return [shape.key, shape.value]
    return []


#: how well a sighting can show ``required``: a request rendering, the model, a response
FLAG_RANK = {"page": 2, "model": 1, None: 0}


def required_flag(a: Member, b: Member) -> tuple[bool, Literal["page", "model"] | None]:
    """``required`` of a member seen twice on one page: a page's request rendering beats the
    model, which beats a response rendering (that never marks [REQUIRED])."""
    ra, rb = FLAG_RANK[a.flags_from], FLAG_RANK[b.flags_from]
    if ra == rb:
        return a.required or b.required, a.flags_from
    return (a.required, a.flags_from) if ra > rb else (b.required, b.flags_from)


def keep_key_enum(old: Shape, new: Shape) -> Shape:
    """``new``, with ``old``'s enum map keys where ``new`` prints a key as a plain string.

    Syntax blocks print every map key as ``'string'``; only a Changes block shows that a
    key is an enum, so a plain key never undoes an enum key seen elsewhere.
    """
    if isinstance(old, MapOf) and isinstance(new, MapOf):
        key = new.key
        if isinstance(old.key, Ref) and isinstance(key, StringShape) and not key.enum:
            key = old.key
        return MapOf(key, keep_key_enum(old.value, new.value))
    if isinstance(old, ListOf) and isinstance(new, ListOf):
        return ListOf(keep_key_enum(old.member, new.member))
    return new


def from_model(shape: Shape) -> bool:
    return isinstance(shape, (Structure, StringShape)) and shape.from_model


def signature(shape: Shape) -> str:
    """A short type description; equal signatures mean the same member type."""
    if isinstance(shape, Ref):
        return shape.name
    if isinstance(shape, ListOf):
        return f"list[{signature(shape.member)}]"
    if isinstance(shape, MapOf):
        return f"map[{signature(shape.key)}, {signature(shape.value)}]"
    if isinstance(shape, StringShape):
        return "enum" if shape.enum else "string"
    if isinstance(shape, Scalar):
        return shape.type + (" (streaming)" if shape.streaming else "")
    if isinstance(shape, Structure):
        return "structure"
    return type(shape).__name__


def current(svc: Service) -> Service:
    """The API as of the newest page: removed members and enum values left out, and the named
    shapes only the removed members used dropped. What the SDK exposes; the full history
    stays in ``svc`` for ``codegen history``, the docs and ``smtyped.history``."""
    shapes: dict[str, Shape] = {}
    for name, shape in svc.shapes.items():
        if isinstance(shape, Structure):
            kept = {k: m for k, m in shape.members.items() if not m.removed}
            shapes[name] = replace(shape, members=kept) if len(kept) != len(shape.members) else shape
        elif isinstance(shape, StringShape) and shape.enum_removed:
            values = tuple(v for v in shape.enum or () if v not in shape.enum_removed)
            shapes[name] = replace(shape, enum=values or None)
        else:
            shapes[name] = shape
    live: set[str] = set()
    for op in svc.operations.values():
        for io in (op.input, op.output):
            live.update(reachable(shapes, io))
    return replace(svc, shapes={k: v for k, v in shapes.items() if k in live})


_T = TypeVar("_T")
#: class -> the names of its fields
_FIELDS: dict[type, frozenset[str]] = {}


def replace(obj: _T, **changes: Any) -> _T:
    """``attrs.evolve`` for the IR's classes, without its per-call introspection.

    The front end copies IR nodes about 1.5 million times over the whole history; evolve's
    generic path cost a third of a cold regeneration. The IR's classes keep their fields in an
    instance ``__dict__`` (no slots, no validators, no converters), so a copy is that dict,
    copied and updated in C.
    """
    cls = type(obj)
    if "__slots__" in cls.__dict__:  # a class that keeps slots (a few artifacts, copied rarely)
        return attrs.evolve(obj, **changes)  # type: ignore[misc]
    names = _FIELDS.get(cls)
    if names is None:
        names = _FIELDS[cls] = frozenset(a.name for a in attrs.fields(cls))  # type: ignore[arg-type]
    if not names.issuperset(changes):
        unknown = ", ".join(sorted(set(changes) - names))
        raise TypeError(f"{cls.__name__} has no field {unknown}")
    new = object.__new__(cls)
    state = new.__dict__
    state.update(obj.__dict__)
    state.update(changes)
    return new
