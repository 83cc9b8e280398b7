# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.c import (
    CapacityReservationPreference,
    as_CapacityReservationPreference_opt,
)
from smtyped._generated.enums.m import (
    ManagedInstanceScalingScaleInStrategy,
    ManagedInstanceScalingStatus,
    as_ManagedInstanceScalingScaleInStrategy_opt,
    as_ManagedInstanceScalingStatus_opt,
)
from smtyped._generated.enums.p import (
    PipelineExecutionStatus,
    PipelineStatus,
    ProcessingInstanceType,
    ProcessingJobStatus,
    ProcessingS3CompressionType,
    ProcessingS3DataDistributionType,
    ProcessingS3DataType,
    ProcessingS3InputMode,
    ProcessingS3UploadMode,
    ProjectStatus,
    as_PipelineExecutionStatus_opt,
    as_PipelineStatus_opt,
    as_ProcessingInstanceType_opt,
    as_ProcessingJobStatus_opt,
    as_ProcessingS3CompressionType_opt,
    as_ProcessingS3DataDistributionType_opt,
    as_ProcessingS3DataType_opt,
    as_ProcessingS3InputMode_opt,
    as_ProcessingS3UploadMode_opt,
    as_ProjectStatus_opt,
)
from smtyped._generated.enums.r import (
    RoutingStrategy,
    as_RoutingStrategy_opt,
)
from smtyped._generated.enums.s import StepStatus, as_StepStatus_opt
from smtyped._generated.enums.v import VariantStatus, as_VariantStatus_opt
from smtyped._generated.shapes.a import AppSpecification
from smtyped._generated.shapes.a2 import AutoParameter
from smtyped._generated.shapes.c import (
    CacheHitResult,
    CallbackStepMetadata,
    CategoricalParameterRange,
    CategoricalParameterRangeSpecification,
    ClarifyCheckStepMetadata,
    ConditionStepMetadata,
)
from smtyped._generated.shapes.c2 import ContinuousParameterRange, ContinuousParameterRangeSpecification
from smtyped._generated.shapes.d import DatasetDefinition, DeployedImage
from smtyped._generated.shapes.e import Ec2CapacityReservation, ExperimentConfig
from smtyped._generated.shapes.i import IntegerParameterRange, IntegerParameterRangeSpecification
from smtyped._generated.shapes.l import LambdaStepMetadata
from smtyped._generated.shapes.m2 import ModelStepMetadata
from smtyped._generated.shapes.n import NetworkConfig
from smtyped._generated.shapes.q import QualityCheckStepMetadata
from smtyped._generated.shapes.r import RegisterModelStepMetadata
from smtyped._generated.shapes.s import ServiceCatalogProvisionedProductDetails, ServiceCatalogProvisioningDetails
from smtyped._generated.shapes.t import Tag, TrainingJobStepMetadata, TransformJobStepMetadata, TuningJobStepMetaData
from smtyped._generated.shapes.u import UserContext

