"""Fuzz: mutated real pages either parse or raise the parser's own error with file and line."""

from __future__ import annotations

import os
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from codegen.core.diagnostics import Report, SpecError
from codegen.stages.merge.history import merge
from codegen.stages.name import name_page
from codegen.stages.parse.build import build_page
from codegen.stages.read import split_page
from tests.helpers import SEEDS

PAGES = {p.name: p.read_text(encoding="utf-8").split("\n") for p in SEEDS}
SMALL = {name: lines for name, lines in PAGES.items()}
INJECT = [
    "'string'|123",
    "{",
    "}",
    "[",
    "]",
    "(",
    ")",
    "    ",
    "type X",
    "param Y:",
    "returns",
    "• Bad (dict) --",
    "\u00a0",
    "{'... recursive ...'}",
]


@st.composite
def mutated(draw: st.DrawFn) -> tuple[str, str]:
    name = draw(st.sampled_from(sorted(SMALL)))
    lines = list(SMALL[name])
    for _ in range(draw(st.integers(1, 4))):
        if not lines:
            break
        i = draw(st.integers(0, len(lines) - 1))
        op = draw(st.sampled_from(["cut", "dup", "bracket", "indent", "inject", "truncate"]))
        if op == "cut":
            del lines[i]
        elif op == "dup":
            lines.insert(i, lines[i])
        elif op == "bracket":
            ln = lines[i]
            j = draw(st.integers(0, len(ln)))
            if draw(st.booleans()) and ln:
                lines[i] = ln[: max(j - 1, 0)] + ln[j:]
            else:
                lines[i] = ln[:j] + draw(st.sampled_from("{}[]()'")) + ln[j:]
        elif op == "indent":
            lines[i] = (" " * draw(st.integers(0, 8))) + lines[i].lstrip(" ")
        elif op == "inject":
            ln = lines[i]
            j = draw(st.integers(0, len(ln)))
            lines[i] = ln[:j] + draw(st.sampled_from(INJECT)) + ln[j:]
        else:
            lines = lines[: max(i, 1)]
    return name, "\n".join(lines)


@settings(
    max_examples=int(os.environ.get("FUZZ_EXAMPLES", "150")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(case=mutated())
def test_mutated_pages_never_crash(case: tuple[str, str]) -> None:
    name, text = case
    report = Report()
    try:
        page = split_page(text, name, report)
        named = name_page(build_page(page, report), report, hint="sagemaker")
        merge([named], report)
    except SpecError as err:
        assert err.file == name
        assert str(err).startswith(f"{name}:")
    for d in report.items:
        assert d.file == name


def test_binary_garbage_is_an_error(tmp_path: Path) -> None:
    from codegen.stages.read import read_page

    p = tmp_path / "x.txt"
    p.write_bytes(b"\xff\xfe\x00garbage")
    try:
        read_page(p)
    except SpecError as err:
        assert "UTF-8" in str(err)
    else:
        raise AssertionError("expected a SpecError")
