"""A typed call for each operation's reference page, generated from the shapes.

The call passes every required keyword a sample value of its type (nested structures built
with their own required keywords, enums as one of their values), annotates the result with
its class, and shows the paginator and the waiters where the operation has them. The tests
type-check a sample of these snippets with ``mypy --strict``, so a page never shows a call
that does not type-check.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from codegen.core.ir import ListOf, MapOf, Operation, Ref, Scalar, Service, Shape, StringShape, Structure
from codegen.core.names import field_names
from codegen.core.targets import Target

#: how deep a sample builds nested required structures before it gives up (recursive shapes)
MAX_DEPTH = 8


class Unsampleable(Exception):
    """A required member has no finite sample (a shape that requires itself)."""


@attrs.frozen
class Extras:
    """What a page shows besides the call: the paginator and the waiters of the operation."""

    paginate: tuple[str, str] | None = None  # (item annotation, result key)
    waiters: Sequence[str] = ()  # wait_until_<name> methods that poll this operation


def typed_call(svc: Service, target: Target, op: Operation, extras: Extras = Extras()) -> str:
    """Python source of a typed call of ``op`` (a whole script: imports, client, call)."""
    assert isinstance(op.input, Ref) and isinstance(op.output, Ref)
    inp = svc.shapes[op.input.name]
    assert isinstance(inp, Structure)
    shapes: set[str] = {op.output.name}
    uses_datetime = [False]
    kwargs = _required_kwargs(svc, inp, shapes, uses_datetime, 0)
    var = "rt" if target.public.endswith(".runtime") else "sm"
    lines = []
    if uses_datetime[0]:
        lines.append("from datetime import datetime")
        lines.append("")
    client_module = target.public
    lines.append(f"from {client_module} import {target.client}")
    names = sorted(n for n in shapes if not isinstance(svc.shapes.get(n), StringShape))
    lines.append(f"from {client_module}.shapes import {', '.join(names)}")
    lines += ["", f'{var} = {target.client}(region_name="us-east-1")']
    call = f"{var}.{op.method}(" + _args(kwargs, 4) + ")"
    lines.append(f"result: {op.output.name} = {call}")
    if extras.paginate:
        item, key = extras.paginate
        plain = {k: v for k, v in kwargs if k not in ("next_token",)}
        lines += [
            f"for item in {var}.paginate_{op.method}(" + _args(list(plain.items()), 4) + "):  # every " + key,
            f"    print(item)  # {item}",
        ]
    for waiter in extras.waiters:  # polls until done; returns the last typed response (or None)
        lines.append(f"{var}.wait_until_{waiter}(" + _args(kwargs, 4) + ")")
    return "\n".join(lines) + "\n"


def _args(kwargs: list[tuple[str, str]], indent: int) -> str:
    if not kwargs:
        return ""
    pad = " " * indent
    return "\n" + "".join(f"{pad}{k}={v},\n" for k, v in kwargs)


def _required_kwargs(
    svc: Service, st: Structure, shapes: set[str], uses_datetime: list[bool], depth: int
) -> list[tuple[str, str]]:
    names = field_names(st.members)
    return [
        (names[w], _sample(svc, m.shape, shapes, uses_datetime, depth))
        for w, m in st.members.items()
        if m.required and not m.removed
    ]


def _sample(svc: Service, shape: Shape, shapes: set[str], uses_datetime: list[bool], depth: int) -> str:
    if depth > MAX_DEPTH:
        raise Unsampleable("a required member requires itself")
    if isinstance(shape, Ref):
        target = svc.shapes[shape.name]
        if isinstance(target, StringShape):
            values = [v for v in target.enum or () if v not in target.enum_removed]
            return repr(values[0]) if values else '"example"'
        if isinstance(target, Structure):
            shapes.add(shape.name)
            if target.kind == "union":  # one member, the first
                names = field_names(target.members)
                first = next((w for w, m in target.members.items() if not m.removed), None)
                if first is None:
                    return f"{shape.name}()"
                inner = _sample(svc, target.members[first].shape, shapes, uses_datetime, depth + 1)
                return f"{shape.name}({names[first]}={inner})"
            kwargs = _required_kwargs(svc, target, shapes, uses_datetime, depth + 1)
            return f"{shape.name}(" + ", ".join(f"{k}={v}" for k, v in kwargs) + ")"
        return "None"
    if isinstance(shape, ListOf):
        return f"[{_sample(svc, shape.member, shapes, uses_datetime, depth + 1)}]"
    if isinstance(shape, MapOf):
        return f'{{"key": {_sample(svc, shape.value, shapes, uses_datetime, depth + 1)}}}'
    if isinstance(shape, StringShape):
        return repr(shape.enum[0]) if shape.enum else '"example"'
    if isinstance(shape, Scalar):
        if shape.type == "timestamp":
            uses_datetime[0] = True
            return "datetime(2026, 1, 1)"
        return {"integer": "1", "float": "1.0", "boolean": "True", "blob": 'b"..."', "document": "{}"}[shape.type]
    return "None"
