"""Resource code as users write it: every name and type here must check under mypy --strict."""

from __future__ import annotations

from smtyped import SageMakerClient
from smtyped.enums import EndpointStatus, TrainingJobStatus
from smtyped.errors import ResourceFailed, ResourceWaitTimeout
from smtyped.resources import Endpoint, LogEvent, ModelPackage, TrainingJob


def report(sm: SageMakerClient) -> list[str]:
    lines: list[str] = []
    for job in TrainingJob.list(sm, status_equals=TrainingJobStatus.FAILED, max_items=10):
        reason: str | None = job.failure_reason
        lines.append(f"{job.training_job_name}: {reason}")
    return lines


def deploy(sm: SageMakerClient, name: str) -> EndpointStatus:
    def show(e: Endpoint) -> None:
        print(e.endpoint_status)

    endpoint = Endpoint.create(sm, endpoint_name=name, endpoint_config_name=name)
    try:
        ready: Endpoint = endpoint.wait(timeout=1800, poll=30, on_poll=show)
    except ResourceFailed as failed:
        print(failed.reason, failed.status)
        raise
    except ResourceWaitTimeout as slow:
        print(slow.resource)
        raise
    return ready.wait_for_status("InService").endpoint_status


def follow(sm: SageMakerClient, name: str) -> str:
    lines: list[LogEvent] = []
    job = TrainingJob.get(sm, name).wait(logs=lines.append)
    job.stop()
    return job.model_artifacts.s3_model_artifacts + str(len(lines))


def approve(sm: SageMakerClient, arn: str) -> None:
    pkg = ModelPackage.get(sm, arn)
    pkg.update(model_approval_status="Approved")
    print(pkg.refresh().model_approval_status, pkg.client)
