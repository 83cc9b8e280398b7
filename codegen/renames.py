"""Which classes a refresh of the committed models renames.

A shape the models lack is named after its place in the API (:mod:`codegen.stages.name`); once
the models know it, it takes AWS's name. ``python -m codegen snapshot`` merges the specs with
the old models and with the new ones, pairs the shapes that sit at the same place in both,
and keeps every derived name that changed in ``codegen/data/models/renames.json``, which
``python -m codegen api`` reads to report each of them as ``RENAMED (breaking)``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

Tree = dict[str, Any]


def renamed(before: Tree, after: Tree) -> dict[str, str]:
    """Derived shape names of IR ``before`` (its JSON form) -> the name the same place has in ``after``."""
    out: dict[str, str] = {}
    for op in sorted(before["operations"].keys() & after["operations"].keys()):
        for side in ("input", "output"):
            _walk(
                before["shapes"],
                after["shapes"],
                before["operations"][op][side],
                after["operations"][op][side],
                out,
                set(),
            )
    derived = {n for n, s in before["shapes"].items() if s.get("derived_from")}
    return {old: new for old, new in sorted(out.items()) if old in derived}


def _resolve(shapes: dict[str, Any], node: Tree) -> tuple[Tree, str | None]:
    name = None
    while "$ref" in node:
        name = node["$ref"]
        node = shapes[name]
    return node, name


def _walk(sa: dict[str, Any], sb: dict[str, Any], na: Tree, nb: Tree, out: dict[str, str], seen: set[str]) -> None:
    na, name_a = _resolve(sa, na)
    nb, name_b = _resolve(sb, nb)
    if name_a is not None and name_b is not None:
        if name_a != name_b:
            out.setdefault(name_a, name_b)
        if name_a in seen:
            return
        seen.add(name_a)
    kind = na.get("type")
    if kind != nb.get("type"):
        return
    if kind in ("structure", "union"):
        ma, mb = na.get("members", {}), nb.get("members", {})
        for k in sorted(ma.keys() & mb.keys()):
            _walk(sa, sb, ma[k]["shape"], mb[k]["shape"], out, seen)
    elif kind == "list":
        _walk(sa, sb, na["member"], nb["member"], out, seen)
    elif kind == "map":
        _walk(sa, sb, na["key"], nb["key"], out, seen)
        _walk(sa, sb, na["value"], nb["value"], out, seen)


def write(path: Path, old_release: str | None, new_release: str | None, by_service: dict[str, dict[str, str]]) -> None:
    data = {"from": old_release, "to": new_release, "renamed": by_service}
    path.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n", encoding="utf-8")


def read(path: Path) -> dict[str, str]:
    """Old class name -> new, over every service, from the last refresh (empty if none)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    out: dict[str, str] = {}
    for table in data.get("renamed", {}).values():
        out.update(table)
    return out
