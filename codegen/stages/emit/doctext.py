"""The pages' descriptions as structured text: paragraphs, bullet lists, notes and warnings, links.

A description on a page is plain text: paragraphs separated by blank lines, list items that
start with ``•`` or ``-`` (indented two spaces a level), admonitions as a line ``Note`` or ``Warning``
alone followed by their text, and now and then a reST link `` `text <url>`__ ``. This module
reads that into blocks once, and renders them for the docs site (Markdown: lists, ``!!!``
admonitions, links) and for docstrings (plain text: ``-`` items, ``Warning:`` sections).
Nothing is cut: every word of the description is in both.
"""

from __future__ import annotations

import functools
import re
import textwrap
from typing import Union

import attrs

#: a paragraph that is only one of these words opens an admonition (its kind, lowercased)
ADMONITIONS = {"Note": "note", "Notes": "note", "Warning": "warning", "Important": "warning", "Tip": "tip"}
#: an item: ``•`` (operation descriptions) or ``-`` (member descriptions) and a space
_BULLET = re.compile(r"^(?P<indent>[ \u00a0]*)(?:[•●]\s?|- )(?P<text>.*)$", re.S)
_LINK = re.compile(r"`(?P<text>[^`<]*?)\s*<(?P<url>https?://[^>\s]+)>`__")
_URL = re.compile(r"(?<![(<\[])\bhttps?://[^\s)<>\]]+[^\s)<>\].,;:]")


@attrs.frozen
class Para:
    text: str


@attrs.frozen
class Item:
    text: str
    children: tuple[Item, ...] = ()


@attrs.frozen
class Bullets:
    items: tuple[Item, ...]


@attrs.frozen
class Admonition:
    kind: str  # "note", "warning", "tip"
    title: str  # as the page words it
    body: tuple[Block, ...]


Block = Union[Para, Bullets, Admonition]


@functools.lru_cache(maxsize=8192)
def blocks(doc: str) -> tuple[Block, ...]:
    """The blocks of a description, in order (cached: the same text recurs across shapes)."""
    chunks = [c.strip("\n") for c in re.split(r"\n\s*\n", doc.replace("\r", "")) if c.strip()]
    out: list[Block] = []
    i = 0
    while i < len(chunks):
        chunk = chunks[i]
        title = chunk.strip()
        if title in ADMONITIONS and i + 1 < len(chunks):
            if _BULLET.match(chunks[i + 1]):  # a note that holds a list: the list's items
                body, i = _bullets(chunks, i + 1)
                out.append(Admonition(ADMONITIONS[title], title, (body,)))
            else:
                out.append(Admonition(ADMONITIONS[title], title, (Para(_one_line(chunks[i + 1])),)))
                i += 2
            continue
        if _BULLET.match(chunk):
            bullets, i = _bullets(chunks, i)
            out.append(bullets)
            continue
        out.append(Para(_one_line(chunk)))
        i += 1
    return tuple(out)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _bullets(chunks: list[str], start: int) -> tuple[Bullets, int]:
    """The run of bullet chunks from ``start``, nested by indentation."""
    flat: list[tuple[int, str]] = []
    i = start
    while i < len(chunks):
        m = _BULLET.match(chunks[i])
        if m is None:
            break
        flat.append((len(m["indent"]), _one_line(m["text"])))
        i += 1
    return Bullets(_nest(flat, 0, len(flat))), i


def _nest(flat: list[tuple[int, str]], lo: int, hi: int) -> tuple[Item, ...]:
    items: list[Item] = []
    j = lo
    while j < hi:
        indent, text = flat[j]
        k = j + 1
        while k < hi and flat[k][0] > indent:
            k += 1
        items.append(Item(text, _nest(flat, j + 1, k)))
        j = k
    return tuple(items)


# -- the docs site (Markdown) --------------------------------------------------------------


def markdown(doc: str, indent: str = "") -> str:
    """Markdown for the docs site: lists as lists, notes and warnings as admonitions, links."""
    return "\n\n".join(_md_block(b, indent) for b in blocks(doc))


def _md_block(block: Block, indent: str) -> str:
    if isinstance(block, Para):
        return indent + md_inline(block.text)
    if isinstance(block, Bullets):
        return "\n".join(_md_items(block.items, indent))
    body = "\n\n".join(_md_block(b, indent + "    ") for b in block.body)
    return f'{indent}!!! {block.kind} "{block.title}"\n\n{body}'


