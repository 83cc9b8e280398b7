# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.a import AssemblyType, as_AssemblyType_opt
from smtyped._generated.enums.b import BatchStrategy, as_BatchStrategy_opt
from smtyped._generated.enums.c import (
    CompressionType,
    as_CompressionType_opt,
)
from smtyped._generated.enums.i import (
    IsTrackingServerActive,
    as_IsTrackingServerActive_opt,
)
from smtyped._generated.enums.r import Relation, as_Relation_opt
from smtyped._generated.enums.s import (
    S3DataType,
    SecondaryStatus,
    SplitType,
    as_S3DataType,
    as_SecondaryStatus_opt,
    as_SplitType_opt,
)
from smtyped._generated.enums.t import (
    TargetPlatformAccelerator,
    TargetPlatformArch,
    TargetPlatformOs,
    TrackingServerStatus,
    TrafficRoutingConfigType,
    TrainingInputMode,
    TrainingInstanceType,
    TrainingInstanceTypeLiteral,
    TrainingJobStatus,
    TrainingRepositoryAccessMode,
    TransformInstanceType,
    TransformJobStatus,
    TrialComponentPrimaryStatus,
    TtlDurationUnit,
    as_TargetPlatformAccelerator_opt,
    as_TargetPlatformArch,
    as_TargetPlatformOs,
    as_TrackingServerStatus_opt,
    as_TrafficRoutingConfigType,
    as_TrainingInputMode,
    as_TrainingJobStatus_opt,
    as_TrainingRepositoryAccessMode_opt,
    as_TransformInstanceType,
    as_TransformJobStatus_opt,
    as_TrialComponentPrimaryStatus_opt,
    as_TtlDurationUnit_opt,
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

@attrs.frozen(kw_only=True, slots=False)
class Tag(Shape):
    key: str
    value: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class TargetPlatform(Shape):
    os: TargetPlatformOs = attrs.field(converter=as_TargetPlatformOs)
    arch: TargetPlatformArch = attrs.field(converter=as_TargetPlatformArch)
    accelerator: TargetPlatformAccelerator | None = attrs.field(
        default=None, converter=as_TargetPlatformAccelerator_opt
    )
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class TargetTrackingScalingPolicyConfiguration(Shape):
    metric_specification: MetricSpecification | None = None
    target_value: float | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class TemplateProviderDetail(Shape):
    cfn_template_provider_detail: CfnTemplateProviderDetail | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class TensorBoardAppSettings(Shape):
    default_resource_spec: ResourceSpec | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class TensorBoardOutputConfig(Shape):
    local_path: str | None = None
    s3_output_path: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class TotalHits(Shape):
    value: int | None = None
    relation: Relation | None = attrs.field(default=None, converter=as_Relation_opt)
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class TrackingServerSummary(Shape):
    tracking_server_arn: str | None = None
    tracking_server_name: str | None = None
    creation_time: datetime | None = None
    last_modified_time: datetime | None = None
    tracking_server_status: TrackingServerStatus | None = attrs.field(
        default=None, converter=as_TrackingServerStatus_opt
    )
    is_active: IsTrackingServerActive | None = attrs.field(default=None, converter=as_IsTrackingServerActive_opt)
    mlflow_version: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class TrafficRoutingConfig(Shape):
    type: TrafficRoutingConfigType = attrs.field(converter=as_TrafficRoutingConfigType)
    wait_interval_in_seconds: int
    canary_size: CapacitySize | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class TrainingImageConfig(Shape):
    training_repository_access_mode: TrainingRepositoryAccessMode | None = attrs.field(
        default=None, converter=as_TrainingRepositoryAccessMode_opt
    )
    training_repository_auth_config: TrainingRepositoryAuthConfig | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

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
class TrainingRepositoryAuthConfig(Shape):
    training_repository_credentials_provider_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class TrainingSpecification(Shape):
    training_image: str
    supported_training_instance_types: list[TrainingInstanceType | TrainingInstanceTypeLiteral]
    training_channels: list[ChannelSpecification]
    training_image_digest: str | None = None
    supported_hyper_parameters: list[HyperParameterSpecification] | None = None
    supports_distributed_training: bool | None = None
    metric_definitions: list[MetricDefinition] | None = None
    supported_tuning_job_objective_metrics: list[HyperParameterTuningJobObjective] | None = None
    additional_s3_data_source: AdditionalS3DataSource | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class TransformDataSource(Shape):
    s3_data_source: TransformS3DataSource
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class TransformInput(Shape):
    data_source: TransformDataSource
    content_type: str | None = None
    compression_type: CompressionType | None = attrs.field(default=None, converter=as_CompressionType_opt)
    split_type: SplitType | None = attrs.field(default=None, converter=as_SplitType_opt)
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class TransformJob(Shape):
    transform_job_name: str | None = None
    transform_job_arn: str | None = None
    transform_job_status: TransformJobStatus | None = attrs.field(default=None, converter=as_TransformJobStatus_opt)
    failure_reason: str | None = None
    model_name: str | None = None
    max_concurrent_transforms: int | None = None
    model_client_config: ModelClientConfig | None = None
    max_payload_in_mb: int | None = None
    batch_strategy: BatchStrategy | None = attrs.field(default=None, converter=as_BatchStrategy_opt)
    environment: dict[str, str] | None = None
    transform_input: TransformInput | None = None
    transform_output: TransformOutput | None = None
    transform_resources: TransformResources | None = None
    creation_time: datetime | None = None
    transform_start_time: datetime | None = None
    transform_end_time: datetime | None = None
    labeling_job_arn: str | None = None
    auto_ml_job_arn: str | None = None
    data_processing: DataProcessing | None = None
    experiment_config: ExperimentConfig | None = None
    tags: list[Tag] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class TransformJobDefinition(Shape):
    transform_input: TransformInput
    transform_output: TransformOutput
    transform_resources: TransformResources
    max_concurrent_transforms: int | None = None
    max_payload_in_mb: int | None = None
    batch_strategy: BatchStrategy | None = attrs.field(default=None, converter=as_BatchStrategy_opt)
    environment: dict[str, str] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class TransformJobStepMetadata(Shape):
    arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class TransformOutput(Shape):
    s3_output_path: str
    accept: str | None = None
    assemble_with: AssemblyType | None = attrs.field(default=None, converter=as_AssemblyType_opt)
    kms_key_id: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class TransformResources(Shape):
    instance_type: TransformInstanceType = attrs.field(converter=as_TransformInstanceType)
    instance_count: int
    volume_kms_key_id: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class TransformS3DataSource(Shape):
    s3_data_type: S3DataType = attrs.field(converter=as_S3DataType)
    s3_uri: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class Trial(Shape):
    trial_name: str | None = None
    trial_arn: str | None = None
    display_name: str | None = None
    experiment_name: str | None = None
    source: TrialSource | None = None
    creation_time: datetime | None = None
    created_by: UserContext | None = None
    last_modified_time: datetime | None = None
    last_modified_by: UserContext | None = None
    metadata_properties: MetadataProperties | None = None
    tags: list[Tag] | None = None
    trial_component_summaries: list[TrialComponentSimpleSummary] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class TrialComponent(Shape):
    trial_component_name: str | None = None
    display_name: str | None = None
    trial_component_arn: str | None = None
    source: TrialComponentSource | None = None
    status: TrialComponentStatus | None = None
    start_time: datetime | None = None
    end_time: datetime | None = None
    creation_time: datetime | None = None
    created_by: UserContext | None = None
    last_modified_time: datetime | None = None
    last_modified_by: UserContext | None = None
    parameters: dict[str, TrialComponentParameterValue] | None = None
    input_artifacts: dict[str, TrialComponentArtifact] | None = None
    output_artifacts: dict[str, TrialComponentArtifact] | None = None
    metrics: list[TrialComponentMetricSummary] | None = None
    metadata_properties: MetadataProperties | None = None
    source_detail: TrialComponentSourceDetail | None = None
    lineage_group_arn: str | None = None
    tags: list[Tag] | None = None
    parents: list[Parent] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class TrialComponentArtifact(Shape):
    media_type: str | None = None
    value: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class TrialComponentMetricSummary(Shape):
    metric_name: str | None = None
    source_arn: str | None = None
    time_stamp: datetime | None = None
    max: float | None = None
    min: float | None = None
    last: float | None = None
    count: int | None = None
    avg: float | None = None
    std_dev: float | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class TrialComponentParameterValue(Shape):
    string_value: str | None = None
    number_value: float | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class TrialComponentSimpleSummary(Shape):
    trial_component_name: str | None = None
    trial_component_arn: str | None = None
    trial_component_source: TrialComponentSource | None = None
    creation_time: datetime | None = None
    created_by: UserContext | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class TrialComponentSource(Shape):
    source_arn: str | None = None
    source_type: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class TrialComponentSourceDetail(Shape):
    source_arn: str | None = None
    training_job: TrainingJob | None = None
    processing_job: ProcessingJob | None = None
    transform_job: TransformJob | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class TrialComponentStatus(Shape):
    primary_status: TrialComponentPrimaryStatus | None = attrs.field(
        default=None, converter=as_TrialComponentPrimaryStatus_opt
    )
    message: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class TrialComponentSummary(Shape):
    trial_component_name: str | None = None
    trial_component_arn: str | None = None
    display_name: str | None = None
    trial_component_source: TrialComponentSource | None = None
    status: TrialComponentStatus | None = None
    start_time: datetime | None = None
    end_time: datetime | None = None
    creation_time: datetime | None = None
    created_by: UserContext | None = None
    last_modified_time: datetime | None = None
    last_modified_by: UserContext | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class TrialSource(Shape):
    source_arn: str | None = None
    source_type: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class TtlDuration(Shape):
    unit: TtlDurationUnit | None = attrs.field(default=None, converter=as_TtlDurationUnit_opt)
    value: int | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class TuningJobCompletionCriteria(Shape):
    target_objective_metric_value: float | None = None
    best_objective_not_improving: BestObjectiveNotImproving | None = None
    convergence_detected: ConvergenceDetected | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class TuningJobStepMetaData(Shape):
    arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
