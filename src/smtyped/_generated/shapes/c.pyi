# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.c import (
    CapacityReservationType,
    CapacitySizeType,
    ClusterCapacityType,
    ClusterEventResourceType,
    ClusterInstanceStatus,
    ClusterInstanceType,
    ClusterKubernetesTaintEffect,
    CompilationJobStatus,
    CompressionType,
    CompressionTypeLiteral,
    ConditionOutcome,
    ContainerMode,
    as_CapacityReservationType_opt,
    as_CapacitySizeType,
    as_ClusterCapacityType_opt,
    as_ClusterEventResourceType_opt,
    as_ClusterInstanceStatus_opt,
    as_ClusterInstanceType,
    as_ClusterInstanceType_opt,
    as_ClusterKubernetesTaintEffect_opt,
    as_CompilationJobStatus_opt,
    as_CompressionType_opt,
    as_ConditionOutcome_opt,
    as_ContainerMode_opt,
)
from smtyped._generated.enums.d import DeepHealthCheckType, DeepHealthCheckTypeLiteral
from smtyped._generated.enums.i import (
    InstanceGroupStatus,
    as_InstanceGroupStatus_opt,
)
from smtyped._generated.enums.n import (
    NodeUnavailabilityType,
    as_NodeUnavailabilityType,
)
from smtyped._generated.enums.r import RecordWrapper, as_RecordWrapper_opt
from smtyped._generated.enums.t import (
    TargetDevice,
    TargetPlatformAccelerator,
    TargetPlatformArch,
    TargetPlatformOs,
    TrainingInputMode,
    TrainingInputModeLiteral,
    as_TargetDevice_opt,
    as_TargetPlatformAccelerator_opt,
    as_TargetPlatformArch_opt,
    as_TargetPlatformOs_opt,
    as_TrainingInputMode_opt,
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

@attrs.frozen(kw_only=True, slots=False)
class CacheHitResult(Shape):
    source_pipeline_execution_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CallbackStepMetadata(Shape):
    callback_token: str | None = None
    sqs_queue_url: str | None = None
    output_parameters: list[OutputParameter] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CandidateArtifactLocations(Shape):
    explainability: str | None = None
    model_insights: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CandidateProperties(Shape):
    candidate_artifact_locations: CandidateArtifactLocations | None = None
    candidate_metrics: list[MetricDatum] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CapacityReservation(Shape):
    arn: str | None = None
    type: CapacityReservationType | None = attrs.field(default=None, converter=as_CapacityReservationType_opt)
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CapacitySize(Shape):
    type: CapacitySizeType = attrs.field(converter=as_CapacitySizeType)
    value: int
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CapacitySizeConfig(Shape):
    type: NodeUnavailabilityType = attrs.field(converter=as_NodeUnavailabilityType)
    value: int
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CategoricalParameterRange(Shape):
    name: str | None = None
    values: list[str] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CategoricalParameterRangeSpecification(Shape):
    values: list[str]
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CfnStackDetail(Shape):
    name: str | None = None
    id: str | None = None
    status_message: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CfnStackParameter(Shape):
    key: str | None = None
    value: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CfnTemplateProviderDetail(Shape):
    template_name: str | None = None
    template_url: str | None = None
    role_arn: str | None = None
    parameters: list[CfnStackParameter] | None = None
    stack_detail: CfnStackDetail | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class Channel(Shape):
    channel_name: str
    data_source: DataSource
    content_type: str | None = None
    compression_type: CompressionType | None = attrs.field(default=None, converter=as_CompressionType_opt)
    record_wrapper_type: RecordWrapper | None = attrs.field(default=None, converter=as_RecordWrapper_opt)
    input_mode: TrainingInputMode | None = attrs.field(default=None, converter=as_TrainingInputMode_opt)
    shuffle_config: ShuffleConfig | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ChannelSpecification(Shape):
    name: str
    supported_content_types: list[str]
    supported_input_modes: list[TrainingInputMode | TrainingInputModeLiteral]
    description: str | None = None
    is_required: bool | None = None
    supported_compression_types: list[CompressionType | CompressionTypeLiteral] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CheckpointConfig(Shape):
    s3_uri: str | None = None
    local_path: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ClarifyCheckStepMetadata(Shape):
    check_type: str | None = None
    baseline_used_for_drift_check_constraints: str | None = None
    calculated_baseline_constraints: str | None = None
    model_package_group_name: str | None = None
    violation_report: str | None = None
    check_job_arn: str | None = None
    skip_check: bool | None = None
    register_new_baseline: bool | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ClusterEbsVolumeConfig(Shape):
    volume_size_in_gb: int | None = None
    volume_kms_key_id: str | None = None
    root_volume: bool | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ClusterEventDetail(Shape):
    event_id: str | None = None
    cluster_arn: str | None = None
    cluster_name: str | None = None
    instance_group_name: str | None = None
    instance_id: str | None = None
    resource_type: ClusterEventResourceType | None = attrs.field(
        default=None, converter=as_ClusterEventResourceType_opt
    )
    event_time: datetime | None = None
    event_details: EventDetails | None = None
    description: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ClusterEventSummary(Shape):
    event_id: str | None = None
    cluster_arn: str | None = None
    cluster_name: str | None = None
    instance_group_name: str | None = None
    instance_id: str | None = None
    resource_type: ClusterEventResourceType | None = attrs.field(
        default=None, converter=as_ClusterEventResourceType_opt
    )
    event_time: datetime | None = None
    description: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ClusterInstanceGroupDetails(Shape):
    current_count: int | None = None
    target_count: int | None = None
    instance_group_name: str | None = None
    instance_type: ClusterInstanceType | None = attrs.field(default=None, converter=as_ClusterInstanceType_opt)
    life_cycle_config: ClusterLifeCycleConfig | None = None
    execution_role: str | None = None
    threads_per_core: int | None = None
    instance_storage_configs: list[ClusterInstanceStorageConfig] | None = None
    on_start_deep_health_checks: list[DeepHealthCheckType | DeepHealthCheckTypeLiteral] | None = None
    status: InstanceGroupStatus | None = attrs.field(default=None, converter=as_InstanceGroupStatus_opt)
    training_plan_arn: str | None = None
    training_plan_status: str | None = None
    override_vpc_config: VpcConfig | None = None
    scheduled_update_config: ScheduledUpdateConfig | None = None
    current_image_id: str | None = None
    desired_image_id: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ClusterInstanceGroupSpecification(Shape):
    instance_count: int
    instance_group_name: str
    instance_type: ClusterInstanceType = attrs.field(converter=as_ClusterInstanceType)
    life_cycle_config: ClusterLifeCycleConfig
    execution_role: str
    threads_per_core: int | None = None
    instance_storage_configs: list[ClusterInstanceStorageConfig] | None = None
    on_start_deep_health_checks: list[DeepHealthCheckType | DeepHealthCheckTypeLiteral] | None = None
    training_plan_arn: str | None = None
    override_vpc_config: VpcConfig | None = None
    scheduled_update_config: ScheduledUpdateConfig | None = None
    image_id: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ClusterInstancePlacement(Shape):
    availability_zone: str | None = None
    availability_zone_id: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ClusterInstanceStatusDetails(Shape):
    status: ClusterInstanceStatus | None = attrs.field(default=None, converter=as_ClusterInstanceStatus_opt)
    message: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ClusterInstanceStorageConfig(Shape):
    ebs_volume_config: ClusterEbsVolumeConfig | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ClusterKubernetesConfigNodeDetails(Shape):
    current_labels: dict[str, str] | None = None
    desired_labels: dict[str, str] | None = None
    current_taints: list[ClusterKubernetesTaint] | None = None
    desired_taints: list[ClusterKubernetesTaint] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ClusterKubernetesTaint(Shape):
    key: str | None = None
    value: str | None = None
    effect: ClusterKubernetesTaintEffect | None = attrs.field(
        default=None, converter=as_ClusterKubernetesTaintEffect_opt
    )
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ClusterLifeCycleConfig(Shape):
    source_s3_uri: str | None = None
    on_create: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ClusterMetadata(Shape):
    failure_message: str | None = None
    eks_role_access_entries: list[str] | None = None
    slr_access_entry: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ClusterNodeDetails(Shape):
    instance_group_name: str | None = None
    instance_id: str | None = None
    node_logical_id: str | None = None
    instance_status: ClusterInstanceStatusDetails | None = None
    instance_type: ClusterInstanceType | None = attrs.field(default=None, converter=as_ClusterInstanceType_opt)
    launch_time: datetime | None = None
    last_software_update_time: datetime | None = None
    life_cycle_config: ClusterLifeCycleConfig | None = None
    override_vpc_config: VpcConfig | None = None
    threads_per_core: int | None = None
    instance_storage_configs: list[ClusterInstanceStorageConfig] | None = None
    private_primary_ip: str | None = None
    private_primary_ipv6: str | None = None
    private_dns_hostname: str | None = None
    placement: ClusterInstancePlacement | None = None
    current_image_id: str | None = None
    desired_image_id: str | None = None
    ultra_server_info: UltraServerInfo | None = None
    kubernetes_config: ClusterKubernetesConfigNodeDetails | None = None
    capacity_type: ClusterCapacityType | None = attrs.field(default=None, converter=as_ClusterCapacityType_opt)
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ClusterNodeSummary(Shape):
    instance_group_name: str | None = None
    instance_id: str | None = None
    node_logical_id: str | None = None
    instance_type: ClusterInstanceType | None = attrs.field(default=None, converter=as_ClusterInstanceType_opt)
    launch_time: datetime | None = None
    last_software_update_time: datetime | None = None
    instance_status: ClusterInstanceStatusDetails | None = None
    ultra_server_info: UltraServerInfo | None = None
    private_dns_hostname: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ClusterOrchestrator(Shape):
    eks: ClusterOrchestratorEksConfig
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ClusterOrchestratorEksConfig(Shape):
    cluster_arn: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ClusterRestrictedInstanceGroupDetails(Shape):
    current_count: int | None = None
    target_count: int | None = None
    instance_group_name: str | None = None
    instance_type: ClusterInstanceType | None = attrs.field(default=None, converter=as_ClusterInstanceType_opt)
    execution_role: str | None = None
    threads_per_core: int | None = None
    instance_storage_configs: list[ClusterInstanceStorageConfig] | None = None
    on_start_deep_health_checks: list[DeepHealthCheckType | DeepHealthCheckTypeLiteral] | None = None
    status: InstanceGroupStatus | None = attrs.field(default=None, converter=as_InstanceGroupStatus_opt)
    training_plan_arn: str | None = None
    training_plan_status: str | None = None
    override_vpc_config: VpcConfig | None = None
    scheduled_update_config: ScheduledUpdateConfig | None = None
    environment_config: EnvironmentConfigDetails | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ClusterRestrictedInstanceGroupSpecification(Shape):
    instance_count: int
    instance_group_name: str
    instance_type: ClusterInstanceType = attrs.field(converter=as_ClusterInstanceType)
    execution_role: str
    environment_config: EnvironmentConfig
    threads_per_core: int | None = None
    instance_storage_configs: list[ClusterInstanceStorageConfig] | None = None
    on_start_deep_health_checks: list[DeepHealthCheckType | DeepHealthCheckTypeLiteral] | None = None
    training_plan_arn: str | None = None
    override_vpc_config: VpcConfig | None = None
    scheduled_update_config: ScheduledUpdateConfig | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CollectionConfig(Shape):
    vector_config: VectorConfig | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CollectionConfiguration(Shape):
    collection_name: str | None = None
    collection_parameters: dict[str, str] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CompilationJobSummary(Shape):
    compilation_job_name: str | None = None
    compilation_job_arn: str | None = None
    creation_time: datetime | None = None
    compilation_start_time: datetime | None = None
    compilation_end_time: datetime | None = None
    compilation_target_device: TargetDevice | None = attrs.field(default=None, converter=as_TargetDevice_opt)
    compilation_target_platform_os: TargetPlatformOs | None = attrs.field(
        default=None, converter=as_TargetPlatformOs_opt
    )
    compilation_target_platform_arch: TargetPlatformArch | None = attrs.field(
        default=None, converter=as_TargetPlatformArch_opt
    )
    compilation_target_platform_accelerator: TargetPlatformAccelerator | None = attrs.field(
        default=None, converter=as_TargetPlatformAccelerator_opt
    )
    last_modified_time: datetime | None = None
    compilation_job_status: CompilationJobStatus | None = attrs.field(
        default=None, converter=as_CompilationJobStatus_opt
    )
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ConditionStepMetadata(Shape):
    outcome: ConditionOutcome | None = attrs.field(default=None, converter=as_ConditionOutcome_opt)
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ContainerDefinition(Shape):
    container_hostname: str | None = None
    image: str | None = None
    image_config: ImageConfig | None = None
    mode: ContainerMode | None = attrs.field(default=None, converter=as_ContainerMode_opt)
    model_data_url: str | None = None
    model_data_source: ModelDataSource | None = None
    additional_model_data_sources: list[AdditionalModelDataSource] | None = None
    environment: dict[str, str] | None = None
    model_package_name: str | None = None
    inference_specification_name: str | None = None
    multi_model_config: MultiModelConfig | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ContainerMetricsConfig(Shape):
    metrics_endpoints: list[MetricsEndpoint] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
