"""The typed client against moto's server on 127.0.0.1."""

from __future__ import annotations

from typing import Any

import boto3
import botocore.session
import pytest
from botocore.exceptions import ClientError

from smtyped import SageMakerClient
from smtyped.enums import Framework, ModelPackageStatus, TargetDevice
from smtyped.errors import ResourceNotFound, SageMakerError
from smtyped.shapes import (
    DescribeCompilationJobResponse,
    DescribeModelPackageOutput,
    InputConfig,
    OutputConfig,
    StoppingCondition,
)

ROLE = "arn:aws:iam::123456789012:role/sm"


def _compile(sm: Any, name: str, device: Any = TargetDevice.AMBA_CV2) -> None:
    sm.create_compilation_job(
        compilation_job_name=name,
        role_arn=ROLE,
        input_config=InputConfig(s3_uri="s3://b/model.tar.gz", data_input_config="{}", framework=Framework.PYTORCH),
        output_config=OutputConfig(s3_output_location="s3://b/out", target_device=device),
        stopping_condition=StoppingCondition(max_runtime_in_seconds=900),
    )


def test_create_and_describe_compilation_job(sm: Any) -> None:
    _compile(sm, "resnet-cv2")
    job = sm.describe_compilation_job(compilation_job_name="resnet-cv2")
    assert isinstance(job, DescribeCompilationJobResponse)
    assert job.compilation_job_name == "resnet-cv2"
    assert job.output_config and job.output_config.target_device is TargetDevice.AMBA_CV2
    assert job.input_config and job.input_config.framework is Framework.PYTORCH
    assert job.stopping_condition and job.stopping_condition.max_runtime_in_seconds == 900
    assert job.response_metadata["HTTPStatusCode"] == 200
    # the same call through raw botocore converts losslessly
    raw = sm.client.describe_compilation_job(CompilationJobName="resnet-cv2")
    assert DescribeCompilationJobResponse.from_dict(raw).to_dict() == raw


def test_literal_enum_argument(sm: Any) -> None:
    _compile(sm, "literal", device="amba_cv2")
    assert sm.describe_compilation_job(compilation_job_name="literal").output_config.target_device == "amba_cv2"


def test_paginate_fetches_pages_lazily(sm: Any) -> None:
    for i in range(5):
        _compile(sm, f"job-{i}")
    calls: list[str] = []
    sm.client.meta.events.register("before-call.sagemaker.ListCompilationJobs", lambda **kw: calls.append("call"))
    items = sm.paginate_list_compilation_jobs(max_results=2)
    assert calls == []  # nothing fetched before iteration
    first = next(items)
    assert len(calls) == 1
    rest = list(items)
    names = sorted([first.compilation_job_name] + [j.compilation_job_name for j in rest])
    assert names == [f"job-{i}" for i in range(5)]
    assert len(calls) == 3
    assert all(j.compilation_target_device is TargetDevice.AMBA_CV2 for j in [first, *rest])


def test_typed_error(sm: Any) -> None:
    with pytest.raises(ResourceNotFound) as info:
        sm.describe_compilation_job(compilation_job_name="nope")
    err = info.value
    assert isinstance(err, ClientError) and isinstance(err, SageMakerError)
    assert err.response["Error"]["Code"] == "ResourceNotFound"
    assert "nope" in err.response["Error"]["Message"]
    assert err.operation_name == "DescribeCompilationJob"
    assert isinstance(err.original, ClientError)


def test_model_package_round_trip(sm: Any) -> None:
    sm.create_model_package_group(model_package_group_name="churn")
    arn = sm.create_model_package(model_package_group_name="churn", model_package_description="v1").model_package_arn
    pkg = sm.describe_model_package(model_package_name=arn)
    assert isinstance(pkg, DescribeModelPackageOutput)
    assert pkg.model_package_status is ModelPackageStatus.COMPLETED
    assert pkg.created_by is not None and pkg.created_by.user_profile_name
    summaries = list(sm.paginate_list_model_packages(model_package_group_name="churn"))
    assert [s.model_package_arn for s in summaries] == [arn]
    raw = sm.client.describe_model_package(ModelPackageName=arn)
    assert DescribeModelPackageOutput.from_dict(raw).to_dict() == raw


def test_client_construction(moto_endpoint: str) -> None:
    from_botocore = SageMakerClient(
        session=botocore.session.get_session(), region_name="us-east-1", endpoint_url=moto_endpoint
    )
    from_boto3 = SageMakerClient(session=boto3.Session(region_name="us-east-1"), endpoint_url=moto_endpoint)
    raw = botocore.session.get_session().create_client("sagemaker", region_name="us-east-1", endpoint_url=moto_endpoint)
    wrapped = SageMakerClient(client=raw)
    assert wrapped.client is raw
    for sm in (from_botocore, from_boto3, wrapped):
        assert sm.client.meta.endpoint_url == moto_endpoint
        assert list(sm.paginate_list_compilation_jobs()) is not None
    with pytest.raises(TypeError):
        SageMakerClient(client=raw, region_name="us-east-1")
    with pytest.raises(TypeError):
        SageMakerClient(client=botocore.session.get_session().create_client("s3", region_name="us-east-1"))
