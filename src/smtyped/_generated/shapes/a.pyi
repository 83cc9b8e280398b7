# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.a import (
    ActionStatus,
    AdditionalS3DataSourceDataType,
    AppStatus,
    AppType,
    ArtifactSourceIdType,
    AssociationEdgeType,
    AthenaResultCompressionType,
    AthenaResultFormat,
    AutoMLChannelType,
    AutoMLMetricEnum,
    AutoMLMode,
    AutoMLS3DataType,
    as_ActionStatus_opt,
    as_AdditionalS3DataSourceDataType,
    as_AppStatus_opt,
    as_AppType_opt,
    as_ArtifactSourceIdType_opt,
    as_AssociationEdgeType_opt,
    as_AthenaResultCompressionType_opt,
    as_AthenaResultFormat_opt,
    as_AutoMLChannelType_opt,
    as_AutoMLMetricEnum_opt,
    as_AutoMLMode_opt,
    as_AutoMLS3DataType_opt,
)
from smtyped._generated.enums.c import (
    CandidateStatus,
    CandidateStepType,
    CompressionType,
    as_CandidateStatus_opt,
    as_CandidateStepType_opt,
    as_CompressionType_opt,
)
from smtyped._generated.enums.d import (
    DetailedAlgorithmStatus,
    as_DetailedAlgorithmStatus_opt,
)
from smtyped._generated.enums.o import (
    ObjectiveStatus,
    as_ObjectiveStatus_opt,
)
from smtyped._generated.enums.p import ProductionVariantInstanceType, ProductionVariantInstanceTypeLiteral
from smtyped._generated.enums.t import (
    TrainingInputMode,
    TransformInstanceType,
    TransformInstanceTypeLiteral,
    as_TrainingInputMode_opt,
)
from smtyped._generated.shapes.c import CandidateProperties
from smtyped._generated.shapes.f import FinalAutoMLJobObjectiveMetric
from smtyped._generated.shapes.m import MetricDefinition, ModelPackageContainerDefinition
from smtyped._generated.shapes.s import S3ModelDataSource
from smtyped._generated.shapes.t import TrainingJobDefinition, TransformJobDefinition
from smtyped._generated.shapes.u import UserContext
from smtyped._generated.shapes.v import VpcConfig

