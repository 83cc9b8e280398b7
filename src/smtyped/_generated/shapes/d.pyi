# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.a import AppType, as_AppType
from smtyped._generated.enums.c import CaptureStatus, as_CaptureStatus_opt
from smtyped._generated.enums.d import (
    DataDistributionType,
    as_DataDistributionType_opt,
)
from smtyped._generated.enums.i import InputMode, as_InputMode_opt
from smtyped._generated.enums.j import JoinSource, as_JoinSource_opt
from smtyped._generated.enums.p import (
    ProcessingInstanceType,
    as_ProcessingInstanceType_opt,
)
from smtyped._generated.enums.r import (
    RecommendationStatus,
    RuleEvaluationStatus,
    as_RecommendationStatus_opt,
    as_RuleEvaluationStatus_opt,
)
from smtyped._generated.shapes.a import AlarmDetails, ArtifactSource, AthenaDatasetDefinition
from smtyped._generated.shapes.a2 import AutoRollbackConfig
from smtyped._generated.shapes.b import BlueGreenUpdatePolicy
from smtyped._generated.shapes.c import CollectionConfiguration
from smtyped._generated.shapes.f import FileSystemDataSource
from smtyped._generated.shapes.r import (
    RealTimeInferenceRecommendation,
    RedshiftDatasetDefinition,
    RollingDeploymentPolicy,
)
from smtyped._generated.shapes.s import S3DataSource

@attrs.frozen(kw_only=True, slots=False)
class DataCaptureConfigSummary(Shape):
    enable_capture: bool | None = None
    capture_status: CaptureStatus | None = attrs.field(default=None, converter=as_CaptureStatus_opt)
    current_sampling_percentage: int | None = None
    destination_s3_uri: str | None = None
    kms_key_id: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DataCatalogConfig(Shape):
    table_name: str | None = None
    catalog: str | None = None
    database: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DataProcessing(Shape):
    input_filter: str | None = None
    output_filter: str | None = None
    join_source: JoinSource | None = attrs.field(default=None, converter=as_JoinSource_opt)
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DataSource(Shape):
    s3_data_source: S3DataSource | None = None
    file_system_data_source: FileSystemDataSource | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DatasetDefinition(Shape):
    athena_dataset_definition: AthenaDatasetDefinition | None = None
    redshift_dataset_definition: RedshiftDatasetDefinition | None = None
    local_path: str | None = None
    data_distribution_type: DataDistributionType | None = attrs.field(
        default=None, converter=as_DataDistributionType_opt
    )
    input_mode: InputMode | None = attrs.field(default=None, converter=as_InputMode_opt)
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DatasetSource(Shape):
    dataset_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DebugHookConfig(Shape):
    local_path: str | None = None
    s3_output_path: str | None = None
    hook_parameters: dict[str, str] | None = None
    collection_configurations: list[CollectionConfiguration] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DebugRuleConfiguration(Shape):
    rule_configuration_name: str | None = None
    local_path: str | None = None
    s3_output_path: str | None = None
    rule_evaluator_image: str | None = None
    instance_type: ProcessingInstanceType | None = attrs.field(default=None, converter=as_ProcessingInstanceType_opt)
    volume_size_in_gb: int | None = None
    rule_parameters: dict[str, str] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DebugRuleEvaluationStatus(Shape):
    rule_configuration_name: str | None = None
    rule_evaluation_job_arn: str | None = None
    rule_evaluation_status: RuleEvaluationStatus | None = attrs.field(
        default=None, converter=as_RuleEvaluationStatus_opt
    )
    status_details: str | None = None
    last_modified_time: datetime | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DeleteActionRequest(Shape):
    action_name: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DeleteActionResponse(OutputShape):
    action_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DeleteAppRequest(Shape):
    domain_id: str
    user_profile_name: str
    app_type: AppType = attrs.field(converter=as_AppType)
    app_name: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DeleteAppResponse(OutputShape):
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DeleteArtifactRequest(Shape):
    artifact_arn: str | None = None
    source: ArtifactSource | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DeleteArtifactResponse(OutputShape):
    artifact_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DeleteAssociationRequest(Shape):
    source_arn: str
    destination_arn: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DeleteAssociationResponse(OutputShape):
    source_arn: str | None = None
    destination_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DeleteContextRequest(Shape):
    context_name: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DeleteContextResponse(OutputShape):
    context_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DeleteFeatureGroupRequest(Shape):
    feature_group_name: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DeleteFeatureGroupResponse(OutputShape):
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DeleteHyperParameterTuningJobRequest(Shape):
    hyper_parameter_tuning_job_name: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DeleteHyperParameterTuningJobResponse(OutputShape):
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DeleteImageVersionRequest(Shape):
    image_name: str
    version: int | None = None
    alias: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DeleteImageVersionResponse(OutputShape):
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DeleteMlflowTrackingServerRequest(Shape):
    tracking_server_name: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DeleteMlflowTrackingServerResponse(OutputShape):
    tracking_server_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DeleteModelPackageGroupInput(Shape):
    model_package_group_name: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DeleteModelPackageGroupPolicyInput(Shape):
    model_package_group_name: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DeleteModelPackageGroupPolicyResponse(OutputShape):
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DeleteModelPackageGroupResponse(OutputShape):
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DeletePipelineRequest(Shape):
    pipeline_name: str
    client_request_token: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DeletePipelineResponse(OutputShape):
    pipeline_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DeleteProjectInput(Shape):
    project_name: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DeleteProjectResponse(OutputShape):
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DeployedImage(Shape):
    specified_image: str | None = None
    resolved_image: str | None = None
    resolution_time: datetime | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DeploymentConfig(Shape):
    blue_green_update_policy: BlueGreenUpdatePolicy
    auto_rollback_configuration: AutoRollbackConfig | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DeploymentConfiguration(Shape):
    rolling_update_policy: RollingDeploymentPolicy | None = None
    wait_interval_in_seconds: int | None = None
    auto_rollback_configuration: list[AlarmDetails] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DeploymentRecommendation(Shape):
    recommendation_status: RecommendationStatus | None = attrs.field(
        default=None, converter=as_RecommendationStatus_opt
    )
    real_time_inference_recommendations: list[RealTimeInferenceRecommendation] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeActionRequest(Shape):
    action_name: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
