"""Typed waiters: botocore's waiter model and acceptors, typed responses, typed errors."""

from __future__ import annotations

from typing import Any

import pytest
from botocore.exceptions import WaiterError

from codegen.core import botocore_model
from codegen.public_api import generated_methods
from smtyped import SageMakerClient
from smtyped.enums import TrainingJobStatus
from smtyped.errors import WaiterFailure, WaiterTimeout
from smtyped.shapes import DescribeTrainingJobResponse

T0 = "2024-01-01T00:00:00Z"


def _job(status: str, **more: Any) -> dict[str, Any]:
    return {
        "TrainingJobName": "xgb-1",
        "TrainingJobArn": "arn:aws:sagemaker:us-east-1:123456789012:training-job/xgb-1",
        "TrainingJobStatus": status,
        "SecondaryStatus": "Training",
        "CreationTime": T0,
        "ModelArtifacts": {"S3ModelArtifacts": "s3://b/model.tar.gz"},
        "AlgorithmSpecification": {"TrainingInputMode": "File"},
        "ResourceConfig": {"VolumeSizeInGB": 1},
        "StoppingCondition": {},
        **more,
    }


def test_every_botocore_waiter_is_a_method() -> None:
    data = botocore_model.load_data("sagemaker", "waiters-2")
    assert data is not None
    from botocore import xform_name

    names = {f"wait_until_{xform_name(n)}" for n in data["waiters"]}
    assert len(names) == 13
    assert names <= set(generated_methods(SageMakerClient))


def test_polls_until_completed_and_returns_the_typed_response(stubbed: tuple[Any, Any]) -> None:
    sm, stubber = stubbed
    for status in ("InProgress", "InProgress", "Completed"):
        stubber.add_response("describe_training_job", _job(status), {"TrainingJobName": "xgb-1"})
    seen: list[str] = []
    job = sm.wait_until_training_job_completed_or_stopped(
        training_job_name="xgb-1", delay=0, on_poll=lambda j: seen.append(str(j.training_job_status))
    )
    assert isinstance(job, DescribeTrainingJobResponse)
    assert job.training_job_status is TrainingJobStatus.COMPLETED
    assert seen == ["InProgress", "InProgress", "Completed"]
    stubber.assert_no_pending_responses()


def test_a_failure_state_raises_with_the_last_typed_response(stubbed: tuple[Any, Any]) -> None:
    sm, stubber = stubbed
    stubber.add_response("describe_training_job", _job("Failed", FailureReason="OOM"), {"TrainingJobName": "xgb-1"})
    with pytest.raises(WaiterFailure) as info:
        sm.wait_until_training_job_completed_or_stopped(training_job_name="xgb-1", delay=0)
    err = info.value
    assert isinstance(err, WaiterError)  # code catching botocore's waiter errors still works
    assert err.last.training_job_status is TrainingJobStatus.FAILED
    assert "FailureReason='OOM'" in str(err)


def test_running_out_of_attempts_is_a_timeout(stubbed: tuple[Any, Any]) -> None:
    sm, stubber = stubbed
    for _ in range(2):
        stubber.add_response("describe_training_job", _job("InProgress"), {"TrainingJobName": "xgb-1"})
    with pytest.raises(WaiterTimeout) as info:
        sm.wait_until_training_job_completed_or_stopped(training_job_name="xgb-1", delay=0, max_attempts=2)
    assert info.value.last.training_job_status is TrainingJobStatus.IN_PROGRESS


def test_a_deleted_waiter_returns_none_when_the_resource_is_gone(stubbed: tuple[Any, Any]) -> None:
    sm, stubber = stubbed
    stubber.add_client_error("describe_endpoint", "ValidationException", "Could not find endpoint")
    assert sm.wait_until_endpoint_deleted(endpoint_name="churn", delay=0) is None


def test_importing_smtyped_loads_no_async_code() -> None:
    import subprocess
    import sys

    code = "import sys, smtyped; smtyped.SageMakerClient; print(sorted(m for m in sys.modules if 'aio' in m))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
