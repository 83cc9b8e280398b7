# Generated stub. Do not edit.
# Every shape whose name starts with "I", as type checkers see it. At run time each
# class lives in the module of its first two words (``__module__``); this stub-only module
# groups them because a few dozen stub files type-check much faster than hundreds.
from collections.abc import Mapping
from datetime import datetime
from typing import Any, Final

from typing_extensions import Self

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums._a import (
    AvailabilityZoneBalanceEnforcementMode,
    AvailabilityZoneBalanceEnforcementModeLiteral,
)
from smtyped._generated.enums._d import (
    DataSourceName,
    DataSourceNameLiteral,
    DeepHealthCheckType,
    DeepHealthCheckTypeLiteral,
)
from smtyped._generated.enums._e import EnabledOrDisabled, EnabledOrDisabledLiteral
from smtyped._generated.enums._f import FeatureStatus, FeatureStatusLiteral, Framework, FrameworkLiteral
from smtyped._generated.enums._h import (
    HubContentSupportStatus,
    HubContentSupportStatusLiteral,
    HubContentType,
    HubContentTypeLiteral,
    HyperParameterScalingType,
    HyperParameterScalingTypeLiteral,
)
from smtyped._generated.enums._i import (
    ImageStatus,
    ImageStatusLiteral,
    ImageVersionStatus,
    ImageVersionStatusLiteral,
    InferenceComponentCapacitySizeType,
    InferenceComponentCapacitySizeTypeLiteral,
    InferenceComponentPlacementStrategy,
    InferenceComponentPlacementStrategyLiteral,
    InferenceComponentStatus,
    InferenceComponentStatusLiteral,
    InferenceExecutionMode,
    InferenceExecutionModeLiteral,
    InferenceExperimentStatus,
    InferenceExperimentStatusLiteral,
    InferenceExperimentType,
    InferenceExperimentTypeLiteral,
)
from smtyped._generated.enums._l import LifecycleManagement, LifecycleManagementLiteral
from smtyped._generated.enums._p import ProductionVariantInstanceType, ProductionVariantInstanceTypeLiteral
from smtyped._generated.enums._r import (
    RecommendationJobStatus,
    RecommendationJobStatusLiteral,
    RecommendationJobType,
    RecommendationJobTypeLiteral,
    RecommendationStepType,
    RecommendationStepTypeLiteral,
    RepositoryAccessMode,
    RepositoryAccessModeLiteral,
)
from smtyped._generated.enums._t import (
    TrainingInstanceType,
    TrainingInstanceTypeLiteral,
    TransformInstanceType,
    TransformInstanceTypeLiteral,
)
from smtyped._generated.shapes._a import AdditionalEnis, AutoMLJobCompletionCriteria, AutoRollbackConfig
from smtyped._generated.shapes._c import CapacityReservation, CaptureContentTypeHeader, ContainerMetricsConfig
from smtyped._generated.shapes._d import DeployedImage
from smtyped._generated.shapes._e import EndpointOutputConfiguration
from smtyped._generated.shapes._m import ModelConfiguration, ModelPackageContainerDefinition
from smtyped._generated.shapes._p import PlacementSpecification
from smtyped._generated.shapes._r import (
    RecommendationJobInferenceBenchmark,
    RecommendationMetrics,
    RepositoryAuthConfig,
)
from smtyped._generated.shapes._t import Tag

