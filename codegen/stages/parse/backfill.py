"""Fill what a page says it could not render, from the model the page links to.

Very large operations are printed as ``# This section is too large to render.
# Please see the AWS API Documentation linked below.`` in place of the Request
Syntax, the parameter docs or the Response Syntax. The page gives nothing for
those parts, so leaving them empty would lose real members. Only for those
parts, and only when botocore has the operation, the shape is taken from
botocore's model; every use is reported, and a page's Changes blocks are then
applied on top so ``since`` dates still come from the page. Parts the page does
render are never touched: the page stays the source of truth.
"""

from __future__ import annotations

import html
import re
from typing import Any, Literal

from codegen.core import botocore_model as bm
from codegen.core.artifacts import Fills, PageIR, Pending
from codegen.core.diagnostics import Report
from codegen.core.ir import ListOf, MapOf, Member, Operation, Recursive, Scalar, Shape, StringShape, Structure, replace
from codegen.stages.parse.build import Checker, apply_changes, mark_new

Path = tuple[str, ...]
_TAG = re.compile(r"<[^>]+>")


def backfill(pir: PageIR, model: Any, report: Report) -> tuple[PageIR, tuple[Pending, ...]]:
    """Fill the docs a page did not render; whole unrendered parts become :class:`Pending`."""
    if not any(op.unrendered for op in pir.operations.values()):
        return pir, ()
    ops = dict(pir.operations)
    pending: list[Pending] = []
    for name, op in pir.operations.items():
        if op.unrendered:
            ops[name], later = _fill(op, pir.page, model, report)
            pending += later
    return replace(pir, operations=ops), tuple(pending)


def _fill(op: Operation, page: Any, model: Any, report: Report) -> tuple[Operation, list[Pending]]:
    file = page.file
    parts = ", ".join(sorted(op.unrendered))
    bop = bm.operation(model, op.name)
    if bop is None:
        report.warn(
            file, None, f"{op.name}: the page does not render {parts} and botocore has no such operation; left empty"
        )
        return op, []
    report.warn(
        file,
        None,
        f"{op.name}: the page does not render {parts}; taken from botocore {bm.model_version(model.service_name) or '?'}'s model",
    )
    inp, out = op.input, op.output
    if "input-docs" in op.unrendered and "input" not in op.unrendered:
        inp = overlay(inp, bop.input_shape, is_input=True)
    if "output-docs" in op.unrendered and "output" not in op.unrendered:
        out = overlay(out, bop.output_shape, is_input=False)
    sides: tuple[tuple[Literal["input", "output"], str], ...] = (("input", "request"), ("output", "response"))
    pending = [
        Pending(
            service=model.service_name,
            op=op.name,
            side=side,
            new=op.status == "new",
            changes=tuple((data, line) for kind, data, line in op.deferred_changes if kind == wire),
            date=page.date,
            file=file,
        )
        for side, wire in sides
        if side in op.unrendered
    ]
    return replace(op, input=inp, output=out, deferred_changes=()), pending


def fill_pending(pending: list[Pending], report: Report) -> Fills:
    """(operation, side) -> the model's shape with every page's Changes applied, and its pages.

    Pages are applied oldest first: a new operation's page dates everything, then each later
    Changes block re-dates what it introduced.
    """
    groups: dict[tuple[str, str], list[Pending]] = {}
    for p in pending:
        groups.setdefault((p.op, p.side), []).append(p)
    out: Fills = {}
    for key, items in sorted(groups.items()):
        items.sort(key=lambda p: (p.date, p.file))
        bop = bm.operation(bm.service_model(items[0].service), items[0].op)
        b = bop.input_shape if items[0].side == "input" else bop.output_shape
        shape = convert(b, (), {}, is_input=items[0].side == "input")
        for p in items:
            if p.new:
                shape = mark_new(shape, p.date)
            ctx = Checker(p.file, report, p.op)
            for data, line in p.changes:
                shape = apply_changes(shape, data, p.date, ctx, line, (p.side,), grow=True)
        out[key] = (shape, items)
    return out


def doc_text(raw: str | None) -> str:
    """botocore's HTML documentation as plain paragraphs."""
    if not raw:
        return ""
    text = re.sub(r"</p>\s*<p>|<br\s*/?>|</li>\s*<li>", "\n\n", raw)
    text = html.unescape(_TAG.sub("", text))
    return "\n\n".join(p.strip() for p in text.split("\n\n") if p.strip())


def convert(b: Any, path: Path, seen: dict[str, Path], is_input: bool) -> Shape:
    """A botocore shape as an IR shape (recursion as the renderer prints it)."""
    if b is None:
        return Structure()
    t = b.type_name
    if t == "structure":
        if getattr(b, "is_document_type", False):
            return Scalar("document")
        if b.name in seen:
            return Recursive(target=seen[b.name])
        here = {**seen, b.name: path}
        required = set(b.required_members) if is_input else set()
        members = {
            k: Member(
                shape=convert(mb, path + (k,), here, is_input),
                required=k in required,
                doc=doc_text(mb.documentation),
                flags_from="model" if is_input else None,
                from_model=True,
            )
            for k, mb in b.members.items()
        }
        return Structure(
            members=members,
            kind="union" if getattr(b, "is_tagged_union", False) else "structure",
            eventstream=bool(b.serialization.get("eventstream")),
            doc=doc_text(b.documentation),
            from_model=True,
        )
    if t == "list":
        return ListOf(convert(b.member, path + ("[]",), seen, is_input))
    if t == "map":
        return MapOf(
            convert(b.key, path + ("{key}",), seen, is_input), convert(b.value, path + ("{}",), seen, is_input)
        )
    if t == "string":
        return StringShape(enum=tuple(b.enum) if b.enum else None, from_model=True)
    if t in ("integer", "long"):
        return Scalar("integer")
    if t in ("float", "double"):
        return Scalar("float")
    if t == "blob":
        return Scalar("blob", streaming=bool(b.serialization.get("streaming")))
    if t in ("boolean", "timestamp"):
        return Scalar(t)
    return Scalar("document")


def overlay(shape: Shape, b: Any, is_input: bool) -> Shape:
    """Add what only the unrendered docs would have said: required flags, unions, docs."""
    if b is None:
        return shape
    if isinstance(shape, Structure) and b.type_name == "structure":
        required = set(b.required_members) if is_input else set()
        members = {}
        for k, m in shape.members.items():
            mb = b.members.get(k)
            if mb is None:
                members[k] = m
                continue
            members[k] = replace(
                m,
                shape=overlay(m.shape, mb, is_input),
                required=k in required if is_input else m.required,
                flags_from="model" if is_input else m.flags_from,
                doc=m.doc or doc_text(mb.documentation),
            )
        kind = "union" if getattr(b, "is_tagged_union", False) else shape.kind
        return replace(shape, members=members, kind=kind, doc=shape.doc or doc_text(b.documentation))
    if isinstance(shape, ListOf) and b.type_name == "list":
        return ListOf(overlay(shape.member, b.member, is_input))
    if isinstance(shape, MapOf) and b.type_name == "map":
        key = shape.key
        # Request and Response Syntax print every map key as 'string'; only the docs would name
        # the values of an enum key, and those are the part the page did not render.
        if isinstance(key, StringShape) and key.enum is None and b.key is not None and b.key.enum:
            key = StringShape(enum=tuple(b.key.enum), from_model=True)
        return MapOf(key, overlay(shape.value, b.value, is_input))
    return shape
