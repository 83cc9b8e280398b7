# Generated stub for the module beside it. Do not edit.
# Plain classes with read-only properties and an explicit __init__: mypy reads this instead
# of the attrs classes, which keeps cold type-checking of user scripts fast.
from collections.abc import Mapping
from datetime import datetime
from typing import Any, ClassVar

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.a import (
    ActionStatus,
    ActionStatusLiteral,
    AppNetworkAccessType,
    AppNetworkAccessTypeLiteral,
    AppSecurityGroupManagement,
    AppSecurityGroupManagementLiteral,
    AppType,
    AppTypeLiteral,
    AuthMode,
    AuthModeLiteral,
)
from smtyped._generated.enums.c import (
    ClusterNodeProvisioningMode,
    ClusterNodeProvisioningModeLiteral,
    ClusterNodeRecovery,
    ClusterNodeRecoveryLiteral,
    CompleteOnConvergence,
    CompleteOnConvergenceLiteral,
)
from smtyped._generated.enums.h import HyperParameterScalingType, HyperParameterScalingTypeLiteral
from smtyped._generated.enums.j import JobType, JobTypeLiteral
from smtyped._generated.enums.m import ModelApprovalStatus, ModelApprovalStatusLiteral
from smtyped._generated.enums.p import Processor, ProcessorLiteral
from smtyped._generated.enums.s import SkipModelValidation, SkipModelValidationLiteral
from smtyped._generated.enums.t import TrackingServerSize, TrackingServerSizeLiteral
from smtyped._generated.enums.v import VendorGuidance, VendorGuidanceLiteral
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

