# Generated stub for the module beside it. Do not edit.
# Plain classes with read-only properties and an explicit __init__: mypy reads this instead
# of the attrs classes, which keeps cold type-checking of user scripts fast.
from collections.abc import Mapping
from datetime import datetime
from typing import Any, ClassVar

from smtyped._base import Shape
from smtyped._generated.enums.c import (
    CapacityReservationType,
    CapacityReservationTypeLiteral,
    CapacitySizeType,
    CapacitySizeTypeLiteral,
    ClusterCapacityType,
    ClusterCapacityTypeLiteral,
    ClusterEventResourceType,
    ClusterEventResourceTypeLiteral,
    ClusterInstanceStatus,
    ClusterInstanceStatusLiteral,
    ClusterInstanceType,
    ClusterInstanceTypeLiteral,
    ClusterKubernetesTaintEffect,
    ClusterKubernetesTaintEffectLiteral,
    CompilationJobStatus,
    CompilationJobStatusLiteral,
    CompressionType,
    CompressionTypeLiteral,
    ConditionOutcome,
    ConditionOutcomeLiteral,
    ContainerMode,
    ContainerModeLiteral,
)
from smtyped._generated.enums.d import DeepHealthCheckType, DeepHealthCheckTypeLiteral
from smtyped._generated.enums.i import InstanceGroupStatus, InstanceGroupStatusLiteral
from smtyped._generated.enums.n import NodeUnavailabilityType, NodeUnavailabilityTypeLiteral
from smtyped._generated.enums.r import RecordWrapper, RecordWrapperLiteral
from smtyped._generated.enums.t import (
    TargetDevice,
    TargetDeviceLiteral,
    TargetPlatformAccelerator,
    TargetPlatformAcceleratorLiteral,
    TargetPlatformArch,
    TargetPlatformArchLiteral,
    TargetPlatformOs,
    TargetPlatformOsLiteral,
    TrainingInputMode,
    TrainingInputModeLiteral,
)
from smtyped._generated.shapes.a import AdditionalModelDataSource
from smtyped._generated.shapes.d import DataSource
from smtyped._generated.shapes.e import EnvironmentConfig, EnvironmentConfigDetails, EventDetails
from smtyped._generated.shapes.i import ImageConfig
from smtyped._generated.shapes.m import MetricDatum, MetricsEndpoint, ModelDataSource
from smtyped._generated.shapes.m2 import MultiModelConfig
from smtyped._generated.shapes.o import OutputParameter
from smtyped._generated.shapes.s import ScheduledUpdateConfig, ShuffleConfig
from smtyped._generated.shapes.u import UltraServerInfo
from smtyped._generated.shapes.v import VectorConfig, VpcConfig

