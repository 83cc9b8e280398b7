"""What makes a warm regeneration cheap: remembered outputs and formatted modules.

* A run's *inputs* are the generator (its digest) and every page (its key). When they are
  the same as a previous run's and the output folder still holds exactly the files that run
  wrote (by content hash), there is nothing to parse, render or format.
* Docstring wrapping (textwrap over ~11,000 descriptions, half a second) is remembered too.
* Tidying (exact imports) and formatting are the costliest steps of rendering (~2,000
  modules); a module whose rendered text is unchanged gets its finished text back from the
  cache, so adding a page tidies and formats only the modules it changes.

Both live beside the page cache (``.cache/codegen``, see :mod:`codegen.load`).
"""

from __future__ import annotations

import concurrent.futures
import functools
import hashlib
import json
import multiprocessing
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from codegen import cachefile
from codegen.diagnostics import Diagnostic
from codegen.load import cache_folder, generator_digest, page_key

SOURCES = (".py", ".pyi")
#: the ruff configuration generated code is formatted with
CONFIG = Path(__file__).resolve().parent.parent / "pyproject.toml"


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


def content_hash(data: bytes) -> str:
    """What the run cache records of each output file (and keys formatted files by)."""
    return hashlib.sha256(data).hexdigest()


def output_hashes(out: Path) -> dict[str, str]:
    if not out.exists():
        return {}
    return {
        p.relative_to(out).as_posix(): content_hash(p.read_bytes())
        for p in sorted(out.rglob("*"))
        if p.suffix in SOURCES and p.is_file()
    }


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
    cachefile.write_bytes(folder / "runs" / f"{key}.json", json.dumps(data).encode())


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
    folder = cache_folder()
    # the finished text depends on the rendered text, the generator (``tidy`` is part of it)
    # and the formatter, nothing else
    salt = formatter_digest() + generator_digest()
    where: dict[str, Path] = {}
    misses: list[tuple[str, str]] = []
    with _Tidier(stage, tidy) as tidier:
        for rel, text in files:
            if rel in where:
                raise ValueError(f"{rel} is rendered twice")
            key = content_hash(f"{salt}\0{rel}\0{text}".encode())[:32]
            hit = folder / "formatted" / key if folder is not None else None
            if hit is not None and hit.is_file():
                where[rel] = hit
            else:
                misses.append((rel, key))
                where[rel] = stage / rel
                tidier.add(rel, text)
    if not misses:
        return where
    formatter(stage)  # all misses in one run
    cached = cachefile.folder(folder / "formatted") if folder is not None else None
    if cached is not None:  # (a read-only cache only costs the work again next time)
        for rel, key in misses:
            _link(stage / rel, cached / key)
    return where


#: below this many modules to tidy, starting worker processes costs more than it saves
_PARALLEL_TIDY_FROM = 200
#: modules a worker tidies per task: small enough that both workers finish together
_TIDY_BATCH = 50


class _Tidier:
    """Writes ``tidy(rel, text)`` of each module added under ``stage``. Once there are many,
    one worker process per CPU tidies them in batches, while the caller renders the next ones
    (a cold run tidies ~2,000 modules, about a second of one core). Leaving the ``with``
    block waits for every batch and re-raises a worker's error."""

    def __init__(self, stage: Path, tidy: Callable[[str, str], str]) -> None:
        self.stage, self.tidy = stage, tidy
        self.waiting: list[tuple[str, str]] = []
        self.pool: concurrent.futures.ProcessPoolExecutor | None = None
        self.futures: list[concurrent.futures.Future[None]] = []
        self.folders: set[Path] = set()
        self.workers = min(os.cpu_count() or 1, 4)

    def __enter__(self) -> _Tidier:
        return self

    def add(self, rel: str, text: str) -> None:
        folder = (self.stage / rel).parent
        if folder not in self.folders:
            folder.mkdir(parents=True, exist_ok=True)
            self.folders.add(folder)
        self.waiting.append((rel, text))
        if (
            self.pool is None
            and len(self.waiting) >= _PARALLEL_TIDY_FROM
            and self.workers > 1
            and "fork" in multiprocessing.get_all_start_methods()
        ):
            fork = multiprocessing.get_context("fork")
            self.pool = concurrent.futures.ProcessPoolExecutor(self.workers, mp_context=fork)
        if self.pool is not None and len(self.waiting) >= _TIDY_BATCH:
            self._submit()

    def _submit(self) -> None:
        assert self.pool is not None
        self.futures.append(self.pool.submit(_tidy_batch, self.stage, self.waiting, self.tidy))
        self.waiting = []

    def __exit__(self, exc_type: object, *_: object) -> None:
        if self.pool is None:
            if exc_type is None:
                _tidy_batch(self.stage, self.waiting, self.tidy)
            return
        try:
            if exc_type is None:
                if self.waiting:
                    self._submit()
                for fut in self.futures:
                    fut.result()  # re-raises a worker's error
        finally:
            self.pool.shutdown(cancel_futures=True)


def _tidy_batch(stage: Path, items: list[tuple[str, str]], tidy: Callable[[str, str], str]) -> None:
    for rel, text in items:
        (stage / rel).write_text(tidy(rel, text), encoding="utf-8")


def scratch_folder() -> Path | None:
    """Where a run stages the modules it tidies and formats: beside the cache, so that each
    finished module enters the cache as a hard link (staged elsewhere, on another file system,
    each would be copied: 2,000 new files on this VM's disk took ~1.5 s in one thread). None:
    the system's temporary folder (no cache, or a read-only one)."""
    folder = cache_folder()
    return cachefile.folder(folder / "stage") if folder is not None else None


def _wrapped_file() -> Path | None:
    folder = cache_folder()
    # wrapping is the generator's: its digest names the file, so a changed wrap() starts afresh
    return folder / "wrapped" / f"{generator_digest()}.pickle" if folder is not None else None


def load_wrapped() -> dict[tuple[str, int, int], tuple[str, ...]]:
    """The docstring wrapping the last run of this generator did (``codegen.views.wrap``)."""
    path = _wrapped_file()
    known: dict[tuple[str, int, int], tuple[str, ...]] | None = cachefile.read_pickle(path) if path else None
    return known or {}


def save_wrapped(wrapped: dict[tuple[str, int, int], tuple[str, ...]]) -> None:
    path = _wrapped_file()
    if path is not None:
        cachefile.write_pickle(path, wrapped)


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


def ruff(folder: Path, config: Path = CONFIG) -> None:
    """Format (imports are exact already: :mod:`codegen.imports`). Without ruff's cache: the
    staged files are new paths every run, so it would only fill ``.ruff_cache`` with entries
    never read."""
    cmd = [sys.executable, "-m", "ruff", "format", "--quiet", "--no-cache", "--config", str(config), str(folder)]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        raise RuntimeError(f"ruff format failed on generated code: {(proc.stderr + proc.stdout).strip()}")
