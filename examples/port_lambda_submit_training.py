"""Ported from boto3: a Lambda that starts a training job from its event.

Source: a-barton/cdk-model-test, src/lambdas/submit_training/app.py (a boto3
``create_training_job`` call whose nested values come from the Lambda event). See
docs/coming-from-boto3.md for the side-by-side and what changed.
"""

from __future__ import annotations

import datetime
from typing import Any

from smtyped import SageMakerClient
from smtyped.shapes import (
    AlgorithmSpecification,
    Channel,
    DataSource,
    OutputDataConfig,
    ResourceConfig,
    S3DataSource,
    StoppingCondition,
)


def lambda_handler(event: dict[str, Any], _context: object, sm: SageMakerClient | None = None) -> dict[str, Any]:
    sm = sm or SageMakerClient()
    resource = event["resource_config"]  # the event's own keys, not SageMaker's
    job_name = f"{event['model_name']}-{datetime.datetime.now().strftime('%Y-%m-%d-%H-%M-%S')}"
    out = sm.create_training_job(
        training_job_name=job_name,
        algorithm_specification=AlgorithmSpecification(
            training_image=event["training_image"], training_input_mode="File"
        ),
        role_arn=event["role_arn"],
        input_data_config=[
            Channel(
                channel_name="train",
                data_source=DataSource(
                    s3_data_source=S3DataSource(s3_data_type="S3Prefix", s3_uri=event["train_data_uri"])
                ),
            )
        ],
        output_data_config=OutputDataConfig(s3_output_path=f"{event['train_data_uri']}/training_output"),
        resource_config=ResourceConfig(
            instance_type=resource["instance_type"],
            instance_count=resource["instance_count"],
            volume_size_in_gb=resource["volume_size"],
        ),
        enable_managed_spot_training=event["use_spot_training"],
        stopping_condition=StoppingCondition(max_runtime_in_seconds=900, max_wait_time_in_seconds=1000),
        # tags arrive in the event already in SageMaker's shape: passed on as they are (a dict
        # works wherever a structure goes, checked like the class)
        tags=event.get("tags"),
    )
    return {"statusCode": 200, "trainingJobArn": out.training_job_arn}
