"""Compile a PyTorch model for an Ambarella CV2 device and report on the job.

python examples/compile_for_amba_cv2.py resnet-cv2 arn:aws:iam::123456789012:role/sm s3://bucket
"""

from __future__ import annotations

import sys

from smtyped import SageMakerClient
from smtyped.enums import Framework, TargetDevice
from smtyped.shapes import InputConfig, OutputConfig, StoppingCondition


def main(sm: SageMakerClient, job_name: str, role_arn: str, bucket: str) -> str:
    created = sm.create_compilation_job(
        compilation_job_name=job_name,
        role_arn=role_arn,
        input_config=InputConfig(
            s3_uri=f"{bucket}/model.tar.gz",
            data_input_config='{"data": [1, 3, 224, 224]}',
            framework=Framework.PYTORCH,
        ),
        output_config=OutputConfig(s3_output_location=f"{bucket}/compiled", target_device=TargetDevice.AMBA_CV2),
        stopping_condition=StoppingCondition(max_runtime_in_seconds=900),
    )
    job = sm.describe_compilation_job(compilation_job_name=job_name)
    device = job.output_config.target_device if job.output_config else None
    print(f"{created.compilation_job_arn}: {job.compilation_job_status} for {device}")
    return str(job.compilation_job_status)


if __name__ == "__main__":
    main(SageMakerClient(), *sys.argv[1:4])
