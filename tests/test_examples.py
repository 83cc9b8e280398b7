"""The example scripts run: against moto's server, or a Stubber where moto lacks the operation."""

from __future__ import annotations

import datetime
import importlib.util
import subprocess
import sys
from types import ModuleType
from typing import Any

from tests.helpers import ROOT


def _example(name: str) -> ModuleType:
    path = ROOT / "examples" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_compile_for_amba_cv2(sm: Any, capsys: Any) -> None:
    status = _example("compile_for_amba_cv2").main(sm, "resnet-cv2", "arn:aws:iam::123456789012:role/sm", "s3://bucket")
    assert status == "COMPLETED"
    assert "compilation-job/resnet-cv2: COMPLETED for amba_cv2" in capsys.readouterr().out


def test_compile_example_as_a_script(moto_endpoint: str) -> None:
    env = {"AWS_ENDPOINT_URL_SAGEMAKER": moto_endpoint, "PATH": "", **_aws_env()}
    proc = subprocess.run(
        [
            sys.executable,
            str(ROOT / "examples" / "compile_for_amba_cv2.py"),
            "script-job",
            "arn:aws:iam::1:role/r",
            "s3://b",
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert "script-job: COMPLETED for amba_cv2" in proc.stdout


def _aws_env() -> dict[str, str]:
    import os

    return {k: v for k, v in os.environ.items() if k.startswith("AWS_") or k in ("HOME", "PYTHONPATH")}


def test_audit_model_packages(sm: Any) -> None:
    sm.create_model_package_group(model_package_group_name="churn")
    for i in range(3):
        sm.create_model_package(model_package_group_name="churn", model_package_description=f"v{i}")
    rows = _example("audit_model_packages").main(sm, "churn")
    assert len(rows) == 3
    assert all(created == "fake-user-profile-name" for _, created, _ in rows)


def test_audit_prefers_iam_identity() -> None:
    from smtyped.shapes import UserContext

    who = _example("audit_model_packages").who
    user = UserContext.from_dict(
        {
            "UserProfileName": "alice",
            "IamIdentity": {"Arn": "arn:aws:sts::1:assumed-role/r/alice", "PrincipalId": "AID"},
        }
    )
    assert who(user) == "arn:aws:sts::1:assumed-role/r/alice (principal AID)"
    assert who(None) == "unknown"


def test_pipeline_steps(stubbed: tuple[Any, Any]) -> None:
    sm, stubber = stubbed
    arn = "arn:aws:sagemaker:us-east-1:123456789012:pipeline/p/execution/abc"
    t = datetime.datetime(2024, 1, 1, tzinfo=datetime.timezone.utc)
    stubber.add_response(
        "list_pipeline_execution_steps",
        {
            "PipelineExecutionSteps": [
                {"StepName": "train", "StepStatus": "Succeeded", "AttemptCount": 2, "StartTime": t}
            ],
            "NextToken": "p2",
        },
        {"PipelineExecutionArn": arn},
    )
    stubber.add_response(
        "list_pipeline_execution_steps",
        {"PipelineExecutionSteps": [{"StepName": "eval", "StepStatus": "Failed", "AttemptCount": 1}]},
        {"PipelineExecutionArn": arn, "NextToken": "p2"},
    )
    assert _example("pipeline_steps").main(sm, arn) == {"train": 2, "eval": 1}
    stubber.assert_no_pending_responses()


def test_train_xgboost_end_to_end(sm: Any, capsys: Any) -> None:
    role = "arn:aws:iam::123456789012:role/sm"
    names = _example("train_xgboost").main(sm, "churn-xgb-1", role, "s3://bucket")
    assert names == ["churn-xgb-1"]
    out = capsys.readouterr().out
    assert "churn-xgb-1: " in out and " on ml.m5.xlarge" in out


def test_deploy_endpoint(sm: Any, capsys: Any) -> None:
    status = _example("deploy_endpoint").main(sm, "churn", "s3://b/model.tar.gz", "arn:aws:iam::1:role/r")
    assert status == "InService"
    out = capsys.readouterr().out
    assert "  churn: InService\n" in out  # the waiter's on_poll, against moto's server
    assert "churn: InService, variants ['AllTraffic']" in out


def test_sensitive_repr_example() -> None:
    proc = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "sensitive_repr.py")], capture_output=True, text=True, check=True
    )
    assert "client_secret='***'" in proc.stderr  # the log line
    assert "s3cr3t" not in proc.stderr + proc.stdout.replace("the request still carries the secret: True", "")
    assert "the request still carries the secret: True" in proc.stdout


def _stream_tokens(url: str, endpoint: str) -> subprocess.CompletedProcess[str]:
    env = {**_aws_env(), "AWS_ENDPOINT_URL_SAGEMAKER_RUNTIME": url, "PATH": ""}
    script = str(ROOT / "examples" / "stream_tokens.py")
    return subprocess.run(
        [sys.executable, script, endpoint, "What is SageMaker?"], capture_output=True, text=True, env=env, timeout=120
    )


def test_stream_tokens_prints_the_answer_as_it_streams() -> None:
    from tests import fake_runtime

    with fake_runtime.serve() as url:
        ok = _stream_tokens(url, "llm")
        failed = _stream_tokens(url, "llm-error")
        dropped = _stream_tokens(url, "llm-drop")
    assert ok.returncode == 0, ok.stderr
    lines = ok.stdout.splitlines()
    assert lines[0] == 'AllTraffic: {"echo": "{\\"inputs\\": \\"ping\\"}"}'  # the plain call, echoed
    assert lines[1].strip() == fake_runtime.ANSWER  # every token, in order
    # the error event surfaces as its typed error, with the model's code
    assert failed.returncode == 1 and "the model stopped: the model ran out of memory (code OOM)" in failed.stderr
    assert "SageMaker streams this" in failed.stdout  # the tokens before it were printed
    # a dropped connection is a clear error, not a hang or a quietly short answer
    assert dropped.returncode == 2 and "the answer was cut off" in dropped.stderr
