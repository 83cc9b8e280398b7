"""The generator's pipeline: its stages in order, with the cache, worker processes and gc.

Each stage is a pure function in :mod:`codegen.stages` and knows nothing of what is here::

    page file --read--> Page --parse--> PageIR --name--> NamedPage      per page, in workers;
                                                                      cached by page
    NamedPages --fill--> Fills (parse.backfill + name.name_fills)      once for all pages
    NamedPages + Fills --merge--> Service --dedupe--> Service          fold states cached by
                                                                      the pages merged
    Service --views--> views --render--> modules --tidy, format--> files   finished modules
                                                                      cached by rendered text
    Service --docs--> reference and What-changed pages

The commands (:mod:`codegen.cli`, :mod:`codegen.generate`) call these functions; nothing below
them imports this module.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import as_completed
from pathlib import Path
from typing import Any

from codegen import cache as caching
from codegen import workers
from codegen.core import botocore_model as bm
from codegen.core.artifacts import Folded, NamedPage, Pending
from codegen.core.classes import with_class_names
from codegen.core.diagnostics import Diagnostic, Report, SpecError
from codegen.core.ir import Service
from codegen.core.targets import Target, service_folders, target_of
from codegen.stages import name, read
from codegen.stages.emit import docs, history_views, render
from codegen.stages.emit.docstrings import Wrapping
from codegen.stages.merge import dedupe, history, pageset
from codegen.stages.parse import backfill, build

#: below this many pages to parse, starting worker processes costs more than it saves
_PARALLEL_FROM = 4


# -- the front: pages -> Service -----------------------------------------------------------


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


def stray_files(paths: Iterable[str | Path], report: Report) -> None:
    """Warn, once per folder, about the files in a spec folder that are not read as pages."""
    for folder in map(Path, paths):
        if not folder.is_dir():
            continue
        strays: dict[Path, list[str]] = {}
        for p in sorted(folder.rglob("*")):
            if p.is_file() and p.suffix != ".txt" and "__pycache__" not in p.parts:
                strays.setdefault(p.parent, []).append(p.name)
        for parent, names in strays.items():
            shown = ", ".join(names[:8]) + (f" and {len(names) - 8} more" if len(names) > 8 else "")
            report.notice(
                str(parent), None, f"{len(names)} files are not pages (only *.txt are read) and were skipped: {shown}"
            )


def load_page(path: Path, report: Report) -> NamedPage:
    """One page read, parsed (its unrendered parts filled where they can be) and named."""
    page = read.read_page(path, report)
    pir = build.build_page(page, report)
    pending: tuple[Pending, ...] = ()
    if any(op.unrendered for op in pir.operations.values()):
        service = bm.service_name(page.service, path.parent.name)
        pir, pending = backfill.backfill(pir, bm.service_model(service) if service else None, report)
    return name.name_page(pir, report, hint=path.parent.name, pending=pending)


def _load_one(
    path: Path, key: str = "", folder: Path | None = None
) -> tuple[NamedPage | None, list[Diagnostic], SpecError | None]:
    """One page in a worker: its result and diagnostics travel back to the parent. With a cache
    ``key``, the worker also stores the result, and returns the page as a cache hit reads it:
    its shapes pickled once, for the file and the pipe alike."""
    report = Report()
    try:
        with workers.no_gc():
            page = load_page(path, report)
    except SpecError as exc:
        return None, report.items, exc
    if key:
        entry = caching.encode_entry(page, report.items)
        caching.PageCache(folder).put(key, entry)
        page = caching.decode_entry(entry)[0]
    return page, report.items, None


def load_pages(
    paths: Sequence[str | Path],
    report: Report,
    progress: Callable[[Path], None] | None = None,
    cache: Path | bool | None = True,
) -> list[NamedPage]:
    """Parse and name each page at ``paths`` (raises :class:`SpecError`).

    Cached pages are read back; the others are parsed in parallel. Diagnostics are reported
    in file order whichever way a page was loaded, so the output never depends on timing.
    """
    return _load_keyed(paths, report, progress, cache)[0]


def _load_keyed(
    paths: Sequence[str | Path],
    report: Report,
    progress: Callable[[Path], None] | None,
    cache: Path | bool | None,
) -> tuple[list[NamedPage], list[str]]:
    """:func:`load_pages`, and each page's cache key ("" without a cache)."""
    files = expand(paths)
    store = caching.PageCache(caching.page_folder() if cache is True else (cache or None))
    keys = [caching.page_key(f) if store.folder is not None else "" for f in files]
    results: dict[int, tuple[NamedPage | None, list[Diagnostic], SpecError | None]] = {}
    todo: list[int] = []
    for i, key in enumerate(keys):
        hit = store.get(key) if key else None
        if hit is not None:
            results[i] = (hit[0], hit[1], None)
        else:
            todo.append(i)
    if len(todo) >= _PARALLEL_FROM and workers.cpus() > 1:
        with workers.process_pool(min(workers.cpus(), len(todo))) as pool:
            # biggest pages first keep both workers busy to the end
            order = sorted(todo, key=lambda i: -files[i].stat().st_size)
            futures = {pool.submit(_load_one, files[i], keys[i], store.folder): i for i in order}
            for fut in as_completed(futures):
                i = futures[fut]
                results[i] = page, _, _ = fut.result()
                if page is not None and isinstance(page.shapes, caching.LazyShapes):
                    # every page just parsed is merged: reading its shapes while the workers
                    # parse the rest takes them off the merge, which runs alone
                    page.shapes.load()
                if progress is not None:
                    progress(files[i])
    else:
        for i in todo:
            if progress is not None:
                progress(files[i])
            results[i] = _load_one(files[i], keys[i], store.folder)
    named: list[NamedPage] = []
    for i in range(len(files)):
        page, diags, error = results[i]
        report.items.extend(diags)
        if error is not None:
            raise error
        assert page is not None
        named.append(page)
    stray_files(paths, report)
    pageset.check_set(files, [caching.content_digest(f) for f in files], named, report)
    return named, keys


