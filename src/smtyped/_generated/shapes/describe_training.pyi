# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.profiling_status import (
    ProfilingStatus,
    as_ProfilingStatus_opt,
)
from smtyped._generated.enums.sage_maker import SageMakerResourceName, SageMakerResourceNameLiteral
from smtyped._generated.enums.secondary_status import (
    SecondaryStatus,
    as_SecondaryStatus_opt,
)
from smtyped._generated.enums.training_job import (
    TrainingJobStatus,
    as_TrainingJobStatus_opt,
)
from smtyped._generated.enums.training_plan import (
    TrainingPlanStatus,
    as_TrainingPlanStatus_opt,
)
from smtyped._generated.shapes.algorithm_specification import AlgorithmSpecification
from smtyped._generated.shapes.channel import Channel
from smtyped._generated.shapes.checkpoint_config import CheckpointConfig
from smtyped._generated.shapes.debug_hook import DebugHookConfig
from smtyped._generated.shapes.debug_rule import DebugRuleConfiguration, DebugRuleEvaluationStatus
from smtyped._generated.shapes.experiment_config import ExperimentConfig
from smtyped._generated.shapes.infra_check import InfraCheckConfig
from smtyped._generated.shapes.metric_data import MetricData
from smtyped._generated.shapes.mlflow_config import MlflowConfig
from smtyped._generated.shapes.mlflow_details import MlflowDetails
from smtyped._generated.shapes.model_artifacts import ModelArtifacts
from smtyped._generated.shapes.model_package import ModelPackageConfig
from smtyped._generated.shapes.output_data import OutputDataConfig
from smtyped._generated.shapes.profiler_config import ProfilerConfig
from smtyped._generated.shapes.profiler_rule import ProfilerRuleConfiguration, ProfilerRuleEvaluationStatus
from smtyped._generated.shapes.remote_debug import RemoteDebugConfig
from smtyped._generated.shapes.reserved_capacity import ReservedCapacitySummary
from smtyped._generated.shapes.resource_config import ResourceConfig
from smtyped._generated.shapes.retry_strategy import RetryStrategy
from smtyped._generated.shapes.secondary_status import SecondaryStatusTransition
from smtyped._generated.shapes.serverless_job import ServerlessJobConfig
from smtyped._generated.shapes.stopping_condition import StoppingCondition
from smtyped._generated.shapes.tensor_board import TensorBoardOutputConfig
from smtyped._generated.shapes.training_plan import TrainingPlanExtension
from smtyped._generated.shapes.training_progress import TrainingProgressInfo
from smtyped._generated.shapes.vpc_config import VpcConfig
from smtyped._generated.shapes.warm_pool import WarmPoolStatus

@attrs.frozen(kw_only=True, slots=False)
class DescribeTrainingJobRequest(Shape):
    training_job_name: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeTrainingJobResponse(OutputShape):
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
    warm_pool_status: WarmPoolStatus | None = None
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
    billable_token_count: int | None = None
    debug_hook_config: DebugHookConfig | None = None
    experiment_config: ExperimentConfig | None = None
    debug_rule_configurations: list[DebugRuleConfiguration] | None = None
    tensor_board_output_config: TensorBoardOutputConfig | None = None
    debug_rule_evaluation_statuses: list[DebugRuleEvaluationStatus] | None = None
    profiler_config: ProfilerConfig | None = None
    profiler_rule_configurations: list[ProfilerRuleConfiguration] | None = None
    profiler_rule_evaluation_statuses: list[ProfilerRuleEvaluationStatus] | None = None
    profiling_status: ProfilingStatus | None = attrs.field(default=None, converter=as_ProfilingStatus_opt)
    environment: dict[str, str] | None = None
    retry_strategy: RetryStrategy | None = None
    remote_debug_config: RemoteDebugConfig | None = None
    infra_check_config: InfraCheckConfig | None = None
    serverless_job_config: ServerlessJobConfig | None = None
    mlflow_config: MlflowConfig | None = None
    model_package_config: ModelPackageConfig | None = None
    mlflow_details: MlflowDetails | None = None
    progress_info: TrainingProgressInfo | None = None
    output_model_package_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeTrainingPlanExtensionHistoryRequest(Shape):
    training_plan_arn: str
    next_token: str | None = None
    max_results: int | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeTrainingPlanExtensionHistoryResponse(OutputShape):
    training_plan_extensions: list[TrainingPlanExtension] | None = None
    next_token: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeTrainingPlanRequest(Shape):
    training_plan_name: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeTrainingPlanResponse(OutputShape):
    training_plan_arn: str | None = None
    training_plan_name: str | None = None
    status: TrainingPlanStatus | None = attrs.field(default=None, converter=as_TrainingPlanStatus_opt)
    status_message: str | None = None
    duration_hours: int | None = None
    duration_minutes: int | None = None
    start_time: datetime | None = None
    end_time: datetime | None = None
    upfront_fee: str | None = None
    currency_code: str | None = None
    total_instance_count: int | None = None
    available_instance_count: int | None = None
    in_use_instance_count: int | None = None
    unhealthy_instance_count: int | None = None
    available_spare_instance_count: int | None = None
    total_ultra_server_count: int | None = None
    target_resources: list[SageMakerResourceName | SageMakerResourceNameLiteral] | None = None
    reserved_capacity_summaries: list[ReservedCapacitySummary] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
