"""Versions say which API the package holds; the changelog's API part is the generated one."""

from __future__ import annotations

import subprocess
import sys

import smtyped
from codegen.changelog import changelog
from codegen.version_file import read_services, render, version_of
from smtyped._version import SERVICES
from tests.helpers import ROOT


def test_the_version_is_the_newest_sagemaker_page() -> None:
    newest = max(p.stem for p in (ROOT / "specs" / "sagemaker").glob("*.txt"))
    # a release of SDK changes alone adds .postN (``post`` in codegen/data/layout.json)
    assert smtyped.__version__ == version_of(newest, post=1) == "2026.12.2.post1"
    headings = [ln for ln in (ROOT / "CHANGELOG.md").read_text().splitlines() if ln.startswith("## ")]
    assert headings[0] == f"## {smtyped.__version__}"
    assert version_of("2026-01-05", post=2) == "2026.1.5.post2"
    assert SERVICES["sagemaker"] == (newest, 453)
    text = (ROOT / "src" / "smtyped" / "_version.py").read_text()
    assert read_services(text) == SERVICES and render(SERVICES) == text  # what regeneration writes


def test_python_m_smtyped_says_what_it_holds() -> None:
    out = subprocess.run([sys.executable, "-m", "smtyped"], capture_output=True, text=True, check=True, cwd=ROOT)
    lines = out.stdout.splitlines()
    assert lines[0] == f"smtyped {smtyped.__version__}"
    assert any("sagemaker-metrics" in ln and "2 operations, newest page 2024-09-20" in ln for ln in lines)
    assert lines[-1].startswith("Python 3.") and "botocore 1." in lines[-1]


def test_the_changelog_holds_the_generated_api_changes() -> None:
    generated = changelog(ROOT / "specs", "2026-10-30").strip()
    assert "44 operations added" in generated and "`create_leaderboard`" in generated
    assert generated in (ROOT / "CHANGELOG.md").read_text()
    # the release header names the version the package has
    assert f"## {smtyped.__version__}\n" in (ROOT / "CHANGELOG.md").read_text()
