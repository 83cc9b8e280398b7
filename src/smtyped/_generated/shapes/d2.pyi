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
    AlgorithmStatus,
    AlgorithmStatusLiteral,
    AppNetworkAccessType,
    AppNetworkAccessTypeLiteral,
    AppSecurityGroupManagement,
    AppSecurityGroupManagementLiteral,
    AppStatus,
    AppStatusLiteral,
    AppType,
    AppTypeLiteral,
    AuthMode,
    AuthModeLiteral,
    AutoMLJobSecondaryStatus,
    AutoMLJobSecondaryStatusLiteral,
    AutoMLJobStatus,
    AutoMLJobStatusLiteral,
)
from smtyped._generated.enums.c import (
    ClusterNodeProvisioningMode,
    ClusterNodeProvisioningModeLiteral,
    ClusterNodeRecovery,
    ClusterNodeRecoveryLiteral,
    ClusterStatus,
    ClusterStatusLiteral,
    CompilationJobStatus,
    CompilationJobStatusLiteral,
)
from smtyped._generated.enums.d import DomainStatus, DomainStatusLiteral
from smtyped._generated.enums.e import EndpointStatus, EndpointStatusLiteral
from smtyped._generated.enums.f import FeatureGroupStatus, FeatureGroupStatusLiteral, FeatureType, FeatureTypeLiteral
from smtyped._generated.enums.i import (
    ImageVersionStatus,
    ImageVersionStatusLiteral,
    IsTrackingServerActive,
    IsTrackingServerActiveLiteral,
)
from smtyped._generated.enums.j import JobType, JobTypeLiteral
from smtyped._generated.enums.l import LabelingJobStatus, LabelingJobStatusLiteral
from smtyped._generated.enums.m import (
    ModelCardProcessingStatus,
    ModelCardProcessingStatusLiteral,
    ModelCardStatus,
    ModelCardStatusLiteral,
)
from smtyped._generated.enums.p import ProblemType, ProblemTypeLiteral, Processor, ProcessorLiteral
from smtyped._generated.enums.t import (
    TrackingServerMaintenanceStatus,
    TrackingServerMaintenanceStatusLiteral,
    TrackingServerSize,
    TrackingServerSizeLiteral,
    TrackingServerStatus,
    TrackingServerStatusLiteral,
)
from smtyped._generated.enums.v import VendorGuidance, VendorGuidanceLiteral
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

