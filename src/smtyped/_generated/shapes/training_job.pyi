# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.secondary_status import (
    SecondaryStatus,
    as_SecondaryStatus_opt,
)
from smtyped._generated.enums.training_input import (
    TrainingInputMode,
    as_TrainingInputMode,
)
from smtyped._generated.enums.training_job import (
    TrainingJobStatus,
    as_TrainingJobStatus_opt,
)
from smtyped._generated.shapes.algorithm_specification import AlgorithmSpecification
from smtyped._generated.shapes.channel import Channel
from smtyped._generated.shapes.checkpoint_config import CheckpointConfig
from smtyped._generated.shapes.debug_hook import DebugHookConfig
from smtyped._generated.shapes.debug_rule import DebugRuleConfiguration, DebugRuleEvaluationStatus
from smtyped._generated.shapes.experiment_config import ExperimentConfig
from smtyped._generated.shapes.metric_data import MetricData
from smtyped._generated.shapes.model_artifacts import ModelArtifacts
from smtyped._generated.shapes.model_package import ModelPackageConfig
from smtyped._generated.shapes.output_data import OutputDataConfig
from smtyped._generated.shapes.profiler_config import ProfilerConfig
from smtyped._generated.shapes.resource_config import ResourceConfig
from smtyped._generated.shapes.retry_strategy import RetryStrategy
from smtyped._generated.shapes.secondary_status import SecondaryStatusTransition
from smtyped._generated.shapes.stopping_condition import StoppingCondition
from smtyped._generated.shapes.tag import Tag
from smtyped._generated.shapes.tensor_board import TensorBoardOutputConfig
from smtyped._generated.shapes.vpc_config import VpcConfig
from smtyped._generated.shapes.warm_pool import WarmPoolStatus

@attrs.frozen(kw_only=True, slots=False)
class TrainingJob(Shape):
    training_job_name: str | None = None
    training_job_arn: str | None = None
    tuning_job_arn: str | None = None
    labeling_job_arn: str | None = None
    auto_ml_job_arn: str | None = None
    model_artifacts: ModelArtifacts | None = None
    training_job_status: TrainingJobStatus | None = attrs.field(default=None, converter=as_TrainingJobStatus_opt)
    secondary_status: SecondaryStatus | None = attrs.field(default=None, converter=as_SecondaryStatus_opt)
    failure_reason: str | None = None
    hyper_parameters: dict[str, str] | None = None
    algorithm_specification: AlgorithmSpecification | None = None
    role_arn: str | None = None
    input_data_config: list[Channel] | None = None
    output_data_config: OutputDataConfig | None = None
    resource_config: ResourceConfig | None = None
    vpc_config: VpcConfig | None = None
    stopping_condition: StoppingCondition | None = None
    creation_time: datetime | None = None
    training_start_time: datetime | None = None
    training_end_time: datetime | None = None
    last_modified_time: datetime | None = None
    secondary_status_transitions: list[SecondaryStatusTransition] | None = None
    final_metric_data_list: list[MetricData] | None = None
    enable_network_isolation: bool | None = None
    enable_inter_container_traffic_encryption: bool | None = None
    enable_managed_spot_training: bool | None = None
    checkpoint_config: CheckpointConfig | None = None
    training_time_in_seconds: int | None = None
    billable_time_in_seconds: int | None = None
    debug_hook_config: DebugHookConfig | None = None
    experiment_config: ExperimentConfig | None = None
    debug_rule_configurations: list[DebugRuleConfiguration] | None = None
    tensor_board_output_config: TensorBoardOutputConfig | None = None
    debug_rule_evaluation_statuses: list[DebugRuleEvaluationStatus] | None = None
    environment: dict[str, str] | None = None
    retry_strategy: RetryStrategy | None = None
    tags: list[Tag] | None = None
    warm_pool_status: WarmPoolStatus | None = None
    output_model_package_arn: str | None = None
    model_package_config: ModelPackageConfig | None = None
    profiler_config: ProfilerConfig | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class TrainingJobDefinition(Shape):
    training_input_mode: TrainingInputMode = attrs.field(converter=as_TrainingInputMode)
    input_data_config: list[Channel]
    output_data_config: OutputDataConfig
    resource_config: ResourceConfig
    stopping_condition: StoppingCondition
    hyper_parameters: dict[str, str] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class TrainingJobStatusCounters(Shape):
    completed: int | None = None
    in_progress: int | None = None
    retryable_error: int | None = None
    non_retryable_error: int | None = None
    stopped: int | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class TrainingJobStepMetadata(Shape):
    arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class TrainingJobSummary(Shape):
    training_job_name: str | None = None
    training_job_arn: str | None = None
    creation_time: datetime | None = None
    training_end_time: datetime | None = None
    last_modified_time: datetime | None = None
    training_job_status: TrainingJobStatus | None = attrs.field(default=None, converter=as_TrainingJobStatus_opt)
    secondary_status: SecondaryStatus | None = attrs.field(default=None, converter=as_SecondaryStatus_opt)
    warm_pool_status: WarmPoolStatus | None = None
    training_plan_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
