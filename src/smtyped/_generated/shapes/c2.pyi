# Generated stub for the module beside it. Do not edit.
# The attrs classes without their bodies and docstrings: mypy reads this instead of the
# module, which keeps cold type-checking of user scripts fast.
from collections.abc import Mapping
from datetime import datetime
from typing import Any, ClassVar

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
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    source_uri: str | None = None
    source_type: str | None = None
    source_id: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ContextSource: ...
    def _to_wire(self) -> dict[str, Any]: ...

@attrs.frozen(kw_only=True, slots=False)
class ContextSummary(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    context_arn: str | None = None
    context_name: str | None = None
    source: ContextSource | None = None
    context_type: str | None = None
    creation_time: datetime | None = None
    last_modified_time: datetime | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ContextSummary: ...
    def _to_wire(self) -> dict[str, Any]: ...

@attrs.frozen(kw_only=True, slots=False)
class ContinuousParameterRange(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    name: str | None = None
    min_value: str | None = None
    max_value: str | None = None
    scaling_type: HyperParameterScalingType | None = attrs.field(
        default=None, converter=as_HyperParameterScalingType_opt
    )
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ContinuousParameterRange: ...
    def _to_wire(self) -> dict[str, Any]: ...

@attrs.frozen(kw_only=True, slots=False)
class ContinuousParameterRangeSpecification(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    min_value: str
    max_value: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ContinuousParameterRangeSpecification: ...
    def _to_wire(self) -> dict[str, Any]: ...

@attrs.frozen(kw_only=True, slots=False)
class ConvergenceDetected(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    complete_on_convergence: CompleteOnConvergence | None = attrs.field(
        default=None, converter=as_CompleteOnConvergence_opt
    )
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ConvergenceDetected: ...
    def _to_wire(self) -> dict[str, Any]: ...

@attrs.frozen(kw_only=True, slots=False)
class CreateActionRequest(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    action_name: str
    source: ActionSource
    action_type: str
    description: str | None = None
    status: ActionStatus | None = attrs.field(default=None, converter=as_ActionStatus_opt)
    properties: dict[str, str] | None = None
    metadata_properties: MetadataProperties | None = None
    tags: list[Tag] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> CreateActionRequest: ...
    def _to_wire(self) -> dict[str, Any]: ...

@attrs.frozen(kw_only=True, slots=False)
class CreateActionResponse(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    action_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> CreateActionResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

@attrs.frozen(kw_only=True, slots=False)
class CreateAlgorithmInput(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    algorithm_name: str
    training_specification: TrainingSpecification
    algorithm_description: str | None = None
    inference_specification: InferenceSpecification | None = None
    validation_specification: AlgorithmValidationSpecification | None = None
    certify_for_marketplace: bool | None = None
    tags: list[Tag] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> CreateAlgorithmInput: ...
    def _to_wire(self) -> dict[str, Any]: ...

@attrs.frozen(kw_only=True, slots=False)
class CreateAlgorithmOutput(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    algorithm_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> CreateAlgorithmOutput: ...
    def _to_wire(self) -> dict[str, Any]: ...

@attrs.frozen(kw_only=True, slots=False)
class CreateAppRequest(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    domain_id: str
    user_profile_name: str
    app_type: AppType = attrs.field(converter=as_AppType)
    app_name: str
    tags: list[Tag] | None = None
    resource_spec: ResourceSpec | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> CreateAppRequest: ...
    def _to_wire(self) -> dict[str, Any]: ...

@attrs.frozen(kw_only=True, slots=False)
class CreateAppResponse(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    app_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> CreateAppResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

@attrs.frozen(kw_only=True, slots=False)
class CreateArtifactRequest(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    source: ArtifactSource
    artifact_type: str
    artifact_name: str | None = None
    properties: dict[str, str] | None = None
    metadata_properties: MetadataProperties | None = None
    tags: list[Tag] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> CreateArtifactRequest: ...
    def _to_wire(self) -> dict[str, Any]: ...

@attrs.frozen(kw_only=True, slots=False)
class CreateArtifactResponse(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    artifact_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> CreateArtifactResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

@attrs.frozen(kw_only=True, slots=False)
class CreateClusterRequest(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
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
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> CreateClusterRequest: ...
    def _to_wire(self) -> dict[str, Any]: ...

@attrs.frozen(kw_only=True, slots=False)
class CreateClusterResponse(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    cluster_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> CreateClusterResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

@attrs.frozen(kw_only=True, slots=False)
class CreateCodeRepositoryInput(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    code_repository_name: str
    git_config: GitConfig
    tags: list[Tag] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> CreateCodeRepositoryInput: ...
    def _to_wire(self) -> dict[str, Any]: ...

@attrs.frozen(kw_only=True, slots=False)
class CreateCodeRepositoryOutput(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    code_repository_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> CreateCodeRepositoryOutput: ...
    def _to_wire(self) -> dict[str, Any]: ...

@attrs.frozen(kw_only=True, slots=False)
class CreateCompilationJobRequest(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    compilation_job_name: str
    role_arn: str
    output_config: OutputConfig
    stopping_condition: StoppingCondition
    model_package_version_arn: str | None = None
    input_config: InputConfig | None = None
    vpc_config: NeoVpcConfig | None = None
    tags: list[Tag] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> CreateCompilationJobRequest: ...
    def _to_wire(self) -> dict[str, Any]: ...

@attrs.frozen(kw_only=True, slots=False)
class CreateCompilationJobResponse(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    compilation_job_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> CreateCompilationJobResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

@attrs.frozen(kw_only=True, slots=False)
class CreateContextRequest(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    context_name: str
    source: ContextSource
    context_type: str
    description: str | None = None
    properties: dict[str, str] | None = None
    tags: list[Tag] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> CreateContextRequest: ...
    def _to_wire(self) -> dict[str, Any]: ...

@attrs.frozen(kw_only=True, slots=False)
class CreateContextResponse(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    context_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> CreateContextResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

@attrs.frozen(kw_only=True, slots=False)
class CreateDomainRequest(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
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
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> CreateDomainRequest: ...
    def _to_wire(self) -> dict[str, Any]: ...

@attrs.frozen(kw_only=True, slots=False)
class CreateDomainResponse(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    domain_arn: str | None = None
    url: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> CreateDomainResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

@attrs.frozen(kw_only=True, slots=False)
class CreateFeatureGroupRequest(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
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
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> CreateFeatureGroupRequest: ...
    def _to_wire(self) -> dict[str, Any]: ...

@attrs.frozen(kw_only=True, slots=False)
class CreateFeatureGroupResponse(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    feature_group_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> CreateFeatureGroupResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

@attrs.frozen(kw_only=True, slots=False)
class CreateImageVersionRequest(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
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
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> CreateImageVersionRequest: ...
    def _to_wire(self) -> dict[str, Any]: ...

@attrs.frozen(kw_only=True, slots=False)
class CreateImageVersionResponse(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    image_version_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> CreateImageVersionResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

@attrs.frozen(kw_only=True, slots=False)
class CreateLabelingJobRequest(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
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
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> CreateLabelingJobRequest: ...
    def _to_wire(self) -> dict[str, Any]: ...

@attrs.frozen(kw_only=True, slots=False)
class CreateLabelingJobResponse(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    labeling_job_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> CreateLabelingJobResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

@attrs.frozen(kw_only=True, slots=False)
class CreateMlflowTrackingServerRequest(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    tracking_server_name: str
    artifact_store_uri: str
    role_arn: str
    tracking_server_size: TrackingServerSize | None = attrs.field(default=None, converter=as_TrackingServerSize_opt)
    mlflow_version: str | None = None
    automatic_model_registration: bool | None = None
    weekly_maintenance_window_start: str | None = None
    tags: list[Tag] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> CreateMlflowTrackingServerRequest: ...
    def _to_wire(self) -> dict[str, Any]: ...

@attrs.frozen(kw_only=True, slots=False)
class CreateMlflowTrackingServerResponse(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    tracking_server_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> CreateMlflowTrackingServerResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

@attrs.frozen(kw_only=True, slots=False)
class CreateModelInput(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    model_name: str
    primary_container: ContainerDefinition | None = None
    containers: list[ContainerDefinition] | None = None
    inference_execution_config: InferenceExecutionConfig | None = None
    execution_role_arn: str | None = None
    tags: list[Tag] | None = None
    vpc_config: VpcConfig | None = None
    enable_network_isolation: bool | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> CreateModelInput: ...
    def _to_wire(self) -> dict[str, Any]: ...

@attrs.frozen(kw_only=True, slots=False)
class CreateModelOutput(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    model_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> CreateModelOutput: ...
    def _to_wire(self) -> dict[str, Any]: ...

@attrs.frozen(kw_only=True, slots=False)
class CreateModelPackageGroupInput(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    model_package_group_name: str
    model_package_group_description: str | None = None
    tags: list[Tag] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> CreateModelPackageGroupInput: ...
    def _to_wire(self) -> dict[str, Any]: ...

@attrs.frozen(kw_only=True, slots=False)
class CreateModelPackageGroupOutput(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    model_package_group_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> CreateModelPackageGroupOutput: ...
    def _to_wire(self) -> dict[str, Any]: ...

@attrs.frozen(kw_only=True, slots=False)
class CreateModelPackageInput(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
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
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> CreateModelPackageInput: ...
    def _to_wire(self) -> dict[str, Any]: ...

@attrs.frozen(kw_only=True, slots=False)
class CreateModelPackageOutput(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    model_package_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> CreateModelPackageOutput: ...
    def _to_wire(self) -> dict[str, Any]: ...

@attrs.frozen(kw_only=True, slots=False)
class CreatePipelineRequest(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    pipeline_name: str
    pipeline_definition: str
    client_request_token: str
    role_arn: str
    pipeline_display_name: str | None = None
    pipeline_description: str | None = None
    tags: list[Tag] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> CreatePipelineRequest: ...
    def _to_wire(self) -> dict[str, Any]: ...

@attrs.frozen(kw_only=True, slots=False)
class CreatePipelineResponse(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    pipeline_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> CreatePipelineResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

@attrs.frozen(kw_only=True, slots=False)
class CreatePresignedMlflowTrackingServerUrlRequest(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    tracking_server_name: str
    expires_in_seconds: int | None = None
    session_expiration_duration_in_seconds: int | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> CreatePresignedMlflowTrackingServerUrlRequest: ...
    def _to_wire(self) -> dict[str, Any]: ...
