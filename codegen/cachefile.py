"""Files of the generator's cache (``.cache/codegen``): written atomically, read forgivingly.

Every entry is only ever an optimisation: a parallel run must never read half a file, a
read-only checkout must not fail, and an entry another generator version wrote reads as
missing. Each cache (pages, merges, API tables, runs, wrapping, templates, formatted modules) goes
through these.
"""

from __future__ import annotations

import os
import pickle
import tempfile
from pathlib import Path
from typing import Any

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


def folder(path: Path) -> Path | None:
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
