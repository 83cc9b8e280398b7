"""Members a response always has are typed non-optional; a response that omits one still works."""

from __future__ import annotations

import datetime
import inspect
import subprocess
import sys

import attrs
import botocore.session
import pytest

import smtyped
from smtyped import SageMakerClient
from smtyped.errors import MissingMemberError
from smtyped.shapes import (
    Channel,
    DescribeEndpointOutput,
    DescribeTrainingJobResponse,
    ModelArtifacts,
    OutputConfig,
    OutputDataConfig,
    ResourceConfig,
    StoppingCondition,
    TrainingJobSummary,
    VpcConfig,
)
from smtyped.testing import stub
from tests.helpers import ROOT

NOW = datetime.datetime(2026, 10, 1, tzinfo=datetime.timezone.utc)


def _client() -> SageMakerClient:
    session = botocore.session.Session()
    session.set_credentials("testing", "testing")
    # nothing listens on port 9: a request that reached botocore's sending would fail loudly
    return SageMakerClient(client=session.create_client("sagemaker", "us-east-1", endpoint_url="http://127.0.0.1:9"))


def test_always_present_members_are_required_and_not_optional() -> None:
    fields = attrs.fields_dict(DescribeTrainingJobResponse)
    assert str(fields["training_job_arn"].type) == "str"
    assert str(fields["creation_time"].type) == "datetime"
    assert str(fields["failure_reason"].type) == "str | None"  # the model does not promise it
    init = inspect.signature(DescribeTrainingJobResponse.__init__).parameters
    assert init["training_job_arn"].default is inspect.Parameter.empty
    assert init["failure_reason"].default is None
    with pytest.raises(TypeError):
        DescribeTrainingJobResponse(training_job_name="x")  # type: ignore[call-arg]
    source = inspect.getsource(DescribeEndpointOutput)
    arn_doc = source.split("endpoint_arn: str\n", 1)[1].split('"""')[1]
    assert "Always present in responses" in arn_doc
    assert set(TrainingJobSummary._ALWAYS) == {
        "training_job_name",
        "training_job_arn",
        "creation_time",
        "training_job_status",
    }


def test_a_shape_requests_use_keeps_the_pages_rule() -> None:
    """One rule for a shape used both ways: any request reaching it keeps the pages' [REQUIRED]."""
    assert ResourceConfig._ALWAYS == {} and VpcConfig._ALWAYS == {} and OutputConfig._ALWAYS == {}
    assert str(attrs.fields_dict(VpcConfig)["security_group_ids"].type) == "list[str]"  # [REQUIRED] on the pages


def test_a_response_that_omits_one_still_loads_round_trips_and_says_what_is_missing() -> None:
    wire = {"EndpointName": "e", "EndpointStatus": "InService", "CreationTime": NOW, "LastModifiedTime": NOW}
    out = DescribeEndpointOutput.from_dict(wire)
    assert out.to_dict() == wire
    assert out.endpoint_name == "e"
    assert not hasattr(out, "endpoint_arn")
    assert smtyped.omitted(out) == ["endpoint_arn"]
    with pytest.raises(MissingMemberError) as err:
        _ = out.endpoint_arn
    assert isinstance(err.value, AttributeError)
    assert "DescribeEndpointOutput.endpoint_arn" in str(err.value) and "omitted EndpointArn" in str(err.value)
    assert "endpoint_arn" not in repr(out)
    assert out == DescribeEndpointOutput.from_dict(dict(wire)) and hash(out) == hash(
        DescribeEndpointOutput.from_dict(wire)
    )
    full = DescribeEndpointOutput.from_dict({**wire, "EndpointArn": "arn:e"})
    assert smtyped.omitted(full) == [] and full != out and full.endpoint_arn == "arn:e"


def test_an_omitted_structure_member_raises_on_first_read() -> None:
    job = DescribeTrainingJobResponse.from_dict({"TrainingJobName": "x", "TrainingJobStatus": "InProgress"})
    with pytest.raises(
        MissingMemberError, match=r"DescribeTrainingJobResponse\.model_artifacts: the response omitted ModelArtifacts"
    ):
        _ = job.model_artifacts
    assert job.to_dict() == {"TrainingJobName": "x", "TrainingJobStatus": "InProgress"}
    assert "model_artifacts" in smtyped.omitted(job)


