"""The front end in one call: page files -> merged, named Service IR.

Each page is parsed and named on its own (a pure function of its text, its path and the
generator), so pages are parsed in parallel and their results cached on disk, keyed by the
page's bytes, its path and a digest of the generator itself (its code, its data and the
botocore it may read names from). A warm regeneration reads 321 cached pages instead of
parsing 67 MB of text; changing any generator file invalidates every entry.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import functools
import gc
import hashlib
import multiprocessing
import os
import pickle
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs

from codegen import botocore_model as bm
from codegen import cachefile
from codegen import pages as pages_mod
from codegen.backfill import backfill, fill_pending
from codegen.build import build_page
from codegen.dedupe import dedupe_derived
from codegen.diagnostics import Diagnostic, Report, SpecError
from codegen.history import FoldState, merge, merge_with_states
from codegen.ir import Service, Shape
from codegen.naming import NamedPage, name_fills, name_page
from codegen.specset import check_set, content_digest, stray_files

_ROOT = Path(__file__).parent
#: where parsed pages are cached unless SMTYPED_CODEGEN_CACHE says otherwise ("off": no cache)
DEFAULT_CACHE = Path(".cache") / "codegen"
#: below this many pages to parse, starting worker processes costs more than it saves
_PARALLEL_FROM = 4


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
    pending: tuple[object, ...] = ()
    if any(op.unrendered for op in pir.operations.values()):
        service = bm.service_name(page.service, path.parent.name)
        pir, pending = backfill(pir, bm.service_model(service) if service else None, report)
    return name_page(pir, report, hint=path.parent.name, pending=pending)


def _load_one(
    path: Path, key: str = "", folder: Path | None = None
) -> tuple[NamedPage | None, list[Diagnostic], SpecError | None]:
    """One page in a worker: its result and diagnostics travel back to the parent. With a cache
    ``key``, the worker also stores the result, and returns the page as a cache hit reads it:
    its shapes pickled once, for the file and the pipe alike."""
    report = Report()
    try:
        with no_gc():
            page = load_page(path, report)
    except SpecError as exc:
        return None, report.items, exc
    if key:
        entry = encode_entry(page, report.items)
        _Cache(folder).put(key, entry)
        page = decode_entry(entry)[0]
    return page, report.items, None


@functools.cache
def generator_digest() -> str:
    """A digest of everything that decides what a page parses to (read once a process)."""
    h = hashlib.sha256()
    for f in sorted(_ROOT.rglob("*")):
        # every file: code, templates, data (a .j2 edit changes the output as much as a .py one)
        if f.is_file() and "__pycache__" not in f.parts:
            h.update(f.relative_to(_ROOT).as_posix().encode())
            h.update(f.read_bytes())
    models = bm.models_folder()
    if not models.is_relative_to(_ROOT):  # an override of the committed models: its bytes decide too
        for f in sorted(models.rglob("*")):
            if f.is_file():
                h.update(f.relative_to(models).as_posix().encode())
                h.update(f.read_bytes())
    h.update(f"{bm.botocore_version()} {sys.version_info[:2]}".encode())
    return h.hexdigest()[:20]


def cache_folder() -> Path | None:
    env = os.environ.get("SMTYPED_CODEGEN_CACHE")
    if env == "off":
        return None
    return Path(env) if env else DEFAULT_CACHE


def page_key(path: Path) -> str:
    """A page's cache key: the generator, the page's path and its bytes."""
    h = hashlib.sha256(generator_digest().encode())
    h.update(str(path).encode() + b"\0" + content_digest(path).encode())
    return h.hexdigest()[:32]


class LazyShapes(Mapping[str, Shape]):
    """A cached page's shapes, unpickled on first use.

    Adding a page newer than all the others folds only that page's shapes into the last
    merge (:func:`merge_pages`), so the other 320 pages' shapes, most of what the cache
    holds, are never read: unpickling them was a quarter of that run."""

    __slots__ = ("_blob", "_shapes")

    def __init__(self, blob: bytes) -> None:
        self._blob: bytes | None = blob
        self._shapes: dict[str, Shape] = {}

    def _loaded(self) -> dict[str, Shape]:
        if self._blob is not None:
            self._shapes, self._blob = pickle.loads(self._blob), None
        return self._shapes

    def load(self) -> None:
        """Unpickle now rather than on first use."""
        self._loaded()

    def __getitem__(self, name: str) -> Shape:
        return self._loaded()[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._loaded())

    def __len__(self) -> int:
        return len(self._loaded())

    def __reduce__(self) -> tuple[Any, ...]:
        # still pickled: sent as those bytes (a worker's pages cross the pipe so)
        return (LazyShapes, (self._blob,)) if self._blob is not None else (dict, (self._shapes,))


class _Cache:
    def __init__(self, folder: Path | None) -> None:
        self.folder = folder

    def get(self, key: str) -> tuple[NamedPage, list[Diagnostic]] | None:
        if self.folder is None:
            return None
        entry = cachefile.read_pickle(self.folder / f"{key}.pickle")
        return decode_entry(entry) if entry is not None else None  # None: missing, or another generator's

    def put(self, key: str, entry: tuple[NamedPage, bytes, list[Diagnostic]]) -> None:
        if self.folder is not None:
            cachefile.write_pickle(self.folder / f"{key}.pickle", entry)


def encode_entry(page: NamedPage, diagnostics: list[Diagnostic]) -> tuple[NamedPage, bytes, list[Diagnostic]]:
    """A page as the cache holds it: its shapes pickled apart, so that a hit reads them only if
    asked (:class:`LazyShapes`)."""
    blob = pickle.dumps(dict(page.shapes), pickle.HIGHEST_PROTOCOL)
    return attrs.evolve(page, shapes={}), blob, diagnostics


def decode_entry(entry: tuple[NamedPage, bytes, list[Diagnostic]]) -> tuple[NamedPage, list[Diagnostic]]:
    page, blob, diagnostics = entry
    return attrs.evolve(page, shapes=LazyShapes(blob)), diagnostics


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
    store = _Cache(cache_folder() if cache is True else (cache or None))
    keys = [page_key(f) if store.folder is not None else "" for f in files]
    results: dict[int, tuple[NamedPage | None, list[Diagnostic], SpecError | None]] = {}
    todo: list[int] = []
    for i, key in enumerate(keys):
        hit = store.get(key) if key else None
        if hit is not None:
            results[i] = (hit[0], hit[1], None)
        else:
            todo.append(i)
    if len(todo) >= _PARALLEL_FROM and (os.cpu_count() or 1) > 1:
        methods = multiprocessing.get_all_start_methods()
        ctx = multiprocessing.get_context("fork" if "fork" in methods else None)
        workers = min(os.cpu_count() or 1, len(todo))
        with concurrent.futures.ProcessPoolExecutor(workers, mp_context=ctx) as pool:
            # biggest pages first keep both workers busy to the end
            order = sorted(todo, key=lambda i: -files[i].stat().st_size)
            futures = {pool.submit(_load_one, files[i], keys[i], store.folder): i for i in order}
            for fut in concurrent.futures.as_completed(futures):
                i = futures[fut]
                results[i] = page, _, _ = fut.result()
                if page is not None and isinstance(page.shapes, LazyShapes):
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
    check_set(files, named, report)
    return named, keys


def load_service(
    paths: Sequence[str | Path],
    report: Report,
    progress: Callable[[Path], None] | None = None,
    cache: Path | bool | None = True,
) -> Service:
    """Parse, name and merge the pages at ``paths`` (raises :class:`SpecError`)."""
    with no_gc():
        named, keys = _load_keyed(paths, report, progress, cache)
        # the merge is cached with the default page cache only (its keys name the pages' bytes)
        return merge_pages(named, report, keys if cache is True and all(keys) else None)


@contextlib.contextmanager
def no_gc() -> Iterator[None]:
    """The front end builds millions of small acyclic objects: the cyclic collector's passes
    over them cost ~18% of a cold parse and free nothing."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def merge_pages(named: Sequence[NamedPage], report: Report, keys: Sequence[str] | None = None) -> Service:
    """Merge loaded pages, with the parts they left unrendered filled once for all of them.

    With the pages' cache ``keys``, each merge keeps its fold states in the cache, and a merge
    of the same pages plus one newer page continues from them (adding a release re-folds the
    shapes it shows, not the whole history; ``tests/test_merge_exact.py`` checks both ways agree).
    """
    pending = [p for page in named for p in page.pending]
    fills = name_fills(fill_pending(pending, report), report) if pending else {}
    folder = cache_folder() if keys else None
    if folder is None or keys is None:
        return dedupe_derived(merge(named, report, fills), report)
    order = sorted(range(len(named)), key=lambda i: (named[i].page.date, named[i].page.file))
    resume = _load_states(folder, _set_key([keys[i] for i in order[:-1]])) if len(order) > 1 else None
    service, states = merge_with_states(named, report, fills, resume)
    _store_states(folder, _set_key([keys[i] for i in order]), states)
    return dedupe_derived(service, report)


def _set_key(keys: Sequence[str]) -> str:
    return hashlib.sha256("\0".join(keys).encode()).hexdigest()[:32]


def _load_states(folder: Path, key: str) -> dict[str, FoldState] | None:
    states: dict[str, FoldState] | None = cachefile.read_pickle(folder / "merged" / f"{key}.pickle")
    return states


def _store_states(folder: Path, key: str, states: dict[str, FoldState]) -> None:
    cachefile.write_pickle(folder / "merged" / f"{key}.pickle", states)  # read-only: a whole merge next time
