"""Malformed pages give errors that name the file, the line and what was expected."""

from __future__ import annotations

from pathlib import Path

import pytest

from codegen.core.diagnostics import Report, SpecError
from codegen.pipeline import load_service
from tests.helpers import SEEDS, run_cli

SEED = SEEDS[0].read_text(encoding="utf-8")
LINES = SEED.split("\n")


def _line_of(text: str, needle: str) -> int:
    return next(i for i, ln in enumerate(text.replace("\u00a0", " ").split("\n"), 1) if needle in ln)


def _parse(tmp_path: Path, text: str) -> Report:
    page = tmp_path / "2021-12-08.txt"
    page.write_text(text, encoding="utf-8")
    report = Report()
    load_service([page], report)
    return report


def _error(tmp_path: Path, text: str) -> SpecError:
    with pytest.raises(SpecError) as info:
        _parse(tmp_path, text)
    assert info.value.file.endswith("2021-12-08.txt")
    return info.value


def test_truncated_page(tmp_path: Path) -> None:
    cut = _line_of(SEED, "DescribeCompilationJob (updated)") + 30
    err = _error(tmp_path, "\n".join(LINES[:cut]))
    assert err.line is not None
    assert "returns" in str(err) or "Request Syntax" in str(err)


def test_unbalanced_bracket(tmp_path: Path) -> None:
    text = SEED.replace("    InputConfig={\n", "    InputConfig={{\n", 1)
    err = _error(tmp_path, text)
    assert err.line is not None
    assert _line_of(SEED, "client.create_compilation_job(") <= err.line <= _line_of(SEED, "type CompilationJobName")
    assert "Request Syntax" in str(err)


def test_unknown_literal(tmp_path: Path) -> None:
    text = SEED.replace("'CompilationJobArn': 'string'\n}", "'CompilationJobArn': 'string'|123\n}", 1)
    err = _error(tmp_path, text)
    assert err.line == _line_of(text, "'CompilationJobArn': 'string'|123")
    assert "unknown literal" in str(err) and "'string'|123" in str(err)


def test_operation_listed_twice(tmp_path: Path) -> None:
    start = _line_of(SEED, "DescribeCompilationJob (updated)") - 1
    end = _line_of(SEED, "ListCompilationJobs (updated)") - 1
    text = "\n".join(LINES + LINES[start:end])
    err = _error(tmp_path, text)
    assert "listed twice" in str(err)
    assert err.line == len(LINES) + 1


def test_syntax_member_without_doc(tmp_path: Path) -> None:
    text = SEED.replace("  • FrameworkVersion (string) --", "  • FrameworkVersions (string) --", 1)
    err = _error(tmp_path, text)
    assert "FrameworkVersion" in str(err) and "no doc" in str(err)
    assert err.line == _line_of(SEED, "'FrameworkVersion': 'string'")


def test_documented_member_missing_from_syntax_is_reported(tmp_path: Path) -> None:
    text = SEED.replace("    ModelPackageVersionArn='string',\n", "", 1)
    report = _parse(tmp_path, text)
    msgs = [str(d) for d in report.warnings]
    assert any("ModelPackageVersionArn" in m and "not in the Request Syntax" in m for m in msgs)


def test_declared_type_contradiction_is_reported(tmp_path: Path) -> None:
    text = SEED.replace("  • MaxRuntimeInSeconds (integer) --", "  • MaxRuntimeInSeconds (string) --", 1)
    report = _parse(tmp_path, text)
    line = _line_of(text, "  • MaxRuntimeInSeconds (string) --")
    assert any(d.line == line and "contradicts" in d.message for d in report.warnings)


def test_not_a_page(tmp_path: Path) -> None:
    err = _error(tmp_path, "hello\n\nworld\n")
    assert err.line == 3 and "header line" in str(err)


def test_cli_exit_code_and_message(tmp_path: Path) -> None:
    page = tmp_path / "2021-12-08.txt"
    page.write_text(SEED.replace("'CompilationJobArn': 'string'\n}", "'CompilationJobArn': 'string'|123\n}", 1))
    proc = run_cli("ir", str(page), "--json")
    assert proc.returncode == 1
    assert proc.stdout == ""
    assert f"{page}:" in proc.stderr and "unknown literal" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_missing_file() -> None:
    proc = run_cli("ir", "no/such/page.txt")
    assert proc.returncode == 1 and "no such page" in proc.stderr
