"""What mypy accepts runs: read what ``create()`` returns, pass dicts where boto3 code has them
(at the top of a request and inside lists), send a whole request read by ``from_dict``, and wait
on a job that has already finished. Run against moto's server in the tests."""

from __future__ import annotations

import json
from typing import Any

from smtyped import SageMakerClient
from smtyped.resources import TrainingJob
from smtyped.shapes import AlgorithmSpecification, CreateTrainingJobRequest, ResourceConfig, StoppingCondition


def main(sm: SageMakerClient, role: str, config_json: str) -> list[str]:
    seen = []
    # untyped values, as from JSON or a Lambda event: dicts at the top and inside a list
    untyped: dict[str, Any] = json.loads(config_json)
    job = TrainingJob.create(
        sm,
        training_job_name="promises-1",
        role_arn=role,
        algorithm_specification=AlgorithmSpecification(training_image="img", training_input_mode="File"),
        output_data_config=untyped["OutputDataConfig"],
        resource_config=ResourceConfig(instance_type="ml.m5.large", instance_count=1, volume_size_in_gb=5),
        stopping_condition=StoppingCondition(max_runtime_in_seconds=600),
        tags=untyped["Tags"],
    )
    # every field the type says is always there, is there
    seen.append(f"{job.training_job_name} {job.training_job_status} {job.creation_time:%Y}")
    # a whole request from botocore's dict
    request = CreateTrainingJobRequest.from_dict({**untyped, "TrainingJobName": "promises-2", "RoleArn": role})
    arn = sm.create_training_job(request).training_job_arn
    seen.append(arn.rsplit("/", 1)[1])
    # a finished job: wait() returns the snapshot it has, with no call
    done = TrainingJob.get(sm, "promises-2")
    seen.append(f"{done.wait().training_job_status}")
    return seen
