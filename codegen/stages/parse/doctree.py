"""Doc trees: ``type X`` / ``param X`` blocks and Response Structure bullets.

The docs of a page form an indentation tree of member bullets::

      • Name (type) -- [REQUIRED]

        Paragraphs at two more spaces, and the member's own members below.

The tree is built from indentation alone. A bullet is a member bullet only when
it has the form ``• [Name ](type) --``; other bullets (lists inside a
description) are text of the member they are indented under.
"""

from __future__ import annotations

import re

import attrs

from codegen.core.artifacts import Block, ParamBlock

_BULLET = re.compile(r"^(?P<indent> *)• (?:(?P<name>[^\s()]+) )?\((?P<type>[^()]*|:[a-z]+:`[^`]*`)\) --(?P<rest>.*)$")
_SIMPLE_TYPE = re.compile(r"^[a-z][a-z ]*$")

#: type words the renderer prints, mapped to a category the syntax is checked against
TYPE_WORDS: dict[str, str] = {
    "string": "string",
    "dict": "dict",
    "list": "list",
    "integer": "integer",
    "long": "integer",
    "float": "float",
    "double": "float",
    "boolean": "boolean",
    "datetime": "timestamp",
    "timestamp": "timestamp",
    "bytes": "blob",
    "blob": "blob",
    "bytes or seekable file-like object": "streaming",
    ":class:`.StreamingBody`": "streaming",
    ":class:`.EventStream`": "eventstream",
    ":ref:`document<document>`": "document",
}

UNION_NOTE = "This is a Tagged Union structure"


@attrs.frozen
class DocNode:
    """A documented member (or list item / map key / map value when ``name`` is None)."""

    name: str | None
    type_word: str | None
    required: bool
    doc: str
    line: int
    children: tuple[DocNode, ...] = ()

    @property
    def is_union(self) -> bool:
        return UNION_NOTE in self.doc

    def child(self, name: str) -> DocNode | None:
        return next((c for c in self.children if c.name == name), None)

    def unnamed(self) -> DocNode | None:
        return next((c for c in self.children if c.name is None), None)


@attrs.define
class _Building:
    indent: int
    name: str | None
    type_word: str | None
    required: bool
    line: int
    text: list[str] = attrs.field(factory=list)
    children: list[_Building] = attrs.field(factory=list)

    def freeze(self) -> DocNode:
        return DocNode(
            self.name,
            self.type_word,
            self.required,
            _paragraphs(self.text),
            self.line,
            tuple(c.freeze() for c in self.children),
        )


def _paragraphs(lines: list[str]) -> str:
    paras: list[str] = []
    for ln in lines:
        if not ln:
            continue
        paras.append("- " + ln[1:].strip() if ln.startswith("•") else ln)
    return "\n\n".join(paras)


def member_bullet(line: str) -> tuple[int, str | None, str, str] | None:
    """``(indent, name, type word, rest)`` if ``line`` is a member bullet."""
    m = _BULLET.match(line)
    if m is None:
        return None
    tword = m["type"].strip()
    if tword not in TYPE_WORDS and not _SIMPLE_TYPE.match(tword):
        return None
    return len(m["indent"]), m["name"], tword, m["rest"]


def parse_bullets(block: Block, root: _Building) -> _Building:
    """Fill ``root`` with the text and member bullets of ``block``."""
    stack = [root]
    top = root
    for offset, raw in enumerate(block.lines):
        line = raw.rstrip()
        if not line:
            continue
        body = line.lstrip(" ")
        indent = len(line) - len(body)
        while indent <= top.indent and len(stack) > 1:
            stack.pop()
            top = stack[-1]
        # only a line whose text starts with "• " can be a member bullet (~1 line in 5)
        b = member_bullet(line) if body.startswith("• ") else None
        if b is not None:
            _, name, tword, rest = b
            node = _Building(indent, name, tword, "[REQUIRED]" in rest, block.line + offset)
            top.children.append(node)
            stack.append(node)
            top = node
        else:
            top.text.append(body.lstrip())
    return root


def param_tree(param: ParamBlock) -> DocNode:
    """The doc tree of one ``type X`` / ``param X`` block."""
    body = param.body.stripped()
    lines = list(body.lines)
    required = bool(lines) and lines[0].strip() == "[REQUIRED]"
    if required:
        body = Block(body.line + 1, tuple(lines[1:]))
    root = _Building(-1, param.name, param.type_text, required, param.line)
    return parse_bullets(body, root).freeze()


def response_tree(block: Block) -> DocNode | None:
    """The ``• (dict) --`` root of a Response Structure block (None if absent)."""
    root = parse_bullets(block, _Building(-1, None, None, False, block.line)).freeze()
    return root.unnamed()
