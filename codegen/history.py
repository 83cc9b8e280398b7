"""Merge named pages, oldest first, into one dated history of the API.

* The newest page that shows an operation defines it.
* Shapes with the same name are one shape: a newer page can add members or
  enum values; what a newer page no longer shows gets a ``removed`` date (and
  stays loadable).
* Every member and enum value gets a ``since`` date: the page whose Changes
  block (or new operation) introduced it, else the first page that shows it.
* A member whose type differs between pages is reported naming both pages; the
  newer page wins.
"""

from __future__ import annotations

from collections.abc import Iterable

import attrs

from codegen.diagnostics import Report, SpecError
from codegen.ir import Member, Operation, PageInfo, Service, Shape, StringShape, Structure
from codegen.naming import NamedPage, from_model, signature


def merge(pages: Iterable[NamedPage], report: Report) -> Service:
    ordered = sorted(pages, key=lambda p: (p.page.date, p.page.file))
    if not ordered:
        raise SpecError("<specs>", None, "no pages to merge")
    title = ordered[0].page.service
    for p in ordered[1:]:
        if p.page.service != title:
            raise SpecError(
                p.page.file,
                1,
                f"page is for {p.page.service!r}, the other pages for {title!r}; merge one service at a time",
            )
    m = _Merger(report)
    for p in ordered:
        m.add(p)
    infos = tuple(
        PageInfo(p.page.file, p.page.date, p.page.declared, len(p.page.sections), p.page.summary) for p in ordered
    )
    ops = dict(sorted(m.ops.items()))
    return Service(title=title, pages=infos, operations=ops, shapes=dict(sorted(m.shapes.items())))


class _Merger:
    def __init__(self, report: Report) -> None:
        self.report = report
        self.shapes: dict[str, Shape] = {}
        self.ops: dict[str, Operation] = {}
        self.origin: dict[tuple[str, str], str] = {}  # (shape, member) -> file that last defined it

    def add(self, page: NamedPage) -> None:
        date, file = page.page.date, page.page.file
        for name, shape in page.shapes.items():
            old = self.shapes.get(name)
            self.shapes[name] = _fill(shape, date) if old is None else self.evolve(name, old, shape, date, file)
            if isinstance(shape, Structure):
                for k in shape.members:
                    self.origin[(name, k)] = file
        for name, op in page.operations.items():
            prev = self.ops.get(name)
            since = prev.since if prev is not None and prev.since else (op.since or date)
            self.ops[name] = attrs.evolve(op, since=since)

    def evolve(self, name: str, old: Shape, new: Shape, date: str, file: str) -> Shape:
        # what a page shows wins over what was filled from botocore for an unrendered part
        if from_model(new) and not from_model(old):
            return old
        if from_model(old) and not from_model(new):
            return _fill(new, date)
        if isinstance(old, Structure) and isinstance(new, Structure):
            members: dict[str, Member] = {}
            for k, m in new.members.items():
                o = old.members.get(k)
                if o is None:
                    members[k] = attrs.evolve(m, since=m.since or date)
                    continue
                if signature(o.shape) != signature(m.shape) and not _widened(o.shape, m.shape):
                    self.report.warn(
                        file,
                        m.line,
                        f"{name}.{k} changes type from {signature(o.shape)} ({self.origin.get((name, k), '?')}) "
                        f"to {signature(m.shape)} ({file}); the newer page wins",
                    )
                members[k] = attrs.evolve(
                    m,
                    since=min(d for d in (o.since, m.since or date) if d),
                    introduced=o.introduced or m.introduced,
                    doc=m.doc or o.doc,
                    removed=None,
                )
            for k, o in old.members.items():
                if k not in members:
                    members[k] = o if o.removed else attrs.evolve(o, removed=date)
            return attrs.evolve(new, members=members, doc=new.doc or old.doc)
        if isinstance(old, StringShape) and isinstance(new, StringShape):
            old_values, new_values = old.enum or (), new.enum or ()
            since = {v: old.enum_since.get(v) or new.enum_since.get(v) or date for v in new_values}
            removed = {v: d for v, d in old.enum_removed.items() if v not in new_values}
            for v in old_values:
                if v not in new_values:
                    since[v] = old.enum_since.get(v, date)
                    removed.setdefault(v, date)
            values = tuple(new_values) + tuple(v for v in old_values if v not in new_values)
            return attrs.evolve(
                new,
                enum=values or None,
                enum_since=since,
                enum_removed=removed,
                enum_introduced=old.enum_introduced | new.enum_introduced,
            )
        self.report.warn(
            file, None, f"shape {name} changes kind from {signature(old)} to {signature(new)}; the newer page wins"
        )
        return _fill(new, date)


def _widened(old: Shape, new: Shape) -> bool:
    """A plain string that becomes an enum (or the reverse) is not a contradiction."""
    return signature(old) in ("string", "enum") and signature(new) in ("string", "enum")


def _fill(shape: Shape, date: str) -> Shape:
    """First sighting: whatever no page introduced explicitly is dated by this page."""
    if isinstance(shape, Structure):
        return attrs.evolve(
            shape, members={k: attrs.evolve(m, since=m.since or date) for k, m in shape.members.items()}
        )
    if isinstance(shape, StringShape) and shape.enum:
        return attrs.evolve(shape, enum_since={v: shape.enum_since.get(v, date) for v in shape.enum})
    return shape
