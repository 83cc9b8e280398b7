"""What a regeneration adds to and removes from the API, read off the history tables.

The generated ``_history.py`` lists every operation, member and enum value with its dates,
so the committed output is the "before" of any regeneration. Every run prints the
difference, even with ``--quiet``; an operation never leaves the API through a page (the
change logs do not remove operations), so one that disappears means a page was deleted or
cut short, and generation stops.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import attrs

from codegen import cache as caching


@attrs.frozen
class ApiDiff:
    added: dict[str, list[str]]  # kind ("operations", "members", "enum values") -> names
    removed: dict[str, list[str]]
    #: names the history gained in this run already removed (a page added them, a later one
    #: took them away): counted as removed, so an addition lost within one run cannot hide
    transient: dict[str, str] = attrs.field(factory=dict)

    @property
    def lost_operations(self) -> list[str]:
        return self.removed.get("operations", [])

    def summary(self) -> str:
        def counts(side: dict[str, list[str]]) -> str:
            return ", ".join(f"{len(side.get(k, []))} {k}" for k in KINDS)

        return f"API changes: added {counts(self.added)}; removed {counts(self.removed)}"

    def removed_lines(self) -> list[str]:
        return [
            f"removed {kind[:-1]}: {name}" + (f" ({self.transient[name]})" if name in self.transient else "")
            for kind in KINDS
            for name in self.removed.get(kind, [])
        ]


KINDS = ("operations", "members", "enum values")


def api_names(tables: dict[str, Any], with_removed: bool = False) -> dict[str, dict[str, tuple[Any, ...]]]:
    """kind -> name -> its dates ``(since, removed, ...)``: the names the API has now, or with
    ``with_removed`` every name its history knows."""
    ops = {str(v[0]): ("", None) for v in tables["operations"].values()}
    members = {
        f"{shape}.{attr}": tuple(d)
        for shape, fields in tables["shapes"].items()
        for attr, d in fields.items()
        if with_removed or not d[1]
    }
    values = {
        f"{enum} {value!r}": tuple(d)
        for enum, vals in tables["enums"].items()
        for value, d in vals.items()
        if with_removed or not d[1]
    }
    return {"operations": ops, "members": members, "enum values": values}


def tables_of(history_tables: dict[str, Any]) -> dict[str, Any]:
    """The emitter's history tables (lists of pairs) as the dicts ``_history.py`` holds."""
    return {
        "shapes": {shape: dict(fields) for shape, fields in history_tables["shapes"]},
        "enums": {enum: dict(values) for enum, values in history_tables["enums"]},
        "operations": dict(history_tables["operations"]),
    }


def history_key(hashes: dict[str, str]) -> str | None:
    """The key of a run's history tables: a digest of its ``_history/`` modules' content hashes
    (``hashes``: relative path -> sha256 hex, as the file sync reports them)."""
    rows = sorted((rel, h) for rel, h in hashes.items() if rel.startswith("_history/") and rel.endswith(".py"))
    if not rows:
        return None
    return hashlib.sha256("\n".join(f"{rel} {h}" for rel, h in rows).encode()).hexdigest()


def read_generated(out: Path, cache: Path | None = None) -> dict[str, Any] | None:
    """The tables of an earlier run's ``_history`` package under ``out`` (None if there is none;
    an output older than the package layout has them in one ``_history.py``).

    Compiling the 600 KB of tables costs a quarter of a second; the run that wrote them left
    them in ``cache`` (see :func:`remember_tables`), keyed by :func:`history_key`.
    """
    folder = out / "_history"
    files = sorted(folder.glob("*.py")) if folder.is_dir() else []
    if not files and (out / "_history.py").exists():
        files = [out / "_history.py"]
    if not files:
        return None
    datas = {f.relative_to(out).as_posix(): f.read_bytes() for f in files}
    if cache is not None:
        key = history_key({rel: hashlib.sha256(data).hexdigest() for rel, data in datas.items()})
        if key is None:  # the one-file layout
            key = hashlib.sha256(next(iter(datas.values()))).hexdigest()
        tables: dict[str, Any] | None = caching.read_pickle(cache / f"{key}.pickle")
        if tables is not None:
            return tables
    merged: dict[str, Any] = {"shapes": {}, "enums": {}, "operations": {}}
    for rel, data in datas.items():
        if rel.endswith("__init__.py"):
            continue  # it joins the others' tables
        scope: dict[str, Any] = {}
        exec(compile(data.decode("utf-8"), str(out / rel), "exec"), scope)  # our own generated literals
        for kind in merged:
            merged[kind].update(scope.get(kind.upper(), {}))
    return merged


def remember_tables(cache: Path | None, key: str | None, tables: dict[str, Any]) -> None:
    """Keep ``tables`` for the next run's :func:`read_generated`; ``key`` is the run's
    :func:`history_key`."""
    if cache is not None and key is not None:
        caching.write_pickle(cache / f"{key}.pickle", tables)


def diff(old: dict[str, Any] | None, new: dict[str, Any]) -> ApiDiff:
    """What the API gained and lost between two history tables (the merged histories before and
    after a regeneration: an addition and its removal within one run show as a removal)."""
    after, after_all = api_names(new), api_names(new, with_removed=True)
    empty: dict[str, dict[str, tuple[Any, ...]]] = {k: {} for k in KINDS}
    before = api_names(old) if old is not None else empty
    before_all = api_names(old, with_removed=True) if old is not None else empty
    transient: dict[str, str] = {}
    removed: dict[str, list[str]] = {}
    for k in KINDS:
        gone = set(before[k]) - set(after[k])
        for name in set(after_all[k]) - set(before_all[k]) - set(after[k]):
            since, until = after_all[k][name][:2]
            transient[name] = f"added {since or 'on an unknown date'} and removed {until} by pages new in this run"
            gone.add(name)
        removed[k] = sorted(gone)
    return ApiDiff(
        added={k: sorted(set(after[k]) - set(before[k])) for k in KINDS},
        removed=removed,
        transient=transient,
    )
