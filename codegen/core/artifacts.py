"""What each stage of the front end hands to the next (frozen attrs classes).

    read   text       -> Page       (header + raw sections: Blocks of lines)
    parse  Page       -> PageIR     (operations with anonymous shapes), Pending (unrendered parts)
    name   PageIR     -> NamedPage  (shapes named, inputs and outputs Refs)
    merge  NamedPages -> Folded     (the pages folded in, oldest first, one at a time)
           Folded     -> Service    (:mod:`codegen.core.ir`: one dated history)

Stages import these types, never one another.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal

import attrs

from codegen.core.diagnostics import Diagnostic
from codegen.core.ir import Operation, PageInfo, Shape

#: what a page prints in place of a part it does not render
TOO_LARGE = "This section is too large to render"

ChangeKind = Literal["request", "response"]


@attrs.frozen
class Block:
    """Lines of a page part; ``line`` is the 1-based page line of ``lines[0]``."""

    line: int
    lines: tuple[str, ...]

    @property
    def text(self) -> str:
        return "\n".join(self.lines)

    @property
    def too_large(self) -> bool:
        return TOO_LARGE in "\n".join(self.lines)  # one search in C, not one per line

    def stripped(self) -> Block:
        """Without leading and trailing blank lines (line numbers kept right)."""
        lines = list(self.lines)
        start = self.line
        while lines and not lines[0].strip():
            lines.pop(0)
            start += 1
        while lines and not lines[-1].strip():
            lines.pop()
        return Block(start, tuple(lines))


@attrs.frozen
class ChangesBlock:
    kind: ChangeKind
    block: Block


@attrs.frozen
class ParamBlock:
    """A ``type X`` line, its type text and the ``param X`` body."""

    name: str
    line: int
    type_text: str
    body: Block


@attrs.frozen
class Section:
    """One operation of a page, still as text."""

    name: str
    status: Literal["new", "updated"]
    line: int
    changes: tuple[ChangesBlock, ...]
    doc: str
    request: Block | None
    params: tuple[ParamBlock, ...]
    params_too_large: bool
    returns_none: bool
    response: Block | None
    structure: Block | None


@attrs.frozen
class Page:
    file: str
    service: str
    date: str  # YYYY-MM-DD
    declared_new: int
    declared_updated: int
    summary: str
    sections: tuple[Section, ...]

    @property
    def declared(self) -> int:
        return self.declared_new + self.declared_updated


@attrs.frozen(eq=True, hash=False)
class PageIR:
    """What one page says: its header and the operations it defines."""

    page: Page
    operations: dict[str, Operation]


@attrs.frozen(eq=True, hash=False)
class NamedPage:
    """A page's operations with named shapes: inputs, outputs and named shapes are Refs.

    ``pending`` are the whole inputs and outputs the page did not render (their Refs name the
    model's shapes; the pipeline fills them once for all pages).
    """

    page: PageInfo
    service: str | None  # botocore service name
    operations: dict[str, Operation]
    shapes: Mapping[str, Shape]  # a dict, or the page cache's LazyShapes
    pending: tuple[Pending, ...] = ()


@attrs.frozen
class Pending:
    """A whole input or output a page did not render, filled once all pages are read.

    The fill is the same model shape on every page that leaves the part unrendered (Search's
    output on 83 pages of the history), so it is converted and named once for all of them,
    with each page's Changes blocks applied for its ``since`` dates.
    """

    service: str
    op: str
    side: Literal["input", "output"]
    new: bool  # the page marks the operation (new)
    changes: tuple[tuple[object, int], ...]  # (Changes block data, line) for this side
    date: str
    file: str


#: a sighting of a named shape: (page date, page file, shape)
Sighting = tuple[str, str, Shape]
#: unrendered parts filled from the model: (operation, side) -> the shape and the pages it fills
Fills = dict[tuple[str, str], tuple[Shape, list[Pending]]]


@attrs.frozen(eq=True, hash=False)
class ShapeFold:
    """One named shape's history so far: folded over the pages that show it, oldest first,
    before the parts no page rendered are filled from the model."""

    shape: Shape | None = None  # folded over the page sightings (None: none folded yet)
    last_page: str = ""  # date of the newest page folded into ``shape``
    origin: Mapping[str, str] = attrs.field(factory=dict)  # member -> file:line that last rendered it
    page_fills: tuple[Sighting, ...] = ()  # page sightings that came from botocore's model
    shown: bool = False  # some page sighting is not a ``{...}`` rendering
    # ``{...}`` renderings, kept aside while no page shows the shape: they are folded only if
    # nothing ever does (a later page or a fill that shows it makes them say nothing)
    elided: tuple[Sighting, ...] = ()
    warnings: tuple[Diagnostic, ...] = ()  # what folding the pages found, reported at the end


@attrs.frozen(eq=True, hash=False)
class Folded:
    """Pages merged so far, oldest first: what the merge folds each newer page into, and
    finishes into a :class:`~codegen.core.ir.Service`. Folding one more page into the fold of
    every page before it gives the fold of them all, so a pipeline may keep it between runs."""

    service: str = ""  # the pages' title
    pages: tuple[PageInfo, ...] = ()
    operations: Mapping[str, Operation] = attrs.field(factory=dict)
    shapes: Mapping[str, ShapeFold] = attrs.field(factory=dict)
