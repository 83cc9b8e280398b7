# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.a import ActionStatus, as_ActionStatus_opt
from smtyped._generated.enums.c import ClusterNodeRecovery, as_ClusterNodeRecovery_opt
from smtyped._generated.enums.j import JobType, as_JobType_opt
from smtyped._generated.enums.m import ModelApprovalStatus, as_ModelApprovalStatus_opt
from smtyped._generated.enums.p import Processor, as_Processor_opt
from smtyped._generated.enums.t import TrackingServerSize, as_TrackingServerSize_opt
from smtyped._generated.enums.v import VendorGuidance, as_VendorGuidance_opt
from smtyped._generated.shapes.a import AdditionalInferenceSpecificationDefinition
from smtyped._generated.shapes.c import ClusterInstanceGroupSpecification, ClusterRestrictedInstanceGroupSpecification
from smtyped._generated.shapes.d import DeploymentConfig, DeploymentConfiguration
from smtyped._generated.shapes.d3 import DomainSettingsForUpdate
from smtyped._generated.shapes.f import FeatureDefinition, FeatureParameter
from smtyped._generated.shapes.i import IamIdentity, InferenceSpecification
from smtyped._generated.shapes.j import JupyterServerAppSettings
from smtyped._generated.shapes.k import KernelGatewayAppSettings
from smtyped._generated.shapes.m import ModelLifeCycle, ModelPackageModelCard
from smtyped._generated.shapes.r import RSessionAppSettings, RStudioServerProAppSettings
from smtyped._generated.shapes.s import SharingSettings
from smtyped._generated.shapes.t import TensorBoardAppSettings
from smtyped._generated.shapes.v import VariantProperty

