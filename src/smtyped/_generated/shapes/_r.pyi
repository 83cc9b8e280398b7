# Generated stub. Do not edit.
# Every shape whose name starts with "R", as type checkers see it. At run time each
# class lives in the module of its first two words (``__module__``); this stub-only module
# groups them because a few dozen stub files type-check much faster than hundreds.
from collections.abc import Mapping
from datetime import datetime
from typing import Any, Final

from typing_extensions import Self

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums._a import AppInstanceType, AppInstanceTypeLiteral
from smtyped._generated.enums._f import FlatInvocations, FlatInvocationsLiteral
from smtyped._generated.enums._p import (
    ProblemType,
    ProblemTypeLiteral,
    ProductionVariantInstanceType,
    ProductionVariantInstanceTypeLiteral,
)
from smtyped._generated.enums._r import (
    RecommendationJobSupportedEndpointType,
    RecommendationJobSupportedEndpointTypeLiteral,
    RedshiftResultCompressionType,
    RedshiftResultCompressionTypeLiteral,
    RedshiftResultFormat,
    RedshiftResultFormatLiteral,
    ReservedCapacityInstanceType,
    ReservedCapacityInstanceTypeLiteral,
    ReservedCapacityStatus,
    ReservedCapacityStatusLiteral,
    ReservedCapacityType,
    ReservedCapacityTypeLiteral,
    ResourceSharingStrategy,
    ResourceSharingStrategyLiteral,
    RetentionType,
    RetentionTypeLiteral,
    RStudioServerProAccessStatus,
    RStudioServerProAccessStatusLiteral,
    RStudioServerProUserGroup,
    RStudioServerProUserGroupLiteral,
)
from smtyped._generated.enums._t import TrainingInstanceType, TrainingInstanceTypeLiteral
from smtyped._generated.shapes._a import AutoMLJobCompletionCriteria, AutoMLJobObjective
from smtyped._generated.shapes._c import CapacitySize, CapacitySizeConfig, ComputeQuotaResourceConfig, CustomImage
from smtyped._generated.shapes._d import Device
from smtyped._generated.shapes._e import EndpointInfo, EndpointInputConfiguration, EndpointOutputConfiguration
from smtyped._generated.shapes._i import InferenceMetrics, InstanceGroup, InstancePlacementConfig
from smtyped._generated.shapes._m import ModelConfiguration, ModelLatencyThreshold
from smtyped._generated.shapes._p import ParallelismConfiguration
from smtyped._generated.shapes._t import Tag, TrafficPattern
from smtyped._generated.shapes._u import UiTemplate

