"""The benchmark's table logic (not its timings: those are never asserted)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from benchmarks import bench


def test_budget_verdicts_follow_the_ratio() -> None:
    assert bench._row("x", 90.0, 100.0, "ms", 1.0)["verdict"] == "PASS"
    assert bench._row("x", 110.0, 100.0, "ms", 1.0)["verdict"] == "FAIL"
    assert bench._row("x", 110.0, None, "ms", 1.0)["verdict"] == ""  # no baseline measured: no verdict


def _raw(with_alternatives: bool) -> dict[str, Any]:
    """Figures as the measuring processes report them (invented numbers with easy ratios)."""
    convert = {"values": 10, "deepcopy_us": 100.0, "from_dict_us": 1.0, "to_dict_us": 10.0, "from_to_dict_us": 50.0}
    if with_alternatives:
        convert["sagemaker_core_us"] = 1000.0
    mypy_run = {"cold_ms": 600.0, "warm_ms": 100.0, "ok": True}
    return {
        "import": {"smtyped": {"ms": 110.0, "rss_mib": 50.0}, "botocore": {"ms": 100.0, "rss_mib": 50.0}},
        "convert": {"describe_model_package": convert, "list_trial_components_100": convert},
        "call": {
            c: {"values": 5, "raw_us": 100.0, "typed_us": 120.0}
            for c in ("describe_compilation_job", "describe_model_package")
        },
        "mypy": {
            "smtyped": mypy_run,
            "smtyped_errors": mypy_run,
            "mypy_boto3": {"cold_ms": 1200.0, "warm_ms": 50.0, "ok": True} if with_alternatives else None,
        },
        "codegen": {
            "pages": 10,
            "cold_ms": 12_000.0,
            "cold_runs_ms": [11_000.0, 12_000.0, 19_000.0],
            "cold_peak_pss_mib": 500.0,
            "cold_peak_rss_mib": 900.0,
            "warm_ms": 600.0,
            "add_page_ms": 4_400.0,
            "largest_page": "p.txt",
            "largest_page_kb": 1,
            "parse_ms": 100.0,
        },
    }


def test_every_budget_row_of_the_issue_is_there_with_its_ratio() -> None:
    rows = {r["what"]: r for r in bench.table(_raw(with_alternatives=True))}
    imp = rows["import + client: smtyped vs botocore"]
    assert imp["ratio"] == pytest.approx(1.1) and imp["verdict"] == "PASS"
    assert rows["DescribeModelPackage from_dict vs deepcopy"]["ratio"] == pytest.approx(0.01)
    assert rows["DescribeModelPackage full conversion vs sagemaker-core"]["ratio"] == pytest.approx(0.05)
    call = rows["typed call vs raw botocore on a Stubber: DescribeCompilationJob"]
    assert call["ratio"] == pytest.approx(1.2) and call["verdict"] == "FAIL"  # budget 1.10
    assert rows["mypy --strict cold vs mypy-boto3"]["ratio"] == pytest.approx(0.5)
    assert rows["mypy --strict warm vs mypy-boto3"]["verdict"] == "FAIL"  # 2.0x against 1.5x
    cold = rows["codegen, 10 pages, cold (wall)"]
    assert cold["ratio"] == pytest.approx(0.8) and cold["verdict"] == "PASS"  # 12 s against 15 s
    assert "median of 3 runs" in cold["note"] and "19.0" in cold["note"]  # every run is shown
    memory = rows["codegen, 10 pages, cold: peak memory (PSS of the process tree)"]
    assert memory["verdict"] == "FAIL"  # 500 MiB against 400
    assert "900 MiB" in memory["note"]  # the summed RSS is shown beside it
    assert rows["codegen, 10 pages, warm, no page changed"]["ratio"] == pytest.approx(0.2)
    assert rows["codegen after adding one page to 9"]["verdict"] == "FAIL"  # 4.4 s against 4 s


def test_missing_alternatives_leave_rows_without_a_verdict() -> None:
    rows = bench.table(_raw(with_alternatives=False))
    by_what = {r["what"]: r for r in rows}
    assert by_what["mypy --strict cold (no mypy-boto3 installed)"]["verdict"] == ""
    core = [r for r in rows if "sagemaker-core" in r["what"]]
    assert core and all(r["ratio"] is None and "not installed" in r["note"] for r in core)


def test_publish_replaces_only_the_marked_block(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "docs").mkdir()
    page = tmp_path / "docs" / "performance.md"
    page.write_text(f"before\n{bench.MARK_START}\nold table\n{bench.MARK_END}\nafter\n")
    (tmp_path / "README.md").write_text("the README: measurements live in docs/performance.md\n")
    monkeypatch.setattr(bench, "ROOT", tmp_path)
    bench.publish("| new |", "a machine", "2026-01-01")
    text = page.read_text()
    assert text.startswith("before\n") and text.endswith(f"{bench.MARK_END}\nafter\n")
    assert "old table" not in text and "| new |" in text and "a machine, 2026-01-01" in text
    assert (tmp_path / "README.md").read_text() == "the README: measurements live in docs/performance.md\n"


def test_mypy_rows_take_the_median_of_each_rounds_own_ratio() -> None:
    """A slow phase that hits one script in one round moves its median, not the pairs' ratio."""
    raw = _raw(with_alternatives=True)
    raw["mypy"]["smtyped"] = {"cold_ms": 30.0, "warm_ms": 5.0, "ok": True, "cold_runs_ms": [10.0, 30.0, 30.0]}
    raw["mypy"]["mypy_boto3"] = {"cold_ms": 20.0, "warm_ms": 5.0, "ok": True, "cold_runs_ms": [20.0, 20.0, 40.0]}
    cold = {r["what"]: r for r in bench.table(raw)}["mypy --strict cold vs mypy-boto3"]
    assert cold["ratio"] == pytest.approx(0.75)  # rounds: 0.5, 1.5, 0.75 (the medians alone: 1.5)
    assert cold["verdict"] == "PASS" and "median of 3 paired rounds" in cold["note"]


def test_the_import_row_takes_the_paired_ratio_when_measured() -> None:
    raw = _raw(with_alternatives=True)
    raw["import"]["paired_ratio"] = 1.04  # the medians alone say 1.10
    row = {r["what"]: r for r in bench.table(raw)}["import + client: smtyped vs botocore"]
    assert row["ratio"] == pytest.approx(1.04) and "paired runs" in row["note"]
