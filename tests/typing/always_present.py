"""Members SageMaker always returns read without narrowing (mypy --strict, no ``if x:``)."""

from __future__ import annotations

from datetime import datetime

from smtyped import SageMakerClient
from smtyped.enums import EndpointStatus, TrainingJobStatus


def report(sm: SageMakerClient) -> None:
    job = sm.describe_training_job(training_job_name="xgb-1")
    arn: str = job.training_job_arn
    status: TrainingJobStatus = job.training_job_status
    created: datetime = job.creation_time
    print(arn.split(":")[4], status.value, created.isoformat(), job.model_artifacts.s3_model_artifacts.upper())
    if job.failure_reason is not None:  # optional members still need their check
        print(job.failure_reason.upper())
    endpoint = sm.describe_endpoint(endpoint_name="churn")
    live: EndpointStatus = endpoint.endpoint_status
    print(endpoint.endpoint_arn.lower(), live)
    for summary in sm.paginate_list_training_jobs():
        print(summary.training_job_name.upper(), summary.creation_time.year)
