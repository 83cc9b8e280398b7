# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.hyper_parameter import (
    HyperParameterTuningAllocationStrategy,
    HyperParameterTuningJobObjectiveType,
    HyperParameterTuningJobStatus,
    HyperParameterTuningJobStrategyType,
    HyperParameterTuningJobWarmStartType,
    as_HyperParameterTuningAllocationStrategy_opt,
    as_HyperParameterTuningJobObjectiveType,
    as_HyperParameterTuningJobStatus_opt,
    as_HyperParameterTuningJobStrategyType,
    as_HyperParameterTuningJobStrategyType_opt,
    as_HyperParameterTuningJobWarmStartType,
)
from smtyped._generated.enums.objective_status import (
    ObjectiveStatus,
    as_ObjectiveStatus_opt,
)
from smtyped._generated.enums.parameter_type import (
    ParameterType,
    as_ParameterType,
)
from smtyped._generated.enums.training_input import (
    TrainingInputMode,
    as_TrainingInputMode,
)
from smtyped._generated.enums.training_instance import (
    TrainingInstanceType,
    as_TrainingInstanceType,
    as_TrainingInstanceType_opt,
)
from smtyped._generated.enums.training_job import (
    TrainingJobEarlyStoppingType,
    TrainingJobStatus,
    as_TrainingJobEarlyStoppingType_opt,
    as_TrainingJobStatus_opt,
)
from smtyped._generated.shapes.channel import Channel
from smtyped._generated.shapes.checkpoint_config import CheckpointConfig
from smtyped._generated.shapes.final_hyper import FinalHyperParameterTuningJobObjectiveMetric
from smtyped._generated.shapes.hyperband_strategy import HyperbandStrategyConfig
from smtyped._generated.shapes.metric_definition import MetricDefinition
from smtyped._generated.shapes.objective_status import ObjectiveStatusCounters
from smtyped._generated.shapes.output_data import OutputDataConfig
from smtyped._generated.shapes.parameter_range import ParameterRange
from smtyped._generated.shapes.parameter_ranges import ParameterRanges
from smtyped._generated.shapes.parent_hyper import ParentHyperParameterTuningJob
from smtyped._generated.shapes.resource_config import ResourceConfig
from smtyped._generated.shapes.resource_limits import ResourceLimits
from smtyped._generated.shapes.retry_strategy import RetryStrategy
from smtyped._generated.shapes.stopping_condition import StoppingCondition
from smtyped._generated.shapes.tag import Tag
from smtyped._generated.shapes.training_job import TrainingJobStatusCounters
from smtyped._generated.shapes.tuning_job import TuningJobCompletionCriteria
from smtyped._generated.shapes.vpc_config import VpcConfig