@attrs.frozen(kw_only=True, slots=False)
class ParallelismConfiguration(Shape):
    max_parallel_execution_steps: int | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class Parameter(Shape):
    name: str | None = None
    value: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ParameterRange(Shape):
    integer_parameter_range_specification: IntegerParameterRangeSpecification | None = None
    continuous_parameter_range_specification: ContinuousParameterRangeSpecification | None = None
    categorical_parameter_range_specification: CategoricalParameterRangeSpecification | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ParameterRanges(Shape):
    integer_parameter_ranges: list[IntegerParameterRange] | None = None
    continuous_parameter_ranges: list[ContinuousParameterRange] | None = None
    categorical_parameter_ranges: list[CategoricalParameterRange] | None = None
    auto_parameters: list[AutoParameter] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class Parent(Shape):
    trial_name: str | None = None
    experiment_name: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ParentHyperParameterTuningJob(Shape):
    hyper_parameter_tuning_job_name: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class Pipeline(Shape):
    pipeline_arn: str | None = None
    pipeline_name: str | None = None
    pipeline_display_name: str | None = None
    pipeline_description: str | None = None
    role_arn: str | None = None
    pipeline_status: PipelineStatus | None = attrs.field(default=None, converter=as_PipelineStatus_opt)
    creation_time: datetime | None = None
    last_modified_time: datetime | None = None
    last_run_time: datetime | None = None
    created_by: UserContext | None = None
    last_modified_by: UserContext | None = None
    parallelism_configuration: ParallelismConfiguration | None = None
    tags: list[Tag] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class PipelineExecution(Shape):
    pipeline_arn: str | None = None
    pipeline_execution_arn: str | None = None
    pipeline_execution_display_name: str | None = None
    pipeline_execution_status: PipelineExecutionStatus | None = attrs.field(
        default=None, converter=as_PipelineExecutionStatus_opt
    )
    pipeline_execution_description: str | None = None
    pipeline_experiment_config: PipelineExperimentConfig | None = None
    failure_reason: str | None = None
    creation_time: datetime | None = None
    last_modified_time: datetime | None = None
    created_by: UserContext | None = None
    last_modified_by: UserContext | None = None
    parallelism_configuration: ParallelismConfiguration | None = None
    pipeline_parameters: list[Parameter] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class PipelineExecutionStep(Shape):
    step_name: str | None = None
    start_time: datetime | None = None
    end_time: datetime | None = None
    step_status: StepStatus | None = attrs.field(default=None, converter=as_StepStatus_opt)
    cache_hit_result: CacheHitResult | None = None
    attempt_count: int | None = None
    failure_reason: str | None = None
    metadata: PipelineExecutionStepMetadata | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class PipelineExecutionStepMetadata(Shape):
    training_job: TrainingJobStepMetadata | None = None
    processing_job: ProcessingJobStepMetadata | None = None
    transform_job: TransformJobStepMetadata | None = None
    tuning_job: TuningJobStepMetaData | None = None
    model: ModelStepMetadata | None = None
    register_model: RegisterModelStepMetadata | None = None
    condition: ConditionStepMetadata | None = None
    callback: CallbackStepMetadata | None = None
    lambda_: LambdaStepMetadata | None = None
    quality_check: QualityCheckStepMetadata | None = None
    clarify_check: ClarifyCheckStepMetadata | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class PipelineExecutionSummary(Shape):
    pipeline_execution_arn: str | None = None
    start_time: datetime | None = None
    pipeline_execution_status: PipelineExecutionStatus | None = attrs.field(
        default=None, converter=as_PipelineExecutionStatus_opt
    )
    pipeline_execution_description: str | None = None
    pipeline_execution_display_name: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class PipelineExperimentConfig(Shape):
    experiment_name: str | None = None
    trial_name: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class PipelineSummary(Shape):
    pipeline_arn: str | None = None
    pipeline_name: str | None = None
    pipeline_display_name: str | None = None
    pipeline_description: str | None = None
    role_arn: str | None = None
    creation_time: datetime | None = None
    last_modified_time: datetime | None = None
    last_execution_time: datetime | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class PipelineVersion(Shape):
    pipeline_arn: str | None = None
    pipeline_version_id: int | None = None
    pipeline_version_display_name: str | None = None
    pipeline_version_description: str | None = None
    creation_time: datetime | None = None
    last_modified_time: datetime | None = None
    created_by: UserContext | None = None
    last_modified_by: UserContext | None = None
    last_executed_pipeline_execution_arn: str | None = None
    last_executed_pipeline_execution_display_name: str | None = None
    last_executed_pipeline_execution_status: PipelineExecutionStatus | None = attrs.field(
        default=None, converter=as_PipelineExecutionStatus_opt
    )
    pipeline_version_aliases: list[str] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class PlacementSpecification(Shape):
    ultra_server_id: str | None = None
    instance_count: int | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class PredefinedMetricSpecification(Shape):
    predefined_metric_type: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class PrefixAwareRoutingConfig(Shape):
    prefix_length: int | None = None
    concurrency_threshold: int | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ProcessingClusterConfig(Shape):
    instance_count: int | None = None
    instance_type: ProcessingInstanceType | None = attrs.field(default=None, converter=as_ProcessingInstanceType_opt)
    volume_size_in_gb: int | None = None
    volume_kms_key_id: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ProcessingFeatureStoreOutput(Shape):
    feature_group_name: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ProcessingInput(Shape):
    input_name: str | None = None
    app_managed: bool | None = None
    s3_input: ProcessingS3Input | None = None
    dataset_definition: DatasetDefinition | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ProcessingInstancePreference(Shape):
    instance_type: ProcessingInstanceType | None = attrs.field(default=None, converter=as_ProcessingInstanceType_opt)
    instance_count: int | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ProcessingJob(Shape):
    processing_inputs: list[ProcessingInput] | None = None
    processing_output_config: ProcessingOutputConfig | None = None
    processing_job_name: str | None = None
    processing_resources: ProcessingResources | None = None
    stopping_condition: ProcessingStoppingCondition | None = None
    app_specification: AppSpecification | None = None
    environment: dict[str, str] | None = None
    network_config: NetworkConfig | None = None
    role_arn: str | None = None
    experiment_config: ExperimentConfig | None = None
    processing_job_arn: str | None = None
    processing_job_status: ProcessingJobStatus | None = attrs.field(default=None, converter=as_ProcessingJobStatus_opt)
    exit_message: str | None = None
    failure_reason: str | None = None
    processing_end_time: datetime | None = None
    processing_start_time: datetime | None = None
    last_modified_time: datetime | None = None
    creation_time: datetime | None = None
    monitoring_schedule_arn: str | None = None
    auto_ml_job_arn: str | None = None
    training_job_arn: str | None = None
    tags: list[Tag] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ProcessingJobStepMetadata(Shape):
    arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ProcessingOutput(Shape):
    output_name: str | None = None
    s3_output: ProcessingS3Output | None = None
    feature_store_output: ProcessingFeatureStoreOutput | None = None
    app_managed: bool | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ProcessingOutputConfig(Shape):
    outputs: list[ProcessingOutput] | None = None
    kms_key_id: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ProcessingResources(Shape):
    cluster_config: ProcessingClusterConfig | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ProcessingS3Input(Shape):
    s3_uri: str | None = None
    local_path: str | None = None
    s3_data_type: ProcessingS3DataType | None = attrs.field(default=None, converter=as_ProcessingS3DataType_opt)
    s3_input_mode: ProcessingS3InputMode | None = attrs.field(default=None, converter=as_ProcessingS3InputMode_opt)
    s3_data_distribution_type: ProcessingS3DataDistributionType | None = attrs.field(
        default=None, converter=as_ProcessingS3DataDistributionType_opt
    )
    s3_compression_type: ProcessingS3CompressionType | None = attrs.field(
        default=None, converter=as_ProcessingS3CompressionType_opt
    )
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ProcessingS3Output(Shape):
    s3_uri: str | None = None
    local_path: str | None = None
    s3_upload_mode: ProcessingS3UploadMode | None = attrs.field(default=None, converter=as_ProcessingS3UploadMode_opt)
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ProcessingStoppingCondition(Shape):
    max_runtime_in_seconds: int | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ProductionVariantCapacityReservationSummary(Shape):
    ml_reservation_arn: str | None = None
    capacity_reservation_preference: CapacityReservationPreference | None = attrs.field(
        default=None, converter=as_CapacityReservationPreference_opt
    )
    total_instance_count: int | None = None
    available_instance_count: int | None = None
    used_by_current_endpoint: int | None = None
    ec2_capacity_reservations: list[Ec2CapacityReservation] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ProductionVariantManagedInstanceScaling(Shape):
    status: ManagedInstanceScalingStatus | None = attrs.field(
        default=None, converter=as_ManagedInstanceScalingStatus_opt
    )
    min_instance_count: int | None = None
    max_instance_count: int | None = None
    scale_in_policy: ProductionVariantManagedInstanceScalingScaleInPolicy | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ProductionVariantManagedInstanceScalingScaleInPolicy(Shape):
    strategy: ManagedInstanceScalingScaleInStrategy | None = attrs.field(
        default=None, converter=as_ManagedInstanceScalingScaleInStrategy_opt
    )
    maximum_step_size: int | None = None
    cooldown_in_minutes: int | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ProductionVariantRoutingConfig(Shape):
    routing_strategy: RoutingStrategy | None = attrs.field(default=None, converter=as_RoutingStrategy_opt)
    prefix_aware_routing_config: PrefixAwareRoutingConfig | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ProductionVariantServerlessConfig(Shape):
    memory_size_in_mb: int | None = None
    max_concurrency: int | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ProductionVariantStatus(Shape):
    status: VariantStatus | None = attrs.field(default=None, converter=as_VariantStatus_opt)
    status_message: str | None = None
    start_time: datetime | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ProductionVariantSummary(Shape):
    variant_name: str | None = None
    deployed_images: list[DeployedImage] | None = None
    current_weight: float | None = None
    desired_weight: float | None = None
    current_instance_count: int | None = None
    desired_instance_count: int | None = None
    variant_status: list[ProductionVariantStatus] | None = None
    current_serverless_config: ProductionVariantServerlessConfig | None = None
    desired_serverless_config: ProductionVariantServerlessConfig | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ProfilerConfig(Shape):
    s3_output_path: str | None = None
    profiling_interval_in_milliseconds: int | None = None
    profiling_parameters: dict[str, str] | None = None
    disable_profiler: bool | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class Project(Shape):
    project_arn: str | None = None
    project_name: str | None = None
    project_id: str | None = None
    project_description: str | None = None
    service_catalog_provisioning_details: ServiceCatalogProvisioningDetails | None = None
    service_catalog_provisioned_product_details: ServiceCatalogProvisionedProductDetails | None = None
    project_status: ProjectStatus | None = attrs.field(default=None, converter=as_ProjectStatus_opt)
    created_by: UserContext | None = None
    creation_time: datetime | None = None
    tags: list[Tag] | None = None
    last_modified_time: datetime | None = None
    last_modified_by: UserContext | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ProjectSummary(Shape):
    project_name: str | None = None
    project_description: str | None = None
    project_arn: str | None = None
    project_id: str | None = None
    creation_time: datetime | None = None
    project_status: ProjectStatus | None = attrs.field(default=None, converter=as_ProjectStatus_opt)
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class PropertyNameQuery(Shape):
    property_name_hint: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
