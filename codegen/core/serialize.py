"""The IR as JSON (the form ``python -m codegen ir --json`` prints)."""

from __future__ import annotations

from typing import Any

from codegen.core.ir import ListOf, MapOf, Member, Recursive, Ref, Scalar, Service, Shape, StringShape, Structure


def service_json(svc: Service, botocore: dict[str, Any] | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {
        "service": svc.title,
        "pages": [
            {"file": p.file, "date": p.date, "declared": p.declared, "found": p.found, "summary": p.summary}
            for p in svc.pages
        ],
        "operations": {
            name: {
                "method": op.method,
                "status": op.status,
                "doc": op.doc,
                "since": op.since,
                "introduced": op.introduced,
                "page": op.page,
                "input": shape_json(op.input),
                "output": shape_json(op.output),
                **({"unrendered": sorted(op.unrendered)} if op.unrendered else {}),
            }
            for name, op in svc.operations.items()
        },
        "shapes": {name: shape_json(s) for name, s in svc.shapes.items()},
    }
    if botocore is not None:
        out["botocore"] = botocore
    return out


def shape_json(shape: Shape) -> dict[str, Any]:
    if isinstance(shape, Ref):
        return {"$ref": shape.name}
    if isinstance(shape, Structure):
        d: dict[str, Any] = {"type": shape.kind, "name": shape.name}
        if shape.eventstream:
            d["eventstream"] = True
        if shape.from_model:  # the page said "too large to render": filled from botocore's model
            d["from_model"] = True
        if shape.derived_from:  # the models lack the shape: its name comes from this place
            d["derived_from"] = shape.derived_from
        d["members"] = {k: member_json(m) for k, m in shape.members.items()}
        return d
    if isinstance(shape, ListOf):
        return {"type": "list", "member": shape_json(shape.member)}
    if isinstance(shape, MapOf):
        return {"type": "map", "key": shape_json(shape.key), "value": shape_json(shape.value)}
    if isinstance(shape, StringShape):
        # a removed value leaves "enum" (it is no longer part of the API) and is listed, dated,
        # in "enum_removed"; "enum_since" dates every value the history knows, removed or not
        current = [v for v in shape.enum or () if v not in shape.enum_removed]
        d = {"type": "string", "enum": current or None, "enum_since": dict(shape.enum_since)}
        if shape.name:
            d["name"] = shape.name
        if shape.enum_removed:
            d["enum_removed"] = dict(shape.enum_removed)
        if shape.from_model:
            d["from_model"] = True
        if shape.derived_from:
            d["derived_from"] = shape.derived_from
        return d
    if isinstance(shape, Scalar):
        d = {"type": shape.type}
        if shape.type == "blob" and shape.streaming:
            d["streaming"] = True
        return d
    if isinstance(shape, Recursive):  # only before naming; named IRs hold Refs
        return {"type": "structure", "name": None, "members": {}, "recursive": True}
    raise TypeError(f"not a shape: {shape!r}")


def member_json(m: Member) -> dict[str, Any]:
    d: dict[str, Any] = {
        "shape": shape_json(m.shape),
        "required": m.required,
        "doc": m.doc,
        "since": m.since,
    }
    if m.removed:
        d["removed"] = m.removed
    if m.introduced:
        d["introduced"] = True
    if m.from_model:  # no page shows it: taken from botocore's model for an unrendered part
        d["from_model"] = True
    return d