@attrs.frozen(kw_only=True, slots=False)
class AcceleratorPartitionLayout(Shape):
    accelerator_partition_types: list[str] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ActionSource(Shape):
    source_uri: str | None = None
    source_type: str | None = None
    source_id: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ActionSummary(Shape):
    action_arn: str | None = None
    action_name: str | None = None
    source: ActionSource | None = None
    action_type: str | None = None
    status: ActionStatus | None = attrs.field(default=None, converter=as_ActionStatus_opt)
    creation_time: datetime | None = None
    last_modified_time: datetime | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class AddAssociationRequest(Shape):
    source_arn: str
    destination_arn: str
    association_type: AssociationEdgeType | None = attrs.field(default=None, converter=as_AssociationEdgeType_opt)
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class AddAssociationResponse(OutputShape):
    source_arn: str | None = None
    destination_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class AddClusterNodeSpecification(Shape):
    instance_group_name: str
    increment_target_count_by: int
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class AdditionalEnis(Shape):
    efa_enis: list[str] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class AdditionalInferenceSpecificationDefinition(Shape):
    name: str
    containers: list[ModelPackageContainerDefinition]
    description: str | None = None
    supported_transform_instance_types: list[TransformInstanceType | TransformInstanceTypeLiteral] | None = None
    supported_realtime_inference_instance_types: (
        list[ProductionVariantInstanceType | ProductionVariantInstanceTypeLiteral] | None
    ) = None
    supported_content_types: list[str] | None = None
    supported_response_mime_types: list[str] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class AdditionalModelDataSource(Shape):
    channel_name: str
    s3_data_source: S3ModelDataSource
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class AdditionalS3DataSource(Shape):
    s3_data_type: AdditionalS3DataSourceDataType = attrs.field(converter=as_AdditionalS3DataSourceDataType)
    s3_uri: str
    compression_type: CompressionType | None = attrs.field(default=None, converter=as_CompressionType_opt)
    e_tag: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class Alarm(Shape):
    alarm_name: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class AlarmDetails(Shape):
    alarm_name: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class AlgorithmSpecification(Shape):
    training_image: str | None = None
    algorithm_name: str | None = None
    training_input_mode: TrainingInputMode | None = attrs.field(default=None, converter=as_TrainingInputMode_opt)
    metric_definitions: list[MetricDefinition] | None = None
    enable_sage_maker_metrics_time_series: bool | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class AlgorithmStatusDetails(Shape):
    validation_statuses: list[AlgorithmStatusItem] | None = None
    image_scan_statuses: list[AlgorithmStatusItem] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class AlgorithmStatusItem(Shape):
    name: str | None = None
    status: DetailedAlgorithmStatus | None = attrs.field(default=None, converter=as_DetailedAlgorithmStatus_opt)
    failure_reason: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class AlgorithmValidationProfile(Shape):
    profile_name: str
    training_job_definition: TrainingJobDefinition
    transform_job_definition: TransformJobDefinition | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class AlgorithmValidationSpecification(Shape):
    validation_role: str
    validation_profiles: list[AlgorithmValidationProfile]
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class AnnotationConsolidationConfig(Shape):
    annotation_consolidation_lambda_arn: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class AppDetails(Shape):
    domain_id: str | None = None
    user_profile_name: str | None = None
    app_type: AppType | None = attrs.field(default=None, converter=as_AppType_opt)
    app_name: str | None = None
    status: AppStatus | None = attrs.field(default=None, converter=as_AppStatus_opt)
    creation_time: datetime | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class AppSpecification(Shape):
    image_uri: str | None = None
    container_entrypoint: list[str] | None = None
    container_arguments: list[str] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ArtifactSource(Shape):
    source_uri: str | None = None
    source_types: list[ArtifactSourceType] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ArtifactSourceType(Shape):
    source_id_type: ArtifactSourceIdType | None = attrs.field(default=None, converter=as_ArtifactSourceIdType_opt)
    value: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ArtifactSummary(Shape):
    artifact_arn: str | None = None
    artifact_name: str | None = None
    source: ArtifactSource | None = None
    artifact_type: str | None = None
    creation_time: datetime | None = None
    last_modified_time: datetime | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class AssociationSummary(Shape):
    source_arn: str | None = None
    destination_arn: str | None = None
    source_type: str | None = None
    destination_type: str | None = None
    association_type: AssociationEdgeType | None = attrs.field(default=None, converter=as_AssociationEdgeType_opt)
    source_name: str | None = None
    destination_name: str | None = None
    creation_time: datetime | None = None
    created_by: UserContext | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class AthenaDatasetDefinition(Shape):
    catalog: str | None = None
    database: str | None = None
    query_string: str | None = None
    work_group: str | None = None
    output_s3_uri: str | None = None
    kms_key_id: str | None = None
    output_format: AthenaResultFormat | None = attrs.field(default=None, converter=as_AthenaResultFormat_opt)
    output_compression: AthenaResultCompressionType | None = attrs.field(
        default=None, converter=as_AthenaResultCompressionType_opt
    )
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class AutoMLCandidate(Shape):
    candidate_name: str | None = None
    final_auto_ml_job_objective_metric: FinalAutoMLJobObjectiveMetric | None = None
    objective_status: ObjectiveStatus | None = attrs.field(default=None, converter=as_ObjectiveStatus_opt)
    candidate_steps: list[AutoMLCandidateStep] | None = None
    candidate_status: CandidateStatus | None = attrs.field(default=None, converter=as_CandidateStatus_opt)
    inference_containers: list[AutoMLContainerDefinition] | None = None
    creation_time: datetime | None = None
    end_time: datetime | None = None
    last_modified_time: datetime | None = None
    failure_reason: str | None = None
    candidate_properties: CandidateProperties | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class AutoMLCandidateGenerationConfig(Shape):
    feature_specification_s3_uri: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class AutoMLCandidateStep(Shape):
    candidate_step_type: CandidateStepType | None = attrs.field(default=None, converter=as_CandidateStepType_opt)
    candidate_step_arn: str | None = None
    candidate_step_name: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class AutoMLChannel(Shape):
    data_source: AutoMLDataSource | None = None
    compression_type: CompressionType | None = attrs.field(default=None, converter=as_CompressionType_opt)
    target_attribute_name: str | None = None
    content_type: str | None = None
    channel_type: AutoMLChannelType | None = attrs.field(default=None, converter=as_AutoMLChannelType_opt)
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class AutoMLContainerDefinition(Shape):
    image: str | None = None
    model_data_url: str | None = None
    environment: dict[str, str] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class AutoMLDataSource(Shape):
    s3_data_source: AutoMLS3DataSource | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class AutoMLDataSplitConfig(Shape):
    validation_fraction: float | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class AutoMLJobArtifacts(Shape):
    candidate_definition_notebook_location: str | None = None
    data_exploration_notebook_location: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class AutoMLJobCompletionCriteria(Shape):
    max_candidates: int | None = None
    max_runtime_per_training_job_in_seconds: int | None = None
    max_auto_ml_job_runtime_in_seconds: int | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class AutoMLJobConfig(Shape):
    completion_criteria: AutoMLJobCompletionCriteria | None = None
    security_config: AutoMLSecurityConfig | None = None
    data_split_config: AutoMLDataSplitConfig | None = None
    candidate_generation_config: AutoMLCandidateGenerationConfig | None = None
    mode: AutoMLMode | None = attrs.field(default=None, converter=as_AutoMLMode_opt)
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class AutoMLJobObjective(Shape):
    metric_name: AutoMLMetricEnum | None = attrs.field(default=None, converter=as_AutoMLMetricEnum_opt)
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class AutoMLOutputDataConfig(Shape):
    kms_key_id: str | None = None
    s3_output_path: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class AutoMLPartialFailureReason(Shape):
    partial_failure_message: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class AutoMLS3DataSource(Shape):
    s3_data_type: AutoMLS3DataType | None = attrs.field(default=None, converter=as_AutoMLS3DataType_opt)
    s3_uri: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class AutoMLSecurityConfig(Shape):
    volume_kms_key_id: str | None = None
    enable_inter_container_traffic_encryption: bool | None = None
    vpc_config: VpcConfig | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
