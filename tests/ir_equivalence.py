"""Two merged IRs (their documented JSON form) compared as the API they describe, names aside.

Generation reads shape names from botocore's model; a model older than the pages lacks the
newest shapes, whose names are then derived from member paths. Everything else must not
depend on which model was committed: members, types, required flags, enum values, and the
history (``since`` / ``removed`` of operations, members and values). This module walks each
operation's input and output with every ``$ref`` inlined and reports where two IRs differ.
Docs and ``from_model`` are left out: a model only ever adds docs and marks where they came from.
"""

from __future__ import annotations

from typing import Any

Tree = dict[str, Any]


def _resolve(shapes: dict[str, Any], node: Tree) -> tuple[Tree, str | None]:
    name = None
    while "$ref" in node:
        name = node["$ref"]
        node = shapes[name]
    return node, name


def differences(a: Tree, b: Tree) -> list[str]:
    """Every difference between IRs ``a`` and ``b`` (empty: the same API and history)."""
    out: list[str] = []
    ops_a, ops_b = a["operations"], b["operations"]
    out += [f"{op}: operation only in the first" for op in sorted(ops_a.keys() - ops_b.keys())]
    out += [f"{op}: operation only in the second" for op in sorted(ops_b.keys() - ops_a.keys())]
    for op in sorted(ops_a.keys() & ops_b.keys()):
        oa, ob = ops_a[op], ops_b[op]
        for key in ("method", "status", "since"):
            if oa.get(key) != ob.get(key):
                out.append(f"{op}: {key} {oa.get(key)!r} != {ob.get(key)!r}")
        for side in ("input", "output"):
            out += _compare(a["shapes"], b["shapes"], oa[side], ob[side], f"{op}.{side}", frozenset())
    return out


def _compare(sa: dict[str, Any], sb: dict[str, Any], na: Tree, nb: Tree, path: str, seen: frozenset[str]) -> list[str]:
    na, name_a = _resolve(sa, na)
    nb, name_b = _resolve(sb, nb)
    if na.get("type") != nb.get("type"):
        return [f"{path}: type {na.get('type')!r} != {nb.get('type')!r}"]
    key = f"{name_a}|{name_b}"
    if name_a is not None and key in seen:  # re-entered on its own path
        return []
    seen = seen | {key}
    out: list[str] = []
    t = na.get("type")
    if t in ("structure", "union"):
        for flag in ("eventstream",):
            if bool(na.get(flag)) != bool(nb.get(flag)):
                out.append(f"{path}: {flag} {na.get(flag)!r} != {nb.get(flag)!r}")
        ma, mb = na.get("members", {}), nb.get("members", {})
        out += [f"{path}.{k}: only in the first" for k in sorted(ma.keys() - mb.keys())]
        out += [f"{path}.{k}: only in the second" for k in sorted(mb.keys() - ma.keys())]
        for k in sorted(ma.keys() & mb.keys()):
            x, y = ma[k], mb[k]
            for attr in ("required", "since", "removed", "introduced"):
                if x.get(attr) != y.get(attr):
                    out.append(f"{path}.{k}: {attr} {x.get(attr)!r} != {y.get(attr)!r}")
            out += _compare(sa, sb, x["shape"], y["shape"], f"{path}.{k}", seen)
    elif t == "list":
        out += _compare(sa, sb, na["member"], nb["member"], f"{path}[]", seen)
    elif t == "map":
        out += _compare(sa, sb, na["key"], nb["key"], f"{path}{{key}}", seen)
        out += _compare(sa, sb, na["value"], nb["value"], f"{path}{{}}", seen)
    elif t == "string":
        for attr in ("enum", "enum_since", "enum_removed"):
            x, y = na.get(attr), nb.get(attr)
            if attr == "enum":
                x, y = sorted(x or ()), sorted(y or ())
            if x != y:
                out.append(f"{path}: {attr} {x!r} != {y!r}")
    elif na != nb:
        out.append(f"{path}: {na!r} != {nb!r}")
    return out
