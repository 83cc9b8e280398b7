"""Merge named pages, oldest first, into one dated history of the API.

Each named shape is folded over its sightings in date order:

* What a page renders is the truth for that page's date. A member or an enum value that a
  newer rendering no longer shows was removed on that date (and comes back, undated as
  removed, if a later page shows it again).
* ``required`` comes from the newest rendering of the shape *as a request* (responses never
  mark ``[REQUIRED]``), so flags relaxed or tightened by later pages follow.
* A map key printed as ``'string'`` says nothing about an enum key a Changes block showed.
* Parts a page did not render ("too large to render") were filled from botocore's model
  (:mod:`codegen.stages.parse.backfill`). Those sightings are applied last and only for what no page
  shows: a member or value no page renders is added, marked ``from_model``, dated only where
  a Changes block names it. A fill is never evidence of a removal: the committed model may be
  older than the page it fills (it lacks what the pages added since), and what no page
  renders no page can take away. Only a page that renders a shape removes from it.
* An operation's ``since`` is the page that marks it ``(new)``; the newest page that shows
  it defines it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

import attrs

from codegen.core.artifacts import Folded, NamedPage, ShapeFold, Sighting
from codegen.core.diagnostics import Report, SpecError
from codegen.core.ir import (
    FLAG_RANK,
    Member,
    Service,
    Shape,
    StringShape,
    Structure,
    from_model,
    keep_key_enum,
    replace,
    signature,
)


def merge(pages: Iterable[NamedPage], report: Report, fills: dict[str, list[Sighting]] | None = None) -> Service:
    """One dated Service from named pages, plus ``fills`` (shape name -> sightings) of parts
    the pages did not render (:func:`codegen.stages.name.name_fills`)."""
    return finish(fold_pages(pages), report, fills)


def fold_pages(pages: Iterable[NamedPage]) -> Folded:
    """``pages`` folded, oldest first."""
    out = Folded()
    for page in sorted(pages, key=_order):
        out = fold_page(out, page)
    return out


def fold_page(folded: Folded, page: NamedPage) -> Folded:
    """``folded`` with one newer page folded in: its operations and every shape it shows.

    Raises :class:`SpecError` for a page of another service, and ``ValueError`` for a page
    that does not sort after every page folded already (date, then file name).
    """
    info = page.page
    if folded.pages:
        last = folded.pages[-1]
        if _order(page) <= (last.date, last.file):
            raise ValueError(f"{info.file} is not newer than {last.file}, folded already")
        if info.service != folded.service:
            raise SpecError(
                info.file,
                1,
                f"page is for {info.service!r}, the other pages for {folded.service!r}; merge one service at a time",
            )
    ops = dict(folded.operations)
    for name, op in page.operations.items():
        prev = ops.get(name)
        if prev is not None and prev.introduced:
            since, introduced = prev.since, True
        elif op.status == "new":
            since, introduced = info.date, True
        else:
            since, introduced = (prev.since if prev is not None else info.date), False
        ops[name] = replace(op, since=since, introduced=introduced)
    shapes = dict(folded.shapes)
    for name, shape in page.shapes.items():
        shapes[name] = _sighted(name, shapes.get(name, _NONE), (info.date, info.file, shape))
    return Folded(service=info.service, pages=(*folded.pages, info), operations=ops, shapes=shapes)


def finish(folded: Folded, report: Report, fills: dict[str, list[Sighting]] | None = None) -> Service:
    """The Service the folded pages describe, with ``fills`` (shape name -> sightings of parts
    no page rendered) applied; what the fold found goes to ``report``, shape by shape."""
    if not folded.pages:
        raise SpecError("<specs>", None, "no pages to merge")
    fills = fills or {}
    shapes: dict[str, Shape] = {}
    for name in sorted(set(folded.shapes) | set(fills)):
        # a fill is a sighting on its page's date; sorted() is stable, so pages keep their order
        extra = sorted(fills.get(name, []), key=lambda s: s[0])
        fold = folded.shapes.get(name, _NONE)
        work = _Fold(name, fold)
        if fold.shown or any(not _elided(s) for _, _, s in extra):
            extra = _shown(extra)  # something shows the shape: a {...} rendering says nothing
        else:
            work.pages(fold.elided)  # only {...} renderings, on pages and in fills: all there is
        report.items.extend((*fold.warnings, *work.report.items))
        shapes[name] = work.finish(extra)
    ops = dict(sorted(folded.operations.items()))
    return Service(title=folded.service, pages=folded.pages, operations=ops, shapes=shapes)


_NONE = ShapeFold()


def _order(page: NamedPage) -> tuple[str, str]:
    return page.page.date, page.page.file


def _sighted(name: str, fold: ShapeFold, seen: Sighting) -> ShapeFold:
    """``fold`` with one more page sighting of the shape."""
    if _elided(seen[2]):
        # a {...} rendering shows nothing: never folded once a page shows the shape
        return fold if fold.shown else attrs.evolve(fold, elided=(*fold.elided, seen))
    if not fold.shown:
        fold = attrs.evolve(fold, shown=True, elided=())
    return _Fold(name, fold).pages([seen]).saved()


def _elided(shape: Shape) -> bool:
    return isinstance(shape, Structure) and shape.elided


def _shown(seen: list[Sighting]) -> list[Sighting]:
    return [x for x in seen if not _elided(x[2])]


class _Fold:
    """Folding one shape's sightings: a working copy of its :class:`ShapeFold`."""

    def __init__(self, name: str, kept: ShapeFold) -> None:
        self.name = name
        self.kept = kept
        self.report = Report()  # what folding these sightings finds (kept with the fold)
        self.origin = dict(kept.origin)
        self.state = kept.shape
        self.last_page = kept.last_page
        self.page_fills = list(kept.page_fills)

    def pages(self, seen: Iterable[Sighting]) -> _Fold:
        """Fold page sightings ``seen`` (date order)."""
        for date, file, shape in seen:
            if from_model(shape):
                self.page_fills.append((date, file, shape))
                continue
            self.state = _first(shape, date) if self.state is None else self.evolve(self.state, shape, date, file)
            self.last_page = date
            if isinstance(shape, Structure):
                self.origin.update(
                    (k, f"{file}:{m.line}" if m.line is not None else file) for k, m in shape.members.items()
                )
        return self

    def saved(self) -> ShapeFold:
        return attrs.evolve(
            self.kept,
            shape=self.state,
            last_page=self.last_page,
            origin=self.origin,
            page_fills=tuple(self.page_fills),
            warnings=(*self.kept.warnings, *self.report.items),
        )

    def finish(self, extra: list[Sighting]) -> Shape:
        """The folded shape with the model's fills applied (they report nothing)."""
        fills = sorted(self.page_fills + extra, key=lambda s: s[0])
        if fills:
            return self.fill(self.state, self.last_page, fills)
        assert self.state is not None
        return self.state

    # -- page renderings ------------------------------------------------------------

    def evolve(self, old: Shape, new: Shape, date: str, file: str) -> Shape:
        if isinstance(old, Structure) and isinstance(new, Structure):
            members: dict[str, Member] = {}
            for k, m in new.members.items():
                o = old.members.get(k)
                if o is None:
                    members[k] = replace(m, since=m.since or date)
                    continue
                shape = keep_key_enum(o.shape, m.shape)
                if signature(o.shape) != signature(shape) and not _widened(o.shape, shape):
                    self.report.attention(
                        file,
                        m.line,
                        f"{self.name}.{k} changes type from {signature(o.shape)} ({self.origin.get(k, '?')}) "
                        f"to {signature(shape)} ({file}:{m.line}); the newer page wins",
                    )
                required, source = _newest_flag(o, m)
                members[k] = replace(
                    m,
                    shape=shape,
                    required=required,
                    flags_from=source,
                    since=min(d for d in (o.since, m.since or date) if d),
                    introduced=o.introduced or m.introduced,
                    doc=m.doc or o.doc,
                    removed=None,
                )
            for k, o in old.members.items():
                if k not in members:
                    members[k] = o if o.removed else replace(o, removed=date)
            return replace(new, members=members, doc=new.doc or old.doc)
        if isinstance(old, StringShape) and isinstance(new, StringShape):
            return _evolve_enum(old, new, date)
        self.report.attention(
            file, None, f"shape {self.name} changes kind from {signature(old)} to {signature(new)}; the newer page wins"
        )
        return _first(new, date)

    # -- parts filled from botocore's model --------------------------------------------

    def fill(self, state: Shape | None, last_page: str, fills: list[Sighting]) -> Shape:
        model = fills[-1][2]  # every fill comes from the same model; Changes marks differ
        newer = [d for d, _, _ in fills if d > last_page]
        if state is not None and not newer:
            # the newest page renders the shape in full: it is the truth, the model (which may
            # be newer than every page) only completes required flags no request rendering gave
            return self.flags_only(state, model)
        if isinstance(model, Structure):
            introduced = _member_dates(fills)
            base = state if isinstance(state, Structure) else None
            members = dict(base.members) if base is not None else {}
            for k, m in model.members.items():
                o = members.get(k)
                if o is None:
                    # from the model, or spelled out by a page's Changes block (not from_model)
                    members[k] = replace(
                        m, since=introduced.get(k), introduced=k in introduced, from_model=m.from_model, removed=None
                    )
                elif o.flags_from != "page" and m.flags_from == "model":
                    members[k] = replace(o, required=m.required, flags_from="model")
            if base is None:
                return replace(model, members=members)
            return replace(base, members=members, doc=base.doc or model.doc)
        if isinstance(model, StringShape):
            if not isinstance(state, StringShape):
                dates = _value_dates(fills)
                return replace(model, enum_since=dates, enum_introduced=frozenset(dates))
            values = list(state.enum or ())
            since = dict(state.enum_since)
            removed = dict(state.enum_removed)
            dates = _value_dates(fills)
            for v in model.enum or ():
                if v not in values:
                    values.append(v)
                    if v in dates:
                        since[v] = dates[v]
            return replace(
                state,
                enum=tuple(values) or None,
                enum_since=since,
                enum_removed=removed,
                enum_introduced=state.enum_introduced | frozenset(dates),
            )
        return state if state is not None else model

    @staticmethod
    def flags_only(state: Shape, model: Shape) -> Shape:
        if not (isinstance(state, Structure) and isinstance(model, Structure)):
            return state
        members = dict(state.members)
        for k, o in state.members.items():
            m = model.members.get(k)
            if m is not None and o.flags_from is None and m.flags_from == "model":
                members[k] = replace(o, required=m.required, flags_from="model")
        return replace(state, members=members)