@attrs.frozen(kw_only=True, slots=False)
class HyperParameterAlgorithmSpecification(Shape):
    training_input_mode: TrainingInputMode = attrs.field(converter=as_TrainingInputMode)
    training_image: str | None = None
    algorithm_name: str | None = None
    metric_definitions: list[MetricDefinition] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class HyperParameterSpecification(Shape):
    name: str
    type: ParameterType = attrs.field(converter=as_ParameterType)
    description: str | None = None
    range: ParameterRange | None = None
    is_tunable: bool | None = None
    is_required: bool | None = None
    default_value: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class HyperParameterTrainingJobDefinition(Shape):
    algorithm_specification: HyperParameterAlgorithmSpecification
    role_arn: str
    output_data_config: OutputDataConfig
    stopping_condition: StoppingCondition
    definition_name: str | None = None
    tuning_objective: HyperParameterTuningJobObjective | None = None
    hyper_parameter_ranges: ParameterRanges | None = None
    static_hyper_parameters: dict[str, str] | None = None
    input_data_config: list[Channel] | None = None
    vpc_config: VpcConfig | None = None
    resource_config: ResourceConfig | None = None
    hyper_parameter_tuning_resource_config: HyperParameterTuningResourceConfig | None = None
    enable_network_isolation: bool | None = None
    enable_inter_container_traffic_encryption: bool | None = None
    enable_managed_spot_training: bool | None = None
    checkpoint_config: CheckpointConfig | None = None
    retry_strategy: RetryStrategy | None = None
    environment: dict[str, str] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class HyperParameterTrainingJobSummary(Shape):
    training_job_definition_name: str | None = None
    training_job_name: str | None = None
    training_job_arn: str | None = None
    tuning_job_name: str | None = None
    creation_time: datetime | None = None
    training_start_time: datetime | None = None
    training_end_time: datetime | None = None
    training_job_status: TrainingJobStatus | None = attrs.field(default=None, converter=as_TrainingJobStatus_opt)
    tuned_hyper_parameters: dict[str, str] | None = None
    failure_reason: str | None = None
    final_hyper_parameter_tuning_job_objective_metric: FinalHyperParameterTuningJobObjectiveMetric | None = None
    objective_status: ObjectiveStatus | None = attrs.field(default=None, converter=as_ObjectiveStatus_opt)
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class HyperParameterTuningInstanceConfig(Shape):
    instance_type: TrainingInstanceType = attrs.field(converter=as_TrainingInstanceType)
    instance_count: int
    volume_size_in_gb: int
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class HyperParameterTuningJobCompletionDetails(Shape):
    number_of_training_jobs_objective_not_improving: int | None = None
    convergence_detected_time: datetime | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class HyperParameterTuningJobConfig(Shape):
    strategy: HyperParameterTuningJobStrategyType = attrs.field(converter=as_HyperParameterTuningJobStrategyType)
    resource_limits: ResourceLimits
    strategy_config: HyperParameterTuningJobStrategyConfig | None = None
    hyper_parameter_tuning_job_objective: HyperParameterTuningJobObjective | None = None
    parameter_ranges: ParameterRanges | None = None
    training_job_early_stopping_type: TrainingJobEarlyStoppingType | None = attrs.field(
        default=None, converter=as_TrainingJobEarlyStoppingType_opt
    )
    tuning_job_completion_criteria: TuningJobCompletionCriteria | None = None
    random_seed: int | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class HyperParameterTuningJobConsumedResources(Shape):
    runtime_in_seconds: int | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class HyperParameterTuningJobObjective(Shape):
    type: HyperParameterTuningJobObjectiveType = attrs.field(converter=as_HyperParameterTuningJobObjectiveType)
    metric_name: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class HyperParameterTuningJobSearchEntity(Shape):
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
    failure_reason: str | None = None
    tuning_job_completion_details: HyperParameterTuningJobCompletionDetails | None = None
    consumed_resources: HyperParameterTuningJobConsumedResources | None = None
    tags: list[Tag] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class HyperParameterTuningJobStrategyConfig(Shape):
    hyperband_strategy_config: HyperbandStrategyConfig | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class HyperParameterTuningJobSummary(Shape):
    hyper_parameter_tuning_job_name: str | None = None
    hyper_parameter_tuning_job_arn: str | None = None
    hyper_parameter_tuning_job_status: HyperParameterTuningJobStatus | None = attrs.field(
        default=None, converter=as_HyperParameterTuningJobStatus_opt
    )
    strategy: HyperParameterTuningJobStrategyType | None = attrs.field(
        default=None, converter=as_HyperParameterTuningJobStrategyType_opt
    )
    creation_time: datetime | None = None
    hyper_parameter_tuning_end_time: datetime | None = None
    last_modified_time: datetime | None = None
    training_job_status_counters: TrainingJobStatusCounters | None = None
    objective_status_counters: ObjectiveStatusCounters | None = None
    resource_limits: ResourceLimits | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class HyperParameterTuningJobWarmStartConfig(Shape):
    parent_hyper_parameter_tuning_jobs: list[ParentHyperParameterTuningJob]
    warm_start_type: HyperParameterTuningJobWarmStartType = attrs.field(
        converter=as_HyperParameterTuningJobWarmStartType
    )
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class HyperParameterTuningResourceConfig(Shape):
    instance_type: TrainingInstanceType | None = attrs.field(default=None, converter=as_TrainingInstanceType_opt)
    instance_count: int | None = None
    volume_size_in_gb: int | None = None
    volume_kms_key_id: str | None = None
    allocation_strategy: HyperParameterTuningAllocationStrategy | None = attrs.field(
        default=None, converter=as_HyperParameterTuningAllocationStrategy_opt
    )
    instance_configs: list[HyperParameterTuningInstanceConfig] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