def _md_items(items: tuple[Item, ...], indent: str) -> list[str]:
    lines: list[str] = []
    for item in items:
        lines.append(f"{indent}- {md_inline(item.text)}")
        if item.children:
            lines += _md_items(item.children, indent + "    ")
    return lines


_MD_SPECIAL = re.compile(r"([\\`*_\[\]#|])")


def md_inline(text: str) -> str:
    """One line of page text as Markdown: characters Markdown would read escaped, links kept."""
    out: list[str] = []
    pos = 0
    for m in _LINK.finditer(text):
        out.append(_md_escape(text[pos : m.start()]))
        label = m["text"].strip() or m["url"]
        out.append(f"[{_md_escape(label)}]({m['url']})")
        pos = m.end()
    out.append(_md_escape(text[pos:]))
    # what would open a blockquote or a list at the start of a paragraph is text on the page
    return _BLOCK_START.sub(lambda m: m[1] + (m[3] + "\\. " if m[3] else "\\" + m[2]), "".join(out))


_BLOCK_START = re.compile(r"^(\s*)(>|\+ |(\d+)\. )")


def _md_escape(text: str) -> str:
    parts: list[str] = []
    pos = 0
    for m in _URL.finditer(text):
        parts.append(_MD_SPECIAL.sub(r"\\\1", text[pos : m.start()]).replace("<", "&lt;"))
        parts.append(f"<{m.group(0)}>")
        pos = m.end()
    parts.append(_MD_SPECIAL.sub(r"\\\1", text[pos:]).replace("<", "&lt;"))
    return "".join(parts).replace("\u00a0", " ")


# -- docstrings (plain text) -----------------------------------------------------------------


def _unlink(text: str) -> str:
    return _LINK.sub(lambda m: f"{m['text'].strip()} ({m['url']})" if m["text"].strip() else m["url"], text)


def docstring_lines(doc: str, width: int) -> list[str]:
    """A description as docstring lines of at most ``width`` characters: paragraphs, ``-``
    items (indented two spaces a level), and ``Warning:`` / ``Note:`` sections."""
    lines: list[str] = []
    for block in blocks(doc):
        if lines:
            lines.append("")
        lines += _doc_block(block, width)
    return lines


def _doc_block(block: Block, width: int) -> list[str]:
    if isinstance(block, Para):
        return _fill(_unlink(block.text), width, "", "")
    if isinstance(block, Bullets):
        return _doc_items(block.items, width, "")
    out = [f"{block.title}:"]
    for b in block.body:
        out += ["    " + ln if ln else "" for ln in _doc_block(b, width - 4)]
    return out


def _doc_items(items: tuple[Item, ...], width: int, indent: str) -> list[str]:
    out: list[str] = []
    for item in items:
        out += _fill(_unlink(item.text), width, indent + "- ", indent + "  ")
        if item.children:
            out += _doc_items(item.children, width, indent + "  ")
    return out


def _fill(text: str, width: int, first: str, rest: str) -> list[str]:
    text = text.replace("\u00a0", " ").replace("\\", "\\\\").replace('"""', "'''")
    return fill_words(text, max(width, 20), first, rest) or [first.rstrip()]


# what makes a text other than words between single spaces: textwrap splits at ASCII
# whitespace but drops any chunk that str.strip() empties (a lone no-break space, say)
_IRREGULAR = re.compile(r"[^\S ]|  |^ | $")


def fill_words(text: str, width: int, first: str = "", rest: str = "") -> list[str]:
    """``textwrap.wrap(text, width, initial_indent=first, subsequent_indent=rest,
    break_long_words=False, break_on_hyphens=False)``, the same lines, faster.

    A description is words between single spaces: greedy filling of those is textwrap's
    result without its chunking machinery, which was a fifth of a cold render. Any other text
    (tabs, newlines, runs of spaces, spaces at either end) goes to textwrap itself.
    """
    if not text:
        return []
    if _IRREGULAR.search(text) or width <= len(first) or width <= len(rest):
        return textwrap.wrap(
            text,
            width=width,
            initial_indent=first,
            subsequent_indent=rest,
            break_long_words=False,
            break_on_hyphens=False,
        )
    lines: list[str] = []
    indent, room = first, width - len(first)
    line: list[str] = []
    used = 0
    for word in text.split(" "):
        if not line:
            line, used = [word], len(word)  # a word longer than the line stands alone on it
        elif used + 1 + len(word) <= room:
            line.append(word)
            used += 1 + len(word)
        else:
            lines.append(indent + " ".join(line))
            indent, room = rest, width - len(rest)
            line, used = [word], len(word)
    lines.append(indent + " ".join(line))
    return lines