class CacheHitResult(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def source_pipeline_execution_arn(self) -> str | None: ...
    def __init__(
        self,
        *,
        source_pipeline_execution_arn: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> CacheHitResult: ...
    def _to_wire(self) -> dict[str, Any]: ...

class CallbackStepMetadata(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def callback_token(self) -> str | None: ...
    @property
    def sqs_queue_url(self) -> str | None: ...
    @property
    def output_parameters(self) -> list[OutputParameter] | None: ...
    def __init__(
        self,
        *,
        callback_token: str | None = ...,
        sqs_queue_url: str | None = ...,
        output_parameters: list[OutputParameter] | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> CallbackStepMetadata: ...
    def _to_wire(self) -> dict[str, Any]: ...

class CandidateArtifactLocations(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def explainability(self) -> str | None: ...
    @property
    def model_insights(self) -> str | None: ...
    def __init__(
        self,
        *,
        explainability: str | None = ...,
        model_insights: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> CandidateArtifactLocations: ...
    def _to_wire(self) -> dict[str, Any]: ...

class CandidateProperties(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def candidate_artifact_locations(self) -> CandidateArtifactLocations | None: ...
    @property
    def candidate_metrics(self) -> list[MetricDatum] | None: ...
    def __init__(
        self,
        *,
        candidate_artifact_locations: CandidateArtifactLocations | None = ...,
        candidate_metrics: list[MetricDatum] | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> CandidateProperties: ...
    def _to_wire(self) -> dict[str, Any]: ...

class CapacityReservation(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def arn(self) -> str | None: ...
    @property
    def type(self) -> CapacityReservationType | None: ...
    def __init__(
        self,
        *,
        arn: str | None = ...,
        type: CapacityReservationType | CapacityReservationTypeLiteral | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> CapacityReservation: ...
    def _to_wire(self) -> dict[str, Any]: ...

class CapacitySize(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def type(self) -> CapacitySizeType: ...
    @property
    def value(self) -> int: ...
    def __init__(
        self,
        *,
        type: CapacitySizeType | CapacitySizeTypeLiteral,
        value: int,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> CapacitySize: ...
    def _to_wire(self) -> dict[str, Any]: ...

class CapacitySizeConfig(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def type(self) -> NodeUnavailabilityType: ...
    @property
    def value(self) -> int: ...
    def __init__(
        self,
        *,
        type: NodeUnavailabilityType | NodeUnavailabilityTypeLiteral,
        value: int,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> CapacitySizeConfig: ...
    def _to_wire(self) -> dict[str, Any]: ...

class CategoricalParameterRange(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def name(self) -> str | None: ...
    @property
    def values(self) -> list[str] | None: ...
    def __init__(
        self,
        *,
        name: str | None = ...,
        values: list[str] | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> CategoricalParameterRange: ...
    def _to_wire(self) -> dict[str, Any]: ...

class CategoricalParameterRangeSpecification(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def values(self) -> list[str]: ...
    def __init__(
        self,
        *,
        values: list[str],
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> CategoricalParameterRangeSpecification: ...
    def _to_wire(self) -> dict[str, Any]: ...

class CfnStackDetail(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def name(self) -> str | None: ...
    @property
    def id(self) -> str | None: ...
    @property
    def status_message(self) -> str | None: ...
    def __init__(
        self,
        *,
        name: str | None = ...,
        id: str | None = ...,
        status_message: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> CfnStackDetail: ...
    def _to_wire(self) -> dict[str, Any]: ...

class CfnStackParameter(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def key(self) -> str | None: ...
    @property
    def value(self) -> str | None: ...
    def __init__(
        self,
        *,
        key: str | None = ...,
        value: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> CfnStackParameter: ...
    def _to_wire(self) -> dict[str, Any]: ...

class CfnTemplateProviderDetail(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def template_name(self) -> str | None: ...
    @property
    def template_url(self) -> str | None: ...
    @property
    def role_arn(self) -> str | None: ...
    @property
    def parameters(self) -> list[CfnStackParameter] | None: ...
    @property
    def stack_detail(self) -> CfnStackDetail | None: ...
    def __init__(
        self,
        *,
        template_name: str | None = ...,
        template_url: str | None = ...,
        role_arn: str | None = ...,
        parameters: list[CfnStackParameter] | None = ...,
        stack_detail: CfnStackDetail | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> CfnTemplateProviderDetail: ...
    def _to_wire(self) -> dict[str, Any]: ...

class Channel(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def channel_name(self) -> str: ...
    @property
    def data_source(self) -> DataSource: ...
    @property
    def content_type(self) -> str | None: ...
    @property
    def compression_type(self) -> CompressionType | None: ...
    @property
    def record_wrapper_type(self) -> RecordWrapper | None: ...
    @property
    def input_mode(self) -> TrainingInputMode | None: ...
    @property
    def shuffle_config(self) -> ShuffleConfig | None: ...
    def __init__(
        self,
        *,
        channel_name: str,
        data_source: DataSource,
        content_type: str | None = ...,
        compression_type: CompressionType | CompressionTypeLiteral | None = ...,
        record_wrapper_type: RecordWrapper | RecordWrapperLiteral | None = ...,
        input_mode: TrainingInputMode | TrainingInputModeLiteral | None = ...,
        shuffle_config: ShuffleConfig | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> Channel: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ChannelSpecification(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def name(self) -> str: ...
    @property
    def description(self) -> str | None: ...
    @property
    def is_required(self) -> bool | None: ...
    @property
    def supported_content_types(self) -> list[str]: ...
    @property
    def supported_compression_types(self) -> list[CompressionType | CompressionTypeLiteral] | None: ...
    @property
    def supported_input_modes(self) -> list[TrainingInputMode | TrainingInputModeLiteral]: ...
    def __init__(
        self,
        *,
        name: str,
        supported_content_types: list[str],
        supported_input_modes: list[TrainingInputMode | TrainingInputModeLiteral],
        description: str | None = ...,
        is_required: bool | None = ...,
        supported_compression_types: list[CompressionType | CompressionTypeLiteral] | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ChannelSpecification: ...
    def _to_wire(self) -> dict[str, Any]: ...

class CheckpointConfig(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def s3_uri(self) -> str | None: ...
    @property
    def local_path(self) -> str | None: ...
    def __init__(
        self,
        *,
        s3_uri: str | None = ...,
        local_path: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> CheckpointConfig: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ClarifyCheckStepMetadata(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def check_type(self) -> str | None: ...
    @property
    def baseline_used_for_drift_check_constraints(self) -> str | None: ...
    @property
    def calculated_baseline_constraints(self) -> str | None: ...
    @property
    def model_package_group_name(self) -> str | None: ...
    @property
    def violation_report(self) -> str | None: ...
    @property
    def check_job_arn(self) -> str | None: ...
    @property
    def skip_check(self) -> bool | None: ...
    @property
    def register_new_baseline(self) -> bool | None: ...
    def __init__(
        self,
        *,
        check_type: str | None = ...,
        baseline_used_for_drift_check_constraints: str | None = ...,
        calculated_baseline_constraints: str | None = ...,
        model_package_group_name: str | None = ...,
        violation_report: str | None = ...,
        check_job_arn: str | None = ...,
        skip_check: bool | None = ...,
        register_new_baseline: bool | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ClarifyCheckStepMetadata: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ClusterEbsVolumeConfig(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def volume_size_in_gb(self) -> int | None: ...
    @property
    def volume_kms_key_id(self) -> str | None: ...
    @property
    def root_volume(self) -> bool | None: ...
    def __init__(
        self,
        *,
        volume_size_in_gb: int | None = ...,
        volume_kms_key_id: str | None = ...,
        root_volume: bool | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ClusterEbsVolumeConfig: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ClusterEventDetail(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def event_id(self) -> str | None: ...
    @property
    def cluster_arn(self) -> str | None: ...
    @property
    def cluster_name(self) -> str | None: ...
    @property
    def instance_group_name(self) -> str | None: ...
    @property
    def instance_id(self) -> str | None: ...
    @property
    def resource_type(self) -> ClusterEventResourceType | None: ...
    @property
    def event_time(self) -> datetime | None: ...
    @property
    def event_details(self) -> EventDetails | None: ...
    @property
    def description(self) -> str | None: ...
    def __init__(
        self,
        *,
        event_id: str | None = ...,
        cluster_arn: str | None = ...,
        cluster_name: str | None = ...,
        instance_group_name: str | None = ...,
        instance_id: str | None = ...,
        resource_type: ClusterEventResourceType | ClusterEventResourceTypeLiteral | None = ...,
        event_time: datetime | None = ...,
        event_details: EventDetails | None = ...,
        description: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ClusterEventDetail: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ClusterEventSummary(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def event_id(self) -> str | None: ...
    @property
    def cluster_arn(self) -> str | None: ...
    @property
    def cluster_name(self) -> str | None: ...
    @property
    def instance_group_name(self) -> str | None: ...
    @property
    def instance_id(self) -> str | None: ...
    @property
    def resource_type(self) -> ClusterEventResourceType | None: ...
    @property
    def event_time(self) -> datetime | None: ...
    @property
    def description(self) -> str | None: ...
    def __init__(
        self,
        *,
        event_id: str | None = ...,
        cluster_arn: str | None = ...,
        cluster_name: str | None = ...,
        instance_group_name: str | None = ...,
        instance_id: str | None = ...,
        resource_type: ClusterEventResourceType | ClusterEventResourceTypeLiteral | None = ...,
        event_time: datetime | None = ...,
        description: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ClusterEventSummary: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ClusterInstanceGroupDetails(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def current_count(self) -> int | None: ...
    @property
    def target_count(self) -> int | None: ...
    @property
    def instance_group_name(self) -> str | None: ...
    @property
    def instance_type(self) -> ClusterInstanceType | None: ...
    @property
    def life_cycle_config(self) -> ClusterLifeCycleConfig | None: ...
    @property
    def execution_role(self) -> str | None: ...
    @property
    def threads_per_core(self) -> int | None: ...
    @property
    def instance_storage_configs(self) -> list[ClusterInstanceStorageConfig] | None: ...
    @property
    def on_start_deep_health_checks(self) -> list[DeepHealthCheckType | DeepHealthCheckTypeLiteral] | None: ...
    @property
    def status(self) -> InstanceGroupStatus | None: ...
    @property
    def training_plan_arn(self) -> str | None: ...
    @property
    def training_plan_status(self) -> str | None: ...
    @property
    def override_vpc_config(self) -> VpcConfig | None: ...
    @property
    def scheduled_update_config(self) -> ScheduledUpdateConfig | None: ...
    @property
    def current_image_id(self) -> str | None: ...
    @property
    def desired_image_id(self) -> str | None: ...
    def __init__(
        self,
        *,
        current_count: int | None = ...,
        target_count: int | None = ...,
        instance_group_name: str | None = ...,
        instance_type: ClusterInstanceType | ClusterInstanceTypeLiteral | None = ...,
        life_cycle_config: ClusterLifeCycleConfig | None = ...,
        execution_role: str | None = ...,
        threads_per_core: int | None = ...,
        instance_storage_configs: list[ClusterInstanceStorageConfig] | None = ...,
        on_start_deep_health_checks: list[DeepHealthCheckType | DeepHealthCheckTypeLiteral] | None = ...,
        status: InstanceGroupStatus | InstanceGroupStatusLiteral | None = ...,
        training_plan_arn: str | None = ...,
        training_plan_status: str | None = ...,
        override_vpc_config: VpcConfig | None = ...,
        scheduled_update_config: ScheduledUpdateConfig | None = ...,
        current_image_id: str | None = ...,
        desired_image_id: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ClusterInstanceGroupDetails: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ClusterInstanceGroupSpecification(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def instance_count(self) -> int: ...
    @property
    def instance_group_name(self) -> str: ...
    @property
    def instance_type(self) -> ClusterInstanceType: ...
    @property
    def life_cycle_config(self) -> ClusterLifeCycleConfig: ...
    @property
    def execution_role(self) -> str: ...
    @property
    def threads_per_core(self) -> int | None: ...
    @property
    def instance_storage_configs(self) -> list[ClusterInstanceStorageConfig] | None: ...
    @property
    def on_start_deep_health_checks(self) -> list[DeepHealthCheckType | DeepHealthCheckTypeLiteral] | None: ...
    @property
    def training_plan_arn(self) -> str | None: ...
    @property
    def override_vpc_config(self) -> VpcConfig | None: ...
    @property
    def scheduled_update_config(self) -> ScheduledUpdateConfig | None: ...
    @property
    def image_id(self) -> str | None: ...
    def __init__(
        self,
        *,
        instance_count: int,
        instance_group_name: str,
        instance_type: ClusterInstanceType | ClusterInstanceTypeLiteral,
        life_cycle_config: ClusterLifeCycleConfig,
        execution_role: str,
        threads_per_core: int | None = ...,
        instance_storage_configs: list[ClusterInstanceStorageConfig] | None = ...,
        on_start_deep_health_checks: list[DeepHealthCheckType | DeepHealthCheckTypeLiteral] | None = ...,
        training_plan_arn: str | None = ...,
        override_vpc_config: VpcConfig | None = ...,
        scheduled_update_config: ScheduledUpdateConfig | None = ...,
        image_id: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ClusterInstanceGroupSpecification: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ClusterInstancePlacement(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def availability_zone(self) -> str | None: ...
    @property
    def availability_zone_id(self) -> str | None: ...
    def __init__(
        self,
        *,
        availability_zone: str | None = ...,
        availability_zone_id: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ClusterInstancePlacement: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ClusterInstanceStatusDetails(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def status(self) -> ClusterInstanceStatus | None: ...
    @property
    def message(self) -> str | None: ...
    def __init__(
        self,
        *,
        status: ClusterInstanceStatus | ClusterInstanceStatusLiteral | None = ...,
        message: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ClusterInstanceStatusDetails: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ClusterInstanceStorageConfig(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def ebs_volume_config(self) -> ClusterEbsVolumeConfig | None: ...
    def __init__(
        self,
        *,
        ebs_volume_config: ClusterEbsVolumeConfig | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ClusterInstanceStorageConfig: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ClusterKubernetesConfigNodeDetails(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def current_labels(self) -> dict[str, str] | None: ...
    @property
    def desired_labels(self) -> dict[str, str] | None: ...
    @property
    def current_taints(self) -> list[ClusterKubernetesTaint] | None: ...
    @property
    def desired_taints(self) -> list[ClusterKubernetesTaint] | None: ...
    def __init__(
        self,
        *,
        current_labels: dict[str, str] | None = ...,
        desired_labels: dict[str, str] | None = ...,
        current_taints: list[ClusterKubernetesTaint] | None = ...,
        desired_taints: list[ClusterKubernetesTaint] | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ClusterKubernetesConfigNodeDetails: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ClusterKubernetesTaint(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def key(self) -> str | None: ...
    @property
    def value(self) -> str | None: ...
    @property
    def effect(self) -> ClusterKubernetesTaintEffect | None: ...
    def __init__(
        self,
        *,
        key: str | None = ...,
        value: str | None = ...,
        effect: ClusterKubernetesTaintEffect | ClusterKubernetesTaintEffectLiteral | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ClusterKubernetesTaint: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ClusterLifeCycleConfig(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def source_s3_uri(self) -> str | None: ...
    @property
    def on_create(self) -> str | None: ...
    def __init__(
        self,
        *,
        source_s3_uri: str | None = ...,
        on_create: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ClusterLifeCycleConfig: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ClusterMetadata(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def failure_message(self) -> str | None: ...
    @property
    def eks_role_access_entries(self) -> list[str] | None: ...
    @property
    def slr_access_entry(self) -> str | None: ...
    def __init__(
        self,
        *,
        failure_message: str | None = ...,
        eks_role_access_entries: list[str] | None = ...,
        slr_access_entry: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ClusterMetadata: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ClusterNodeDetails(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def instance_group_name(self) -> str | None: ...
    @property
    def instance_id(self) -> str | None: ...
    @property
    def node_logical_id(self) -> str | None: ...
    @property
    def instance_status(self) -> ClusterInstanceStatusDetails | None: ...
    @property
    def instance_type(self) -> ClusterInstanceType | None: ...
    @property
    def launch_time(self) -> datetime | None: ...
    @property
    def last_software_update_time(self) -> datetime | None: ...
    @property
    def life_cycle_config(self) -> ClusterLifeCycleConfig | None: ...
    @property
    def override_vpc_config(self) -> VpcConfig | None: ...
    @property
    def threads_per_core(self) -> int | None: ...
    @property
    def instance_storage_configs(self) -> list[ClusterInstanceStorageConfig] | None: ...
    @property
    def private_primary_ip(self) -> str | None: ...
    @property
    def private_primary_ipv6(self) -> str | None: ...
    @property
    def private_dns_hostname(self) -> str | None: ...
    @property
    def placement(self) -> ClusterInstancePlacement | None: ...
    @property
    def current_image_id(self) -> str | None: ...
    @property
    def desired_image_id(self) -> str | None: ...
    @property
    def ultra_server_info(self) -> UltraServerInfo | None: ...
    @property
    def kubernetes_config(self) -> ClusterKubernetesConfigNodeDetails | None: ...
    @property
    def capacity_type(self) -> ClusterCapacityType | None: ...
    def __init__(
        self,
        *,
        instance_group_name: str | None = ...,
        instance_id: str | None = ...,
        node_logical_id: str | None = ...,
        instance_status: ClusterInstanceStatusDetails | None = ...,
        instance_type: ClusterInstanceType | ClusterInstanceTypeLiteral | None = ...,
        launch_time: datetime | None = ...,
        last_software_update_time: datetime | None = ...,
        life_cycle_config: ClusterLifeCycleConfig | None = ...,
        override_vpc_config: VpcConfig | None = ...,
        threads_per_core: int | None = ...,
        instance_storage_configs: list[ClusterInstanceStorageConfig] | None = ...,
        private_primary_ip: str | None = ...,
        private_primary_ipv6: str | None = ...,
        private_dns_hostname: str | None = ...,
        placement: ClusterInstancePlacement | None = ...,
        current_image_id: str | None = ...,
        desired_image_id: str | None = ...,
        ultra_server_info: UltraServerInfo | None = ...,
        kubernetes_config: ClusterKubernetesConfigNodeDetails | None = ...,
        capacity_type: ClusterCapacityType | ClusterCapacityTypeLiteral | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ClusterNodeDetails: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ClusterNodeSummary(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def instance_group_name(self) -> str | None: ...
    @property
    def instance_id(self) -> str | None: ...
    @property
    def node_logical_id(self) -> str | None: ...
    @property
    def instance_type(self) -> ClusterInstanceType | None: ...
    @property
    def launch_time(self) -> datetime | None: ...
    @property
    def last_software_update_time(self) -> datetime | None: ...
    @property
    def instance_status(self) -> ClusterInstanceStatusDetails | None: ...
    @property
    def ultra_server_info(self) -> UltraServerInfo | None: ...
    @property
    def private_dns_hostname(self) -> str | None: ...
    def __init__(
        self,
        *,
        instance_group_name: str | None = ...,
        instance_id: str | None = ...,
        node_logical_id: str | None = ...,
        instance_type: ClusterInstanceType | ClusterInstanceTypeLiteral | None = ...,
        launch_time: datetime | None = ...,
        last_software_update_time: datetime | None = ...,
        instance_status: ClusterInstanceStatusDetails | None = ...,
        ultra_server_info: UltraServerInfo | None = ...,
        private_dns_hostname: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ClusterNodeSummary: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ClusterOrchestrator(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def eks(self) -> ClusterOrchestratorEksConfig: ...
    def __init__(
        self,
        *,
        eks: ClusterOrchestratorEksConfig,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ClusterOrchestrator: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ClusterOrchestratorEksConfig(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def cluster_arn(self) -> str: ...
    def __init__(
        self,
        *,
        cluster_arn: str,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ClusterOrchestratorEksConfig: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ClusterRestrictedInstanceGroupDetails(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def current_count(self) -> int | None: ...
    @property
    def target_count(self) -> int | None: ...
    @property
    def instance_group_name(self) -> str | None: ...
    @property
    def instance_type(self) -> ClusterInstanceType | None: ...
    @property
    def execution_role(self) -> str | None: ...
    @property
    def threads_per_core(self) -> int | None: ...
    @property
    def instance_storage_configs(self) -> list[ClusterInstanceStorageConfig] | None: ...
    @property
    def on_start_deep_health_checks(self) -> list[DeepHealthCheckType | DeepHealthCheckTypeLiteral] | None: ...
    @property
    def status(self) -> InstanceGroupStatus | None: ...
    @property
    def training_plan_arn(self) -> str | None: ...
    @property
    def training_plan_status(self) -> str | None: ...
    @property
    def override_vpc_config(self) -> VpcConfig | None: ...
    @property
    def scheduled_update_config(self) -> ScheduledUpdateConfig | None: ...
    @property
    def environment_config(self) -> EnvironmentConfigDetails | None: ...
    def __init__(
        self,
        *,
        current_count: int | None = ...,
        target_count: int | None = ...,
        instance_group_name: str | None = ...,
        instance_type: ClusterInstanceType | ClusterInstanceTypeLiteral | None = ...,
        execution_role: str | None = ...,
        threads_per_core: int | None = ...,
        instance_storage_configs: list[ClusterInstanceStorageConfig] | None = ...,
        on_start_deep_health_checks: list[DeepHealthCheckType | DeepHealthCheckTypeLiteral] | None = ...,
        status: InstanceGroupStatus | InstanceGroupStatusLiteral | None = ...,
        training_plan_arn: str | None = ...,
        training_plan_status: str | None = ...,
        override_vpc_config: VpcConfig | None = ...,
        scheduled_update_config: ScheduledUpdateConfig | None = ...,
        environment_config: EnvironmentConfigDetails | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ClusterRestrictedInstanceGroupDetails: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ClusterRestrictedInstanceGroupSpecification(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def instance_count(self) -> int: ...
    @property
    def instance_group_name(self) -> str: ...
    @property
    def instance_type(self) -> ClusterInstanceType: ...
    @property
    def execution_role(self) -> str: ...
    @property
    def threads_per_core(self) -> int | None: ...
    @property
    def instance_storage_configs(self) -> list[ClusterInstanceStorageConfig] | None: ...
    @property
    def on_start_deep_health_checks(self) -> list[DeepHealthCheckType | DeepHealthCheckTypeLiteral] | None: ...
    @property
    def training_plan_arn(self) -> str | None: ...
    @property
    def override_vpc_config(self) -> VpcConfig | None: ...
    @property
    def scheduled_update_config(self) -> ScheduledUpdateConfig | None: ...
    @property
    def environment_config(self) -> EnvironmentConfig: ...
    def __init__(
        self,
        *,
        instance_count: int,
        instance_group_name: str,
        instance_type: ClusterInstanceType | ClusterInstanceTypeLiteral,
        execution_role: str,
        environment_config: EnvironmentConfig,
        threads_per_core: int | None = ...,
        instance_storage_configs: list[ClusterInstanceStorageConfig] | None = ...,
        on_start_deep_health_checks: list[DeepHealthCheckType | DeepHealthCheckTypeLiteral] | None = ...,
        training_plan_arn: str | None = ...,
        override_vpc_config: VpcConfig | None = ...,
        scheduled_update_config: ScheduledUpdateConfig | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ClusterRestrictedInstanceGroupSpecification: ...
    def _to_wire(self) -> dict[str, Any]: ...

class CollectionConfig(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def vector_config(self) -> VectorConfig | None: ...
    def __init__(
        self,
        *,
        vector_config: VectorConfig | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> CollectionConfig: ...
    def _to_wire(self) -> dict[str, Any]: ...

class CollectionConfiguration(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def collection_name(self) -> str | None: ...
    @property
    def collection_parameters(self) -> dict[str, str] | None: ...
    def __init__(
        self,
        *,
        collection_name: str | None = ...,
        collection_parameters: dict[str, str] | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> CollectionConfiguration: ...
    def _to_wire(self) -> dict[str, Any]: ...

class CompilationJobSummary(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def compilation_job_name(self) -> str | None: ...
    @property
    def compilation_job_arn(self) -> str | None: ...
    @property
    def creation_time(self) -> datetime | None: ...
    @property
    def compilation_start_time(self) -> datetime | None: ...
    @property
    def compilation_end_time(self) -> datetime | None: ...
    @property
    def compilation_target_device(self) -> TargetDevice | None: ...
    @property
    def compilation_target_platform_os(self) -> TargetPlatformOs | None: ...
    @property
    def compilation_target_platform_arch(self) -> TargetPlatformArch | None: ...
    @property
    def compilation_target_platform_accelerator(self) -> TargetPlatformAccelerator | None: ...
    @property
    def last_modified_time(self) -> datetime | None: ...
    @property
    def compilation_job_status(self) -> CompilationJobStatus | None: ...
    def __init__(
        self,
        *,
        compilation_job_name: str | None = ...,
        compilation_job_arn: str | None = ...,
        creation_time: datetime | None = ...,
        compilation_start_time: datetime | None = ...,
        compilation_end_time: datetime | None = ...,
        compilation_target_device: TargetDevice | TargetDeviceLiteral | None = ...,
        compilation_target_platform_os: TargetPlatformOs | TargetPlatformOsLiteral | None = ...,
        compilation_target_platform_arch: TargetPlatformArch | TargetPlatformArchLiteral | None = ...,
        compilation_target_platform_accelerator: TargetPlatformAccelerator
        | TargetPlatformAcceleratorLiteral
        | None = ...,
        last_modified_time: datetime | None = ...,
        compilation_job_status: CompilationJobStatus | CompilationJobStatusLiteral | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> CompilationJobSummary: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ConditionStepMetadata(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def outcome(self) -> ConditionOutcome | None: ...
    def __init__(
        self,
        *,
        outcome: ConditionOutcome | ConditionOutcomeLiteral | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ConditionStepMetadata: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ContainerDefinition(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def container_hostname(self) -> str | None: ...
    @property
    def image(self) -> str | None: ...
    @property
    def image_config(self) -> ImageConfig | None: ...
    @property
    def mode(self) -> ContainerMode | None: ...
    @property
    def model_data_url(self) -> str | None: ...
    @property
    def model_data_source(self) -> ModelDataSource | None: ...
    @property
    def additional_model_data_sources(self) -> list[AdditionalModelDataSource] | None: ...
    @property
    def environment(self) -> dict[str, str] | None: ...
    @property
    def model_package_name(self) -> str | None: ...
    @property
    def inference_specification_name(self) -> str | None: ...
    @property
    def multi_model_config(self) -> MultiModelConfig | None: ...
    def __init__(
        self,
        *,
        container_hostname: str | None = ...,
        image: str | None = ...,
        image_config: ImageConfig | None = ...,
        mode: ContainerMode | ContainerModeLiteral | None = ...,
        model_data_url: str | None = ...,
        model_data_source: ModelDataSource | None = ...,
        additional_model_data_sources: list[AdditionalModelDataSource] | None = ...,
        environment: dict[str, str] | None = ...,
        model_package_name: str | None = ...,
        inference_specification_name: str | None = ...,
        multi_model_config: MultiModelConfig | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ContainerDefinition: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ContainerMetricsConfig(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def metrics_endpoints(self) -> list[MetricsEndpoint] | None: ...
    def __init__(
        self,
        *,
        metrics_endpoints: list[MetricsEndpoint] | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ContainerMetricsConfig: ...
    def _to_wire(self) -> dict[str, Any]: ...
