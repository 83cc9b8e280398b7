# Generated stub. Do not edit.
# Every shape whose name starts with "U", as type checkers see it. At run time each
# class lives in the module of its first two words (``__module__``); this stub-only module
# groups them because a few dozen stub files type-check much faster than hundreds.
from collections.abc import Mapping
from datetime import datetime
from typing import Any, Final

from typing_extensions import Self

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums._a import (
    AccountDefaultStatus,
    AccountDefaultStatusLiteral,
    ActionStatus,
    ActionStatusLiteral,
    ActivationState,
    ActivationStateLiteral,
    AppNetworkAccessType,
    AppNetworkAccessTypeLiteral,
    AppSecurityGroupManagement,
    AppSecurityGroupManagementLiteral,
    AutoMountHomeEFS,
    AutoMountHomeEFSLiteral,
)
from smtyped._generated.enums._c import (
    ClusterNodeProvisioningMode,
    ClusterNodeProvisioningModeLiteral,
    ClusterNodeRecovery,
    ClusterNodeRecoveryLiteral,
)
from smtyped._generated.enums._f import FeatureStatus, FeatureStatusLiteral
from smtyped._generated.enums._h import (
    HomeEfsFileSystemCreation,
    HomeEfsFileSystemCreationLiteral,
    HubContentSupportStatus,
    HubContentSupportStatusLiteral,
    HubContentType,
    HubContentTypeLiteral,
)
from smtyped._generated.enums._i import InstanceType, InstanceTypeLiteral, IPAddressType, IPAddressTypeLiteral
from smtyped._generated.enums._j import JobType, JobTypeLiteral
from smtyped._generated.enums._m import (
    ModelApprovalStatus,
    ModelApprovalStatusLiteral,
    ModelCardStatus,
    ModelCardStatusLiteral,
    ModelPackageRegistrationType,
    ModelPackageRegistrationTypeLiteral,
    ModelRegistrationMode,
    ModelRegistrationModeLiteral,
)
from smtyped._generated.enums._n import NotebookInstanceAcceleratorType, NotebookInstanceAcceleratorTypeLiteral
from smtyped._generated.enums._p import Processor, ProcessorLiteral
from smtyped._generated.enums._r import (
    ReservedCapacityInstanceType,
    ReservedCapacityInstanceTypeLiteral,
    RootAccess,
    RootAccessLiteral,
)
from smtyped._generated.enums._s import StudioWebPortal, StudioWebPortalLiteral
from smtyped._generated.enums._t import (
    TagPropagation,
    TagPropagationLiteral,
    TrackingServerSize,
    TrackingServerSizeLiteral,
)
from smtyped._generated.enums._u import (
    UltraServerHealthStatus,
    UltraServerHealthStatusLiteral,
    UserProfileStatus,
    UserProfileStatusLiteral,
)
from smtyped._generated.enums._v import VendorGuidance, VendorGuidanceLiteral
from smtyped._generated.enums._w import WorkforceIpAddressType, WorkforceIpAddressTypeLiteral
from smtyped._generated.shapes._a import AdditionalInferenceSpecificationDefinition
from smtyped._generated.shapes._c import (
    CanvasAppSettings,
    CfnUpdateTemplateProvider,
    ClusterAutoScalingConfig,
    ClusterInstanceGroupSpecification,
    ClusterOrchestrator,
    ClusterRestrictedInstanceGroupsConfig,
    ClusterRestrictedInstanceGroupSpecification,
    ClusterTieredStorageConfig,
    CodeEditorAppImageConfig,
    CodeEditorAppSettings,
    ComputeQuotaConfig,
    ComputeQuotaTarget,
    CustomFileSystemConfig,
    CustomPosixUserConfig,
)
from smtyped._generated.shapes._d import (
    DefaultSpaceSettings,
    DefaultSpaceStorageSettings,
    DeploymentConfig,
    DeploymentConfiguration,
    DesiredWeightAndCapacity,
    Device,
    DomainSettingsForUpdate,
)
from smtyped._generated.shapes._e import EdgeOutputConfig
from smtyped._generated.shapes._f import FeatureDefinition, FeatureParameter
from smtyped._generated.shapes._g import GitConfigForUpdate
from smtyped._generated.shapes._i import (
    IamIdentity,
    InferenceComponentDeploymentConfig,
    InferenceComponentRuntimeConfig,
    InferenceComponentSpecification,
    InferenceExperimentDataStorageConfig,
    InferenceExperimentSchedule,
    InferenceSpecification,
    InstanceMetadataServiceConfiguration,
)
from smtyped._generated.shapes._j import JupyterLabAppImageConfig, JupyterLabAppSettings, JupyterServerAppSettings
from smtyped._generated.shapes._k import KernelGatewayAppSettings, KernelGatewayImageConfig
from smtyped._generated.shapes._m import (
    MemberDefinition,
    ModelLifeCycle,
    ModelPackageModelCard,
    ModelVariantConfig,
    MonitoringScheduleConfig,
)
from smtyped._generated.shapes._n import NotebookInstanceLifecycleHook, NotificationConfiguration
from smtyped._generated.shapes._o import OidcConfig, OnlineStoreConfigUpdate
from smtyped._generated.shapes._p import (
    ParallelismConfiguration,
    PartnerAppConfig,
    PartnerAppMaintenanceConfig,
    PipelineDefinitionS3Location,
    ProfilerConfigForUpdate,
    ProfilerRuleConfiguration,
)
from smtyped._generated.shapes._r import (
    RemoteDebugConfigForUpdate,
    ResourceConfigForUpdate,
    RSessionAppSettings,
    RStudioServerProAppSettings,
)
from smtyped._generated.shapes._s import (
    SchedulerConfig,
    ServiceCatalogProvisioningUpdateDetails,
    ShadowModeConfig,
    SharingSettings,
    SourceIpConfig,
    SpaceSettings,
    StudioWebPortalSettings,
)
from smtyped._generated.shapes._t import (
    Tag,
    TensorBoardAppSettings,
    ThroughputConfigUpdate,
    TrialComponentArtifact,
    TrialComponentParameterValue,
    TrialComponentStatus,
)
from smtyped._generated.shapes._v import VariantProperty
from smtyped._generated.shapes._w import WorkerAccessConfiguration, Workforce, WorkforceVpcConfigRequest, Workteam

