# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.h import (
    HubContentStatus,
    HubContentSupportStatus,
    HubContentType,
    HyperParameterTuningAllocationStrategy,
    HyperParameterTuningJobObjectiveType,
    HyperParameterTuningJobStatus,
    HyperParameterTuningJobStrategyType,
    HyperParameterTuningJobWarmStartType,
    as_HubContentStatus_opt,
    as_HubContentSupportStatus_opt,
    as_HubContentType_opt,
    as_HyperParameterTuningAllocationStrategy_opt,
    as_HyperParameterTuningJobObjectiveType,
    as_HyperParameterTuningJobStatus_opt,
    as_HyperParameterTuningJobStrategyType_opt,
    as_HyperParameterTuningJobWarmStartType_opt,
)
from smtyped._generated.enums.o import (
    ObjectiveStatus,
    as_ObjectiveStatus_opt,
)
from smtyped._generated.enums.p import ParameterType, as_ParameterType
from smtyped._generated.enums.t import (
    TrainingInputMode,
    TrainingInstanceType,
    TrainingJobEarlyStoppingType,
    TrainingJobStatus,
    as_TrainingInputMode_opt,
    as_TrainingInstanceType_opt,
    as_TrainingJobEarlyStoppingType_opt,
    as_TrainingJobStatus_opt,
)
from smtyped._generated.shapes.a import AnnotationConsolidationConfig
from smtyped._generated.shapes.c import Channel, CheckpointConfig
from smtyped._generated.shapes.f import FinalHyperParameterTuningJobObjectiveMetric
from smtyped._generated.shapes.m import MetricDefinition
from smtyped._generated.shapes.o import ObjectiveStatusCounters, OutputDataConfig
from smtyped._generated.shapes.p import ParameterRange, ParameterRanges, ParentHyperParameterTuningJob
from smtyped._generated.shapes.p2 import PublicWorkforceTaskPrice
from smtyped._generated.shapes.r import ResourceConfig, ResourceLimits, RetryStrategy
from smtyped._generated.shapes.s import StoppingCondition
from smtyped._generated.shapes.t import Tag, TrainingJobStatusCounters, TuningJobCompletionCriteria
from smtyped._generated.shapes.u import UiConfig, UserContext
from smtyped._generated.shapes.v import VpcConfig

@attrs.frozen(kw_only=True, slots=False)
class HubAccessConfig(Shape):
    hub_content_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class HubContent(Shape):
    hub_content_name: str | None = None
    hub_content_arn: str | None = None
    hub_content_version: str | None = None
    hub_content_type: HubContentType | None = attrs.field(default=None, converter=as_HubContentType_opt)
    document_schema_version: str | None = None
    hub_name: str | None = None
    hub_arn: str | None = None
    hub_content_display_name: str | None = None
    hub_content_description: str | None = None
    hub_content_markdown: str | None = None
    hub_content_document: str | None = None
    sage_maker_public_hub_content_arn: str | None = None
    reference_min_version: str | None = None
    support_status: HubContentSupportStatus | None = attrs.field(default=None, converter=as_HubContentSupportStatus_opt)
    hub_content_search_keywords: list[str] | None = None
    hub_content_dependencies: list[HubContentDependency] | None = None
    hub_content_status: HubContentStatus | None = attrs.field(default=None, converter=as_HubContentStatus_opt)
    failure_reason: str | None = None
    creation_time: datetime | None = None
    last_modified_time: datetime | None = None
    created_by: UserContext | None = None
    last_modified_by: UserContext | None = None
    tags: list[Tag] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class HubContentDependency(Shape):
    dependency_origin_path: str | None = None
    dependency_copy_path: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class HumanTaskConfig(Shape):
    workteam_arn: str
    ui_config: UiConfig
    pre_human_task_lambda_arn: str
    task_title: str
    task_description: str
    number_of_human_workers_per_data_object: int
    task_time_limit_in_seconds: int
    annotation_consolidation_config: AnnotationConsolidationConfig
    task_keywords: list[str] | None = None
    task_availability_lifetime_in_seconds: int | None = None
    max_concurrent_task_count: int | None = None
    public_workforce_task_price: PublicWorkforceTaskPrice | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class HyperParameterAlgorithmSpecification(Shape):
    training_image: str | None = None
    training_input_mode: TrainingInputMode | None = attrs.field(default=None, converter=as_TrainingInputMode_opt)
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
    definition_name: str | None = None
    tuning_objective: HyperParameterTuningJobObjective | None = None
    hyper_parameter_ranges: ParameterRanges | None = None
    static_hyper_parameters: dict[str, str] | None = None
    algorithm_specification: HyperParameterAlgorithmSpecification | None = None
    role_arn: str | None = None
    input_data_config: list[Channel] | None = None
    vpc_config: VpcConfig | None = None
    output_data_config: OutputDataConfig | None = None
    resource_config: ResourceConfig | None = None
    hyper_parameter_tuning_resource_config: HyperParameterTuningResourceConfig | None = None
    stopping_condition: StoppingCondition | None = None
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
    instance_type: TrainingInstanceType | None = attrs.field(default=None, converter=as_TrainingInstanceType_opt)
    instance_count: int | None = None
    volume_size_in_gb: int | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class HyperParameterTuningJobCompletionDetails(Shape):
    number_of_training_jobs_objective_not_improving: int | None = None
    convergence_detected_time: datetime | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class HyperParameterTuningJobConfig(Shape):
    strategy: HyperParameterTuningJobStrategyType | None = attrs.field(
        default=None, converter=as_HyperParameterTuningJobStrategyType_opt
    )
    strategy_config: HyperParameterTuningJobStrategyConfig | None = None
    hyper_parameter_tuning_job_objective: HyperParameterTuningJobObjective | None = None
    resource_limits: ResourceLimits | None = None
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
class HyperParameterTuningJobWarmStartConfig(Shape):
    parent_hyper_parameter_tuning_jobs: list[ParentHyperParameterTuningJob] | None = None
    warm_start_type: HyperParameterTuningJobWarmStartType | None = attrs.field(
        default=None, converter=as_HyperParameterTuningJobWarmStartType_opt
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

@attrs.frozen(kw_only=True, slots=False)
class HyperbandStrategyConfig(Shape):
    min_resource: int | None = None
    max_resource: int | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
