# Generated stub for the module beside it. Do not edit.
# Plain classes with read-only properties and an explicit __init__: mypy reads this instead
# of the attrs classes, which keeps cold type-checking of user scripts fast.
from collections.abc import Mapping
from datetime import datetime
from typing import Any, ClassVar

from smtyped._base import Shape
from smtyped._generated.enums.a import AssemblyType, AssemblyTypeLiteral
from smtyped._generated.enums.b import BatchStrategy, BatchStrategyLiteral
from smtyped._generated.enums.c import CompressionType, CompressionTypeLiteral
from smtyped._generated.enums.i import IsTrackingServerActive, IsTrackingServerActiveLiteral
from smtyped._generated.enums.r import Relation, RelationLiteral
from smtyped._generated.enums.s import (
    S3DataType,
    S3DataTypeLiteral,
    SecondaryStatus,
    SecondaryStatusLiteral,
    SplitType,
    SplitTypeLiteral,
)
from smtyped._generated.enums.t import (
    TargetPlatformAccelerator,
    TargetPlatformAcceleratorLiteral,
    TargetPlatformArch,
    TargetPlatformArchLiteral,
    TargetPlatformOs,
    TargetPlatformOsLiteral,
    TrackingServerStatus,
    TrackingServerStatusLiteral,
    TrafficRoutingConfigType,
    TrafficRoutingConfigTypeLiteral,
    TrainingInputMode,
    TrainingInputModeLiteral,
    TrainingInstanceType,
    TrainingInstanceTypeLiteral,
    TrainingJobStatus,
    TrainingJobStatusLiteral,
    TrainingRepositoryAccessMode,
    TrainingRepositoryAccessModeLiteral,
    TransformInstanceType,
    TransformInstanceTypeLiteral,
    TransformJobStatus,
    TransformJobStatusLiteral,
    TrialComponentPrimaryStatus,
    TrialComponentPrimaryStatusLiteral,
    TtlDurationUnit,
    TtlDurationUnitLiteral,
)
from smtyped._generated.shapes.a import AdditionalS3DataSource, AlgorithmSpecification
from smtyped._generated.shapes.b import BestObjectiveNotImproving
from smtyped._generated.shapes.c import (
    CapacitySize,
    CfnTemplateProviderDetail,
    Channel,
    ChannelSpecification,
    CheckpointConfig,
)
from smtyped._generated.shapes.c2 import ConvergenceDetected
from smtyped._generated.shapes.d import (
    DataProcessing,
    DebugHookConfig,
    DebugRuleConfiguration,
    DebugRuleEvaluationStatus,
)
from smtyped._generated.shapes.e import ExperimentConfig
from smtyped._generated.shapes.h import HyperParameterSpecification, HyperParameterTuningJobObjective
from smtyped._generated.shapes.m import (
    MetadataProperties,
    MetricData,
    MetricDefinition,
    MetricSpecification,
    ModelArtifacts,
    ModelClientConfig,
)
from smtyped._generated.shapes.o import OutputDataConfig
from smtyped._generated.shapes.p import Parent, ProcessingJob
from smtyped._generated.shapes.r import ResourceConfig, ResourceSpec, RetryStrategy
from smtyped._generated.shapes.s import SecondaryStatusTransition, StoppingCondition
from smtyped._generated.shapes.u import UserContext
from smtyped._generated.shapes.v import VpcConfig