class DescribeActionResponse(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def action_name(self) -> str | None: ...
    @property
    def action_arn(self) -> str | None: ...
    @property
    def source(self) -> ActionSource | None: ...
    @property
    def action_type(self) -> str | None: ...
    @property
    def description(self) -> str | None: ...
    @property
    def status(self) -> ActionStatus | None: ...
    @property
    def properties(self) -> dict[str, str] | None: ...
    @property
    def creation_time(self) -> datetime | None: ...
    @property
    def created_by(self) -> UserContext | None: ...
    @property
    def last_modified_time(self) -> datetime | None: ...
    @property
    def last_modified_by(self) -> UserContext | None: ...
    @property
    def metadata_properties(self) -> MetadataProperties | None: ...
    @property
    def lineage_group_arn(self) -> str | None: ...
    def __init__(
        self,
        *,
        action_name: str | None = ...,
        action_arn: str | None = ...,
        source: ActionSource | None = ...,
        action_type: str | None = ...,
        description: str | None = ...,
        status: ActionStatus | ActionStatusLiteral | None = ...,
        properties: dict[str, str] | None = ...,
        creation_time: datetime | None = ...,
        created_by: UserContext | None = ...,
        last_modified_time: datetime | None = ...,
        last_modified_by: UserContext | None = ...,
        metadata_properties: MetadataProperties | None = ...,
        lineage_group_arn: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> DescribeActionResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

class DescribeAlgorithmInput(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def algorithm_name(self) -> str: ...
    def __init__(
        self,
        *,
        algorithm_name: str,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> DescribeAlgorithmInput: ...
    def _to_wire(self) -> dict[str, Any]: ...

class DescribeAlgorithmOutput(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def algorithm_name(self) -> str | None: ...
    @property
    def algorithm_arn(self) -> str | None: ...
    @property
    def algorithm_description(self) -> str | None: ...
    @property
    def creation_time(self) -> datetime | None: ...
    @property
    def training_specification(self) -> TrainingSpecification | None: ...
    @property
    def inference_specification(self) -> InferenceSpecification | None: ...
    @property
    def validation_specification(self) -> AlgorithmValidationSpecification | None: ...
    @property
    def algorithm_status(self) -> AlgorithmStatus | None: ...
    @property
    def algorithm_status_details(self) -> AlgorithmStatusDetails | None: ...
    @property
    def product_id(self) -> str | None: ...
    @property
    def certify_for_marketplace(self) -> bool | None: ...
    def __init__(
        self,
        *,
        algorithm_name: str | None = ...,
        algorithm_arn: str | None = ...,
        algorithm_description: str | None = ...,
        creation_time: datetime | None = ...,
        training_specification: TrainingSpecification | None = ...,
        inference_specification: InferenceSpecification | None = ...,
        validation_specification: AlgorithmValidationSpecification | None = ...,
        algorithm_status: AlgorithmStatus | AlgorithmStatusLiteral | None = ...,
        algorithm_status_details: AlgorithmStatusDetails | None = ...,
        product_id: str | None = ...,
        certify_for_marketplace: bool | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> DescribeAlgorithmOutput: ...
    def _to_wire(self) -> dict[str, Any]: ...

class DescribeAppRequest(Shape):
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
    def __init__(
        self,
        *,
        domain_id: str,
        user_profile_name: str,
        app_type: AppType | AppTypeLiteral,
        app_name: str,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> DescribeAppRequest: ...
    def _to_wire(self) -> dict[str, Any]: ...

class DescribeAppResponse(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def app_arn(self) -> str | None: ...
    @property
    def app_type(self) -> AppType | None: ...
    @property
    def app_name(self) -> str | None: ...
    @property
    def domain_id(self) -> str | None: ...
    @property
    def user_profile_name(self) -> str | None: ...
    @property
    def status(self) -> AppStatus | None: ...
    @property
    def last_health_check_timestamp(self) -> datetime | None: ...
    @property
    def last_user_activity_timestamp(self) -> datetime | None: ...
    @property
    def creation_time(self) -> datetime | None: ...
    @property
    def failure_reason(self) -> str | None: ...
    @property
    def resource_spec(self) -> ResourceSpec | None: ...
    def __init__(
        self,
        *,
        app_arn: str | None = ...,
        app_type: AppType | AppTypeLiteral | None = ...,
        app_name: str | None = ...,
        domain_id: str | None = ...,
        user_profile_name: str | None = ...,
        status: AppStatus | AppStatusLiteral | None = ...,
        last_health_check_timestamp: datetime | None = ...,
        last_user_activity_timestamp: datetime | None = ...,
        creation_time: datetime | None = ...,
        failure_reason: str | None = ...,
        resource_spec: ResourceSpec | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> DescribeAppResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

class DescribeArtifactRequest(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def artifact_arn(self) -> str: ...
    def __init__(
        self,
        *,
        artifact_arn: str,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> DescribeArtifactRequest: ...
    def _to_wire(self) -> dict[str, Any]: ...

class DescribeArtifactResponse(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def artifact_name(self) -> str | None: ...
    @property
    def artifact_arn(self) -> str | None: ...
    @property
    def source(self) -> ArtifactSource | None: ...
    @property
    def artifact_type(self) -> str | None: ...
    @property
    def properties(self) -> dict[str, str] | None: ...
    @property
    def creation_time(self) -> datetime | None: ...
    @property
    def created_by(self) -> UserContext | None: ...
    @property
    def last_modified_time(self) -> datetime | None: ...
    @property
    def last_modified_by(self) -> UserContext | None: ...
    @property
    def metadata_properties(self) -> MetadataProperties | None: ...
    @property
    def lineage_group_arn(self) -> str | None: ...
    def __init__(
        self,
        *,
        artifact_name: str | None = ...,
        artifact_arn: str | None = ...,
        source: ArtifactSource | None = ...,
        artifact_type: str | None = ...,
        properties: dict[str, str] | None = ...,
        creation_time: datetime | None = ...,
        created_by: UserContext | None = ...,
        last_modified_time: datetime | None = ...,
        last_modified_by: UserContext | None = ...,
        metadata_properties: MetadataProperties | None = ...,
        lineage_group_arn: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> DescribeArtifactResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

class DescribeAutoMLJobRequest(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def auto_ml_job_name(self) -> str: ...
    def __init__(
        self,
        *,
        auto_ml_job_name: str,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> DescribeAutoMLJobRequest: ...
    def _to_wire(self) -> dict[str, Any]: ...

class DescribeAutoMLJobResponse(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def auto_ml_job_name(self) -> str | None: ...
    @property
    def auto_ml_job_arn(self) -> str | None: ...
    @property
    def input_data_config(self) -> list[AutoMLChannel] | None: ...
    @property
    def output_data_config(self) -> AutoMLOutputDataConfig | None: ...
    @property
    def role_arn(self) -> str | None: ...
    @property
    def auto_ml_job_objective(self) -> AutoMLJobObjective | None: ...
    @property
    def problem_type(self) -> ProblemType | None: ...
    @property
    def auto_ml_job_config(self) -> AutoMLJobConfig | None: ...
    @property
    def creation_time(self) -> datetime | None: ...
    @property
    def end_time(self) -> datetime | None: ...
    @property
    def last_modified_time(self) -> datetime | None: ...
    @property
    def failure_reason(self) -> str | None: ...
    @property
    def partial_failure_reasons(self) -> list[AutoMLPartialFailureReason] | None: ...
    @property
    def best_candidate(self) -> AutoMLCandidate | None: ...
    @property
    def auto_ml_job_status(self) -> AutoMLJobStatus | None: ...
    @property
    def auto_ml_job_secondary_status(self) -> AutoMLJobSecondaryStatus | None: ...
    @property
    def generate_candidate_definitions_only(self) -> bool | None: ...
    @property
    def auto_ml_job_artifacts(self) -> AutoMLJobArtifacts | None: ...
    @property
    def resolved_attributes(self) -> ResolvedAttributes | None: ...
    @property
    def model_deploy_config(self) -> ModelDeployConfig | None: ...
    @property
    def model_deploy_result(self) -> ModelDeployResult | None: ...
    def __init__(
        self,
        *,
        auto_ml_job_name: str | None = ...,
        auto_ml_job_arn: str | None = ...,
        input_data_config: list[AutoMLChannel] | None = ...,
        output_data_config: AutoMLOutputDataConfig | None = ...,
        role_arn: str | None = ...,
        auto_ml_job_objective: AutoMLJobObjective | None = ...,
        problem_type: ProblemType | ProblemTypeLiteral | None = ...,
        auto_ml_job_config: AutoMLJobConfig | None = ...,
        creation_time: datetime | None = ...,
        end_time: datetime | None = ...,
        last_modified_time: datetime | None = ...,
        failure_reason: str | None = ...,
        partial_failure_reasons: list[AutoMLPartialFailureReason] | None = ...,
        best_candidate: AutoMLCandidate | None = ...,
        auto_ml_job_status: AutoMLJobStatus | AutoMLJobStatusLiteral | None = ...,
        auto_ml_job_secondary_status: AutoMLJobSecondaryStatus | AutoMLJobSecondaryStatusLiteral | None = ...,
        generate_candidate_definitions_only: bool | None = ...,
        auto_ml_job_artifacts: AutoMLJobArtifacts | None = ...,
        resolved_attributes: ResolvedAttributes | None = ...,
        model_deploy_config: ModelDeployConfig | None = ...,
        model_deploy_result: ModelDeployResult | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> DescribeAutoMLJobResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

class DescribeClusterEventRequest(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def event_id(self) -> str: ...
    @property
    def cluster_name(self) -> str: ...
    def __init__(
        self,
        *,
        event_id: str,
        cluster_name: str,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> DescribeClusterEventRequest: ...
    def _to_wire(self) -> dict[str, Any]: ...

class DescribeClusterEventResponse(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def event_details(self) -> ClusterEventDetail | None: ...
    def __init__(
        self,
        *,
        event_details: ClusterEventDetail | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> DescribeClusterEventResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

class DescribeClusterNodeRequest(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def cluster_name(self) -> str: ...
    @property
    def node_id(self) -> str | None: ...
    @property
    def node_logical_id(self) -> str | None: ...
    def __init__(
        self,
        *,
        cluster_name: str,
        node_id: str | None = ...,
        node_logical_id: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> DescribeClusterNodeRequest: ...
    def _to_wire(self) -> dict[str, Any]: ...

class DescribeClusterNodeResponse(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def node_details(self) -> ClusterNodeDetails | None: ...
    def __init__(
        self,
        *,
        node_details: ClusterNodeDetails | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> DescribeClusterNodeResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

class DescribeClusterRequest(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def cluster_name(self) -> str: ...
    def __init__(
        self,
        *,
        cluster_name: str,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> DescribeClusterRequest: ...
    def _to_wire(self) -> dict[str, Any]: ...

class DescribeClusterResponse(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def cluster_arn(self) -> str | None: ...
    @property
    def cluster_name(self) -> str | None: ...
    @property
    def cluster_status(self) -> ClusterStatus | None: ...
    @property
    def creation_time(self) -> datetime | None: ...
    @property
    def failure_message(self) -> str | None: ...
    @property
    def instance_groups(self) -> list[ClusterInstanceGroupDetails] | None: ...
    @property
    def restricted_instance_groups(self) -> list[ClusterRestrictedInstanceGroupDetails] | None: ...
    @property
    def vpc_config(self) -> VpcConfig | None: ...
    @property
    def orchestrator(self) -> ClusterOrchestrator | None: ...
    @property
    def node_recovery(self) -> ClusterNodeRecovery | None: ...
    @property
    def node_provisioning_mode(self) -> ClusterNodeProvisioningMode | None: ...
    def __init__(
        self,
        *,
        cluster_arn: str | None = ...,
        cluster_name: str | None = ...,
        cluster_status: ClusterStatus | ClusterStatusLiteral | None = ...,
        creation_time: datetime | None = ...,
        failure_message: str | None = ...,
        instance_groups: list[ClusterInstanceGroupDetails] | None = ...,
        restricted_instance_groups: list[ClusterRestrictedInstanceGroupDetails] | None = ...,
        vpc_config: VpcConfig | None = ...,
        orchestrator: ClusterOrchestrator | None = ...,
        node_recovery: ClusterNodeRecovery | ClusterNodeRecoveryLiteral | None = ...,
        node_provisioning_mode: ClusterNodeProvisioningMode | ClusterNodeProvisioningModeLiteral | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> DescribeClusterResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

class DescribeCompilationJobRequest(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def compilation_job_name(self) -> str: ...
    def __init__(
        self,
        *,
        compilation_job_name: str,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> DescribeCompilationJobRequest: ...
    def _to_wire(self) -> dict[str, Any]: ...

class DescribeCompilationJobResponse(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def compilation_job_name(self) -> str | None: ...
    @property
    def compilation_job_arn(self) -> str | None: ...
    @property
    def compilation_job_status(self) -> CompilationJobStatus | None: ...
    @property
    def compilation_start_time(self) -> datetime | None: ...
    @property
    def compilation_end_time(self) -> datetime | None: ...
    @property
    def stopping_condition(self) -> StoppingCondition | None: ...
    @property
    def inference_image(self) -> str | None: ...
    @property
    def model_package_version_arn(self) -> str | None: ...
    @property
    def creation_time(self) -> datetime | None: ...
    @property
    def last_modified_time(self) -> datetime | None: ...
    @property
    def failure_reason(self) -> str | None: ...
    @property
    def model_artifacts(self) -> ModelArtifacts | None: ...
    @property
    def model_digests(self) -> ModelDigests | None: ...
    @property
    def role_arn(self) -> str | None: ...
    @property
    def input_config(self) -> InputConfig | None: ...
    @property
    def output_config(self) -> OutputConfig | None: ...
    @property
    def vpc_config(self) -> NeoVpcConfig | None: ...
    def __init__(
        self,
        *,
        compilation_job_name: str | None = ...,
        compilation_job_arn: str | None = ...,
        compilation_job_status: CompilationJobStatus | CompilationJobStatusLiteral | None = ...,
        compilation_start_time: datetime | None = ...,
        compilation_end_time: datetime | None = ...,
        stopping_condition: StoppingCondition | None = ...,
        inference_image: str | None = ...,
        model_package_version_arn: str | None = ...,
        creation_time: datetime | None = ...,
        last_modified_time: datetime | None = ...,
        failure_reason: str | None = ...,
        model_artifacts: ModelArtifacts | None = ...,
        model_digests: ModelDigests | None = ...,
        role_arn: str | None = ...,
        input_config: InputConfig | None = ...,
        output_config: OutputConfig | None = ...,
        vpc_config: NeoVpcConfig | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> DescribeCompilationJobResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

class DescribeContextRequest(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def context_name(self) -> str: ...
    def __init__(
        self,
        *,
        context_name: str,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> DescribeContextRequest: ...
    def _to_wire(self) -> dict[str, Any]: ...

class DescribeContextResponse(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def context_name(self) -> str | None: ...
    @property
    def context_arn(self) -> str | None: ...
    @property
    def source(self) -> ContextSource | None: ...
    @property
    def context_type(self) -> str | None: ...
    @property
    def description(self) -> str | None: ...
    @property
    def properties(self) -> dict[str, str] | None: ...
    @property
    def creation_time(self) -> datetime | None: ...
    @property
    def created_by(self) -> UserContext | None: ...
    @property
    def last_modified_time(self) -> datetime | None: ...
    @property
    def last_modified_by(self) -> UserContext | None: ...
    @property
    def lineage_group_arn(self) -> str | None: ...
    def __init__(
        self,
        *,
        context_name: str | None = ...,
        context_arn: str | None = ...,
        source: ContextSource | None = ...,
        context_type: str | None = ...,
        description: str | None = ...,
        properties: dict[str, str] | None = ...,
        creation_time: datetime | None = ...,
        created_by: UserContext | None = ...,
        last_modified_time: datetime | None = ...,
        last_modified_by: UserContext | None = ...,
        lineage_group_arn: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> DescribeContextResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

class DescribeDomainRequest(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def domain_id(self) -> str: ...
    def __init__(
        self,
        *,
        domain_id: str,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> DescribeDomainRequest: ...
    def _to_wire(self) -> dict[str, Any]: ...

class DescribeDomainResponse(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def domain_arn(self) -> str | None: ...
    @property
    def domain_id(self) -> str | None: ...
    @property
    def domain_name(self) -> str | None: ...
    @property
    def home_efs_file_system_id(self) -> str | None: ...
    @property
    def single_sign_on_managed_application_instance_id(self) -> str | None: ...
    @property
    def status(self) -> DomainStatus | None: ...
    @property
    def creation_time(self) -> datetime | None: ...
    @property
    def last_modified_time(self) -> datetime | None: ...
    @property
    def failure_reason(self) -> str | None: ...
    @property
    def auth_mode(self) -> AuthMode | None: ...
    @property
    def default_user_settings(self) -> UserSettings | None: ...
    @property
    def app_network_access_type(self) -> AppNetworkAccessType | None: ...
    @property
    def home_efs_file_system_kms_key_id(self) -> str | None: ...
    @property
    def subnet_ids(self) -> list[str] | None: ...
    @property
    def url(self) -> str | None: ...
    @property
    def vpc_id(self) -> str | None: ...
    @property
    def kms_key_id(self) -> str | None: ...
    @property
    def domain_settings(self) -> DomainSettings | None: ...
    @property
    def app_security_group_management(self) -> AppSecurityGroupManagement | None: ...
    @property
    def security_group_id_for_domain_boundary(self) -> str | None: ...
    def __init__(
        self,
        *,
        domain_arn: str | None = ...,
        domain_id: str | None = ...,
        domain_name: str | None = ...,
        home_efs_file_system_id: str | None = ...,
        single_sign_on_managed_application_instance_id: str | None = ...,
        status: DomainStatus | DomainStatusLiteral | None = ...,
        creation_time: datetime | None = ...,
        last_modified_time: datetime | None = ...,
        failure_reason: str | None = ...,
        auth_mode: AuthMode | AuthModeLiteral | None = ...,
        default_user_settings: UserSettings | None = ...,
        app_network_access_type: AppNetworkAccessType | AppNetworkAccessTypeLiteral | None = ...,
        home_efs_file_system_kms_key_id: str | None = ...,
        subnet_ids: list[str] | None = ...,
        url: str | None = ...,
        vpc_id: str | None = ...,
        kms_key_id: str | None = ...,
        domain_settings: DomainSettings | None = ...,
        app_security_group_management: AppSecurityGroupManagement | AppSecurityGroupManagementLiteral | None = ...,
        security_group_id_for_domain_boundary: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> DescribeDomainResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

class DescribeEndpointInput(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def endpoint_name(self) -> str: ...
    def __init__(
        self,
        *,
        endpoint_name: str,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> DescribeEndpointInput: ...
    def _to_wire(self) -> dict[str, Any]: ...

class DescribeEndpointOutput(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def endpoint_name(self) -> str | None: ...
    @property
    def endpoint_arn(self) -> str | None: ...
    @property
    def endpoint_config_name(self) -> str | None: ...
    @property
    def production_variants(self) -> list[ProductionVariantSummary] | None: ...
    @property
    def data_capture_config(self) -> DataCaptureConfigSummary | None: ...
    @property
    def endpoint_status(self) -> EndpointStatus | None: ...
    @property
    def failure_reason(self) -> str | None: ...
    @property
    def creation_time(self) -> datetime | None: ...
    @property
    def last_modified_time(self) -> datetime | None: ...
    @property
    def last_deployment_config(self) -> DeploymentConfig | None: ...
    def __init__(
        self,
        *,
        endpoint_name: str | None = ...,
        endpoint_arn: str | None = ...,
        endpoint_config_name: str | None = ...,
        production_variants: list[ProductionVariantSummary] | None = ...,
        data_capture_config: DataCaptureConfigSummary | None = ...,
        endpoint_status: EndpointStatus | EndpointStatusLiteral | None = ...,
        failure_reason: str | None = ...,
        creation_time: datetime | None = ...,
        last_modified_time: datetime | None = ...,
        last_deployment_config: DeploymentConfig | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> DescribeEndpointOutput: ...
    def _to_wire(self) -> dict[str, Any]: ...

class DescribeExperimentRequest(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def experiment_name(self) -> str: ...
    def __init__(
        self,
        *,
        experiment_name: str,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> DescribeExperimentRequest: ...
    def _to_wire(self) -> dict[str, Any]: ...

class DescribeExperimentResponse(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def experiment_name(self) -> str | None: ...
    @property
    def experiment_arn(self) -> str | None: ...
    @property
    def display_name(self) -> str | None: ...
    @property
    def source(self) -> ExperimentSource | None: ...
    @property
    def description(self) -> str | None: ...
    @property
    def creation_time(self) -> datetime | None: ...
    @property
    def created_by(self) -> UserContext | None: ...
    @property
    def last_modified_time(self) -> datetime | None: ...
    @property
    def last_modified_by(self) -> UserContext | None: ...
    def __init__(
        self,
        *,
        experiment_name: str | None = ...,
        experiment_arn: str | None = ...,
        display_name: str | None = ...,
        source: ExperimentSource | None = ...,
        description: str | None = ...,
        creation_time: datetime | None = ...,
        created_by: UserContext | None = ...,
        last_modified_time: datetime | None = ...,
        last_modified_by: UserContext | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> DescribeExperimentResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

class DescribeFeatureGroupRequest(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def feature_group_name(self) -> str: ...
    @property
    def next_token(self) -> str | None: ...
    def __init__(
        self,
        *,
        feature_group_name: str,
        next_token: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> DescribeFeatureGroupRequest: ...
    def _to_wire(self) -> dict[str, Any]: ...

class DescribeFeatureGroupResponse(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def feature_group_arn(self) -> str | None: ...
    @property
    def feature_group_name(self) -> str | None: ...
    @property
    def record_identifier_feature_name(self) -> str | None: ...
    @property
    def event_time_feature_name(self) -> str | None: ...
    @property
    def feature_definitions(self) -> list[FeatureDefinition] | None: ...
    @property
    def creation_time(self) -> datetime | None: ...
    @property
    def last_modified_time(self) -> datetime | None: ...
    @property
    def online_store_config(self) -> OnlineStoreConfig | None: ...
    @property
    def offline_store_config(self) -> OfflineStoreConfig | None: ...
    @property
    def role_arn(self) -> str | None: ...
    @property
    def feature_group_status(self) -> FeatureGroupStatus | None: ...
    @property
    def offline_store_status(self) -> OfflineStoreStatus | None: ...
    @property
    def last_update_status(self) -> LastUpdateStatus | None: ...
    @property
    def failure_reason(self) -> str | None: ...
    @property
    def description(self) -> str | None: ...
    @property
    def next_token(self) -> str | None: ...
    @property
    def online_store_total_size_bytes(self) -> int | None: ...
    def __init__(
        self,
        *,
        feature_group_arn: str | None = ...,
        feature_group_name: str | None = ...,
        record_identifier_feature_name: str | None = ...,
        event_time_feature_name: str | None = ...,
        feature_definitions: list[FeatureDefinition] | None = ...,
        creation_time: datetime | None = ...,
        last_modified_time: datetime | None = ...,
        online_store_config: OnlineStoreConfig | None = ...,
        offline_store_config: OfflineStoreConfig | None = ...,
        role_arn: str | None = ...,
        feature_group_status: FeatureGroupStatus | FeatureGroupStatusLiteral | None = ...,
        offline_store_status: OfflineStoreStatus | None = ...,
        last_update_status: LastUpdateStatus | None = ...,
        failure_reason: str | None = ...,
        description: str | None = ...,
        next_token: str | None = ...,
        online_store_total_size_bytes: int | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> DescribeFeatureGroupResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

class DescribeFeatureMetadataRequest(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def feature_group_name(self) -> str: ...
    @property
    def feature_name(self) -> str: ...
    def __init__(
        self,
        *,
        feature_group_name: str,
        feature_name: str,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> DescribeFeatureMetadataRequest: ...
    def _to_wire(self) -> dict[str, Any]: ...

class DescribeFeatureMetadataResponse(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def feature_group_arn(self) -> str | None: ...
    @property
    def feature_group_name(self) -> str | None: ...
    @property
    def feature_name(self) -> str | None: ...
    @property
    def feature_type(self) -> FeatureType | None: ...
    @property
    def creation_time(self) -> datetime | None: ...
    @property
    def last_modified_time(self) -> datetime | None: ...
    @property
    def description(self) -> str | None: ...
    @property
    def parameters(self) -> list[FeatureParameter] | None: ...
    def __init__(
        self,
        *,
        feature_group_arn: str | None = ...,
        feature_group_name: str | None = ...,
        feature_name: str | None = ...,
        feature_type: FeatureType | FeatureTypeLiteral | None = ...,
        creation_time: datetime | None = ...,
        last_modified_time: datetime | None = ...,
        description: str | None = ...,
        parameters: list[FeatureParameter] | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> DescribeFeatureMetadataResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

class DescribeImageVersionRequest(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def image_name(self) -> str: ...
    @property
    def version(self) -> int | None: ...
    @property
    def alias(self) -> str | None: ...
    def __init__(
        self,
        *,
        image_name: str,
        version: int | None = ...,
        alias: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> DescribeImageVersionRequest: ...
    def _to_wire(self) -> dict[str, Any]: ...

class DescribeImageVersionResponse(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def base_image(self) -> str | None: ...
    @property
    def container_image(self) -> str | None: ...
    @property
    def creation_time(self) -> datetime | None: ...
    @property
    def failure_reason(self) -> str | None: ...
    @property
    def image_arn(self) -> str | None: ...
    @property
    def image_version_arn(self) -> str | None: ...
    @property
    def image_version_status(self) -> ImageVersionStatus | None: ...
    @property
    def last_modified_time(self) -> datetime | None: ...
    @property
    def version(self) -> int | None: ...
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
        base_image: str | None = ...,
        container_image: str | None = ...,
        creation_time: datetime | None = ...,
        failure_reason: str | None = ...,
        image_arn: str | None = ...,
        image_version_arn: str | None = ...,
        image_version_status: ImageVersionStatus | ImageVersionStatusLiteral | None = ...,
        last_modified_time: datetime | None = ...,
        version: int | None = ...,
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
    def _from_wire(cls, d: Mapping[str, Any]) -> DescribeImageVersionResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

class DescribeLabelingJobRequest(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def labeling_job_name(self) -> str: ...
    def __init__(
        self,
        *,
        labeling_job_name: str,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> DescribeLabelingJobRequest: ...
    def _to_wire(self) -> dict[str, Any]: ...

class DescribeLabelingJobResponse(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def labeling_job_status(self) -> LabelingJobStatus | None: ...
    @property
    def label_counters(self) -> LabelCounters | None: ...
    @property
    def failure_reason(self) -> str | None: ...
    @property
    def creation_time(self) -> datetime | None: ...
    @property
    def last_modified_time(self) -> datetime | None: ...
    @property
    def job_reference_code(self) -> str | None: ...
    @property
    def labeling_job_name(self) -> str | None: ...
    @property
    def labeling_job_arn(self) -> str | None: ...
    @property
    def label_attribute_name(self) -> str | None: ...
    @property
    def input_config(self) -> LabelingJobInputConfig | None: ...
    @property
    def output_config(self) -> LabelingJobOutputConfig | None: ...
    @property
    def role_arn(self) -> str | None: ...
    @property
    def label_category_config_s3_uri(self) -> str | None: ...
    @property
    def stopping_conditions(self) -> LabelingJobStoppingConditions | None: ...
    @property
    def labeling_job_algorithms_config(self) -> LabelingJobAlgorithmsConfig | None: ...
    @property
    def human_task_config(self) -> HumanTaskConfig | None: ...
    @property
    def tags(self) -> list[Tag] | None: ...
    @property
    def labeling_job_output(self) -> LabelingJobOutput | None: ...
    def __init__(
        self,
        *,
        labeling_job_status: LabelingJobStatus | LabelingJobStatusLiteral | None = ...,
        label_counters: LabelCounters | None = ...,
        failure_reason: str | None = ...,
        creation_time: datetime | None = ...,
        last_modified_time: datetime | None = ...,
        job_reference_code: str | None = ...,
        labeling_job_name: str | None = ...,
        labeling_job_arn: str | None = ...,
        label_attribute_name: str | None = ...,
        input_config: LabelingJobInputConfig | None = ...,
        output_config: LabelingJobOutputConfig | None = ...,
        role_arn: str | None = ...,
        label_category_config_s3_uri: str | None = ...,
        stopping_conditions: LabelingJobStoppingConditions | None = ...,
        labeling_job_algorithms_config: LabelingJobAlgorithmsConfig | None = ...,
        human_task_config: HumanTaskConfig | None = ...,
        tags: list[Tag] | None = ...,
        labeling_job_output: LabelingJobOutput | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> DescribeLabelingJobResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

class DescribeLineageGroupRequest(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def lineage_group_name(self) -> str: ...
    def __init__(
        self,
        *,
        lineage_group_name: str,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> DescribeLineageGroupRequest: ...
    def _to_wire(self) -> dict[str, Any]: ...

class DescribeLineageGroupResponse(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def lineage_group_name(self) -> str | None: ...
    @property
    def lineage_group_arn(self) -> str | None: ...
    @property
    def display_name(self) -> str | None: ...
    @property
    def description(self) -> str | None: ...
    @property
    def creation_time(self) -> datetime | None: ...
    @property
    def created_by(self) -> UserContext | None: ...
    @property
    def last_modified_time(self) -> datetime | None: ...
    @property
    def last_modified_by(self) -> UserContext | None: ...
    def __init__(
        self,
        *,
        lineage_group_name: str | None = ...,
        lineage_group_arn: str | None = ...,
        display_name: str | None = ...,
        description: str | None = ...,
        creation_time: datetime | None = ...,
        created_by: UserContext | None = ...,
        last_modified_time: datetime | None = ...,
        last_modified_by: UserContext | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> DescribeLineageGroupResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

class DescribeMlflowTrackingServerRequest(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def tracking_server_name(self) -> str: ...
    def __init__(
        self,
        *,
        tracking_server_name: str,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> DescribeMlflowTrackingServerRequest: ...
    def _to_wire(self) -> dict[str, Any]: ...

class DescribeMlflowTrackingServerResponse(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def tracking_server_arn(self) -> str | None: ...
    @property
    def tracking_server_name(self) -> str | None: ...
    @property
    def artifact_store_uri(self) -> str | None: ...
    @property
    def tracking_server_size(self) -> TrackingServerSize | None: ...
    @property
    def mlflow_version(self) -> str | None: ...
    @property
    def role_arn(self) -> str | None: ...
    @property
    def tracking_server_status(self) -> TrackingServerStatus | None: ...
    @property
    def tracking_server_maintenance_status(self) -> TrackingServerMaintenanceStatus | None: ...
    @property
    def is_active(self) -> IsTrackingServerActive | None: ...
    @property
    def tracking_server_url(self) -> str | None: ...
    @property
    def weekly_maintenance_window_start(self) -> str | None: ...
    @property
    def automatic_model_registration(self) -> bool | None: ...
    @property
    def creation_time(self) -> datetime | None: ...
    @property
    def created_by(self) -> UserContext | None: ...
    @property
    def last_modified_time(self) -> datetime | None: ...
    @property
    def last_modified_by(self) -> UserContext | None: ...
    def __init__(
        self,
        *,
        tracking_server_arn: str | None = ...,
        tracking_server_name: str | None = ...,
        artifact_store_uri: str | None = ...,
        tracking_server_size: TrackingServerSize | TrackingServerSizeLiteral | None = ...,
        mlflow_version: str | None = ...,
        role_arn: str | None = ...,
        tracking_server_status: TrackingServerStatus | TrackingServerStatusLiteral | None = ...,
        tracking_server_maintenance_status: TrackingServerMaintenanceStatus
        | TrackingServerMaintenanceStatusLiteral
        | None = ...,
        is_active: IsTrackingServerActive | IsTrackingServerActiveLiteral | None = ...,
        tracking_server_url: str | None = ...,
        weekly_maintenance_window_start: str | None = ...,
        automatic_model_registration: bool | None = ...,
        creation_time: datetime | None = ...,
        created_by: UserContext | None = ...,
        last_modified_time: datetime | None = ...,
        last_modified_by: UserContext | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> DescribeMlflowTrackingServerResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

class DescribeModelCardRequest(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def model_card_name(self) -> str: ...
    @property
    def model_card_version(self) -> int | None: ...
    def __init__(
        self,
        *,
        model_card_name: str,
        model_card_version: int | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> DescribeModelCardRequest: ...
    def _to_wire(self) -> dict[str, Any]: ...

class DescribeModelCardResponse(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def model_card_arn(self) -> str | None: ...
    @property
    def model_card_name(self) -> str | None: ...
    @property
    def model_card_version(self) -> int | None: ...
    @property
    def content(self) -> str | None: ...
    @property
    def model_card_status(self) -> ModelCardStatus | None: ...
    @property
    def security_config(self) -> ModelCardSecurityConfig | None: ...
    @property
    def creation_time(self) -> datetime | None: ...
    @property
    def created_by(self) -> UserContext | None: ...
    @property
    def last_modified_time(self) -> datetime | None: ...
    @property
    def last_modified_by(self) -> UserContext | None: ...
    @property
    def model_card_processing_status(self) -> ModelCardProcessingStatus | None: ...
    def __init__(
        self,
        *,
        model_card_arn: str | None = ...,
        model_card_name: str | None = ...,
        model_card_version: int | None = ...,
        content: str | None = ...,
        model_card_status: ModelCardStatus | ModelCardStatusLiteral | None = ...,
        security_config: ModelCardSecurityConfig | None = ...,
        creation_time: datetime | None = ...,
        created_by: UserContext | None = ...,
        last_modified_time: datetime | None = ...,
        last_modified_by: UserContext | None = ...,
        model_card_processing_status: ModelCardProcessingStatus | ModelCardProcessingStatusLiteral | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> DescribeModelCardResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

class DescribeModelInput(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def model_name(self) -> str: ...
    def __init__(
        self,
        *,
        model_name: str,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> DescribeModelInput: ...
    def _to_wire(self) -> dict[str, Any]: ...
