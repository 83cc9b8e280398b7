# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.a import (
    ActionStatus,
    AppNetworkAccessType,
    AppSecurityGroupManagement,
    AppType,
    AuthMode,
    as_ActionStatus_opt,
    as_AppNetworkAccessType_opt,
    as_AppSecurityGroupManagement_opt,
    as_AppType,
    as_AuthMode,
)
from smtyped._generated.enums.c import (
    ClusterNodeProvisioningMode,
    ClusterNodeRecovery,
    CompleteOnConvergence,
    as_ClusterNodeProvisioningMode_opt,
    as_ClusterNodeRecovery_opt,
    as_CompleteOnConvergence_opt,
)
from smtyped._generated.enums.h import (
    HyperParameterScalingType,
    as_HyperParameterScalingType_opt,
)
from smtyped._generated.enums.j import JobType, as_JobType_opt
from smtyped._generated.enums.m import (
    ModelApprovalStatus,
    as_ModelApprovalStatus_opt,
)
from smtyped._generated.enums.p import Processor, as_Processor_opt
from smtyped._generated.enums.s import (
    SkipModelValidation,
    as_SkipModelValidation_opt,
)
from smtyped._generated.enums.t import (
    TrackingServerSize,
    as_TrackingServerSize_opt,
)
from smtyped._generated.enums.v import VendorGuidance, as_VendorGuidance_opt
from smtyped._generated.shapes.a import (
    ActionSource,
    AdditionalInferenceSpecificationDefinition,
    AlgorithmValidationSpecification,
    ArtifactSource,
)
from smtyped._generated.shapes.c import (
    ClusterInstanceGroupSpecification,
    ClusterOrchestrator,
    ClusterRestrictedInstanceGroupSpecification,
    ContainerDefinition,
)
from smtyped._generated.shapes.d3 import DomainSettings, DriftCheckBaselines
from smtyped._generated.shapes.f import FeatureDefinition
from smtyped._generated.shapes.g import GitConfig
from smtyped._generated.shapes.h import HumanTaskConfig
from smtyped._generated.shapes.i import InferenceExecutionConfig, InferenceSpecification, InputConfig
from smtyped._generated.shapes.l import (
    LabelingJobAlgorithmsConfig,
    LabelingJobInputConfig,
    LabelingJobOutputConfig,
    LabelingJobStoppingConditions,
)
from smtyped._generated.shapes.m import (
    MetadataProperties,
    ModelLifeCycle,
    ModelMetrics,
    ModelPackageModelCard,
    ModelPackageSecurityConfig,
    ModelPackageValidationSpecification,
)
from smtyped._generated.shapes.n import NeoVpcConfig
from smtyped._generated.shapes.o import OfflineStoreConfig, OnlineStoreConfig, OutputConfig
from smtyped._generated.shapes.r import ResourceSpec
from smtyped._generated.shapes.s import SourceAlgorithmSpecification, StoppingCondition
from smtyped._generated.shapes.t import Tag, TrainingSpecification
from smtyped._generated.shapes.u import UserSettings
from smtyped._generated.shapes.v import VpcConfig

