"""Compare the merged IR (its documented JSON form) with a botocore service model (raw JSON).

Written apart from codegen (it reads only the two JSON documents), so the test that uses it
checks what the pages say against the service model, not the generator against itself.

Compared: members (removed ones left out), types (long as integer, double as float: pages
print both alike), enum values (removed ones left out), input ``required`` flags, list/map
structure, blob streaming and the event-stream flag. Not compared: output requiredness, which
pages never show. A shape re-entered on its own path is compared once.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

NORM = {"long": "integer", "double": "float"}


def load_model(path: Path) -> dict[str, Any]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as fh:
        data: dict[str, Any] = json.load(fh)
    return data


class Comparer:
    def __init__(self, model: dict[str, Any], ir: dict[str, Any]) -> None:
        self.mshapes: dict[str, Any] = model["shapes"]
        self.mops: dict[str, Any] = model["operations"]
        self.ishapes: dict[str, Any] = ir["shapes"]
        self.iops: dict[str, Any] = ir["operations"]

    def operation(self, name: str) -> list[str]:
        """Every difference for one operation (empty: exact)."""
        mop = self.mops[name]
        iop = self.iops.get(name)
        if iop is None:
            return [f"{name}: operation missing"]
        out: list[str] = []
        for side, is_input in (("input", True), ("output", False)):
            ref = mop.get(side)
            mshape = self.mshapes[ref["shape"]] if ref else {"type": "structure", "members": {}}
            out += self.compare(mshape, iop[side], f"{name}.{side}", is_input, frozenset())
        return out

    def _resolve(self, node: dict[str, Any]) -> dict[str, Any]:
        for _ in range(100):
            if "$ref" not in node:
                break
            node = self.ishapes[node["$ref"]]
        return node

    def compare(
        self, m: dict[str, Any], ir: dict[str, Any], path: str, is_input: bool, seen: frozenset[int]
    ) -> list[str]:
        ir = self._resolve(ir)
        mt = NORM.get(m["type"], m["type"])
        if mt == "structure" and m.get("document"):
            mt = "document"
        if mt == "structure" and m.get("union"):
            mt = "union"
        it = ir.get("type")
        if it != mt:
            return [f"{path}: type {it!r}, model {mt!r}"]
        if id(m) in seen:  # re-entered on its own path: the page prints it once
            return []
        seen = seen | {id(m)}
        out: list[str] = []
        if mt in ("structure", "union"):
            if bool(m.get("eventstream")) != bool(ir.get("eventstream")):
                out.append(f"{path}: eventstream {bool(ir.get('eventstream'))}, model {bool(m.get('eventstream'))}")
            mm = m.get("members", {})
            im = {k: v for k, v in ir.get("members", {}).items() if not v.get("removed")}
            out += [f"{path}.{k}: missing" for k in sorted(mm.keys() - im.keys())]
            out += [f"{path}.{k}: not in model" for k in sorted(im.keys() - mm.keys())]
            required = set(m.get("required", []))
            for k in sorted(mm.keys() & im.keys()):
                if is_input and (k in required) != bool(im[k].get("required")):
                    out.append(f"{path}.{k}: required {bool(im[k].get('required'))}, model {k in required}")
                out += self.compare(self.mshapes[mm[k]["shape"]], im[k]["shape"], f"{path}.{k}", is_input, seen)
        elif mt == "list":
            out += self.compare(self.mshapes[m["member"]["shape"]], ir["member"], f"{path}[]", is_input, seen)
        elif mt == "map":
            out += self.compare(self.mshapes[m["key"]["shape"]], ir["key"], f"{path}{{key}}", is_input, seen)
            out += self.compare(self.mshapes[m["value"]["shape"]], ir["value"], f"{path}{{}}", is_input, seen)
        elif mt == "string":
            want, got = set(m.get("enum") or ()), set(ir.get("enum") or ())
            if want != got:
                out.append(f"{path}: enum missing {sorted(want - got)[:6]} extra {sorted(got - want)[:6]}")
        elif mt == "blob" and bool(m.get("streaming")) != bool(ir.get("streaming")):
            out.append(f"{path}: streaming {bool(ir.get('streaming'))}, model {bool(m.get('streaming'))}")
        return out


def compare_all(model: dict[str, Any], ir: dict[str, Any]) -> dict[str, list[str]]:
    """operation -> differences, for every operation of the model."""
    c = Comparer(model, ir)
    return {name: c.operation(name) for name in sorted(model["operations"])}


if __name__ == "__main__":  # python tests/model_compare.py MODEL.json.gz IR.json
    import sys

    diffs = compare_all(load_model(Path(sys.argv[1])), json.loads(Path(sys.argv[2]).read_text()))
    bad = {k: v for k, v in diffs.items() if v}
    for v in bad.values():
        for line in v[:8]:
            print(line)
        if len(v) > 8:
            print(f"  ... {len(v) - 8} more")
    print(f"{len(diffs) - len(bad)}/{len(diffs)} operations exact")