class IamIdentity(Shape):
    """The IAM Identity details associated with the user. These details are associated with model
    package groups, model packages, and project entities only.
    """

    arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the IAM identity. Since 2023-03-08."""
    principal_id: Final[str | None]
    """The ID of the principal that assumes the IAM identity. Since 2023-03-08."""
    source_identity: Final[str | None]
    """The person or application which assumes the IAM identity. Since 2023-03-08."""
    def __init__(
        self,
        *,
        arn: str | None = None,
        principal_id: str | None = None,
        source_identity: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        arn: str | None = ...,
        principal_id: str | None = ...,
        source_identity: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class IamPolicyConstraints(Shape):
    """Use this parameter to specify the allowed request source. Possible sources are either SourceIp
    or VpcSourceIp .
    """

    source_ip: Final[EnabledOrDisabled | None]
    """When SourceIp is Enabled the worker's IP address when a task is rendered in the worker portal is
    added to the IAM policy as a Condition used to generate the Amazon S3 presigned URL. This IP
    address is checked by Amazon S3 and must match in order for the Amazon S3 resource to be
    rendered in the worker portal. Since 2024-05-16.
    """
    vpc_source_ip: Final[EnabledOrDisabled | None]
    """When VpcSourceIp is Enabled the worker's IP address when a task is rendered in private worker
    portal inside the VPC is added to the IAM policy as a Condition used to generate the Amazon S3
    presigned URL. To render the task successfully Amazon S3 checks that the presigned URL is being
    accessed over an Amazon S3 VPC Endpoint, and that the worker's IP address matches the IP address
    in the IAM policy. To learn more about configuring private worker portal, see Use Amazon VPC
    mode from a private worker portal. Since 2024-05-16.
    """
    def __init__(
        self,
        *,
        source_ip: EnabledOrDisabled | EnabledOrDisabledLiteral | None = None,
        vpc_source_ip: EnabledOrDisabled | EnabledOrDisabledLiteral | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        source_ip: EnabledOrDisabled | EnabledOrDisabledLiteral | None = ...,
        vpc_source_ip: EnabledOrDisabled | EnabledOrDisabledLiteral | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class IdentityProviderOAuthSetting(Shape):
    """The Amazon SageMaker Canvas application setting where you configure OAuth for connecting to an
    external data source, such as Snowflake.
    """

    data_source_name: Final[DataSourceName | None]
    """The name of the data source that you're connecting to. Canvas currently supports OAuth for
    Snowflake and Salesforce Data Cloud. Since 2023-08-30.
    """
    status: Final[FeatureStatus | None]
    """Describes whether OAuth for a data source is enabled or disabled in the Canvas application.
    Since 2023-08-30.
    """
    secret_arn: Final[str | None]
    """The ARN of an Amazon Web Services Secrets Manager secret that stores the credentials from your
    identity provider, such as the client ID and secret, authorization URL, and token URL. Since
    2023-08-30.
    """
    def __init__(
        self,
        *,
        data_source_name: DataSourceName | DataSourceNameLiteral | None = None,
        status: FeatureStatus | FeatureStatusLiteral | None = None,
        secret_arn: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        data_source_name: DataSourceName | DataSourceNameLiteral | None = ...,
        status: FeatureStatus | FeatureStatusLiteral | None = ...,
        secret_arn: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class IdleSettings(Shape):
    """Settings related to idle shutdown of Studio applications."""

    lifecycle_management: Final[LifecycleManagement | None]
    """Indicates whether idle shutdown is activated for the application type. Since 2024-09-05."""
    idle_timeout_in_minutes: Final[int | None]
    """The time that SageMaker waits after the application becomes idle before shutting it down. Since
    2024-09-05.
    """
    min_idle_timeout_in_minutes: Final[int | None]
    """The minimum value in minutes that custom idle shutdown can be set to by the user. Since
    2024-09-05.
    """
    max_idle_timeout_in_minutes: Final[int | None]
    """The maximum value in minutes that custom idle shutdown can be set to by the user. Since
    2024-09-05.
    """
    def __init__(
        self,
        *,
        lifecycle_management: LifecycleManagement | LifecycleManagementLiteral | None = None,
        idle_timeout_in_minutes: int | None = None,
        min_idle_timeout_in_minutes: int | None = None,
        max_idle_timeout_in_minutes: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        lifecycle_management: LifecycleManagement | LifecycleManagementLiteral | None = ...,
        idle_timeout_in_minutes: int | None = ...,
        min_idle_timeout_in_minutes: int | None = ...,
        max_idle_timeout_in_minutes: int | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class Image(Shape):
    """A SageMaker image. A SageMaker image represents a set of container images that are derived from
    a common base container image. Each of these container images is represented by a SageMaker
    ImageVersion .
    """

    creation_time: Final[datetime | None]
    """When the image was created. Since 2020-10-26."""
    description: Final[str | None]
    """The description of the image. Since 2020-10-26."""
    display_name: Final[str | None]
    """The name of the image as displayed. Since 2020-10-26."""
    failure_reason: Final[str | None]
    """When a create, update, or delete operation fails, the reason for the failure. Since 2020-10-26.
    """
    image_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the image. Since 2020-10-26."""
    image_name: Final[str | None]
    """The name of the image. Since 2020-10-26."""
    image_status: Final[ImageStatus | None]
    """The status of the image. Since 2020-10-26."""
    last_modified_time: Final[datetime | None]
    """When the image was last modified. Since 2020-10-26."""
    def __init__(
        self,
        *,
        creation_time: datetime | None = None,
        description: str | None = None,
        display_name: str | None = None,
        failure_reason: str | None = None,
        image_arn: str | None = None,
        image_name: str | None = None,
        image_status: ImageStatus | ImageStatusLiteral | None = None,
        last_modified_time: datetime | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        creation_time: datetime | None = ...,
        description: str | None = ...,
        display_name: str | None = ...,
        failure_reason: str | None = ...,
        image_arn: str | None = ...,
        image_name: str | None = ...,
        image_status: ImageStatus | ImageStatusLiteral | None = ...,
        last_modified_time: datetime | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ImageClassificationJobConfig(Shape):
    """Settings used to configure an AutoML job V2 for the image classification problem type."""

    completion_criteria: Final[AutoMLJobCompletionCriteria | None]
    """How long a job is allowed to run, or how many candidates a job is allowed to generate. Since
    2023-03-23.
    """
    def __init__(
        self,
        *,
        completion_criteria: AutoMLJobCompletionCriteria | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        completion_criteria: AutoMLJobCompletionCriteria | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ImageConfig(Shape):
    """Specifies whether the model container is in Amazon ECR or a private Docker registry accessible
    from your Amazon Virtual Private Cloud (VPC). For information about storing containers in a
    private Docker registry, see Use a Private Docker Registry for Real-Time Inference Containers.
    """

    repository_access_mode: Final[RepositoryAccessMode]
    """Set this to one of the following values: Since 2020-08-14."""
    repository_auth_config: Final[RepositoryAuthConfig | None]
    """(Optional) Specifies an authentication configuration for the private docker registry where your
    model image is hosted. Specify a value for this property only if you specified Vpc as the value
    for the RepositoryAccessMode field, and the private Docker registry where the model image is
    hosted requires authentication. Since 2021-03-19.
    """
    def __init__(
        self,
        *,
        repository_access_mode: RepositoryAccessMode | RepositoryAccessModeLiteral,
        repository_auth_config: RepositoryAuthConfig | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        repository_access_mode: RepositoryAccessMode | RepositoryAccessModeLiteral = ...,
        repository_auth_config: RepositoryAuthConfig | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ImageVersion(Shape):
    """A version of a SageMaker Image . A version represents an existing container image."""

    creation_time: Final[datetime | None]
    """When the version was created. Since 2020-10-26."""
    failure_reason: Final[str | None]
    """When a create or delete operation fails, the reason for the failure. Since 2020-10-26."""
    image_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the image the version is based on. Since 2020-10-26."""
    image_version_arn: Final[str | None]
    """The ARN of the version. Since 2020-10-26."""
    image_version_status: Final[ImageVersionStatus | None]
    """The status of the version. Since 2020-10-26."""
    last_modified_time: Final[datetime | None]
    """When the version was last modified. Since 2020-10-26."""
    version: Final[int | None]
    """The version number. Since 2020-10-26."""
    def __init__(
        self,
        *,
        creation_time: datetime | None = None,
        failure_reason: str | None = None,
        image_arn: str | None = None,
        image_version_arn: str | None = None,
        image_version_status: ImageVersionStatus | ImageVersionStatusLiteral | None = None,
        last_modified_time: datetime | None = None,
        version: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        creation_time: datetime | None = ...,
        failure_reason: str | None = ...,
        image_arn: str | None = ...,
        image_version_arn: str | None = ...,
        image_version_status: ImageVersionStatus | ImageVersionStatusLiteral | None = ...,
        last_modified_time: datetime | None = ...,
        version: int | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ImportHubContentRequest(Shape):
    """No description on the pages."""

    hub_content_name: Final[str]
    """The name of the hub content to import. Since 2022-11-30."""
    hub_content_version: Final[str | None]
    """The version of the hub content to import. Since 2022-11-30."""
    hub_content_type: Final[HubContentType]
    """The type of hub content to import. Since 2022-11-30."""
    document_schema_version: Final[str]
    """The version of the hub content schema to import. Since 2022-11-30."""
    hub_name: Final[str]
    """The name of the hub to import content into. Since 2022-11-30."""
    hub_content_display_name: Final[str | None]
    """The display name of the hub content to import. Since 2022-11-30."""
    hub_content_description: Final[str | None]
    """A description of the hub content to import. Since 2022-11-30."""
    hub_content_markdown: Final[str | None]
    """A string that provides a description of the hub content. This string can include links, tables,
    and standard markdown formating. Since 2022-11-30.
    """
    hub_content_document: Final[str]
    """The hub content document that describes information about the hub content such as type,
    associated containers, scripts, and more. Since 2022-11-30.
    """
    support_status: Final[HubContentSupportStatus | None]
    """The status of the hub content resource. Since 2025-02-27."""
    hub_content_search_keywords: Final[list[str] | None]
    """The searchable keywords of the hub content. Since 2022-11-30."""
    tags: Final[list[Tag] | None]
    """Any tags associated with the hub content. Since 2022-11-30."""
    def __init__(
        self,
        *,
        hub_content_name: str,
        hub_content_type: HubContentType | HubContentTypeLiteral,
        document_schema_version: str,
        hub_name: str,
        hub_content_document: str,
        hub_content_version: str | None = None,
        hub_content_display_name: str | None = None,
        hub_content_description: str | None = None,
        hub_content_markdown: str | None = None,
        support_status: HubContentSupportStatus | HubContentSupportStatusLiteral | None = None,
        hub_content_search_keywords: list[str] | None = None,
        tags: list[Tag] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        hub_content_name: str = ...,
        hub_content_version: str | None = ...,
        hub_content_type: HubContentType | HubContentTypeLiteral = ...,
        document_schema_version: str = ...,
        hub_name: str = ...,
        hub_content_display_name: str | None = ...,
        hub_content_description: str | None = ...,
        hub_content_markdown: str | None = ...,
        hub_content_document: str = ...,
        support_status: HubContentSupportStatus | HubContentSupportStatusLiteral | None = ...,
        hub_content_search_keywords: list[str] | None = ...,
        tags: list[Tag] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ImportHubContentResponse(OutputShape):
    """The result of ``import_hub_content`` (ImportHubContent)."""

    hub_arn: Final[str | None]
    """The ARN of the hub that the content was imported into. Since 2022-11-30."""
    hub_content_arn: Final[str | None]
    """The ARN of the hub content that was imported. Since 2022-11-30."""
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

class InferenceComponentAvailabilityZoneBalance(Shape):
    """Configuration for balancing inference component copies across Availability Zones."""

    enforcement_mode: Final[AvailabilityZoneBalanceEnforcementMode]
    """Determines how strictly the Availability Zone balance constraint is enforced. Since 2026-03-30.
    """
    max_imbalance: Final[int | None]
    """The maximum allowed difference in the number of inference component copies between any two
    Availability Zones. This parameter applies only when the endpoint has instances across two or
    more Availability Zones. A copy placement is allowed if it reduces imbalance or the resulting
    imbalance is within this value. Since 2026-03-30.
    """
    def __init__(
        self,
        *,
        enforcement_mode: AvailabilityZoneBalanceEnforcementMode | AvailabilityZoneBalanceEnforcementModeLiteral,
        max_imbalance: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        enforcement_mode: AvailabilityZoneBalanceEnforcementMode | AvailabilityZoneBalanceEnforcementModeLiteral = ...,
        max_imbalance: int | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class InferenceComponentCapacitySize(Shape):
    """The batch size for each rolling step in the deployment process. For each step, SageMaker AI
    provisions capacity on the new endpoint fleet, routes traffic to that fleet, and terminates
    capacity on the old endpoint fleet. The value must be between 5% to 50% of the copy count of the
    inference component.
    """

    type: Final[InferenceComponentCapacitySizeType]
    """Specifies the endpoint capacity type. Since 2025-02-26."""
    value: Final[int]
    """Defines the capacity size, either as a number of inference component copies or a capacity
    percentage. Since 2025-02-26.
    """
    def __init__(
        self,
        *,
        type: InferenceComponentCapacitySizeType | InferenceComponentCapacitySizeTypeLiteral,
        value: int,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        type: InferenceComponentCapacitySizeType | InferenceComponentCapacitySizeTypeLiteral = ...,
        value: int = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class InferenceComponentComputeResourceRequirements(Shape):
    """The compute resources allocated to run the model, plus any adapter models, that you assign to
    the inference component.
    """

    number_of_cpu_cores_required: Final[float | None]
    """The number of CPU cores to allocate to run a model that you assign to an inference component.
    Since 2023-11-29.
    """
    number_of_accelerator_devices_required: Final[float | None]
    """The number of accelerators to allocate to run a model that you assign to an inference component.
    Accelerators include GPUs and Amazon Web Services Inferentia. Since 2023-11-29.
    """
    min_memory_required_in_mb: Final[int]
    """The minimum MB of memory to allocate to run a model that you assign to an inference component.
    Since 2023-11-29.
    """
    max_memory_required_in_mb: Final[int | None]
    """The maximum MB of memory to allocate to run a model that you assign to an inference component.
    Since 2023-11-29.
    """
    def __init__(
        self,
        *,
        min_memory_required_in_mb: int,
        number_of_cpu_cores_required: float | None = None,
        number_of_accelerator_devices_required: float | None = None,
        max_memory_required_in_mb: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        number_of_cpu_cores_required: float | None = ...,
        number_of_accelerator_devices_required: float | None = ...,
        min_memory_required_in_mb: int = ...,
        max_memory_required_in_mb: int | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class InferenceComponentContainerSpecification(Shape):
    """Defines a container that provides the runtime environment for a model that you deploy with an
    inference component.
    """

    image: Final[str | None]
    """The Amazon Elastic Container Registry (Amazon ECR) path where the Docker image for the model is
    stored. Since 2023-11-29.
    """
    artifact_url: Final[str | None]
    """The Amazon S3 path where the model artifacts, which result from model training, are stored. This
    path must point to a single gzip compressed tar archive (.tar.gz suffix). Since 2023-11-29.
    """
    environment: Final[dict[str, str] | None]
    """The environment variables to set in the Docker container. Each key and value in the Environment
    string-to-string map can have length of up to 1024. We support up to 16 entries in the map.
    Since 2023-11-29.
    """
    container_metrics_config: Final[ContainerMetricsConfig | None]
    """The configuration for container metrics scraping. Specifies the metrics endpoint path and
    publishing frequency for the inference component's container. If not specified when
    EnableDetailedObservability is True, the default path /metrics on port 8080 is used. For
    first-party and Deep Learning Containers (DLC), the endpoint path is determined automatically
    and this configuration is optional. Since 2026-06-16.
    """
    def __init__(
        self,
        *,
        image: str | None = None,
        artifact_url: str | None = None,
        environment: dict[str, str] | None = None,
        container_metrics_config: ContainerMetricsConfig | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        image: str | None = ...,
        artifact_url: str | None = ...,
        environment: dict[str, str] | None = ...,
        container_metrics_config: ContainerMetricsConfig | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class InferenceComponentContainerSpecificationSummary(Shape):
    """Details about the container that provides the runtime environment for the model that is deployed
    with the inference component.
    """

    deployed_image: Final[DeployedImage | None]
    """Gets the Amazon EC2 Container Registry path of the docker image of the model that is hosted in
    this ProductionVariant. Since 2023-11-29.
    """
    artifact_url: Final[str | None]
    """The Amazon S3 path where the model artifacts are stored. Since 2023-11-29."""
    environment: Final[dict[str, str] | None]
    """The environment variables to set in the Docker container. Since 2023-11-29."""
    container_metrics_config: Final[ContainerMetricsConfig | None]
    """The container metrics scraping configuration for this inference component, including the metrics
    endpoint path and publishing frequency. Since 2026-06-16.
    """
    def __init__(
        self,
        *,
        deployed_image: DeployedImage | None = None,
        artifact_url: str | None = None,
        environment: dict[str, str] | None = None,
        container_metrics_config: ContainerMetricsConfig | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        deployed_image: DeployedImage | None = ...,
        artifact_url: str | None = ...,
        environment: dict[str, str] | None = ...,
        container_metrics_config: ContainerMetricsConfig | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class InferenceComponentDataCacheConfig(Shape):
    """Settings that affect how the inference component caches data."""

    enable_caching: Final[bool]
    """Sets whether the endpoint that hosts the inference component caches the model artifacts and
    container image. Since 2025-10-24.
    """
    def __init__(
        self,
        *,
        enable_caching: bool,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        enable_caching: bool = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class InferenceComponentDataCacheConfigSummary(Shape):
    """Settings that affect how the inference component caches data."""

    enable_caching: Final[bool | None]
    """Indicates whether the inference component caches model artifacts as part of the auto scaling
    process. Since 2025-10-24.
    """
    def __init__(
        self,
        *,
        enable_caching: bool | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        enable_caching: bool | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class InferenceComponentDeploymentConfig(Shape):
    """The deployment and rollback settings that you assigned to the inference component."""

    rolling_update_policy: Final[InferenceComponentRollingUpdatePolicy]
    """Specifies a rolling deployment strategy for updating a SageMaker AI endpoint. Since 2025-02-26.
    """
    auto_rollback_configuration: Final[AutoRollbackConfig | None]
    """Automatic rollback configuration for handling endpoint deployment failures and recovery. Since
    2025-02-26.
    """
    def __init__(
        self,
        *,
        rolling_update_policy: InferenceComponentRollingUpdatePolicy,
        auto_rollback_configuration: AutoRollbackConfig | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        rolling_update_policy: InferenceComponentRollingUpdatePolicy = ...,
        auto_rollback_configuration: AutoRollbackConfig | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class InferenceComponentMetadata(Shape):
    """The metadata of the inference component used in pipeline execution step."""

    arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the inference component. Since 2025-12-03."""
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

class InferenceComponentPlacementStatus(Shape):
    """The placement status of an inference component on a specific instance type. Shows the number of
    inference component copies currently placed on instances of a given type.
    """

    instance_type: Final[ProductionVariantInstanceType | None]
    """The ML compute instance type where the inference component copies are placed. Since 2026-04-30.
    """
    current_copy_count: Final[int | None]
    """The number of inference component copies currently placed on instances of this type. Since
    2026-04-30.
    """
    def __init__(
        self,
        *,
        instance_type: ProductionVariantInstanceType | ProductionVariantInstanceTypeLiteral | None = None,
        current_copy_count: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        instance_type: ProductionVariantInstanceType | ProductionVariantInstanceTypeLiteral | None = ...,
        current_copy_count: int | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class InferenceComponentRollingUpdatePolicy(Shape):
    """Specifies a rolling deployment strategy for updating a SageMaker AI endpoint."""

    maximum_batch_size: Final[InferenceComponentCapacitySize]
    """The batch size for each rolling step in the deployment process. For each step, SageMaker AI
    provisions capacity on the new endpoint fleet, routes traffic to that fleet, and terminates
    capacity on the old endpoint fleet. The value must be between 5% to 50% of the copy count of the
    inference component. Since 2025-02-26.
    """
    wait_interval_in_seconds: Final[int]
    """The length of the baking period, during which SageMaker AI monitors alarms for each batch on the
    new fleet. Since 2025-02-26.
    """
    maximum_execution_timeout_in_seconds: Final[int | None]
    """The time limit for the total deployment. Exceeding this limit causes a timeout. Since
    2025-02-26.
    """
    rollback_maximum_batch_size: Final[InferenceComponentCapacitySize | None]
    """The batch size for a rollback to the old endpoint fleet. If this field is absent, the value is
    set to the default, which is 100% of the total capacity. When the default is used, SageMaker AI
    provisions the entire capacity of the old fleet at once during rollback. Since 2025-02-26.
    """
    def __init__(
        self,
        *,
        maximum_batch_size: InferenceComponentCapacitySize,
        wait_interval_in_seconds: int,
        maximum_execution_timeout_in_seconds: int | None = None,
        rollback_maximum_batch_size: InferenceComponentCapacitySize | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        maximum_batch_size: InferenceComponentCapacitySize = ...,
        wait_interval_in_seconds: int = ...,
        maximum_execution_timeout_in_seconds: int | None = ...,
        rollback_maximum_batch_size: InferenceComponentCapacitySize | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class InferenceComponentRuntimeConfig(Shape):
    """Runtime settings for a model that is deployed with an inference component."""

    copy_count: Final[int]
    """The number of runtime copies of the model container to deploy with the inference component. Each
    copy can serve inference requests. Since 2023-11-29.
    """
    def __init__(
        self,
        *,
        copy_count: int,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        copy_count: int = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class InferenceComponentRuntimeConfigSummary(Shape):
    """Details about the runtime settings for the model that is deployed with the inference component."""

    desired_copy_count: Final[int | None]
    """The number of runtime copies of the model container that you requested to deploy with the
    inference component. Since 2023-11-29.
    """
    current_copy_count: Final[int | None]
    """The number of runtime copies of the model container that are currently deployed. Since
    2023-11-29.
    """
    placement_status: Final[list[InferenceComponentPlacementStatus] | None]
    """The placement status of the inference component across instance types. Shows how the inference
    component copies are distributed across instance types. Since 2026-04-30.
    """
    def __init__(
        self,
        *,
        desired_copy_count: int | None = None,
        current_copy_count: int | None = None,
        placement_status: list[InferenceComponentPlacementStatus] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        desired_copy_count: int | None = ...,
        current_copy_count: int | None = ...,
        placement_status: list[InferenceComponentPlacementStatus] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class InferenceComponentSchedulingConfig(Shape):
    """The scheduling configuration that determines how inference component copies are placed across
    available instances when copies are added or removed.
    """

    placement_strategy: Final[InferenceComponentPlacementStrategy]
    """The strategy for placing inference component copies across available instances. If you also set
    AvailabilityZoneBalance, this strategy applies to placement within each Availability Zone. Since
    2026-03-30.
    """
    availability_zone_balance: Final[InferenceComponentAvailabilityZoneBalance | None]
    """Configuration for balancing inference component copies across Availability Zones. Since
    2026-03-30.
    """
    def __init__(
        self,
        *,
        placement_strategy: InferenceComponentPlacementStrategy | InferenceComponentPlacementStrategyLiteral,
        availability_zone_balance: InferenceComponentAvailabilityZoneBalance | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        placement_strategy: InferenceComponentPlacementStrategy | InferenceComponentPlacementStrategyLiteral = ...,
        availability_zone_balance: InferenceComponentAvailabilityZoneBalance | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class InferenceComponentSpecification(Shape):
    """Details about the resources to deploy with this inference component, including the model,
    container, and compute resources.
    """

    instance_type: Final[ProductionVariantInstanceType | None]
    """The ML compute instance type for the inference component specification. Specifies which instance
    type this specification applies to. Required when using the Specifications parameter with
    multiple entries. Since 2026-04-30.
    """
    model_name: Final[str | None]
    """The name of an existing SageMaker AI model object in your account that you want to deploy with
    the inference component. Since 2023-11-29.
    """
    container: Final[InferenceComponentContainerSpecification | None]
    """Defines a container that provides the runtime environment for a model that you deploy with an
    inference component. Since 2023-11-29.
    """
    startup_parameters: Final[InferenceComponentStartupParameters | None]
    """Settings that take effect while the model container starts up. Since 2023-11-29."""
    compute_resource_requirements: Final[InferenceComponentComputeResourceRequirements | None]
    """The compute resources allocated to run the model, plus any adapter models, that you assign to
    the inference component. Since 2023-11-29.
    """
    base_inference_component_name: Final[str | None]
    """The name of an existing inference component that is to contain the inference component that
    you're creating with your request. Since 2024-11-22.
    """
    data_cache_config: Final[InferenceComponentDataCacheConfig | None]
    """Settings that affect how the inference component caches data. Since 2025-10-24."""
    scheduling_config: Final[InferenceComponentSchedulingConfig | None]
    """The scheduling configuration that determines how inference component copies are placed across
    available instances when copies are added or removed. Since 2026-03-30.
    """
    def __init__(
        self,
        *,
        instance_type: ProductionVariantInstanceType | ProductionVariantInstanceTypeLiteral | None = None,
        model_name: str | None = None,
        container: InferenceComponentContainerSpecification | None = None,
        startup_parameters: InferenceComponentStartupParameters | None = None,
        compute_resource_requirements: InferenceComponentComputeResourceRequirements | None = None,
        base_inference_component_name: str | None = None,
        data_cache_config: InferenceComponentDataCacheConfig | None = None,
        scheduling_config: InferenceComponentSchedulingConfig | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        instance_type: ProductionVariantInstanceType | ProductionVariantInstanceTypeLiteral | None = ...,
        model_name: str | None = ...,
        container: InferenceComponentContainerSpecification | None = ...,
        startup_parameters: InferenceComponentStartupParameters | None = ...,
        compute_resource_requirements: InferenceComponentComputeResourceRequirements | None = ...,
        base_inference_component_name: str | None = ...,
        data_cache_config: InferenceComponentDataCacheConfig | None = ...,
        scheduling_config: InferenceComponentSchedulingConfig | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class InferenceComponentSpecificationSummary(Shape):
    """Details about the resources that are deployed with this inference component."""

    instance_type: Final[ProductionVariantInstanceType | None]
    """The ML compute instance type associated with this inference component specification. Since
    2026-04-30.
    """
    model_name: Final[str | None]
    """The name of the SageMaker AI model object that is deployed with the inference component. Since
    2023-11-29.
    """
    container: Final[InferenceComponentContainerSpecificationSummary | None]
    """Details about the container that provides the runtime environment for the model that is deployed
    with the inference component. Since 2023-11-29.
    """
    startup_parameters: Final[InferenceComponentStartupParameters | None]
    """Settings that take effect while the model container starts up. Since 2023-11-29."""
    compute_resource_requirements: Final[InferenceComponentComputeResourceRequirements | None]
    """The compute resources allocated to run the model, plus any adapter models, that you assign to
    the inference component. Since 2023-11-29.
    """
    base_inference_component_name: Final[str | None]
    """The name of the base inference component that contains this inference component. Since
    2024-11-22.
    """
    data_cache_config: Final[InferenceComponentDataCacheConfigSummary | None]
    """Settings that affect how the inference component caches data. Since 2025-10-24."""
    scheduling_config: Final[InferenceComponentSchedulingConfig | None]
    """The scheduling configuration that determines how inference component copies are placed across
    available instances when copies are added or removed. Since 2026-03-30.
    """
    def __init__(
        self,
        *,
        instance_type: ProductionVariantInstanceType | ProductionVariantInstanceTypeLiteral | None = None,
        model_name: str | None = None,
        container: InferenceComponentContainerSpecificationSummary | None = None,
        startup_parameters: InferenceComponentStartupParameters | None = None,
        compute_resource_requirements: InferenceComponentComputeResourceRequirements | None = None,
        base_inference_component_name: str | None = None,
        data_cache_config: InferenceComponentDataCacheConfigSummary | None = None,
        scheduling_config: InferenceComponentSchedulingConfig | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        instance_type: ProductionVariantInstanceType | ProductionVariantInstanceTypeLiteral | None = ...,
        model_name: str | None = ...,
        container: InferenceComponentContainerSpecificationSummary | None = ...,
        startup_parameters: InferenceComponentStartupParameters | None = ...,
        compute_resource_requirements: InferenceComponentComputeResourceRequirements | None = ...,
        base_inference_component_name: str | None = ...,
        data_cache_config: InferenceComponentDataCacheConfigSummary | None = ...,
        scheduling_config: InferenceComponentSchedulingConfig | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class InferenceComponentStartupParameters(Shape):
    """Settings that take effect while the model container starts up."""

    model_data_download_timeout_in_seconds: Final[int | None]
    """The timeout value, in seconds, to download and extract the model that you want to host from
    Amazon S3 to the individual inference instance associated with this inference component. Since
    2023-11-29.
    """
    container_startup_health_check_timeout_in_seconds: Final[int | None]
    """The timeout value, in seconds, for your inference container to pass health check by Amazon S3
    Hosting. For more information about health check, see How Your Container Should Respond to
    Health Check (Ping) Requests. Since 2023-11-29.
    """
    def __init__(
        self,
        *,
        model_data_download_timeout_in_seconds: int | None = None,
        container_startup_health_check_timeout_in_seconds: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        model_data_download_timeout_in_seconds: int | None = ...,
        container_startup_health_check_timeout_in_seconds: int | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class InferenceComponentSummary(Shape):
    """A summary of the properties of an inference component."""

    creation_time: Final[datetime | None]
    """The time when the inference component was created. Since 2023-11-29."""
    inference_component_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the inference component. Since 2023-11-29."""
    inference_component_name: Final[str | None]
    """The name of the inference component. Since 2023-11-29."""
    endpoint_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the endpoint that hosts the inference component. Since
    2023-11-29.
    """
    endpoint_name: Final[str | None]
    """The name of the endpoint that hosts the inference component. Since 2023-11-29."""
    variant_name: Final[str | None]
    """The name of the production variant that hosts the inference component. Since 2023-11-29."""
    inference_component_status: Final[InferenceComponentStatus | None]
    """The status of the inference component. Since 2023-11-29."""
    last_modified_time: Final[datetime | None]
    """The time when the inference component was last updated. Since 2023-11-29."""
    def __init__(
        self,
        *,
        creation_time: datetime | None = None,
        inference_component_arn: str | None = None,
        inference_component_name: str | None = None,
        endpoint_arn: str | None = None,
        endpoint_name: str | None = None,
        variant_name: str | None = None,
        inference_component_status: InferenceComponentStatus | InferenceComponentStatusLiteral | None = None,
        last_modified_time: datetime | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        creation_time: datetime | None = ...,
        inference_component_arn: str | None = ...,
        inference_component_name: str | None = ...,
        endpoint_arn: str | None = ...,
        endpoint_name: str | None = ...,
        variant_name: str | None = ...,
        inference_component_status: InferenceComponentStatus | InferenceComponentStatusLiteral | None = ...,
        last_modified_time: datetime | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class InferenceExecutionConfig(Shape):
    """Specifies details of how containers in a multi-container endpoint are called."""

    mode: Final[InferenceExecutionMode]
    """How containers in a multi-container are run. The following values are valid. Since 2021-02-22.
    """
    def __init__(
        self,
        *,
        mode: InferenceExecutionMode | InferenceExecutionModeLiteral,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        mode: InferenceExecutionMode | InferenceExecutionModeLiteral = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class InferenceExperimentDataStorageConfig(Shape):
    """The Amazon S3 location and configuration for storing inference request and response data."""

    destination: Final[str]
    """The Amazon S3 bucket where the inference request and response data is stored. Since 2022-11-30.
    """
    kms_key: Final[str | None]
    """The Amazon Web Services Key Management Service key that Amazon SageMaker uses to encrypt
    captured data at rest using Amazon S3 server-side encryption. Since 2022-11-30.
    """
    content_type: Final[CaptureContentTypeHeader | None]
    """Configuration specifying how to treat different headers. If no headers are specified Amazon
    SageMaker AI will by default base64 encode when capturing the data. Since 2022-11-30.
    """
    def __init__(
        self,
        *,
        destination: str,
        kms_key: str | None = None,
        content_type: CaptureContentTypeHeader | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        destination: str = ...,
        kms_key: str | None = ...,
        content_type: CaptureContentTypeHeader | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class InferenceExperimentSchedule(Shape):
    """The duration for which you want the inference experiment to run. If you don't specify this
    field, the experiment automatically starts immediately upon creation and concludes after 7 days.
    """

    start_time: Final[datetime | None]
    """The timestamp at which the inference experiment started or will start. Since 2022-11-30."""
    end_time: Final[datetime | None]
    """The timestamp at which the inference experiment ended or will end. Since 2022-11-30."""
    def __init__(
        self,
        *,
        start_time: datetime | None = None,
        end_time: datetime | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        start_time: datetime | None = ...,
        end_time: datetime | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class InferenceExperimentSummary(Shape):
    """Lists a summary of properties of an inference experiment."""

    name: Final[str | None]
    """The name of the inference experiment. Since 2022-11-30."""
    type: Final[InferenceExperimentType | None]
    """The type of the inference experiment. Since 2022-11-30."""
    schedule: Final[InferenceExperimentSchedule | None]
    """The duration for which the inference experiment ran or will run. Since 2022-11-30."""
    status: Final[InferenceExperimentStatus | None]
    """The status of the inference experiment. Since 2022-11-30."""
    status_reason: Final[str | None]
    """The error message for the inference experiment status result. Since 2022-11-30."""
    description: Final[str | None]
    """The description of the inference experiment. Since 2022-11-30."""
    creation_time: Final[datetime | None]
    """The timestamp at which the inference experiment was created. Since 2022-11-30."""
    completion_time: Final[datetime | None]
    """The timestamp at which the inference experiment was completed. Since 2022-11-30."""
    last_modified_time: Final[datetime | None]
    """The timestamp when you last modified the inference experiment. Since 2022-11-30."""
    role_arn: Final[str | None]
    """The ARN of the IAM role that Amazon SageMaker can assume to access model artifacts and container
    images. Since 2022-11-30.
    """
    def __init__(
        self,
        *,
        name: str | None = None,
        type: InferenceExperimentType | InferenceExperimentTypeLiteral | None = None,
        schedule: InferenceExperimentSchedule | None = None,
        status: InferenceExperimentStatus | InferenceExperimentStatusLiteral | None = None,
        status_reason: str | None = None,
        description: str | None = None,
        creation_time: datetime | None = None,
        completion_time: datetime | None = None,
        last_modified_time: datetime | None = None,
        role_arn: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        name: str | None = ...,
        type: InferenceExperimentType | InferenceExperimentTypeLiteral | None = ...,
        schedule: InferenceExperimentSchedule | None = ...,
        status: InferenceExperimentStatus | InferenceExperimentStatusLiteral | None = ...,
        status_reason: str | None = ...,
        description: str | None = ...,
        creation_time: datetime | None = ...,
        completion_time: datetime | None = ...,
        last_modified_time: datetime | None = ...,
        role_arn: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class InferenceHubAccessConfig(Shape):
    """Configuration information for hub access."""

    hub_content_arn: Final[str]
    """The ARN of the hub content for which deployment access is allowed. Since 2024-06-20."""
    def __init__(
        self,
        *,
        hub_content_arn: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        hub_content_arn: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class InferenceMetrics(Shape):
    """The metrics for an existing endpoint."""

    max_invocations: Final[int | None]
    """The expected maximum number of requests per minute for the instance. Since 2022-10-21."""
    model_latency: Final[int | None]
    """The expected model latency at maximum invocations per minute for the instance. Since 2022-10-21.
    """
    def __init__(
        self,
        *,
        max_invocations: int | None = None,
        model_latency: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        max_invocations: int | None = ...,
        model_latency: int | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class InferenceRecommendation(Shape):
    """A list of recommendations made by Amazon SageMaker Inference Recommender."""

    recommendation_id: Final[str | None]
    """The recommendation ID which uniquely identifies each recommendation. Since 2023-01-25."""
    metrics: Final[RecommendationMetrics | None]
    """The metrics used to decide what recommendation to make. Since 2021-12-01."""
    endpoint_configuration: Final[EndpointOutputConfiguration | None]
    """Defines the endpoint configuration parameters. Since 2021-12-01."""
    model_configuration: Final[ModelConfiguration | None]
    """Defines the model configuration. Since 2021-12-01."""
    invocation_end_time: Final[datetime | None]
    """A timestamp that shows when the benchmark completed. Since 2023-05-23."""
    invocation_start_time: Final[datetime | None]
    """A timestamp that shows when the benchmark started. Since 2023-05-23."""
    def __init__(
        self,
        *,
        recommendation_id: str | None = None,
        metrics: RecommendationMetrics | None = None,
        endpoint_configuration: EndpointOutputConfiguration | None = None,
        model_configuration: ModelConfiguration | None = None,
        invocation_end_time: datetime | None = None,
        invocation_start_time: datetime | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        recommendation_id: str | None = ...,
        metrics: RecommendationMetrics | None = ...,
        endpoint_configuration: EndpointOutputConfiguration | None = ...,
        model_configuration: ModelConfiguration | None = ...,
        invocation_end_time: datetime | None = ...,
        invocation_start_time: datetime | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class InferenceRecommendationsJob(Shape):
    """A structure that contains a list of recommendation jobs."""

    job_name: Final[str | None]
    """The name of the job. Since 2021-12-01."""
    job_description: Final[str | None]
    """The job description. Since 2021-12-01."""
    job_type: Final[RecommendationJobType | None]
    """The recommendation job type. Since 2021-12-01."""
    job_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the recommendation job. Since 2021-12-01."""
    status: Final[RecommendationJobStatus | None]
    """The status of the job. Since 2021-12-01."""
    creation_time: Final[datetime | None]
    """A timestamp that shows when the job was created. Since 2021-12-01."""
    completion_time: Final[datetime | None]
    """A timestamp that shows when the job completed. Since 2021-12-01."""
    role_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of an IAM role that enables Amazon SageMaker to perform tasks on
    your behalf. Since 2021-12-01.
    """
    last_modified_time: Final[datetime | None]
    """A timestamp that shows when the job was last modified. Since 2021-12-01."""
    failure_reason: Final[str | None]
    """If the job fails, provides information why the job failed. Since 2021-12-01."""
    model_name: Final[str | None]
    """The name of the created model. Since 2023-05-23."""
    sample_payload_url: Final[str | None]
    """The Amazon Simple Storage Service (Amazon S3) path where the sample payload is stored. This path
    must point to a single gzip compressed tar archive (.tar.gz suffix). Since 2023-05-23.
    """
    model_package_version_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of a versioned model package. Since 2023-05-23."""
    def __init__(
        self,
        *,
        job_name: str | None = None,
        job_description: str | None = None,
        job_type: RecommendationJobType | RecommendationJobTypeLiteral | None = None,
        job_arn: str | None = None,
        status: RecommendationJobStatus | RecommendationJobStatusLiteral | None = None,
        creation_time: datetime | None = None,
        completion_time: datetime | None = None,
        role_arn: str | None = None,
        last_modified_time: datetime | None = None,
        failure_reason: str | None = None,
        model_name: str | None = None,
        sample_payload_url: str | None = None,
        model_package_version_arn: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        job_name: str | None = ...,
        job_description: str | None = ...,
        job_type: RecommendationJobType | RecommendationJobTypeLiteral | None = ...,
        job_arn: str | None = ...,
        status: RecommendationJobStatus | RecommendationJobStatusLiteral | None = ...,
        creation_time: datetime | None = ...,
        completion_time: datetime | None = ...,
        role_arn: str | None = ...,
        last_modified_time: datetime | None = ...,
        failure_reason: str | None = ...,
        model_name: str | None = ...,
        sample_payload_url: str | None = ...,
        model_package_version_arn: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class InferenceRecommendationsJobStep(Shape):
    """A returned array object for the Steps response field in the ListInferenceRecommendationsJobSteps
    API command.
    """

    step_type: Final[RecommendationStepType | None]
    """The type of the subtask. Since 2022-10-24."""
    job_name: Final[str | None]
    """The name of the Inference Recommender job. Since 2022-10-24."""
    status: Final[RecommendationJobStatus | None]
    """The current status of the benchmark. Since 2022-10-24."""
    inference_benchmark: Final[RecommendationJobInferenceBenchmark | None]
    """The details for a specific benchmark. Since 2022-10-24."""
    def __init__(
        self,
        *,
        step_type: RecommendationStepType | RecommendationStepTypeLiteral | None = None,
        job_name: str | None = None,
        status: RecommendationJobStatus | RecommendationJobStatusLiteral | None = None,
        inference_benchmark: RecommendationJobInferenceBenchmark | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        step_type: RecommendationStepType | RecommendationStepTypeLiteral | None = ...,
        job_name: str | None = ...,
        status: RecommendationJobStatus | RecommendationJobStatusLiteral | None = ...,
        inference_benchmark: RecommendationJobInferenceBenchmark | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class InferenceSpecification(Shape):
    """Specifies details about inference jobs that the algorithm runs, including the following:"""

    containers: Final[list[ModelPackageContainerDefinition]]
    """The Amazon ECR registry path of the Docker image that contains the inference code. Since
    2018-11-28.
    """
    supported_transform_instance_types: Final[list[TransformInstanceType | TransformInstanceTypeLiteral] | None]
    """A list of the instance types on which a transformation job can be run or on which an endpoint
    can be deployed. Since 2018-11-28.
    """
    supported_realtime_inference_instance_types: Final[
        list[ProductionVariantInstanceType | ProductionVariantInstanceTypeLiteral] | None
    ]
    """A list of the instance types that are used to generate inferences in real-time. Since
    2018-11-28.
    """
    supported_content_types: Final[list[str] | None]
    """The supported MIME types for the input data. Since 2018-11-28."""
    supported_response_mime_types: Final[list[str] | None]
    """The supported MIME types for the output data. Since 2018-11-28."""
    def __init__(
        self,
        *,
        containers: list[ModelPackageContainerDefinition],
        supported_transform_instance_types: list[TransformInstanceType | TransformInstanceTypeLiteral] | None = None,
        supported_realtime_inference_instance_types: list[
            ProductionVariantInstanceType | ProductionVariantInstanceTypeLiteral
        ]
        | None = None,
        supported_content_types: list[str] | None = None,
        supported_response_mime_types: list[str] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        containers: list[ModelPackageContainerDefinition] = ...,
        supported_transform_instance_types: list[TransformInstanceType | TransformInstanceTypeLiteral] | None = ...,
        supported_realtime_inference_instance_types: list[
            ProductionVariantInstanceType | ProductionVariantInstanceTypeLiteral
        ]
        | None = ...,
        supported_content_types: list[str] | None = ...,
        supported_response_mime_types: list[str] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class InfraCheckConfig(Shape):
    """Contains information about the infrastructure health check configuration for the training job."""

    enable_infra_check: Final[bool | None]
    """Enables an infrastructure health check. Since 2023-11-29."""
    def __init__(
        self,
        *,
        enable_infra_check: bool | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        enable_infra_check: bool | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class InputConfig(Shape):
    """Provides information about the location of input model artifacts, the name and shape of the
    expected data inputs, and the framework in which the model was trained.
    """

    s3_uri: Final[str]
    """The S3 path where the model artifacts, which result from model training, are stored. This path
    must point to a single gzip compressed tar archive (.tar.gz suffix). Since 2018-11-28.
    """
    data_input_config: Final[str | None]
    """Specifies the name and shape of the expected data inputs for your trained model with a JSON
    dictionary form. The data inputs are Framework specific. Since 2018-11-28.
    """
    framework: Final[Framework]
    """Identifies the framework in which the model was trained. For example: TENSORFLOW. Since
    2018-11-28.
    """
    framework_version: Final[str | None]
    """Specifies the framework version to use. This API field is only supported for the MXNet, PyTorch,
    TensorFlow and TensorFlow Lite frameworks. Since 2021-02-09.
    """
    def __init__(
        self,
        *,
        s3_uri: str,
        framework: Framework | FrameworkLiteral,
        data_input_config: str | None = None,
        framework_version: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        s3_uri: str = ...,
        data_input_config: str | None = ...,
        framework: Framework | FrameworkLiteral = ...,
        framework_version: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class InstanceGroup(Shape):
    """Defines an instance group for heterogeneous cluster training. When requesting a training job
    using the CreateTrainingJob API, you can configure multiple instance groups .
    """

    instance_type: Final[TrainingInstanceType]
    """Specifies the instance type of the instance group. Since 2022-07-07."""
    instance_count: Final[int]
    """Specifies the number of instances of the instance group. Since 2022-07-07."""
    instance_group_name: Final[str]
    """Specifies the name of the instance group. Since 2022-07-07."""
    def __init__(
        self,
        *,
        instance_type: TrainingInstanceType | TrainingInstanceTypeLiteral,
        instance_count: int,
        instance_group_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        instance_type: TrainingInstanceType | TrainingInstanceTypeLiteral = ...,
        instance_count: int = ...,
        instance_group_name: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class InstanceGroupHealthCheckConfiguration(Shape):
    """The configuration of deep health checks for an instance group."""

    instance_group_name: Final[str]
    """The name of the instance group. Since 2026-04-10."""
    instance_ids: Final[list[str] | None]
    """A list of Amazon Elastic Compute Cloud (EC2) instance IDs on which to perform deep health
    checks. Since 2026-04-10.
    """
    deep_health_checks: Final[list[DeepHealthCheckType | DeepHealthCheckTypeLiteral]]
    """A list of deep health checks to be performed. Since 2026-04-10."""
    def __init__(
        self,
        *,
        instance_group_name: str,
        deep_health_checks: list[DeepHealthCheckType | DeepHealthCheckTypeLiteral],
        instance_ids: list[str] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        instance_group_name: str = ...,
        instance_ids: list[str] | None = ...,
        deep_health_checks: list[DeepHealthCheckType | DeepHealthCheckTypeLiteral] = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class InstanceGroupMetadata(Shape):
    """Metadata specific to instance group-level events."""

    failure_message: Final[str | None]
    """An error message describing why the instance group level operation (such as creating, scaling,
    or deleting) failed. Since 2025-08-05.
    """
    availability_zone_id: Final[str | None]
    """The ID of the Availability Zone where the instance group is located. Since 2025-08-05."""
    capacity_reservation: Final[CapacityReservation | None]
    """Information about the Capacity Reservation used by the instance group. Since 2025-08-05."""
    subnet_id: Final[str | None]
    """The ID of the subnet where the instance group is located. Since 2025-08-05."""
    security_group_ids: Final[list[str] | None]
    """A list of security group IDs associated with the instance group. Since 2025-08-05."""
    ami_override: Final[str | None]
    """If you use a custom Amazon Machine Image (AMI) for the instance group, this field shows the ID
    of the custom AMI. Since 2025-08-05.
    """
    def __init__(
        self,
        *,
        failure_message: str | None = None,
        availability_zone_id: str | None = None,
        capacity_reservation: CapacityReservation | None = None,
        subnet_id: str | None = None,
        security_group_ids: list[str] | None = None,
        ami_override: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        failure_message: str | None = ...,
        availability_zone_id: str | None = ...,
        capacity_reservation: CapacityReservation | None = ...,
        subnet_id: str | None = ...,
        security_group_ids: list[str] | None = ...,
        ami_override: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class InstanceGroupScalingMetadata(Shape):
    """Metadata related to instance group scaling events."""

    instance_count: Final[int | None]
    """The current number of instances in the group. Since 2025-08-05."""
    target_count: Final[int | None]
    """The desired number of instances for the group after scaling. Since 2025-08-05."""
    min_count: Final[int | None]
    """Minimum instance count of the instance group. Since 2025-11-21."""
    failure_message: Final[str | None]
    """An error message describing why the scaling operation failed, if applicable. Since 2025-08-05.
    """
    def __init__(
        self,
        *,
        instance_count: int | None = None,
        target_count: int | None = None,
        min_count: int | None = None,
        failure_message: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        instance_count: int | None = ...,
        target_count: int | None = ...,
        min_count: int | None = ...,
        failure_message: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class InstanceMetadata(Shape):
    """Metadata specific to instance-level events."""

    customer_eni: Final[str | None]
    """The ID of the customer-managed Elastic Network Interface (ENI) associated with the instance.
    Since 2025-08-05.
    """
    additional_enis: Final[AdditionalEnis | None]
    """Information about additional Elastic Network Interfaces (ENIs) associated with the instance.
    Since 2025-08-05.
    """
    instance_requirements_eni_configurations: Final[list[InstanceRequirementsEniConfiguration] | None]
    """The ENI configurations for the instance types in the instance requirements, grouped by network
    interface category (for example, ENI-only or EFA with ENIs). At most one configuration per
    category. Since 2026-05-13.
    """
    capacity_reservation: Final[CapacityReservation | None]
    """Information about the Capacity Reservation used by the instance. Since 2025-08-05."""
    failure_message: Final[str | None]
    """An error message describing why the instance creation or update failed, if applicable. Since
    2025-08-05.
    """
    lcs_execution_state: Final[str | None]
    """The execution state of the Lifecycle Script (LCS) for the instance. Since 2025-08-05."""
    node_logical_id: Final[str | None]
    """The unique logical identifier of the node within the cluster. The ID used here is the same
    object as in the BatchAddClusterNodes API. Since 2025-08-05.
    """
    def __init__(
        self,
        *,
        customer_eni: str | None = None,
        additional_enis: AdditionalEnis | None = None,
        instance_requirements_eni_configurations: list[InstanceRequirementsEniConfiguration] | None = None,
        capacity_reservation: CapacityReservation | None = None,
        failure_message: str | None = None,
        lcs_execution_state: str | None = None,
        node_logical_id: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        customer_eni: str | None = ...,
        additional_enis: AdditionalEnis | None = ...,
        instance_requirements_eni_configurations: list[InstanceRequirementsEniConfiguration] | None = ...,
        capacity_reservation: CapacityReservation | None = ...,
        failure_message: str | None = ...,
        lcs_execution_state: str | None = ...,
        node_logical_id: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class InstanceMetadataServiceConfiguration(Shape):
    """Information on the IMDS configuration of the notebook instance"""

    minimum_instance_metadata_service_version: Final[str]
    """Indicates the minimum IMDS version that the notebook instance supports. When passed as part of
    CreateNotebookInstance, if no value is selected, then it defaults to IMDSv1. This means that
    both IMDSv1 and IMDSv2 are supported. If passed as part of UpdateNotebookInstance, there is no
    default. Since 2022-05-27.
    """
    def __init__(
        self,
        *,
        minimum_instance_metadata_service_version: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        minimum_instance_metadata_service_version: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class InstancePlacementConfig(Shape):
    """Configuration for how training job instances are placed and allocated within UltraServers. Only
    applicable for UltraServer capacity.
    """

    enable_multiple_jobs: Final[bool | None]
    """If set to true, allows multiple jobs to share the same UltraServer instances. If set to false,
    ensures this job's instances are placed on an UltraServer exclusively, with no other jobs
    sharing the same UltraServer. Default is false. Since 2025-08-08.
    """
    placement_specifications: Final[list[PlacementSpecification] | None]
    """A list of specifications for how instances should be placed on specific UltraServers. Maximum of
    10 items is supported. Since 2025-08-08.
    """
    def __init__(
        self,
        *,
        enable_multiple_jobs: bool | None = None,
        placement_specifications: list[PlacementSpecification] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        enable_multiple_jobs: bool | None = ...,
        placement_specifications: list[PlacementSpecification] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class InstancePool(Shape):
    """Specifies an instance type and its priority for a heterogeneous endpoint. Use instance pools to
    configure a production variant with multiple instance types, enabling the endpoint to provision
    instances across different types based on priority.
    """

    instance_type: Final[ProductionVariantInstanceType]
    """The ML compute instance type for the instance pool. Since 2026-04-30."""
    model_name_override: Final[str | None]
    """The name of a SageMaker model to use for this instance pool instead of the model specified for
    the production variant. Use this to deploy a different model optimized for the instance type in
    this pool. Since 2026-04-30.
    """
    priority: Final[int]
    """The priority for the instance pool. SageMaker attempts to provision instances in order of
    priority, starting with the lowest value. If instances for a higher-priority pool are
    unavailable, SageMaker attempts to provision from the next pool. Since 2026-04-30.
    """
    def __init__(
        self,
        *,
        instance_type: ProductionVariantInstanceType | ProductionVariantInstanceTypeLiteral,
        priority: int,
        model_name_override: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        instance_type: ProductionVariantInstanceType | ProductionVariantInstanceTypeLiteral = ...,
        model_name_override: str | None = ...,
        priority: int = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class InstancePoolSummary(Shape):
    """A summary of an instance pool for a production variant, including the instance type and the
    current number of instances.
    """

    instance_type: Final[ProductionVariantInstanceType | None]
    """The ML compute instance type for the instance pool. Since 2026-04-30."""
    current_instance_count: Final[int | None]
    """The current number of instances of this type in the instance pool. Since 2026-04-30."""
    def __init__(
        self,
        *,
        instance_type: ProductionVariantInstanceType | ProductionVariantInstanceTypeLiteral | None = None,
        current_instance_count: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        instance_type: ProductionVariantInstanceType | ProductionVariantInstanceTypeLiteral | None = ...,
        current_instance_count: int | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class InstanceRequirementsEniConfiguration(Shape):
    """The customer ENI and additional ENIs associated with a network interface category."""

    customer_eni: Final[str | None]
    """The ID of the customer-managed Elastic Network Interface (ENI) associated with the instance type
    category. Since 2026-05-13.
    """
    additional_enis: Final[AdditionalEnis | None]
    """Information about additional Elastic Network Interfaces (ENIs) associated with the instance type
    category. Since 2026-05-13.
    """
    def __init__(
        self,
        *,
        customer_eni: str | None = None,
        additional_enis: AdditionalEnis | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        customer_eni: str | None = ...,
        additional_enis: AdditionalEnis | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class IntegerParameterRange(Shape):
    """For a hyperparameter of the integer type, specifies the range that a hyperparameter tuning job
    searches.
    """

    name: Final[str]
    """The name of the hyperparameter to search. Since 2018-06-04."""
    min_value: Final[str]
    """The minimum value of the hyperparameter to search. Since 2018-06-04."""
    max_value: Final[str]
    """The maximum value of the hyperparameter to search. Since 2018-06-04."""
    scaling_type: Final[HyperParameterScalingType | None]
    """The scale that hyperparameter tuning uses to search the hyperparameter range. For information
    about choosing a hyperparameter scale, see Hyperparameter Scaling. One of the following values:
    Since 2019-03-14.
    """
    def __init__(
        self,
        *,
        name: str,
        min_value: str,
        max_value: str,
        scaling_type: HyperParameterScalingType | HyperParameterScalingTypeLiteral | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        name: str = ...,
        min_value: str = ...,
        max_value: str = ...,
        scaling_type: HyperParameterScalingType | HyperParameterScalingTypeLiteral | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class IntegerParameterRangeSpecification(Shape):
    """A IntegerParameterRangeSpecification object that defines the possible values for an integer
    hyperparameter.
    """

    min_value: Final[str]
    """The minimum integer value allowed. Since 2018-11-28."""
    max_value: Final[str]
    """The maximum integer value allowed. Since 2018-11-28."""
    def __init__(
        self,
        *,
        min_value: str,
        max_value: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        min_value: str = ...,
        max_value: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""