@attrs.frozen(kw_only=True, slots=False)
class ContextSource(Shape):
    source_uri: str | None = None
    source_type: str | None = None
    source_id: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ContextSummary(Shape):
    context_arn: str | None = None
    context_name: str | None = None
    source: ContextSource | None = None
    context_type: str | None = None
    creation_time: datetime | None = None
    last_modified_time: datetime | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ContinuousParameterRange(Shape):
    name: str | None = None
    min_value: str | None = None
    max_value: str | None = None
    scaling_type: HyperParameterScalingType | None = attrs.field(
        default=None, converter=as_HyperParameterScalingType_opt
    )
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ContinuousParameterRangeSpecification(Shape):
    min_value: str
    max_value: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ConvergenceDetected(Shape):
    complete_on_convergence: CompleteOnConvergence | None = attrs.field(
        default=None, converter=as_CompleteOnConvergence_opt
    )
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateActionRequest(Shape):
    action_name: str
    source: ActionSource
    action_type: str
    description: str | None = None
    status: ActionStatus | None = attrs.field(default=None, converter=as_ActionStatus_opt)
    properties: dict[str, str] | None = None
    metadata_properties: MetadataProperties | None = None
    tags: list[Tag] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateActionResponse(OutputShape):
    action_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateAlgorithmInput(Shape):
    algorithm_name: str
    training_specification: TrainingSpecification
    algorithm_description: str | None = None
    inference_specification: InferenceSpecification | None = None
    validation_specification: AlgorithmValidationSpecification | None = None
    certify_for_marketplace: bool | None = None
    tags: list[Tag] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateAlgorithmOutput(OutputShape):
    algorithm_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateAppRequest(Shape):
    domain_id: str
    user_profile_name: str
    app_type: AppType = attrs.field(converter=as_AppType)
    app_name: str
    tags: list[Tag] | None = None
    resource_spec: ResourceSpec | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateAppResponse(OutputShape):
    app_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateArtifactRequest(Shape):
    source: ArtifactSource
    artifact_type: str
    artifact_name: str | None = None
    properties: dict[str, str] | None = None
    metadata_properties: MetadataProperties | None = None
    tags: list[Tag] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateArtifactResponse(OutputShape):
    artifact_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateClusterRequest(Shape):
    cluster_name: str
    instance_groups: list[ClusterInstanceGroupSpecification] | None = None
    restricted_instance_groups: list[ClusterRestrictedInstanceGroupSpecification] | None = None
    vpc_config: VpcConfig | None = None
    tags: list[Tag] | None = None
    orchestrator: ClusterOrchestrator | None = None
    node_recovery: ClusterNodeRecovery | None = attrs.field(default=None, converter=as_ClusterNodeRecovery_opt)
    node_provisioning_mode: ClusterNodeProvisioningMode | None = attrs.field(
        default=None, converter=as_ClusterNodeProvisioningMode_opt
    )
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateClusterResponse(OutputShape):
    cluster_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateCodeRepositoryInput(Shape):
    code_repository_name: str
    git_config: GitConfig
    tags: list[Tag] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateCodeRepositoryOutput(OutputShape):
    code_repository_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateCompilationJobRequest(Shape):
    compilation_job_name: str
    role_arn: str
    output_config: OutputConfig
    stopping_condition: StoppingCondition
    model_package_version_arn: str | None = None
    input_config: InputConfig | None = None
    vpc_config: NeoVpcConfig | None = None
    tags: list[Tag] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateCompilationJobResponse(OutputShape):
    compilation_job_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateContextRequest(Shape):
    context_name: str
    source: ContextSource
    context_type: str
    description: str | None = None
    properties: dict[str, str] | None = None
    tags: list[Tag] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateContextResponse(OutputShape):
    context_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateDomainRequest(Shape):
    domain_name: str
    auth_mode: AuthMode = attrs.field(converter=as_AuthMode)
    default_user_settings: UserSettings
    subnet_ids: list[str]
    vpc_id: str
    tags: list[Tag] | None = None
    app_network_access_type: AppNetworkAccessType | None = attrs.field(
        default=None, converter=as_AppNetworkAccessType_opt
    )
    home_efs_file_system_kms_key_id: str | None = None
    kms_key_id: str | None = None
    app_security_group_management: AppSecurityGroupManagement | None = attrs.field(
        default=None, converter=as_AppSecurityGroupManagement_opt
    )
    domain_settings: DomainSettings | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateDomainResponse(OutputShape):
    domain_arn: str | None = None
    url: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateFeatureGroupRequest(Shape):
    feature_group_name: str
    record_identifier_feature_name: str
    event_time_feature_name: str
    feature_definitions: list[FeatureDefinition]
    online_store_config: OnlineStoreConfig | None = None
    offline_store_config: OfflineStoreConfig | None = None
    role_arn: str | None = None
    description: str | None = None
    tags: list[Tag] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateFeatureGroupResponse(OutputShape):
    feature_group_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateImageVersionRequest(Shape):
    base_image: str
    client_token: str
    image_name: str
    aliases: list[str] | None = None
    vendor_guidance: VendorGuidance | None = attrs.field(default=None, converter=as_VendorGuidance_opt)
    job_type: JobType | None = attrs.field(default=None, converter=as_JobType_opt)
    ml_framework: str | None = None
    programming_lang: str | None = None
    processor: Processor | None = attrs.field(default=None, converter=as_Processor_opt)
    horovod: bool | None = None
    release_notes: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateImageVersionResponse(OutputShape):
    image_version_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateLabelingJobRequest(Shape):
    labeling_job_name: str
    label_attribute_name: str
    input_config: LabelingJobInputConfig
    output_config: LabelingJobOutputConfig
    role_arn: str
    human_task_config: HumanTaskConfig
    label_category_config_s3_uri: str | None = None
    stopping_conditions: LabelingJobStoppingConditions | None = None
    labeling_job_algorithms_config: LabelingJobAlgorithmsConfig | None = None
    tags: list[Tag] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateLabelingJobResponse(OutputShape):
    labeling_job_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateMlflowTrackingServerRequest(Shape):
    tracking_server_name: str
    artifact_store_uri: str
    role_arn: str
    tracking_server_size: TrackingServerSize | None = attrs.field(default=None, converter=as_TrackingServerSize_opt)
    mlflow_version: str | None = None
    automatic_model_registration: bool | None = None
    weekly_maintenance_window_start: str | None = None
    tags: list[Tag] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateMlflowTrackingServerResponse(OutputShape):
    tracking_server_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateModelInput(Shape):
    model_name: str
    primary_container: ContainerDefinition | None = None
    containers: list[ContainerDefinition] | None = None
    inference_execution_config: InferenceExecutionConfig | None = None
    execution_role_arn: str | None = None
    tags: list[Tag] | None = None
    vpc_config: VpcConfig | None = None
    enable_network_isolation: bool | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateModelOutput(OutputShape):
    model_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateModelPackageGroupInput(Shape):
    model_package_group_name: str
    model_package_group_description: str | None = None
    tags: list[Tag] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateModelPackageGroupOutput(OutputShape):
    model_package_group_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateModelPackageInput(Shape):
    model_package_name: str | None = None
    model_package_group_name: str | None = None
    model_package_description: str | None = None
    inference_specification: InferenceSpecification | None = None
    validation_specification: ModelPackageValidationSpecification | None = None
    source_algorithm_specification: SourceAlgorithmSpecification | None = None
    certify_for_marketplace: bool | None = None
    tags: list[Tag] | None = None
    model_approval_status: ModelApprovalStatus | None = attrs.field(default=None, converter=as_ModelApprovalStatus_opt)
    metadata_properties: MetadataProperties | None = None
    model_metrics: ModelMetrics | None = None
    client_token: str | None = None
    domain: str | None = None
    task: str | None = None
    sample_payload_url: str | None = None
    customer_metadata_properties: dict[str, str] | None = None
    drift_check_baselines: DriftCheckBaselines | None = None
    additional_inference_specifications: list[AdditionalInferenceSpecificationDefinition] | None = None
    skip_model_validation: SkipModelValidation | None = attrs.field(default=None, converter=as_SkipModelValidation_opt)
    source_uri: str | None = None
    security_config: ModelPackageSecurityConfig | None = None
    model_card: ModelPackageModelCard | None = None
    model_life_cycle: ModelLifeCycle | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateModelPackageOutput(OutputShape):
    model_package_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreatePipelineRequest(Shape):
    pipeline_name: str
    pipeline_definition: str
    client_request_token: str
    role_arn: str
    pipeline_display_name: str | None = None
    pipeline_description: str | None = None
    tags: list[Tag] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreatePipelineResponse(OutputShape):
    pipeline_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreatePresignedMlflowTrackingServerUrlRequest(Shape):
    tracking_server_name: str
    expires_in_seconds: int | None = None
    session_expiration_duration_in_seconds: int | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
