"""How the pipeline spends the machine: worker processes and the garbage collector.

Stages are pure functions and know nothing of this; :mod:`codegen.pipeline` runs them in
worker processes where there are many pages or modules, and with the cyclic collector off
while they build millions of small acyclic objects.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import gc
import multiprocessing
import os
from collections.abc import Callable, Iterator
from pathlib import Path


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


def process_pool(workers: int) -> concurrent.futures.ProcessPoolExecutor:
    """Worker processes, forked where the platform can (they inherit what the parent loaded:
    the generator's modules and botocore's model, a second each to load again)."""
    methods = multiprocessing.get_all_start_methods()
    ctx = multiprocessing.get_context("fork" if "fork" in methods else None)
    return concurrent.futures.ProcessPoolExecutor(workers, mp_context=ctx)


def cpus() -> int:
    return os.cpu_count() or 1


#: below this many modules to tidy, starting worker processes costs more than it saves
_PARALLEL_TIDY_FROM = 200
#: modules a worker tidies per task: small enough that both workers finish together
_TIDY_BATCH = 50


class Tidier:
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
        self.workers = min(cpus(), 4)

    def __enter__(self) -> Tidier:
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
            self.pool = process_pool(self.workers)
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
