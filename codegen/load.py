"""The front end in one call: page files -> merged, named Service IR."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from codegen import botocore_model as bm
from codegen import pages as pages_mod
from codegen.backfill import backfill
from codegen.build import build_page
from codegen.diagnostics import Report, SpecError
from codegen.history import merge
from codegen.ir import Service
from codegen.naming import NamedPage, name_page


def expand(paths: Iterable[str | Path]) -> list[Path]:
    """Files as given; folders contribute their ``*.txt`` pages (sorted, recursively)."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out.extend(sorted(p.rglob("*.txt")))
        elif p.exists():
            out.append(p)
        else:
            raise SpecError(str(p), None, "no such page or folder")
    return out


def load_page(path: Path, report: Report) -> NamedPage:
    page = pages_mod.read_page(path, report)
    pir = build_page(page, report)
    if any(op.unrendered for op in pir.operations.values()):
        service = bm.service_name(page.service, path.parent.name)
        pir = backfill(pir, bm.service_model(service) if service else None, report)
    return name_page(pir, report, hint=path.parent.name)


def load_pages(
    paths: Sequence[str | Path],
    report: Report,
    progress: Callable[[Path], None] | None = None,
) -> list[NamedPage]:
    """Parse and name each page at ``paths`` (raises :class:`SpecError`)."""
    named = []
    for path in expand(paths):
        if progress is not None:
            progress(path)
        named.append(load_page(path, report))
    return named


def load_service(
    paths: Sequence[str | Path],
    report: Report,
    progress: Callable[[Path], None] | None = None,
) -> Service:
    """Parse, name and merge the pages at ``paths`` (raises :class:`SpecError`)."""
    return merge(load_pages(paths, report, progress), report)
