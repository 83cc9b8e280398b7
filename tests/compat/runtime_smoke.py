"""Runtime smoke check for the oldest supported Pythons (``nox -s compat``), not a pytest module.

The package claims Python >= 3.10 while most of CI runs 3.11: this loads every
generated module, converts, and makes typed calls on botocore's Stubber, with only the
runtime dependencies installed.
"""

import datetime
import pickle
import sys
from typing import Any

import attrs
import botocore.session
from botocore.stub import Stubber

from smtyped import SageMakerClient, history
from smtyped._registry import ENUMS, SHAPES
from smtyped.convert import converter
from smtyped.enums import TargetDevice
from smtyped.errors import ResourceNotFound
from smtyped.shapes import OutputConfig

JOB = {
    "CompilationJobName": "j",
    "CompilationJobArn": "arn:aws:sagemaker:us-east-1:1:compilation-job/j",
    "CompilationJobStatus": "COMPLETED",
    "StoppingCondition": {},
    "CreationTime": datetime.datetime(2021, 12, 8, tzinfo=datetime.timezone.utc),
    "LastModifiedTime": datetime.datetime(2021, 12, 8, tzinfo=datetime.timezone.utc),
    "FailureReason": "",
    "ModelArtifacts": {"S3ModelArtifacts": "s3://x"},
    "RoleArn": "arn:aws:iam::123456789012:role/r",
    "InputConfig": {"S3Uri": "s3://x", "Framework": "PYTORCH"},
    "OutputConfig": {"S3OutputLocation": "s3://b", "TargetDevice": "amba_cv2"},
}


def every_module_loads() -> int:
    for name in SHAPES.names():
        assert SHAPES[name]._from_wire({}).to_dict() == {}, name
    for name in ENUMS.names():
        ENUMS[name]
    return len(SHAPES.names())


def conversion() -> None:
    cfg = OutputConfig(s3_output_location="s3://b").replace(target_device="amba_cv2")
    assert [f.name for f in attrs.fields(OutputConfig)][:2] == ["s3_output_location", "target_device"]
    assert cfg.target_device is TargetDevice.AMBA_CV2
    assert converter.structure(cfg.to_dict(), OutputConfig) == cfg
    assert pickle.loads(pickle.dumps(TargetDevice("ml_inf9"))).value == "ml_inf9"
    assert history.values(TargetDevice)["amba_cv2"].since == "2021-12-08"


def typed_calls() -> None:
    client = botocore.session.get_session().create_client(
        "sagemaker", region_name="us-east-1", aws_access_key_id="x", aws_secret_access_key="x"
    )
    stubber = Stubber(client)
    stubber.activate()
    stubber.add_response("describe_compilation_job", JOB, {"CompilationJobName": "j"})
    stubber.add_client_error("describe_compilation_job", "ResourceNotFound", "nope")
    sm = SageMakerClient(client=client)
    job = sm.describe_compilation_job(compilation_job_name="j")
    assert job.output_config and job.output_config.target_device is TargetDevice.AMBA_CV2
    try:
        sm.describe_compilation_job(compilation_job_name="j")
    except ResourceNotFound as err:
        assert err.error_code == "ResourceNotFound"
    else:
        raise AssertionError("no ResourceNotFound")


def runtime_client() -> None:
    import io

    from botocore.response import StreamingBody

    from smtyped.runtime import SageMakerRuntimeClient, shapes

    for name in shapes.__all__:
        cls = getattr(shapes, name)
        bases = (shapes.Shape, shapes.OutputShape, shapes.StreamingOutput)
        if isinstance(cls, type) and issubclass(cls, shapes.Shape) and cls not in bases:
            assert cls._from_wire({}).to_dict() == {}, name  # from_dict checks a request as one
    client = botocore.session.get_session().create_client(
        "sagemaker-runtime", region_name="us-east-1", aws_access_key_id="x", aws_secret_access_key="x"
    )
    stubber = Stubber(client)
    stubber.activate()
    stubber.add_response("invoke_endpoint", {"Body": StreamingBody(io.BytesIO(b"[0.5]"), 5)})
    with SageMakerRuntimeClient(client=client).invoke_endpoint(endpoint_name="e", body="[1]") as out:
        assert out.body.read() == b"[0.5]"
    events = shapes.InvokeEndpointWithResponseStreamOutput.from_dict({"Body": [{"PayloadPart": {"Bytes": b"a"}}]})
    assert [e.payload_part.bytes for e in events.body if e.payload_part] == [b"a"]


def requests_checked() -> None:
    """The request checks evaluate annotations at run time: dicts at any depth, from_dict."""
    from smtyped.errors import RequestTypeError
    from smtyped.shapes import CreateTrainingJobRequest

    wire: dict[str, Any] = {  # untyped, as from a config file: checked at run time
        "TrainingJobName": "j",
        "RoleArn": "arn:aws:iam::123456789012:role/r",
        "OutputDataConfig": {"S3OutputPath": "s3://b"},
        "Tags": [{"Key": "a", "Value": "b"}],
    }
    client = botocore.session.get_session().create_client(
        "sagemaker", region_name="us-east-1", aws_access_key_id="x", aws_secret_access_key="x"
    )
    stubber = Stubber(client)
    stubber.activate()
    arn = {"TrainingJobArn": "arn:aws:sagemaker:us-east-1:1:training-job/j"}
    stubber.add_response("create_training_job", arn, wire)
    stubber.add_response("create_training_job", arn, wire)
    sm = SageMakerClient(client=client)
    sm.create_training_job(CreateTrainingJobRequest.from_dict(wire))
    sm.create_training_job(
        training_job_name="j", role_arn=wire["RoleArn"], output_data_config=wire["OutputDataConfig"], tags=wire["Tags"]
    )
    try:
        CreateTrainingJobRequest.from_dict({**wire, "Tags": [{"Key": "a", "Value": 1}]})
    except RequestTypeError as err:
        assert err.path == "tags[0].Value", err
    else:
        raise AssertionError("no RequestTypeError")


if __name__ == "__main__":
    shapes = every_module_loads()
    requests_checked()
    conversion()
    typed_calls()
    runtime_client()
    print(f"Python {sys.version.split()[0]}: ok ({shapes} shape classes loaded, typed calls made)")
