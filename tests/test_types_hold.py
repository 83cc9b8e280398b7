"""What mypy accepts runs: create() describes, wait() on an ended snapshot, one dict rule at
every depth, whole request objects, and from_dict of a request checked like one."""

from __future__ import annotations

from typing import Any

import pytest
from botocore.stub import Stubber

from smtyped import SageMakerClient
from smtyped.errors import RequestTypeError, ResourceFailed
from smtyped.resources import Endpoint, TrainingJob
from smtyped.shapes import (
    CreateEndpointInput,
    CreateTrainingJobRequest,
    DescribeTrainingJobResponse,
    OutputDataConfig,
    Tag,
)
from smtyped.testing import stub

ROLE = "arn:aws:iam::123456789012:role/sm"
JOB_ARN = "arn:aws:sagemaker:us-east-1:123456789012:training-job/j"
T0 = "2024-01-01T00:00:00Z"
WIRE = {
    "TrainingJobName": "j",
    "RoleArn": ROLE,
    "OutputDataConfig": {"S3OutputPath": "s3://b/out"},
    "HyperParameters": {"epochs": "3"},
    "Tags": [{"Key": "team", "Value": "ml"}],
}


def _described(status: str, **more: Any) -> DescribeTrainingJobResponse:
    return DescribeTrainingJobResponse.from_dict(
        {
            "TrainingJobName": "j",
            "TrainingJobArn": JOB_ARN,
            "ModelArtifacts": {"S3ModelArtifacts": "s3://b/out/model.tar.gz"},
            "TrainingJobStatus": status,
            "SecondaryStatus": status,
            "AlgorithmSpecification": {"TrainingInputMode": "File"},
            "ResourceConfig": {"VolumeSizeInGB": 10},
            "StoppingCondition": {},
            "CreationTime": T0,
            **more,
        }
    )


@pytest.fixture
def sm(fake_aws_env: None) -> SageMakerClient:
    return SageMakerClient(region_name="us-east-1")


# -- 1. create() returns what it claims -----------------------------------------------------


def test_create_describes_so_every_always_present_field_reads(sm: SageMakerClient) -> None:
    with stub(sm) as s:
        s.create_training_job(
            training_job_name="j", role_arn=ROLE, output_data_config=OutputDataConfig(s3_output_path="s3://b/out")
        ).returns(_created())
        s.describe_training_job(training_job_name="j").returns(_described("InProgress"))
        job = TrainingJob.create(
            sm, training_job_name="j", role_arn=ROLE, output_data_config=OutputDataConfig(s3_output_path="s3://b/out")
        )
    # every field the type says is always there is there: nothing raises MissingMemberError
    assert job.training_job_status == "InProgress"
    assert job.creation_time.year == 2024 and job.secondary_status == "InProgress"
    assert job.training_job_arn == JOB_ARN


def _created() -> Any:
    from smtyped.shapes import CreateTrainingJobResponse

    return CreateTrainingJobResponse(training_job_arn=JOB_ARN)


def test_create_takes_no_describe_flag_any_more(sm: SageMakerClient) -> None:
    import inspect

    assert "describe" not in inspect.signature(TrainingJob.create).parameters
    assert "describe" not in inspect.signature(Endpoint.create).parameters


# -- 4. wait() on a snapshot that has ended --------------------------------------------------


@pytest.mark.parametrize("status", ["Completed", "Stopped"])
def test_wait_on_an_ended_snapshot_makes_no_call(sm: SageMakerClient, status: str) -> None:
    with stub(sm) as s:
        s.describe_training_job(training_job_name="j").returns(_described(status))
        job = TrainingJob.get(sm, "j")
        # no second Describe is stubbed: a call would fail the test (Stubber raises)
        assert job.wait(poll=0.01) is job
    if status == "Completed":
        assert job.wait_for_status("Completed") is job


def test_wait_on_a_failed_snapshot_raises_its_failure_without_a_call(sm: SageMakerClient) -> None:
    with stub(sm) as s:
        s.describe_training_job(training_job_name="j").returns(_described("Failed", FailureReason="OOM"))
        job = TrainingJob.get(sm, "j")
        with pytest.raises(ResourceFailed, match="OOM") as caught:
            job.wait(poll=0.01)
    assert caught.value.resource is job


def test_wait_on_a_running_snapshot_still_polls(sm: SageMakerClient) -> None:
    with stub(sm) as s:
        s.describe_training_job(training_job_name="j").returns(_described("InProgress"))
        s.describe_training_job(training_job_name="j").returns(_described("InProgress"))
        s.describe_training_job(training_job_name="j").returns(_described("Completed"))
        done = TrainingJob.get(sm, "j").wait(poll=0.01)
    assert done.training_job_status == "Completed"


