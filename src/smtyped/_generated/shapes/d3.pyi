# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.d import (
    DirectInternetAccess,
    as_DirectInternetAccess_opt,
)
from smtyped._generated.enums.i import (
    InstanceType,
    IPAddressType,
    as_InstanceType_opt,
    as_IPAddressType_opt,
)
from smtyped._generated.enums.m import (
    ModelApprovalStatus,
    ModelPackageGroupStatus,
    ModelPackageStatus,
    as_ModelApprovalStatus_opt,
    as_ModelPackageGroupStatus_opt,
    as_ModelPackageStatus_opt,
)
from smtyped._generated.enums.n import (
    NotebookInstanceAcceleratorType,
    NotebookInstanceAcceleratorTypeLiteral,
    NotebookInstanceStatus,
    as_NotebookInstanceStatus_opt,
)
from smtyped._generated.enums.p import (
    PipelineExecutionStatus,
    PipelineStatus,
    ProcessingJobStatus,
    ProjectStatus,
    as_PipelineExecutionStatus_opt,
    as_PipelineStatus_opt,
    as_ProcessingJobStatus_opt,
    as_ProjectStatus_opt,
)
from smtyped._generated.enums.r import RootAccess, as_RootAccess_opt
from smtyped._generated.enums.s import (
    SecondaryStatus,
    SkipModelValidation,
    as_SecondaryStatus_opt,
    as_SkipModelValidation_opt,
)
from smtyped._generated.enums.t import (
    TrainingJobStatus,
    as_TrainingJobStatus_opt,
)
from smtyped._generated.enums.u import (
    UserProfileStatus,
    as_UserProfileStatus_opt,
)
from smtyped._generated.shapes.a import (
    AdditionalInferenceSpecificationDefinition,
    AlgorithmSpecification,
    AppSpecification,
)
from smtyped._generated.shapes.c import Channel, CheckpointConfig, ContainerDefinition
from smtyped._generated.shapes.d import (
    DebugHookConfig,
    DebugRuleConfiguration,
    DebugRuleEvaluationStatus,
    DeploymentRecommendation,
)
from smtyped._generated.shapes.e import ExperimentConfig
from smtyped._generated.shapes.f import FileSource
from smtyped._generated.shapes.i import (
    InferenceExecutionConfig,
    InferenceSpecification,
    InstanceMetadataServiceConfiguration,
)
from smtyped._generated.shapes.m import (
    MetadataProperties,
    MetricData,
    MetricsSource,
    ModelArtifacts,
    ModelLifeCycle,
    ModelMetrics,
    ModelPackageModelCard,
    ModelPackageSecurityConfig,
    ModelPackageStatusDetails,
    ModelPackageValidationSpecification,
)
from smtyped._generated.shapes.n import NetworkConfig
from smtyped._generated.shapes.o import OutputDataConfig
from smtyped._generated.shapes.p import (
    ParallelismConfiguration,
    PipelineExperimentConfig,
    ProcessingInput,
    ProcessingOutputConfig,
    ProcessingResources,
    ProcessingStoppingCondition,
)
from smtyped._generated.shapes.r import (
    ResourceConfig,
    RStudioServerProDomainSettings,
    RStudioServerProDomainSettingsForUpdate,
)
from smtyped._generated.shapes.s import (
    ScalingPolicy,
    SecondaryStatusTransition,
    ServiceCatalogProvisionedProductDetails,
    ServiceCatalogProvisioningDetails,
    SourceAlgorithmSpecification,
    StoppingCondition,
)
from smtyped._generated.shapes.t import (
    TensorBoardOutputConfig,
    TrialComponentArtifact,
    TrialComponentMetricSummary,
    TrialComponentParameterValue,
    TrialComponentSource,
    TrialComponentStatus,
    TrialSource,
)
from smtyped._generated.shapes.u import UserContext, UserSettings
from smtyped._generated.shapes.v import VpcConfig