class RSessionAppSettings(Shape):
    """A collection of settings that configure the RSessionGateway app."""

    default_resource_spec: Final[ResourceSpec | None]
    """Specifies the ARN's of a SageMaker AI image and SageMaker AI image version, and the instance
    type that the version runs on. Since 2022-05-03.
    """
    custom_images: Final[list[CustomImage] | None]
    """A list of custom SageMaker AI images that are configured to run as a RSession app. Since
    2022-05-03.
    """
    def __init__(
        self,
        *,
        default_resource_spec: ResourceSpec | None = None,
        custom_images: list[CustomImage] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        default_resource_spec: ResourceSpec | None = ...,
        custom_images: list[CustomImage] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class RStudioServerProAppSettings(Shape):
    """A collection of settings that configure user interaction with the RStudioServerPro app."""

    access_status: Final[RStudioServerProAccessStatus | None]
    """Indicates whether the current user has access to the RStudioServerPro app. Since 2021-10-28.
    """
    user_group: Final[RStudioServerProUserGroup | None]
    """The level of permissions that the user has within the RStudioServerPro app. This value defaults
    to User. The Admin value allows the user access to the RStudio Administrative Dashboard. Since
    2021-10-28.
    """
    def __init__(
        self,
        *,
        access_status: RStudioServerProAccessStatus | RStudioServerProAccessStatusLiteral | None = None,
        user_group: RStudioServerProUserGroup | RStudioServerProUserGroupLiteral | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        access_status: RStudioServerProAccessStatus | RStudioServerProAccessStatusLiteral | None = ...,
        user_group: RStudioServerProUserGroup | RStudioServerProUserGroupLiteral | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class RStudioServerProDomainSettings(Shape):
    """A collection of settings that configure the RStudioServerPro Domain-level app."""

    domain_execution_role_arn: Final[str]
    """The ARN of the execution role for the RStudioServerPro Domain-level app. Since 2021-10-28."""
    r_studio_connect_url: Final[str | None]
    """A URL pointing to an RStudio Connect server. Since 2021-10-28."""
    r_studio_package_manager_url: Final[str | None]
    """A URL pointing to an RStudio Package Manager server. Since 2021-10-28."""
    default_resource_spec: Final[ResourceSpec | None]
    """Specifies the ARN's of a SageMaker AI image and SageMaker AI image version, and the instance
    type that the version runs on. Since 2021-10-28.
    """
    def __init__(
        self,
        *,
        domain_execution_role_arn: str,
        r_studio_connect_url: str | None = None,
        r_studio_package_manager_url: str | None = None,
        default_resource_spec: ResourceSpec | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        domain_execution_role_arn: str = ...,
        r_studio_connect_url: str | None = ...,
        r_studio_package_manager_url: str | None = ...,
        default_resource_spec: ResourceSpec | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class RStudioServerProDomainSettingsForUpdate(Shape):
    """A collection of RStudioServerPro Domain-level app settings to update. A single RStudioServerPro
    application is created for a domain.
    """

    domain_execution_role_arn: Final[str]
    """The execution role for the RStudioServerPro Domain-level app. Since 2021-10-28."""
    default_resource_spec: Final[ResourceSpec | None]
    """Specifies the ARN's of a SageMaker AI image and SageMaker AI image version, and the instance
    type that the version runs on. Since 2021-10-28.
    """
    r_studio_connect_url: Final[str | None]
    """A URL pointing to an RStudio Connect server. Since 2022-12-21."""
    r_studio_package_manager_url: Final[str | None]
    """A URL pointing to an RStudio Package Manager server. Since 2022-12-21."""
    def __init__(
        self,
        *,
        domain_execution_role_arn: str,
        default_resource_spec: ResourceSpec | None = None,
        r_studio_connect_url: str | None = None,
        r_studio_package_manager_url: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        domain_execution_role_arn: str = ...,
        default_resource_spec: ResourceSpec | None = ...,
        r_studio_connect_url: str | None = ...,
        r_studio_package_manager_url: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class RealTimeInferenceConfig(Shape):
    """The infrastructure configuration for deploying the model to real-time inference."""

    instance_type: Final[ProductionVariantInstanceType]
    """The instance type the model is deployed to. Since 2022-11-30."""
    instance_count: Final[int]
    """The number of instances of the type specified by InstanceType. Since 2022-11-30."""
    def __init__(
        self,
        *,
        instance_type: ProductionVariantInstanceType | ProductionVariantInstanceTypeLiteral,
        instance_count: int,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        instance_type: ProductionVariantInstanceType | ProductionVariantInstanceTypeLiteral = ...,
        instance_count: int = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class RealTimeInferenceRecommendation(Shape):
    """The recommended configuration to use for Real-Time Inference."""

    recommendation_id: Final[str | None]
    """The recommendation ID which uniquely identifies each recommendation. Since 2023-05-24."""
    instance_type: Final[ProductionVariantInstanceType | None]
    """The recommended instance type for Real-Time Inference. Since 2023-05-24."""
    environment: Final[dict[str, str] | None]
    """The recommended environment variables to set in the model container for Real-Time Inference.
    Since 2023-05-24.
    """
    def __init__(
        self,
        *,
        recommendation_id: str | None = None,
        instance_type: ProductionVariantInstanceType | ProductionVariantInstanceTypeLiteral | None = None,
        environment: dict[str, str] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        recommendation_id: str | None = ...,
        instance_type: ProductionVariantInstanceType | ProductionVariantInstanceTypeLiteral | None = ...,
        environment: dict[str, str] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class RecommendationJobCompiledOutputConfig(Shape):
    """Provides information about the output configuration for the compiled model."""

    s3_output_uri: Final[str | None]
    """Identifies the Amazon S3 bucket where you want SageMaker to store the compiled model artifacts.
    Since 2022-04-26.
    """
    def __init__(
        self,
        *,
        s3_output_uri: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        s3_output_uri: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class RecommendationJobContainerConfig(Shape):
    """Specifies mandatory fields for running an Inference Recommender job. The fields specified in
    ContainerConfig override the corresponding fields in the model package.
    """

    domain: Final[str | None]
    """The machine learning domain of the model and its components. Since 2022-08-31."""
    task: Final[str | None]
    """The machine learning task that the model accomplishes. Since 2022-08-31."""
    framework: Final[str | None]
    """The machine learning framework of the container image. Since 2022-08-31."""
    framework_version: Final[str | None]
    """The framework version of the container image. Since 2022-08-31."""
    payload_config: Final[RecommendationJobPayloadConfig | None]
    """Specifies the SamplePayloadUrl and all other sample payload-related fields. Since 2022-08-31.
    """
    nearest_model_name: Final[str | None]
    """The name of a pre-trained machine learning model benchmarked by Amazon SageMaker Inference
    Recommender that matches your model. Since 2022-08-31.
    """
    supported_instance_types: Final[list[str] | None]
    """A list of the instance types that are used to generate inferences in real-time. Since
    2022-08-31.
    """
    supported_endpoint_type: Final[RecommendationJobSupportedEndpointType | None]
    """The endpoint type to receive recommendations for. By default this is null, and the results of
    the inference recommendation job return a combined list of both real-time and serverless
    benchmarks. By specifying a value for this field, you can receive a longer list of benchmarks
    for the desired endpoint type. Since 2023-07-03.
    """
    data_input_config: Final[str | None]
    """Specifies the name and shape of the expected data inputs for your trained model with a JSON
    dictionary form. This field is used for optimizing your model using SageMaker Neo. For more
    information, see DataInputConfig. Since 2023-01-25.
    """
    supported_response_mime_types: Final[list[str] | None]
    """The supported MIME types for the output data. Since 2023-08-15."""
    def __init__(
        self,
        *,
        domain: str | None = None,
        task: str | None = None,
        framework: str | None = None,
        framework_version: str | None = None,
        payload_config: RecommendationJobPayloadConfig | None = None,
        nearest_model_name: str | None = None,
        supported_instance_types: list[str] | None = None,
        supported_endpoint_type: RecommendationJobSupportedEndpointType
        | RecommendationJobSupportedEndpointTypeLiteral
        | None = None,
        data_input_config: str | None = None,
        supported_response_mime_types: list[str] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        domain: str | None = ...,
        task: str | None = ...,
        framework: str | None = ...,
        framework_version: str | None = ...,
        payload_config: RecommendationJobPayloadConfig | None = ...,
        nearest_model_name: str | None = ...,
        supported_instance_types: list[str] | None = ...,
        supported_endpoint_type: RecommendationJobSupportedEndpointType
        | RecommendationJobSupportedEndpointTypeLiteral
        | None = ...,
        data_input_config: str | None = ...,
        supported_response_mime_types: list[str] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class RecommendationJobInferenceBenchmark(Shape):
    """The details for a specific benchmark."""

    metrics: Final[RecommendationMetrics | None]
    """The metrics of recommendations. Since 2022-10-24."""
    endpoint_metrics: Final[InferenceMetrics | None]
    """The metrics for an existing endpoint compared in an Inference Recommender job. Since 2023-03-02.
    """
    endpoint_configuration: Final[EndpointOutputConfiguration | None]
    """The endpoint configuration made by Inference Recommender during a recommendation job. Since
    2022-10-24.
    """
    model_configuration: Final[ModelConfiguration | None]
    """Defines the model configuration. Includes the specification name and environment parameters.
    Since 2022-10-24.
    """
    failure_reason: Final[str | None]
    """The reason why a benchmark failed. Since 2022-10-24."""
    invocation_end_time: Final[datetime | None]
    """A timestamp that shows when the benchmark completed. Since 2023-05-23."""
    invocation_start_time: Final[datetime | None]
    """A timestamp that shows when the benchmark started. Since 2023-05-23."""
    def __init__(
        self,
        *,
        metrics: RecommendationMetrics | None = None,
        endpoint_metrics: InferenceMetrics | None = None,
        endpoint_configuration: EndpointOutputConfiguration | None = None,
        model_configuration: ModelConfiguration | None = None,
        failure_reason: str | None = None,
        invocation_end_time: datetime | None = None,
        invocation_start_time: datetime | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        metrics: RecommendationMetrics | None = ...,
        endpoint_metrics: InferenceMetrics | None = ...,
        endpoint_configuration: EndpointOutputConfiguration | None = ...,
        model_configuration: ModelConfiguration | None = ...,
        failure_reason: str | None = ...,
        invocation_end_time: datetime | None = ...,
        invocation_start_time: datetime | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class RecommendationJobInputConfig(Shape):
    """Provides information about the versioned model package Amazon Resource Name (ARN), the traffic
    pattern, and endpoint configurations.
    """

    model_package_version_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of a versioned model package. Since 2021-12-01."""
    model_name: Final[str | None]
    """The name of the created model. Since 2023-01-25."""
    job_duration_in_seconds: Final[int | None]
    """Specifies the maximum duration of the job, in seconds. The maximum value is 18,000 seconds.
    Since 2021-12-01.
    """
    traffic_pattern: Final[TrafficPattern | None]
    """Specifies the traffic pattern of the job. Since 2021-12-01."""
    resource_limit: Final[RecommendationJobResourceLimit | None]
    """Defines the resource limit of the job. Since 2021-12-01."""
    endpoint_configurations: Final[list[EndpointInputConfiguration] | None]
    """Specifies the endpoint configuration to use for a job. Since 2021-12-01."""
    volume_kms_key_id: Final[str | None]
    """The Amazon Resource Name (ARN) of a Amazon Web Services Key Management Service (Amazon Web
    Services KMS) key that Amazon SageMaker uses to encrypt data on the storage volume attached to
    the ML compute instance that hosts the endpoint. This key will be passed to SageMaker Hosting
    for endpoint creation. Since 2022-04-26.
    """
    container_config: Final[RecommendationJobContainerConfig | None]
    """Specifies mandatory fields for running an Inference Recommender job. The fields specified in
    ContainerConfig override the corresponding fields in the model package. Since 2022-08-31.
    """
    endpoints: Final[list[EndpointInfo] | None]
    """Existing customer endpoints on which to run an Inference Recommender job. Since 2022-10-21.
    """
    vpc_config: Final[RecommendationJobVpcConfig | None]
    """Inference Recommender provisions SageMaker endpoints with access to VPC in the inference
    recommendation job. Since 2022-12-15.
    """
    def __init__(
        self,
        *,
        model_package_version_arn: str | None = None,
        model_name: str | None = None,
        job_duration_in_seconds: int | None = None,
        traffic_pattern: TrafficPattern | None = None,
        resource_limit: RecommendationJobResourceLimit | None = None,
        endpoint_configurations: list[EndpointInputConfiguration] | None = None,
        volume_kms_key_id: str | None = None,
        container_config: RecommendationJobContainerConfig | None = None,
        endpoints: list[EndpointInfo] | None = None,
        vpc_config: RecommendationJobVpcConfig | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        model_package_version_arn: str | None = ...,
        model_name: str | None = ...,
        job_duration_in_seconds: int | None = ...,
        traffic_pattern: TrafficPattern | None = ...,
        resource_limit: RecommendationJobResourceLimit | None = ...,
        endpoint_configurations: list[EndpointInputConfiguration] | None = ...,
        volume_kms_key_id: str | None = ...,
        container_config: RecommendationJobContainerConfig | None = ...,
        endpoints: list[EndpointInfo] | None = ...,
        vpc_config: RecommendationJobVpcConfig | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class RecommendationJobOutputConfig(Shape):
    """Provides information about the output artifacts and the KMS key to use for Amazon S3 server-side
    encryption.
    """

    kms_key_id: Final[str | None]
    """The Amazon Resource Name (ARN) of a Amazon Web Services Key Management Service (Amazon Web
    Services KMS) key that Amazon SageMaker uses to encrypt your output artifacts with Amazon S3
    server-side encryption. The SageMaker execution role must have kms:GenerateDataKey permission.
    Since 2022-04-26.
    """
    compiled_output_config: Final[RecommendationJobCompiledOutputConfig | None]
    """Provides information about the output configuration for the compiled model. Since 2022-04-26.
    """
    def __init__(
        self,
        *,
        kms_key_id: str | None = None,
        compiled_output_config: RecommendationJobCompiledOutputConfig | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        kms_key_id: str | None = ...,
        compiled_output_config: RecommendationJobCompiledOutputConfig | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class RecommendationJobPayloadConfig(Shape):
    """Specifies the SamplePayloadUrl and all other sample payload-related fields."""

    sample_payload_url: Final[str | None]
    """The Amazon Simple Storage Service (Amazon S3) path where the sample payload is stored. This path
    must point to a single gzip compressed tar archive (.tar.gz suffix). Since 2022-08-31.
    """
    supported_content_types: Final[list[str] | None]
    """The supported MIME types for the input data. Since 2022-08-31."""
    def __init__(
        self,
        *,
        sample_payload_url: str | None = None,
        supported_content_types: list[str] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        sample_payload_url: str | None = ...,
        supported_content_types: list[str] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class RecommendationJobResourceLimit(Shape):
    """Defines the resource limit of the job."""

    max_number_of_tests: Final[int | None]
    """Defines the maximum number of load tests. Since 2021-12-01."""
    max_parallel_of_tests: Final[int | None]
    """Defines the maximum number of parallel load tests. Since 2021-12-01."""
    def __init__(
        self,
        *,
        max_number_of_tests: int | None = None,
        max_parallel_of_tests: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        max_number_of_tests: int | None = ...,
        max_parallel_of_tests: int | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class RecommendationJobStoppingConditions(Shape):
    """A set of conditions for stopping a recommendation job. If any of the conditions are met, the job
    is automatically stopped.
    """

    max_invocations: Final[int | None]
    """The maximum number of requests per minute expected for the endpoint. Since 2021-12-01."""
    model_latency_thresholds: Final[list[ModelLatencyThreshold] | None]
    """The interval of time taken by a model to respond as viewed from SageMaker. The interval includes
    the local communication time taken to send the request and to fetch the response from the
    container of a model and the time taken to complete the inference in the container. Since
    2021-12-01.
    """
    flat_invocations: Final[FlatInvocations | None]
    """Stops a load test when the number of invocations (TPS) peaks and flattens, which means that the
    instance has reached capacity. The default value is Stop. If you want the load test to continue
    after invocations have flattened, set the value to Continue. Since 2023-08-01.
    """
    def __init__(
        self,
        *,
        max_invocations: int | None = None,
        model_latency_thresholds: list[ModelLatencyThreshold] | None = None,
        flat_invocations: FlatInvocations | FlatInvocationsLiteral | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        max_invocations: int | None = ...,
        model_latency_thresholds: list[ModelLatencyThreshold] | None = ...,
        flat_invocations: FlatInvocations | FlatInvocationsLiteral | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class RecommendationJobVpcConfig(Shape):
    """Inference Recommender provisions SageMaker endpoints with access to VPC in the inference
    recommendation job.
    """

    security_group_ids: Final[list[str]]
    """The VPC security group IDs. IDs have the form of sg-xxxxxxxx. Specify the security groups for
    the VPC that is specified in the Subnets field. Since 2022-12-15.
    """
    subnets: Final[list[str]]
    """The ID of the subnets in the VPC to which you want to connect your model. Since 2022-12-15.
    """
    def __init__(
        self,
        *,
        security_group_ids: list[str],
        subnets: list[str],
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        security_group_ids: list[str] = ...,
        subnets: list[str] = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class RecommendationMetrics(Shape):
    """The metrics used to decide what recommendation to make."""

    cost_per_hour: Final[float | None]
    """Defines the cost per hour for the instance. Since 2021-12-01."""
    cost_per_inference: Final[float | None]
    """Defines the cost per inference for the instance . Since 2021-12-01."""
    max_invocations: Final[int | None]
    """The expected maximum number of requests per minute for the instance. Since 2021-12-01."""
    model_latency: Final[int | None]
    """The expected model latency at maximum invocation per minute for the instance. Since 2021-12-01.
    """
    cpu_utilization: Final[float | None]
    """The expected CPU utilization at maximum invocations per minute for the instance. Since
    2023-01-25.
    """
    memory_utilization: Final[float | None]
    """The expected memory utilization at maximum invocations per minute for the instance. Since
    2023-01-25.
    """
    model_setup_time: Final[int | None]
    """The time it takes to launch new compute resources for a serverless endpoint. The time can vary
    depending on the model size, how long it takes to download the model, and the start-up time of
    the container. Since 2023-07-03.
    """
    def __init__(
        self,
        *,
        cost_per_hour: float | None = None,
        cost_per_inference: float | None = None,
        max_invocations: int | None = None,
        model_latency: int | None = None,
        cpu_utilization: float | None = None,
        memory_utilization: float | None = None,
        model_setup_time: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        cost_per_hour: float | None = ...,
        cost_per_inference: float | None = ...,
        max_invocations: int | None = ...,
        model_latency: int | None = ...,
        cpu_utilization: float | None = ...,
        memory_utilization: float | None = ...,
        model_setup_time: int | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class RedshiftDatasetDefinition(Shape):
    """Configuration for Redshift Dataset Definition input."""

    cluster_id: Final[str]
    """The Redshift cluster Identifier. Since 2020-12-01."""
    database: Final[str]
    """The name of the Redshift database used in Redshift query execution. Since 2020-12-01."""
    db_user: Final[str]
    """The database user name used in Redshift query execution. Since 2020-12-01."""
    query_string: Final[str]
    """The SQL query statements to be executed. Since 2020-12-01."""
    cluster_role_arn: Final[str]
    """The IAM role attached to your Redshift cluster that Amazon SageMaker uses to generate datasets.
    Since 2020-12-01.
    """
    output_s3_uri: Final[str]
    """The location in Amazon S3 where the Redshift query results are stored. Since 2020-12-01."""
    kms_key_id: Final[str | None]
    """The Amazon Web Services Key Management Service (Amazon Web Services KMS) key that Amazon
    SageMaker uses to encrypt data from a Redshift execution. Since 2020-12-01.
    """
    output_format: Final[RedshiftResultFormat]
    """The data storage format for Redshift query results. Since 2020-12-01."""
    output_compression: Final[RedshiftResultCompressionType | None]
    """The compression used for Redshift query results. Since 2020-12-01."""
    def __init__(
        self,
        *,
        cluster_id: str,
        database: str,
        db_user: str,
        query_string: str,
        cluster_role_arn: str,
        output_s3_uri: str,
        output_format: RedshiftResultFormat | RedshiftResultFormatLiteral,
        kms_key_id: str | None = None,
        output_compression: RedshiftResultCompressionType | RedshiftResultCompressionTypeLiteral | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        cluster_id: str = ...,
        database: str = ...,
        db_user: str = ...,
        query_string: str = ...,
        cluster_role_arn: str = ...,
        output_s3_uri: str = ...,
        kms_key_id: str | None = ...,
        output_format: RedshiftResultFormat | RedshiftResultFormatLiteral = ...,
        output_compression: RedshiftResultCompressionType | RedshiftResultCompressionTypeLiteral | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class RegisterDevicesRequest(Shape):
    """No description on the pages."""

    device_fleet_name: Final[str]
    """The name of the fleet. Since 2020-12-08."""
    devices: Final[list[Device]]
    """A list of devices to register with SageMaker Edge Manager. Since 2020-12-08."""
    tags: Final[list[Tag] | None]
    """The tags associated with devices. Since 2020-12-08."""
    def __init__(
        self,
        *,
        device_fleet_name: str,
        devices: list[Device],
        tags: list[Tag] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        device_fleet_name: str = ...,
        devices: list[Device] = ...,
        tags: list[Tag] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class RegisterDevicesResponse(OutputShape):
    """The result of ``register_devices`` (RegisterDevices)."""

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

class RegisterModelStepMetadata(Shape):
    """The Amazon Resource Name (ARN) of the model package that the model was registered to by this
    step execution.
    """

    arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the model package. Since 2020-12-01."""
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

class RemoteDebugConfig(Shape):
    """Configuration for remote debugging. To learn more about the remote debugging functionality of
    SageMaker, see Access a training container through Amazon Web Services Systems Manager (SSM) for
    remote debugging.
    """

    enable_remote_debug: Final[bool | None]
    """If set to True, enables remote debugging. Since 2023-12-21."""
    def __init__(
        self,
        *,
        enable_remote_debug: bool | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        enable_remote_debug: bool | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class RemoteDebugConfigForUpdate(Shape):
    """Configuration for remote debugging while the training job is running. You can update the remote
    debugging configuration when the SecondaryStatus of the job is Downloading or Training.To learn
    more about the remote debugging functionality of SageMaker, see Access a training container
    through Amazon Web Services Systems Manager (SSM) for remote debugging.
    """

    enable_remote_debug: Final[bool | None]
    """If set to True, enables remote debugging. Since 2023-12-21."""
    def __init__(
        self,
        *,
        enable_remote_debug: bool | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        enable_remote_debug: bool | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class RenderUiTemplateRequest(Shape):
    """No description on the pages."""

    ui_template: Final[UiTemplate | None]
    """A Template object containing the worker UI template to render. Since 2018-11-28."""
    task: Final[RenderableTask]
    """A RenderableTask object containing a representative task to render. Since 2018-11-28."""
    role_arn: Final[str]
    """The Amazon Resource Name (ARN) that has access to the S3 objects that are used by the template.
    Since 2018-11-28.
    """
    human_task_ui_arn: Final[str | None]
    """The HumanTaskUiArn of the worker UI that you want to render. Do not provide a HumanTaskUiArn if
    you use the UiTemplate parameter. Since 2020-06-01.
    """
    def __init__(
        self,
        *,
        task: RenderableTask,
        role_arn: str,
        ui_template: UiTemplate | None = None,
        human_task_ui_arn: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        ui_template: UiTemplate | None = ...,
        task: RenderableTask = ...,
        role_arn: str = ...,
        human_task_ui_arn: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class RenderUiTemplateResponse(OutputShape):
    """The result of ``render_ui_template`` (RenderUiTemplate)."""

    rendered_content: Final[str | None]
    """A Liquid template that renders the HTML for the worker UI. Since 2018-11-28."""
    errors: Final[list[RenderingError] | None]
    """A list of one or more RenderingError objects if any were encountered while rendering the
    template. If there were no errors, the list is empty. Since 2018-11-28.
    """
    def __init__(
        self,
        *,
        rendered_content: str | None = None,
        errors: list[RenderingError] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        rendered_content: str | None = ...,
        errors: list[RenderingError] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class RenderableTask(Shape):
    """A RenderableTask object containing a representative task to render."""

    input: Final[str]
    """A JSON object that contains values for the variables defined in the template. It is made
    available to the template under the substitution variable task.input . For example, if you
    define a variable task.input.text in your template, you can supply the variable in the JSON
    object as "text": "sample text" . Since 2018-11-28.
    """
    def __init__(
        self,
        *,
        input: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        input: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class RenderingError(Shape):
    """A description of an error that occurred while rendering the template."""

    code: Final[str | None]
    """A unique identifier for a specific class of errors. Since 2018-11-28."""
    message: Final[str | None]
    """A human-readable message describing the error. Since 2018-11-28."""
    def __init__(
        self,
        *,
        code: str | None = None,
        message: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        code: str | None = ...,
        message: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class RepositoryAuthConfig(Shape):
    """(Optional) Specifies an authentication configuration for the private docker registry where your
    model image is hosted. Specify a value for this property only if you specified Vpc as the value
    for the RepositoryAccessMode field, and the private Docker registry where the model image is
    hosted requires authentication.
    """

    repository_credentials_provider_arn: Final[str]
    """The Amazon Resource Name (ARN) of an Amazon Web Services Lambda function that provides
    credentials to authenticate to the private Docker registry where your model image is hosted. For
    information about how to create an Amazon Web Services Lambda function, see Create a Lambda
    function with the console in the Amazon Web Services Lambda Developer Guide. Since 2021-03-19.
    """
    def __init__(
        self,
        *,
        repository_credentials_provider_arn: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        repository_credentials_provider_arn: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ReservedCapacityOffering(Shape):
    """Details about a reserved capacity offering for a training plan offering."""

    reserved_capacity_type: Final[ReservedCapacityType | None]
    """The type of reserved capacity offering. Since 2025-08-08."""
    ultra_server_type: Final[str | None]
    """The type of UltraServer included in this reserved capacity offering, such as ml.u-p6e-gb200x72.
    Since 2025-08-08.
    """
    ultra_server_count: Final[int | None]
    """The number of UltraServers included in this reserved capacity offering. Since 2025-08-08."""
    instance_type: Final[ReservedCapacityInstanceType | None]
    """The instance type for the reserved capacity offering. Since 2024-12-04."""
    instance_count: Final[int | None]
    """The number of instances in the reserved capacity offering. Since 2024-12-04."""
    availability_zone: Final[str | None]
    """The availability zone for the reserved capacity offering. Since 2024-12-04."""
    duration_hours: Final[int | None]
    """The number of whole hours in the total duration for this reserved capacity offering. Since
    2024-12-04.
    """
    duration_minutes: Final[int | None]
    """The additional minutes beyond whole hours in the total duration for this reserved capacity
    offering. Since 2024-12-04.
    """
    start_time: Final[datetime | None]
    """The start time of the reserved capacity offering. Since 2024-12-04."""
    end_time: Final[datetime | None]
    """The end time of the reserved capacity offering. Since 2024-12-04."""
    extension_start_time: Final[datetime | None]
    """The start time of the extension for the reserved capacity offering. Since 2026-03-11."""
    extension_end_time: Final[datetime | None]
    """The end time of the extension for the reserved capacity offering. Since 2026-03-11."""
    def __init__(
        self,
        *,
        reserved_capacity_type: ReservedCapacityType | ReservedCapacityTypeLiteral | None = None,
        ultra_server_type: str | None = None,
        ultra_server_count: int | None = None,
        instance_type: ReservedCapacityInstanceType | ReservedCapacityInstanceTypeLiteral | None = None,
        instance_count: int | None = None,
        availability_zone: str | None = None,
        duration_hours: int | None = None,
        duration_minutes: int | None = None,
        start_time: datetime | None = None,
        end_time: datetime | None = None,
        extension_start_time: datetime | None = None,
        extension_end_time: datetime | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        reserved_capacity_type: ReservedCapacityType | ReservedCapacityTypeLiteral | None = ...,
        ultra_server_type: str | None = ...,
        ultra_server_count: int | None = ...,
        instance_type: ReservedCapacityInstanceType | ReservedCapacityInstanceTypeLiteral | None = ...,
        instance_count: int | None = ...,
        availability_zone: str | None = ...,
        duration_hours: int | None = ...,
        duration_minutes: int | None = ...,
        start_time: datetime | None = ...,
        end_time: datetime | None = ...,
        extension_start_time: datetime | None = ...,
        extension_end_time: datetime | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ReservedCapacitySummary(Shape):
    """Details of a reserved capacity for the training plan."""

    reserved_capacity_arn: Final[str | None]
    """The Amazon Resource Name (ARN); of the reserved capacity. Since 2024-12-04."""
    reserved_capacity_type: Final[ReservedCapacityType | None]
    """The type of reserved capacity. Since 2025-08-08."""
    ultra_server_type: Final[str | None]
    """The type of UltraServer included in this reserved capacity, such as ml.u-p6e-gb200x72. Since
    2025-08-08.
    """
    ultra_server_count: Final[int | None]
    """The number of UltraServers included in this reserved capacity. Since 2025-08-08."""
    instance_type: Final[ReservedCapacityInstanceType | None]
    """The instance type for the reserved capacity. Since 2024-12-04."""
    total_instance_count: Final[int | None]
    """The total number of instances in the reserved capacity. Since 2024-12-04."""
    status: Final[ReservedCapacityStatus | None]
    """The current status of the reserved capacity. Since 2024-12-04."""
    availability_zone: Final[str | None]
    """The availability zone for the reserved capacity. Since 2024-12-04."""
    availability_zone_id: Final[str | None]
    """The Availability Zone ID of the reserved capacity. Since 2026-05-27."""
    duration_hours: Final[int | None]
    """The number of whole hours in the total duration for this reserved capacity. Since 2024-12-04.
    """
    duration_minutes: Final[int | None]
    """The additional minutes beyond whole hours in the total duration for this reserved capacity.
    Since 2024-12-04.
    """
    start_time: Final[datetime | None]
    """The start time of the reserved capacity. Since 2024-12-04."""
    end_time: Final[datetime | None]
    """The end time of the reserved capacity. Since 2024-12-04."""
    def __init__(
        self,
        *,
        reserved_capacity_arn: str | None = None,
        reserved_capacity_type: ReservedCapacityType | ReservedCapacityTypeLiteral | None = None,
        ultra_server_type: str | None = None,
        ultra_server_count: int | None = None,
        instance_type: ReservedCapacityInstanceType | ReservedCapacityInstanceTypeLiteral | None = None,
        total_instance_count: int | None = None,
        status: ReservedCapacityStatus | ReservedCapacityStatusLiteral | None = None,
        availability_zone: str | None = None,
        availability_zone_id: str | None = None,
        duration_hours: int | None = None,
        duration_minutes: int | None = None,
        start_time: datetime | None = None,
        end_time: datetime | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        reserved_capacity_arn: str | None = ...,
        reserved_capacity_type: ReservedCapacityType | ReservedCapacityTypeLiteral | None = ...,
        ultra_server_type: str | None = ...,
        ultra_server_count: int | None = ...,
        instance_type: ReservedCapacityInstanceType | ReservedCapacityInstanceTypeLiteral | None = ...,
        total_instance_count: int | None = ...,
        status: ReservedCapacityStatus | ReservedCapacityStatusLiteral | None = ...,
        availability_zone: str | None = ...,
        availability_zone_id: str | None = ...,
        duration_hours: int | None = ...,
        duration_minutes: int | None = ...,
        start_time: datetime | None = ...,
        end_time: datetime | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ResolvedAttributes(Shape):
    """Contains ProblemType , AutoMLJobObjective , and CompletionCriteria . If you do not provide these
    values, they are inferred.
    """

    auto_ml_job_objective: Final[AutoMLJobObjective | None]
    """Specifies a metric to minimize or maximize as the objective of an AutoML job. Since 2019-12-04.
    """
    problem_type: Final[ProblemType | None]
    """The problem type. Since 2019-12-04."""
    completion_criteria: Final[AutoMLJobCompletionCriteria | None]
    """How long a job is allowed to run, or how many candidates a job is allowed to generate. Since
    2019-12-04.
    """
    def __init__(
        self,
        *,
        auto_ml_job_objective: AutoMLJobObjective | None = None,
        problem_type: ProblemType | ProblemTypeLiteral | None = None,
        completion_criteria: AutoMLJobCompletionCriteria | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        auto_ml_job_objective: AutoMLJobObjective | None = ...,
        problem_type: ProblemType | ProblemTypeLiteral | None = ...,
        completion_criteria: AutoMLJobCompletionCriteria | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ResourceCatalog(Shape):
    """A resource catalog containing all of the resources of a specific resource type within a resource
    owner account. For an example on sharing the Amazon SageMaker Feature Store
    DefaultFeatureGroupCatalog , see Share Amazon SageMaker Catalog resource type in the Amazon
    SageMaker Developer Guide.
    """

    resource_catalog_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the ResourceCatalog . Since 2023-07-20."""
    resource_catalog_name: Final[str | None]
    """The name of the ResourceCatalog . Since 2023-07-20."""
    description: Final[str | None]
    """A free form description of the ResourceCatalog . Since 2023-07-20."""
    creation_time: Final[datetime | None]
    """The time the ResourceCatalog was created. Since 2023-07-20."""
    def __init__(
        self,
        *,
        resource_catalog_arn: str | None = None,
        resource_catalog_name: str | None = None,
        description: str | None = None,
        creation_time: datetime | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        resource_catalog_arn: str | None = ...,
        resource_catalog_name: str | None = ...,
        description: str | None = ...,
        creation_time: datetime | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ResourceConfig(Shape):
    """The resources, including the ML compute instances and ML storage volumes, to use for model
    training.
    """

    instance_type: Final[TrainingInstanceType | None]
    """The ML compute instance type. Since 2017-11-29."""
    instance_count: Final[int | None]
    """The number of ML compute instances to use. For distributed training, provide a value greater
    than 1. Since 2017-11-29.
    """
    volume_size_in_gb: Final[int | None]
    """The size of the ML storage volume that you want to provision. Since 2017-11-29."""
    volume_kms_key_id: Final[str | None]
    """The Amazon Web Services KMS key that SageMaker uses to encrypt data on the storage volume
    attached to the ML compute instance(s) that run the training job. Since 2018-01-17.
    """
    keep_alive_period_in_seconds: Final[int | None]
    """The duration of time in seconds to retain configured resources in a warm pool for subsequent
    training jobs. Since 2022-09-29.
    """
    instance_groups: Final[list[InstanceGroup] | None]
    """The configuration of a heterogeneous cluster in JSON format. Since 2022-07-07."""
    training_plan_arn: Final[str | None]
    """The Amazon Resource Name (ARN); of the training plan to use for this resource configuration.
    Since 2024-12-04.
    """
    instance_placement_config: Final[InstancePlacementConfig | None]
    """Configuration for how training job instances are placed and allocated within UltraServers. Only
    applicable for UltraServer capacity. Since 2025-08-08.
    """
    def __init__(
        self,
        *,
        instance_type: TrainingInstanceType | TrainingInstanceTypeLiteral | None = None,
        instance_count: int | None = None,
        volume_size_in_gb: int | None = None,
        volume_kms_key_id: str | None = None,
        keep_alive_period_in_seconds: int | None = None,
        instance_groups: list[InstanceGroup] | None = None,
        training_plan_arn: str | None = None,
        instance_placement_config: InstancePlacementConfig | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        instance_type: TrainingInstanceType | TrainingInstanceTypeLiteral | None = ...,
        instance_count: int | None = ...,
        volume_size_in_gb: int | None = ...,
        volume_kms_key_id: str | None = ...,
        keep_alive_period_in_seconds: int | None = ...,
        instance_groups: list[InstanceGroup] | None = ...,
        training_plan_arn: str | None = ...,
        instance_placement_config: InstancePlacementConfig | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ResourceConfigForUpdate(Shape):
    """The training job ResourceConfig to update warm pool retention length."""

    keep_alive_period_in_seconds: Final[int]
    """The KeepAlivePeriodInSeconds value specified in the ResourceConfig to update. Since 2022-09-29.
    """
    def __init__(
        self,
        *,
        keep_alive_period_in_seconds: int,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        keep_alive_period_in_seconds: int = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ResourceLimits(Shape):
    """The ResourceLimits object that specifies the maximum number of training and parallel training
    jobs that can be used for this hyperparameter tuning job.
    """

    max_number_of_training_jobs: Final[int | None]
    """The maximum number of training jobs that a hyperparameter tuning job can launch. Since
    2018-06-04.
    """
    max_parallel_training_jobs: Final[int]
    """The maximum number of concurrent training jobs that a hyperparameter tuning job can launch.
    Since 2018-06-04.
    """
    max_runtime_in_seconds: Final[int | None]
    """The maximum time in seconds that a hyperparameter tuning job can run. Since 2023-01-31."""
    def __init__(
        self,
        *,
        max_parallel_training_jobs: int,
        max_number_of_training_jobs: int | None = None,
        max_runtime_in_seconds: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        max_number_of_training_jobs: int | None = ...,
        max_parallel_training_jobs: int = ...,
        max_runtime_in_seconds: int | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ResourceSharingConfig(Shape):
    """Resource sharing configuration. This defines how an entity can lend and borrow idle compute with
    other entities within the cluster.
    """

    strategy: Final[ResourceSharingStrategy]
    """The strategy of how idle compute is shared within the cluster. The following are the options of
    strategies. Since 2024-12-04.
    """
    borrow_limit: Final[int | None]
    """The limit on how much idle compute can be borrowed.The values can be 1 - 500 percent of idle
    compute that the team is allowed to borrow. Since 2024-12-04.
    """
    absolute_borrow_limits: Final[list[ComputeQuotaResourceConfig] | None]
    """The absolute limits on compute resources that can be borrowed from idle compute. When specified,
    these limits define the maximum amount of specific resource types (such as accelerators, vCPU,
    or memory) that an entity can borrow, regardless of the percentage-based BorrowLimit. Since
    2026-01-27.
    """
    def __init__(
        self,
        *,
        strategy: ResourceSharingStrategy | ResourceSharingStrategyLiteral,
        borrow_limit: int | None = None,
        absolute_borrow_limits: list[ComputeQuotaResourceConfig] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        strategy: ResourceSharingStrategy | ResourceSharingStrategyLiteral = ...,
        borrow_limit: int | None = ...,
        absolute_borrow_limits: list[ComputeQuotaResourceConfig] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ResourceSpec(Shape):
    """The instance type and the Amazon Resource Name (ARN) of the SageMaker AI image created on the
    instance.
    """

    sage_maker_image_arn: Final[str | None]
    """The ARN of the SageMaker AI image that the image version belongs to. Since 2020-04-27."""
    sage_maker_image_version_arn: Final[str | None]
    """The ARN of the image version created on the instance. To clear the value set for
    SageMakerImageVersionArn, pass None as the value. Since 2020-10-26.
    """
    sage_maker_image_version_alias: Final[str | None]
    """The SageMakerImageVersionAlias of the image to launch with. This value is in SemVer 2.0.0
    versioning format. Since 2023-11-29.
    """
    instance_type: Final[AppInstanceType | None]
    """The instance type that the image version runs on. Since 2019-12-04."""
    lifecycle_config_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the Lifecycle Configuration attached to the Resource. Since
    2021-09-10.
    """
    training_plan_arn: Final[str | None]
    """The ARN of the SageMaker AI Training Plan to use for this app. When you specify a training plan,
    the app launches on reserved GPU capacity. This field is supported for JupyterLab and CodeEditor
    app types. Since 2026-05-13.
    """
    def __init__(
        self,
        *,
        sage_maker_image_arn: str | None = None,
        sage_maker_image_version_arn: str | None = None,
        sage_maker_image_version_alias: str | None = None,
        instance_type: AppInstanceType | AppInstanceTypeLiteral | None = None,
        lifecycle_config_arn: str | None = None,
        training_plan_arn: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        sage_maker_image_arn: str | None = ...,
        sage_maker_image_version_arn: str | None = ...,
        sage_maker_image_version_alias: str | None = ...,
        instance_type: AppInstanceType | AppInstanceTypeLiteral | None = ...,
        lifecycle_config_arn: str | None = ...,
        training_plan_arn: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class RetentionPolicy(Shape):
    """The retention policy for this domain, which specifies which resources will be retained after the
    Domain is deleted. By default, all resources are retained (not automatically deleted).
    """

    home_efs_file_system: Final[RetentionType | None]
    """The home Amazon Elastic File System (EFS). Since 2019-12-04."""
    def __init__(
        self,
        *,
        home_efs_file_system: RetentionType | RetentionTypeLiteral | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        home_efs_file_system: RetentionType | RetentionTypeLiteral | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class RetryPipelineExecutionRequest(Shape):
    """No description on the pages."""

    pipeline_execution_arn: Final[str]
    """The Amazon Resource Name (ARN) of the pipeline execution. Since 2021-09-16."""
    client_request_token: Final[str]
    """A unique, case-sensitive identifier that you provide to ensure the idempotency of the operation.
    An idempotent operation completes no more than once. Since 2021-09-16.
    """
    parallelism_configuration: Final[ParallelismConfiguration | None]
    """This configuration, if specified, overrides the parallelism configuration of the parent
    pipeline. Since 2022-01-03.
    """
    def __init__(
        self,
        *,
        pipeline_execution_arn: str,
        client_request_token: str,
        parallelism_configuration: ParallelismConfiguration | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        pipeline_execution_arn: str = ...,
        client_request_token: str = ...,
        parallelism_configuration: ParallelismConfiguration | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class RetryPipelineExecutionResponse(OutputShape):
    """The result of ``retry_pipeline_execution`` (RetryPipelineExecution)."""

    pipeline_execution_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the pipeline execution. Since 2021-09-16."""
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

class RetryStrategy(Shape):
    """The number of times to retry the job when the job fails due to an InternalServerError."""

    maximum_retry_attempts: Final[int]
    """The number of times to retry the job. When the job is retried, it's SecondaryStatus is changed
    to STARTING. Since 2021-05-04.
    """
    def __init__(
        self,
        *,
        maximum_retry_attempts: int,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        maximum_retry_attempts: int = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class RoleGroupAssignment(Shape):
    """Defines the mapping between an in-app role and the AWS IAM Identity Center group patterns that
    should be assigned to that role within the SageMaker Partner AI App.
    """

    role_name: Final[str]
    """The name of the in-app role within the SageMaker Partner AI App. The specific roles available
    depend on the app type and version. Since 2025-11-13.
    """
    group_patterns: Final[list[str]]
    """A list of AWS IAM Identity Center group patterns that should be assigned to the specified role.
    Group patterns support wildcard matching using *. Since 2025-11-13.
    """
    def __init__(
        self,
        *,
        role_name: str,
        group_patterns: list[str],
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        role_name: str = ...,
        group_patterns: list[str] = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class RollingDeploymentPolicy(Shape):
    """The policy that SageMaker uses when updating the AMI versions of the cluster."""

    maximum_batch_size: Final[CapacitySizeConfig]
    """The maximum amount of instances in the cluster that SageMaker can update at a time. Since
    2025-05-01.
    """
    rollback_maximum_batch_size: Final[CapacitySizeConfig | None]
    """The maximum amount of instances in the cluster that SageMaker can roll back at a time. Since
    2025-05-01.
    """
    def __init__(
        self,
        *,
        maximum_batch_size: CapacitySizeConfig,
        rollback_maximum_batch_size: CapacitySizeConfig | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        maximum_batch_size: CapacitySizeConfig = ...,
        rollback_maximum_batch_size: CapacitySizeConfig | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class RollingUpdatePolicy(Shape):
    """Specifies a rolling deployment strategy for updating a SageMaker endpoint."""

    maximum_batch_size: Final[CapacitySize]
    """Batch size for each rolling step to provision capacity and turn on traffic on the new endpoint
    fleet, and terminate capacity on the old endpoint fleet. Value must be between 5% to 50% of the
    variant's total instance count. Since 2023-06-30.
    """
    wait_interval_in_seconds: Final[int]
    """The length of the baking period, during which SageMaker monitors alarms for each batch on the
    new fleet. Since 2023-06-30.
    """
    maximum_execution_timeout_in_seconds: Final[int | None]
    """The time limit for the total deployment. Exceeding this limit causes a timeout. Since
    2023-06-30.
    """
    rollback_maximum_batch_size: Final[CapacitySize | None]
    """Batch size for rollback to the old endpoint fleet. Each rolling step to provision capacity and
    turn on traffic on the old endpoint fleet, and terminate capacity on the new endpoint fleet. If
    this field is absent, the default value will be set to 100% of total capacity which means to
    bring up the whole capacity of the old fleet at once during rollback. Since 2023-06-30.
    """
    def __init__(
        self,
        *,
        maximum_batch_size: CapacitySize,
        wait_interval_in_seconds: int,
        maximum_execution_timeout_in_seconds: int | None = None,
        rollback_maximum_batch_size: CapacitySize | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        maximum_batch_size: CapacitySize = ...,
        wait_interval_in_seconds: int = ...,
        maximum_execution_timeout_in_seconds: int | None = ...,
        rollback_maximum_batch_size: CapacitySize | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""