# -- 2. one rule for dicts, at every depth ---------------------------------------------------


def _stubbed(sm: SageMakerClient, expected: dict[str, Any], times: int = 1) -> Stubber:
    stubber = Stubber(sm.client)
    for _ in range(times):
        stubber.add_response("create_training_job", {"TrainingJobArn": JOB_ARN}, expected)
    stubber.activate()
    return stubber


def test_dicts_at_the_top_and_inside_lists_are_sent_as_botocore_sends_them(sm: SageMakerClient) -> None:
    stubber = _stubbed(sm, WIRE, times=2)
    kwargs: dict[str, Any] = {
        "training_job_name": "j",
        "role_arn": ROLE,
        "hyper_parameters": {"epochs": "3"},
    }
    # untyped values, as from JSON, YAML or a Lambda event: mypy cannot see inside them
    as_dicts: dict[str, Any] = {"output_data_config": WIRE["OutputDataConfig"], "tags": WIRE["Tags"]}
    sm.create_training_job(**kwargs, **as_dicts)
    typed = sm.create_training_job(
        **kwargs, output_data_config=OutputDataConfig(s3_output_path="s3://b/out"), tags=[Tag(key="team", value="ml")]
    )
    assert typed.training_job_arn == JOB_ARN
    stubber.assert_no_pending_responses()


def test_a_dict_inside_a_class_is_converted_too(sm: SageMakerClient) -> None:
    from smtyped.shapes import AlgorithmSpecification, Channel

    expected = {
        "TrainingJobName": "j",
        "RoleArn": ROLE,
        "OutputDataConfig": {"S3OutputPath": "s3://b/out"},
        "AlgorithmSpecification": {"TrainingImage": "img", "TrainingInputMode": "File"},
        "InputDataConfig": [
            {"ChannelName": "train", "DataSource": {"S3DataSource": {"S3DataType": "S3Prefix", "S3Uri": "s3://b/d"}}}
        ],
    }
    stubber = _stubbed(sm, expected)
    data_source: Any = {"S3DataSource": {"S3DataType": "S3Prefix", "S3Uri": "s3://b/d"}}
    sm.create_training_job(
        training_job_name="j",
        role_arn=ROLE,
        output_data_config=OutputDataConfig(s3_output_path="s3://b/out"),
        algorithm_specification=AlgorithmSpecification(training_image="img", training_input_mode="File"),
        input_data_config=[Channel(channel_name="train", data_source=data_source)],
    )
    stubber.assert_no_pending_responses()


@pytest.mark.parametrize(
    ("changes", "path", "expected"),
    [
        ({"tags": [{"Key": "a", "Value": 1}]}, "tags[0].Value", "expected str, got int"),
        ({"tags": [{"Key": "a"}]}, "tags[0].Value", "expected str (required), got nothing"),
        ({"tags": ["a"]}, "tags[0]", "expected Tag (or its wire-name dict), got str"),
        ({"output_data_config": {"S3OutputPath": 5}}, "output_data_config.S3OutputPath", "expected str, got int"),
        ({"output_data_config": [1]}, "output_data_config", "expected OutputDataConfig"),
        ({"hyper_parameters": {"epochs": 3}}, "hyper_parameters['epochs']", "expected str, got int"),
    ],
)
def test_every_mistake_in_a_dict_is_a_request_type_error_naming_the_path(
    sm: SageMakerClient, changes: dict[str, Any], path: str, expected: str
) -> None:
    kwargs: dict[str, Any] = {"training_job_name": "j", "role_arn": ROLE, "output_data_config": {"S3OutputPath": "s"}}
    with pytest.raises(RequestTypeError) as caught:
        sm.create_training_job(**{**kwargs, **changes})
    assert caught.value.path == path and caught.value.method == "create_training_job"
    assert expected in str(caught.value)
    assert not isinstance(caught.value, AttributeError)


def test_unknown_keys_in_a_dict_reach_botocore_which_names_them(sm: SageMakerClient) -> None:
    from botocore.exceptions import ParamValidationError

    tags: Any = [{"Key": "a", "Value": "b", "Vaule": "typo"}]
    with pytest.raises(ParamValidationError, match="Vaule"):
        sm.create_endpoint(endpoint_name="e", endpoint_config_name="c", tags=tags)


# -- 3. whole requests and from_dict ---------------------------------------------------------


