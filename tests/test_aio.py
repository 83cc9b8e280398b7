"""The async client against moto's server on 127.0.0.1 (run by ``nox -s aio``, which has aiobotocore)."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from typing import Any

import pytest

pytest.importorskip("aiobotocore", reason="the async client's tests run in `nox -s aio` (aiobotocore pins botocore)")

from smtyped.aio import AsyncSageMakerClient
from smtyped.enums import Framework, TargetDevice
from smtyped.errors import ResourceNotFound, ValidationError, is_not_found
from smtyped.shapes import InputConfig, OutputConfig, StoppingCondition
from tests.helpers import ROOT


def _run(moto_endpoint: str, body: Any) -> Any:
    import requests

    requests.post(f"{moto_endpoint}/moto-api/reset", timeout=10)

    async def go() -> Any:
        async with AsyncSageMakerClient(region_name="us-east-1", endpoint_url=moto_endpoint) as sm:
            return await body(sm)

    return asyncio.run(go())


def test_calls_pages_errors(moto_endpoint: str) -> None:
    async def body(sm: AsyncSageMakerClient) -> list[str]:
        for i in range(3):
            await sm.create_compilation_job(
                compilation_job_name=f"job-{i}",
                role_arn="arn:aws:iam::123456789012:role/sm",
                input_config=InputConfig(s3_uri="s3://b/m.tar.gz", data_input_config="{}", framework=Framework.PYTORCH),
                output_config=OutputConfig(s3_output_location="s3://b/out", target_device=TargetDevice.AMBA_CV2),
                stopping_condition=StoppingCondition(max_runtime_in_seconds=900),
            )
        job = await sm.describe_compilation_job(compilation_job_name="job-1")
        assert job.output_config and job.output_config.target_device is TargetDevice.AMBA_CV2
        names = [s.compilation_job_name or "" async for s in sm.paginate_list_compilation_jobs(page_size=2)]
        pages = [p async for p in sm.paginate_list_compilation_jobs(page_size=2).pages()]
        assert len(pages) == 2
        with pytest.raises(ResourceNotFound):
            await sm.describe_compilation_job(compilation_job_name="nope")
        with pytest.raises(ValidationError) as info:
            await sm.describe_model_package(model_package_name="nope")
        assert is_not_found(info.value)
        return names

    assert sorted(_run(moto_endpoint, body)) == ["job-0", "job-1", "job-2"]


def test_the_example_runs_against_moto(moto_endpoint: str) -> None:
    import requests

    requests.post(f"{moto_endpoint}/moto-api/reset", timeout=10)
    env = {**os.environ, "AWS_ENDPOINT_URL_SAGEMAKER": moto_endpoint}
    proc = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "async_training_jobs.py"), "churn"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "  churn: InService" in proc.stdout and "endpoint churn InService" in proc.stdout


def test_using_it_outside_async_with_is_a_clear_error() -> None:
    async def go() -> None:
        sm = AsyncSageMakerClient(region_name="us-east-1")
        await sm.describe_compilation_job(compilation_job_name="x")

    with pytest.raises(RuntimeError, match="async with"):
        asyncio.run(go())


def test_the_typed_test_double_works_for_the_async_client() -> None:
    from datetime import datetime

    from smtyped.shapes import DescribeModelPackageOutput, ModelPackageStatusDetails
    from smtyped.testing import UnmetExpectations, stub

    pkg = DescribeModelPackageOutput(
        model_package_name="churn",
        model_package_arn="arn:aws:sagemaker:us-east-1:123456789012:model-package/churn/3",
        creation_time=datetime(2024, 1, 1),
        model_package_status="Completed",
        model_package_status_details=ModelPackageStatusDetails(validation_statuses=[]),
    )

    async def go() -> None:
        async with AsyncSageMakerClient(region_name="us-east-1", endpoint_url="http://127.0.0.1:9") as sm:
            with stub(sm) as s:
                s.describe_model_package(model_package_name="churn/3").returns(pkg)
                s.describe_compilation_job(compilation_job_name="nope").raises(ResourceNotFound, "no such job")
                assert await sm.describe_model_package(model_package_name="churn/3") == pkg
                with pytest.raises(ResourceNotFound):
                    await sm.describe_compilation_job(compilation_job_name="nope")
            with pytest.raises(UnmetExpectations), stub(sm) as s:
                s.describe_model_package(model_package_name="churn/3").returns(pkg)

    asyncio.run(go())


def test_async_resources_lifecycle_with_logs(moto_endpoint: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """smtyped.resources.aio: the same resources, awaited; the logs client comes from the same
    (aiobotocore) session, found through AWS_ENDPOINT_URL like any client without endpoint_url."""
    import time

    import requests

    from smtyped.resources import LogEvent
    from smtyped.resources.aio import Endpoint, EndpointConfig, Model, TrainingJob
    from smtyped.shapes import (
        AlgorithmSpecification,
        ContainerDefinition,
        OutputDataConfig,
        ProductionVariant,
        ResourceConfig,
    )

    requests.post(f"{moto_endpoint}/moto-api/reset", timeout=10)
    monkeypatch.setenv("AWS_ENDPOINT_URL", moto_endpoint)
    role = "arn:aws:iam::123456789012:role/sm"

    async def go() -> tuple[list[str], list[str], str]:
        async with AsyncSageMakerClient(region_name="us-east-1") as sm:
            async with sm.companion("logs") as logs:
                await logs.create_log_group(logGroupName="/aws/sagemaker/TrainingJobs")
                await logs.create_log_stream(logGroupName="/aws/sagemaker/TrainingJobs", logStreamName="aj/algo-1")
                now = int(time.time() * 1000)
                await logs.put_log_events(
                    logGroupName="/aws/sagemaker/TrainingJobs",
                    logStreamName="aj/algo-1",
                    logEvents=[{"timestamp": now, "message": "epoch 1"}],
                )
            job = await TrainingJob.create(
                sm,
                training_job_name="aj",
                role_arn=role,
                algorithm_specification=AlgorithmSpecification(training_image="img", training_input_mode="File"),
                output_data_config=OutputDataConfig(s3_output_path="s3://b/out"),
                resource_config=ResourceConfig(instance_type="ml.m5.large", instance_count=1, volume_size_in_gb=5),
                stopping_condition=StoppingCondition(max_runtime_in_seconds=60),
            )
            seen: list[LogEvent] = []
            done = await job.wait(poll=0.01, logs=seen.append)
            names = [j.training_job_name async for j in TrainingJob.list(sm)]
            model = await Model.create(
                sm,
                model_name="m",
                execution_role_arn=role,
                primary_container=ContainerDefinition(
                    image="img", model_data_url=done.model_artifacts.s3_model_artifacts
                ),
            )
            config = await EndpointConfig.create(
                sm,
                endpoint_config_name="c",
                production_variants=[
                    ProductionVariant(
                        variant_name="v", model_name="m", instance_type="ml.m5.large", initial_instance_count=1
                    )
                ],
            )
            endpoint = await (await Endpoint.create(sm, endpoint_name="e", endpoint_config_name="c")).wait(poll=0.01)
            for gone in (endpoint, config, model):
                await gone.delete()
            with pytest.raises(ValidationError):
                await Endpoint.get(sm, "e")
            return [e.message for e in seen], names, str(endpoint.endpoint_status)

    lines, names, status = asyncio.run(go())
    assert lines == ["epoch 1"] and names == ["aj"] and status == "InService"


def test_async_create_describes_and_wait_on_an_ended_snapshot_makes_no_call(moto_endpoint: str) -> None:
    """The async resources keep the same promises: create() returns the described resource,
    wait() on a snapshot that has ended returns it; the async client takes whole requests and
    dicts at any depth like the sync one."""
    import requests

    from smtyped.errors import RequestTypeError
    from smtyped.resources.aio import TrainingJob
    from smtyped.shapes import CreateTrainingJobRequest

    requests.post(f"{moto_endpoint}/moto-api/reset", timeout=10)
    wire = {
        "TrainingJobName": "whole",
        "RoleArn": "arn:aws:iam::123456789012:role/sm",
        "AlgorithmSpecification": {"TrainingImage": "img", "TrainingInputMode": "File"},
        "OutputDataConfig": {"S3OutputPath": "s3://b/out"},
        "ResourceConfig": {"InstanceType": "ml.m5.large", "InstanceCount": 1, "VolumeSizeInGB": 5},
        "StoppingCondition": {"MaxRuntimeInSeconds": 60},
    }

    async def go() -> list[str]:
        async with AsyncSageMakerClient(region_name="us-east-1", endpoint_url=moto_endpoint) as sm:
            calls: list[str] = []
            sm.client.meta.events.register("before-call.sagemaker.*", lambda model, **_: calls.append(model.name))
            await sm.create_training_job(CreateTrainingJobRequest.from_dict(wire))
            fields: dict[str, Any] = {
                "role_arn": wire["RoleArn"],
                "algorithm_specification": wire["AlgorithmSpecification"],
                "output_data_config": wire["OutputDataConfig"],
                "resource_config": wire["ResourceConfig"],
                "stopping_condition": wire["StoppingCondition"],
            }
            tags: Any = [{"Key": "a", "Value": 1}]  # untyped, as from JSON: checked at run time
            with pytest.raises(RequestTypeError, match=r"tags\[0\].Value: expected str, got int"):
                await sm.create_training_job(training_job_name="bad", tags=tags, **fields)
            job = await TrainingJob.create(sm, training_job_name="res", **fields)
            assert job.training_job_status == "Completed" and job.creation_time is not None
            before = len(calls)
            assert await job.wait(poll=0.01) is job
            assert len(calls) == before  # no Describe: the snapshot had ended
            return calls

    calls = asyncio.run(go())
    assert calls[:3] == ["CreateTrainingJob", "CreateTrainingJob", "DescribeTrainingJob"]
