"""The codegen's fast paths find exactly what the simple line-by-line code they replaced found."""

from __future__ import annotations

import re
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from codegen import pipeline, workers
from codegen.stages import read as pages
from codegen.stages.emit import imports
from codegen.stages.emit.doctext import fill_words
from codegen.stages.emit.render import tidy

#: lines near the markers' patterns: exact, with spaces, tabs, vertical tabs and non-breaking
#: spaces around them, indented, and lookalikes that must not match
LINES = [
    "CreateModel (new) Link ¶",
    "CreateModel (updated)\u00a0Link\u00a0¶",
    "CreateModel (new) Link ¶ \t",
    "CreateModel (new) Link ¶\x0b",
    " CreateModel (new) Link ¶",
    "CreateModel (new) Link ¶ x",
    "Request Syntax",
    "**Request Syntax**",
    "**Response Syntax** ",
    "Response Structure\u00a0",
    " Request Syntax",
    "type Name",
    "type Name:",
    "type  Name",
    "typeName",
    "rtype",
    "rtype:",
    "returns",
    "returns: x",
    "  **Parameters**",
    "\t**Parameters** ",
    "**Parameters**x",
    "",
    " ",
    "text",
    "• Name (string) --",
]
MARKERS = [
    pages._REQ_SYNTAX,
    pages._RESP_SYNTAX,
    pages._RESP_STRUCT,
    pages._TYPE,
    pages._RTYPE,
    pages._RETURNS,
    pages._PARAMETERS,
]


@given(st.lists(st.sampled_from(LINES), max_size=40))
def test_whole_text_scans_find_the_lines_the_line_patterns_match(lines: list[str]) -> None:
    text = "\n".join(lines)
    headers = [i for i, ln in enumerate(lines) if pages._OP_HEADER.match(pages._norm(ln))]
    assert pages._lines_matching(pages._norm(text), pages._OP_HEADER_LINES) == headers
    markers = pages._lines_matching(text, pages._MARKER_LINES)
    wanted = [i for i, ln in enumerate(lines) if any(p.match(ln) for p in MARKERS)]
    assert set(wanted) <= set(markers)  # a superset: each is checked with its own pattern


@given(st.lists(st.sampled_from(["a", "ab", "_a", "a_", "1a", "a1", ".a", "a.", " ", "(", "é"]), max_size=12))
def test_the_word_search_agrees_with_a_word_boundary_regex(parts: list[str]) -> None:
    text = "".join(parts)
    assert imports._has_word(text, "a") == bool(re.search(r"(?<!\w)a(?!\w)", text))


def _rendered(n: int, fail_at: int | None = None) -> Iterator[tuple[str, str]]:
    for i in range(n):
        if i == fail_at:
            raise RuntimeError("template failed")
        yield (
            f"pkg/m{i}.py",
            f"from typing import Any, ClassVar\nimport builtins\n\nx: {'Any' if i % 2 else 'int'} = {i}\n",
        )


def _no_format(folder: Path) -> None:
    pass


def test_modules_rendered_one_by_one_are_tidied_in_workers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SMTYPED_CODEGEN_CACHE", "off")
    n = workers._PARALLEL_TIDY_FROM + 3 * workers._TIDY_BATCH + 7  # a pool, several batches, a rest
    where = pipeline.format_files(_rendered(n), tmp_path / "stage", _no_format, tidy)
    assert len(where) == n
    assert where["pkg/m1.py"].read_text() == "from typing import Any\n\nx: Any = 1\n"
    for rel, text in _rendered(n):  # every batch, the last (smaller) one too, tidied as in-process
        assert where[rel].read_text() == tidy(rel, text)


def test_a_render_that_fails_midway_stops_the_workers_and_surfaces(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SMTYPED_CODEGEN_CACHE", "off")
    with pytest.raises(RuntimeError, match="template failed"):
        pipeline.format_files(_rendered(500, fail_at=400), tmp_path / "stage", _no_format, tidy)


def test_a_module_rendered_twice_is_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SMTYPED_CODEGEN_CACHE", "off")
    twice = [("m.py", "x = 1\n"), ("m.py", "x = 2\n")]
    with pytest.raises(ValueError, match=r"m\.py is rendered twice"):
        pipeline.format_files(twice, tmp_path / "stage", _no_format, tidy)


#: words of descriptions, and what is not a plain word: textwrap's separators, no-break and
#: other Unicode spaces (str.strip() empties them), hyphens, words longer than a line
_WORDS = st.sampled_from(
    ["a", "the", "SageMaker", "x" * 30, "e.g.", "-", "f-g", "é", " ", "  ", "\t", "\n", "\xa0", "\u2003", "\x1c"]
)


@given(
    text=st.lists(_WORDS, max_size=40).map("".join) | st.text(max_size=80),
    width=st.integers(1, 60),
    first=st.sampled_from(["", "- ", "    ", "  - "]),
    rest=st.sampled_from(["", "  ", "      "]),
)
def test_fill_words_wraps_as_textwrap_does(text: str, width: int, first: str, rest: str) -> None:
    try:
        want = textwrap.wrap(
            text, width, initial_indent=first, subsequent_indent=rest, break_long_words=False, break_on_hyphens=False
        )
    except ValueError:  # a width textwrap refuses: refused alike
        with pytest.raises(ValueError):
            fill_words(text, width, first, rest)
        return
    assert fill_words(text, width, first, rest) == want