class Tag(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def key(self) -> str: ...
    @property
    def value(self) -> str: ...
    def __init__(
        self,
        *,
        key: str,
        value: str,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> Tag: ...
    def _to_wire(self) -> dict[str, Any]: ...

class TargetPlatform(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def os(self) -> TargetPlatformOs: ...
    @property
    def arch(self) -> TargetPlatformArch: ...
    @property
    def accelerator(self) -> TargetPlatformAccelerator | None: ...
    def __init__(
        self,
        *,
        os: TargetPlatformOs | TargetPlatformOsLiteral,
        arch: TargetPlatformArch | TargetPlatformArchLiteral,
        accelerator: TargetPlatformAccelerator | TargetPlatformAcceleratorLiteral | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> TargetPlatform: ...
    def _to_wire(self) -> dict[str, Any]: ...

class TargetTrackingScalingPolicyConfiguration(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def metric_specification(self) -> MetricSpecification | None: ...
    @property
    def target_value(self) -> float | None: ...
    def __init__(
        self,
        *,
        metric_specification: MetricSpecification | None = ...,
        target_value: float | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> TargetTrackingScalingPolicyConfiguration: ...
    def _to_wire(self) -> dict[str, Any]: ...

class TemplateProviderDetail(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def cfn_template_provider_detail(self) -> CfnTemplateProviderDetail | None: ...
    def __init__(
        self,
        *,
        cfn_template_provider_detail: CfnTemplateProviderDetail | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> TemplateProviderDetail: ...
    def _to_wire(self) -> dict[str, Any]: ...

class TensorBoardAppSettings(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def default_resource_spec(self) -> ResourceSpec | None: ...
    def __init__(
        self,
        *,
        default_resource_spec: ResourceSpec | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> TensorBoardAppSettings: ...
    def _to_wire(self) -> dict[str, Any]: ...

class TensorBoardOutputConfig(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def local_path(self) -> str | None: ...
    @property
    def s3_output_path(self) -> str | None: ...
    def __init__(
        self,
        *,
        local_path: str | None = ...,
        s3_output_path: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> TensorBoardOutputConfig: ...
    def _to_wire(self) -> dict[str, Any]: ...

class TotalHits(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def value(self) -> int | None: ...
    @property
    def relation(self) -> Relation | None: ...
    def __init__(
        self,
        *,
        value: int | None = ...,
        relation: Relation | RelationLiteral | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> TotalHits: ...
    def _to_wire(self) -> dict[str, Any]: ...

class TrackingServerSummary(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def tracking_server_arn(self) -> str | None: ...
    @property
    def tracking_server_name(self) -> str | None: ...
    @property
    def creation_time(self) -> datetime | None: ...
    @property
    def last_modified_time(self) -> datetime | None: ...
    @property
    def tracking_server_status(self) -> TrackingServerStatus | None: ...
    @property
    def is_active(self) -> IsTrackingServerActive | None: ...
    @property
    def mlflow_version(self) -> str | None: ...
    def __init__(
        self,
        *,
        tracking_server_arn: str | None = ...,
        tracking_server_name: str | None = ...,
        creation_time: datetime | None = ...,
        last_modified_time: datetime | None = ...,
        tracking_server_status: TrackingServerStatus | TrackingServerStatusLiteral | None = ...,
        is_active: IsTrackingServerActive | IsTrackingServerActiveLiteral | None = ...,
        mlflow_version: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> TrackingServerSummary: ...
    def _to_wire(self) -> dict[str, Any]: ...

class TrafficRoutingConfig(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def type(self) -> TrafficRoutingConfigType: ...
    @property
    def wait_interval_in_seconds(self) -> int: ...
    @property
    def canary_size(self) -> CapacitySize | None: ...
    def __init__(
        self,
        *,
        type: TrafficRoutingConfigType | TrafficRoutingConfigTypeLiteral,
        wait_interval_in_seconds: int,
        canary_size: CapacitySize | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> TrafficRoutingConfig: ...
    def _to_wire(self) -> dict[str, Any]: ...

class TrainingImageConfig(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def training_repository_access_mode(self) -> TrainingRepositoryAccessMode | None: ...
    @property
    def training_repository_auth_config(self) -> TrainingRepositoryAuthConfig | None: ...
    def __init__(
        self,
        *,
        training_repository_access_mode: TrainingRepositoryAccessMode
        | TrainingRepositoryAccessModeLiteral
        | None = ...,
        training_repository_auth_config: TrainingRepositoryAuthConfig | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> TrainingImageConfig: ...
    def _to_wire(self) -> dict[str, Any]: ...

class TrainingJob(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def training_job_name(self) -> str | None: ...
    @property
    def training_job_arn(self) -> str | None: ...
    @property
    def tuning_job_arn(self) -> str | None: ...
    @property
    def labeling_job_arn(self) -> str | None: ...
    @property
    def auto_ml_job_arn(self) -> str | None: ...
    @property
    def model_artifacts(self) -> ModelArtifacts | None: ...
    @property
    def training_job_status(self) -> TrainingJobStatus | None: ...
    @property
    def secondary_status(self) -> SecondaryStatus | None: ...
    @property
    def failure_reason(self) -> str | None: ...
    @property
    def hyper_parameters(self) -> dict[str, str] | None: ...
    @property
    def algorithm_specification(self) -> AlgorithmSpecification | None: ...
    @property
    def role_arn(self) -> str | None: ...
    @property
    def input_data_config(self) -> list[Channel] | None: ...
    @property
    def output_data_config(self) -> OutputDataConfig | None: ...
    @property
    def resource_config(self) -> ResourceConfig | None: ...
    @property
    def vpc_config(self) -> VpcConfig | None: ...
    @property
    def stopping_condition(self) -> StoppingCondition | None: ...
    @property
    def creation_time(self) -> datetime | None: ...
    @property
    def training_start_time(self) -> datetime | None: ...
    @property
    def training_end_time(self) -> datetime | None: ...
    @property
    def last_modified_time(self) -> datetime | None: ...
    @property
    def secondary_status_transitions(self) -> list[SecondaryStatusTransition] | None: ...
    @property
    def final_metric_data_list(self) -> list[MetricData] | None: ...
    @property
    def enable_network_isolation(self) -> bool | None: ...
    @property
    def enable_inter_container_traffic_encryption(self) -> bool | None: ...
    @property
    def enable_managed_spot_training(self) -> bool | None: ...
    @property
    def checkpoint_config(self) -> CheckpointConfig | None: ...
    @property
    def training_time_in_seconds(self) -> int | None: ...
    @property
    def billable_time_in_seconds(self) -> int | None: ...
    @property
    def debug_hook_config(self) -> DebugHookConfig | None: ...
    @property
    def experiment_config(self) -> ExperimentConfig | None: ...
    @property
    def debug_rule_configurations(self) -> list[DebugRuleConfiguration] | None: ...
    @property
    def tensor_board_output_config(self) -> TensorBoardOutputConfig | None: ...
    @property
    def debug_rule_evaluation_statuses(self) -> list[DebugRuleEvaluationStatus] | None: ...
    @property
    def environment(self) -> dict[str, str] | None: ...
    @property
    def retry_strategy(self) -> RetryStrategy | None: ...
    @property
    def tags(self) -> list[Tag] | None: ...
    def __init__(
        self,
        *,
        training_job_name: str | None = ...,
        training_job_arn: str | None = ...,
        tuning_job_arn: str | None = ...,
        labeling_job_arn: str | None = ...,
        auto_ml_job_arn: str | None = ...,
        model_artifacts: ModelArtifacts | None = ...,
        training_job_status: TrainingJobStatus | TrainingJobStatusLiteral | None = ...,
        secondary_status: SecondaryStatus | SecondaryStatusLiteral | None = ...,
        failure_reason: str | None = ...,
        hyper_parameters: dict[str, str] | None = ...,
        algorithm_specification: AlgorithmSpecification | None = ...,
        role_arn: str | None = ...,
        input_data_config: list[Channel] | None = ...,
        output_data_config: OutputDataConfig | None = ...,
        resource_config: ResourceConfig | None = ...,
        vpc_config: VpcConfig | None = ...,
        stopping_condition: StoppingCondition | None = ...,
        creation_time: datetime | None = ...,
        training_start_time: datetime | None = ...,
        training_end_time: datetime | None = ...,
        last_modified_time: datetime | None = ...,
        secondary_status_transitions: list[SecondaryStatusTransition] | None = ...,
        final_metric_data_list: list[MetricData] | None = ...,
        enable_network_isolation: bool | None = ...,
        enable_inter_container_traffic_encryption: bool | None = ...,
        enable_managed_spot_training: bool | None = ...,
        checkpoint_config: CheckpointConfig | None = ...,
        training_time_in_seconds: int | None = ...,
        billable_time_in_seconds: int | None = ...,
        debug_hook_config: DebugHookConfig | None = ...,
        experiment_config: ExperimentConfig | None = ...,
        debug_rule_configurations: list[DebugRuleConfiguration] | None = ...,
        tensor_board_output_config: TensorBoardOutputConfig | None = ...,
        debug_rule_evaluation_statuses: list[DebugRuleEvaluationStatus] | None = ...,
        environment: dict[str, str] | None = ...,
        retry_strategy: RetryStrategy | None = ...,
        tags: list[Tag] | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> TrainingJob: ...
    def _to_wire(self) -> dict[str, Any]: ...

class TrainingJobDefinition(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def training_input_mode(self) -> TrainingInputMode: ...
    @property
    def hyper_parameters(self) -> dict[str, str] | None: ...
    @property
    def input_data_config(self) -> list[Channel]: ...
    @property
    def output_data_config(self) -> OutputDataConfig: ...
    @property
    def resource_config(self) -> ResourceConfig: ...
    @property
    def stopping_condition(self) -> StoppingCondition: ...
    def __init__(
        self,
        *,
        training_input_mode: TrainingInputMode | TrainingInputModeLiteral,
        input_data_config: list[Channel],
        output_data_config: OutputDataConfig,
        resource_config: ResourceConfig,
        stopping_condition: StoppingCondition,
        hyper_parameters: dict[str, str] | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> TrainingJobDefinition: ...
    def _to_wire(self) -> dict[str, Any]: ...

class TrainingJobStatusCounters(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def completed(self) -> int | None: ...
    @property
    def in_progress(self) -> int | None: ...
    @property
    def retryable_error(self) -> int | None: ...
    @property
    def non_retryable_error(self) -> int | None: ...
    @property
    def stopped(self) -> int | None: ...
    def __init__(
        self,
        *,
        completed: int | None = ...,
        in_progress: int | None = ...,
        retryable_error: int | None = ...,
        non_retryable_error: int | None = ...,
        stopped: int | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> TrainingJobStatusCounters: ...
    def _to_wire(self) -> dict[str, Any]: ...

class TrainingJobStepMetadata(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def arn(self) -> str | None: ...
    def __init__(
        self,
        *,
        arn: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> TrainingJobStepMetadata: ...
    def _to_wire(self) -> dict[str, Any]: ...

class TrainingRepositoryAuthConfig(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def training_repository_credentials_provider_arn(self) -> str | None: ...
    def __init__(
        self,
        *,
        training_repository_credentials_provider_arn: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> TrainingRepositoryAuthConfig: ...
    def _to_wire(self) -> dict[str, Any]: ...

class TrainingSpecification(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def training_image(self) -> str: ...
    @property
    def training_image_digest(self) -> str | None: ...
    @property
    def supported_hyper_parameters(self) -> list[HyperParameterSpecification] | None: ...
    @property
    def supported_training_instance_types(self) -> list[TrainingInstanceType | TrainingInstanceTypeLiteral]: ...
    @property
    def supports_distributed_training(self) -> bool | None: ...
    @property
    def metric_definitions(self) -> list[MetricDefinition] | None: ...
    @property
    def training_channels(self) -> list[ChannelSpecification]: ...
    @property
    def supported_tuning_job_objective_metrics(self) -> list[HyperParameterTuningJobObjective] | None: ...
    @property
    def additional_s3_data_source(self) -> AdditionalS3DataSource | None: ...
    def __init__(
        self,
        *,
        training_image: str,
        supported_training_instance_types: list[TrainingInstanceType | TrainingInstanceTypeLiteral],
        training_channels: list[ChannelSpecification],
        training_image_digest: str | None = ...,
        supported_hyper_parameters: list[HyperParameterSpecification] | None = ...,
        supports_distributed_training: bool | None = ...,
        metric_definitions: list[MetricDefinition] | None = ...,
        supported_tuning_job_objective_metrics: list[HyperParameterTuningJobObjective] | None = ...,
        additional_s3_data_source: AdditionalS3DataSource | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> TrainingSpecification: ...
    def _to_wire(self) -> dict[str, Any]: ...

class TransformDataSource(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def s3_data_source(self) -> TransformS3DataSource: ...
    def __init__(
        self,
        *,
        s3_data_source: TransformS3DataSource,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> TransformDataSource: ...
    def _to_wire(self) -> dict[str, Any]: ...

class TransformInput(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def data_source(self) -> TransformDataSource: ...
    @property
    def content_type(self) -> str | None: ...
    @property
    def compression_type(self) -> CompressionType | None: ...
    @property
    def split_type(self) -> SplitType | None: ...
    def __init__(
        self,
        *,
        data_source: TransformDataSource,
        content_type: str | None = ...,
        compression_type: CompressionType | CompressionTypeLiteral | None = ...,
        split_type: SplitType | SplitTypeLiteral | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> TransformInput: ...
    def _to_wire(self) -> dict[str, Any]: ...

class TransformJob(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def transform_job_name(self) -> str | None: ...
    @property
    def transform_job_arn(self) -> str | None: ...
    @property
    def transform_job_status(self) -> TransformJobStatus | None: ...
    @property
    def failure_reason(self) -> str | None: ...
    @property
    def model_name(self) -> str | None: ...
    @property
    def max_concurrent_transforms(self) -> int | None: ...
    @property
    def model_client_config(self) -> ModelClientConfig | None: ...
    @property
    def max_payload_in_mb(self) -> int | None: ...
    @property
    def batch_strategy(self) -> BatchStrategy | None: ...
    @property
    def environment(self) -> dict[str, str] | None: ...
    @property
    def transform_input(self) -> TransformInput | None: ...
    @property
    def transform_output(self) -> TransformOutput | None: ...
    @property
    def transform_resources(self) -> TransformResources | None: ...
    @property
    def creation_time(self) -> datetime | None: ...
    @property
    def transform_start_time(self) -> datetime | None: ...
    @property
    def transform_end_time(self) -> datetime | None: ...
    @property
    def labeling_job_arn(self) -> str | None: ...
    @property
    def auto_ml_job_arn(self) -> str | None: ...
    @property
    def data_processing(self) -> DataProcessing | None: ...
    @property
    def experiment_config(self) -> ExperimentConfig | None: ...
    @property
    def tags(self) -> list[Tag] | None: ...
    def __init__(
        self,
        *,
        transform_job_name: str | None = ...,
        transform_job_arn: str | None = ...,
        transform_job_status: TransformJobStatus | TransformJobStatusLiteral | None = ...,
        failure_reason: str | None = ...,
        model_name: str | None = ...,
        max_concurrent_transforms: int | None = ...,
        model_client_config: ModelClientConfig | None = ...,
        max_payload_in_mb: int | None = ...,
        batch_strategy: BatchStrategy | BatchStrategyLiteral | None = ...,
        environment: dict[str, str] | None = ...,
        transform_input: TransformInput | None = ...,
        transform_output: TransformOutput | None = ...,
        transform_resources: TransformResources | None = ...,
        creation_time: datetime | None = ...,
        transform_start_time: datetime | None = ...,
        transform_end_time: datetime | None = ...,
        labeling_job_arn: str | None = ...,
        auto_ml_job_arn: str | None = ...,
        data_processing: DataProcessing | None = ...,
        experiment_config: ExperimentConfig | None = ...,
        tags: list[Tag] | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> TransformJob: ...
    def _to_wire(self) -> dict[str, Any]: ...

class TransformJobDefinition(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def max_concurrent_transforms(self) -> int | None: ...
    @property
    def max_payload_in_mb(self) -> int | None: ...
    @property
    def batch_strategy(self) -> BatchStrategy | None: ...
    @property
    def environment(self) -> dict[str, str] | None: ...
    @property
    def transform_input(self) -> TransformInput: ...
    @property
    def transform_output(self) -> TransformOutput: ...
    @property
    def transform_resources(self) -> TransformResources: ...
    def __init__(
        self,
        *,
        transform_input: TransformInput,
        transform_output: TransformOutput,
        transform_resources: TransformResources,
        max_concurrent_transforms: int | None = ...,
        max_payload_in_mb: int | None = ...,
        batch_strategy: BatchStrategy | BatchStrategyLiteral | None = ...,
        environment: dict[str, str] | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> TransformJobDefinition: ...
    def _to_wire(self) -> dict[str, Any]: ...

class TransformJobStepMetadata(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def arn(self) -> str | None: ...
    def __init__(
        self,
        *,
        arn: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> TransformJobStepMetadata: ...
    def _to_wire(self) -> dict[str, Any]: ...

class TransformOutput(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def s3_output_path(self) -> str: ...
    @property
    def accept(self) -> str | None: ...
    @property
    def assemble_with(self) -> AssemblyType | None: ...
    @property
    def kms_key_id(self) -> str | None: ...
    def __init__(
        self,
        *,
        s3_output_path: str,
        accept: str | None = ...,
        assemble_with: AssemblyType | AssemblyTypeLiteral | None = ...,
        kms_key_id: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> TransformOutput: ...
    def _to_wire(self) -> dict[str, Any]: ...

class TransformResources(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def instance_type(self) -> TransformInstanceType: ...
    @property
    def instance_count(self) -> int: ...
    @property
    def volume_kms_key_id(self) -> str | None: ...
    def __init__(
        self,
        *,
        instance_type: TransformInstanceType | TransformInstanceTypeLiteral,
        instance_count: int,
        volume_kms_key_id: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> TransformResources: ...
    def _to_wire(self) -> dict[str, Any]: ...

class TransformS3DataSource(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def s3_data_type(self) -> S3DataType: ...
    @property
    def s3_uri(self) -> str: ...
    def __init__(
        self,
        *,
        s3_data_type: S3DataType | S3DataTypeLiteral,
        s3_uri: str,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> TransformS3DataSource: ...
    def _to_wire(self) -> dict[str, Any]: ...

class Trial(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def trial_name(self) -> str | None: ...
    @property
    def trial_arn(self) -> str | None: ...
    @property
    def display_name(self) -> str | None: ...
    @property
    def experiment_name(self) -> str | None: ...
    @property
    def source(self) -> TrialSource | None: ...
    @property
    def creation_time(self) -> datetime | None: ...
    @property
    def created_by(self) -> UserContext | None: ...
    @property
    def last_modified_time(self) -> datetime | None: ...
    @property
    def last_modified_by(self) -> UserContext | None: ...
    @property
    def metadata_properties(self) -> MetadataProperties | None: ...
    @property
    def tags(self) -> list[Tag] | None: ...
    @property
    def trial_component_summaries(self) -> list[TrialComponentSimpleSummary] | None: ...
    def __init__(
        self,
        *,
        trial_name: str | None = ...,
        trial_arn: str | None = ...,
        display_name: str | None = ...,
        experiment_name: str | None = ...,
        source: TrialSource | None = ...,
        creation_time: datetime | None = ...,
        created_by: UserContext | None = ...,
        last_modified_time: datetime | None = ...,
        last_modified_by: UserContext | None = ...,
        metadata_properties: MetadataProperties | None = ...,
        tags: list[Tag] | None = ...,
        trial_component_summaries: list[TrialComponentSimpleSummary] | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> Trial: ...
    def _to_wire(self) -> dict[str, Any]: ...

class TrialComponent(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def trial_component_name(self) -> str | None: ...
    @property
    def display_name(self) -> str | None: ...
    @property
    def trial_component_arn(self) -> str | None: ...
    @property
    def source(self) -> TrialComponentSource | None: ...
    @property
    def status(self) -> TrialComponentStatus | None: ...
    @property
    def start_time(self) -> datetime | None: ...
    @property
    def end_time(self) -> datetime | None: ...
    @property
    def creation_time(self) -> datetime | None: ...
    @property
    def created_by(self) -> UserContext | None: ...
    @property
    def last_modified_time(self) -> datetime | None: ...
    @property
    def last_modified_by(self) -> UserContext | None: ...
    @property
    def parameters(self) -> dict[str, TrialComponentParameterValue] | None: ...
    @property
    def input_artifacts(self) -> dict[str, TrialComponentArtifact] | None: ...
    @property
    def output_artifacts(self) -> dict[str, TrialComponentArtifact] | None: ...
    @property
    def metrics(self) -> list[TrialComponentMetricSummary] | None: ...
    @property
    def metadata_properties(self) -> MetadataProperties | None: ...
    @property
    def source_detail(self) -> TrialComponentSourceDetail | None: ...
    @property
    def lineage_group_arn(self) -> str | None: ...
    @property
    def tags(self) -> list[Tag] | None: ...
    @property
    def parents(self) -> list[Parent] | None: ...
    def __init__(
        self,
        *,
        trial_component_name: str | None = ...,
        display_name: str | None = ...,
        trial_component_arn: str | None = ...,
        source: TrialComponentSource | None = ...,
        status: TrialComponentStatus | None = ...,
        start_time: datetime | None = ...,
        end_time: datetime | None = ...,
        creation_time: datetime | None = ...,
        created_by: UserContext | None = ...,
        last_modified_time: datetime | None = ...,
        last_modified_by: UserContext | None = ...,
        parameters: dict[str, TrialComponentParameterValue] | None = ...,
        input_artifacts: dict[str, TrialComponentArtifact] | None = ...,
        output_artifacts: dict[str, TrialComponentArtifact] | None = ...,
        metrics: list[TrialComponentMetricSummary] | None = ...,
        metadata_properties: MetadataProperties | None = ...,
        source_detail: TrialComponentSourceDetail | None = ...,
        lineage_group_arn: str | None = ...,
        tags: list[Tag] | None = ...,
        parents: list[Parent] | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> TrialComponent: ...
    def _to_wire(self) -> dict[str, Any]: ...

class TrialComponentArtifact(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def media_type(self) -> str | None: ...
    @property
    def value(self) -> str | None: ...
    def __init__(
        self,
        *,
        media_type: str | None = ...,
        value: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> TrialComponentArtifact: ...
    def _to_wire(self) -> dict[str, Any]: ...

class TrialComponentMetricSummary(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def metric_name(self) -> str | None: ...
    @property
    def source_arn(self) -> str | None: ...
    @property
    def time_stamp(self) -> datetime | None: ...
    @property
    def max(self) -> float | None: ...
    @property
    def min(self) -> float | None: ...
    @property
    def last(self) -> float | None: ...
    @property
    def count(self) -> int | None: ...
    @property
    def avg(self) -> float | None: ...
    @property
    def std_dev(self) -> float | None: ...
    def __init__(
        self,
        *,
        metric_name: str | None = ...,
        source_arn: str | None = ...,
        time_stamp: datetime | None = ...,
        max: float | None = ...,
        min: float | None = ...,
        last: float | None = ...,
        count: int | None = ...,
        avg: float | None = ...,
        std_dev: float | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> TrialComponentMetricSummary: ...
    def _to_wire(self) -> dict[str, Any]: ...

class TrialComponentParameterValue(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def string_value(self) -> str | None: ...
    @property
    def number_value(self) -> float | None: ...
    def __init__(
        self,
        *,
        string_value: str | None = ...,
        number_value: float | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> TrialComponentParameterValue: ...
    def _to_wire(self) -> dict[str, Any]: ...

class TrialComponentSimpleSummary(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def trial_component_name(self) -> str | None: ...
    @property
    def trial_component_arn(self) -> str | None: ...
    @property
    def trial_component_source(self) -> TrialComponentSource | None: ...
    @property
    def creation_time(self) -> datetime | None: ...
    @property
    def created_by(self) -> UserContext | None: ...
    def __init__(
        self,
        *,
        trial_component_name: str | None = ...,
        trial_component_arn: str | None = ...,
        trial_component_source: TrialComponentSource | None = ...,
        creation_time: datetime | None = ...,
        created_by: UserContext | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> TrialComponentSimpleSummary: ...
    def _to_wire(self) -> dict[str, Any]: ...

class TrialComponentSource(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def source_arn(self) -> str | None: ...
    @property
    def source_type(self) -> str | None: ...
    def __init__(
        self,
        *,
        source_arn: str | None = ...,
        source_type: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> TrialComponentSource: ...
    def _to_wire(self) -> dict[str, Any]: ...

class TrialComponentSourceDetail(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def source_arn(self) -> str | None: ...
    @property
    def training_job(self) -> TrainingJob | None: ...
    @property
    def processing_job(self) -> ProcessingJob | None: ...
    @property
    def transform_job(self) -> TransformJob | None: ...
    def __init__(
        self,
        *,
        source_arn: str | None = ...,
        training_job: TrainingJob | None = ...,
        processing_job: ProcessingJob | None = ...,
        transform_job: TransformJob | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> TrialComponentSourceDetail: ...
    def _to_wire(self) -> dict[str, Any]: ...

class TrialComponentStatus(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def primary_status(self) -> TrialComponentPrimaryStatus | None: ...
    @property
    def message(self) -> str | None: ...
    def __init__(
        self,
        *,
        primary_status: TrialComponentPrimaryStatus | TrialComponentPrimaryStatusLiteral | None = ...,
        message: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> TrialComponentStatus: ...
    def _to_wire(self) -> dict[str, Any]: ...

class TrialComponentSummary(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def trial_component_name(self) -> str | None: ...
    @property
    def trial_component_arn(self) -> str | None: ...
    @property
    def display_name(self) -> str | None: ...
    @property
    def trial_component_source(self) -> TrialComponentSource | None: ...
    @property
    def status(self) -> TrialComponentStatus | None: ...
    @property
    def start_time(self) -> datetime | None: ...
    @property
    def end_time(self) -> datetime | None: ...
    @property
    def creation_time(self) -> datetime | None: ...
    @property
    def created_by(self) -> UserContext | None: ...
    @property
    def last_modified_time(self) -> datetime | None: ...
    @property
    def last_modified_by(self) -> UserContext | None: ...
    def __init__(
        self,
        *,
        trial_component_name: str | None = ...,
        trial_component_arn: str | None = ...,
        display_name: str | None = ...,
        trial_component_source: TrialComponentSource | None = ...,
        status: TrialComponentStatus | None = ...,
        start_time: datetime | None = ...,
        end_time: datetime | None = ...,
        creation_time: datetime | None = ...,
        created_by: UserContext | None = ...,
        last_modified_time: datetime | None = ...,
        last_modified_by: UserContext | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> TrialComponentSummary: ...
    def _to_wire(self) -> dict[str, Any]: ...

class TrialSource(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def source_arn(self) -> str | None: ...
    @property
    def source_type(self) -> str | None: ...
    def __init__(
        self,
        *,
        source_arn: str | None = ...,
        source_type: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> TrialSource: ...
    def _to_wire(self) -> dict[str, Any]: ...

class TtlDuration(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def unit(self) -> TtlDurationUnit | None: ...
    @property
    def value(self) -> int | None: ...
    def __init__(
        self,
        *,
        unit: TtlDurationUnit | TtlDurationUnitLiteral | None = ...,
        value: int | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> TtlDuration: ...
    def _to_wire(self) -> dict[str, Any]: ...

class TuningJobCompletionCriteria(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def target_objective_metric_value(self) -> float | None: ...
    @property
    def best_objective_not_improving(self) -> BestObjectiveNotImproving | None: ...
    @property
    def convergence_detected(self) -> ConvergenceDetected | None: ...
    def __init__(
        self,
        *,
        target_objective_metric_value: float | None = ...,
        best_objective_not_improving: BestObjectiveNotImproving | None = ...,
        convergence_detected: ConvergenceDetected | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> TuningJobCompletionCriteria: ...
    def _to_wire(self) -> dict[str, Any]: ...

class TuningJobStepMetaData(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def arn(self) -> str | None: ...
    def __init__(
        self,
        *,
        arn: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> TuningJobStepMetaData: ...
    def _to_wire(self) -> dict[str, Any]: ...