class ContextSource(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def source_uri(self) -> str | None: ...
    @property
    def source_type(self) -> str | None: ...
    @property
    def source_id(self) -> str | None: ...
    def __init__(
        self,
        *,
        source_uri: str | None = ...,
        source_type: str | None = ...,
        source_id: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ContextSource: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ContextSummary(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def context_arn(self) -> str | None: ...
    @property
    def context_name(self) -> str | None: ...
    @property
    def source(self) -> ContextSource | None: ...
    @property
    def context_type(self) -> str | None: ...
    @property
    def creation_time(self) -> datetime | None: ...
    @property
    def last_modified_time(self) -> datetime | None: ...
    def __init__(
        self,
        *,
        context_arn: str | None = ...,
        context_name: str | None = ...,
        source: ContextSource | None = ...,
        context_type: str | None = ...,
        creation_time: datetime | None = ...,
        last_modified_time: datetime | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ContextSummary: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ContinuousParameterRange(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def name(self) -> str | None: ...
    @property
    def min_value(self) -> str | None: ...
    @property
    def max_value(self) -> str | None: ...
    @property
    def scaling_type(self) -> HyperParameterScalingType | None: ...
    def __init__(
        self,
        *,
        name: str | None = ...,
        min_value: str | None = ...,
        max_value: str | None = ...,
        scaling_type: HyperParameterScalingType | HyperParameterScalingTypeLiteral | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ContinuousParameterRange: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ContinuousParameterRangeSpecification(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def min_value(self) -> str: ...
    @property
    def max_value(self) -> str: ...
    def __init__(
        self,
        *,
        min_value: str,
        max_value: str,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ContinuousParameterRangeSpecification: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ConvergenceDetected(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def complete_on_convergence(self) -> CompleteOnConvergence | None: ...
    def __init__(
        self,
        *,
        complete_on_convergence: CompleteOnConvergence | CompleteOnConvergenceLiteral | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ConvergenceDetected: ...
    def _to_wire(self) -> dict[str, Any]: ...

class CreateActionRequest(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def action_name(self) -> str: ...
    @property
    def source(self) -> ActionSource: ...
    @property
    def action_type(self) -> str: ...
    @property
    def description(self) -> str | None: ...
    @property
    def status(self) -> ActionStatus | None: ...
    @property
    def properties(self) -> dict[str, str] | None: ...
    @property
    def metadata_properties(self) -> MetadataProperties | None: ...
    @property
    def tags(self) -> list[Tag] | None: ...
    def __init__(
        self,
        *,
        action_name: str,
        source: ActionSource,
        action_type: str,
        description: str | None = ...,
        status: ActionStatus | ActionStatusLiteral | None = ...,
        properties: dict[str, str] | None = ...,
        metadata_properties: MetadataProperties | None = ...,
        tags: list[Tag] | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> CreateActionRequest: ...
    def _to_wire(self) -> dict[str, Any]: ...

class CreateActionResponse(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def action_arn(self) -> str | None: ...
    def __init__(
        self,
        *,
        action_arn: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> CreateActionResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

class CreateAlgorithmInput(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def algorithm_name(self) -> str: ...
    @property
    def algorithm_description(self) -> str | None: ...
    @property
    def training_specification(self) -> TrainingSpecification: ...
    @property
    def inference_specification(self) -> InferenceSpecification | None: ...
    @property
    def validation_specification(self) -> AlgorithmValidationSpecification | None: ...
    @property
    def certify_for_marketplace(self) -> bool | None: ...
    @property
    def tags(self) -> list[Tag] | None: ...
    def __init__(
        self,
        *,
        algorithm_name: str,
        training_specification: TrainingSpecification,
        algorithm_description: str | None = ...,
        inference_specification: InferenceSpecification | None = ...,
        validation_specification: AlgorithmValidationSpecification | None = ...,
        certify_for_marketplace: bool | None = ...,
        tags: list[Tag] | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> CreateAlgorithmInput: ...
    def _to_wire(self) -> dict[str, Any]: ...

class CreateAlgorithmOutput(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def algorithm_arn(self) -> str | None: ...
    def __init__(
        self,
        *,
        algorithm_arn: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> CreateAlgorithmOutput: ...
    def _to_wire(self) -> dict[str, Any]: ...

class CreateAppRequest(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def domain_id(self) -> str: ...
    @property
    def user_profile_name(self) -> str: ...
    @property
    def app_type(self) -> AppType: ...
    @property
    def app_name(self) -> str: ...
    @property
    def tags(self) -> list[Tag] | None: ...
    @property
    def resource_spec(self) -> ResourceSpec | None: ...
    def __init__(
        self,
        *,
        domain_id: str,
        user_profile_name: str,
        app_type: AppType | AppTypeLiteral,
        app_name: str,
        tags: list[Tag] | None = ...,
        resource_spec: ResourceSpec | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> CreateAppRequest: ...
    def _to_wire(self) -> dict[str, Any]: ...

class CreateAppResponse(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def app_arn(self) -> str | None: ...
    def __init__(
        self,
        *,
        app_arn: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> CreateAppResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

class CreateArtifactRequest(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def artifact_name(self) -> str | None: ...
    @property
    def source(self) -> ArtifactSource: ...
    @property
    def artifact_type(self) -> str: ...
    @property
    def properties(self) -> dict[str, str] | None: ...
    @property
    def metadata_properties(self) -> MetadataProperties | None: ...
    @property
    def tags(self) -> list[Tag] | None: ...
    def __init__(
        self,
        *,
        source: ArtifactSource,
        artifact_type: str,
        artifact_name: str | None = ...,
        properties: dict[str, str] | None = ...,
        metadata_properties: MetadataProperties | None = ...,
        tags: list[Tag] | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> CreateArtifactRequest: ...
    def _to_wire(self) -> dict[str, Any]: ...

class CreateArtifactResponse(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def artifact_arn(self) -> str | None: ...
    def __init__(
        self,
        *,
        artifact_arn: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> CreateArtifactResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

class CreateClusterRequest(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def cluster_name(self) -> str: ...
    @property
    def instance_groups(self) -> list[ClusterInstanceGroupSpecification] | None: ...
    @property
    def restricted_instance_groups(self) -> list[ClusterRestrictedInstanceGroupSpecification] | None: ...
    @property
    def vpc_config(self) -> VpcConfig | None: ...
    @property
    def tags(self) -> list[Tag] | None: ...
    @property
    def orchestrator(self) -> ClusterOrchestrator | None: ...
    @property
    def node_recovery(self) -> ClusterNodeRecovery | None: ...
    @property
    def node_provisioning_mode(self) -> ClusterNodeProvisioningMode | None: ...
    def __init__(
        self,
        *,
        cluster_name: str,
        instance_groups: list[ClusterInstanceGroupSpecification] | None = ...,
        restricted_instance_groups: list[ClusterRestrictedInstanceGroupSpecification] | None = ...,
        vpc_config: VpcConfig | None = ...,
        tags: list[Tag] | None = ...,
        orchestrator: ClusterOrchestrator | None = ...,
        node_recovery: ClusterNodeRecovery | ClusterNodeRecoveryLiteral | None = ...,
        node_provisioning_mode: ClusterNodeProvisioningMode | ClusterNodeProvisioningModeLiteral | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> CreateClusterRequest: ...
    def _to_wire(self) -> dict[str, Any]: ...

class CreateClusterResponse(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def cluster_arn(self) -> str | None: ...
    def __init__(
        self,
        *,
        cluster_arn: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> CreateClusterResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

class CreateCodeRepositoryInput(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def code_repository_name(self) -> str: ...
    @property
    def git_config(self) -> GitConfig: ...
    @property
    def tags(self) -> list[Tag] | None: ...
    def __init__(
        self,
        *,
        code_repository_name: str,
        git_config: GitConfig,
        tags: list[Tag] | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> CreateCodeRepositoryInput: ...
    def _to_wire(self) -> dict[str, Any]: ...

class CreateCodeRepositoryOutput(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def code_repository_arn(self) -> str | None: ...
    def __init__(
        self,
        *,
        code_repository_arn: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> CreateCodeRepositoryOutput: ...
    def _to_wire(self) -> dict[str, Any]: ...

class CreateCompilationJobRequest(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def compilation_job_name(self) -> str: ...
    @property
    def role_arn(self) -> str: ...
    @property
    def model_package_version_arn(self) -> str | None: ...
    @property
    def input_config(self) -> InputConfig | None: ...
    @property
    def output_config(self) -> OutputConfig: ...
    @property
    def vpc_config(self) -> NeoVpcConfig | None: ...
    @property
    def stopping_condition(self) -> StoppingCondition: ...
    @property
    def tags(self) -> list[Tag] | None: ...
    def __init__(
        self,
        *,
        compilation_job_name: str,
        role_arn: str,
        output_config: OutputConfig,
        stopping_condition: StoppingCondition,
        model_package_version_arn: str | None = ...,
        input_config: InputConfig | None = ...,
        vpc_config: NeoVpcConfig | None = ...,
        tags: list[Tag] | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> CreateCompilationJobRequest: ...
    def _to_wire(self) -> dict[str, Any]: ...

class CreateCompilationJobResponse(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def compilation_job_arn(self) -> str | None: ...
    def __init__(
        self,
        *,
        compilation_job_arn: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> CreateCompilationJobResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

class CreateContextRequest(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def context_name(self) -> str: ...
    @property
    def source(self) -> ContextSource: ...
    @property
    def context_type(self) -> str: ...
    @property
    def description(self) -> str | None: ...
    @property
    def properties(self) -> dict[str, str] | None: ...
    @property
    def tags(self) -> list[Tag] | None: ...
    def __init__(
        self,
        *,
        context_name: str,
        source: ContextSource,
        context_type: str,
        description: str | None = ...,
        properties: dict[str, str] | None = ...,
        tags: list[Tag] | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> CreateContextRequest: ...
    def _to_wire(self) -> dict[str, Any]: ...

class CreateContextResponse(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def context_arn(self) -> str | None: ...
    def __init__(
        self,
        *,
        context_arn: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> CreateContextResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

class CreateDomainRequest(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def domain_name(self) -> str: ...
    @property
    def auth_mode(self) -> AuthMode: ...
    @property
    def default_user_settings(self) -> UserSettings: ...
    @property
    def subnet_ids(self) -> list[str]: ...
    @property
    def vpc_id(self) -> str: ...
    @property
    def tags(self) -> list[Tag] | None: ...
    @property
    def app_network_access_type(self) -> AppNetworkAccessType | None: ...
    @property
    def home_efs_file_system_kms_key_id(self) -> str | None: ...
    @property
    def kms_key_id(self) -> str | None: ...
    @property
    def app_security_group_management(self) -> AppSecurityGroupManagement | None: ...
    @property
    def domain_settings(self) -> DomainSettings | None: ...
    def __init__(
        self,
        *,
        domain_name: str,
        auth_mode: AuthMode | AuthModeLiteral,
        default_user_settings: UserSettings,
        subnet_ids: list[str],
        vpc_id: str,
        tags: list[Tag] | None = ...,
        app_network_access_type: AppNetworkAccessType | AppNetworkAccessTypeLiteral | None = ...,
        home_efs_file_system_kms_key_id: str | None = ...,
        kms_key_id: str | None = ...,
        app_security_group_management: AppSecurityGroupManagement | AppSecurityGroupManagementLiteral | None = ...,
        domain_settings: DomainSettings | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> CreateDomainRequest: ...
    def _to_wire(self) -> dict[str, Any]: ...

class CreateDomainResponse(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def domain_arn(self) -> str | None: ...
    @property
    def url(self) -> str | None: ...
    def __init__(
        self,
        *,
        domain_arn: str | None = ...,
        url: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> CreateDomainResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

class CreateFeatureGroupRequest(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def feature_group_name(self) -> str: ...
    @property
    def record_identifier_feature_name(self) -> str: ...
    @property
    def event_time_feature_name(self) -> str: ...
    @property
    def feature_definitions(self) -> list[FeatureDefinition]: ...
    @property
    def online_store_config(self) -> OnlineStoreConfig | None: ...
    @property
    def offline_store_config(self) -> OfflineStoreConfig | None: ...
    @property
    def role_arn(self) -> str | None: ...
    @property
    def description(self) -> str | None: ...
    @property
    def tags(self) -> list[Tag] | None: ...
    def __init__(
        self,
        *,
        feature_group_name: str,
        record_identifier_feature_name: str,
        event_time_feature_name: str,
        feature_definitions: list[FeatureDefinition],
        online_store_config: OnlineStoreConfig | None = ...,
        offline_store_config: OfflineStoreConfig | None = ...,
        role_arn: str | None = ...,
        description: str | None = ...,
        tags: list[Tag] | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> CreateFeatureGroupRequest: ...
    def _to_wire(self) -> dict[str, Any]: ...

class CreateFeatureGroupResponse(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def feature_group_arn(self) -> str | None: ...
    def __init__(
        self,
        *,
        feature_group_arn: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> CreateFeatureGroupResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

class CreateImageVersionRequest(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def base_image(self) -> str: ...
    @property
    def client_token(self) -> str: ...
    @property
    def image_name(self) -> str: ...
    @property
    def aliases(self) -> list[str] | None: ...
    @property
    def vendor_guidance(self) -> VendorGuidance | None: ...
    @property
    def job_type(self) -> JobType | None: ...
    @property
    def ml_framework(self) -> str | None: ...
    @property
    def programming_lang(self) -> str | None: ...
    @property
    def processor(self) -> Processor | None: ...
    @property
    def horovod(self) -> bool | None: ...
    @property
    def release_notes(self) -> str | None: ...
    def __init__(
        self,
        *,
        base_image: str,
        client_token: str,
        image_name: str,
        aliases: list[str] | None = ...,
        vendor_guidance: VendorGuidance | VendorGuidanceLiteral | None = ...,
        job_type: JobType | JobTypeLiteral | None = ...,
        ml_framework: str | None = ...,
        programming_lang: str | None = ...,
        processor: Processor | ProcessorLiteral | None = ...,
        horovod: bool | None = ...,
        release_notes: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> CreateImageVersionRequest: ...
    def _to_wire(self) -> dict[str, Any]: ...

class CreateImageVersionResponse(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def image_version_arn(self) -> str | None: ...
    def __init__(
        self,
        *,
        image_version_arn: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> CreateImageVersionResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

class CreateLabelingJobRequest(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def labeling_job_name(self) -> str: ...
    @property
    def label_attribute_name(self) -> str: ...
    @property
    def input_config(self) -> LabelingJobInputConfig: ...
    @property
    def output_config(self) -> LabelingJobOutputConfig: ...
    @property
    def role_arn(self) -> str: ...
    @property
    def label_category_config_s3_uri(self) -> str | None: ...
    @property
    def stopping_conditions(self) -> LabelingJobStoppingConditions | None: ...
    @property
    def labeling_job_algorithms_config(self) -> LabelingJobAlgorithmsConfig | None: ...
    @property
    def human_task_config(self) -> HumanTaskConfig: ...
    @property
    def tags(self) -> list[Tag] | None: ...
    def __init__(
        self,
        *,
        labeling_job_name: str,
        label_attribute_name: str,
        input_config: LabelingJobInputConfig,
        output_config: LabelingJobOutputConfig,
        role_arn: str,
        human_task_config: HumanTaskConfig,
        label_category_config_s3_uri: str | None = ...,
        stopping_conditions: LabelingJobStoppingConditions | None = ...,
        labeling_job_algorithms_config: LabelingJobAlgorithmsConfig | None = ...,
        tags: list[Tag] | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> CreateLabelingJobRequest: ...
    def _to_wire(self) -> dict[str, Any]: ...

class CreateLabelingJobResponse(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def labeling_job_arn(self) -> str | None: ...
    def __init__(
        self,
        *,
        labeling_job_arn: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> CreateLabelingJobResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

class CreateMlflowTrackingServerRequest(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def tracking_server_name(self) -> str: ...
    @property
    def artifact_store_uri(self) -> str: ...
    @property
    def tracking_server_size(self) -> TrackingServerSize | None: ...
    @property
    def mlflow_version(self) -> str | None: ...
    @property
    def role_arn(self) -> str: ...
    @property
    def automatic_model_registration(self) -> bool | None: ...
    @property
    def weekly_maintenance_window_start(self) -> str | None: ...
    @property
    def tags(self) -> list[Tag] | None: ...
    def __init__(
        self,
        *,
        tracking_server_name: str,
        artifact_store_uri: str,
        role_arn: str,
        tracking_server_size: TrackingServerSize | TrackingServerSizeLiteral | None = ...,
        mlflow_version: str | None = ...,
        automatic_model_registration: bool | None = ...,
        weekly_maintenance_window_start: str | None = ...,
        tags: list[Tag] | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> CreateMlflowTrackingServerRequest: ...
    def _to_wire(self) -> dict[str, Any]: ...

class CreateMlflowTrackingServerResponse(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def tracking_server_arn(self) -> str | None: ...
    def __init__(
        self,
        *,
        tracking_server_arn: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> CreateMlflowTrackingServerResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

class CreateModelInput(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def model_name(self) -> str: ...
    @property
    def primary_container(self) -> ContainerDefinition | None: ...
    @property
    def containers(self) -> list[ContainerDefinition] | None: ...
    @property
    def inference_execution_config(self) -> InferenceExecutionConfig | None: ...
    @property
    def execution_role_arn(self) -> str | None: ...
    @property
    def tags(self) -> list[Tag] | None: ...
    @property
    def vpc_config(self) -> VpcConfig | None: ...
    @property
    def enable_network_isolation(self) -> bool | None: ...
    def __init__(
        self,
        *,
        model_name: str,
        primary_container: ContainerDefinition | None = ...,
        containers: list[ContainerDefinition] | None = ...,
        inference_execution_config: InferenceExecutionConfig | None = ...,
        execution_role_arn: str | None = ...,
        tags: list[Tag] | None = ...,
        vpc_config: VpcConfig | None = ...,
        enable_network_isolation: bool | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> CreateModelInput: ...
    def _to_wire(self) -> dict[str, Any]: ...

class CreateModelOutput(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def model_arn(self) -> str | None: ...
    def __init__(
        self,
        *,
        model_arn: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> CreateModelOutput: ...
    def _to_wire(self) -> dict[str, Any]: ...

class CreateModelPackageGroupInput(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def model_package_group_name(self) -> str: ...
    @property
    def model_package_group_description(self) -> str | None: ...
    @property
    def tags(self) -> list[Tag] | None: ...
    def __init__(
        self,
        *,
        model_package_group_name: str,
        model_package_group_description: str | None = ...,
        tags: list[Tag] | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> CreateModelPackageGroupInput: ...
    def _to_wire(self) -> dict[str, Any]: ...

class CreateModelPackageGroupOutput(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def model_package_group_arn(self) -> str | None: ...
    def __init__(
        self,
        *,
        model_package_group_arn: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> CreateModelPackageGroupOutput: ...
    def _to_wire(self) -> dict[str, Any]: ...

class CreateModelPackageInput(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def model_package_name(self) -> str | None: ...
    @property
    def model_package_group_name(self) -> str | None: ...
    @property
    def model_package_description(self) -> str | None: ...
    @property
    def inference_specification(self) -> InferenceSpecification | None: ...
    @property
    def validation_specification(self) -> ModelPackageValidationSpecification | None: ...
    @property
    def source_algorithm_specification(self) -> SourceAlgorithmSpecification | None: ...
    @property
    def certify_for_marketplace(self) -> bool | None: ...
    @property
    def tags(self) -> list[Tag] | None: ...
    @property
    def model_approval_status(self) -> ModelApprovalStatus | None: ...
    @property
    def metadata_properties(self) -> MetadataProperties | None: ...
    @property
    def model_metrics(self) -> ModelMetrics | None: ...
    @property
    def client_token(self) -> str | None: ...
    @property
    def domain(self) -> str | None: ...
    @property
    def task(self) -> str | None: ...
    @property
    def sample_payload_url(self) -> str | None: ...
    @property
    def customer_metadata_properties(self) -> dict[str, str] | None: ...
    @property
    def drift_check_baselines(self) -> DriftCheckBaselines | None: ...
    @property
    def additional_inference_specifications(self) -> list[AdditionalInferenceSpecificationDefinition] | None: ...
    @property
    def skip_model_validation(self) -> SkipModelValidation | None: ...
    @property
    def source_uri(self) -> str | None: ...
    @property
    def security_config(self) -> ModelPackageSecurityConfig | None: ...
    @property
    def model_card(self) -> ModelPackageModelCard | None: ...
    @property
    def model_life_cycle(self) -> ModelLifeCycle | None: ...
    def __init__(
        self,
        *,
        model_package_name: str | None = ...,
        model_package_group_name: str | None = ...,
        model_package_description: str | None = ...,
        inference_specification: InferenceSpecification | None = ...,
        validation_specification: ModelPackageValidationSpecification | None = ...,
        source_algorithm_specification: SourceAlgorithmSpecification | None = ...,
        certify_for_marketplace: bool | None = ...,
        tags: list[Tag] | None = ...,
        model_approval_status: ModelApprovalStatus | ModelApprovalStatusLiteral | None = ...,
        metadata_properties: MetadataProperties | None = ...,
        model_metrics: ModelMetrics | None = ...,
        client_token: str | None = ...,
        domain: str | None = ...,
        task: str | None = ...,
        sample_payload_url: str | None = ...,
        customer_metadata_properties: dict[str, str] | None = ...,
        drift_check_baselines: DriftCheckBaselines | None = ...,
        additional_inference_specifications: list[AdditionalInferenceSpecificationDefinition] | None = ...,
        skip_model_validation: SkipModelValidation | SkipModelValidationLiteral | None = ...,
        source_uri: str | None = ...,
        security_config: ModelPackageSecurityConfig | None = ...,
        model_card: ModelPackageModelCard | None = ...,
        model_life_cycle: ModelLifeCycle | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> CreateModelPackageInput: ...
    def _to_wire(self) -> dict[str, Any]: ...

class CreateModelPackageOutput(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def model_package_arn(self) -> str | None: ...
    def __init__(
        self,
        *,
        model_package_arn: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> CreateModelPackageOutput: ...
    def _to_wire(self) -> dict[str, Any]: ...

class CreatePipelineRequest(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def pipeline_name(self) -> str: ...
    @property
    def pipeline_display_name(self) -> str | None: ...
    @property
    def pipeline_definition(self) -> str: ...
    @property
    def pipeline_description(self) -> str | None: ...
    @property
    def client_request_token(self) -> str: ...
    @property
    def role_arn(self) -> str: ...
    @property
    def tags(self) -> list[Tag] | None: ...
    def __init__(
        self,
        *,
        pipeline_name: str,
        pipeline_definition: str,
        client_request_token: str,
        role_arn: str,
        pipeline_display_name: str | None = ...,
        pipeline_description: str | None = ...,
        tags: list[Tag] | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> CreatePipelineRequest: ...
    def _to_wire(self) -> dict[str, Any]: ...

class CreatePipelineResponse(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def pipeline_arn(self) -> str | None: ...
    def __init__(
        self,
        *,
        pipeline_arn: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> CreatePipelineResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

class CreatePresignedMlflowTrackingServerUrlRequest(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def tracking_server_name(self) -> str: ...
    @property
    def expires_in_seconds(self) -> int | None: ...
    @property
    def session_expiration_duration_in_seconds(self) -> int | None: ...
    def __init__(
        self,
        *,
        tracking_server_name: str,
        expires_in_seconds: int | None = ...,
        session_expiration_duration_in_seconds: int | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> CreatePresignedMlflowTrackingServerUrlRequest: ...
    def _to_wire(self) -> dict[str, Any]: ...
