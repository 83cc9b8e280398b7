# Generated stub for the module beside it. Do not edit.
# Plain classes with read-only properties and an explicit __init__: mypy reads this instead
# of the attrs classes, which keeps cold type-checking of user scripts fast.
from collections.abc import Mapping
from datetime import datetime
from typing import Any, ClassVar

from smtyped._base import Shape
from smtyped._generated.enums.h import (
    HubContentStatus,
    HubContentStatusLiteral,
    HubContentSupportStatus,
    HubContentSupportStatusLiteral,
    HubContentType,
    HubContentTypeLiteral,
    HyperParameterTuningAllocationStrategy,
    HyperParameterTuningAllocationStrategyLiteral,
    HyperParameterTuningJobObjectiveType,
    HyperParameterTuningJobObjectiveTypeLiteral,
    HyperParameterTuningJobStatus,
    HyperParameterTuningJobStatusLiteral,
    HyperParameterTuningJobStrategyType,
    HyperParameterTuningJobStrategyTypeLiteral,
    HyperParameterTuningJobWarmStartType,
    HyperParameterTuningJobWarmStartTypeLiteral,
)
from smtyped._generated.enums.o import ObjectiveStatus, ObjectiveStatusLiteral
from smtyped._generated.enums.p import ParameterType, ParameterTypeLiteral
from smtyped._generated.enums.t import (
    TrainingInputMode,
    TrainingInputModeLiteral,
    TrainingInstanceType,
    TrainingInstanceTypeLiteral,
    TrainingJobEarlyStoppingType,
    TrainingJobEarlyStoppingTypeLiteral,
    TrainingJobStatus,
    TrainingJobStatusLiteral,
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

class HubAccessConfig(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def hub_content_arn(self) -> str | None: ...
    def __init__(
        self,
        *,
        hub_content_arn: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> HubAccessConfig: ...
    def _to_wire(self) -> dict[str, Any]: ...

class HubContent(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def hub_content_name(self) -> str | None: ...
    @property
    def hub_content_arn(self) -> str | None: ...
    @property
    def hub_content_version(self) -> str | None: ...
    @property
    def hub_content_type(self) -> HubContentType | None: ...
    @property
    def document_schema_version(self) -> str | None: ...
    @property
    def hub_name(self) -> str | None: ...
    @property
    def hub_arn(self) -> str | None: ...
    @property
    def hub_content_display_name(self) -> str | None: ...
    @property
    def hub_content_description(self) -> str | None: ...
    @property
    def hub_content_markdown(self) -> str | None: ...
    @property
    def hub_content_document(self) -> str | None: ...
    @property
    def sage_maker_public_hub_content_arn(self) -> str | None: ...
    @property
    def reference_min_version(self) -> str | None: ...
    @property
    def support_status(self) -> HubContentSupportStatus | None: ...
    @property
    def hub_content_search_keywords(self) -> list[str] | None: ...
    @property
    def hub_content_dependencies(self) -> list[HubContentDependency] | None: ...
    @property
    def hub_content_status(self) -> HubContentStatus | None: ...
    @property
    def failure_reason(self) -> str | None: ...
    @property
    def creation_time(self) -> datetime | None: ...
    @property
    def last_modified_time(self) -> datetime | None: ...
    @property
    def created_by(self) -> UserContext | None: ...
    @property
    def last_modified_by(self) -> UserContext | None: ...
    @property
    def tags(self) -> list[Tag] | None: ...
    def __init__(
        self,
        *,
        hub_content_name: str | None = ...,
        hub_content_arn: str | None = ...,
        hub_content_version: str | None = ...,
        hub_content_type: HubContentType | HubContentTypeLiteral | None = ...,
        document_schema_version: str | None = ...,
        hub_name: str | None = ...,
        hub_arn: str | None = ...,
        hub_content_display_name: str | None = ...,
        hub_content_description: str | None = ...,
        hub_content_markdown: str | None = ...,
        hub_content_document: str | None = ...,
        sage_maker_public_hub_content_arn: str | None = ...,
        reference_min_version: str | None = ...,
        support_status: HubContentSupportStatus | HubContentSupportStatusLiteral | None = ...,
        hub_content_search_keywords: list[str] | None = ...,
        hub_content_dependencies: list[HubContentDependency] | None = ...,
        hub_content_status: HubContentStatus | HubContentStatusLiteral | None = ...,
        failure_reason: str | None = ...,
        creation_time: datetime | None = ...,
        last_modified_time: datetime | None = ...,
        created_by: UserContext | None = ...,
        last_modified_by: UserContext | None = ...,
        tags: list[Tag] | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> HubContent: ...
    def _to_wire(self) -> dict[str, Any]: ...

class HubContentDependency(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def dependency_origin_path(self) -> str | None: ...
    @property
    def dependency_copy_path(self) -> str | None: ...
    def __init__(
        self,
        *,
        dependency_origin_path: str | None = ...,
        dependency_copy_path: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> HubContentDependency: ...
    def _to_wire(self) -> dict[str, Any]: ...

class HumanTaskConfig(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def workteam_arn(self) -> str: ...
    @property
    def ui_config(self) -> UiConfig: ...
    @property
    def pre_human_task_lambda_arn(self) -> str: ...
    @property
    def task_keywords(self) -> list[str] | None: ...
    @property
    def task_title(self) -> str: ...
    @property
    def task_description(self) -> str: ...
    @property
    def number_of_human_workers_per_data_object(self) -> int: ...
    @property
    def task_time_limit_in_seconds(self) -> int: ...
    @property
    def task_availability_lifetime_in_seconds(self) -> int | None: ...
    @property
    def max_concurrent_task_count(self) -> int | None: ...
    @property
    def annotation_consolidation_config(self) -> AnnotationConsolidationConfig: ...
    @property
    def public_workforce_task_price(self) -> PublicWorkforceTaskPrice | None: ...
    def __init__(
        self,
        *,
        workteam_arn: str,
        ui_config: UiConfig,
        pre_human_task_lambda_arn: str,
        task_title: str,
        task_description: str,
        number_of_human_workers_per_data_object: int,
        task_time_limit_in_seconds: int,
        annotation_consolidation_config: AnnotationConsolidationConfig,
        task_keywords: list[str] | None = ...,
        task_availability_lifetime_in_seconds: int | None = ...,
        max_concurrent_task_count: int | None = ...,
        public_workforce_task_price: PublicWorkforceTaskPrice | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> HumanTaskConfig: ...
    def _to_wire(self) -> dict[str, Any]: ...

class HyperParameterAlgorithmSpecification(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def training_image(self) -> str | None: ...
    @property
    def training_input_mode(self) -> TrainingInputMode | None: ...
    @property
    def algorithm_name(self) -> str | None: ...
    @property
    def metric_definitions(self) -> list[MetricDefinition] | None: ...
    def __init__(
        self,
        *,
        training_image: str | None = ...,
        training_input_mode: TrainingInputMode | TrainingInputModeLiteral | None = ...,
        algorithm_name: str | None = ...,
        metric_definitions: list[MetricDefinition] | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> HyperParameterAlgorithmSpecification: ...
    def _to_wire(self) -> dict[str, Any]: ...

class HyperParameterSpecification(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def name(self) -> str: ...
    @property
    def description(self) -> str | None: ...
    @property
    def type(self) -> ParameterType: ...
    @property
    def range(self) -> ParameterRange | None: ...
    @property
    def is_tunable(self) -> bool | None: ...
    @property
    def is_required(self) -> bool | None: ...
    @property
    def default_value(self) -> str | None: ...
    def __init__(
        self,
        *,
        name: str,
        type: ParameterType | ParameterTypeLiteral,
        description: str | None = ...,
        range: ParameterRange | None = ...,
        is_tunable: bool | None = ...,
        is_required: bool | None = ...,
        default_value: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> HyperParameterSpecification: ...
    def _to_wire(self) -> dict[str, Any]: ...

class HyperParameterTrainingJobDefinition(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def definition_name(self) -> str | None: ...
    @property
    def tuning_objective(self) -> HyperParameterTuningJobObjective | None: ...
    @property
    def hyper_parameter_ranges(self) -> ParameterRanges | None: ...
    @property
    def static_hyper_parameters(self) -> dict[str, str] | None: ...
    @property
    def algorithm_specification(self) -> HyperParameterAlgorithmSpecification | None: ...
    @property
    def role_arn(self) -> str | None: ...
    @property
    def input_data_config(self) -> list[Channel] | None: ...
    @property
    def vpc_config(self) -> VpcConfig | None: ...
    @property
    def output_data_config(self) -> OutputDataConfig | None: ...
    @property
    def resource_config(self) -> ResourceConfig | None: ...
    @property
    def hyper_parameter_tuning_resource_config(self) -> HyperParameterTuningResourceConfig | None: ...
    @property
    def stopping_condition(self) -> StoppingCondition | None: ...
    @property
    def enable_network_isolation(self) -> bool | None: ...
    @property
    def enable_inter_container_traffic_encryption(self) -> bool | None: ...
    @property
    def enable_managed_spot_training(self) -> bool | None: ...
    @property
    def checkpoint_config(self) -> CheckpointConfig | None: ...
    @property
    def retry_strategy(self) -> RetryStrategy | None: ...
    @property
    def environment(self) -> dict[str, str] | None: ...
    def __init__(
        self,
        *,
        definition_name: str | None = ...,
        tuning_objective: HyperParameterTuningJobObjective | None = ...,
        hyper_parameter_ranges: ParameterRanges | None = ...,
        static_hyper_parameters: dict[str, str] | None = ...,
        algorithm_specification: HyperParameterAlgorithmSpecification | None = ...,
        role_arn: str | None = ...,
        input_data_config: list[Channel] | None = ...,
        vpc_config: VpcConfig | None = ...,
        output_data_config: OutputDataConfig | None = ...,
        resource_config: ResourceConfig | None = ...,
        hyper_parameter_tuning_resource_config: HyperParameterTuningResourceConfig | None = ...,
        stopping_condition: StoppingCondition | None = ...,
        enable_network_isolation: bool | None = ...,
        enable_inter_container_traffic_encryption: bool | None = ...,
        enable_managed_spot_training: bool | None = ...,
        checkpoint_config: CheckpointConfig | None = ...,
        retry_strategy: RetryStrategy | None = ...,
        environment: dict[str, str] | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> HyperParameterTrainingJobDefinition: ...
    def _to_wire(self) -> dict[str, Any]: ...

class HyperParameterTrainingJobSummary(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def training_job_definition_name(self) -> str | None: ...
    @property
    def training_job_name(self) -> str | None: ...
    @property
    def training_job_arn(self) -> str | None: ...
    @property
    def tuning_job_name(self) -> str | None: ...
    @property
    def creation_time(self) -> datetime | None: ...
    @property
    def training_start_time(self) -> datetime | None: ...
    @property
    def training_end_time(self) -> datetime | None: ...
    @property
    def training_job_status(self) -> TrainingJobStatus | None: ...
    @property
    def tuned_hyper_parameters(self) -> dict[str, str] | None: ...
    @property
    def failure_reason(self) -> str | None: ...
    @property
    def final_hyper_parameter_tuning_job_objective_metric(
        self,
    ) -> FinalHyperParameterTuningJobObjectiveMetric | None: ...
    @property
    def objective_status(self) -> ObjectiveStatus | None: ...
    def __init__(
        self,
        *,
        training_job_definition_name: str | None = ...,
        training_job_name: str | None = ...,
        training_job_arn: str | None = ...,
        tuning_job_name: str | None = ...,
        creation_time: datetime | None = ...,
        training_start_time: datetime | None = ...,
        training_end_time: datetime | None = ...,
        training_job_status: TrainingJobStatus | TrainingJobStatusLiteral | None = ...,
        tuned_hyper_parameters: dict[str, str] | None = ...,
        failure_reason: str | None = ...,
        final_hyper_parameter_tuning_job_objective_metric: FinalHyperParameterTuningJobObjectiveMetric | None = ...,
        objective_status: ObjectiveStatus | ObjectiveStatusLiteral | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> HyperParameterTrainingJobSummary: ...
    def _to_wire(self) -> dict[str, Any]: ...

class HyperParameterTuningInstanceConfig(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def instance_type(self) -> TrainingInstanceType | None: ...
    @property
    def instance_count(self) -> int | None: ...
    @property
    def volume_size_in_gb(self) -> int | None: ...
    def __init__(
        self,
        *,
        instance_type: TrainingInstanceType | TrainingInstanceTypeLiteral | None = ...,
        instance_count: int | None = ...,
        volume_size_in_gb: int | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> HyperParameterTuningInstanceConfig: ...
    def _to_wire(self) -> dict[str, Any]: ...

class HyperParameterTuningJobCompletionDetails(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def number_of_training_jobs_objective_not_improving(self) -> int | None: ...
    @property
    def convergence_detected_time(self) -> datetime | None: ...
    def __init__(
        self,
        *,
        number_of_training_jobs_objective_not_improving: int | None = ...,
        convergence_detected_time: datetime | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> HyperParameterTuningJobCompletionDetails: ...
    def _to_wire(self) -> dict[str, Any]: ...

class HyperParameterTuningJobConfig(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def strategy(self) -> HyperParameterTuningJobStrategyType | None: ...
    @property
    def strategy_config(self) -> HyperParameterTuningJobStrategyConfig | None: ...
    @property
    def hyper_parameter_tuning_job_objective(self) -> HyperParameterTuningJobObjective | None: ...
    @property
    def resource_limits(self) -> ResourceLimits | None: ...
    @property
    def parameter_ranges(self) -> ParameterRanges | None: ...
    @property
    def training_job_early_stopping_type(self) -> TrainingJobEarlyStoppingType | None: ...
    @property
    def tuning_job_completion_criteria(self) -> TuningJobCompletionCriteria | None: ...
    @property
    def random_seed(self) -> int | None: ...
    def __init__(
        self,
        *,
        strategy: HyperParameterTuningJobStrategyType | HyperParameterTuningJobStrategyTypeLiteral | None = ...,
        strategy_config: HyperParameterTuningJobStrategyConfig | None = ...,
        hyper_parameter_tuning_job_objective: HyperParameterTuningJobObjective | None = ...,
        resource_limits: ResourceLimits | None = ...,
        parameter_ranges: ParameterRanges | None = ...,
        training_job_early_stopping_type: TrainingJobEarlyStoppingType
        | TrainingJobEarlyStoppingTypeLiteral
        | None = ...,
        tuning_job_completion_criteria: TuningJobCompletionCriteria | None = ...,
        random_seed: int | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> HyperParameterTuningJobConfig: ...
    def _to_wire(self) -> dict[str, Any]: ...

class HyperParameterTuningJobConsumedResources(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def runtime_in_seconds(self) -> int | None: ...
    def __init__(
        self,
        *,
        runtime_in_seconds: int | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> HyperParameterTuningJobConsumedResources: ...
    def _to_wire(self) -> dict[str, Any]: ...

class HyperParameterTuningJobObjective(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def type(self) -> HyperParameterTuningJobObjectiveType: ...
    @property
    def metric_name(self) -> str: ...
    def __init__(
        self,
        *,
        type: HyperParameterTuningJobObjectiveType | HyperParameterTuningJobObjectiveTypeLiteral,
        metric_name: str,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> HyperParameterTuningJobObjective: ...
    def _to_wire(self) -> dict[str, Any]: ...

class HyperParameterTuningJobSearchEntity(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def hyper_parameter_tuning_job_name(self) -> str | None: ...
    @property
    def hyper_parameter_tuning_job_arn(self) -> str | None: ...
    @property
    def hyper_parameter_tuning_job_config(self) -> HyperParameterTuningJobConfig | None: ...
    @property
    def training_job_definition(self) -> HyperParameterTrainingJobDefinition | None: ...
    @property
    def training_job_definitions(self) -> list[HyperParameterTrainingJobDefinition] | None: ...
    @property
    def hyper_parameter_tuning_job_status(self) -> HyperParameterTuningJobStatus | None: ...
    @property
    def creation_time(self) -> datetime | None: ...
    @property
    def hyper_parameter_tuning_end_time(self) -> datetime | None: ...
    @property
    def last_modified_time(self) -> datetime | None: ...
    @property
    def training_job_status_counters(self) -> TrainingJobStatusCounters | None: ...
    @property
    def objective_status_counters(self) -> ObjectiveStatusCounters | None: ...
    @property
    def best_training_job(self) -> HyperParameterTrainingJobSummary | None: ...
    @property
    def overall_best_training_job(self) -> HyperParameterTrainingJobSummary | None: ...
    @property
    def warm_start_config(self) -> HyperParameterTuningJobWarmStartConfig | None: ...
    @property
    def failure_reason(self) -> str | None: ...
    @property
    def tuning_job_completion_details(self) -> HyperParameterTuningJobCompletionDetails | None: ...
    @property
    def consumed_resources(self) -> HyperParameterTuningJobConsumedResources | None: ...
    @property
    def tags(self) -> list[Tag] | None: ...
    def __init__(
        self,
        *,
        hyper_parameter_tuning_job_name: str | None = ...,
        hyper_parameter_tuning_job_arn: str | None = ...,
        hyper_parameter_tuning_job_config: HyperParameterTuningJobConfig | None = ...,
        training_job_definition: HyperParameterTrainingJobDefinition | None = ...,
        training_job_definitions: list[HyperParameterTrainingJobDefinition] | None = ...,
        hyper_parameter_tuning_job_status: HyperParameterTuningJobStatus
        | HyperParameterTuningJobStatusLiteral
        | None = ...,
        creation_time: datetime | None = ...,
        hyper_parameter_tuning_end_time: datetime | None = ...,
        last_modified_time: datetime | None = ...,
        training_job_status_counters: TrainingJobStatusCounters | None = ...,
        objective_status_counters: ObjectiveStatusCounters | None = ...,
        best_training_job: HyperParameterTrainingJobSummary | None = ...,
        overall_best_training_job: HyperParameterTrainingJobSummary | None = ...,
        warm_start_config: HyperParameterTuningJobWarmStartConfig | None = ...,
        failure_reason: str | None = ...,
        tuning_job_completion_details: HyperParameterTuningJobCompletionDetails | None = ...,
        consumed_resources: HyperParameterTuningJobConsumedResources | None = ...,
        tags: list[Tag] | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> HyperParameterTuningJobSearchEntity: ...
    def _to_wire(self) -> dict[str, Any]: ...

class HyperParameterTuningJobStrategyConfig(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def hyperband_strategy_config(self) -> HyperbandStrategyConfig | None: ...
    def __init__(
        self,
        *,
        hyperband_strategy_config: HyperbandStrategyConfig | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> HyperParameterTuningJobStrategyConfig: ...
    def _to_wire(self) -> dict[str, Any]: ...

class HyperParameterTuningJobWarmStartConfig(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def parent_hyper_parameter_tuning_jobs(self) -> list[ParentHyperParameterTuningJob] | None: ...
    @property
    def warm_start_type(self) -> HyperParameterTuningJobWarmStartType | None: ...
    def __init__(
        self,
        *,
        parent_hyper_parameter_tuning_jobs: list[ParentHyperParameterTuningJob] | None = ...,
        warm_start_type: HyperParameterTuningJobWarmStartType
        | HyperParameterTuningJobWarmStartTypeLiteral
        | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> HyperParameterTuningJobWarmStartConfig: ...
    def _to_wire(self) -> dict[str, Any]: ...

class HyperParameterTuningResourceConfig(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def instance_type(self) -> TrainingInstanceType | None: ...
    @property
    def instance_count(self) -> int | None: ...
    @property
    def volume_size_in_gb(self) -> int | None: ...
    @property
    def volume_kms_key_id(self) -> str | None: ...
    @property
    def allocation_strategy(self) -> HyperParameterTuningAllocationStrategy | None: ...
    @property
    def instance_configs(self) -> list[HyperParameterTuningInstanceConfig] | None: ...
    def __init__(
        self,
        *,
        instance_type: TrainingInstanceType | TrainingInstanceTypeLiteral | None = ...,
        instance_count: int | None = ...,
        volume_size_in_gb: int | None = ...,
        volume_kms_key_id: str | None = ...,
        allocation_strategy: HyperParameterTuningAllocationStrategy
        | HyperParameterTuningAllocationStrategyLiteral
        | None = ...,
        instance_configs: list[HyperParameterTuningInstanceConfig] | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> HyperParameterTuningResourceConfig: ...
    def _to_wire(self) -> dict[str, Any]: ...

class HyperbandStrategyConfig(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def min_resource(self) -> int | None: ...
    @property
    def max_resource(self) -> int | None: ...
    def __init__(
        self,
        *,
        min_resource: int | None = ...,
        max_resource: int | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> HyperbandStrategyConfig: ...
    def _to_wire(self) -> dict[str, Any]: ...
