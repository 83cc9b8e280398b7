"""Compare an operation of the IR (as JSON) with a corpus `.truth.json` node.

Written independently of codegen (it reads only the documented JSON form), so
the corpus test checks the parser against the service models, not against
itself. Returns one line per mismatch, naming the operation and member path.
"""

from __future__ import annotations

from typing import Any

NORM = {"long": "integer", "double": "float"}


def compare(
    truth: dict[str, Any] | None, ir: dict[str, Any], shapes: dict[str, Any], path: str, is_input: bool
) -> list[str]:
    truth = truth or {"type": "structure", "members": []}
    out: list[str] = []
    seen = 0
    while "$ref" in ir and seen < 100:
        ir = shapes[ir["$ref"]]
        seen += 1
    t = NORM.get(truth["type"], truth["type"])
    if ir.get("type") != t:
        return [f"{path}: type {ir.get('type')!r}, truth {t!r}"]
    if truth.get("recursive"):
        return out
    if t in ("structure", "union"):
        if bool(truth.get("eventstream")) != bool(ir.get("eventstream")):
            out.append(f"{path}: eventstream flag differs")
        tm = {m["name"]: m for m in truth.get("members") or []}
        im = ir["members"]
        out += [f"{path}.{n}: missing" for n in sorted(tm.keys() - im.keys())]
        out += [f"{path}.{n}: not in truth" for n in sorted(im.keys() - tm.keys())]
        for n in sorted(tm.keys() & im.keys()):
            if is_input and bool(tm[n].get("required")) != im[n]["required"]:
                out.append(f"{path}.{n}: required {im[n]['required']}, truth {bool(tm[n].get('required'))}")
            out += compare(tm[n], im[n]["shape"], shapes, f"{path}.{n}", is_input)
    elif t == "list":
        out += compare(truth["element"], ir["member"], shapes, f"{path}[]", is_input)
    elif t == "map":
        key_truth = truth["key"]
        if not ir["key"].get("enum"):  # pages print every map key as 'string': an enum key is invisible
            key_truth = {k: v for k, v in key_truth.items() if k != "enum"}
        out += compare(key_truth, ir["key"], shapes, f"{path}{{key}}", is_input)
        out += compare(truth["value"], ir["value"], shapes, f"{path}{{}}", is_input)
    elif t == "string":
        want, got = set(truth.get("enum") or []), set(ir.get("enum") or [])
        # filled from the installed botocore, newer than the page: it may know more values
        if ir.get("from_model") and want <= got:
            pass
        elif want != got:
            out.append(f"{path}: enum differs")
    elif t == "blob" and is_input and ir.get("streaming") and not truth.get("streaming"):
        pass  # pages print every payload blob as b'bytes'|file, streaming trait or not
    elif t == "blob" and bool(truth.get("streaming")) != bool(ir.get("streaming")):
        out.append(f"{path}: streaming {bool(ir.get('streaming'))}, truth {bool(truth.get('streaming'))}")
    return out
