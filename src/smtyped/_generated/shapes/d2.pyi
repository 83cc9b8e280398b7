# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.a import (
    ActionStatus,
    AlgorithmStatus,
    AppNetworkAccessType,
    AppSecurityGroupManagement,
    AppStatus,
    AppType,
    AuthMode,
    AutoMLJobSecondaryStatus,
    AutoMLJobStatus,
    as_ActionStatus_opt,
    as_AlgorithmStatus_opt,
    as_AppNetworkAccessType_opt,
    as_AppSecurityGroupManagement_opt,
    as_AppStatus_opt,
    as_AppType,
    as_AppType_opt,
    as_AuthMode_opt,
    as_AutoMLJobSecondaryStatus_opt,
    as_AutoMLJobStatus_opt,
)
from smtyped._generated.enums.c import (
    ClusterNodeProvisioningMode,
    ClusterNodeRecovery,
    ClusterStatus,
    CompilationJobStatus,
    as_ClusterNodeProvisioningMode_opt,
    as_ClusterNodeRecovery_opt,
    as_ClusterStatus_opt,
    as_CompilationJobStatus_opt,
)
from smtyped._generated.enums.d import DomainStatus, as_DomainStatus_opt
from smtyped._generated.enums.e import EndpointStatus, as_EndpointStatus_opt
from smtyped._generated.enums.f import (
    FeatureGroupStatus,
    FeatureType,
    as_FeatureGroupStatus_opt,
    as_FeatureType_opt,
)
from smtyped._generated.enums.i import (
    ImageVersionStatus,
    IsTrackingServerActive,
    as_ImageVersionStatus_opt,
    as_IsTrackingServerActive_opt,
)
from smtyped._generated.enums.j import JobType, as_JobType_opt
from smtyped._generated.enums.l import (
    LabelingJobStatus,
    as_LabelingJobStatus_opt,
)
from smtyped._generated.enums.m import (
    ModelCardProcessingStatus,
    ModelCardStatus,
    as_ModelCardProcessingStatus_opt,
    as_ModelCardStatus_opt,
)
from smtyped._generated.enums.p import (
    ProblemType,
    Processor,
    as_ProblemType_opt,
    as_Processor_opt,
)
from smtyped._generated.enums.t import (
    TrackingServerMaintenanceStatus,
    TrackingServerSize,
    TrackingServerStatus,
    as_TrackingServerMaintenanceStatus_opt,
    as_TrackingServerSize_opt,
    as_TrackingServerStatus_opt,
)
from smtyped._generated.enums.v import VendorGuidance, as_VendorGuidance_opt
from smtyped._generated.shapes.a import (
    ActionSource,
    AlgorithmStatusDetails,
    AlgorithmValidationSpecification,
    ArtifactSource,
    AutoMLCandidate,
    AutoMLChannel,
    AutoMLJobArtifacts,
    AutoMLJobConfig,
    AutoMLJobObjective,
    AutoMLOutputDataConfig,
    AutoMLPartialFailureReason,
)
from smtyped._generated.shapes.c import (
    ClusterEventDetail,
    ClusterInstanceGroupDetails,
    ClusterNodeDetails,
    ClusterOrchestrator,
    ClusterRestrictedInstanceGroupDetails,
)
from smtyped._generated.shapes.c2 import ContextSource
from smtyped._generated.shapes.d import DataCaptureConfigSummary, DeploymentConfig
from smtyped._generated.shapes.d3 import DomainSettings
from smtyped._generated.shapes.e import ExperimentSource
from smtyped._generated.shapes.f import FeatureDefinition, FeatureParameter
from smtyped._generated.shapes.h import HumanTaskConfig
from smtyped._generated.shapes.i import InferenceSpecification, InputConfig
from smtyped._generated.shapes.l import (
    LabelCounters,
    LabelingJobAlgorithmsConfig,
    LabelingJobInputConfig,
    LabelingJobOutput,
    LabelingJobOutputConfig,
    LabelingJobStoppingConditions,
    LastUpdateStatus,
)
from smtyped._generated.shapes.m import (
    MetadataProperties,
    ModelArtifacts,
    ModelCardSecurityConfig,
    ModelDeployConfig,
    ModelDeployResult,
    ModelDigests,
)
from smtyped._generated.shapes.n import NeoVpcConfig
from smtyped._generated.shapes.o import OfflineStoreConfig, OfflineStoreStatus, OnlineStoreConfig, OutputConfig
from smtyped._generated.shapes.p import ProductionVariantSummary
from smtyped._generated.shapes.r import ResolvedAttributes, ResourceSpec
from smtyped._generated.shapes.s import StoppingCondition
from smtyped._generated.shapes.t import Tag, TrainingSpecification
from smtyped._generated.shapes.u import UserContext, UserSettings
from smtyped._generated.shapes.v import VpcConfig