def test_a_whole_request_is_sent_exactly_as_its_dict(sm: SageMakerClient) -> None:
    stubber = _stubbed(sm, {**WIRE, "Environment": {"A": "1"}}, times=2)
    request = CreateTrainingJobRequest.from_dict(WIRE)
    assert request.tags == [Tag(key="team", value="ml")]
    sm.create_training_job(request, extra={"Environment": {"A": "1"}})
    # unknown keys of the dict are kept and sent too
    sm.create_training_job(CreateTrainingJobRequest.from_dict({**WIRE, "Environment": {"A": "1"}}))
    stubber.assert_no_pending_responses()


def test_from_dict_of_a_request_names_the_wrong_value() -> None:
    with pytest.raises(RequestTypeError) as caught:
        CreateTrainingJobRequest.from_dict({**WIRE, "HyperParameters": {"epochs": 3}})
    assert str(caught.value) == (
        "CreateTrainingJobRequest.from_dict: hyper_parameters['epochs']: expected str, got int"
    )
    with pytest.raises(RequestTypeError, match=r"role_arn: expected str \(required\), got nothing"):
        CreateTrainingJobRequest.from_dict({k: v for k, v in WIRE.items() if k != "RoleArn"})
    with pytest.raises(RequestTypeError, match="expected a dict with wire names, got list"):
        CreateTrainingJobRequest.from_dict([])  # type: ignore[arg-type]


def test_a_request_of_another_operation_or_a_dict_is_refused(sm: SageMakerClient) -> None:
    other = CreateEndpointInput(endpoint_name="e", endpoint_config_name="c")
    with pytest.raises(RequestTypeError, match="request: expected CreateTrainingJobRequest, got CreateEndpointInput"):
        sm.create_training_job(other)  # type: ignore[call-overload]
    with pytest.raises(RequestTypeError, match=r"CreateTrainingJobRequest.from_dict\(d\)"):
        sm.create_training_job(WIRE)  # type: ignore[call-overload]
    with pytest.raises(TypeError, match="not both"):
        sm.create_training_job(CreateTrainingJobRequest.from_dict(WIRE), role_arn=ROLE)  # type: ignore[call-overload]


def test_every_operation_takes_its_request_class() -> None:
    """For each operation, the keywords the stubs declare are exactly the request class's
    fields, and the method's signature (help, inspect) says the same: a whole request carries
    everything the keywords can, and the keywords mypy accepts are the ones the converter builds
    the request from (checked over the whole client)."""
    import ast
    import inspect
    from pathlib import Path

    import smtyped
    from smtyped import shapes

    stubbed: dict[str, list[str]] = {}
    for stub_file in [Path(smtyped.__file__).with_name("client.pyi")]:
        for node in ast.walk(ast.parse(stub_file.read_text())):
            if isinstance(node, ast.FunctionDef) and node.args.kwonlyargs and not node.args.posonlyargs[1:]:
                stubbed[node.name] = [a.arg for a in node.args.kwonlyargs if a.arg != "extra"]
    sm_cls = SageMakerClient
    checked = 0
    for name in sorted(sm_cls._METHOD_KINDS):
        if name.startswith(("paginate_", "wait_until_")):
            continue
        sig = inspect.signature(getattr(sm_cls, name))
        request = next(iter(list(sig.parameters.values())[1:2]))
        assert request.kind is inspect.Parameter.POSITIONAL_ONLY and request.name == "request", name
        cls = getattr(shapes, request.annotation.split(" | ")[0])
        keywords = [p for p in list(sig.parameters)[2:] if p != "extra"]
        assert sorted(cls._FIELDS) == sorted(keywords) == sorted(stubbed[name]), name
        checked += 1
    assert checked > 400


def test_a_request_mistake_names_public_modules_and_a_short_traceback(fake_aws_env: None) -> None:
    import subprocess
    import sys

    code = (
        "from smtyped import SageMakerClient\n"
        "sm = SageMakerClient(region_name='us-east-1')\n"
        "tags = [{'Key': 'a', 'Value': 1}]\n"
        "sm.create_endpoint(endpoint_name='e', endpoint_config_name='c', tags=tags)\n"
    )
    env = {"AWS_ACCESS_KEY_ID": "x", "AWS_SECRET_ACCESS_KEY": "x", "PATH": ""}
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    lines = proc.stderr.strip().splitlines()
    assert lines[-1] == "smtyped.errors.RequestTypeError: create_endpoint: tags[0].Value: expected str, got int"
    frames = [ln for ln in lines if ln.strip().startswith("File ")]
    assert frames[0].strip().startswith('File "<string>", line 4')  # the user's own line first
    assert len(frames) <= 4  # not the recursive walk that found it
    from smtyped.errors import ConversionError, MissingMemberError, RequestTypeError

    assert {c.__module__ for c in (ConversionError, MissingMemberError, RequestTypeError)} == {"smtyped.errors"}