def test_the_test_double_names_the_operation_class_and_missing_members() -> None:
    sm = _client()
    with stub(sm) as s:
        half = DescribeTrainingJobResponse.from_dict({"TrainingJobName": "x"})
        with pytest.raises(ValueError) as err:
            s.describe_training_job(training_job_name="x").returns(half)
        text = str(err.value)
        assert text.startswith("stub of describe_training_job: DescribeTrainingJobResponse is not a valid response")
        assert "training_job_arn" in text and "TrainingJobArn" in text and "in input" not in text
        s.describe_training_job(training_job_name="x").returns(
            DescribeTrainingJobResponse(
                training_job_name="x",
                training_job_arn="arn:aws:sagemaker:us-east-1:123456789012:training-job/x",
                model_artifacts=ModelArtifacts(s3_model_artifacts="s3://b/m.tar.gz"),
                training_job_status="Completed",
                secondary_status="Completed",
                stopping_condition=StoppingCondition(max_runtime_in_seconds=60),
                creation_time=NOW,
            )
        )
        job = sm.describe_training_job(training_job_name="x")
    assert job.training_job_arn.endswith("/x")


# -- request mistakes ----------------------------------------------------------------------


def _create(sm: SageMakerClient, **changes: object) -> None:
    args: dict[str, object] = {
        "training_job_name": "x",
        "role_arn": "arn:aws:iam::123456789012:role/r",
        "output_data_config": OutputDataConfig(s3_output_path="s3://b/out"),
        **changes,
    }
    sm.create_training_job(**args)  # type: ignore[call-overload]


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        (
            {"input_data_config": [Channel(channel_name="train", data_source=[1, 2])]},  # type: ignore[arg-type]
            "create_training_job: input_data_config[0].data_source: expected DataSource (or its wire-name dict), got list",
        ),
        ({"hyper_parameters": {"a": 1}}, "create_training_job: hyper_parameters['a']: expected str, got int"),
        (
            {"resource_config": ResourceConfig(instance_count="2", volume_size_in_gb=10)},  # type: ignore[arg-type]
            "create_training_job: resource_config.instance_count: expected int, got str",
        ),
        ({"training_job_name": 7}, "create_training_job: training_job_name: expected str, got int"),
        (
            {"output_data_config": [1]},
            "create_training_job: output_data_config: expected OutputDataConfig (or its wire-name dict), got list",
        ),
    ],
)
def test_a_wrong_request_value_is_a_type_error_naming_its_path(changes: dict[str, object], message: str) -> None:
    with pytest.raises(TypeError) as err:
        _create(_client(), **changes)
    assert str(err.value) == message


def test_open_enums_still_take_any_string_in_requests() -> None:
    sm = _client()
    with stub(sm) as s:
        s.create_compilation_job(
            compilation_job_name="c",
            role_arn="arn:aws:iam::123456789012:role/r",
            output_config=OutputConfig(s3_output_location="s3://b", target_device="ml_inf9"),  # type: ignore[arg-type]
            stopping_condition=StoppingCondition(max_runtime_in_seconds=60),
        ).returns(
            smtyped.shapes.CreateCompilationJobResponse(
                compilation_job_arn="arn:aws:sagemaker:us-east-1:1:compilation-job/c"
            )
        )
        sm.create_compilation_job(
            compilation_job_name="c",
            role_arn="arn:aws:iam::123456789012:role/r",
            output_config=OutputConfig(s3_output_location="s3://b", target_device="ml_inf9"),  # type: ignore[arg-type]
            stopping_condition=StoppingCondition(max_runtime_in_seconds=60),
        )


def test_the_async_client_without_aiobotocore_says_how_to_install_it() -> None:
    code = (
        "import sys, asyncio\n"
        "sys.modules['aiobotocore'] = None\n"  # as if it were not installed
        "from smtyped.aio import AsyncSageMakerClient\n"
        "async def main():\n"
        "    async with AsyncSageMakerClient(region_name='us-east-1'):\n"
        "        pass\n"
        "try:\n    asyncio.run(main())\n"
        "except ModuleNotFoundError as err:\n    print(err)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert "pip install 'smtyped[aio]'" in out.stdout, out.stdout + out.stderr
