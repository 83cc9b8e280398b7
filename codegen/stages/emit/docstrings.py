"""Docstrings of generated code from the pages' descriptions: wrapped, escaped, with dates and notes.

Pure functions of their text, shared by every kind of generated code (shapes, enums, methods).
"""

from __future__ import annotations

from collections.abc import Sequence

from codegen.core import botocore_model
from codegen.stages.emit.doctext import docstring_lines, fill_words


def _clean(text: str) -> str:
    return text.replace("\u00a0", " ").replace("\\", "\\\\").replace('"""', '\\"\\"\\"').strip()


def derived_note(name: str, place: str) -> str:
    """What a class whose name the models do not give says about its name."""
    return (
        f"The name ``{name}`` is derived from where the shape is used ({place}): the committed "
        f"botocore models (release {botocore_model.snapshot_version() or '?'}), where SageMaker's shape names "
        "come from, lack it. A refresh of the models (``python -m codegen snapshot``) may rename it; "
        "the public-API diff shows every rename."
    )


def first_paragraph(doc: str) -> str:
    return next((p for p in doc.split("\n\n") if p.strip() and p.strip() != "Note"), "").strip()


def since_note(since: str | None, introduced: bool, oldest: str, removed: str | None = None) -> str:
    parts = []
    if since and (introduced or since != oldest):
        parts.append(f"Since {since}.")
    if removed:
        parts.append(f"Not shown on pages from {removed} (kept for older data).")
    return " ".join(parts)


class Wrapping:
    """Docstring text wrapped for its place. Wrapping is a pure function of its arguments; the
    same member descriptions recur across many shapes and methods and from run to run, so the
    lines are kept in ``known``, which the pipeline may fill from its cache and save after a run
    (textwrap is most of a warm run's work)."""

    def __init__(self, known: dict[tuple[str, int, int], tuple[str, ...]] | None = None) -> None:
        #: (text, indent, width) -> lines; indent -1: a whole description (see doc_lines)
        self.known: dict[tuple[str, int, int], tuple[str, ...]] = dict(known or {})
        self._attributes: dict[tuple[str, str, str], str] = {}

    def wrap(self, text: str, indent: int, width: int = 100) -> tuple[str, ...]:
        """``text`` filled to ``width`` at ``indent`` (one paragraph)."""
        key = (text, indent, width)
        lines = self.known.get(key)
        if lines is None:
            lines = self.known[key] = tuple(fill_words(_clean(text), width - indent)) or ("",)
        return lines

    def doc_lines(self, doc: str, width: int) -> tuple[str, ...]:
        """:func:`codegen.stages.emit.doctext.docstring_lines` (a whole description: paragraphs, lists, notes)."""
        key = (doc, -1, width)
        lines = self.known.get(key)
        if lines is None:
            lines = self.known[key] = tuple(docstring_lines(doc, width))
        return lines

    def docstring(
        self,
        summary: str,
        sections: Sequence[tuple[str, Sequence[tuple[str, str]]]],
        indent: int,
        description: str = "",
    ) -> str:
        """A Google-style docstring body, wrapped and escaped (without the quotes): ``summary``,
        then every word of the page's ``description`` (paragraphs, lists, notes), then ``sections``."""
        pad = " " * indent
        lines = list(self.wrap(summary or "No description on the pages.", indent)) if summary or not description else []
        if description:
            if lines:
                lines.append("")
            lines += self.doc_lines(description, 100 - indent)
        for title, items in sections:
            if not items:
                continue
            lines += ["", f"{title}:"]
            for name, text in items:
                body = self.wrap(f"{name}: {text}" if text else f"{name}:", indent + 8)
                lines.append("    " + body[0])
                lines += ["        " + ln for ln in body[1:]]
        text = "\n".join((pad + ln.rstrip() if ln.strip() else "") for ln in lines)[len(pad) :]
        return text + ("\n" + pad if len(lines) > 1 else "")

    def attribute_docstring(self, doc: str, first: str = "", last: str = "") -> str:
        """The body of an attribute docstring in a class body (4 spaces in), wrapped at 100: every
        word of the page's description (lists as ``-`` items, ``Warning:`` sections), between
        ``first`` (a deprecation) and ``last`` (dates and notes) paragraphs."""
        key = (doc, first, last)
        found = self._attributes.get(key)
        if found is None:
            found = self._attributes[key] = self._attribute_docstring(doc, first, last)
        return found

    def _attribute_docstring(self, doc: str, first: str, last: str) -> str:
        lines: list[str] = []
        for part, structured in ((first, False), (doc, True), (last, False)):
            if not part:
                continue
            if lines:
                lines.append("")
            lines += self.doc_lines(part, 96) if structured else list(self.wrap(part, 4))
        if not lines:
            lines = ["No description on the pages."]
        if len(lines) == 1 and len(lines[0]) <= 100 - 4 - 6:
            return lines[0]
        return "\n    ".join(ln.rstrip() for ln in lines).replace("\n    \n", "\n\n") + "\n    "
