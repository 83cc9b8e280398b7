"""The generator's one cache (``.cache/codegen``), kept at the pipeline's stage boundaries.

No stage knows about it: :mod:`codegen.pipeline` looks each stage's output up by that stage's
input and stores what it computed. Each area is keyed by exactly what decides its content:

``pages/``      a page parsed and named (:class:`~codegen.core.artifacts.NamedPage`): the
                generator's digest, the page's path and its bytes (:func:`page_key`)
``merged/``     the merge's fold states: the keys of the pages merged, in date order, so a
                merge of the same pages plus one newer page continues from them
``formatted/``  a finished module: its rendered text, the generator and the formatter
``wrapped/``    docstring wrapping, per generator
``runs/``       a whole run: every page's key and the formatter (:func:`inputs_key`), with the
                hashes of the files it wrote and its diagnostics
``api/``        the API tables of a generated package (:mod:`codegen.api_diff`)
``jinja/``      compiled templates

Every entry is only ever an optimisation. Files are written atomically (a parallel run never
reads half a file), a read-only checkout must not fail, and an entry another generator
version wrote reads as missing. ``SMTYPED_CODEGEN_CACHE`` moves the cache; ``off`` disables it.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import pickle
import shutil
import sys
import tempfile
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs

from codegen.core import botocore_model as bm
from codegen.core.artifacts import Folded, NamedPage
from codegen.core.diagnostics import Diagnostic
from codegen.core.ir import Shape
from codegen.core.targets import PUBLIC, PUBLIC_STUBS

#: the generator package: every file in it decides what a page parses to
_ROOT = Path(__file__).parent
#: where the cache is unless SMTYPED_CODEGEN_CACHE says otherwise ("off": no cache)
DEFAULT_CACHE = Path(".cache") / "codegen"
#: the files a generated package consists of
SOURCES = (".py", ".pyi")
#: the ruff configuration generated code is formatted with
CONFIG = _ROOT.resolve().parent / "pyproject.toml"


def cache_folder() -> Path | None:
    env = os.environ.get("SMTYPED_CODEGEN_CACHE")
    if env == "off":
        return None
    return Path(env) if env else DEFAULT_CACHE


# -- files -------------------------------------------------------------------------------

#: what unpickling an entry written by another generator (or cut short) raises
_STALE = (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError, TypeError, ValueError)


def write_bytes(path: Path, data: bytes) -> None:
    """``path`` holds ``data``, or (a read-only cache) stays as it was."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("wb", dir=path.parent, delete=False) as tmp:
            tmp.write(data)
        os.replace(tmp.name, path)  # atomic: a parallel run never reads half
    except OSError:
        pass  # a read-only checkout only costs the work again next time


def writable_folder(path: Path) -> Path | None:
    """``path``, made if missing, when it can be written to; None in a read-only cache."""
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return path if os.access(path, os.W_OK | os.X_OK) else None


def write_pickle(path: Path, value: Any) -> None:
    write_bytes(path, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))


def read_pickle(path: Path) -> Any | None:
    """What ``path`` holds, or None when it is missing or unreadable."""
    try:
        with open(path, "rb") as fh:
            return pickle.load(fh)
    except _STALE:
        return None


# -- keys --------------------------------------------------------------------------------


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


def content_digest(path: Path) -> str:
    """The sha256 of a page's bytes, read once a process while the file stays the same (the run
    cache, the page cache and the duplicate-page check all need it: 67 MB for the history)."""
    st = path.stat()
    return _content_digest(str(path.resolve()), st.st_mtime_ns, st.st_size)


@functools.cache
def _content_digest(path: str, mtime_ns: int, size: int) -> str:
    with open(path, "rb") as fh:
        return hashlib.sha256(fh.read()).hexdigest()


def content_hash(data: bytes) -> str:
    """What the run cache records of each output file (and keys formatted files by)."""
    return hashlib.sha256(data).hexdigest()


@functools.cache
def formatter_digest() -> str:
    """ruff's version and the project's config: the formatted text depends on both."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        ruff_version = version("ruff")
    except PackageNotFoundError:
        ruff_version = "?"
    return content_hash(ruff_version.encode() + b"\0" + CONFIG.read_bytes())[:20]


def inputs_key(pages: Sequence[Path]) -> str:
    """The pages' keys (each holds the generator's digest) and the formatter's."""
    h = hashlib.sha256(formatter_digest().encode())
    for p in pages:
        h.update(page_key(p).encode())
    return h.hexdigest()[:32]


def output_hashes(out: Path) -> dict[str, str]:
    if not out.exists():
        return {}
    found = {
        p.relative_to(out).as_posix(): content_hash(p.read_bytes())
        for p in sorted(out.rglob("*"))
        if p.suffix in SOURCES and p.is_file()
    }
    for name in PUBLIC_STUBS:
        path = out.parent / name
        if path.is_file():
            found[PUBLIC + name] = content_hash(path.read_bytes())
    return found


