"""Render operations back to change-log page text (either page style).

The inverse of the parser, for property tests (IR -> page -> IR) and for
writing spec pages by hand. Takes parser-stage operations (inline structures,
no :class:`~codegen.core.ir.Ref`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from codegen.core.ir import ListOf, MapOf, Member, Operation, Scalar, Shape, StringShape, Structure
from codegen.stages.parse.doctree import UNION_NOTE

Style = Literal["classic", "colon"]
DOCUMENT = "{...}|[...]|123|123.4|'string'|True|None"


def render_page(
    title: str,
    date: str,
    operations: Sequence[Operation],
    summary: str = "Release notes.",
    style: Style = "classic",
) -> str:
    new = sum(op.status == "new" for op in operations)
    updated = len(operations) - new
    counts = " ".join(p for p in (f"{new} new" if new else "", f"{updated} updated" if updated else "") if p)
    out = [title, "", f"{date.replace('-', '/')} - {title} - {counts} api methods", "", f"Changes  {summary}", ""]
    for op in operations:
        out.extend(_operation(op, style))
    return "\n".join(out) + "\n"


def _operation(op: Operation, style: Style) -> list[str]:
    colon = ":" if style == "colon" else ""
    out = [f"{op.name} ({op.status}) Link ¶", ""]
    if op.doc:
        out += [op.doc, ""]
    out += ["See also: AWS API Documentation", "", "Request Syntax", ""]
    assert isinstance(op.input, Structure) and isinstance(op.output, Structure)
    if op.input.members:
        out.append(f"client.{op.method}(")
        items = list(op.input.members.items())
        for n, (name, m) in enumerate(items):
            value = _syntax(m.shape, 1, is_input=True)
            out.append(f"    {name}={value}" + ("," if n < len(items) - 1 else ""))
        out.append(")")
    else:
        out.append(f"client.{op.method}()")
    for name, m in op.input.members.items():
        out += [f"type {name}{colon}", "", _type_word(m.shape, True), "", f"param {name}{colon}", ""]
        if m.required:
            out += ["[REQUIRED]", ""]
        out += _doc_lines(m.doc, m.shape, 0)
        out += _bullets_of(m.shape, 2, is_input=True)
    out += [f"rtype{colon}", "", "dict" if not op.returns_none else "None", "", f"returns{colon}", ""]
    if op.returns_none:
        return out + ["None", ""]
    out += ["Response Syntax", "", _syntax(op.output, 0, is_input=False), "", "Response Structure", ""]
    out += ["  • (dict) --", ""]
    for name, m in op.output.members.items():
        out += _member_bullet(name, m, 4, is_input=False)
    return out


def _doc_lines(doc: str, shape: Shape, indent: int) -> list[str]:
    pad = " " * indent
    out = [pad + p for p in doc.split("\n\n") if p] if doc else []
    if isinstance(shape, Structure) and shape.kind == "union" and UNION_NOTE not in doc:
        out += [
            pad + "Note",
            pad
            + f"{UNION_NOTE}. Only one of the following top level keys can be set: "
            + ", ".join(shape.members)
            + ".",
        ]
    return [x for ln in out for x in (ln, "")]


def _member_bullet(
    name: str | None, m: Member | None, indent: int, is_input: bool, shape: Shape | None = None
) -> list[str]:
    shape = m.shape if m is not None else shape
    assert shape is not None
    label = f"{name} " if name else ""
    req = " [REQUIRED]" if m is not None and m.required else ""
    out = [" " * indent + f"• {label}({_type_word(shape, is_input)}) --{req}", ""]
    out += _doc_lines(m.doc if m is not None else "", shape, indent + 2)
    out += _bullets_of(shape, indent + 2, is_input)
    return out


def _bullets_of(shape: Shape, indent: int, is_input: bool) -> list[str]:
    if isinstance(shape, Structure):
        return [ln for k, m in shape.members.items() for ln in _member_bullet(k, m, indent, is_input)]
    if isinstance(shape, ListOf):
        return _member_bullet(None, None, indent, is_input, shape.member)
    if isinstance(shape, MapOf):
        return [" " * indent + "• (string) --", ""] + _member_bullet(None, None, indent + 2, is_input, shape.value)
    return []


def _type_word(shape: Shape, is_input: bool) -> str:
    if isinstance(shape, Structure):
        return ":class:`.EventStream`" if shape.eventstream else "dict"
    if isinstance(shape, MapOf):
        return "dict"
    if isinstance(shape, ListOf):
        return "list"
    if isinstance(shape, StringShape):
        return "string"
    if isinstance(shape, Scalar):
        if shape.type == "blob" and shape.streaming:
            return "bytes or seekable file-like object" if is_input else ":class:`.StreamingBody`"
        return {"timestamp": "datetime", "blob": "bytes", "document": ":ref:`document<document>`"}.get(
            shape.type, shape.type
        )
    raise TypeError(f"cannot render {shape!r}")


def _syntax(shape: Shape, level: int, is_input: bool) -> str:
    pad, inner = "    " * level, "    " * (level + 1)
    if isinstance(shape, Structure):
        if not shape.members:
            return "{}"
        items = list(shape.members.items())
        body = [
            f"{inner}{name!r}: {_syntax(m.shape, level + 1, is_input)}" + ("," if n < len(items) - 1 else "")
            for n, (name, m) in enumerate(items)
        ]
        text = "{\n" + "\n".join(body) + "\n" + pad + "}"
        return f"EventStream({text})" if shape.eventstream else text
    if isinstance(shape, ListOf):
        return "[\n" + inner + _syntax(shape.member, level + 1, is_input) + ",\n" + pad + "]"
    if isinstance(shape, MapOf):
        return "{\n" + inner + "'string': " + _syntax(shape.value, level + 1, is_input) + "\n" + pad + "}"
    if isinstance(shape, StringShape):
        return "|".join(repr(v) for v in shape.enum) if shape.enum else "'string'"
    if isinstance(shape, Scalar):
        if shape.type == "blob":
            if shape.streaming:
                return "b'bytes'|file" if is_input else "StreamingBody()"
            return "b'bytes'"
        return {
            "integer": "123",
            "float": "123.0",
            "boolean": "True|False",
            "timestamp": "datetime(2015, 1, 1)",
            "document": DOCUMENT,
        }[shape.type]
    raise TypeError(f"cannot render {shape!r}")
