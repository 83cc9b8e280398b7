"""Checks of the spec pages as a set: file names, duplicates, files that are not pages.

Each page is parsed on its own; these are the mistakes only visible across files: a page
saved under another release's date, the same release twice (under two names, or copied), and
files in a spec folder that are silently not read because they are not ``*.txt``.
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections.abc import Iterable, Sequence
from pathlib import Path

from codegen.diagnostics import Report
from codegen.naming import NamedPage

_DATE = re.compile(r"^(\d{4}-\d{2}-\d{2})")


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


def content_digest(path: Path) -> str:
    """The sha256 of a page's bytes, read once a process while the file stays the same (the run
    cache, the page cache and the duplicate-page check all need it: 67 MB for the history)."""
    st = path.stat()
    return _content_digest(str(path.resolve()), st.st_mtime_ns, st.st_size)


@functools.cache
def _content_digest(path: str, mtime_ns: int, size: int) -> str:
    with open(path, "rb") as fh:
        return hashlib.sha256(fh.read()).hexdigest()


def check_set(files: Sequence[Path], named: Sequence[NamedPage], report: Report) -> None:
    """Errors for a file named for another date, and for a release present twice."""
    by_date: dict[tuple[str, str], Path] = {}
    by_digest: dict[str, Path] = {}
    for path, page in zip(files, named):
        date = page.page.date
        m = _DATE.match(path.name)
        if m and m.group(1) != date:
            report.error(str(path), 1, f"the file name says {m.group(1)} but the page's header says {date}")
        key = (page.page.service, date)
        if key in by_date:
            report.error(str(path), 1, f"a second page for {date}: {by_date[key]} is the same release")
        else:
            by_date[key] = path
        digest = content_digest(path)
        if digest in by_digest:
            report.error(str(path), None, f"the same content as {by_digest[digest]}")
        else:
            by_digest[digest] = path