class USD(Shape):
    """Defines the amount of money paid to an Amazon Mechanical Turk worker in United States dollars."""

    dollars: Final[int | None]
    """The whole number of dollars in the amount. Since 2018-11-28."""
    cents: Final[int | None]
    """The fractional portion, in cents, of the amount. Since 2018-11-28."""
    tenth_fractions_of_a_cent: Final[int | None]
    """Fractions of a cent, in tenths. Since 2018-11-28."""
    def __init__(
        self,
        *,
        dollars: int | None = None,
        cents: int | None = None,
        tenth_fractions_of_a_cent: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        dollars: int | None = ...,
        cents: int | None = ...,
        tenth_fractions_of_a_cent: int | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class UiConfig(Shape):
    """Information about the user interface that workers use to complete the labeling task."""

    ui_template_s3_uri: Final[str | None]
    """The Amazon S3 bucket location of the UI template, or worker task template. This is the template
    used to render the worker UI and tools for labeling job tasks. For more information about the
    contents of a UI template, see Creating Your Custom Labeling Task Template. Since 2018-11-28.
    """
    human_task_ui_arn: Final[str | None]
    """The ARN of the worker task template used to render the worker UI and tools for labeling job
    tasks. Since 2020-06-01.
    """
    def __init__(
        self,
        *,
        ui_template_s3_uri: str | None = None,
        human_task_ui_arn: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        ui_template_s3_uri: str | None = ...,
        human_task_ui_arn: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class UiTemplate(Shape):
    """A Template object containing the worker UI template to render."""

    content: Final[str]
    """The content of the Liquid template for the worker user interface. Since 2018-11-28."""
    def __init__(
        self,
        *,
        content: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        content: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class UiTemplateInfo(Shape):
    """Container for user interface template information."""

    url: Final[str | None]
    """The URL for the user interface template. Since 2019-12-04."""
    content_sha256: Final[str | None]
    """The SHA-256 digest of the contents of the template. Since 2019-12-04."""
    def __init__(
        self,
        *,
        url: str | None = None,
        content_sha256: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        url: str | None = ...,
        content_sha256: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class UltraServer(Shape):
    """Represents a high-performance compute server used for distributed training in SageMaker AI. An
    UltraServer consists of multiple instances within a shared NVLink interconnect domain.
    """

    ultra_server_id: Final[str | None]
    """The unique identifier for the UltraServer. Since 2025-08-08."""
    ultra_server_type: Final[str | None]
    """The type of UltraServer, such as ml.u-p6e-gb200x72. Since 2025-08-08."""
    availability_zone: Final[str | None]
    """The name of the Availability Zone where the UltraServer is provisioned. Since 2025-08-08."""
    instance_type: Final[ReservedCapacityInstanceType | None]
    """The Amazon EC2 instance type used in the UltraServer. Since 2025-08-08."""
    total_instance_count: Final[int | None]
    """The total number of instances in this UltraServer. Since 2025-08-08."""
    configured_spare_instance_count: Final[int | None]
    """The number of spare instances configured for this UltraServer to provide enhanced resiliency.
    Since 2025-08-08.
    """
    available_instance_count: Final[int | None]
    """The number of instances currently available for use in this UltraServer. Since 2025-08-08."""
    in_use_instance_count: Final[int | None]
    """The number of instances currently in use in this UltraServer. Since 2025-08-08."""
    available_spare_instance_count: Final[int | None]
    """The number of available spare instances in the UltraServer. Since 2025-08-08."""
    unhealthy_instance_count: Final[int | None]
    """The number of instances in this UltraServer that are currently in an unhealthy state. Since
    2025-08-08.
    """
    health_status: Final[UltraServerHealthStatus | None]
    """The overall health status of the UltraServer. Since 2025-08-08."""
    def __init__(
        self,
        *,
        ultra_server_id: str | None = None,
        ultra_server_type: str | None = None,
        availability_zone: str | None = None,
        instance_type: ReservedCapacityInstanceType | ReservedCapacityInstanceTypeLiteral | None = None,
        total_instance_count: int | None = None,
        configured_spare_instance_count: int | None = None,
        available_instance_count: int | None = None,
        in_use_instance_count: int | None = None,
        available_spare_instance_count: int | None = None,
        unhealthy_instance_count: int | None = None,
        health_status: UltraServerHealthStatus | UltraServerHealthStatusLiteral | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        ultra_server_id: str | None = ...,
        ultra_server_type: str | None = ...,
        availability_zone: str | None = ...,
        instance_type: ReservedCapacityInstanceType | ReservedCapacityInstanceTypeLiteral | None = ...,
        total_instance_count: int | None = ...,
        configured_spare_instance_count: int | None = ...,
        available_instance_count: int | None = ...,
        in_use_instance_count: int | None = ...,
        available_spare_instance_count: int | None = ...,
        unhealthy_instance_count: int | None = ...,
        health_status: UltraServerHealthStatus | UltraServerHealthStatusLiteral | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class UltraServerInfo(Shape):
    """Contains information about the UltraServer."""

    id: Final[str | None]
    """The unique identifier of the UltraServer. Since 2025-08-08."""
    type: Final[str | None]
    """The type of the UltraServer. Since 2026-01-12."""
    def __init__(
        self,
        *,
        id: str | None = None,
        type: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        id: str | None = ...,
        type: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class UltraServerSummary(Shape):
    """A summary of the UltraServer associated with this reserved capacity."""

    ultra_server_type: Final[str | None]
    """The type of UltraServer, such as ml.u-p6e-gb200x72. Since 2025-08-08."""
    instance_type: Final[ReservedCapacityInstanceType | None]
    """The Amazon EC2 instance type used in the UltraServer. Since 2025-08-08."""
    ultra_server_count: Final[int | None]
    """The number of UltraServers of this type. Since 2025-08-08."""
    available_spare_instance_count: Final[int | None]
    """The number of available spare instances in the UltraServers. Since 2025-08-08."""
    unhealthy_instance_count: Final[int | None]
    """The total number of instances across all UltraServers of this type that are currently in an
    unhealthy state. Since 2025-08-08.
    """
    def __init__(
        self,
        *,
        ultra_server_type: str | None = None,
        instance_type: ReservedCapacityInstanceType | ReservedCapacityInstanceTypeLiteral | None = None,
        ultra_server_count: int | None = None,
        available_spare_instance_count: int | None = None,
        unhealthy_instance_count: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        ultra_server_type: str | None = ...,
        instance_type: ReservedCapacityInstanceType | ReservedCapacityInstanceTypeLiteral | None = ...,
        ultra_server_count: int | None = ...,
        available_spare_instance_count: int | None = ...,
        unhealthy_instance_count: int | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class UnifiedStudioSettings(Shape):
    """The settings that apply to an SageMaker AI domain when you use it in Amazon SageMaker Unified
    Studio.
    """

    studio_web_portal_access: Final[FeatureStatus | None]
    """Sets whether you can access the domain in Amazon SageMaker Studio: Since 2025-05-07."""
    domain_account_id: Final[str | None]
    """The ID of the Amazon Web Services account that has the Amazon SageMaker Unified Studio domain.
    The default value, if you don't specify an ID, is the ID of the account that has the Amazon
    SageMaker AI domain. Since 2025-05-07.
    """
    domain_region: Final[str | None]
    """The Amazon Web Services Region where the domain is located in Amazon SageMaker Unified Studio.
    The default value, if you don't specify a Region, is the Region where the Amazon SageMaker AI
    domain is located. Since 2025-05-07.
    """
    domain_id: Final[str | None]
    """The ID of the Amazon SageMaker Unified Studio domain associated with this domain. Since
    2025-05-07.
    """
    project_id: Final[str | None]
    """The ID of the Amazon SageMaker Unified Studio project that corresponds to the domain. Since
    2025-05-07.
    """
    environment_id: Final[str | None]
    """The ID of the environment that Amazon SageMaker Unified Studio associates with the domain. Since
    2025-05-07.
    """
    project_s3_path: Final[str | None]
    """The location where Amazon S3 stores temporary execution data and other artifacts for the project
    that corresponds to the domain. Since 2025-05-07.
    """
    single_sign_on_application_arn: Final[str | None]
    """The ARN of the Amazon DataZone application managed by Amazon SageMaker Unified Studio in the
    Amazon Web Services IAM Identity Center. Since 2025-05-30.
    """
    def __init__(
        self,
        *,
        studio_web_portal_access: FeatureStatus | FeatureStatusLiteral | None = None,
        domain_account_id: str | None = None,
        domain_region: str | None = None,
        domain_id: str | None = None,
        project_id: str | None = None,
        environment_id: str | None = None,
        project_s3_path: str | None = None,
        single_sign_on_application_arn: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        studio_web_portal_access: FeatureStatus | FeatureStatusLiteral | None = ...,
        domain_account_id: str | None = ...,
        domain_region: str | None = ...,
        domain_id: str | None = ...,
        project_id: str | None = ...,
        environment_id: str | None = ...,
        project_s3_path: str | None = ...,
        single_sign_on_application_arn: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class UpdateActionRequest(Shape):
    """No description on the pages."""

    action_name: Final[str]
    """The name of the action to update. Since 2020-12-01."""
    description: Final[str | None]
    """The new description for the action. Since 2020-12-01."""
    status: Final[ActionStatus | None]
    """The new status for the action. Since 2020-12-01."""
    properties: Final[dict[str, str] | None]
    """The new list of properties. Overwrites the current property list. Since 2020-12-01."""
    properties_to_remove: Final[list[str] | None]
    """A list of properties to remove. Since 2020-12-01."""
    def __init__(
        self,
        *,
        action_name: str,
        description: str | None = None,
        status: ActionStatus | ActionStatusLiteral | None = None,
        properties: dict[str, str] | None = None,
        properties_to_remove: list[str] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        action_name: str = ...,
        description: str | None = ...,
        status: ActionStatus | ActionStatusLiteral | None = ...,
        properties: dict[str, str] | None = ...,
        properties_to_remove: list[str] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class UpdateActionResponse(OutputShape):
    """The result of ``update_action`` (UpdateAction)."""

    action_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the action. Since 2020-12-01."""
    def __init__(
        self,
        *,
        action_arn: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        action_arn: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class UpdateAppImageConfigRequest(Shape):
    """No description on the pages."""

    app_image_config_name: Final[str]
    """The name of the AppImageConfig to update. Since 2020-10-26."""
    kernel_gateway_image_config: Final[KernelGatewayImageConfig | None]
    """The new KernelGateway app to run on the image. Since 2020-10-26."""
    jupyter_lab_app_image_config: Final[JupyterLabAppImageConfig | None]
    """The JupyterLab app running on the image. Since 2023-11-30."""
    code_editor_app_image_config: Final[CodeEditorAppImageConfig | None]
    """The Code Editor app running on the image. Since 2024-03-29."""
    def __init__(
        self,
        *,
        app_image_config_name: str,
        kernel_gateway_image_config: KernelGatewayImageConfig | None = None,
        jupyter_lab_app_image_config: JupyterLabAppImageConfig | None = None,
        code_editor_app_image_config: CodeEditorAppImageConfig | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        app_image_config_name: str = ...,
        kernel_gateway_image_config: KernelGatewayImageConfig | None = ...,
        jupyter_lab_app_image_config: JupyterLabAppImageConfig | None = ...,
        code_editor_app_image_config: CodeEditorAppImageConfig | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class UpdateAppImageConfigResponse(OutputShape):
    """The result of ``update_app_image_config`` (UpdateAppImageConfig)."""

    app_image_config_arn: Final[str | None]
    """The ARN for the AppImageConfig. Since 2020-10-26."""
    def __init__(
        self,
        *,
        app_image_config_arn: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        app_image_config_arn: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class UpdateArtifactRequest(Shape):
    """No description on the pages."""

    artifact_arn: Final[str]
    """The Amazon Resource Name (ARN) of the artifact to update. Since 2020-12-01."""
    artifact_name: Final[str | None]
    """The new name for the artifact. Since 2020-12-01."""
    properties: Final[dict[str, str] | None]
    """The new list of properties. Overwrites the current property list. Since 2020-12-01."""
    properties_to_remove: Final[list[str] | None]
    """A list of properties to remove. Since 2020-12-01."""
    def __init__(
        self,
        *,
        artifact_arn: str,
        artifact_name: str | None = None,
        properties: dict[str, str] | None = None,
        properties_to_remove: list[str] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        artifact_arn: str = ...,
        artifact_name: str | None = ...,
        properties: dict[str, str] | None = ...,
        properties_to_remove: list[str] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class UpdateArtifactResponse(OutputShape):
    """The result of ``update_artifact`` (UpdateArtifact)."""

    artifact_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the artifact. Since 2020-12-01."""
    def __init__(
        self,
        *,
        artifact_arn: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        artifact_arn: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class UpdateClusterRequest(Shape):
    """No description on the pages."""

    cluster_name: Final[str]
    """Specify the name of the SageMaker HyperPod cluster you want to update. Since 2023-11-29."""
    instance_groups: Final[list[ClusterInstanceGroupSpecification] | None]
    """Specify the instance groups to update. Since 2023-11-29."""
    restricted_instance_groups: Final[list[ClusterRestrictedInstanceGroupSpecification] | None]
    """The specialized instance groups for training models like Amazon Nova to be created in the
    SageMaker HyperPod cluster. Since 2025-07-15.
    """
    restricted_instance_groups_config: Final[ClusterRestrictedInstanceGroupsConfig | None]
    """The configuration for the restricted instance groups (RIG) in the SageMaker HyperPod cluster.
    Since 2026-05-27.
    """
    tiered_storage_config: Final[ClusterTieredStorageConfig | None]
    """Updates the configuration for managed tier checkpointing on the HyperPod cluster. For example,
    you can enable or disable the feature and modify the percentage of cluster memory allocated for
    checkpoint storage. Since 2025-09-05.
    """
    node_recovery: Final[ClusterNodeRecovery | None]
    """The node recovery mode to be applied to the SageMaker HyperPod cluster. Since 2024-09-09."""
    instance_groups_to_delete: Final[list[str] | None]
    """Specify the names of the instance groups to delete. Use a single , as the separator between
    multiple names. Since 2025-02-20.
    """
    node_provisioning_mode: Final[ClusterNodeProvisioningMode | None]
    """Determines how instance provisioning is handled during cluster operations. In Continuous mode,
    the cluster provisions available instances incrementally and retries until the target count is
    reached. The cluster becomes operational once cluster-level resources are ready. Use
    CurrentCount and TargetCount in DescribeCluster to track provisioning progress. Since
    2025-11-06.
    """
    cluster_role: Final[str | None]
    """The Amazon Resource Name (ARN) of the IAM role that HyperPod assumes for cluster autoscaling
    operations. Cannot be updated while autoscaling is enabled. Since 2025-08-27.
    """
    auto_scaling: Final[ClusterAutoScalingConfig | None]
    """Updates the autoscaling configuration for the cluster. Use to enable or disable automatic node
    scaling. Since 2025-08-27.
    """
    orchestrator: Final[ClusterOrchestrator | None]
    """The type of orchestrator used for the SageMaker HyperPod cluster. Since 2026-02-13."""
    def __init__(
        self,
        *,
        cluster_name: str,
        instance_groups: list[ClusterInstanceGroupSpecification] | None = None,
        restricted_instance_groups: list[ClusterRestrictedInstanceGroupSpecification] | None = None,
        restricted_instance_groups_config: ClusterRestrictedInstanceGroupsConfig | None = None,
        tiered_storage_config: ClusterTieredStorageConfig | None = None,
        node_recovery: ClusterNodeRecovery | ClusterNodeRecoveryLiteral | None = None,
        instance_groups_to_delete: list[str] | None = None,
        node_provisioning_mode: ClusterNodeProvisioningMode | ClusterNodeProvisioningModeLiteral | None = None,
        cluster_role: str | None = None,
        auto_scaling: ClusterAutoScalingConfig | None = None,
        orchestrator: ClusterOrchestrator | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        cluster_name: str = ...,
        instance_groups: list[ClusterInstanceGroupSpecification] | None = ...,
        restricted_instance_groups: list[ClusterRestrictedInstanceGroupSpecification] | None = ...,
        restricted_instance_groups_config: ClusterRestrictedInstanceGroupsConfig | None = ...,
        tiered_storage_config: ClusterTieredStorageConfig | None = ...,
        node_recovery: ClusterNodeRecovery | ClusterNodeRecoveryLiteral | None = ...,
        instance_groups_to_delete: list[str] | None = ...,
        node_provisioning_mode: ClusterNodeProvisioningMode | ClusterNodeProvisioningModeLiteral | None = ...,
        cluster_role: str | None = ...,
        auto_scaling: ClusterAutoScalingConfig | None = ...,
        orchestrator: ClusterOrchestrator | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class UpdateClusterResponse(OutputShape):
    """The result of ``update_cluster`` (UpdateCluster)."""

    cluster_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the updated SageMaker HyperPod cluster. Since 2023-11-29.
    """
    def __init__(
        self,
        *,
        cluster_arn: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        cluster_arn: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class UpdateClusterSchedulerConfigRequest(Shape):
    """No description on the pages."""

    cluster_scheduler_config_id: Final[str]
    """ID of the cluster policy. Since 2024-12-04."""
    target_version: Final[int]
    """Target version. Since 2024-12-04."""
    scheduler_config: Final[SchedulerConfig | None]
    """Cluster policy configuration. Since 2024-12-04."""
    description: Final[str | None]
    """Description of the cluster policy. Since 2024-12-04."""
    def __init__(
        self,
        *,
        cluster_scheduler_config_id: str,
        target_version: int,
        scheduler_config: SchedulerConfig | None = None,
        description: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        cluster_scheduler_config_id: str = ...,
        target_version: int = ...,
        scheduler_config: SchedulerConfig | None = ...,
        description: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class UpdateClusterSchedulerConfigResponse(OutputShape):
    """The result of ``update_cluster_scheduler_config`` (UpdateClusterSchedulerConfig)."""

    cluster_scheduler_config_arn: Final[str | None]
    """ARN of the cluster policy. Since 2024-12-04."""
    cluster_scheduler_config_version: Final[int | None]
    """Version of the cluster policy. Since 2024-12-04."""
    def __init__(
        self,
        *,
        cluster_scheduler_config_arn: str | None = None,
        cluster_scheduler_config_version: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        cluster_scheduler_config_arn: str | None = ...,
        cluster_scheduler_config_version: int | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class UpdateClusterSoftwareInstanceGroupSpecification(Shape):
    """The configuration that describes specifications of the instance groups to update."""

    instance_group_name: Final[str]
    """The name of the instance group to update. Since 2025-05-01."""
    image_release_version: Final[str | None]
    """The version of the HyperPod-managed AMI to update to for the instance group. Uses semantic
    versioning in the format MAJOR.MINOR.PATCH. Since 2026-06-18.
    """
    def __init__(
        self,
        *,
        instance_group_name: str,
        image_release_version: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        instance_group_name: str = ...,
        image_release_version: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class UpdateClusterSoftwareRequest(Shape):
    """No description on the pages."""

    cluster_name: Final[str]
    """Specify the name or the Amazon Resource Name (ARN) of the SageMaker HyperPod cluster you want to
    update for security patching. Since 2024-02-15.
    """
    instance_groups: Final[list[UpdateClusterSoftwareInstanceGroupSpecification] | None]
    """The array of instance groups for which to update AMI versions. Since 2025-05-01."""
    deployment_config: Final[DeploymentConfiguration | None]
    """The configuration to use when updating the AMI versions. Since 2025-05-01."""
    image_id: Final[str | None]
    """When configuring your HyperPod cluster, you can specify an image ID using one of the following
    options: Since 2025-08-05.
    """
    def __init__(
        self,
        *,
        cluster_name: str,
        instance_groups: list[UpdateClusterSoftwareInstanceGroupSpecification] | None = None,
        deployment_config: DeploymentConfiguration | None = None,
        image_id: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        cluster_name: str = ...,
        instance_groups: list[UpdateClusterSoftwareInstanceGroupSpecification] | None = ...,
        deployment_config: DeploymentConfiguration | None = ...,
        image_id: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class UpdateClusterSoftwareResponse(OutputShape):
    """The result of ``update_cluster_software`` (UpdateClusterSoftware)."""

    cluster_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the SageMaker HyperPod cluster being updated for security
    patching. Since 2024-02-15.
    """
    def __init__(
        self,
        *,
        cluster_arn: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        cluster_arn: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class UpdateCodeRepositoryInput(Shape):
    """No description on the pages."""

    code_repository_name: Final[str]
    """The name of the git repository to update. Since 2018-11-28."""
    git_config: Final[GitConfigForUpdate | None]
    """The configuration of the git repository, including the URL and the Amazon Resource Name (ARN) of
    the AWS Secrets Manager secret that contains the credentials used to access the repository. The
    secret must have a staging label of AWSCURRENT and must be in the following format: Since
    2018-11-28.
    """
    def __init__(
        self,
        *,
        code_repository_name: str,
        git_config: GitConfigForUpdate | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        code_repository_name: str = ...,
        git_config: GitConfigForUpdate | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class UpdateCodeRepositoryOutput(OutputShape):
    """The result of ``update_code_repository`` (UpdateCodeRepository)."""

    code_repository_arn: Final[str | None]
    """The ARN of the git repository. Since 2018-11-28."""
    def __init__(
        self,
        *,
        code_repository_arn: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        code_repository_arn: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class UpdateComputeQuotaRequest(Shape):
    """No description on the pages."""

    compute_quota_id: Final[str]
    """ID of the compute allocation definition. Since 2024-12-04."""
    target_version: Final[int]
    """Target version. Since 2024-12-04."""
    compute_quota_config: Final[ComputeQuotaConfig | None]
    """Configuration of the compute allocation definition. This includes the resource sharing option,
    and the setting to preempt low priority tasks. Since 2024-12-04.
    """
    compute_quota_target: Final[ComputeQuotaTarget | None]
    """The target entity to allocate compute resources to. Since 2024-12-04."""
    activation_state: Final[ActivationState | None]
    """The state of the compute allocation being described. Use to enable or disable compute
    allocation. Since 2024-12-04.
    """
    description: Final[str | None]
    """Description of the compute allocation definition. Since 2024-12-04."""
    def __init__(
        self,
        *,
        compute_quota_id: str,
        target_version: int,
        compute_quota_config: ComputeQuotaConfig | None = None,
        compute_quota_target: ComputeQuotaTarget | None = None,
        activation_state: ActivationState | ActivationStateLiteral | None = None,
        description: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        compute_quota_id: str = ...,
        target_version: int = ...,
        compute_quota_config: ComputeQuotaConfig | None = ...,
        compute_quota_target: ComputeQuotaTarget | None = ...,
        activation_state: ActivationState | ActivationStateLiteral | None = ...,
        description: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class UpdateComputeQuotaResponse(OutputShape):
    """The result of ``update_compute_quota`` (UpdateComputeQuota)."""

    compute_quota_arn: Final[str | None]
    """ARN of the compute allocation definition. Since 2024-12-04."""
    compute_quota_version: Final[int | None]
    """Version of the compute allocation definition. Since 2024-12-04."""
    def __init__(
        self,
        *,
        compute_quota_arn: str | None = None,
        compute_quota_version: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        compute_quota_arn: str | None = ...,
        compute_quota_version: int | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class UpdateContextRequest(Shape):
    """No description on the pages."""

    context_name: Final[str]
    """The name of the context to update. Since 2020-12-01."""
    description: Final[str | None]
    """The new description for the context. Since 2020-12-01."""
    properties: Final[dict[str, str] | None]
    """The new list of properties. Overwrites the current property list. Since 2020-12-01."""
    properties_to_remove: Final[list[str] | None]
    """A list of properties to remove. Since 2020-12-01."""
    def __init__(
        self,
        *,
        context_name: str,
        description: str | None = None,
        properties: dict[str, str] | None = None,
        properties_to_remove: list[str] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        context_name: str = ...,
        description: str | None = ...,
        properties: dict[str, str] | None = ...,
        properties_to_remove: list[str] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class UpdateContextResponse(OutputShape):
    """The result of ``update_context`` (UpdateContext)."""

    context_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the context. Since 2020-12-01."""
    def __init__(
        self,
        *,
        context_arn: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        context_arn: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class UpdateDeviceFleetRequest(Shape):
    """No description on the pages."""

    device_fleet_name: Final[str]
    """The name of the fleet. Since 2020-12-08."""
    role_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the device. Since 2020-12-08."""
    description: Final[str | None]
    """Description of the fleet. Since 2020-12-08."""
    output_config: Final[EdgeOutputConfig]
    """Output configuration for storing sample data collected by the fleet. Since 2020-12-08."""
    enable_iot_role_alias: Final[bool | None]
    """Whether to create an AWS IoT Role Alias during device fleet creation. The name of the role alias
    generated will match this pattern: "SageMakerEdge-{DeviceFleetName}". Since 2021-06-10.
    """
    def __init__(
        self,
        *,
        device_fleet_name: str,
        output_config: EdgeOutputConfig,
        role_arn: str | None = None,
        description: str | None = None,
        enable_iot_role_alias: bool | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        device_fleet_name: str = ...,
        role_arn: str | None = ...,
        description: str | None = ...,
        output_config: EdgeOutputConfig = ...,
        enable_iot_role_alias: bool | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class UpdateDeviceFleetResponse(OutputShape):
    """The result of ``update_device_fleet`` (UpdateDeviceFleet)."""

    def __init__(
        self,
        *,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class UpdateDevicesRequest(Shape):
    """No description on the pages."""

    device_fleet_name: Final[str]
    """The name of the fleet the devices belong to. Since 2020-12-08."""
    devices: Final[list[Device]]
    """List of devices to register with Edge Manager agent. Since 2020-12-08."""
    def __init__(
        self,
        *,
        device_fleet_name: str,
        devices: list[Device],
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        device_fleet_name: str = ...,
        devices: list[Device] = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class UpdateDevicesResponse(OutputShape):
    """The result of ``update_devices`` (UpdateDevices)."""

    def __init__(
        self,
        *,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class UpdateDomainRequest(Shape):
    """No description on the pages."""

    domain_id: Final[str]
    """The ID of the domain to be updated. Since 2019-12-04."""
    default_user_settings: Final[UserSettings | None]
    """A collection of settings. Since 2019-12-04."""
    domain_settings_for_update: Final[DomainSettingsForUpdate | None]
    """A collection of DomainSettings configuration values to update. Since 2021-10-28."""
    app_security_group_management: Final[AppSecurityGroupManagement | None]
    """The entity that creates and manages the required security groups for inter-app communication in
    VPCOnly mode. Required when CreateDomain.AppNetworkAccessType is VPCOnly and
    DomainSettings.RStudioServerProDomainSettings.DomainExecutionRoleArn is provided. If setting up
    the domain for use with RStudio, this value must be set to Service. Since 2022-12-21.
    """
    default_space_settings: Final[DefaultSpaceSettings | None]
    """The default settings for shared spaces that users create in the domain. Since 2022-11-30."""
    subnet_ids: Final[list[str] | None]
    """The VPC subnets that Studio uses for communication. Since 2023-11-29."""
    app_network_access_type: Final[AppNetworkAccessType | None]
    """Specifies the VPC used for non-EFS traffic. Since 2023-11-29."""
    tag_propagation: Final[TagPropagation | None]
    """Indicates whether custom tag propagation is supported for the domain. Defaults to DISABLED.
    Since 2024-09-26.
    """
    home_efs_file_system_creation: Final[HomeEfsFileSystemCreation | None]
    """Indicates whether to create a home EFS file system for the domain. You can change from Disabled
    to Enabled to provision EFS on demand, but you cannot change from Enabled to Disabled. Since
    2026-05-21.
    """
    vpc_id: Final[str | None]
    """The identifier for the VPC used by the domain for network communication. Use this field only
    when adding VPC configuration to a SageMaker AI domain used in Amazon SageMaker Unified Studio
    that was created without VPC settings. SageMaker AI doesn't automatically apply VPC updates to
    existing applications. Stop and restart your applications to apply the changes. Since
    2025-11-06.
    """
    def __init__(
        self,
        *,
        domain_id: str,
        default_user_settings: UserSettings | None = None,
        domain_settings_for_update: DomainSettingsForUpdate | None = None,
        app_security_group_management: AppSecurityGroupManagement | AppSecurityGroupManagementLiteral | None = None,
        default_space_settings: DefaultSpaceSettings | None = None,
        subnet_ids: list[str] | None = None,
        app_network_access_type: AppNetworkAccessType | AppNetworkAccessTypeLiteral | None = None,
        tag_propagation: TagPropagation | TagPropagationLiteral | None = None,
        home_efs_file_system_creation: HomeEfsFileSystemCreation | HomeEfsFileSystemCreationLiteral | None = None,
        vpc_id: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        domain_id: str = ...,
        default_user_settings: UserSettings | None = ...,
        domain_settings_for_update: DomainSettingsForUpdate | None = ...,
        app_security_group_management: AppSecurityGroupManagement | AppSecurityGroupManagementLiteral | None = ...,
        default_space_settings: DefaultSpaceSettings | None = ...,
        subnet_ids: list[str] | None = ...,
        app_network_access_type: AppNetworkAccessType | AppNetworkAccessTypeLiteral | None = ...,
        tag_propagation: TagPropagation | TagPropagationLiteral | None = ...,
        home_efs_file_system_creation: HomeEfsFileSystemCreation | HomeEfsFileSystemCreationLiteral | None = ...,
        vpc_id: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class UpdateDomainResponse(OutputShape):
    """The result of ``update_domain`` (UpdateDomain)."""

    domain_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the domain. Since 2019-12-04."""
    def __init__(
        self,
        *,
        domain_arn: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        domain_arn: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class UpdateEndpointInput(Shape):
    """No description on the pages."""

    endpoint_name: Final[str]
    """The name of the endpoint whose configuration you want to update. Since 2017-11-29."""
    endpoint_config_name: Final[str]
    """The name of the new endpoint configuration. Since 2017-11-29."""
    retain_all_variant_properties: Final[bool | None]
    """When updating endpoint resources, enables or disables the retention of variant properties, such
    as the instance count or the variant weight. To retain the variant properties of an endpoint
    when updating it, set RetainAllVariantProperties to true . To use the variant properties
    specified in a new EndpointConfig call when updating an endpoint, set RetainAllVariantProperties
    to false . The default is false . Since 2020-02-26.
    """
    exclude_retained_variant_properties: Final[list[VariantProperty] | None]
    """When you are updating endpoint resources with RetainAllVariantProperties , whose value is set to
    true , ExcludeRetainedVariantProperties specifies the list of type VariantProperty to override
    with the values provided by EndpointConfig . If you don't specify a value for
    ExcludeRetainedVariantProperties , no variant properties are overridden. Since 2020-02-26.
    """
    deployment_config: Final[DeploymentConfig | None]
    """The deployment configuration for an endpoint, which contains the desired deployment strategy and
    rollback configurations. Since 2020-12-01.
    """
    retain_deployment_config: Final[bool | None]
    """Specifies whether to reuse the last deployment configuration. The default value is false (the
    configuration is not reused). Since 2021-11-08.
    """
    def __init__(
        self,
        *,
        endpoint_name: str,
        endpoint_config_name: str,
        retain_all_variant_properties: bool | None = None,
        exclude_retained_variant_properties: list[VariantProperty] | None = None,
        deployment_config: DeploymentConfig | None = None,
        retain_deployment_config: bool | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        endpoint_name: str = ...,
        endpoint_config_name: str = ...,
        retain_all_variant_properties: bool | None = ...,
        exclude_retained_variant_properties: list[VariantProperty] | None = ...,
        deployment_config: DeploymentConfig | None = ...,
        retain_deployment_config: bool | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class UpdateEndpointOutput(OutputShape):
    """The result of ``update_endpoint`` (UpdateEndpoint)."""

    endpoint_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the endpoint. Since 2017-11-29."""
    def __init__(
        self,
        *,
        endpoint_arn: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        endpoint_arn: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class UpdateEndpointWeightsAndCapacitiesInput(Shape):
    """No description on the pages."""

    endpoint_name: Final[str]
    """The name of an existing SageMaker endpoint. Since 2017-11-29."""
    desired_weights_and_capacities: Final[list[DesiredWeightAndCapacity]]
    """An object that provides new capacity and weight values for a variant. Since 2017-11-29."""
    def __init__(
        self,
        *,
        endpoint_name: str,
        desired_weights_and_capacities: list[DesiredWeightAndCapacity],
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        endpoint_name: str = ...,
        desired_weights_and_capacities: list[DesiredWeightAndCapacity] = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class UpdateEndpointWeightsAndCapacitiesOutput(OutputShape):
    """The result of ``update_endpoint_weights_and_capacities`` (UpdateEndpointWeightsAndCapacities)."""

    endpoint_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the updated endpoint. Since 2017-11-29."""
    def __init__(
        self,
        *,
        endpoint_arn: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        endpoint_arn: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class UpdateExperimentRequest(Shape):
    """No description on the pages."""

    experiment_name: Final[str]
    """The name of the experiment to update. Since 2019-12-04."""
    display_name: Final[str | None]
    """The name of the experiment as displayed. The name doesn't need to be unique. If DisplayName
    isn't specified, ExperimentName is displayed. Since 2019-12-04.
    """
    description: Final[str | None]
    """The description of the experiment. Since 2019-12-04."""
    def __init__(
        self,
        *,
        experiment_name: str,
        display_name: str | None = None,
        description: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        experiment_name: str = ...,
        display_name: str | None = ...,
        description: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class UpdateExperimentResponse(OutputShape):
    """The result of ``update_experiment`` (UpdateExperiment)."""

    experiment_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the experiment. Since 2019-12-04."""
    def __init__(
        self,
        *,
        experiment_arn: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        experiment_arn: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class UpdateFeatureGroupRequest(Shape):
    """No description on the pages."""

    feature_group_name: Final[str]
    """The name or Amazon Resource Name (ARN) of the feature group that you're updating. Since
    2022-06-29.
    """
    feature_additions: Final[list[FeatureDefinition] | None]
    """Updates the feature group. Updating a feature group is an asynchronous operation. When you get
    an HTTP 200 response, you've made a valid request. It takes some time after you've made a valid
    request for Feature Store to update the feature group. Since 2022-06-29.
    """
    online_store_config: Final[OnlineStoreConfigUpdate | None]
    """Updates the feature group online store configuration. Since 2023-06-27."""
    throughput_config: Final[ThroughputConfigUpdate | None]
    """The new throughput configuration for the feature group. You can switch between on-demand and
    provisioned modes or update the read / write capacity of provisioned feature groups. You can
    switch a feature group to on-demand only once in a 24 hour period. Since 2024-01-04.
    """
    def __init__(
        self,
        *,
        feature_group_name: str,
        feature_additions: list[FeatureDefinition] | None = None,
        online_store_config: OnlineStoreConfigUpdate | None = None,
        throughput_config: ThroughputConfigUpdate | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        feature_group_name: str = ...,
        feature_additions: list[FeatureDefinition] | None = ...,
        online_store_config: OnlineStoreConfigUpdate | None = ...,
        throughput_config: ThroughputConfigUpdate | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class UpdateFeatureGroupResponse(OutputShape):
    """The result of ``update_feature_group`` (UpdateFeatureGroup)."""

    feature_group_arn: Final[str | None]
    """The Amazon Resource Number (ARN) of the feature group that you're updating. Since 2022-06-29.
    """
    def __init__(
        self,
        *,
        feature_group_arn: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        feature_group_arn: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class UpdateFeatureMetadataRequest(Shape):
    """No description on the pages."""

    feature_group_name: Final[str]
    """The name of the feature group containing the feature that you're updating. Since 2022-06-29.
    """
    feature_name: Final[str]
    """The name of the feature that you're updating. Since 2022-06-29."""
    description: Final[str | None]
    """A description that you can write to better describe the feature. Since 2022-06-29."""
    parameter_additions: Final[list[FeatureParameter] | None]
    """A list of key-value pairs that you can add to better describe the feature. Since 2022-06-29.
    """
    parameter_removals: Final[list[str] | None]
    """A list of parameter keys that you can specify to remove parameters that describe your feature.
    Since 2022-06-29.
    """
    def __init__(
        self,
        *,
        feature_group_name: str,
        feature_name: str,
        description: str | None = None,
        parameter_additions: list[FeatureParameter] | None = None,
        parameter_removals: list[str] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        feature_group_name: str = ...,
        feature_name: str = ...,
        description: str | None = ...,
        parameter_additions: list[FeatureParameter] | None = ...,
        parameter_removals: list[str] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class UpdateFeatureMetadataResponse(OutputShape):
    """The result of ``update_feature_metadata`` (UpdateFeatureMetadata)."""

    def __init__(
        self,
        *,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class UpdateHubContentReferenceRequest(Shape):
    """No description on the pages."""

    hub_name: Final[str]
    """The name of the SageMaker hub that contains the hub content you want to update. You can
    optionally use the hub ARN instead. Since 2025-02-27.
    """
    hub_content_name: Final[str]
    """The name of the hub content resource that you want to update. Since 2025-02-27."""
    hub_content_type: Final[HubContentType]
    """The content type of the resource that you want to update. Only specify a ModelReference resource
    for this API. To update a Model or Notebook resource, use the UpdateHubContent API instead.
    Since 2025-02-27.
    """
    min_version: Final[str | None]
    """The minimum hub content version of the referenced model that you want to use. The minimum
    version must be older than the latest available version of the referenced model. To support all
    versions of a model, set the value to 1.0.0. Since 2025-02-27.
    """
    def __init__(
        self,
        *,
        hub_name: str,
        hub_content_name: str,
        hub_content_type: HubContentType | HubContentTypeLiteral,
        min_version: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        hub_name: str = ...,
        hub_content_name: str = ...,
        hub_content_type: HubContentType | HubContentTypeLiteral = ...,
        min_version: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class UpdateHubContentReferenceResponse(OutputShape):
    """The result of ``update_hub_content_reference`` (UpdateHubContentReference)."""

    hub_arn: Final[str | None]
    """The ARN of the private model hub that contains the updated hub content. Since 2025-02-27."""
    hub_content_arn: Final[str | None]
    """The ARN of the hub content resource that was updated. Since 2025-02-27."""
    def __init__(
        self,
        *,
        hub_arn: str | None = None,
        hub_content_arn: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        hub_arn: str | None = ...,
        hub_content_arn: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class UpdateHubContentRequest(Shape):
    """No description on the pages."""

    hub_name: Final[str]
    """The name of the SageMaker hub that contains the hub content you want to update. You can
    optionally use the hub ARN instead. Since 2025-02-27.
    """
    hub_content_name: Final[str]
    """The name of the hub content resource that you want to update. Since 2025-02-27."""
    hub_content_type: Final[HubContentType]
    """The content type of the resource that you want to update. Only specify a Model or Notebook
    resource for this API. To update a ModelReference, use the UpdateHubContentReference API
    instead. Since 2025-02-27.
    """
    hub_content_version: Final[str]
    """The hub content version that you want to update. For example, if you have two versions of a
    resource in your hub, you can update the second version. Since 2025-02-27.
    """
    hub_content_display_name: Final[str | None]
    """The display name of the hub content. Since 2025-02-27."""
    hub_content_description: Final[str | None]
    """The description of the hub content. Since 2025-02-27."""
    hub_content_markdown: Final[str | None]
    """A string that provides a description of the hub content. This string can include links, tables,
    and standard markdown formatting. Since 2025-02-27.
    """
    hub_content_search_keywords: Final[list[str] | None]
    """The searchable keywords of the hub content. Since 2025-02-27."""
    support_status: Final[HubContentSupportStatus | None]
    """Indicates the current status of the hub content resource. Since 2025-02-27."""
    def __init__(
        self,
        *,
        hub_name: str,
        hub_content_name: str,
        hub_content_type: HubContentType | HubContentTypeLiteral,
        hub_content_version: str,
        hub_content_display_name: str | None = None,
        hub_content_description: str | None = None,
        hub_content_markdown: str | None = None,
        hub_content_search_keywords: list[str] | None = None,
        support_status: HubContentSupportStatus | HubContentSupportStatusLiteral | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        hub_name: str = ...,
        hub_content_name: str = ...,
        hub_content_type: HubContentType | HubContentTypeLiteral = ...,
        hub_content_version: str = ...,
        hub_content_display_name: str | None = ...,
        hub_content_description: str | None = ...,
        hub_content_markdown: str | None = ...,
        hub_content_search_keywords: list[str] | None = ...,
        support_status: HubContentSupportStatus | HubContentSupportStatusLiteral | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class UpdateHubContentResponse(OutputShape):
    """The result of ``update_hub_content`` (UpdateHubContent)."""

    hub_arn: Final[str | None]
    """The ARN of the private model hub that contains the updated hub content. Since 2025-02-27."""
    hub_content_arn: Final[str | None]
    """The ARN of the hub content resource that was updated. Since 2025-02-27."""
    def __init__(
        self,
        *,
        hub_arn: str | None = None,
        hub_content_arn: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        hub_arn: str | None = ...,
        hub_content_arn: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class UpdateHubRequest(Shape):
    """No description on the pages."""

    hub_name: Final[str]
    """The name of the hub to update. Since 2022-11-30."""
    hub_description: Final[str | None]
    """A description of the updated hub. Since 2022-11-30."""
    hub_display_name: Final[str | None]
    """The display name of the hub. Since 2022-11-30."""
    hub_search_keywords: Final[list[str] | None]
    """The searchable keywords for the hub. Since 2022-11-30."""
    def __init__(
        self,
        *,
        hub_name: str,
        hub_description: str | None = None,
        hub_display_name: str | None = None,
        hub_search_keywords: list[str] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        hub_name: str = ...,
        hub_description: str | None = ...,
        hub_display_name: str | None = ...,
        hub_search_keywords: list[str] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class UpdateHubResponse(OutputShape):
    """The result of ``update_hub`` (UpdateHub)."""

    hub_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the updated hub. Since 2022-11-30."""
    def __init__(
        self,
        *,
        hub_arn: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        hub_arn: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class UpdateImageRequest(Shape):
    """No description on the pages."""

    delete_properties: Final[list[str] | None]
    """A list of properties to delete. Only the Description and DisplayName properties can be deleted.
    Since 2020-10-26.
    """
    description: Final[str | None]
    """The new description for the image. Since 2020-10-26."""
    display_name: Final[str | None]
    """The new display name for the image. Since 2020-10-26."""
    image_name: Final[str]
    """The name of the image to update. Since 2020-10-26."""
    role_arn: Final[str | None]
    """The new Amazon Resource Name (ARN) for the IAM role that enables Amazon SageMaker to perform
    tasks on your behalf. Since 2020-10-26.
    """
    def __init__(
        self,
        *,
        image_name: str,
        delete_properties: list[str] | None = None,
        description: str | None = None,
        display_name: str | None = None,
        role_arn: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        delete_properties: list[str] | None = ...,
        description: str | None = ...,
        display_name: str | None = ...,
        image_name: str = ...,
        role_arn: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class UpdateImageResponse(OutputShape):
    """The result of ``update_image`` (UpdateImage)."""

    image_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the image. Since 2020-10-26."""
    def __init__(
        self,
        *,
        image_arn: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        image_arn: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class UpdateImageVersionRequest(Shape):
    """No description on the pages."""

    image_name: Final[str]
    """The name of the image. Since 2022-12-19."""
    alias: Final[str | None]
    """The alias of the image version. Since 2022-12-19."""
    version: Final[int | None]
    """The version of the image. Since 2022-12-19."""
    aliases_to_add: Final[list[str] | None]
    """A list of aliases to add. Since 2022-12-19."""
    aliases_to_delete: Final[list[str] | None]
    """A list of aliases to delete. Since 2022-12-19."""
    vendor_guidance: Final[VendorGuidance | None]
    """The availability of the image version specified by the maintainer. Since 2022-12-19."""
    job_type: Final[JobType | None]
    """Indicates SageMaker job type compatibility. Since 2022-12-19."""
    ml_framework: Final[str | None]
    """The machine learning framework vended in the image version. Since 2022-12-19."""
    programming_lang: Final[str | None]
    """The supported programming language and its version. Since 2022-12-19."""
    processor: Final[Processor | None]
    """Indicates CPU or GPU compatibility. Since 2022-12-19."""
    horovod: Final[bool | None]
    """Indicates Horovod compatibility. Since 2022-12-19."""
    release_notes: Final[str | None]
    """The maintainer description of the image version. Since 2022-12-19."""
    def __init__(
        self,
        *,
        image_name: str,
        alias: str | None = None,
        version: int | None = None,
        aliases_to_add: list[str] | None = None,
        aliases_to_delete: list[str] | None = None,
        vendor_guidance: VendorGuidance | VendorGuidanceLiteral | None = None,
        job_type: JobType | JobTypeLiteral | None = None,
        ml_framework: str | None = None,
        programming_lang: str | None = None,
        processor: Processor | ProcessorLiteral | None = None,
        horovod: bool | None = None,
        release_notes: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        image_name: str = ...,
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
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class UpdateImageVersionResponse(OutputShape):
    """The result of ``update_image_version`` (UpdateImageVersion)."""

    image_version_arn: Final[str | None]
    """The ARN of the image version. Since 2022-12-19."""
    def __init__(
        self,
        *,
        image_version_arn: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        image_version_arn: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class UpdateInferenceComponentInput(Shape):
    """No description on the pages."""

    inference_component_name: Final[str]
    """The name of the inference component. Since 2023-11-29."""
    specification: Final[InferenceComponentSpecification | None]
    """Details about the resources to deploy with this inference component, including the model,
    container, and compute resources. Since 2023-11-29.
    """
    specifications: Final[list[InferenceComponentSpecification] | None]
    """A list of specification objects for the inference component, one per instance type. Use this
    parameter when you want to specify different model or resource configurations for the inference
    component on each instance type. You can use either this parameter or the singular Specification
    parameter, but not both. Since 2026-04-30.
    """
    runtime_config: Final[InferenceComponentRuntimeConfig | None]
    """Runtime settings for a model that is deployed with an inference component. Since 2023-11-29.
    """
    deployment_config: Final[InferenceComponentDeploymentConfig | None]
    """The deployment configuration for the inference component. The configuration contains the desired
    deployment strategy and rollback settings. Since 2025-02-26.
    """
    def __init__(
        self,
        *,
        inference_component_name: str,
        specification: InferenceComponentSpecification | None = None,
        specifications: list[InferenceComponentSpecification] | None = None,
        runtime_config: InferenceComponentRuntimeConfig | None = None,
        deployment_config: InferenceComponentDeploymentConfig | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        inference_component_name: str = ...,
        specification: InferenceComponentSpecification | None = ...,
        specifications: list[InferenceComponentSpecification] | None = ...,
        runtime_config: InferenceComponentRuntimeConfig | None = ...,
        deployment_config: InferenceComponentDeploymentConfig | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class UpdateInferenceComponentOutput(OutputShape):
    """The result of ``update_inference_component`` (UpdateInferenceComponent)."""

    inference_component_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the inference component. Since 2023-11-29."""
    def __init__(
        self,
        *,
        inference_component_arn: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        inference_component_arn: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class UpdateInferenceComponentRuntimeConfigInput(Shape):
    """No description on the pages."""

    inference_component_name: Final[str]
    """The name of the inference component to update. Since 2023-11-29."""
    desired_runtime_config: Final[InferenceComponentRuntimeConfig]
    """Runtime settings for a model that is deployed with an inference component. Since 2023-11-29.
    """
    def __init__(
        self,
        *,
        inference_component_name: str,
        desired_runtime_config: InferenceComponentRuntimeConfig,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        inference_component_name: str = ...,
        desired_runtime_config: InferenceComponentRuntimeConfig = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class UpdateInferenceComponentRuntimeConfigOutput(OutputShape):
    """The result of ``update_inference_component_runtime_config``
    (UpdateInferenceComponentRuntimeConfig).
    """

    inference_component_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the inference component. Since 2023-11-29."""
    def __init__(
        self,
        *,
        inference_component_arn: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        inference_component_arn: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class UpdateInferenceExperimentRequest(Shape):
    """No description on the pages."""

    name: Final[str]
    """The name of the inference experiment to be updated. Since 2022-11-30."""
    schedule: Final[InferenceExperimentSchedule | None]
    """The duration for which the inference experiment will run. If the status of the inference
    experiment is Created, then you can update both the start and end dates. If the status of the
    inference experiment is Running, then you can update only the end date. Since 2022-11-30.
    """
    description: Final[str | None]
    """The description of the inference experiment. Since 2022-11-30."""
    model_variants: Final[list[ModelVariantConfig] | None]
    """An array of ModelVariantConfig objects. There is one for each variant, whose infrastructure
    configuration you want to update. Since 2022-11-30.
    """
    data_storage_config: Final[InferenceExperimentDataStorageConfig | None]
    """The Amazon S3 location and configuration for storing inference request and response data. Since
    2022-11-30.
    """
    shadow_mode_config: Final[ShadowModeConfig | None]
    """The configuration of ShadowMode inference experiment type. Use this field to specify a
    production variant which takes all the inference requests, and a shadow variant to which Amazon
    SageMaker replicates a percentage of the inference requests. For the shadow variant also specify
    the percentage of requests that Amazon SageMaker replicates. Since 2022-11-30.
    """
    def __init__(
        self,
        *,
        name: str,
        schedule: InferenceExperimentSchedule | None = None,
        description: str | None = None,
        model_variants: list[ModelVariantConfig] | None = None,
        data_storage_config: InferenceExperimentDataStorageConfig | None = None,
        shadow_mode_config: ShadowModeConfig | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        name: str = ...,
        schedule: InferenceExperimentSchedule | None = ...,
        description: str | None = ...,
        model_variants: list[ModelVariantConfig] | None = ...,
        data_storage_config: InferenceExperimentDataStorageConfig | None = ...,
        shadow_mode_config: ShadowModeConfig | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class UpdateInferenceExperimentResponse(OutputShape):
    """The result of ``update_inference_experiment`` (UpdateInferenceExperiment)."""

    inference_experiment_arn: Final[str | None]
    """The ARN of the updated inference experiment. Since 2022-11-30."""
    def __init__(
        self,
        *,
        inference_experiment_arn: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        inference_experiment_arn: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class UpdateMlflowAppRequest(Shape):
    """No description on the pages."""

    arn: Final[str]
    """The ARN of the MLflow App to update. Since 2025-12-02."""
    name: Final[str | None]
    """The name of the MLflow App to update. Since 2025-12-02."""
    artifact_store_uri: Final[str | None]
    """The new S3 URI for the general purpose bucket to use as the artifact store for the MLflow App.
    Since 2025-12-02.
    """
    model_registration_mode: Final[ModelRegistrationMode | None]
    """Whether to enable or disable automatic registration of new MLflow models to the SageMaker Model
    Registry. To enable automatic model registration, set this value to
    AutoModelRegistrationEnabled. To disable automatic model registration, set this value to
    AutoModelRegistrationDisabled. If not specified, AutomaticModelRegistration defaults to
    AutoModelRegistrationEnabled Since 2025-12-02.
    """
    weekly_maintenance_window_start: Final[str | None]
    """The new weekly maintenance window start day and time to update. The maintenance window day and
    time should be in Coordinated Universal Time (UTC) 24-hour standard time. For example:
    TUE:03:30. Since 2025-12-02.
    """
    default_domain_id_list: Final[list[str] | None]
    """List of SageMaker Domain IDs for which this MLflow App is the default. Since 2025-12-02."""
    account_default_status: Final[AccountDefaultStatus | None]
    """Indicates whether this this MLflow App is the default for the account. Since 2025-12-02."""
    def __init__(
        self,
        *,
        arn: str,
        name: str | None = None,
        artifact_store_uri: str | None = None,
        model_registration_mode: ModelRegistrationMode | ModelRegistrationModeLiteral | None = None,
        weekly_maintenance_window_start: str | None = None,
        default_domain_id_list: list[str] | None = None,
        account_default_status: AccountDefaultStatus | AccountDefaultStatusLiteral | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        arn: str = ...,
        name: str | None = ...,
        artifact_store_uri: str | None = ...,
        model_registration_mode: ModelRegistrationMode | ModelRegistrationModeLiteral | None = ...,
        weekly_maintenance_window_start: str | None = ...,
        default_domain_id_list: list[str] | None = ...,
        account_default_status: AccountDefaultStatus | AccountDefaultStatusLiteral | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class UpdateMlflowAppResponse(OutputShape):
    """The result of ``update_mlflow_app`` (UpdateMlflowApp)."""

    arn: Final[str | None]
    """The ARN of the updated MLflow App. Since 2025-12-02."""
    def __init__(
        self,
        *,
        arn: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        arn: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class UpdateMlflowTrackingServerRequest(Shape):
    """No description on the pages."""

    tracking_server_name: Final[str]
    """The name of the MLflow Tracking Server to update. Since 2024-06-18."""
    artifact_store_uri: Final[str | None]
    """The new S3 URI for the general purpose bucket to use as the artifact store for the MLflow
    Tracking Server. Since 2024-06-18.
    """
    tracking_server_size: Final[TrackingServerSize | None]
    """The new size for the MLflow Tracking Server. Since 2024-06-18."""
    automatic_model_registration: Final[bool | None]
    """Whether to enable or disable automatic registration of new MLflow models to the SageMaker Model
    Registry. To enable automatic model registration, set this value to True. To disable automatic
    model registration, set this value to False. If not specified, AutomaticModelRegistration
    defaults to False Since 2024-06-18.
    """
    weekly_maintenance_window_start: Final[str | None]
    """The new weekly maintenance window start day and time to update. The maintenance window day and
    time should be in Coordinated Universal Time (UTC) 24-hour standard time. For example:
    TUE:03:30. Since 2024-06-18.
    """
    s3_bucket_owner_account_id: Final[str | None]
    """The new expected Amazon Web Services account ID that owns the Amazon S3 bucket for artifact
    storage. Since 2026-03-05.
    """
    s3_bucket_owner_verification: Final[bool | None]
    """Whether to enable or disable Amazon S3 Bucket Owenrship Verifaction whenever the MLflow Tracking
    Server interacts with Amazon Amazon S3. Since 2026-03-05.
    """
    def __init__(
        self,
        *,
        tracking_server_name: str,
        artifact_store_uri: str | None = None,
        tracking_server_size: TrackingServerSize | TrackingServerSizeLiteral | None = None,
        automatic_model_registration: bool | None = None,
        weekly_maintenance_window_start: str | None = None,
        s3_bucket_owner_account_id: str | None = None,
        s3_bucket_owner_verification: bool | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        tracking_server_name: str = ...,
        artifact_store_uri: str | None = ...,
        tracking_server_size: TrackingServerSize | TrackingServerSizeLiteral | None = ...,
        automatic_model_registration: bool | None = ...,
        weekly_maintenance_window_start: str | None = ...,
        s3_bucket_owner_account_id: str | None = ...,
        s3_bucket_owner_verification: bool | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class UpdateMlflowTrackingServerResponse(OutputShape):
    """The result of ``update_mlflow_tracking_server`` (UpdateMlflowTrackingServer)."""

    tracking_server_arn: Final[str | None]
    """The ARN of the updated MLflow Tracking Server. Since 2024-06-18."""
    def __init__(
        self,
        *,
        tracking_server_arn: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        tracking_server_arn: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class UpdateModelCardRequest(Shape):
    """No description on the pages."""

    model_card_name: Final[str]
    """The name of the model card to update. Since 2022-11-30."""
    content: Final[str | None]
    """The updated model card content. Content must be in model card JSON schema and provided as a
    string. Since 2022-11-30. Sensitive: ``repr()`` shows ``'***'``.
    """
    model_card_status: Final[ModelCardStatus | None]
    """The approval status of the model card within your organization. Different organizations might
    have different criteria for model card review and approval. Since 2022-11-30.
    """
    def __init__(
        self,
        *,
        model_card_name: str,
        content: str | None = None,
        model_card_status: ModelCardStatus | ModelCardStatusLiteral | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        model_card_name: str = ...,
        content: str | None = ...,
        model_card_status: ModelCardStatus | ModelCardStatusLiteral | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class UpdateModelCardResponse(OutputShape):
    """The result of ``update_model_card`` (UpdateModelCard)."""

    model_card_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the updated model card. Since 2022-11-30."""
    def __init__(
        self,
        *,
        model_card_arn: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        model_card_arn: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class UpdateModelPackageInput(Shape):
    """No description on the pages."""

    model_package_arn: Final[str]
    """The Amazon Resource Name (ARN) of the model package. Since 2020-12-01."""
    model_approval_status: Final[ModelApprovalStatus | None]
    """The approval status of the model. Since 2020-12-01."""
    model_package_registration_type: Final[ModelPackageRegistrationType | None]
    """The package registration type of the model package input. Since 2025-12-03."""
    approval_description: Final[str | None]
    """A description for the approval status of the model. Since 2020-12-01."""
    customer_metadata_properties: Final[dict[str, str] | None]
    """The metadata properties associated with the model package versions. Since 2021-10-27."""
    customer_metadata_properties_to_remove: Final[list[str] | None]
    """The metadata properties associated with the model package versions to remove. Since 2021-10-27.
    """
    additional_inference_specifications_to_add: Final[list[AdditionalInferenceSpecificationDefinition] | None]
    """An array of additional Inference Specification objects to be added to the existing array
    additional Inference Specification. Total number of additional Inference Specifications can not
    exceed 15. Each additional Inference Specification specifies artifacts based on this model
    package that can be used on inference endpoints. Generally used with SageMaker Neo to store the
    compiled artifacts. Since 2021-12-01.
    """
    inference_specification: Final[InferenceSpecification | None]
    """Specifies details about inference jobs that you can run with models based on this model package,
    including the following information: Since 2024-02-29.
    """
    source_uri: Final[str | None]
    """The URI of the source for the model package. Since 2024-02-29."""
    model_card: Final[ModelPackageModelCard | None]
    """The model card associated with the model package. Since ModelPackageModelCard is tied to a model
    package, it is a specific usage of a model card and its schema is simplified compared to the
    schema of ModelCard. The ModelPackageModelCard schema does not include model_package_details,
    and model_overview is composed of the model_creator and model_artifact properties. For more
    information about the model package model card schema, see Model package model card schema. For
    more information about the model card associated with the model package, see View the Details of
    a Model Version. Since 2024-05-30.
    """
    model_life_cycle: Final[ModelLifeCycle | None]
    """A structure describing the current state of the model in its life cycle. Since 2024-10-30."""
    client_token: Final[str | None]
    """A unique token that guarantees that the call to this API is idempotent. Since 2024-10-30."""
    def __init__(
        self,
        *,
        model_package_arn: str,
        model_approval_status: ModelApprovalStatus | ModelApprovalStatusLiteral | None = None,
        model_package_registration_type: ModelPackageRegistrationType
        | ModelPackageRegistrationTypeLiteral
        | None = None,
        approval_description: str | None = None,
        customer_metadata_properties: dict[str, str] | None = None,
        customer_metadata_properties_to_remove: list[str] | None = None,
        additional_inference_specifications_to_add: list[AdditionalInferenceSpecificationDefinition] | None = None,
        inference_specification: InferenceSpecification | None = None,
        source_uri: str | None = None,
        model_card: ModelPackageModelCard | None = None,
        model_life_cycle: ModelLifeCycle | None = None,
        client_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        model_package_arn: str = ...,
        model_approval_status: ModelApprovalStatus | ModelApprovalStatusLiteral | None = ...,
        model_package_registration_type: ModelPackageRegistrationType
        | ModelPackageRegistrationTypeLiteral
        | None = ...,
        approval_description: str | None = ...,
        customer_metadata_properties: dict[str, str] | None = ...,
        customer_metadata_properties_to_remove: list[str] | None = ...,
        additional_inference_specifications_to_add: list[AdditionalInferenceSpecificationDefinition] | None = ...,
        inference_specification: InferenceSpecification | None = ...,
        source_uri: str | None = ...,
        model_card: ModelPackageModelCard | None = ...,
        model_life_cycle: ModelLifeCycle | None = ...,
        client_token: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class UpdateModelPackageOutput(OutputShape):
    """The result of ``update_model_package`` (UpdateModelPackage)."""

    model_package_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the model. Since 2020-12-01."""
    def __init__(
        self,
        *,
        model_package_arn: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        model_package_arn: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class UpdateMonitoringAlertRequest(Shape):
    """No description on the pages."""

    monitoring_schedule_name: Final[str]
    """The name of a monitoring schedule. Since 2022-11-30."""
    monitoring_alert_name: Final[str]
    """The name of a monitoring alert. Since 2022-11-30."""
    datapoints_to_alert: Final[int]
    """Within EvaluationPeriod , how many execution failures will raise an alert. Since 2022-11-30.
    """
    evaluation_period: Final[int]
    """The number of most recent monitoring executions to consider when evaluating alert status. Since
    2022-11-30.
    """
    def __init__(
        self,
        *,
        monitoring_schedule_name: str,
        monitoring_alert_name: str,
        datapoints_to_alert: int,
        evaluation_period: int,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        monitoring_schedule_name: str = ...,
        monitoring_alert_name: str = ...,
        datapoints_to_alert: int = ...,
        evaluation_period: int = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class UpdateMonitoringAlertResponse(OutputShape):
    """The result of ``update_monitoring_alert`` (UpdateMonitoringAlert)."""

    monitoring_schedule_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the monitoring schedule. Since 2022-11-30."""
    monitoring_alert_name: Final[str | None]
    """The name of a monitoring alert. Since 2022-11-30."""
    def __init__(
        self,
        *,
        monitoring_schedule_arn: str | None = None,
        monitoring_alert_name: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        monitoring_schedule_arn: str | None = ...,
        monitoring_alert_name: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class UpdateMonitoringScheduleRequest(Shape):
    """No description on the pages."""

    monitoring_schedule_name: Final[str]
    """The name of the monitoring schedule. The name must be unique within an Amazon Web Services
    Region within an Amazon Web Services account. Since 2019-12-04.
    """
    monitoring_schedule_config: Final[MonitoringScheduleConfig]
    """The configuration object that specifies the monitoring schedule and defines the monitoring job.
    Since 2019-12-04.
    """
    def __init__(
        self,
        *,
        monitoring_schedule_name: str,
        monitoring_schedule_config: MonitoringScheduleConfig,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        monitoring_schedule_name: str = ...,
        monitoring_schedule_config: MonitoringScheduleConfig = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class UpdateMonitoringScheduleResponse(OutputShape):
    """The result of ``update_monitoring_schedule`` (UpdateMonitoringSchedule)."""

    monitoring_schedule_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the monitoring schedule. Since 2019-12-04."""
    def __init__(
        self,
        *,
        monitoring_schedule_arn: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        monitoring_schedule_arn: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class UpdateNotebookInstanceInput(Shape):
    """No description on the pages."""

    notebook_instance_name: Final[str]
    """The name of the notebook instance to update. Since 2017-11-29."""
    instance_type: Final[InstanceType | None]
    """The Amazon ML compute instance type. Since 2017-11-29."""
    ip_address_type: Final[IPAddressType | None]
    """The IP address type for the notebook instance. Specify ipv4 for IPv4-only connectivity or
    dualstack for both IPv4 and IPv6 connectivity. The notebook instance must be stopped before
    updating this setting. When you specify dualstack, the subnet must support IPv6 addressing.
    Since 2025-09-05.
    """
    platform_identifier: Final[str | None]
    """The platform identifier of the notebook instance runtime environment. Since 2025-10-31."""
    role_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the IAM role that SageMaker AI can assume to access the
    notebook instance. For more information, see SageMaker AI Roles. Since 2017-11-29.
    """
    lifecycle_config_name: Final[str | None]
    """The name of a lifecycle configuration to associate with the notebook instance. For information
    about lifestyle configurations, see Step 2.1: (Optional) Customize a Notebook Instance. Since
    2018-08-17.
    """
    disassociate_lifecycle_config: Final[bool | None]
    """Set to true to remove the notebook instance lifecycle configuration currently associated with
    the notebook instance. This operation is idempotent. If you specify a lifecycle configuration
    that is not associated with the notebook instance when you call this method, it does not throw
    an error. Since 2018-08-17.
    """
    volume_size_in_gb: Final[int | None]
    """The size, in GB, of the ML storage volume to attach to the notebook instance. The default value
    is 5 GB. ML storage volumes are encrypted, so SageMaker AI can't determine the amount of
    available free space on the volume. Because of this, you can increase the volume size when you
    update a notebook instance, but you can't decrease the volume size. If you want to decrease the
    size of the ML storage volume in use, create a new notebook instance with the desired size.
    Since 2018-10-26.
    """
    default_code_repository: Final[str | None]
    """The Git repository to associate with the notebook instance as its default code repository. This
    can be either the name of a Git repository stored as a resource in your account, or the URL of a
    Git repository in Amazon Web Services CodeCommit or in any other Git repository. When you open a
    notebook instance, it opens in the directory that contains this repository. For more
    information, see Associating Git Repositories with SageMaker AI Notebook Instances. Since
    2018-11-28.
    """
    additional_code_repositories: Final[list[str] | None]
    """An array of up to three Git repositories to associate with the notebook instance. These can be
    either the names of Git repositories stored as resources in your account, or the URL of Git
    repositories in Amazon Web Services CodeCommit or in any other Git repository. These
    repositories are cloned at the same level as the default repository of your notebook instance.
    For more information, see Associating Git Repositories with SageMaker AI Notebook Instances.
    Since 2018-11-28.
    """
    accelerator_types: Final[list[NotebookInstanceAcceleratorType | NotebookInstanceAcceleratorTypeLiteral] | None]
    """This parameter is no longer supported. Elastic Inference (EI) is no longer available. Since
    2018-11-28.
    """
    disassociate_accelerator_types: Final[bool | None]
    """This parameter is no longer supported. Elastic Inference (EI) is no longer available. Since
    2018-11-28.
    """
    disassociate_default_code_repository: Final[bool | None]
    """The name or URL of the default Git repository to remove from this notebook instance. This
    operation is idempotent. If you specify a Git repository that is not associated with the
    notebook instance when you call this method, it does not throw an error. Since 2018-11-28.
    """
    disassociate_additional_code_repositories: Final[bool | None]
    """A list of names or URLs of the default Git repositories to remove from this notebook instance.
    This operation is idempotent. If you specify a Git repository that is not associated with the
    notebook instance when you call this method, it does not throw an error. Since 2018-11-28.
    """
    root_access: Final[RootAccess | None]
    """Whether root access is enabled or disabled for users of the notebook instance. The default value
    is Enabled. Since 2019-03-08.
    """
    instance_metadata_service_configuration: Final[InstanceMetadataServiceConfiguration | None]
    """Information on the IMDS configuration of the notebook instance Since 2022-05-27."""
    def __init__(
        self,
        *,
        notebook_instance_name: str,
        instance_type: InstanceType | InstanceTypeLiteral | None = None,
        ip_address_type: IPAddressType | IPAddressTypeLiteral | None = None,
        platform_identifier: str | None = None,
        role_arn: str | None = None,
        lifecycle_config_name: str | None = None,
        disassociate_lifecycle_config: bool | None = None,
        volume_size_in_gb: int | None = None,
        default_code_repository: str | None = None,
        additional_code_repositories: list[str] | None = None,
        accelerator_types: list[NotebookInstanceAcceleratorType | NotebookInstanceAcceleratorTypeLiteral] | None = None,
        disassociate_accelerator_types: bool | None = None,
        disassociate_default_code_repository: bool | None = None,
        disassociate_additional_code_repositories: bool | None = None,
        root_access: RootAccess | RootAccessLiteral | None = None,
        instance_metadata_service_configuration: InstanceMetadataServiceConfiguration | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        notebook_instance_name: str = ...,
        instance_type: InstanceType | InstanceTypeLiteral | None = ...,
        ip_address_type: IPAddressType | IPAddressTypeLiteral | None = ...,
        platform_identifier: str | None = ...,
        role_arn: str | None = ...,
        lifecycle_config_name: str | None = ...,
        disassociate_lifecycle_config: bool | None = ...,
        volume_size_in_gb: int | None = ...,
        default_code_repository: str | None = ...,
        additional_code_repositories: list[str] | None = ...,
        accelerator_types: list[NotebookInstanceAcceleratorType | NotebookInstanceAcceleratorTypeLiteral] | None = ...,
        disassociate_accelerator_types: bool | None = ...,
        disassociate_default_code_repository: bool | None = ...,
        disassociate_additional_code_repositories: bool | None = ...,
        root_access: RootAccess | RootAccessLiteral | None = ...,
        instance_metadata_service_configuration: InstanceMetadataServiceConfiguration | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class UpdateNotebookInstanceLifecycleConfigInput(Shape):
    """No description on the pages."""

    notebook_instance_lifecycle_config_name: Final[str]
    """The name of the lifecycle configuration. Since 2018-03-15."""
    on_create: Final[list[NotebookInstanceLifecycleHook] | None]
    """The shell script that runs only once, when you create a notebook instance Since 2018-03-15.
    """
    on_start: Final[list[NotebookInstanceLifecycleHook] | None]
    """The shell script that runs every time you start a notebook instance, including when you create
    the notebook instance. Since 2018-03-15.
    """
    def __init__(
        self,
        *,
        notebook_instance_lifecycle_config_name: str,
        on_create: list[NotebookInstanceLifecycleHook] | None = None,
        on_start: list[NotebookInstanceLifecycleHook] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        notebook_instance_lifecycle_config_name: str = ...,
        on_create: list[NotebookInstanceLifecycleHook] | None = ...,
        on_start: list[NotebookInstanceLifecycleHook] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class UpdateNotebookInstanceLifecycleConfigOutput(OutputShape):
    """The result of ``update_notebook_instance_lifecycle_config``
    (UpdateNotebookInstanceLifecycleConfig).
    """

    def __init__(
        self,
        *,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class UpdateNotebookInstanceOutput(OutputShape):
    """The result of ``update_notebook_instance`` (UpdateNotebookInstance)."""

    def __init__(
        self,
        *,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class UpdatePartnerAppRequest(Shape):
    """No description on the pages."""

    arn: Final[str]
    """The ARN of the SageMaker Partner AI App to update. Since 2024-12-04."""
    maintenance_config: Final[PartnerAppMaintenanceConfig | None]
    """Maintenance configuration settings for the SageMaker Partner AI App. Since 2024-12-04."""
    tier: Final[str | None]
    """Indicates the instance type and size of the cluster attached to the SageMaker Partner AI App.
    Since 2024-12-04.
    """
    application_config: Final[PartnerAppConfig | None]
    """Configuration settings for the SageMaker Partner AI App. Since 2024-12-04."""
    enable_iam_session_based_identity: Final[bool | None]
    """When set to TRUE, the SageMaker Partner AI App sets the Amazon Web Services IAM session name or
    the authenticated IAM user as the identity of the SageMaker Partner AI App user. Since
    2024-12-04.
    """
    enable_auto_minor_version_upgrade: Final[bool | None]
    """When set to TRUE, the SageMaker Partner AI App is automatically upgraded to the latest minor
    version during the next scheduled maintenance window, if one is available. Since 2025-11-13.
    """
    app_version: Final[str | None]
    """The semantic version to upgrade the SageMaker Partner AI App to. Must be the same semantic
    version returned in the AvailableUpgrade field from DescribePartnerApp. Version skipping and
    downgrades are not supported. Since 2025-11-13.
    """
    client_token: Final[str | None]
    """A unique token that guarantees that the call to this API is idempotent. Since 2024-12-04."""
    tags: Final[list[Tag] | None]
    """Each tag consists of a key and an optional value. Tag keys must be unique per resource. Since
    2024-12-04.
    """
    def __init__(
        self,
        *,
        arn: str,
        maintenance_config: PartnerAppMaintenanceConfig | None = None,
        tier: str | None = None,
        application_config: PartnerAppConfig | None = None,
        enable_iam_session_based_identity: bool | None = None,
        enable_auto_minor_version_upgrade: bool | None = None,
        app_version: str | None = None,
        client_token: str | None = None,
        tags: list[Tag] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        arn: str = ...,
        maintenance_config: PartnerAppMaintenanceConfig | None = ...,
        tier: str | None = ...,
        application_config: PartnerAppConfig | None = ...,
        enable_iam_session_based_identity: bool | None = ...,
        enable_auto_minor_version_upgrade: bool | None = ...,
        app_version: str | None = ...,
        client_token: str | None = ...,
        tags: list[Tag] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class UpdatePartnerAppResponse(OutputShape):
    """The result of ``update_partner_app`` (UpdatePartnerApp)."""

    arn: Final[str | None]
    """The ARN of the SageMaker Partner AI App that was updated. Since 2024-12-04."""
    def __init__(
        self,
        *,
        arn: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        arn: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class UpdatePipelineExecutionRequest(Shape):
    """No description on the pages."""

    pipeline_execution_arn: Final[str]
    """The Amazon Resource Name (ARN) of the pipeline execution. Since 2020-12-01."""
    pipeline_execution_description: Final[str | None]
    """The description of the pipeline execution. Since 2020-12-01."""
    pipeline_execution_display_name: Final[str | None]
    """The display name of the pipeline execution. Since 2020-12-01."""
    parallelism_configuration: Final[ParallelismConfiguration | None]
    """This configuration, if specified, overrides the parallelism configuration of the parent pipeline
    for this specific run. Since 2022-01-03.
    """
    def __init__(
        self,
        *,
        pipeline_execution_arn: str,
        pipeline_execution_description: str | None = None,
        pipeline_execution_display_name: str | None = None,
        parallelism_configuration: ParallelismConfiguration | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        pipeline_execution_arn: str = ...,
        pipeline_execution_description: str | None = ...,
        pipeline_execution_display_name: str | None = ...,
        parallelism_configuration: ParallelismConfiguration | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class UpdatePipelineExecutionResponse(OutputShape):
    """The result of ``update_pipeline_execution`` (UpdatePipelineExecution)."""

    pipeline_execution_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the updated pipeline execution. Since 2020-12-01."""
    def __init__(
        self,
        *,
        pipeline_execution_arn: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        pipeline_execution_arn: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class UpdatePipelineRequest(Shape):
    """No description on the pages."""

    pipeline_name: Final[str]
    """The name of the pipeline to update. Since 2020-12-01."""
    pipeline_display_name: Final[str | None]
    """The display name of the pipeline. Since 2020-12-01."""
    pipeline_definition: Final[str | None]
    """The JSON pipeline definition. Since 2020-12-01."""
    pipeline_definition_s3_location: Final[PipelineDefinitionS3Location | None]
    """The location of the pipeline definition stored in Amazon S3. If specified, SageMaker will
    retrieve the pipeline definition from this location. Since 2022-01-03.
    """
    pipeline_description: Final[str | None]
    """The description of the pipeline. Since 2020-12-01."""
    role_arn: Final[str | None]
    """The Amazon Resource Name (ARN) that the pipeline uses to execute. Since 2020-12-01."""
    parallelism_configuration: Final[ParallelismConfiguration | None]
    """If specified, it applies to all executions of this pipeline by default. Since 2022-01-03."""
    def __init__(
        self,
        *,
        pipeline_name: str,
        pipeline_display_name: str | None = None,
        pipeline_definition: str | None = None,
        pipeline_definition_s3_location: PipelineDefinitionS3Location | None = None,
        pipeline_description: str | None = None,
        role_arn: str | None = None,
        parallelism_configuration: ParallelismConfiguration | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        pipeline_name: str = ...,
        pipeline_display_name: str | None = ...,
        pipeline_definition: str | None = ...,
        pipeline_definition_s3_location: PipelineDefinitionS3Location | None = ...,
        pipeline_description: str | None = ...,
        role_arn: str | None = ...,
        parallelism_configuration: ParallelismConfiguration | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class UpdatePipelineResponse(OutputShape):
    """The result of ``update_pipeline`` (UpdatePipeline)."""

    pipeline_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the updated pipeline. Since 2020-12-01."""
    pipeline_version_id: Final[int | None]
    """The ID of the pipeline version. Since 2025-07-15."""
    def __init__(
        self,
        *,
        pipeline_arn: str | None = None,
        pipeline_version_id: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        pipeline_arn: str | None = ...,
        pipeline_version_id: int | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class UpdatePipelineVersionRequest(Shape):
    """No description on the pages."""

    pipeline_arn: Final[str]
    """The Amazon Resource Name (ARN) of the pipeline. Since 2025-07-15."""
    pipeline_version_id: Final[int]
    """The pipeline version ID to update. Since 2025-07-15."""
    pipeline_version_display_name: Final[str | None]
    """The display name of the pipeline version. Since 2025-07-15."""
    pipeline_version_description: Final[str | None]
    """The description of the pipeline version. Since 2025-07-15."""
    def __init__(
        self,
        *,
        pipeline_arn: str,
        pipeline_version_id: int,
        pipeline_version_display_name: str | None = None,
        pipeline_version_description: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        pipeline_arn: str = ...,
        pipeline_version_id: int = ...,
        pipeline_version_display_name: str | None = ...,
        pipeline_version_description: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class UpdatePipelineVersionResponse(OutputShape):
    """The result of ``update_pipeline_version`` (UpdatePipelineVersion)."""

    pipeline_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the pipeline. Since 2025-07-15."""
    pipeline_version_id: Final[int | None]
    """The ID of the pipeline version. Since 2025-07-15."""
    def __init__(
        self,
        *,
        pipeline_arn: str | None = None,
        pipeline_version_id: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        pipeline_arn: str | None = ...,
        pipeline_version_id: int | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class UpdateProjectInput(Shape):
    """No description on the pages."""

    project_name: Final[str]
    """The name of the project. Since 2021-10-27."""
    project_description: Final[str | None]
    """The description for the project. Since 2021-10-27."""
    service_catalog_provisioning_update_details: Final[ServiceCatalogProvisioningUpdateDetails | None]
    """The product ID and provisioning artifact ID to provision a service catalog. The provisioning
    artifact ID will default to the latest provisioning artifact ID of the product, if you don't
    provide the provisioning artifact ID. For more information, see What is Amazon Web Services
    Service Catalog. Since 2021-10-27.
    """
    tags: Final[list[Tag] | None]
    """An array of key-value pairs. You can use tags to categorize your Amazon Web Services resources
    in different ways, for example, by purpose, owner, or environment. For more information, see
    Tagging Amazon Web Services Resources. In addition, the project must have tag update constraints
    set in order to include this parameter in the request. For more information, see Amazon Web
    Services Service Catalog Tag Update Constraints. Since 2021-10-27.
    """
    template_providers_to_update: Final[list[UpdateTemplateProvider] | None]
    """The template providers to update in the project. Since 2025-06-19."""
    def __init__(
        self,
        *,
        project_name: str,
        project_description: str | None = None,
        service_catalog_provisioning_update_details: ServiceCatalogProvisioningUpdateDetails | None = None,
        tags: list[Tag] | None = None,
        template_providers_to_update: list[UpdateTemplateProvider] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        project_name: str = ...,
        project_description: str | None = ...,
        service_catalog_provisioning_update_details: ServiceCatalogProvisioningUpdateDetails | None = ...,
        tags: list[Tag] | None = ...,
        template_providers_to_update: list[UpdateTemplateProvider] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class UpdateProjectOutput(OutputShape):
    """The result of ``update_project`` (UpdateProject)."""

    project_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the project. Since 2021-10-27."""
    def __init__(
        self,
        *,
        project_arn: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        project_arn: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class UpdateSpaceRequest(Shape):
    """No description on the pages."""

    domain_id: Final[str]
    """The ID of the associated domain. Since 2022-11-30."""
    space_name: Final[str]
    """The name of the space. Since 2022-11-30."""
    space_settings: Final[SpaceSettings | None]
    """A collection of space settings. Since 2022-11-30."""
    space_display_name: Final[str | None]
    """The name of the space that appears in the Amazon SageMaker Studio UI. Since 2023-11-30."""
    def __init__(
        self,
        *,
        domain_id: str,
        space_name: str,
        space_settings: SpaceSettings | None = None,
        space_display_name: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        domain_id: str = ...,
        space_name: str = ...,
        space_settings: SpaceSettings | None = ...,
        space_display_name: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class UpdateSpaceResponse(OutputShape):
    """The result of ``update_space`` (UpdateSpace)."""

    space_arn: Final[str | None]
    """The space's Amazon Resource Name (ARN). Since 2022-11-30."""
    def __init__(
        self,
        *,
        space_arn: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        space_arn: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class UpdateTemplateProvider(Shape):
    """Contains configuration details for updating an existing template provider in the project."""

    cfn_template_provider: Final[CfnUpdateTemplateProvider | None]
    """The CloudFormation template provider configuration to update. Since 2025-06-19."""
    def __init__(
        self,
        *,
        cfn_template_provider: CfnUpdateTemplateProvider | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        cfn_template_provider: CfnUpdateTemplateProvider | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class UpdateTrainingJobRequest(Shape):
    """No description on the pages."""

    training_job_name: Final[str]
    """The name of a training job to update the Debugger profiling configuration. Since 2020-12-08.
    """
    profiler_config: Final[ProfilerConfigForUpdate | None]
    """Configuration information for Amazon SageMaker Debugger system monitoring, framework profiling,
    and storage paths. Since 2020-12-08.
    """
    profiler_rule_configurations: Final[list[ProfilerRuleConfiguration] | None]
    """Configuration information for Amazon SageMaker Debugger rules for profiling system and framework
    metrics. Since 2020-12-08.
    """
    resource_config: Final[ResourceConfigForUpdate | None]
    """The training job ResourceConfig to update warm pool retention length. Since 2022-09-29."""
    remote_debug_config: Final[RemoteDebugConfigForUpdate | None]
    """Configuration for remote debugging while the training job is running. You can update the remote
    debugging configuration when the SecondaryStatus of the job is Downloading or Training.To learn
    more about the remote debugging functionality of SageMaker, see Access a training container
    through Amazon Web Services Systems Manager (SSM) for remote debugging. Since 2023-12-21.
    """
    def __init__(
        self,
        *,
        training_job_name: str,
        profiler_config: ProfilerConfigForUpdate | None = None,
        profiler_rule_configurations: list[ProfilerRuleConfiguration] | None = None,
        resource_config: ResourceConfigForUpdate | None = None,
        remote_debug_config: RemoteDebugConfigForUpdate | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        training_job_name: str = ...,
        profiler_config: ProfilerConfigForUpdate | None = ...,
        profiler_rule_configurations: list[ProfilerRuleConfiguration] | None = ...,
        resource_config: ResourceConfigForUpdate | None = ...,
        remote_debug_config: RemoteDebugConfigForUpdate | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class UpdateTrainingJobResponse(OutputShape):
    """The result of ``update_training_job`` (UpdateTrainingJob)."""

    training_job_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the training job. Since 2020-12-08."""
    def __init__(
        self,
        *,
        training_job_arn: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        training_job_arn: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class UpdateTrialComponentRequest(Shape):
    """No description on the pages."""

    trial_component_name: Final[str]
    """The name of the component to update. Since 2019-12-04."""
    display_name: Final[str | None]
    """The name of the component as displayed. The name doesn't need to be unique. If DisplayName isn't
    specified, TrialComponentName is displayed. Since 2019-12-04.
    """
    status: Final[TrialComponentStatus | None]
    """The new status of the component. Since 2019-12-04."""
    start_time: Final[datetime | None]
    """When the component started. Since 2019-12-04."""
    end_time: Final[datetime | None]
    """When the component ended. Since 2019-12-04."""
    parameters: Final[dict[str, TrialComponentParameterValue] | None]
    """Replaces all of the component's hyperparameters with the specified hyperparameters. Since
    2019-12-04.
    """
    parameters_to_remove: Final[list[str] | None]
    """The hyperparameters to remove from the component. Since 2019-12-04."""
    input_artifacts: Final[dict[str, TrialComponentArtifact] | None]
    """Replaces all of the component's input artifacts with the specified artifacts. Since 2019-12-04.
    """
    input_artifacts_to_remove: Final[list[str] | None]
    """The input artifacts to remove from the component. Since 2019-12-04."""
    output_artifacts: Final[dict[str, TrialComponentArtifact] | None]
    """Replaces all of the component's output artifacts with the specified artifacts. Since 2019-12-04.
    """
    output_artifacts_to_remove: Final[list[str] | None]
    """The output artifacts to remove from the component. Since 2019-12-04."""
    def __init__(
        self,
        *,
        trial_component_name: str,
        display_name: str | None = None,
        status: TrialComponentStatus | None = None,
        start_time: datetime | None = None,
        end_time: datetime | None = None,
        parameters: dict[str, TrialComponentParameterValue] | None = None,
        parameters_to_remove: list[str] | None = None,
        input_artifacts: dict[str, TrialComponentArtifact] | None = None,
        input_artifacts_to_remove: list[str] | None = None,
        output_artifacts: dict[str, TrialComponentArtifact] | None = None,
        output_artifacts_to_remove: list[str] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        trial_component_name: str = ...,
        display_name: str | None = ...,
        status: TrialComponentStatus | None = ...,
        start_time: datetime | None = ...,
        end_time: datetime | None = ...,
        parameters: dict[str, TrialComponentParameterValue] | None = ...,
        parameters_to_remove: list[str] | None = ...,
        input_artifacts: dict[str, TrialComponentArtifact] | None = ...,
        input_artifacts_to_remove: list[str] | None = ...,
        output_artifacts: dict[str, TrialComponentArtifact] | None = ...,
        output_artifacts_to_remove: list[str] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class UpdateTrialComponentResponse(OutputShape):
    """The result of ``update_trial_component`` (UpdateTrialComponent)."""

    trial_component_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the trial component. Since 2019-12-04."""
    def __init__(
        self,
        *,
        trial_component_arn: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        trial_component_arn: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class UpdateTrialRequest(Shape):
    """No description on the pages."""

    trial_name: Final[str]
    """The name of the trial to update. Since 2019-12-04."""
    display_name: Final[str | None]
    """The name of the trial as displayed. The name doesn't need to be unique. If DisplayName isn't
    specified, TrialName is displayed. Since 2019-12-04.
    """
    def __init__(
        self,
        *,
        trial_name: str,
        display_name: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        trial_name: str = ...,
        display_name: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class UpdateTrialResponse(OutputShape):
    """The result of ``update_trial`` (UpdateTrial)."""

    trial_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the trial. Since 2019-12-04."""
    def __init__(
        self,
        *,
        trial_arn: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        trial_arn: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class UpdateUserProfileRequest(Shape):
    """No description on the pages."""

    domain_id: Final[str]
    """The domain ID. Since 2019-12-04."""
    user_profile_name: Final[str]
    """The user profile name. Since 2019-12-04."""
    user_settings: Final[UserSettings | None]
    """A collection of settings. Since 2019-12-04."""
    def __init__(
        self,
        *,
        domain_id: str,
        user_profile_name: str,
        user_settings: UserSettings | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        domain_id: str = ...,
        user_profile_name: str = ...,
        user_settings: UserSettings | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class UpdateUserProfileResponse(OutputShape):
    """The result of ``update_user_profile`` (UpdateUserProfile)."""

    user_profile_arn: Final[str | None]
    """The user profile Amazon Resource Name (ARN). Since 2019-12-04."""
    def __init__(
        self,
        *,
        user_profile_arn: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        user_profile_arn: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class UpdateWorkforceRequest(Shape):
    """No description on the pages."""

    workforce_name: Final[str]
    """The name of the private workforce that you want to update. You can find your workforce name by
    using the ListWorkforces operation. Since 2020-01-16.
    """
    source_ip_config: Final[SourceIpConfig | None]
    """A list of one to ten worker IP address ranges ( CIDRs) that can be used to access tasks assigned
    to this workforce. Since 2020-01-16.
    """
    oidc_config: Final[OidcConfig | None]
    """Use this parameter to update your OIDC Identity Provider (IdP) configuration for a workforce
    made using your own IdP. Since 2020-07-24.
    """
    workforce_vpc_config: Final[WorkforceVpcConfigRequest | None]
    """Use this parameter to update your VPC configuration for a workforce. Since 2022-06-23."""
    ip_address_type: Final[WorkforceIpAddressType | None]
    """Use this parameter to specify whether you want IPv4 only or dualstack ( IPv4 and IPv6) to
    support your labeling workforce. Since 2025-07-21.
    """
    def __init__(
        self,
        *,
        workforce_name: str,
        source_ip_config: SourceIpConfig | None = None,
        oidc_config: OidcConfig | None = None,
        workforce_vpc_config: WorkforceVpcConfigRequest | None = None,
        ip_address_type: WorkforceIpAddressType | WorkforceIpAddressTypeLiteral | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        workforce_name: str = ...,
        source_ip_config: SourceIpConfig | None = ...,
        oidc_config: OidcConfig | None = ...,
        workforce_vpc_config: WorkforceVpcConfigRequest | None = ...,
        ip_address_type: WorkforceIpAddressType | WorkforceIpAddressTypeLiteral | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class UpdateWorkforceResponse(OutputShape):
    """The result of ``update_workforce`` (UpdateWorkforce)."""

    workforce: Final[Workforce | None]
    """A single private workforce. You can create one private work force in each Amazon Web Services
    Region. By default, any workforce-related API operation used in a specific region will apply to
    the workforce created in that region. To learn how to create a private workforce, see Create a
    Private Workforce. Since 2020-01-16.
    """
    def __init__(
        self,
        *,
        workforce: Workforce | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        workforce: Workforce | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class UpdateWorkteamRequest(Shape):
    """No description on the pages."""

    workteam_name: Final[str]
    """The name of the work team to update. Since 2018-11-28."""
    member_definitions: Final[list[MemberDefinition] | None]
    """A list of MemberDefinition objects that contains objects that identify the workers that make up
    the work team. Since 2018-11-28.
    """
    description: Final[str | None]
    """An updated description for the work team. Since 2018-11-28."""
    notification_configuration: Final[NotificationConfiguration | None]
    """Configures SNS topic notifications for available or expiring work items Since 2019-05-08."""
    worker_access_configuration: Final[WorkerAccessConfiguration | None]
    """Use this optional parameter to constrain access to an Amazon S3 resource based on the IP address
    using supported IAM global condition keys. The Amazon S3 resource is accessed in the worker
    portal using a Amazon S3 presigned URL. Since 2024-05-16.
    """
    def __init__(
        self,
        *,
        workteam_name: str,
        member_definitions: list[MemberDefinition] | None = None,
        description: str | None = None,
        notification_configuration: NotificationConfiguration | None = None,
        worker_access_configuration: WorkerAccessConfiguration | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        workteam_name: str = ...,
        member_definitions: list[MemberDefinition] | None = ...,
        description: str | None = ...,
        notification_configuration: NotificationConfiguration | None = ...,
        worker_access_configuration: WorkerAccessConfiguration | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class UpdateWorkteamResponse(OutputShape):
    """The result of ``update_workteam`` (UpdateWorkteam)."""

    workteam: Final[Workteam | None]
    """A Workteam object that describes the updated work team. Since 2018-11-28."""
    def __init__(
        self,
        *,
        workteam: Workteam | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        workteam: Workteam | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class UserContext(Shape):
    """Information about the user who created or modified a SageMaker resource."""

    user_profile_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the user's profile. Since 2019-12-04."""
    user_profile_name: Final[str | None]
    """The name of the user's profile. Since 2019-12-04."""
    domain_id: Final[str | None]
    """The domain associated with the user. Since 2019-12-04."""
    iam_identity: Final[IamIdentity | None]
    """The IAM Identity details associated with the user. These details are associated with model
    package groups, model packages, and project entities only. Since 2023-03-08.
    """
    def __init__(
        self,
        *,
        user_profile_arn: str | None = None,
        user_profile_name: str | None = None,
        domain_id: str | None = None,
        iam_identity: IamIdentity | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        user_profile_arn: str | None = ...,
        user_profile_name: str | None = ...,
        domain_id: str | None = ...,
        iam_identity: IamIdentity | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class UserProfileDetails(Shape):
    """The user profile details."""

    domain_id: Final[str | None]
    """The domain ID. Since 2019-12-04."""
    user_profile_name: Final[str | None]
    """The user profile name. Since 2019-12-04."""
    status: Final[UserProfileStatus | None]
    """The status. Since 2019-12-04."""
    creation_time: Final[datetime | None]
    """The creation time. Since 2019-12-04."""
    last_modified_time: Final[datetime | None]
    """The last modified time. Since 2019-12-04."""
    def __init__(
        self,
        *,
        domain_id: str | None = None,
        user_profile_name: str | None = None,
        status: UserProfileStatus | UserProfileStatusLiteral | None = None,
        creation_time: datetime | None = None,
        last_modified_time: datetime | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        domain_id: str | None = ...,
        user_profile_name: str | None = ...,
        status: UserProfileStatus | UserProfileStatusLiteral | None = ...,
        creation_time: datetime | None = ...,
        last_modified_time: datetime | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class UserSettings(Shape):
    """The default settings to use to create a user profile when UserSettings isn't specified in the
    call to the CreateUserProfile API.
    """

    execution_role: Final[str | None]
    """The execution role for the user. Since 2019-12-04."""
    security_groups: Final[list[str] | None]
    """The security groups for the Amazon Virtual Private Cloud (VPC) that the domain uses for
    communication. Since 2019-12-04.
    """
    sharing_settings: Final[SharingSettings | None]
    """Specifies options for sharing Amazon SageMaker AI Studio notebooks. Since 2019-12-04."""
    jupyter_server_app_settings: Final[JupyterServerAppSettings | None]
    """The Jupyter server's app settings. Since 2019-12-04."""
    kernel_gateway_app_settings: Final[KernelGatewayAppSettings | None]
    """The kernel gateway app settings. Since 2019-12-04."""
    tensor_board_app_settings: Final[TensorBoardAppSettings | None]
    """The TensorBoard app settings. Since 2019-12-04."""
    r_studio_server_pro_app_settings: Final[RStudioServerProAppSettings | None]
    """A collection of settings that configure user interaction with the RStudioServerPro app. Since
    2021-10-28.
    """
    r_session_app_settings: Final[RSessionAppSettings | None]
    """A collection of settings that configure the RSessionGateway app. Since 2021-10-28."""
    canvas_app_settings: Final[CanvasAppSettings | None]
    """The Canvas app settings. Since 2022-09-21."""
    code_editor_app_settings: Final[CodeEditorAppSettings | None]
    """The Code Editor application settings. Since 2023-11-30."""
    jupyter_lab_app_settings: Final[JupyterLabAppSettings | None]
    """The settings for the JupyterLab application. Since 2023-11-30."""
    space_storage_settings: Final[DefaultSpaceStorageSettings | None]
    """The storage settings for a space. Since 2023-11-30."""
    default_landing_uri: Final[str | None]
    """The default experience that the user is directed to when accessing the domain. The supported
    values are: Since 2023-11-29.
    """
    studio_web_portal: Final[StudioWebPortal | None]
    """Whether the user can access Studio. If this value is set to DISABLED, the user cannot access
    Studio, even if that is the default experience for the domain. Since 2023-11-29.
    """
    custom_posix_user_config: Final[CustomPosixUserConfig | None]
    """Details about the POSIX identity that is used for file system operations. Since 2023-11-30.
    """
    custom_file_system_configs: Final[list[CustomFileSystemConfig] | None]
    """The settings for assigning a custom file system to a user profile. Permitted users can access
    this file system in Amazon SageMaker AI Studio. Since 2023-11-30.
    """
    studio_web_portal_settings: Final[StudioWebPortalSettings | None]
    """Studio settings. If these settings are applied on a user level, they take priority over the
    settings applied on a domain level. Since 2024-06-27.
    """
    auto_mount_home_efs: Final[AutoMountHomeEFS | None]
    """Indicates whether auto-mounting of an EFS volume is supported for the user profile. The
    DefaultAsDomain value is only supported for user profiles. Do not use the DefaultAsDomain value
    when setting this parameter for a domain. Since 2024-09-03.
    """
    def __init__(
        self,
        *,
        execution_role: str | None = None,
        security_groups: list[str] | None = None,
        sharing_settings: SharingSettings | None = None,
        jupyter_server_app_settings: JupyterServerAppSettings | None = None,
        kernel_gateway_app_settings: KernelGatewayAppSettings | None = None,
        tensor_board_app_settings: TensorBoardAppSettings | None = None,
        r_studio_server_pro_app_settings: RStudioServerProAppSettings | None = None,
        r_session_app_settings: RSessionAppSettings | None = None,
        canvas_app_settings: CanvasAppSettings | None = None,
        code_editor_app_settings: CodeEditorAppSettings | None = None,
        jupyter_lab_app_settings: JupyterLabAppSettings | None = None,
        space_storage_settings: DefaultSpaceStorageSettings | None = None,
        default_landing_uri: str | None = None,
        studio_web_portal: StudioWebPortal | StudioWebPortalLiteral | None = None,
        custom_posix_user_config: CustomPosixUserConfig | None = None,
        custom_file_system_configs: list[CustomFileSystemConfig] | None = None,
        studio_web_portal_settings: StudioWebPortalSettings | None = None,
        auto_mount_home_efs: AutoMountHomeEFS | AutoMountHomeEFSLiteral | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
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
        canvas_app_settings: CanvasAppSettings | None = ...,
        code_editor_app_settings: CodeEditorAppSettings | None = ...,
        jupyter_lab_app_settings: JupyterLabAppSettings | None = ...,
        space_storage_settings: DefaultSpaceStorageSettings | None = ...,
        default_landing_uri: str | None = ...,
        studio_web_portal: StudioWebPortal | StudioWebPortalLiteral | None = ...,
        custom_posix_user_config: CustomPosixUserConfig | None = ...,
        custom_file_system_configs: list[CustomFileSystemConfig] | None = ...,
        studio_web_portal_settings: StudioWebPortalSettings | None = ...,
        auto_mount_home_efs: AutoMountHomeEFS | AutoMountHomeEFSLiteral | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""