def unchanged_run(key: str, out: Path) -> list[Diagnostic] | None:
    """The diagnostics of the remembered run with these inputs, if ``out`` is what it wrote."""
    folder = cache_folder()
    if folder is None:
        return None
    try:
        data = json.loads((folder / "runs" / f"{key}.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if data.get("files") != output_hashes(out):
        return None
    return [Diagnostic(**d) for d in data.get("diagnostics", [])]


def remember_run(key: str, files: dict[str, str], diagnostics: Sequence[Diagnostic]) -> None:
    """Remember a run: its inputs' ``key``, the hashes of the files it left (``output_hashes``
    of the output folder) and its diagnostics."""
    folder = cache_folder()
    if folder is None:
        return
    data = {
        "files": files,
        "diagnostics": [{"level": d.level, "file": d.file, "line": d.line, "message": d.message} for d in diagnostics],
    }
    write_bytes(folder / "runs" / f"{key}.json", json.dumps(data).encode())


# -- pages and merges --------------------------------------------------------------------


class PageCache:
    """Pages parsed and named, by :func:`page_key`, in ``folder`` (None: no cache)."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder

    def get(self, key: str) -> tuple[NamedPage, list[Diagnostic]] | None:
        if self.folder is None:
            return None
        entry = read_pickle(self.folder / f"{key}.pickle")
        return decode_entry(entry) if entry is not None else None  # None: missing, or another generator's

    def put(self, key: str, entry: tuple[NamedPage, bytes, list[Diagnostic]]) -> None:
        if self.folder is not None:
            write_pickle(self.folder / f"{key}.pickle", entry)


def encode_entry(page: NamedPage, diagnostics: list[Diagnostic]) -> tuple[NamedPage, bytes, list[Diagnostic]]:
    """A page as the cache holds it: its shapes pickled apart, so that a hit reads them only if
    asked (:class:`LazyShapes`)."""
    blob = pickle.dumps(dict(page.shapes), pickle.HIGHEST_PROTOCOL)
    return attrs.evolve(page, shapes={}), blob, diagnostics


def decode_entry(entry: tuple[NamedPage, bytes, list[Diagnostic]]) -> tuple[NamedPage, list[Diagnostic]]:
    page, blob, diagnostics = entry
    return attrs.evolve(page, shapes=LazyShapes(blob)), diagnostics


def folded(page_keys: Sequence[str]) -> Folded | None:
    """The fold of these pages (keys in date order) a merge kept, if one ran."""
    folder = cache_folder()
    if folder is None or not page_keys:
        return None
    kept = read_pickle(folder / "merged" / f"{_set_key(page_keys)}.pickle")
    return kept if isinstance(kept, Folded) else None


def keep_folded(page_keys: Sequence[str], kept: Folded) -> None:
    folder = cache_folder()
    if folder is not None:  # read-only: a whole merge next time
        write_pickle(folder / "merged" / f"{_set_key(page_keys)}.pickle", kept)


def _set_key(keys: Sequence[str]) -> str:
    return hashlib.sha256("\0".join(keys).encode()).hexdigest()[:32]


# -- finished modules, wrapping, scratch ---------------------------------------------------


def formatted_key(rel: str, text: str) -> str:
    """A rendered module's key: the finished text depends on the rendered text, the generator
    (tidying is part of it) and the formatter, nothing else."""
    salt = formatter_digest() + generator_digest()
    return content_hash(f"{salt}\0{rel}\0{text}".encode())[:32]


def formatted(key: str) -> Path | None:
    """The finished module of a rendered module's ``key``, if a run made it."""
    folder = cache_folder()
    hit = folder / "formatted" / key if folder is not None else None
    return hit if hit is not None and hit.is_file() else None


def keep_formatted(finished: Sequence[tuple[Path, str]]) -> None:
    """Remember finished modules: (where one is, its key)."""
    cache = cache_folder()
    cached = writable_folder(cache / "formatted") if cache is not None else None
    if cached is not None:  # (a read-only cache only costs the work again next time)
        for path, key in finished:
            _link(path, cached / key)


def page_folder() -> Path | None:
    """Where :class:`PageCache` keeps pages by default."""
    cache = cache_folder()
    return cache / "pages" if cache is not None else None


def template_folder() -> Path | None:
    """Where jinja2 keeps compiled templates (None: nowhere writable)."""
    cache = cache_folder()
    return writable_folder(cache / "jinja") if cache is not None else None


def api_folder() -> Path | None:
    """Where :mod:`codegen.api_diff` keeps the API tables of what it generated."""
    cache = cache_folder()
    return cache / "api" if cache is not None else None


def scratch_folder() -> Path | None:
    """Where a run stages the modules it tidies and formats: beside the cache, so that each
    finished module enters the cache as a hard link (staged elsewhere, on another file system,
    each would be copied: 2,000 new files on this VM's disk took ~1.5 s in one thread). None:
    the system's temporary folder (no cache, or a read-only one)."""
    cache = cache_folder()
    return writable_folder(cache / "stage") if cache is not None else None


def _wrapped_file() -> Path | None:
    folder = cache_folder()
    # wrapping is the generator's: its digest names the file, so a changed wrap() starts afresh
    return folder / "wrapped" / f"{generator_digest()}.pickle" if folder is not None else None


def load_wrapped() -> dict[tuple[str, int, int], tuple[str, ...]]:
    """The docstring wrapping the last run of this generator did (``codegen.stages.emit.docstrings.Wrapping``)."""
    path = _wrapped_file()
    known: dict[tuple[str, int, int], tuple[str, ...]] | None = read_pickle(path) if path else None
    return known or {}


def save_wrapped(wrapped: dict[tuple[str, int, int], tuple[str, ...]]) -> None:
    path = _wrapped_file()
    if path is not None:
        write_pickle(path, wrapped)


def _link(src: Path, dst: Path) -> None:
    """``dst`` holds what ``src`` holds: a hard link where the file system allows, else a copy
    (``dst``'s folder exists)."""
    try:
        tmp = dst.with_name(f"{dst.name}.{os.getpid()}.tmp")
        try:
            os.link(src, tmp)
        except OSError:
            shutil.copyfile(src, tmp)
        os.replace(tmp, dst)  # atomic: a parallel run never reads half
    except OSError:
        pass  # a read-only checkout only costs the work again next time
