"""The benchmark's table logic (not its timings: those are never asserted)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks import bench


def test_budget_verdicts_follow_the_ratio() -> None:
    assert bench._row("x", 90.0, 100.0, "ms", 1.0)["verdict"] == "PASS"
    assert bench._row("x", 110.0, 100.0, "ms", 1.0)["verdict"] == "FAIL"
    assert bench._row("x", 110.0, None, "ms", 1.0)["verdict"] == ""  # no baseline measured: no verdict


def test_saved_results_rebuild_the_same_rows() -> None:
    """``--render`` recomputes the rows from the raw figures saved by the last run."""
    saved = json.loads(bench.RESULTS.read_text())
    rows = bench.table(saved["raw"])
    assert [r["what"] for r in rows] == [r["what"] for r in saved["rows"]]
    for row, old in zip(rows, saved["rows"]):
        assert row["verdict"] == old["verdict"], row["what"]
    assert {"import + client: smtyped vs botocore", "mypy --strict cold vs mypy-boto3"} <= {r["what"] for r in rows}


def test_publish_replaces_only_the_marked_block(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "docs").mkdir()
    for page in (tmp_path / "README.md", tmp_path / "docs" / "performance.md"):
        page.write_text(f"before\n{bench.MARK_START}\nold table\n{bench.MARK_END}\nafter\n")
    monkeypatch.setattr(bench, "ROOT", tmp_path)
    bench.publish("| new |", "a machine", "2026-01-01")
    text = (tmp_path / "README.md").read_text()
    assert text.startswith("before\n") and text.endswith(f"{bench.MARK_END}\nafter\n")
    assert "old table" not in text and "| new |" in text and "a machine, 2026-01-01" in text
    assert (tmp_path / "docs" / "performance.md").read_text() == text
