# Generated stub for the module beside it. Do not edit.
# Plain classes with read-only properties and an explicit __init__: mypy reads this instead
# of the attrs classes, which keeps cold type-checking of user scripts fast.
from collections.abc import Mapping
from typing import Any, ClassVar

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.a import ActionStatus, ActionStatusLiteral
from smtyped._generated.enums.c import ClusterNodeRecovery, ClusterNodeRecoveryLiteral
from smtyped._generated.enums.j import JobType, JobTypeLiteral
from smtyped._generated.enums.m import ModelApprovalStatus, ModelApprovalStatusLiteral
from smtyped._generated.enums.p import Processor, ProcessorLiteral
from smtyped._generated.enums.t import TrackingServerSize, TrackingServerSizeLiteral
from smtyped._generated.enums.v import VendorGuidance, VendorGuidanceLiteral
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

class USD(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def dollars(self) -> int | None: ...
    @property
    def cents(self) -> int | None: ...
    @property
    def tenth_fractions_of_a_cent(self) -> int | None: ...
    def __init__(
        self,
        *,
        dollars: int | None = ...,
        cents: int | None = ...,
        tenth_fractions_of_a_cent: int | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> USD: ...
    def _to_wire(self) -> dict[str, Any]: ...

class UiConfig(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def ui_template_s3_uri(self) -> str | None: ...
    @property
    def human_task_ui_arn(self) -> str | None: ...
    def __init__(
        self,
        *,
        ui_template_s3_uri: str | None = ...,
        human_task_ui_arn: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> UiConfig: ...
    def _to_wire(self) -> dict[str, Any]: ...

class UiTemplate(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def content(self) -> str: ...
    def __init__(
        self,
        *,
        content: str,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> UiTemplate: ...
    def _to_wire(self) -> dict[str, Any]: ...

class UltraServerInfo(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def id(self) -> str | None: ...
    @property
    def type(self) -> str | None: ...
    def __init__(
        self,
        *,
        id: str | None = ...,
        type: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> UltraServerInfo: ...
    def _to_wire(self) -> dict[str, Any]: ...

class UpdateActionRequest(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def action_name(self) -> str: ...
    @property
    def description(self) -> str | None: ...
    @property
    def status(self) -> ActionStatus | None: ...
    @property
    def properties(self) -> dict[str, str] | None: ...
    @property
    def properties_to_remove(self) -> list[str] | None: ...
    def __init__(
        self,
        *,
        action_name: str,
        description: str | None = ...,
        status: ActionStatus | ActionStatusLiteral | None = ...,
        properties: dict[str, str] | None = ...,
        properties_to_remove: list[str] | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> UpdateActionRequest: ...
    def _to_wire(self) -> dict[str, Any]: ...

class UpdateActionResponse(OutputShape):
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
    def _from_wire(cls, d: Mapping[str, Any]) -> UpdateActionResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

class UpdateArtifactRequest(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def artifact_arn(self) -> str: ...
    @property
    def artifact_name(self) -> str | None: ...
    @property
    def properties(self) -> dict[str, str] | None: ...
    @property
    def properties_to_remove(self) -> list[str] | None: ...
    def __init__(
        self,
        *,
        artifact_arn: str,
        artifact_name: str | None = ...,
        properties: dict[str, str] | None = ...,
        properties_to_remove: list[str] | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> UpdateArtifactRequest: ...
    def _to_wire(self) -> dict[str, Any]: ...

class UpdateArtifactResponse(OutputShape):
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
    def _from_wire(cls, d: Mapping[str, Any]) -> UpdateArtifactResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

class UpdateClusterRequest(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def cluster_name(self) -> str: ...
    @property
    def instance_groups(self) -> list[ClusterInstanceGroupSpecification] | None: ...
    @property
    def restricted_instance_groups(self) -> list[ClusterRestrictedInstanceGroupSpecification] | None: ...
    @property
    def node_recovery(self) -> ClusterNodeRecovery | None: ...
    @property
    def instance_groups_to_delete(self) -> list[str] | None: ...
    def __init__(
        self,
        *,
        cluster_name: str,
        instance_groups: list[ClusterInstanceGroupSpecification] | None = ...,
        restricted_instance_groups: list[ClusterRestrictedInstanceGroupSpecification] | None = ...,
        node_recovery: ClusterNodeRecovery | ClusterNodeRecoveryLiteral | None = ...,
        instance_groups_to_delete: list[str] | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> UpdateClusterRequest: ...
    def _to_wire(self) -> dict[str, Any]: ...

class UpdateClusterResponse(OutputShape):
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
    def _from_wire(cls, d: Mapping[str, Any]) -> UpdateClusterResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

class UpdateClusterSoftwareInstanceGroupSpecification(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def instance_group_name(self) -> str: ...
    def __init__(
        self,
        *,
        instance_group_name: str,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> UpdateClusterSoftwareInstanceGroupSpecification: ...
    def _to_wire(self) -> dict[str, Any]: ...

class UpdateClusterSoftwareRequest(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def cluster_name(self) -> str: ...
    @property
    def instance_groups(self) -> list[UpdateClusterSoftwareInstanceGroupSpecification] | None: ...
    @property
    def deployment_config(self) -> DeploymentConfiguration | None: ...
    @property
    def image_id(self) -> str | None: ...
    def __init__(
        self,
        *,
        cluster_name: str,
        instance_groups: list[UpdateClusterSoftwareInstanceGroupSpecification] | None = ...,
        deployment_config: DeploymentConfiguration | None = ...,
        image_id: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> UpdateClusterSoftwareRequest: ...
    def _to_wire(self) -> dict[str, Any]: ...

class UpdateClusterSoftwareResponse(OutputShape):
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
    def _from_wire(cls, d: Mapping[str, Any]) -> UpdateClusterSoftwareResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

class UpdateContextRequest(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def context_name(self) -> str: ...
    @property
    def description(self) -> str | None: ...
    @property
    def properties(self) -> dict[str, str] | None: ...
    @property
    def properties_to_remove(self) -> list[str] | None: ...
    def __init__(
        self,
        *,
        context_name: str,
        description: str | None = ...,
        properties: dict[str, str] | None = ...,
        properties_to_remove: list[str] | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> UpdateContextRequest: ...
    def _to_wire(self) -> dict[str, Any]: ...

class UpdateContextResponse(OutputShape):
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
    def _from_wire(cls, d: Mapping[str, Any]) -> UpdateContextResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

class UpdateDomainRequest(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def domain_id(self) -> str: ...
    @property
    def default_user_settings(self) -> UserSettings | None: ...
    @property
    def domain_settings_for_update(self) -> DomainSettingsForUpdate | None: ...
    def __init__(
        self,
        *,
        domain_id: str,
        default_user_settings: UserSettings | None = ...,
        domain_settings_for_update: DomainSettingsForUpdate | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> UpdateDomainRequest: ...
    def _to_wire(self) -> dict[str, Any]: ...

class UpdateDomainResponse(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def domain_arn(self) -> str | None: ...
    def __init__(
        self,
        *,
        domain_arn: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> UpdateDomainResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

class UpdateEndpointInput(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def endpoint_name(self) -> str: ...
    @property
    def endpoint_config_name(self) -> str: ...
    @property
    def retain_all_variant_properties(self) -> bool | None: ...
    @property
    def exclude_retained_variant_properties(self) -> list[VariantProperty] | None: ...
    @property
    def deployment_config(self) -> DeploymentConfig | None: ...
    def __init__(
        self,
        *,
        endpoint_name: str,
        endpoint_config_name: str,
        retain_all_variant_properties: bool | None = ...,
        exclude_retained_variant_properties: list[VariantProperty] | None = ...,
        deployment_config: DeploymentConfig | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> UpdateEndpointInput: ...
    def _to_wire(self) -> dict[str, Any]: ...

class UpdateEndpointOutput(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def endpoint_arn(self) -> str | None: ...
    def __init__(
        self,
        *,
        endpoint_arn: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> UpdateEndpointOutput: ...
    def _to_wire(self) -> dict[str, Any]: ...

class UpdateFeatureGroupRequest(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def feature_group_name(self) -> str: ...
    @property
    def feature_additions(self) -> list[FeatureDefinition] | None: ...
    def __init__(
        self,
        *,
        feature_group_name: str,
        feature_additions: list[FeatureDefinition] | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> UpdateFeatureGroupRequest: ...
    def _to_wire(self) -> dict[str, Any]: ...

class UpdateFeatureGroupResponse(OutputShape):
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
    def _from_wire(cls, d: Mapping[str, Any]) -> UpdateFeatureGroupResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

class UpdateFeatureMetadataRequest(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def feature_group_name(self) -> str: ...
    @property
    def feature_name(self) -> str: ...
    @property
    def description(self) -> str | None: ...
    @property
    def parameter_additions(self) -> list[FeatureParameter] | None: ...
    @property
    def parameter_removals(self) -> list[str] | None: ...
    def __init__(
        self,
        *,
        feature_group_name: str,
        feature_name: str,
        description: str | None = ...,
        parameter_additions: list[FeatureParameter] | None = ...,
        parameter_removals: list[str] | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> UpdateFeatureMetadataRequest: ...
    def _to_wire(self) -> dict[str, Any]: ...

class UpdateFeatureMetadataResponse(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    def __init__(
        self,
        *,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> UpdateFeatureMetadataResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

class UpdateImageVersionRequest(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def image_name(self) -> str: ...
    @property
    def alias(self) -> str | None: ...
    @property
    def version(self) -> int | None: ...
    @property
    def aliases_to_add(self) -> list[str] | None: ...
    @property
    def aliases_to_delete(self) -> list[str] | None: ...
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
        image_name: str,
        alias: str | None = ...,
        version: int | None = ...,
        aliases_to_add: list[str] | None = ...,
        aliases_to_delete: list[str] | None = ...,
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
    def _from_wire(cls, d: Mapping[str, Any]) -> UpdateImageVersionRequest: ...
    def _to_wire(self) -> dict[str, Any]: ...

class UpdateImageVersionResponse(OutputShape):
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
    def _from_wire(cls, d: Mapping[str, Any]) -> UpdateImageVersionResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

class UpdateMlflowTrackingServerRequest(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def tracking_server_name(self) -> str: ...
    @property
    def artifact_store_uri(self) -> str | None: ...
    @property
    def tracking_server_size(self) -> TrackingServerSize | None: ...
    @property
    def automatic_model_registration(self) -> bool | None: ...
    @property
    def weekly_maintenance_window_start(self) -> str | None: ...
    def __init__(
        self,
        *,
        tracking_server_name: str,
        artifact_store_uri: str | None = ...,
        tracking_server_size: TrackingServerSize | TrackingServerSizeLiteral | None = ...,
        automatic_model_registration: bool | None = ...,
        weekly_maintenance_window_start: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> UpdateMlflowTrackingServerRequest: ...
    def _to_wire(self) -> dict[str, Any]: ...

class UpdateMlflowTrackingServerResponse(OutputShape):
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
    def _from_wire(cls, d: Mapping[str, Any]) -> UpdateMlflowTrackingServerResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

class UpdateModelPackageInput(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def model_package_arn(self) -> str: ...
    @property
    def model_approval_status(self) -> ModelApprovalStatus | None: ...
    @property
    def approval_description(self) -> str | None: ...
    @property
    def customer_metadata_properties(self) -> dict[str, str] | None: ...
    @property
    def customer_metadata_properties_to_remove(self) -> list[str] | None: ...
    @property
    def additional_inference_specifications_to_add(self) -> list[AdditionalInferenceSpecificationDefinition] | None: ...
    @property
    def inference_specification(self) -> InferenceSpecification | None: ...
    @property
    def source_uri(self) -> str | None: ...
    @property
    def model_card(self) -> ModelPackageModelCard | None: ...
    @property
    def model_life_cycle(self) -> ModelLifeCycle | None: ...
    @property
    def client_token(self) -> str | None: ...
    def __init__(
        self,
        *,
        model_package_arn: str,
        model_approval_status: ModelApprovalStatus | ModelApprovalStatusLiteral | None = ...,
        approval_description: str | None = ...,
        customer_metadata_properties: dict[str, str] | None = ...,
        customer_metadata_properties_to_remove: list[str] | None = ...,
        additional_inference_specifications_to_add: list[AdditionalInferenceSpecificationDefinition] | None = ...,
        inference_specification: InferenceSpecification | None = ...,
        source_uri: str | None = ...,
        model_card: ModelPackageModelCard | None = ...,
        model_life_cycle: ModelLifeCycle | None = ...,
        client_token: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> UpdateModelPackageInput: ...
    def _to_wire(self) -> dict[str, Any]: ...

class UpdateModelPackageOutput(OutputShape):
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
    def _from_wire(cls, d: Mapping[str, Any]) -> UpdateModelPackageOutput: ...
    def _to_wire(self) -> dict[str, Any]: ...

class UpdatePipelineExecutionRequest(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def pipeline_execution_arn(self) -> str: ...
    @property
    def pipeline_execution_description(self) -> str | None: ...
    @property
    def pipeline_execution_display_name(self) -> str | None: ...
    def __init__(
        self,
        *,
        pipeline_execution_arn: str,
        pipeline_execution_description: str | None = ...,
        pipeline_execution_display_name: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> UpdatePipelineExecutionRequest: ...
    def _to_wire(self) -> dict[str, Any]: ...

class UpdatePipelineExecutionResponse(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def pipeline_execution_arn(self) -> str | None: ...
    def __init__(
        self,
        *,
        pipeline_execution_arn: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> UpdatePipelineExecutionResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

class UpdatePipelineRequest(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def pipeline_name(self) -> str: ...
    @property
    def pipeline_display_name(self) -> str | None: ...
    @property
    def pipeline_definition(self) -> str | None: ...
    @property
    def pipeline_description(self) -> str | None: ...
    @property
    def role_arn(self) -> str | None: ...
    def __init__(
        self,
        *,
        pipeline_name: str,
        pipeline_display_name: str | None = ...,
        pipeline_definition: str | None = ...,
        pipeline_description: str | None = ...,
        role_arn: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> UpdatePipelineRequest: ...
    def _to_wire(self) -> dict[str, Any]: ...

class UpdatePipelineResponse(OutputShape):
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
    def _from_wire(cls, d: Mapping[str, Any]) -> UpdatePipelineResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

class UpdateUserProfileRequest(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def domain_id(self) -> str: ...
    @property
    def user_profile_name(self) -> str: ...
    @property
    def user_settings(self) -> UserSettings | None: ...
    def __init__(
        self,
        *,
        domain_id: str,
        user_profile_name: str,
        user_settings: UserSettings | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> UpdateUserProfileRequest: ...
    def _to_wire(self) -> dict[str, Any]: ...

class UpdateUserProfileResponse(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def user_profile_arn(self) -> str | None: ...
    def __init__(
        self,
        *,
        user_profile_arn: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> UpdateUserProfileResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

class UserContext(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def user_profile_arn(self) -> str | None: ...
    @property
    def user_profile_name(self) -> str | None: ...
    @property
    def domain_id(self) -> str | None: ...
    @property
    def iam_identity(self) -> IamIdentity | None: ...
    def __init__(
        self,
        *,
        user_profile_arn: str | None = ...,
        user_profile_name: str | None = ...,
        domain_id: str | None = ...,
        iam_identity: IamIdentity | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> UserContext: ...
    def _to_wire(self) -> dict[str, Any]: ...

class UserSettings(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def execution_role(self) -> str | None: ...
    @property
    def security_groups(self) -> list[str] | None: ...
    @property
    def sharing_settings(self) -> SharingSettings | None: ...
    @property
    def jupyter_server_app_settings(self) -> JupyterServerAppSettings | None: ...
    @property
    def kernel_gateway_app_settings(self) -> KernelGatewayAppSettings | None: ...
    @property
    def tensor_board_app_settings(self) -> TensorBoardAppSettings | None: ...
    @property
    def r_studio_server_pro_app_settings(self) -> RStudioServerProAppSettings | None: ...
    @property
    def r_session_app_settings(self) -> RSessionAppSettings | None: ...
    def __init__(
        self,
        *,
        execution_role: str | None = ...,
        security_groups: list[str] | None = ...,
        sharing_settings: SharingSettings | None = ...,
        jupyter_server_app_settings: JupyterServerAppSettings | None = ...,
        kernel_gateway_app_settings: KernelGatewayAppSettings | None = ...,
        tensor_board_app_settings: TensorBoardAppSettings | None = ...,
        r_studio_server_pro_app_settings: RStudioServerProAppSettings | None = ...,
        r_session_app_settings: RSessionAppSettings | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> UserSettings: ...
    def _to_wire(self) -> dict[str, Any]: ...