@attrs.frozen(kw_only=True, slots=False)
class DescribeActionResponse(OutputShape):
    action_name: str | None = None
    action_arn: str | None = None
    source: ActionSource | None = None
    action_type: str | None = None
    description: str | None = None
    status: ActionStatus | None = attrs.field(default=None, converter=as_ActionStatus_opt)
    properties: dict[str, str] | None = None
    creation_time: datetime | None = None
    created_by: UserContext | None = None
    last_modified_time: datetime | None = None
    last_modified_by: UserContext | None = None
    metadata_properties: MetadataProperties | None = None
    lineage_group_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeAlgorithmInput(Shape):
    algorithm_name: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeAlgorithmOutput(OutputShape):
    algorithm_name: str | None = None
    algorithm_arn: str | None = None
    algorithm_description: str | None = None
    creation_time: datetime | None = None
    training_specification: TrainingSpecification | None = None
    inference_specification: InferenceSpecification | None = None
    validation_specification: AlgorithmValidationSpecification | None = None
    algorithm_status: AlgorithmStatus | None = attrs.field(default=None, converter=as_AlgorithmStatus_opt)
    algorithm_status_details: AlgorithmStatusDetails | None = None
    product_id: str | None = None
    certify_for_marketplace: bool | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeAppRequest(Shape):
    domain_id: str
    user_profile_name: str
    app_type: AppType = attrs.field(converter=as_AppType)
    app_name: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeAppResponse(OutputShape):
    app_arn: str | None = None
    app_type: AppType | None = attrs.field(default=None, converter=as_AppType_opt)
    app_name: str | None = None
    domain_id: str | None = None
    user_profile_name: str | None = None
    status: AppStatus | None = attrs.field(default=None, converter=as_AppStatus_opt)
    last_health_check_timestamp: datetime | None = None
    last_user_activity_timestamp: datetime | None = None
    creation_time: datetime | None = None
    failure_reason: str | None = None
    resource_spec: ResourceSpec | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeArtifactRequest(Shape):
    artifact_arn: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeArtifactResponse(OutputShape):
    artifact_name: str | None = None
    artifact_arn: str | None = None
    source: ArtifactSource | None = None
    artifact_type: str | None = None
    properties: dict[str, str] | None = None
    creation_time: datetime | None = None
    created_by: UserContext | None = None
    last_modified_time: datetime | None = None
    last_modified_by: UserContext | None = None
    metadata_properties: MetadataProperties | None = None
    lineage_group_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeAutoMLJobRequest(Shape):
    auto_ml_job_name: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeAutoMLJobResponse(OutputShape):
    auto_ml_job_name: str | None = None
    auto_ml_job_arn: str | None = None
    input_data_config: list[AutoMLChannel] | None = None
    output_data_config: AutoMLOutputDataConfig | None = None
    role_arn: str | None = None
    auto_ml_job_objective: AutoMLJobObjective | None = None
    problem_type: ProblemType | None = attrs.field(default=None, converter=as_ProblemType_opt)
    auto_ml_job_config: AutoMLJobConfig | None = None
    creation_time: datetime | None = None
    end_time: datetime | None = None
    last_modified_time: datetime | None = None
    failure_reason: str | None = None
    partial_failure_reasons: list[AutoMLPartialFailureReason] | None = None
    best_candidate: AutoMLCandidate | None = None
    auto_ml_job_status: AutoMLJobStatus | None = attrs.field(default=None, converter=as_AutoMLJobStatus_opt)
    auto_ml_job_secondary_status: AutoMLJobSecondaryStatus | None = attrs.field(
        default=None, converter=as_AutoMLJobSecondaryStatus_opt
    )
    generate_candidate_definitions_only: bool | None = None
    auto_ml_job_artifacts: AutoMLJobArtifacts | None = None
    resolved_attributes: ResolvedAttributes | None = None
    model_deploy_config: ModelDeployConfig | None = None
    model_deploy_result: ModelDeployResult | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeClusterEventRequest(Shape):
    event_id: str
    cluster_name: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeClusterEventResponse(OutputShape):
    event_details: ClusterEventDetail | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeClusterNodeRequest(Shape):
    cluster_name: str
    node_id: str | None = None
    node_logical_id: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeClusterNodeResponse(OutputShape):
    node_details: ClusterNodeDetails | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeClusterRequest(Shape):
    cluster_name: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeClusterResponse(OutputShape):
    cluster_arn: str | None = None
    cluster_name: str | None = None
    cluster_status: ClusterStatus | None = attrs.field(default=None, converter=as_ClusterStatus_opt)
    creation_time: datetime | None = None
    failure_message: str | None = None
    instance_groups: list[ClusterInstanceGroupDetails] | None = None
    restricted_instance_groups: list[ClusterRestrictedInstanceGroupDetails] | None = None
    vpc_config: VpcConfig | None = None
    orchestrator: ClusterOrchestrator | None = None
    node_recovery: ClusterNodeRecovery | None = attrs.field(default=None, converter=as_ClusterNodeRecovery_opt)
    node_provisioning_mode: ClusterNodeProvisioningMode | None = attrs.field(
        default=None, converter=as_ClusterNodeProvisioningMode_opt
    )
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeCompilationJobRequest(Shape):
    compilation_job_name: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeCompilationJobResponse(OutputShape):
    compilation_job_name: str | None = None
    compilation_job_arn: str | None = None
    compilation_job_status: CompilationJobStatus | None = attrs.field(
        default=None, converter=as_CompilationJobStatus_opt
    )
    compilation_start_time: datetime | None = None
    compilation_end_time: datetime | None = None
    stopping_condition: StoppingCondition | None = None
    inference_image: str | None = None
    model_package_version_arn: str | None = None
    creation_time: datetime | None = None
    last_modified_time: datetime | None = None
    failure_reason: str | None = None
    model_artifacts: ModelArtifacts | None = None
    model_digests: ModelDigests | None = None
    role_arn: str | None = None
    input_config: InputConfig | None = None
    output_config: OutputConfig | None = None
    vpc_config: NeoVpcConfig | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeContextRequest(Shape):
    context_name: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeContextResponse(OutputShape):
    context_name: str | None = None
    context_arn: str | None = None
    source: ContextSource | None = None
    context_type: str | None = None
    description: str | None = None
    properties: dict[str, str] | None = None
    creation_time: datetime | None = None
    created_by: UserContext | None = None
    last_modified_time: datetime | None = None
    last_modified_by: UserContext | None = None
    lineage_group_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeDomainRequest(Shape):
    domain_id: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeDomainResponse(OutputShape):
    domain_arn: str | None = None
    domain_id: str | None = None
    domain_name: str | None = None
    home_efs_file_system_id: str | None = None
    single_sign_on_managed_application_instance_id: str | None = None
    status: DomainStatus | None = attrs.field(default=None, converter=as_DomainStatus_opt)
    creation_time: datetime | None = None
    last_modified_time: datetime | None = None
    failure_reason: str | None = None
    auth_mode: AuthMode | None = attrs.field(default=None, converter=as_AuthMode_opt)
    default_user_settings: UserSettings | None = None
    app_network_access_type: AppNetworkAccessType | None = attrs.field(
        default=None, converter=as_AppNetworkAccessType_opt
    )
    home_efs_file_system_kms_key_id: str | None = None
    subnet_ids: list[str] | None = None
    url: str | None = None
    vpc_id: str | None = None
    kms_key_id: str | None = None
    domain_settings: DomainSettings | None = None
    app_security_group_management: AppSecurityGroupManagement | None = attrs.field(
        default=None, converter=as_AppSecurityGroupManagement_opt
    )
    security_group_id_for_domain_boundary: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeEndpointInput(Shape):
    endpoint_name: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeEndpointOutput(OutputShape):
    endpoint_name: str | None = None
    endpoint_arn: str | None = None
    endpoint_config_name: str | None = None
    production_variants: list[ProductionVariantSummary] | None = None
    data_capture_config: DataCaptureConfigSummary | None = None
    endpoint_status: EndpointStatus | None = attrs.field(default=None, converter=as_EndpointStatus_opt)
    failure_reason: str | None = None
    creation_time: datetime | None = None
    last_modified_time: datetime | None = None
    last_deployment_config: DeploymentConfig | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeExperimentRequest(Shape):
    experiment_name: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeExperimentResponse(OutputShape):
    experiment_name: str | None = None
    experiment_arn: str | None = None
    display_name: str | None = None
    source: ExperimentSource | None = None
    description: str | None = None
    creation_time: datetime | None = None
    created_by: UserContext | None = None
    last_modified_time: datetime | None = None
    last_modified_by: UserContext | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeFeatureGroupRequest(Shape):
    feature_group_name: str
    next_token: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeFeatureGroupResponse(OutputShape):
    feature_group_arn: str | None = None
    feature_group_name: str | None = None
    record_identifier_feature_name: str | None = None
    event_time_feature_name: str | None = None
    feature_definitions: list[FeatureDefinition] | None = None
    creation_time: datetime | None = None
    last_modified_time: datetime | None = None
    online_store_config: OnlineStoreConfig | None = None
    offline_store_config: OfflineStoreConfig | None = None
    role_arn: str | None = None
    feature_group_status: FeatureGroupStatus | None = attrs.field(default=None, converter=as_FeatureGroupStatus_opt)
    offline_store_status: OfflineStoreStatus | None = None
    last_update_status: LastUpdateStatus | None = None
    failure_reason: str | None = None
    description: str | None = None
    next_token: str | None = None
    online_store_total_size_bytes: int | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeFeatureMetadataRequest(Shape):
    feature_group_name: str
    feature_name: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeFeatureMetadataResponse(OutputShape):
    feature_group_arn: str | None = None
    feature_group_name: str | None = None
    feature_name: str | None = None
    feature_type: FeatureType | None = attrs.field(default=None, converter=as_FeatureType_opt)
    creation_time: datetime | None = None
    last_modified_time: datetime | None = None
    description: str | None = None
    parameters: list[FeatureParameter] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeImageVersionRequest(Shape):
    image_name: str
    version: int | None = None
    alias: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeImageVersionResponse(OutputShape):
    base_image: str | None = None
    container_image: str | None = None
    creation_time: datetime | None = None
    failure_reason: str | None = None
    image_arn: str | None = None
    image_version_arn: str | None = None
    image_version_status: ImageVersionStatus | None = attrs.field(default=None, converter=as_ImageVersionStatus_opt)
    last_modified_time: datetime | None = None
    version: int | None = None
    vendor_guidance: VendorGuidance | None = attrs.field(default=None, converter=as_VendorGuidance_opt)
    job_type: JobType | None = attrs.field(default=None, converter=as_JobType_opt)
    ml_framework: str | None = None
    programming_lang: str | None = None
    processor: Processor | None = attrs.field(default=None, converter=as_Processor_opt)
    horovod: bool | None = None
    release_notes: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeLabelingJobRequest(Shape):
    labeling_job_name: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeLabelingJobResponse(OutputShape):
    labeling_job_status: LabelingJobStatus | None = attrs.field(default=None, converter=as_LabelingJobStatus_opt)
    label_counters: LabelCounters | None = None
    failure_reason: str | None = None
    creation_time: datetime | None = None
    last_modified_time: datetime | None = None
    job_reference_code: str | None = None
    labeling_job_name: str | None = None
    labeling_job_arn: str | None = None
    label_attribute_name: str | None = None
    input_config: LabelingJobInputConfig | None = None
    output_config: LabelingJobOutputConfig | None = None
    role_arn: str | None = None
    label_category_config_s3_uri: str | None = None
    stopping_conditions: LabelingJobStoppingConditions | None = None
    labeling_job_algorithms_config: LabelingJobAlgorithmsConfig | None = None
    human_task_config: HumanTaskConfig | None = None
    tags: list[Tag] | None = None
    labeling_job_output: LabelingJobOutput | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeLineageGroupRequest(Shape):
    lineage_group_name: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeLineageGroupResponse(OutputShape):
    lineage_group_name: str | None = None
    lineage_group_arn: str | None = None
    display_name: str | None = None
    description: str | None = None
    creation_time: datetime | None = None
    created_by: UserContext | None = None
    last_modified_time: datetime | None = None
    last_modified_by: UserContext | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeMlflowTrackingServerRequest(Shape):
    tracking_server_name: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeMlflowTrackingServerResponse(OutputShape):
    tracking_server_arn: str | None = None
    tracking_server_name: str | None = None
    artifact_store_uri: str | None = None
    tracking_server_size: TrackingServerSize | None = attrs.field(default=None, converter=as_TrackingServerSize_opt)
    mlflow_version: str | None = None
    role_arn: str | None = None
    tracking_server_status: TrackingServerStatus | None = attrs.field(
        default=None, converter=as_TrackingServerStatus_opt
    )
    tracking_server_maintenance_status: TrackingServerMaintenanceStatus | None = attrs.field(
        default=None, converter=as_TrackingServerMaintenanceStatus_opt
    )
    is_active: IsTrackingServerActive | None = attrs.field(default=None, converter=as_IsTrackingServerActive_opt)
    tracking_server_url: str | None = None
    weekly_maintenance_window_start: str | None = None
    automatic_model_registration: bool | None = None
    creation_time: datetime | None = None
    created_by: UserContext | None = None
    last_modified_time: datetime | None = None
    last_modified_by: UserContext | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeModelCardRequest(Shape):
    model_card_name: str
    model_card_version: int | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeModelCardResponse(OutputShape):
    model_card_arn: str | None = None
    model_card_name: str | None = None
    model_card_version: int | None = None
    content: str | None = None
    model_card_status: ModelCardStatus | None = attrs.field(default=None, converter=as_ModelCardStatus_opt)
    security_config: ModelCardSecurityConfig | None = None
    creation_time: datetime | None = None
    created_by: UserContext | None = None
    last_modified_time: datetime | None = None
    last_modified_by: UserContext | None = None
    model_card_processing_status: ModelCardProcessingStatus | None = attrs.field(
        default=None, converter=as_ModelCardProcessingStatus_opt
    )
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeModelInput(Shape):
    model_name: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
