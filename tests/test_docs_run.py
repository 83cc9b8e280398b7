"""The README tour and the getting-started page work as printed: mypy --strict with no project
configuration (as in a user's venv), then a run against moto's server on 127.0.0.1."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import ROOT


def _scripts() -> dict[str, str]:
    readme = (ROOT / "README.md").read_text()
    tour = re.search(r"## A \d+-line tour\n\n```python\n(.*?)```", readme, re.S)
    assert tour
    guide = (ROOT / "docs" / "getting-started.md").read_text()
    blocks = re.findall(r"```python\n(.*?)```", guide, re.S)
    assert len(blocks) >= 4
    return {"readme_tour": tour.group(1), "getting_started": "\n".join(blocks)}


SCRIPTS = _scripts()


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("docs")
    for name, code in SCRIPTS.items():
        (folder / f"{name}.py").write_text(code)
    return folder


def test_they_type_check_without_the_projects_mypy_settings(written: Path) -> None:
    empty = written / "mypy.ini"
    empty.write_text("[mypy]\n")  # no ignore_missing_imports: botocore or boto3 imports would fail
    files = [str(written / f"{n}.py") for n in SCRIPTS]
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--config-file",
            str(empty),
            "--cache-dir",
            str(written / ".c"),
            *files,
        ],
        cwd=written,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


@pytest.mark.parametrize("name", sorted(SCRIPTS))
def test_they_run_against_moto(written: Path, moto_endpoint: str, name: str) -> None:
    import requests

    requests.post(f"{moto_endpoint}/moto-api/reset", timeout=10)
    env = {
        **os.environ,
        "AWS_ENDPOINT_URL_SAGEMAKER": moto_endpoint,
        "AWS_ENDPOINT_URL_SAGEMAKER_RUNTIME": moto_endpoint,
    }
    proc = subprocess.run(
        [sys.executable, str(written / f"{name}.py")], cwd=written, env=env, capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "resnet-cv2" in proc.stdout
