"""The user script from the SDK's specification: it must type-check under mypy --strict."""

from __future__ import annotations

import botocore.session

from smtyped import SageMakerClient
from smtyped.enums import Framework, TargetDevice
from smtyped.errors import ResourceNotFound
from smtyped.shapes import DescribeModelPackageOutput, InputConfig, OutputConfig, StoppingCondition


def run(role: str, arn: str) -> None:
    sm = SageMakerClient(region_name="us-east-1")
    sm = SageMakerClient(client=botocore.session.get_session().create_client("sagemaker"))
    sm.create_compilation_job(
        compilation_job_name="resnet-cv2",
        role_arn=role,
        input_config=InputConfig(
            s3_uri="s3://b/model.tar.gz", data_input_config='{"data":[1,3,224,224]}', framework=Framework.PYTORCH
        ),
        output_config=OutputConfig(s3_output_location="s3://b/out", target_device=TargetDevice.AMBA_CV2),
        stopping_condition=StoppingCondition(max_runtime_in_seconds=900),
    )
    pkg: DescribeModelPackageOutput = sm.describe_model_package(model_package_name="churn/3")
    if pkg.created_by and pkg.created_by.iam_identity:
        print(pkg.created_by.iam_identity.arn)
    print(pkg.response_metadata["RequestId"])
    for step in sm.paginate_list_pipeline_execution_steps(pipeline_execution_arn=arn):
        print(step.step_name, step.attempt_count)
    try:
        sm.describe_compilation_job(compilation_job_name="nope")
    except ResourceNotFound as err:
        print(err.response["Error"]["Message"])
    OutputConfig(s3_output_location="s3://b/out", target_device="amba_cv2")
