"""Train a built-in XGBoost model end to end: create the job, describe it, list the account's jobs.

python examples/train_xgboost.py churn-xgb-1 arn:aws:iam::123456789012:role/sm s3://bucket
"""

from __future__ import annotations

import sys

from smtyped import SageMakerClient
from smtyped.enums import TrainingInputMode
from smtyped.shapes import (
    AlgorithmSpecification,
    Channel,
    DataSource,
    OutputDataConfig,
    ResourceConfig,
    S3DataSource,
    StoppingCondition,
)

XGBOOST = "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1"


def main(sm: SageMakerClient, job_name: str, role_arn: str, bucket: str) -> list[str]:
    sm.create_training_job(
        training_job_name=job_name,
        role_arn=role_arn,
        algorithm_specification=AlgorithmSpecification(
            training_image=XGBOOST, training_input_mode=TrainingInputMode.FILE
        ),
        hyper_parameters={"objective": "binary:logistic", "num_round": "50"},
        input_data_config=[
            Channel(
                channel_name="train",
                data_source=DataSource(s3_data_source=S3DataSource(s3_data_type="S3Prefix", s3_uri=f"{bucket}/train/")),
                content_type="text/csv",
            )
        ],
        output_data_config=OutputDataConfig(s3_output_path=f"{bucket}/models/"),
        resource_config=ResourceConfig(instance_type="ml.m5.xlarge", instance_count=1, volume_size_in_gb=10),
        stopping_condition=StoppingCondition(max_runtime_in_seconds=3600),
    )
    job = sm.describe_training_job(training_job_name=job_name)
    instance = job.resource_config.instance_type if job.resource_config else None
    print(f"{job.training_job_name}: {job.training_job_status} on {instance}")
    names = [s.training_job_name for s in sm.paginate_list_training_jobs() if s.training_job_name]
    print(f"{len(names)} training jobs: {', '.join(names)}")
    return names


if __name__ == "__main__":
    main(SageMakerClient(), *sys.argv[1:4])