def load_service(
    paths: Sequence[str | Path],
    report: Report,
    progress: Callable[[Path], None] | None = None,
    cache: Path | bool | None = True,
) -> Service:
    """Parse, name and merge the pages at ``paths`` (raises :class:`SpecError`)."""
    with workers.no_gc():
        named, keys = _load_keyed(paths, report, progress, cache)
        # the merge is cached with the default page cache only (its keys name the pages' bytes)
        return merge_pages(named, report, keys if cache is True and all(keys) else None)


def merge_pages(named: Sequence[NamedPage], report: Report, keys: Sequence[str] | None = None) -> Service:
    """Merge loaded pages, with the parts they left unrendered filled once for all of them.

    With the pages' cache ``keys``, the fold of the pages is kept in the cache, and a merge of
    the same pages plus one newer page folds that page into it (adding a release folds the
    shapes it shows, not the whole history; ``tests/test_merge_exact.py`` checks both ways agree).
    """
    pending = [p for page in named for p in page.pending]
    fills = name.name_fills(backfill.fill_pending(pending, report), report) if pending else {}
    return dedupe.dedupe_derived(history.finish(_folded(named, keys), report, fills), report)


def _folded(named: Sequence[NamedPage], keys: Sequence[str] | None) -> Folded:
    """The pages folded: kept from a run with the same pages, or with all but the newest."""
    if keys is None or caching.cache_folder() is None or not named:
        return history.fold_pages(named)
    order = sorted(range(len(named)), key=lambda i: (named[i].page.date, named[i].page.file))
    every = [keys[i] for i in order]
    folded = caching.folded(every)
    if folded is None:
        older = caching.folded(every[:-1])
        newest = named[order[-1]]
        folded = history.fold_page(older, newest) if older is not None else history.fold_pages(named)
        caching.keep_folded(every, folded)
    return folded


