"""Checks of the spec pages as a set: file names and duplicates.

Each page is parsed on its own; these are the mistakes only visible across files: a page
saved under another release's date and the same release twice (under two names, or copied).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from codegen.core.artifacts import NamedPage
from codegen.core.diagnostics import Report

_DATE = re.compile(r"^(\d{4}-\d{2}-\d{2})")


def check_set(files: Sequence[Path], digests: Sequence[str], named: Sequence[NamedPage], report: Report) -> None:
    """Errors for a file named for another date, and for a release present twice (``digests``:
    of each file's bytes)."""
    by_date: dict[tuple[str, str], Path] = {}
    by_digest: dict[str, Path] = {}
    for path, digest, page in zip(files, digests, named):
        date = page.page.date
        m = _DATE.match(path.name)
        if m and m.group(1) != date:
            report.error(str(path), 1, f"the file name says {m.group(1)} but the page's header says {date}")
        key = (page.page.service, date)
        if key in by_date:
            report.error(str(path), 1, f"a second page for {date}: {by_date[key]} is the same release")
        else:
            by_date[key] = path
        if digest in by_digest:
            report.error(str(path), None, f"the same content as {by_digest[digest]}")
        else:
            by_digest[digest] = path
