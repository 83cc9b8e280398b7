"""One IR and one package per service folder under specs/: generation, history, drift, docs."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from codegen.pipeline import write_docs
from tests.helpers import ROOT, SPECS

RUNTIME_SPECS = ROOT / "specs" / "sagemaker-runtime"
LAMBDA_PAGE = ROOT / "tests" / "data" / "corpus" / "other" / "2023-04-07_lambda_1.29.109.txt"


def _codegen(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}  # the generator, run from another folder
    return subprocess.run(
        [sys.executable, "-m", "codegen", *args], cwd=cwd, capture_output=True, text=True, env=env, timeout=600
    )


def _specs_root(tmp_path: Path) -> Path:
    root = tmp_path / "specs"
    (root / "sagemaker").mkdir(parents=True)
    for name in ("2021-12-08.txt", "2023-03-08.txt"):
        shutil.copy(SPECS / name, root / "sagemaker" / name)
    shutil.copytree(RUNTIME_SPECS, root / "sagemaker-runtime")
    return root


def test_each_service_folder_generates_its_own_package(tmp_path: Path) -> None:
    _specs_root(tmp_path)
    proc = _codegen("generate", "--quiet", "--specs", "specs", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "sagemaker: 2 pages" in proc.stderr and "sagemaker-runtime: 20 pages, 3 operations" in proc.stderr
    control, runtime = tmp_path / "src/smtyped/_generated", tmp_path / "src/smtyped/runtime/_generated"
    assert "class SageMakerClient(" in (control / "client.py").read_text()
    runtime_client = (runtime / "client.py").read_text()
    assert "class SageMakerRuntimeClient(" in runtime_client
    assert 'service_name = "sagemaker-runtime"' in runtime_client
    # never merged: neither package holds the other's operations or shapes
    control_ops = "".join(f.read_text() for f in sorted((control / "_client_ops").glob("*.py")))
    runtime_ops = "".join(f.read_text() for f in sorted((runtime / "_client_ops").glob("*.py")))
    assert "def describe_compilation_job(" in control_ops and "def invoke_endpoint(" in runtime_ops
    assert "def invoke_endpoint(" not in control_ops
    assert "def describe_compilation_job(" not in runtime_ops
    runtime_index = (runtime / "_index.py").read_text()
    assert '"InvokeEndpointInput"' in runtime_index and "CompilationJob" not in runtime_index
    assert not (runtime / "aio_client.py").exists()  # no async runtime client (said in docs/runtime.md)


def test_a_service_with_no_row_anywhere_gets_a_package_by_the_rule(tmp_path: Path) -> None:
    root = _specs_root(tmp_path)
    (root / "lambda").mkdir()
    shutil.copy(LAMBDA_PAGE, root / "lambda" / "2023-04-07.txt")
    proc = _codegen("generate", "--quiet", "--specs", "specs", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    package = tmp_path / "src" / "smtyped" / "lambda_"
    assert "class LambdaClient(" in (package / "_generated" / "client.py").read_text()
    assert (package / "errors.py").read_text().startswith("# @generated")


def test_out_names_one_package(tmp_path: Path) -> None:
    _specs_root(tmp_path)
    proc = _codegen("generate", "--specs", "specs", "--out", "pkg", cwd=tmp_path)
    assert proc.returncode == 1
    assert "--out names one package" in proc.stderr and "sagemaker-runtime" in proc.stderr
    assert not (tmp_path / "pkg").exists()


def test_history_and_drift_take_the_service() -> None:
    hist = _codegen("history", "--service", "sagemaker-runtime", "InvokeEndpointInput.SessionId")
    assert hist.returncode == 0, hist.stderr
    assert "2024-09-09" in hist.stdout
    missing = _codegen("history", "--service", "sagemaker-runtime", "DescribeTrainingJob")
    assert missing.returncode == 1  # the control plane's operation is not in the runtime's history
    drift = _codegen("drift", "--service", "sagemaker-runtime", "--json")
    assert drift.returncode == 0, drift.stderr
    assert json.loads(drift.stdout)["service"] == "Amazon SageMaker Runtime"


def test_docs_have_the_runtimes_operations_and_what_changed_pages(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    assert write_docs(ROOT / "specs", docs) == 0
    ops = {p.stem for p in (docs / "runtime" / "reference" / "operations").glob("*.md")}
    assert ops == {"InvokeEndpoint", "InvokeEndpointAsync", "InvokeEndpointWithResponseStream"}
    page = (docs / "runtime" / "reference" / "operations" / "InvokeEndpointWithResponseStream.md").read_text()
    assert "`SageMakerRuntimeClient.invoke_endpoint_with_response_stream(...)`" in page
    changes = (docs / "runtime" / "changes" / "2023-08-31.md").read_text()
    assert "[InvokeEndpointWithResponseStream](../reference/operations/InvokeEndpointWithResponseStream.md)" in changes
    assert len(list((docs / "runtime" / "changes").glob("20*.md"))) == 20
    # the control plane's pages stay where they were, without the runtime's
    assert (docs / "reference" / "operations" / "DescribeModelPackage.md").exists()
    assert not (docs / "reference" / "operations" / "InvokeEndpoint.md").exists()
