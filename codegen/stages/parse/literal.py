"""Interpret the Python-literal blocks of a page with the standard library's ``ast``.

Request Syntax (``client.op(A='string', ...)``) and Response Syntax (a dict
display) become type trees of :mod:`codegen.core.ir` shapes. The Changes blocks are
plain literals (sets for new enum values, ``()`` for recursion) and are read
with :func:`ast.literal_eval`.
"""

from __future__ import annotations

import ast
import re
from typing import Any

from codegen.core.artifacts import Block
from codegen.core.diagnostics import SpecError
from codegen.core.ir import ListOf, MapOf, Member, Recursive, Scalar, Shape, StringShape, Structure

RECURSIVE_TEXT = "... recursive ..."
_DOCUMENT_PARTS = ("set", "list", "int", "float", "str", "True", "None")


# A chain of two or more quoted strings joined by '|': an enum. Python's parser nests such a
# chain one level per value and gives up near 3,000 values (EC2's InstanceType has 1,437), so
# chains are read here and handed to ast as one placeholder string each.
# (each quoted string is written as an unrolled loop, [^'\\]*(?:\\.[^'\\]*)*: one
# character class per run of plain characters instead of one alternation per character)
_Q = r"'[^'\\\n]*(?:\\.[^'\\\n]*)*'"
_ENUM_CHAIN = re.compile(rf"{_Q}(?:\|{_Q})+")
_QUOTED = re.compile(_Q)
_PLACEHOLDER = "__smtyped_enum_{}__"


def _unquote(quoted: str) -> str:
    # most values hold no escape: slicing is ~50x faster than literal_eval on the 700,000
    # values of the whole history
    return quoted[1:-1] if "\\" not in quoted else str(ast.literal_eval(quoted))


class _Ctx:
    def __init__(self, file: str, block: Block) -> None:
        self.file = file
        self.block = block
        self.enums: dict[str, tuple[str, ...]] = {}

    def collapse_enums(self, text: str) -> str:
        if "'|'" not in text:
            return text  # no chain to collapse

        def repl(m: re.Match[str]) -> str:
            chain = m.group(0)
            # without escapes no value holds a quote: the chain splits on its separators
            quoted = chain[1:-1].split("'|'") if "\\" not in chain else map(_unquote, _QUOTED.findall(chain))
            values = tuple(dict.fromkeys(quoted))
            key = _PLACEHOLDER.format(len(self.enums))
            self.enums[key] = values
            return repr(key)

        return _ENUM_CHAIN.sub(repl, text)

    def line(self, node: ast.AST) -> int:
        return self.block.line + getattr(node, "lineno", 1) - 1

    def fail(self, node: ast.AST | None, msg: str) -> SpecError:
        return SpecError(self.file, self.line(node) if node is not None else self.block.line, msg)


def _parse(text: str, ctx: _Ctx, what: str) -> ast.expr:
    try:
        tree = ast.parse(text, mode="eval")
    except SyntaxError as exc:
        line = ctx.block.line + (exc.lineno or 1) - 1
        raise SpecError(ctx.file, line, f"{what} is not a valid literal: {exc.msg}") from None
    except (ValueError, RecursionError, MemoryError) as exc:  # NUL bytes, absurd nesting
        raise SpecError(ctx.file, ctx.block.line, f"{what} cannot be parsed: {exc}") from None
    return tree.body


def parse_request(block: Block, file: str) -> tuple[str, Structure]:
    """``client.method(Name=..., ...)`` -> (method, input structure)."""
    ctx = _Ctx(file, block)
    node = _parse(ctx.collapse_enums(block.text), ctx, "Request Syntax")
    if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
        raise ctx.fail(node, "expected Request Syntax 'client.method(...)'")
    if node.args:
        raise ctx.fail(node.args[0], "expected keyword arguments only in Request Syntax")
    members: dict[str, Member] = {}
    for kw in node.keywords:
        if kw.arg is None:
            raise ctx.fail(kw.value, "expected 'Name=value' in Request Syntax, found '**'")
        if kw.arg in members:
            raise ctx.fail(kw.value, f"parameter {kw.arg} appears twice in Request Syntax")
        members[kw.arg] = Member(shape=_shape(kw.value, ctx), line=ctx.line(kw.value))
    return node.func.attr, Structure(members=members)


def parse_response(block: Block, file: str) -> Structure:
    """A Response Syntax dict display -> output structure."""
    ctx = _Ctx(file, block)
    node = _parse(ctx.collapse_enums(block.text), ctx, "Response Syntax")
    shape = _shape(node, ctx)
    if not isinstance(shape, Structure) or shape.eventstream:
        raise ctx.fail(node, "expected Response Syntax to be a dict of members")
    return shape


def parse_changes(block: Block, file: str) -> Any:
    """A Changes block -> nested dicts / lists / sets / strings / ``()``."""
    ctx = _Ctx(file, block)
    node = _parse(block.text, ctx, "Changes block")
    try:
        return ast.literal_eval(node)
    except (ValueError, TypeError, SyntaxError, RecursionError) as exc:
        raise ctx.fail(node, f"Changes block holds something that is not a literal: {exc}") from None


