# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.hyper_parameter import (
    HyperParameterTuningJobStatus,
    as_HyperParameterTuningJobStatus_opt,
)
from smtyped._generated.shapes.autotune import Autotune
from smtyped._generated.shapes.hyper_parameter import (
    HyperParameterTrainingJobDefinition,
    HyperParameterTrainingJobSummary,
    HyperParameterTuningJobCompletionDetails,
    HyperParameterTuningJobConfig,
    HyperParameterTuningJobConsumedResources,
    HyperParameterTuningJobWarmStartConfig,
)
from smtyped._generated.shapes.objective_status import ObjectiveStatusCounters
from smtyped._generated.shapes.training_job import TrainingJobStatusCounters

@attrs.frozen(kw_only=True, slots=False)
class DescribeHyperParameterTuningJobRequest(Shape):
    hyper_parameter_tuning_job_name: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeHyperParameterTuningJobResponse(OutputShape):
    hyper_parameter_tuning_job_name: str | None = None
    hyper_parameter_tuning_job_arn: str | None = None
    hyper_parameter_tuning_job_config: HyperParameterTuningJobConfig | None = None
    training_job_definition: HyperParameterTrainingJobDefinition | None = None
    training_job_definitions: list[HyperParameterTrainingJobDefinition] | None = None
    hyper_parameter_tuning_job_status: HyperParameterTuningJobStatus | None = attrs.field(
        default=None, converter=as_HyperParameterTuningJobStatus_opt
    )
    creation_time: datetime | None = None
    hyper_parameter_tuning_end_time: datetime | None = None
    last_modified_time: datetime | None = None
    training_job_status_counters: TrainingJobStatusCounters | None = None
    objective_status_counters: ObjectiveStatusCounters | None = None
    best_training_job: HyperParameterTrainingJobSummary | None = None
    overall_best_training_job: HyperParameterTrainingJobSummary | None = None
    warm_start_config: HyperParameterTuningJobWarmStartConfig | None = None
    autotune: Autotune | None = None
    failure_reason: str | None = None
    tuning_job_completion_details: HyperParameterTuningJobCompletionDetails | None = None
    consumed_resources: HyperParameterTuningJobConsumedResources | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
