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

from codegen.core.artifacts import NamedPage, Sighting
from codegen.core.diagnostics import Diagnostic, Report, SpecError
from codegen.core.ir import (
    FLAG_RANK,
    Member,
    Operation,
    Service,
    Shape,
    StringShape,
    Structure,
    from_model,
    keep_key_enum,
    replace,
    signature,
)


@attrs.define
class FoldState:
    """A shape folded over its page sightings, before the model fills are applied: what a run
    keeps so that the next one, with one newer page, continues instead of starting over."""

    state: Shape | None
    last_page: str
    origin: dict[str, str]
    page_fills: list[Sighting]  # page sightings that came from botocore's model
    pages_shown: bool  # some page sighting is not a ``{...}`` rendering
    filtered: bool  # ``{...}`` renderings were dropped (something else showed the shape)
    warnings: list[Diagnostic]


def merge(pages: Iterable[NamedPage], report: Report, fills: dict[str, list[Sighting]] | None = None) -> Service:
    """One dated Service from named pages, plus ``fills`` (shape name -> sightings) of parts
    the pages did not render (:func:`codegen.stages.name.name_fills`)."""
    return merge_with_states(pages, report, fills)[0]


def merge_with_states(
    pages: Iterable[NamedPage],
    report: Report,
    fills: dict[str, list[Sighting]] | None = None,
    resume: dict[str, FoldState] | None = None,
) -> tuple[Service, dict[str, FoldState]]:
    """:func:`merge`, also returning each shape's :class:`FoldState`. With ``resume`` (the
    states of a merge of every page but the newest, which must be newer than all of them),
    only the newest page's sightings are folded in; the result is the same."""
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
    ops: dict[str, Operation] = {}
    for p in ordered:
        date = p.page.date
        for name, op in p.operations.items():
            prev = ops.get(name)
            new_here = op.status == "new"
            if prev is not None and prev.introduced:
                since, introduced = prev.since, True
            elif new_here:
                since, introduced = date, True
            else:
                since, introduced = (prev.since if prev is not None else date), False
            ops[name] = replace(op, since=since, introduced=introduced)
    fills = fills or {}
    if resume is not None and len(ordered) > 1 and ordered[-1].page.date > ordered[-2].page.date:
        newest = ordered[-1]
    else:
        newest, resume = None, None

    def sightings_of(name: str, among: Iterable[NamedPage]) -> list[Sighting]:
        return [(p.page.date, p.page.file, p.shapes[name]) for p in among if name in p.shapes]

    by_name: dict[str, list[Sighting]] = {}
    if resume is None:
        for p in ordered:
            for name, shape in p.shapes.items():
                by_name.setdefault(name, []).append((p.page.date, p.page.file, shape))
        names = sorted(set(by_name) | set(fills))
    else:
        assert newest is not None
        names = sorted(set(resume) | set(newest.shapes) | set(fills))
    shapes: dict[str, Shape] = {}
    states: dict[str, FoldState] = {}
    for name in names:
        # a fill is a sighting on its page's date; sorted() is stable, so pages keep their order
        extra = sorted(fills.get(name, []), key=lambda s: s[0])
        fold = _Fold(name, report)
        kept = resume.get(name) if resume is not None else None
        new = newest.shapes.get(name) if newest is not None else None
        if kept is not None and newest is not None:
            shown = kept.pages_shown or (new is not None and not _elided(new))
            if kept.filtered == (shown or any(not _elided(s) for _, _, s in extra)):
                fold.restore(kept)
                if new is not None:
                    fold.pages([(newest.page.date, newest.page.file, new)], kept.filtered)
                states[name] = fold.saved(shown, kept.filtered)
                shapes[name] = fold.finish(_shown(extra) if kept.filtered else extra, report)
                continue
        seen = by_name.get(name) if resume is None else sightings_of(name, ordered)
        shapes[name], states[name] = fold.run(seen or [], extra, report)
    infos = tuple(p.page for p in ordered)
    service = Service(title=title, pages=infos, operations=dict(sorted(ops.items())), shapes=shapes)
    return service, states


def _elided(shape: Shape) -> bool:
    return isinstance(shape, Structure) and shape.elided


def _shown(seen: list[Sighting]) -> list[Sighting]:
    return [x for x in seen if not _elided(x[2])]


class _Fold:
    def __init__(self, name: str, report: Report) -> None:
        self.name = name
        # what folding the pages reports is kept with the fold's state (replayed when resumed)
        self.report = Report()
        self.origin: dict[str, str] = {}  # member -> file:line that last rendered it
        self.state: Shape | None = None
        self.last_page = ""
        self.page_fills: list[Sighting] = []

    def run(self, seen: list[Sighting], extra: list[Sighting], report: Report) -> tuple[Shape, FoldState]:
        """Fold page sightings ``seen`` (date order), then the model fills ``extra``."""
        shown = any(not _elided(s) for _, _, s in seen)
        filtered = shown or any(not _elided(s) for _, _, s in extra)
        self.pages(seen, filtered)
        saved = self.saved(shown, filtered)
        return self.finish(_shown(extra) if filtered else extra, report), saved

    def pages(self, seen: list[Sighting], filtered: bool) -> None:
        for date, file, shape in seen:
            if filtered and _elided(shape):
                continue  # a {...} rendering shows nothing, so it never removes what other pages show
            if from_model(shape):
                self.page_fills.append((date, file, shape))
                continue
            self.state = _first(shape, date) if self.state is None else self.evolve(self.state, shape, date, file)
            self.last_page = date
            if isinstance(shape, Structure):
                self.origin.update(
                    (k, f"{file}:{m.line}" if m.line is not None else file) for k, m in shape.members.items()
                )

    def saved(self, shown: bool, filtered: bool) -> FoldState:
        return FoldState(
            self.state,
            self.last_page,
            dict(self.origin),
            list(self.page_fills),
            shown,
            filtered,
            list(self.report.items),
        )

    def restore(self, kept: FoldState) -> None:
        self.state, self.last_page = kept.state, kept.last_page
        self.origin, self.page_fills = dict(kept.origin), list(kept.page_fills)
        self.report.items.extend(kept.warnings)

    def finish(self, extra: list[Sighting], report: Report) -> Shape:
        """The folded shape with the model's fills applied; the fold's diagnostics go to ``report``."""
        fills = sorted(self.page_fills + extra, key=lambda s: s[0])
        if fills:
            shape = self.fill(self.state, self.last_page, fills)
        else:
            assert self.state is not None
            shape = self.state
        report.items.extend(self.report.items)
        return shape

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
