"""Every corpus page parses and matches its ground truth (the service model it was rendered from)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from codegen.core.diagnostics import Report
from codegen.core.serialize import service_json
from codegen.pipeline import load_service
from tests.helpers import corpus_pages, truth_of
from tests.truth_compare import compare

PAGES = corpus_pages()


def test_corpus_is_complete() -> None:
    assert len(PAGES) == 30
    assert len({p.parent.name for p in PAGES}) == 2


@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_page_matches_truth(page: Path) -> None:
    truth = truth_of(page)
    report = Report()
    ir = service_json(load_service([page], report))
    assert ir["service"] == truth["service_full_name"]
    assert ir["pages"][0]["date"] == truth["date"].replace("/", "-")
    assert ir["pages"][0]["declared"] == truth["count_new"] + truth["count_updated"]
    assert not report.errors, report.errors
    mismatches: list[str] = []
    for op in truth["operations"]:
        got = ir["operations"].get(op["name"])
        if got is None:
            mismatches.append(f"{op['name']}: operation missing")
            continue
        assert got["method"] == op["method"]
        assert got["status"] == op["kind"]
        unrendered = set(got.get("unrendered", []))
        # a part the page does not render ("too large") cannot be checked against the page
        if "input" not in unrendered:
            mismatches += compare(op["input"], got["input"], ir["shapes"], f"{op['name']}.input", True)
        if "output" not in unrendered:
            mismatches += compare(op["output"], got["output"], ir["shapes"], f"{op['name']}.output", False)
    assert not mismatches, "\n".join(mismatches[:40])
    assert set(ir["operations"]) == {op["name"] for op in truth["operations"]}


def _new_paths(node: dict, path: str, out: set[str]) -> None:  # type: ignore[type-arg]
    for m in node.get("members") or []:
        p = f"{path}.{m['name']}"
        if m.get("new"):
            out.add(p)
        sub = m
        while sub.get("type") in ("list", "map"):
            sub = sub.get("element") or sub.get("value") or {}
        _new_paths(sub, p, out)


@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_changes_blocks_mark_new_members(page: Path) -> None:
    """Members the truth marks new are `introduced` on that page's date."""
    truth = truth_of(page)
    date = truth["date"].replace("/", "-")
    ir = service_json(load_service([page], Report()))
    shapes = ir["shapes"]

    def member_at(shape: Any, names: list[str]) -> dict[str, Any] | None:
        for n, name in enumerate(names):
            while "$ref" in shape:
                shape = shapes[shape["$ref"]]
            while shape.get("type") in ("list", "map"):
                shape = shape.get("member") or shape.get("value")
                while "$ref" in shape:
                    shape = shapes[shape["$ref"]]
            m: dict[str, Any] | None = shape.get("members", {}).get(name)
            if m is None:
                return None
            if n == len(names) - 1:
                return m
            shape = m["shape"]
        return None

    for op in truth["operations"]:
        if op["kind"] != "updated":
            continue
        got = ir["operations"][op["name"]]
        for side in ("input", "output"):
            if not op.get(side) or side in got.get("unrendered", []):
                continue
            new: set[str] = set()
            _new_paths(op[side], "", new)
            for p in sorted(new):
                m = member_at(got[side], p.strip(".").split("."))
                assert m is not None, f"{op['name']}.{side}{p} missing"
                assert m.get("introduced") and m["since"] == date, f"{op['name']}.{side}{p} not marked new"
