"""The first-run experience: the demo, the README, the generated reference pages."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from codegen.pipeline import write_docs
from tests.helpers import ROOT, SPECS, load


def test_demo_runs_against_a_local_server() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("AWS_")}  # the demo brings its own fake credentials
    proc = subprocess.run([sys.executable, "-m", "smtyped.demo"], capture_output=True, text=True, env=env, timeout=180)
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert "-> http://127.0.0.1:" in out
    assert (
        "output_config=OutputConfig(s3_output_location='s3://demo-bucket/compiled', target_device=TargetDevice.AMBA_CV2)"
        in out
    )
    assert "page 3: resnet-cv2-4 COMPLETED amba_cv2" in out  # 5 jobs, 2 a page: 3 pages fetched lazily
    assert "caught ResourceNotFound: Could not find compilation job 'no-such-job'." in out
    assert "TargetDevice('ml_inf9'), is_known=False" in out
    assert "{'S3OutputLocation': 's3://b', 'TargetDevice': 'ml_inf9'}" in out
    assert "TargetDevice 'amba_cv2': since 2021-12-08 (a change log says it was added: True)" in out


def test_reference_pages_cover_the_ir(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    assert write_docs(SPECS, docs) == 0
    svc, _ = load(SPECS)
    ops = {p.stem for p in (docs / "reference" / "operations").glob("*.md")}
    assert ops == set(svc.operations)
    enums = {p.stem for p in (docs / "reference" / "enums").glob("*.md")}
    assert enums == {n for n, s in svc.shapes.items() if getattr(s, "enum", None)}
    page = (docs / "changes" / "2021-12-08.md").read_text()
    line = next(ln for ln in page.splitlines() if "`amba_cv2`" in ln)
    assert "TargetDevice" in line
    for op in ("CreateCompilationJob", "DescribeCompilationJob", "ListCompilationJobs"):
        assert f"[{op}]" in line
    assert "| `amba_cv2` | 2021-12-08 |" in (docs / "reference" / "enums" / "TargetDevice.md").read_text()


def test_readme_starts_with_the_two_commands_and_is_short() -> None:
    readme = (ROOT / "README.md").read_text()
    first = readme.splitlines()[:6]
    assert any("nox -s codegen" in ln for ln in first)
    assert any(ln.startswith("bash .ci/run") for ln in first)  # the test command is CI's own script
    assert len(readme.splitlines()) <= 150
    for words in ("issue #", "this round", "last session"):  # no development log in what users read first
        assert words not in readme.lower()


def test_the_docs_home_lists_every_operation() -> None:
    home = (ROOT / "docs" / "index.md").read_text()
    svc, _ = load(SPECS)
    missing = [op.method for op in svc.operations.values() if f"`{op.method}`" not in home]
    assert not missing, f"docs/index.md lacks {missing[:5]}: run `python -m codegen docs`"
