"""smtyped.resources: the lifecycle on moto's server (logs too), waiting on a Stubber."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from typing import Any

import attrs
import pytest
import requests

from smtyped import SageMakerClient
from smtyped.errors import ResourceFailed, ResourceWaitTimeout, ValidationError
from smtyped.resources import Endpoint, LogEvent, Model, TrainingJob
from smtyped.shapes import AlgorithmSpecification, OutputDataConfig, ResourceConfig, StoppingCondition
from tests.helpers import ROOT
from tests.test_examples import _example

ROLE = "arn:aws:iam::123456789012:role/sm"
T0 = "2024-01-01T00:00:00Z"


@pytest.fixture
def sm_env(moto_endpoint: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[SageMakerClient]:
    """A client on moto found the way users' clients find AWS: no endpoint_url, so a logs client
    of the same session (``wait(logs=True)``) reaches the same server (AWS_ENDPOINT_URL)."""
    requests.post(f"{moto_endpoint}/moto-api/reset", timeout=10)
    monkeypatch.setenv("AWS_ENDPOINT_URL", moto_endpoint)
    yield SageMakerClient(region_name="us-east-1")


def _create_job(sm: SageMakerClient, name: str, **more: Any) -> TrainingJob:
    return TrainingJob.create(
        sm,
        training_job_name=name,
        role_arn=ROLE,
        algorithm_specification=AlgorithmSpecification(training_image="img", training_input_mode="File"),
        output_data_config=OutputDataConfig(s3_output_path="s3://b/out"),
        resource_config=ResourceConfig(instance_type="ml.m5.large", instance_count=1, volume_size_in_gb=10),
        stopping_condition=StoppingCondition(max_runtime_in_seconds=600),
        **more,
    )


def _calls(sm: SageMakerClient) -> list[str]:
    seen: list[str] = []
    sm.client.meta.events.register("before-call.sagemaker.*", lambda model, **_: seen.append(model.name))
    return seen


def _put_logs(sm: SageMakerClient, group: str, stream: str, lines: list[str]) -> None:
    logs = sm.companion("logs")
    try:
        logs.create_log_group(logGroupName=group)
    except logs.exceptions.ResourceAlreadyExistsException:
        pass
    logs.create_log_stream(logGroupName=group, logStreamName=stream)
    now = int(time.time() * 1000)
    events = [{"timestamp": now + i, "message": line} for i, line in enumerate(lines)]
    logs.put_log_events(logGroupName=group, logStreamName=stream, logEvents=events)


# -- on moto's server ------------------------------------------------------------------------


def test_create_describes_the_new_resource(sm_env: SageMakerClient) -> None:
    calls = _calls(sm_env)
    job = _create_job(sm_env, "xgb-1")
    # Create, then Describe: every field typed as always present is there to read
    assert calls == ["CreateTrainingJob", "DescribeTrainingJob"]
    assert isinstance(job, TrainingJob) and job.client is sm_env
    assert job.training_job_name == "xgb-1" and job.role_arn == ROLE
    assert job.training_job_arn.endswith(":training-job/xgb-1")
    assert job.training_job_status == "Completed" and job.creation_time is not None
    assert job.resource_config is not None and job.resource_config.instance_count == 1
    fresh = job.refresh()
    assert calls == ["CreateTrainingJob", "DescribeTrainingJob", "DescribeTrainingJob"]
    assert fresh is not job and fresh == job
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        fresh.training_job_name = "other"  # type: ignore[misc]


def test_get_is_the_same_snapshot(sm_env: SageMakerClient) -> None:
    job = _create_job(sm_env, "xgb-2")
    same = TrainingJob.get(sm_env, "xgb-2")
    assert same == job and same.client is sm_env
    assert TrainingJob.get(sm_env, training_job_name="xgb-2").training_job_arn == job.training_job_arn


def test_list_describes_each_item_when_reached(sm_env: SageMakerClient) -> None:
    for i in range(3):
        _create_job(sm_env, f"job-{i}")
    calls = _calls(sm_env)
    found = TrainingJob.list(sm_env, max_items=2)
    assert calls == []  # nothing is called before the first item is asked for
    first = next(found)
    assert isinstance(first, TrainingJob) and first.training_job_status == "Completed"
    assert calls == ["ListTrainingJobs", "DescribeTrainingJob"]
    rest = list(found)
    assert len(rest) == 1 and calls.count("DescribeTrainingJob") == 2


def test_wait_prints_the_jobs_log_from_the_same_session(sm_env: SageMakerClient, capsys: Any) -> None:
    job = _create_job(sm_env, "logged")
    _put_logs(sm_env, "/aws/sagemaker/TrainingJobs", "logged/algo-1-1", ["epoch 1", "train-rmse: 0.25"])
    _put_logs(sm_env, "/aws/sagemaker/TrainingJobs", "other/algo-1-1", ["not this job"])
    done = job.wait(logs=True, poll=0.01)
    assert done.training_job_status == "Completed"
    out = capsys.readouterr().out
    assert "[logged/algo-1-1] epoch 1\n[logged/algo-1-1] train-rmse: 0.25\n" in out
    assert "not this job" not in out
    # a callable receives each line instead
    seen: list[LogEvent] = []
    job.wait(logs=seen.append, poll=0.01)
    assert [e.message for e in seen] == ["epoch 1", "train-rmse: 0.25"]
    assert capsys.readouterr().out == ""  # nothing drawn unless asked


def test_the_lifecycle_example_runs(sm_env: SageMakerClient, moto_endpoint: str, capsys: Any) -> None:
    from smtyped.runtime import SageMakerRuntimeClient

    _put_logs(sm_env, "/aws/sagemaker/TrainingJobs", "demo/algo-1-1", ["[0] train-logloss:0.61"])
    rt = SageMakerRuntimeClient(region_name="us-east-1")
    answer = _example("resources_lifecycle").main(sm_env, rt, "demo", "s3://b/train/", "s3://b/out/", ROLE)
    assert isinstance(answer, bytes)
    out = capsys.readouterr().out
    assert "[demo/algo-1-1] [0] train-logloss:0.61" in out
    assert "demo: Completed, s3://b/out/demo/output/model.tar.gz" in out
    assert "demo: InService" in out
    # cleaned up: each resource is gone
    for cls in (Endpoint, Model):
        with pytest.raises(ValidationError, match="Could not find"):
            cls.get(sm_env, "demo")


def test_each_resource_keeps_the_client_it_came_from(moto_endpoint: str) -> None:
    requests.post(f"{moto_endpoint}/moto-api/reset", timeout=10)
    east = SageMakerClient(region_name="us-east-1", endpoint_url=moto_endpoint)
    west = SageMakerClient(region_name="us-west-2", endpoint_url=moto_endpoint)
    job = _create_job(west, "west-job")
    assert job.refresh().training_job_arn.startswith("arn:aws:sagemaker:us-west-2:")
    assert job.refresh().client is west
    with pytest.raises(ValidationError):
        TrainingJob.get(east, "west-job")


# -- waiting, on a Stubber --------------------------------------------------------------------


def _endpoint(status: str, **more: Any) -> dict[str, Any]:
    return {
        "EndpointName": "churn",
        "EndpointArn": "arn:aws:sagemaker:us-east-1:123456789012:endpoint/churn",
        "EndpointStatus": status,
        "CreationTime": T0,
        "LastModifiedTime": T0,
        **more,
    }


def _stub_describes(stubber: Any, *responses: dict[str, Any]) -> None:
    for r in responses:
        stubber.add_response("describe_endpoint", r, {"EndpointName": "churn"})


def test_wait_polls_until_an_end_state(stubbed: tuple[Any, Any]) -> None:
    sm, stubber = stubbed
    _stub_describes(
        stubber, _endpoint("Creating"), _endpoint("Creating"), _endpoint("Creating"), _endpoint("InService")
    )
    ep = Endpoint.get(sm, "churn")
    polled: list[str] = []
    done = ep.wait(poll=0, on_poll=lambda e: polled.append(str(e.endpoint_status)))
    assert done.endpoint_status == "InService" and isinstance(done, Endpoint)
    assert polled == ["Creating", "Creating", "InService"]
    assert ep.endpoint_status == "Creating"  # the first snapshot does not change
    stubber.assert_no_pending_responses()


def test_a_failure_raises_with_the_reason_and_the_last_snapshot(stubbed: tuple[Any, Any]) -> None:
    sm, stubber = stubbed
    _stub_describes(stubber, _endpoint("Creating"), _endpoint("Failed", FailureReason="image not found"))
    with pytest.raises(ResourceFailed, match="Endpoint Failed: image not found") as err:
        Endpoint.get(sm, "churn").wait(poll=0)
    assert err.value.status == "Failed" and err.value.reason == "image not found"
    assert isinstance(err.value.resource, Endpoint) and err.value.resource.failure_reason == "image not found"


def test_wait_for_status(stubbed: tuple[Any, Any]) -> None:
    sm, stubber = stubbed
    _stub_describes(stubber, _endpoint("Updating"), _endpoint("Updating"), _endpoint("InService"))
    assert Endpoint.get(sm, "churn").wait_for_status("InService", poll=0).endpoint_status == "InService"
    # an end state other than the one asked for stops the wait
    _stub_describes(stubber, _endpoint("Creating"), _endpoint("InService"))
    with pytest.raises(ResourceFailed, match="ended InService, not OutOfService"):
        Endpoint.get(sm, "churn").wait_for_status("OutOfService", poll=0)


def test_a_timeout_carries_the_last_snapshot(stubbed: tuple[Any, Any]) -> None:
    sm, stubber = stubbed
    _stub_describes(stubber, _endpoint("Creating"), _endpoint("Creating"))
    with pytest.raises(ResourceWaitTimeout, match="still Creating") as err:
        Endpoint.get(sm, "churn").wait(timeout=0, poll=1)
    assert isinstance(err.value, TimeoutError) and err.value.resource.endpoint_status == "Creating"


def test_verbs_send_the_identifiers_and_their_own_keywords(stubbed: tuple[Any, Any]) -> None:
    sm, stubber = stubbed
    _stub_describes(stubber, _endpoint("InService"))
    ep = Endpoint.get(sm, "churn")
    stubber.add_response(
        "update_endpoint",
        {"EndpointArn": "arn:aws:sagemaker:us-east-1:123456789012:endpoint/churn"},
        {"EndpointName": "churn", "EndpointConfigName": "v2", "RetainAllVariantProperties": True},
    )
    ep.update(endpoint_config_name="v2", retain_all_variant_properties=True)
    stubber.add_response("delete_endpoint", {}, {"EndpointName": "churn"})
    ep.delete()
    stubber.assert_no_pending_responses()


def test_importing_resources_loads_no_resource_module() -> None:
    code = (
        "import sys, smtyped, smtyped.resources, smtyped.resources.aio\n"
        "loaded = [m for m in sys.modules if m.startswith('smtyped._generated.') and 'resources.' in m]\n"
        "heavy = [m for m in ('botocore', 'smtyped._resource', 'smtyped._generated.client') if m in sys.modules]\n"
        "print(loaded, heavy)\n"
        "from smtyped.resources import TrainingJob\n"
        "print(TrainingJob.__module__)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert proc.returncode == 0, proc.stderr
    first, second = proc.stdout.splitlines()
    assert first == "[] []"
    assert second == "smtyped._generated.resources._t"