@attrs.frozen(kw_only=True, slots=False)
class DescribeModelOutput(OutputShape):
    model_name: str | None = None
    primary_container: ContainerDefinition | None = None
    containers: list[ContainerDefinition] | None = None
    inference_execution_config: InferenceExecutionConfig | None = None
    execution_role_arn: str | None = None
    vpc_config: VpcConfig | None = None
    creation_time: datetime | None = None
    model_arn: str | None = None
    enable_network_isolation: bool | None = None
    deployment_recommendation: DeploymentRecommendation | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeModelPackageGroupInput(Shape):
    model_package_group_name: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeModelPackageGroupOutput(OutputShape):
    model_package_group_name: str | None = None
    model_package_group_arn: str | None = None
    model_package_group_description: str | None = None
    creation_time: datetime | None = None
    created_by: UserContext | None = None
    model_package_group_status: ModelPackageGroupStatus | None = attrs.field(
        default=None, converter=as_ModelPackageGroupStatus_opt
    )
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeModelPackageInput(Shape):
    model_package_name: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeModelPackageOutput(OutputShape):
    model_package_name: str | None = None
    model_package_group_name: str | None = None
    model_package_version: int | None = None
    model_package_arn: str | None = None
    model_package_description: str | None = None
    creation_time: datetime | None = None
    inference_specification: InferenceSpecification | None = None
    source_algorithm_specification: SourceAlgorithmSpecification | None = None
    validation_specification: ModelPackageValidationSpecification | None = None
    model_package_status: ModelPackageStatus | None = attrs.field(default=None, converter=as_ModelPackageStatus_opt)
    model_package_status_details: ModelPackageStatusDetails | None = None
    certify_for_marketplace: bool | None = None
    model_approval_status: ModelApprovalStatus | None = attrs.field(default=None, converter=as_ModelApprovalStatus_opt)
    created_by: UserContext | None = None
    metadata_properties: MetadataProperties | None = None
    model_metrics: ModelMetrics | None = None
    last_modified_time: datetime | None = None
    last_modified_by: UserContext | None = None
    approval_description: str | None = None
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
class DescribeNotebookInstanceInput(Shape):
    notebook_instance_name: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeNotebookInstanceOutput(OutputShape):
    notebook_instance_arn: str | None = None
    notebook_instance_name: str | None = None
    notebook_instance_status: NotebookInstanceStatus | None = attrs.field(
        default=None, converter=as_NotebookInstanceStatus_opt
    )
    failure_reason: str | None = None
    url: str | None = None
    instance_type: InstanceType | None = attrs.field(default=None, converter=as_InstanceType_opt)
    ip_address_type: IPAddressType | None = attrs.field(default=None, converter=as_IPAddressType_opt)
    subnet_id: str | None = None
    security_groups: list[str] | None = None
    role_arn: str | None = None
    kms_key_id: str | None = None
    network_interface_id: str | None = None
    last_modified_time: datetime | None = None
    creation_time: datetime | None = None
    notebook_instance_lifecycle_config_name: str | None = None
    direct_internet_access: DirectInternetAccess | None = attrs.field(
        default=None, converter=as_DirectInternetAccess_opt
    )
    volume_size_in_gb: int | None = None
    accelerator_types: list[NotebookInstanceAcceleratorType | NotebookInstanceAcceleratorTypeLiteral] | None = None
    default_code_repository: str | None = None
    additional_code_repositories: list[str] | None = None
    root_access: RootAccess | None = attrs.field(default=None, converter=as_RootAccess_opt)
    platform_identifier: str | None = None
    instance_metadata_service_configuration: InstanceMetadataServiceConfiguration | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribePipelineDefinitionForExecutionRequest(Shape):
    pipeline_execution_arn: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribePipelineDefinitionForExecutionResponse(OutputShape):
    pipeline_definition: str | None = None
    creation_time: datetime | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribePipelineExecutionRequest(Shape):
    pipeline_execution_arn: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribePipelineExecutionResponse(OutputShape):
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
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribePipelineRequest(Shape):
    pipeline_name: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribePipelineResponse(OutputShape):
    pipeline_arn: str | None = None
    pipeline_name: str | None = None
    pipeline_display_name: str | None = None
    pipeline_definition: str | None = None
    pipeline_description: str | None = None
    role_arn: str | None = None
    pipeline_status: PipelineStatus | None = attrs.field(default=None, converter=as_PipelineStatus_opt)
    creation_time: datetime | None = None
    last_modified_time: datetime | None = None
    last_run_time: datetime | None = None
    created_by: UserContext | None = None
    last_modified_by: UserContext | None = None
    parallelism_configuration: ParallelismConfiguration | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeProcessingJobRequest(Shape):
    processing_job_name: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeProcessingJobResponse(OutputShape):
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
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeProjectInput(Shape):
    project_name: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeProjectOutput(OutputShape):
    project_arn: str | None = None
    project_name: str | None = None
    project_id: str | None = None
    project_description: str | None = None
    service_catalog_provisioning_details: ServiceCatalogProvisioningDetails | None = None
    service_catalog_provisioned_product_details: ServiceCatalogProvisionedProductDetails | None = None
    project_status: ProjectStatus | None = attrs.field(default=None, converter=as_ProjectStatus_opt)
    created_by: UserContext | None = None
    creation_time: datetime | None = None
    last_modified_time: datetime | None = None
    last_modified_by: UserContext | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeTrainingJobRequest(Shape):
    training_job_name: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeTrainingJobResponse(OutputShape):
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
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeTrialComponentRequest(Shape):
    trial_component_name: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeTrialComponentResponse(OutputShape):
    trial_component_name: str | None = None
    trial_component_arn: str | None = None
    display_name: str | None = None
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
    metadata_properties: MetadataProperties | None = None
    metrics: list[TrialComponentMetricSummary] | None = None
    lineage_group_arn: str | None = None
    sources: list[TrialComponentSource] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeTrialRequest(Shape):
    trial_name: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeTrialResponse(OutputShape):
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
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeUserProfileRequest(Shape):
    domain_id: str
    user_profile_name: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeUserProfileResponse(OutputShape):
    domain_id: str | None = None
    user_profile_arn: str | None = None
    user_profile_name: str | None = None
    home_efs_file_system_uid: str | None = None
    status: UserProfileStatus | None = attrs.field(default=None, converter=as_UserProfileStatus_opt)
    last_modified_time: datetime | None = None
    creation_time: datetime | None = None
    failure_reason: str | None = None
    single_sign_on_user_identifier: str | None = None
    single_sign_on_user_value: str | None = None
    user_settings: UserSettings | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DisableSagemakerServicecatalogPortfolioInput(Shape):
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DisableSagemakerServicecatalogPortfolioOutput(OutputShape):
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DomainSettings(Shape):
    security_group_ids: list[str] | None = None
    r_studio_server_pro_domain_settings: RStudioServerProDomainSettings | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DomainSettingsForUpdate(Shape):
    r_studio_server_pro_domain_settings_for_update: RStudioServerProDomainSettingsForUpdate | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DriftCheckBaselines(Shape):
    bias: DriftCheckBias | None = None
    explainability: DriftCheckExplainability | None = None
    model_quality: DriftCheckModelQuality | None = None
    model_data_quality: DriftCheckModelDataQuality | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DriftCheckBias(Shape):
    config_file: FileSource | None = None
    pre_training_constraints: MetricsSource | None = None
    post_training_constraints: MetricsSource | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DriftCheckExplainability(Shape):
    constraints: MetricsSource | None = None
    config_file: FileSource | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DriftCheckModelDataQuality(Shape):
    statistics: MetricsSource | None = None
    constraints: MetricsSource | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DriftCheckModelQuality(Shape):
    statistics: MetricsSource | None = None
    constraints: MetricsSource | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DynamicScalingConfiguration(Shape):
    min_capacity: int | None = None
    max_capacity: int | None = None
    scale_in_cooldown: int | None = None
    scale_out_cooldown: int | None = None
    scaling_policies: list[ScalingPolicy] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
