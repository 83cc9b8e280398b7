"""Runtime smoke check for the oldest supported Pythons (``nox -s compat``), not a pytest module.

The package claims Python >= 3.9 while CI runs the machine's Python: this loads every
generated module, converts, and makes typed calls on botocore's Stubber, with only the
runtime dependencies installed.
"""

import pickle
import sys

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
    "CreationTime": 0,
    "LastModifiedTime": 0,
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


if __name__ == "__main__":
    shapes = every_module_loads()
    conversion()
    typed_calls()
    print(f"Python {sys.version.split()[0]}: ok ({shapes} shape classes loaded, typed calls made)")
