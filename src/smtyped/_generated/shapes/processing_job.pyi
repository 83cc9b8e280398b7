# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.processing_job import (
    ProcessingJobStatus,
    as_ProcessingJobStatus_opt,
)
from smtyped._generated.shapes.app_specification import AppSpecification
from smtyped._generated.shapes.experiment_config import ExperimentConfig
from smtyped._generated.shapes.network_config import NetworkConfig
from smtyped._generated.shapes.processing_input import ProcessingInput
from smtyped._generated.shapes.processing_output import ProcessingOutputConfig
from smtyped._generated.shapes.processing_resources import ProcessingResources
from smtyped._generated.shapes.processing_stopping import ProcessingStoppingCondition
from smtyped._generated.shapes.tag import Tag

@attrs.frozen(kw_only=True, slots=False)
class ProcessingJob(Shape):
    processing_inputs: list[ProcessingInput] | None = None
    processing_output_config: ProcessingOutputConfig | None = None
    processing_job_name: str | None = None
    processing_resources: ProcessingResources | None = None
    stopping_condition: ProcessingStoppingCondition | None = None
    app_specification: AppSpecification | None = None
    environment: dict[str, str] | None = None
    network_config: NetworkConfig | None = None
    role_arn: str | None = None
    experiment_config: ExperimentConfig | None = None
    processing_job_arn: str | None = None
    processing_job_status: ProcessingJobStatus | None = attrs.field(default=None, converter=as_ProcessingJobStatus_opt)
    exit_message: str | None = None
    failure_reason: str | None = None
    processing_end_time: datetime | None = None
    processing_start_time: datetime | None = None
    last_modified_time: datetime | None = None
    creation_time: datetime | None = None
    monitoring_schedule_arn: str | None = None
    auto_ml_job_arn: str | None = None
    training_job_arn: str | None = None
    tags: list[Tag] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ProcessingJobStepMetadata(Shape):
    arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ProcessingJobSummary(Shape):
    processing_job_name: str | None = None
    processing_job_arn: str | None = None
    creation_time: datetime | None = None
    processing_end_time: datetime | None = None
    last_modified_time: datetime | None = None
    processing_job_status: ProcessingJobStatus | None = attrs.field(default=None, converter=as_ProcessingJobStatus_opt)
    failure_reason: str | None = None
    exit_message: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