def _first(shape: Shape, date: str) -> Shape:
    """First sighting: whatever no page introduced explicitly is dated by this page."""
    if isinstance(shape, Structure):
        return replace(shape, members={k: replace(m, since=m.since or date) for k, m in shape.members.items()})
    if isinstance(shape, StringShape) and shape.enum:
        return replace(shape, enum_since={v: shape.enum_since.get(v, date) for v in shape.enum})
    return shape


def _evolve_enum(old: StringShape, new: StringShape, date: str) -> StringShape:
    old_values, new_values = old.enum or (), new.enum or ()
    since = {v: old.enum_since.get(v) or new.enum_since.get(v) or date for v in new_values}
    removed = {v: d for v, d in old.enum_removed.items() if v not in new_values}
    for v in old_values:
        if v not in new_values:
            since[v] = old.enum_since.get(v, date)
            removed.setdefault(v, date)
    values = tuple(new_values) + tuple(v for v in old_values if v not in new_values)
    return replace(
        new,
        enum=values or None,
        enum_since=since,
        enum_removed=removed,
        enum_introduced=old.enum_introduced | new.enum_introduced,
    )


def _newest_flag(old: Member, new: Member) -> tuple[bool, Literal["page", "model"] | None]:
    """The newer sighting's flag unless it cannot show one as well as the older could."""
    if FLAG_RANK[new.flags_from] >= FLAG_RANK[old.flags_from]:
        return new.required, new.flags_from
    return old.required, old.flags_from


def _widened(old: Shape, new: Shape) -> bool:
    """A plain string that becomes an enum (or the reverse) is not a contradiction."""
    return signature(old) in ("string", "enum") and signature(new) in ("string", "enum")


def _member_dates(fills: list[Sighting]) -> dict[str, str]:
    """Members a page's Changes block named while the part itself was not rendered."""
    out: dict[str, str] = {}
    for _, _, shape in fills:
        if isinstance(shape, Structure):
            for k, m in shape.members.items():
                if m.introduced and m.since:
                    out.setdefault(k, m.since)
    return out


def _value_dates(fills: list[Sighting]) -> dict[str, str]:
    out: dict[str, str] = {}
    for _, _, shape in fills:
        if isinstance(shape, StringShape):
            for v in shape.enum or ():  # enum order: enum_introduced is a set
                if v in shape.enum_introduced and v in shape.enum_since:
                    out.setdefault(v, shape.enum_since[v])
    return out
