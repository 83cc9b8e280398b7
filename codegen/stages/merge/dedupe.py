"""One class for one shape: derived names that are evidently another shape become that shape.

Pages never name shapes; names come from botocore's model (:mod:`codegen.stages.name`). A shape
the committed model lacks (a page newer than the model added it) gets a name derived from its
place in the API, one per place: the same new AWS enum used by two members becomes two
classes, and a new operation's ``Tags`` becomes a ``...TagsItem`` copy of ``Tag``. This pass
runs on the merged service and points every derived name at the shape it evidently is:

* a structure with the same members, member types and member docs as another named
  structure (docs make a coincidence implausible);
* a structure a page shows without docs (a Changes block spells out a new member), or an
  enum, with the same members and types (values) as another named shape that one of the
  same operations uses, or as the only other shape with those members (values); an enum
  with so many values (:data:`MANY_VALUES`) that a coincidence is implausible.

The shape kept is the model-named one if there is one, else the derived one first seen
(then the one whose request renderings show ``[REQUIRED]``, then by name): later pages never
change which name an earlier page's shape has, so the derivation stays stable.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping

from codegen.core.diagnostics import Report
from codegen.core.ir import (
    ListOf,
    MapOf,
    Operation,
    Ref,
    Scalar,
    Service,
    Shape,
    StringShape,
    Structure,
    reachable,
    replace,
)

#: an enum with at least this many values equal to another's is that enum wherever it is used
MANY_VALUES = 8


def dedupe_derived(svc: Service, report: Report) -> Service:
    """``svc`` with each derived-name shape that is evidently another named shape replaced by it."""
    derived = sorted(n for n, s in svc.shapes.items() if _derived(s))
    if not derived:
        return svc
    users = _Users(svc)
    alias: dict[str, str] = {}
    while True:  # a structure matches once the shapes inside it have been matched
        found = _round(svc.shapes, derived, alias, users)
        if not found:
            break
        alias.update(found)
        for old, new in alias.items():  # a copy kept in one round may be matched in the next
            while new in alias:
                new = alias[new]
            alias[old] = new
    if not alias:
        return svc
    for old, new in sorted(alias.items()):
        shape = svc.shapes[old]
        assert isinstance(shape, (Structure, StringShape))
        report.info("<specs>", None, f"{old} (derived from {shape.derived_from}) is the shape {new}: one class")
    shapes = {name: _rewrite(s, alias) for name, s in svc.shapes.items() if name not in alias}
    ops = {name: _rewrite_op(op, alias) for name, op in svc.operations.items()}
    return replace(svc, shapes=shapes, operations=ops)


def _derived(shape: Shape) -> bool:
    return isinstance(shape, (Structure, StringShape)) and shape.derived_from is not None


def _round(shapes: Mapping[str, Shape], derived: list[str], alias: dict[str, str], users: _Users) -> dict[str, str]:
    # full keys only where a derived shape could match: the shapes with its member names (or values)
    wanted = {_names(shapes[n]) for n in derived if n not in alias}
    exact: dict[Hashable, list[str]] = {}  # same members, types and docs (or enum values)
    loose: dict[Hashable, list[str]] = {}  # same members and types: for shapes a page shows without docs
    for name, shape in shapes.items():
        if name not in alias and _names(shape) in wanted:
            for index, docs in ((exact, True), (loose, False)):
                key = _key(shape, alias, docs)
                if key is not None:
                    index.setdefault(key, []).append(name)
    found: dict[str, str] = {}
    for name in derived:
        if name in alias:
            continue
        shape = shapes[name]
        documented = not isinstance(shape, Structure) or any(m.doc for m in shape.members.values())
        group = (exact if documented else loose).get(_key(shape, alias, documented), [])
        named = [n for n in group if not _derived(shapes[n])]
        copies = [n for n in group if _derived(shapes[n])]
        if not group:
            continue
        mine = users.get(name, frozenset())
        if named:  # the model-named shape, one used by the same operations first
            keep = min(named, key=lambda n: (not users.get(n, frozenset()) & mine, _rank(shapes[n], n)))
        else:  # the copy seen first: one choice for all copies, so they never point at each other
            keep = min(copies, key=lambda n: _rank(shapes[n], n))
        if keep == name:
            continue
        evident = (
            (isinstance(shape, Structure) and documented)  # same members, types and docs
            or bool(users.get(keep, frozenset()) & mine)  # ... or the same operations use both
            or len(named) == 1  # ... or the only other shape with these members or values
            or (isinstance(shape, StringShape) and len(_values(shape)) >= MANY_VALUES)
        )
        if evident:
            found[name] = keep
    return found


def _rank(shape: Shape, name: str) -> tuple[bool, str, int, str]:
    """Sort key of the shape to keep: model-named first, then first seen, then flags shown."""
    return (_derived(shape), _first_seen(shape), -_flags_shown(shape), name)


def _first_seen(shape: Shape) -> str:
    if isinstance(shape, Structure):
        dates = [m.since for m in shape.members.values() if m.since]
    elif isinstance(shape, StringShape):
        dates = list(shape.enum_since.values())
    else:
        dates = []
    return min(dates, default="9999")


def _flags_shown(shape: Shape) -> int:
    if not isinstance(shape, Structure):
        return 0
    return sum(m.flags_from == "page" for m in shape.members.values())


def _values(shape: StringShape) -> frozenset[str]:
    return frozenset(v for v in shape.enum or () if v not in shape.enum_removed)


def _key(shape: Shape, alias: Mapping[str, str], docs: bool) -> Hashable | None:
    """What makes two named shapes the same shape (None: never merged)."""
    if isinstance(shape, Structure):
        members = tuple(
            sorted((k, _sig(m.shape, alias), m.doc if docs else "") for k, m in shape.members.items() if not m.removed)
        )
        if not members:
            return None  # nothing to tell a coincidence from the same shape
        return ("structure", shape.kind, shape.eventstream, members)
    if isinstance(shape, StringShape) and shape.enum:
        return ("enum", _values(shape))
    return None


def _sig(shape: Shape, alias: Mapping[str, str]) -> Hashable:
    if isinstance(shape, Ref):
        return ("ref", alias.get(shape.name, shape.name))
    if isinstance(shape, ListOf):
        return ("list", _sig(shape.member, alias))
    if isinstance(shape, MapOf):
        return ("map", _sig(shape.key, alias), _sig(shape.value, alias))
    if isinstance(shape, Scalar):
        return (shape.type, shape.streaming)
    if isinstance(shape, StringShape):
        return ("string", frozenset(shape.enum or ()))
    return ("structure", id(shape))  # an unnamed structure: never equal to another


def _names(shape: Shape) -> Hashable:
    """A cheap first key: the kind and member names (or enum values) of a shape."""
    if isinstance(shape, Structure):
        return ("structure", frozenset(k for k, m in shape.members.items() if not m.removed))
    if isinstance(shape, StringShape):
        return ("enum", _values(shape))
    return None


class _Users:
    """shape -> the operations that reach it, computed on the first question (most runs ask none)."""

    def __init__(self, svc: Service) -> None:
        self.svc = svc
        self.table: dict[str, frozenset[str]] | None = None

    def get(self, name: str, default: frozenset[str]) -> frozenset[str]:
        if self.table is None:
            out: dict[str, set[str]] = {}
            for op_name, op in self.svc.operations.items():
                for io in (op.input, op.output):
                    for n in reachable(self.svc.shapes, io):
                        out.setdefault(n, set()).add(op_name)
            self.table = {k: frozenset(v) for k, v in out.items()}
        return self.table.get(name, default)


def _rewrite(shape: Shape, alias: Mapping[str, str]) -> Shape:
    if isinstance(shape, Ref):
        target = alias.get(shape.name)
        return Ref(target) if target is not None else shape
    if isinstance(shape, Structure):
        members = {}
        changed = False
        for k, m in shape.members.items():
            sub = _rewrite(m.shape, alias)
            changed = changed or sub is not m.shape
            members[k] = m if sub is m.shape else replace(m, shape=sub)
        return replace(shape, members=members) if changed else shape
    if isinstance(shape, ListOf):
        item = _rewrite(shape.member, alias)
        return shape if item is shape.member else ListOf(item)
    if isinstance(shape, MapOf):
        key, value = _rewrite(shape.key, alias), _rewrite(shape.value, alias)
        return shape if key is shape.key and value is shape.value else MapOf(key, value)
    return shape


def _rewrite_op(op: Operation, alias: Mapping[str, str]) -> Operation:
    inp, out = _rewrite(op.input, alias), _rewrite(op.output, alias)
    return op if inp is op.input and out is op.output else replace(op, input=inp, output=out)