@attrs.frozen(kw_only=True, slots=False)
class USD(Shape):
    dollars: int | None = None
    cents: int | None = None
    tenth_fractions_of_a_cent: int | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class UiConfig(Shape):
    ui_template_s3_uri: str | None = None
    human_task_ui_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class UiTemplate(Shape):
    content: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class UltraServerInfo(Shape):
    id: str | None = None
    type: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class UpdateActionRequest(Shape):
    action_name: str
    description: str | None = None
    status: ActionStatus | None = attrs.field(default=None, converter=as_ActionStatus_opt)
    properties: dict[str, str] | None = None
    properties_to_remove: list[str] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class UpdateActionResponse(OutputShape):
    action_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class UpdateArtifactRequest(Shape):
    artifact_arn: str
    artifact_name: str | None = None
    properties: dict[str, str] | None = None
    properties_to_remove: list[str] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class UpdateArtifactResponse(OutputShape):
    artifact_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class UpdateClusterRequest(Shape):
    cluster_name: str
    instance_groups: list[ClusterInstanceGroupSpecification] | None = None
    restricted_instance_groups: list[ClusterRestrictedInstanceGroupSpecification] | None = None
    node_recovery: ClusterNodeRecovery | None = attrs.field(default=None, converter=as_ClusterNodeRecovery_opt)
    instance_groups_to_delete: list[str] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class UpdateClusterResponse(OutputShape):
    cluster_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class UpdateClusterSoftwareInstanceGroupSpecification(Shape):
    instance_group_name: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class UpdateClusterSoftwareRequest(Shape):
    cluster_name: str
    instance_groups: list[UpdateClusterSoftwareInstanceGroupSpecification] | None = None
    deployment_config: DeploymentConfiguration | None = None
    image_id: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class UpdateClusterSoftwareResponse(OutputShape):
    cluster_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class UpdateContextRequest(Shape):
    context_name: str
    description: str | None = None
    properties: dict[str, str] | None = None
    properties_to_remove: list[str] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class UpdateContextResponse(OutputShape):
    context_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class UpdateDomainRequest(Shape):
    domain_id: str
    default_user_settings: UserSettings | None = None
    domain_settings_for_update: DomainSettingsForUpdate | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class UpdateDomainResponse(OutputShape):
    domain_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class UpdateEndpointInput(Shape):
    endpoint_name: str
    endpoint_config_name: str
    retain_all_variant_properties: bool | None = None
    exclude_retained_variant_properties: list[VariantProperty] | None = None
    deployment_config: DeploymentConfig | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class UpdateEndpointOutput(OutputShape):
    endpoint_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class UpdateFeatureGroupRequest(Shape):
    feature_group_name: str
    feature_additions: list[FeatureDefinition] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class UpdateFeatureGroupResponse(OutputShape):
    feature_group_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class UpdateFeatureMetadataRequest(Shape):
    feature_group_name: str
    feature_name: str
    description: str | None = None
    parameter_additions: list[FeatureParameter] | None = None
    parameter_removals: list[str] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class UpdateFeatureMetadataResponse(OutputShape):
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class UpdateImageVersionRequest(Shape):
    image_name: str
    alias: str | None = None
    version: int | None = None
    aliases_to_add: list[str] | None = None
    aliases_to_delete: list[str] | None = None
    vendor_guidance: VendorGuidance | None = attrs.field(default=None, converter=as_VendorGuidance_opt)
    job_type: JobType | None = attrs.field(default=None, converter=as_JobType_opt)
    ml_framework: str | None = None
    programming_lang: str | None = None
    processor: Processor | None = attrs.field(default=None, converter=as_Processor_opt)
    horovod: bool | None = None
    release_notes: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class UpdateImageVersionResponse(OutputShape):
    image_version_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class UpdateMlflowTrackingServerRequest(Shape):
    tracking_server_name: str
    artifact_store_uri: str | None = None
    tracking_server_size: TrackingServerSize | None = attrs.field(default=None, converter=as_TrackingServerSize_opt)
    automatic_model_registration: bool | None = None
    weekly_maintenance_window_start: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class UpdateMlflowTrackingServerResponse(OutputShape):
    tracking_server_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class UpdateModelPackageInput(Shape):
    model_package_arn: str
    model_approval_status: ModelApprovalStatus | None = attrs.field(default=None, converter=as_ModelApprovalStatus_opt)
    approval_description: str | None = None
    customer_metadata_properties: dict[str, str] | None = None
    customer_metadata_properties_to_remove: list[str] | None = None
    additional_inference_specifications_to_add: list[AdditionalInferenceSpecificationDefinition] | None = None
    inference_specification: InferenceSpecification | None = None
    source_uri: str | None = None
    model_card: ModelPackageModelCard | None = None
    model_life_cycle: ModelLifeCycle | None = None
    client_token: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class UpdateModelPackageOutput(OutputShape):
    model_package_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class UpdatePipelineExecutionRequest(Shape):
    pipeline_execution_arn: str
    pipeline_execution_description: str | None = None
    pipeline_execution_display_name: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class UpdatePipelineExecutionResponse(OutputShape):
    pipeline_execution_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class UpdatePipelineRequest(Shape):
    pipeline_name: str
    pipeline_display_name: str | None = None
    pipeline_definition: str | None = None
    pipeline_description: str | None = None
    role_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class UpdatePipelineResponse(OutputShape):
    pipeline_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class UpdateUserProfileRequest(Shape):
    domain_id: str
    user_profile_name: str
    user_settings: UserSettings | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class UpdateUserProfileResponse(OutputShape):
    user_profile_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class UserContext(Shape):
    user_profile_arn: str | None = None
    user_profile_name: str | None = None
    domain_id: str | None = None
    iam_identity: IamIdentity | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class UserSettings(Shape):
    execution_role: str | None = None
    security_groups: list[str] | None = None
    sharing_settings: SharingSettings | None = None
    jupyter_server_app_settings: JupyterServerAppSettings | None = None
    kernel_gateway_app_settings: KernelGatewayAppSettings | None = None
    tensor_board_app_settings: TensorBoardAppSettings | None = None
    r_studio_server_pro_app_settings: RStudioServerProAppSettings | None = None
    r_session_app_settings: RSessionAppSettings | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