# -- the back: Service -> files --------------------------------------------------------------


def history_tables(svc: Service) -> dict[str, Any]:
    """The API's history as the generated ``_history`` package and the API diff read it."""
    return history_views.history_tables(svc)


def finished_files(svc: Service, history: dict[str, Any] | None, target: Target, stage: Path) -> dict[str, Path]:
    """Where each module of ``target``'s package is, rendered, tidied and formatted: in the
    cache, or (what the cache lacks) under ``stage``."""
    known = caching.load_wrapped()
    text = Wrapping(known)  # docstring wrapping this generator did before
    files = render.iter_files(svc, history, target, template_cache=caching.template_folder(), text=text)
    where = format_files(files, stage, ruff, render.tidy)
    if len(text.known) > len(known):
        caching.save_wrapped(text.known)
    return where


def _as_is(rel: str, text: str) -> str:
    return text


def format_files(
    files: Iterable[tuple[str, str]],
    stage: Path,
    formatter: Callable[[Path], None],
    tidy: Callable[[str, str], str] = _as_is,
) -> dict[str, Path]:
    """Where each of ``files`` (relative path, rendered text) is, finished: its cached copy,
    or (a cache miss) a file under ``stage`` holding ``tidy(rel, text)`` that ``formatter``
    has formatted. Hits are neither tidied nor copied anywhere: the caller reads them where
    they are (copying 2,000 unchanged files was once the slowest step of adding a page).

    ``files`` may be a generator that renders as it goes: misses are tidied while the next
    modules render, in worker processes once there are many (``tidy`` must then be a
    module-level function)."""
    where: dict[str, Path] = {}
    misses: list[tuple[Path, str]] = []
    with workers.Tidier(stage, tidy) as tidier:
        for rel, text in files:
            if rel in where:
                raise ValueError(f"{rel} is rendered twice")
            key = caching.formatted_key(rel, text)
            hit = caching.formatted(key)
            if hit is not None:
                where[rel] = hit
            else:
                misses.append((stage / rel, key))
                where[rel] = stage / rel
                tidier.add(rel, text)
    if misses:
        formatter(stage)  # all misses in one run
        caching.keep_formatted(misses)
    return where


def ruff(folder: Path, config: Path = caching.CONFIG) -> None:
    """Format (imports are exact already: :mod:`codegen.stages.emit.imports`). Without ruff's cache: the
    staged files are new paths every run, so it would only fill ``.ruff_cache`` with entries
    never read."""
    cmd = [sys.executable, "-m", "ruff", "format", "--quiet", "--no-cache", "--config", str(config), str(folder)]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        raise RuntimeError(f"ruff format failed on generated code: {(proc.stderr + proc.stdout).strip()}")


# -- docs -------------------------------------------------------------------------------------


def write_docs(specs: Path, root: Path) -> int:
    """The reference and What-changed pages of each service folder under ``specs`` (or of the
    one service ``specs`` holds), each under its own folder of ``root``."""
    for folder in service_folders(specs):
        report = Report()
        files = expand([folder])
        target = target_of(files)
        pages = load_pages(files, report)
        svc = with_class_names(merge_pages(pages, report))  # the classes' names, as generated
        out = root / target.docs if target.docs else root
        for sub in ("reference", "changes"):
            shutil.rmtree(out / sub, ignore_errors=True)
        for rel, text in docs.doc_files(svc, pages, target):
            (out / rel).parent.mkdir(parents=True, exist_ok=True)
            (out / rel).write_text(text, encoding="utf-8")
        if not target.docs:  # the README and the home page list the control plane's operations
            for listing in (out.parent / "README.md", out / "index.md"):
                if listing.exists():
                    docs.update_readme(
                        listing, svc, link="reference/operations/" if listing.name == "index.md" else None
                    )
        print(
            f"{target.service}: wrote reference for {len(svc.operations)} operations and {len(svc.shapes)} shapes, "
            f"{len(pages)} change pages under {out}"
        )
    return 0