def _shape(node: ast.expr, ctx: _Ctx) -> Shape:
    if isinstance(node, ast.Dict):
        return _dict(node, ctx)
    if isinstance(node, ast.Set):
        if len(node.elts) == 1 and _is_str(node.elts[0], RECURSIVE_TEXT):
            return Recursive(line=ctx.line(node))
        if len(node.elts) == 1 and _is_ellipsis(node.elts[0]):
            # {...}: a structure the page elides (event-stream bodies print like that)
            return Structure(elided=True)
        raise ctx.fail(node, "expected a dict, a list or a scalar literal, found a set")
    if isinstance(node, ast.List):
        if len(node.elts) != 1:
            raise ctx.fail(node, f"expected a list with one example element, found {len(node.elts)}")
        return ListOf(_shape(node.elts[0], ctx))
    if isinstance(node, ast.Constant):
        return _constant(node, ctx)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        return _alternatives(node, ctx)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
        fname = node.func.id
        if fname == "datetime":
            return Scalar("timestamp")
        if fname == "StreamingBody" and not node.args:
            return Scalar("blob", streaming=True)
        if fname == "EventStream" and len(node.args) == 1 and isinstance(node.args[0], ast.Dict):
            inner = _dict(node.args[0], ctx)
            if not isinstance(inner, Structure):
                raise ctx.fail(node, "expected EventStream({...}) to hold event members")
            return Structure(members=inner.members, eventstream=True)
    raise ctx.fail(node, f"unknown literal {_source(node, ctx)!r}")


def _dict(node: ast.Dict, ctx: _Ctx) -> Shape:
    keys = node.keys
    if len(keys) == 1 and keys[0] is not None and _is_str(keys[0], "string"):
        return MapOf(StringShape(), _shape(node.values[0], ctx))
    members: dict[str, Member] = {}
    for k, v in zip(keys, node.values):
        if k is None or not (isinstance(k, ast.Constant) and isinstance(k.value, str)):
            raise ctx.fail(v, "expected a quoted member name as dict key")
        if k.value in members:
            raise ctx.fail(k, f"member {k.value} appears twice")
        members[k.value] = Member(shape=_shape(v, ctx), line=ctx.line(k))
    return Structure(members=members)


def _constant(node: ast.Constant, ctx: _Ctx) -> Shape:
    v = node.value
    if isinstance(v, bool):
        return Scalar("boolean")
    if isinstance(v, str):
        if v in ctx.enums:
            return StringShape(enum=ctx.enums[v])
        return StringShape() if v == "string" else StringShape(enum=(v,))
    if isinstance(v, int):
        return Scalar("integer")
    if isinstance(v, float):
        return Scalar("float")
    if isinstance(v, bytes):
        return Scalar("blob")
    if v is Ellipsis:  # older renderers print float members as '...'
        return Scalar("float")
    raise ctx.fail(node, f"unknown literal {v!r}")


def _flatten(node: ast.expr) -> list[ast.expr]:
    """The operands of an ``a|b|c`` chain, in order. Iterative: ``'a'|'b'|...`` is nested
    one level per value, and enums with thousands of values (EC2 instance types) would
    exceed Python's recursion limit."""
    out: list[ast.expr] = []
    stack = [node]
    while stack:
        n = stack.pop()
        if isinstance(n, ast.BinOp) and isinstance(n.op, ast.BitOr):
            stack.append(n.right)
            stack.append(n.left)
        else:
            out.append(n)
    return out


def _kind(node: ast.expr) -> str:
    if isinstance(node, ast.Constant):
        if node.value is None or isinstance(node.value, bool):
            return repr(node.value)
        return type(node.value).__name__
    if isinstance(node, ast.Set) and len(node.elts) == 1 and _is_ellipsis(node.elts[0]):
        return "set"
    if isinstance(node, ast.List) and len(node.elts) == 1 and _is_ellipsis(node.elts[0]):
        return "list"
    if isinstance(node, ast.Name):
        return "name:" + node.id
    return "?"


def _alternatives(node: ast.BinOp, ctx: _Ctx) -> Shape:
    parts = _flatten(node)
    kinds = [_kind(p) for p in parts]
    if all(k == "str" for k in kinds):
        # dict.fromkeys keeps page order and folds a value the renderer printed twice
        values = dict.fromkeys(str(p.value) for p in parts if isinstance(p, ast.Constant))
        return StringShape(enum=tuple(values))
    if kinds == ["True", "False"]:
        return Scalar("boolean")
    if kinds == ["bytes", "name:file"]:
        return Scalar("blob", streaming=True)
    if tuple(kinds) == _DOCUMENT_PARTS:
        return Scalar("document")
    raise ctx.fail(
        node,
        f"unknown literal {_source(node, ctx)!r}: expected an enum ('a'|'b'), "
        "True|False, b'bytes'|file or a document value",
    )


def _is_str(node: ast.expr, value: str) -> bool:
    return isinstance(node, ast.Constant) and node.value == value


def _is_ellipsis(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and node.value is Ellipsis


def _source(node: ast.expr, ctx: _Ctx) -> str:
    text = ast.get_source_segment(ctx.block.text, node) or ast.dump(node)
    return text if len(text) <= 80 else text[:77] + "..."
