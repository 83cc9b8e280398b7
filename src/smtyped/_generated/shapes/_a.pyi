# Generated stub. Do not edit.
# Every shape whose name starts with "A", as type checkers see it. At run time each
# class lives in the module of its first two words (``__module__``); this stub-only module
# groups them because a few dozen stub files type-check much faster than hundreds.
from collections.abc import Mapping
from datetime import datetime
from typing import Any, Final

from typing_extensions import Self

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums._a import (
    ActionStatus,
    ActionStatusLiteral,
    AdditionalS3DataSourceDataType,
    AdditionalS3DataSourceDataTypeLiteral,
    AIBenchmarkJobStatus,
    AIBenchmarkJobStatusLiteral,
    AICapacityReservationPreference,
    AICapacityReservationPreferenceLiteral,
    AIRecommendationInferenceFramework,
    AIRecommendationInferenceFrameworkLiteral,
    AIRecommendationInstanceType,
    AIRecommendationInstanceTypeLiteral,
    AIRecommendationJobStatus,
    AIRecommendationJobStatusLiteral,
    AIRecommendationMetric,
    AIRecommendationMetricLiteral,
    AIRecommendationOptimizationType,
    AIRecommendationOptimizationTypeLiteral,
    AlgorithmStatus,
    AlgorithmStatusLiteral,
    AppStatus,
    AppStatusLiteral,
    AppType,
    AppTypeLiteral,
    ArtifactSourceIdType,
    ArtifactSourceIdTypeLiteral,
    AssociationEdgeType,
    AssociationEdgeTypeLiteral,
    AsyncNotificationTopicTypes,
    AsyncNotificationTopicTypesLiteral,
    AthenaResultCompressionType,
    AthenaResultCompressionTypeLiteral,
    AthenaResultFormat,
    AthenaResultFormatLiteral,
    AutoMLAlgorithm,
    AutoMLAlgorithmLiteral,
    AutoMLChannelType,
    AutoMLChannelTypeLiteral,
    AutoMLJobSecondaryStatus,
    AutoMLJobSecondaryStatusLiteral,
    AutoMLJobStatus,
    AutoMLJobStatusLiteral,
    AutoMLMetricEnum,
    AutoMLMetricEnumLiteral,
    AutoMLMode,
    AutoMLModeLiteral,
    AutoMLS3DataType,
    AutoMLS3DataTypeLiteral,
    AutotuneMode,
    AutotuneModeLiteral,
)
from smtyped._generated.enums._c import (
    CandidateStatus,
    CandidateStatusLiteral,
    CandidateStepType,
    CandidateStepTypeLiteral,
    ClusterInstanceType,
    ClusterInstanceTypeLiteral,
    CompressionType,
    CompressionTypeLiteral,
)
from smtyped._generated.enums._d import DetailedAlgorithmStatus, DetailedAlgorithmStatusLiteral
from smtyped._generated.enums._f import FeatureStatus, FeatureStatusLiteral
from smtyped._generated.enums._m import MIGProfileType, MIGProfileTypeLiteral
from smtyped._generated.enums._o import ObjectiveStatus, ObjectiveStatusLiteral
from smtyped._generated.enums._p import ProductionVariantInstanceType, ProductionVariantInstanceTypeLiteral
from smtyped._generated.enums._t import (
    TrainingInputMode,
    TrainingInputModeLiteral,
    TransformInstanceType,
    TransformInstanceTypeLiteral,
)
from smtyped._generated.enums._v import VolumeAttachmentStatus, VolumeAttachmentStatusLiteral
from smtyped._generated.shapes._c import CandidateProperties, CodeEditorAppImageConfig
from smtyped._generated.shapes._e import EmrServerlessComputeConfig
from smtyped._generated.shapes._f import FinalAutoMLJobObjectiveMetric
from smtyped._generated.shapes._i import IdleSettings, ImageClassificationJobConfig
from smtyped._generated.shapes._j import JupyterLabAppImageConfig
from smtyped._generated.shapes._k import KernelGatewayImageConfig
from smtyped._generated.shapes._m import MetricDefinition, ModelPackageContainerDefinition
from smtyped._generated.shapes._r import ResourceSpec
from smtyped._generated.shapes._s import S3ModelDataSource
from smtyped._generated.shapes._t import (
    TabularJobConfig,
    TabularResolvedAttributes,
    Tag,
    TextClassificationJobConfig,
    TextGenerationJobConfig,
    TextGenerationResolvedAttributes,
    TimeSeriesForecastingJobConfig,
    TrainingImageConfig,
    TrainingJobDefinition,
    TransformJobDefinition,
)
from smtyped._generated.shapes._u import UserContext
from smtyped._generated.shapes._v import VpcConfig
from smtyped._generated.shapes._w import WorkloadSpec

class AIAdapterModelPackageEntry(Shape):
    """A LoRA adapter entry identified by a model package ARN."""

    adapter_id: Final[str]
    """A unique identifier for the adapter. This ID is used as the inference component name when the
    adapter is deployed. The ID must start and end with an alphanumeric character, can contain
    hyphens between alphanumeric characters, and can be up to 63 characters long. Since 2026-07-27.
    """
    model_package_arn: Final[str]
    """The Amazon Resource Name (ARN) of the model package that contains the LoRA adapter artifacts.
    Since 2026-07-27.
    """
    def __init__(
        self,
        *,
        adapter_id: str,
        model_package_arn: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        adapter_id: str = ...,
        model_package_arn: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class AIAdapterS3Entry(Shape):
    """A LoRA adapter entry identified by an Amazon S3 URI."""

    adapter_id: Final[str]
    """A unique identifier for the adapter. This ID is used as the inference component name when the
    adapter is deployed. The ID must start and end with an alphanumeric character, can contain
    hyphens between alphanumeric characters, and can be up to 63 characters long. Since 2026-07-27.
    """
    s3_uri: Final[str]
    """The Amazon S3 URI of the directory that contains the LoRA adapter artifacts in PEFT format.
    Since 2026-07-27.
    """
    def __init__(
        self,
        *,
        adapter_id: str,
        s3_uri: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        adapter_id: str = ...,
        s3_uri: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class AIAdapterSource(Shape):
    """The LoRA adapter source for the recommendation job. Specify either a list of model package ARNs
    or Amazon S3 URIs for your LoRA adapters. When this parameter is absent, the recommendation job
    runs without LoRA adapter support. A tagged union: at most one attribute is set.
    """

    model_package_arns: Final[list[AIAdapterModelPackageEntry] | None]
    """A list of LoRA adapters identified by their model package ARNs. Use this when your adapters were
    produced by a SageMaker AI fine-tuning workflow that registers model packages. Since 2026-07-27.
    """
    s3_uris: Final[list[AIAdapterS3Entry] | None]
    """A list of LoRA adapters identified by their Amazon S3 URIs. Use this when your adapters are
    stored as raw artifacts in Amazon S3. Since 2026-07-27.
    """
    def __init__(
        self,
        *,
        model_package_arns: list[AIAdapterModelPackageEntry] | None = None,
        s3_uris: list[AIAdapterS3Entry] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        model_package_arns: list[AIAdapterModelPackageEntry] | None = ...,
        s3_uris: list[AIAdapterS3Entry] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class AIBenchmarkEndpoint(Shape):
    """The SageMaker endpoint to benchmark."""

    identifier: Final[str]
    """The name or Amazon Resource Name (ARN) of the SageMaker endpoint to benchmark. Since 2026-04-21.
    """
    target_container_hostname: Final[str | None]
    """The hostname of the specific container to target within a multi-container endpoint. Since
    2026-04-21.
    """
    inference_components: Final[list[AIBenchmarkInferenceComponent] | None]
    """The list of inference components to benchmark on the endpoint. Since 2026-04-21."""
    def __init__(
        self,
        *,
        identifier: str,
        target_container_hostname: str | None = None,
        inference_components: list[AIBenchmarkInferenceComponent] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        identifier: str = ...,
        target_container_hostname: str | None = ...,
        inference_components: list[AIBenchmarkInferenceComponent] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class AIBenchmarkInferenceComponent(Shape):
    """An inference component to benchmark."""

    identifier: Final[str]
    """The name or Amazon Resource Name (ARN) of the inference component. Since 2026-04-21."""
    def __init__(
        self,
        *,
        identifier: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        identifier: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class AIBenchmarkJobSummary(Shape):
    """Summary information about an AI benchmark job."""

    ai_benchmark_job_name: Final[str | None]
    """The name of the benchmark job. Since 2026-04-21."""
    ai_benchmark_job_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the benchmark job. Since 2026-04-21."""
    ai_benchmark_job_status: Final[AIBenchmarkJobStatus | None]
    """The status of the benchmark job. Since 2026-04-21."""
    creation_time: Final[datetime | None]
    """A timestamp that indicates when the benchmark job was created. Since 2026-04-21."""
    end_time: Final[datetime | None]
    """A timestamp that indicates when the benchmark job completed. Since 2026-04-21."""
    ai_workload_config_name: Final[str | None]
    """The name of the AI workload configuration used by the benchmark job. Since 2026-04-21."""
    def __init__(
        self,
        *,
        ai_benchmark_job_name: str | None = None,
        ai_benchmark_job_arn: str | None = None,
        ai_benchmark_job_status: AIBenchmarkJobStatus | AIBenchmarkJobStatusLiteral | None = None,
        creation_time: datetime | None = None,
        end_time: datetime | None = None,
        ai_workload_config_name: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        ai_benchmark_job_name: str | None = ...,
        ai_benchmark_job_arn: str | None = ...,
        ai_benchmark_job_status: AIBenchmarkJobStatus | AIBenchmarkJobStatusLiteral | None = ...,
        creation_time: datetime | None = ...,
        end_time: datetime | None = ...,
        ai_workload_config_name: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class AIBenchmarkNetworkConfig(Shape):
    """The network configuration for the benchmark job, including VPC settings."""

    vpc_config: Final[VpcConfig | None]
    """The VPC configuration, including security group IDs and subnet IDs. Since 2026-04-21."""
    def __init__(
        self,
        *,
        vpc_config: VpcConfig | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        vpc_config: VpcConfig | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class AIBenchmarkOutputConfig(Shape):
    """The output configuration for the benchmark job, including the Amazon S3 location where benchmark
    results are stored.
    """

    s3_output_location: Final[str]
    """The Amazon S3 URI where benchmark results are stored. Since 2026-04-21."""
    mlflow_config: Final[AIMlflowConfig | None]
    """The MLflow tracking configuration for the job. If you don't specify this parameter, MLflow
    tracking is disabled. Since 2026-06-05.
    """
    def __init__(
        self,
        *,
        s3_output_location: str,
        mlflow_config: AIMlflowConfig | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        s3_output_location: str = ...,
        mlflow_config: AIMlflowConfig | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class AIBenchmarkOutputResult(Shape):
    """The output configuration for the benchmark job, including the Amazon S3 output location and
    CloudWatch log information.
    """

    s3_output_location: Final[str | None]
    """The Amazon S3 URI where benchmark results are stored. Since 2026-04-21."""
    cloud_watch_logs: Final[list[AICloudWatchLogs] | None]
    """The CloudWatch log information for the benchmark job. Since 2026-04-21."""
    mlflow_config: Final[AIMlflowConfig | None]
    """The MLflow tracking configuration for the job. Since 2026-06-05."""
    def __init__(
        self,
        *,
        s3_output_location: str | None = None,
        cloud_watch_logs: list[AICloudWatchLogs] | None = None,
        mlflow_config: AIMlflowConfig | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        s3_output_location: str | None = ...,
        cloud_watch_logs: list[AICloudWatchLogs] | None = ...,
        mlflow_config: AIMlflowConfig | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class AIBenchmarkTarget(Shape):
    """The target endpoint to benchmark. Specify a SageMaker endpoint by providing its name or Amazon
    Resource Name (ARN). A tagged union: at most one attribute is set.
    """

    endpoint: Final[AIBenchmarkEndpoint | None]
    """The SageMaker endpoint to benchmark. Since 2026-04-21."""
    def __init__(
        self,
        *,
        endpoint: AIBenchmarkEndpoint | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        endpoint: AIBenchmarkEndpoint | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class AICapacityReservationConfig(Shape):
    """The capacity reservation configuration."""

    capacity_reservation_preference: Final[AICapacityReservationPreference | None]
    """The capacity reservation preference. The only valid value is capacity-reservations-only. Since
    2026-04-21.
    """
    ml_reservation_arns: Final[list[str] | None]
    """The list of ML reservation ARNs to use. Since 2026-04-21."""
    def __init__(
        self,
        *,
        capacity_reservation_preference: AICapacityReservationPreference
        | AICapacityReservationPreferenceLiteral
        | None = None,
        ml_reservation_arns: list[str] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        capacity_reservation_preference: AICapacityReservationPreference
        | AICapacityReservationPreferenceLiteral
        | None = ...,
        ml_reservation_arns: list[str] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class AICloudWatchLogs(Shape):
    """CloudWatch log information for an AI benchmark or recommendation job."""

    log_group_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the CloudWatch log group. Since 2026-04-21."""
    log_stream_name: Final[str | None]
    """The name of the CloudWatch log stream. Since 2026-04-21."""
    def __init__(
        self,
        *,
        log_group_arn: str | None = None,
        log_stream_name: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        log_group_arn: str | None = ...,
        log_stream_name: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class AIDatasetConfig(Shape):
    """The dataset configuration for the workload. Specify input data channels with their data sources
    for benchmark workloads. A tagged union: at most one attribute is set.
    """

    input_data_config: Final[list[AIWorkloadInputDataConfig] | None]
    """An array of input data channel configurations for the workload. Since 2026-04-21."""
    def __init__(
        self,
        *,
        input_data_config: list[AIWorkloadInputDataConfig] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        input_data_config: list[AIWorkloadInputDataConfig] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class AIMlflowConfig(Shape):
    """The MLflow tracking configuration for the job. If you don't specify this parameter, MLflow
    tracking is disabled.
    """

    mlflow_resource_arn: Final[str]
    """The Amazon Resource Name (ARN) of the SageMaker managed MLflow resource. Since 2026-06-05."""
    mlflow_experiment_name: Final[str | None]
    """The MLflow experiment name used for tracking. Since 2026-06-05."""
    mlflow_run_name: Final[str | None]
    """The MLflow run name used for tracking. Since 2026-06-05."""
    def __init__(
        self,
        *,
        mlflow_resource_arn: str,
        mlflow_experiment_name: str | None = None,
        mlflow_run_name: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        mlflow_resource_arn: str = ...,
        mlflow_experiment_name: str | None = ...,
        mlflow_run_name: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class AIModelSource(Shape):
    """The source of the model to optimize. Specify the Amazon S3 location of the model artifacts. A
    tagged union: at most one attribute is set.
    """

    s3: Final[AIModelSourceS3 | None]
    """The Amazon S3 location of the model artifacts. Since 2026-04-21."""
    def __init__(
        self,
        *,
        s3: AIModelSourceS3 | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        s3: AIModelSourceS3 | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class AIModelSourceS3(Shape):
    """The Amazon S3 location of the model artifacts."""

    s3_uri: Final[str | None]
    """The Amazon S3 URI of the model artifacts. Since 2026-04-21."""
    def __init__(
        self,
        *,
        s3_uri: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        s3_uri: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class AIRecommendation(Shape):
    """An optimization recommendation generated by an AI recommendation job."""

    recommendation_description: Final[str | None]
    """A description of the recommendation. Since 2026-04-21."""
    optimization_details: Final[list[AIRecommendationOptimizationDetail] | None]
    """The optimization techniques applied in this recommendation. Since 2026-04-21."""
    model_details: Final[AIRecommendationModelDetails | None]
    """Details about the model package associated with this recommendation. Since 2026-04-21."""
    deployment_configuration: Final[AIRecommendationDeploymentConfiguration | None]
    """The deployment configuration for this recommendation, including the container image, instance
    type, instance count, and environment variables. Since 2026-04-21.
    """
    ai_benchmark_job_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the benchmark job associated with this recommendation. Since
    2026-04-21.
    """
    expected_performance: Final[list[AIRecommendationPerformanceMetric] | None]
    """The expected performance metrics for this recommendation. Since 2026-04-21."""
    adapter_details: Final[AIRecommendationAdapterDetails | None]
    """The LoRA adapter details for this recommendation. This field contains both the model package
    ARNs and Amazon S3 URIs for each adapter, regardless of which form was originally supplied. This
    field is absent when the job was created without LoRA adapters. Since 2026-07-27.
    """
    def __init__(
        self,
        *,
        recommendation_description: str | None = None,
        optimization_details: list[AIRecommendationOptimizationDetail] | None = None,
        model_details: AIRecommendationModelDetails | None = None,
        deployment_configuration: AIRecommendationDeploymentConfiguration | None = None,
        ai_benchmark_job_arn: str | None = None,
        expected_performance: list[AIRecommendationPerformanceMetric] | None = None,
        adapter_details: AIRecommendationAdapterDetails | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        recommendation_description: str | None = ...,
        optimization_details: list[AIRecommendationOptimizationDetail] | None = ...,
        model_details: AIRecommendationModelDetails | None = ...,
        deployment_configuration: AIRecommendationDeploymentConfiguration | None = ...,
        ai_benchmark_job_arn: str | None = ...,
        expected_performance: list[AIRecommendationPerformanceMetric] | None = ...,
        adapter_details: AIRecommendationAdapterDetails | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class AIRecommendationAdapterDetails(Shape):
    """The LoRA adapter details for this recommendation. This field contains both the model package
    ARNs and Amazon S3 URIs for each adapter, regardless of which form was originally supplied. This
    field is absent when the job was created without LoRA adapters.
    """

    model_package_arns: Final[list[AIAdapterModelPackageEntry] | None]
    """The list of LoRA adapters with their model package ARNs. Since 2026-07-27."""
    s3_uris: Final[list[AIAdapterS3Entry] | None]
    """The list of LoRA adapters with their Amazon S3 URIs. Since 2026-07-27."""
    def __init__(
        self,
        *,
        model_package_arns: list[AIAdapterModelPackageEntry] | None = None,
        s3_uris: list[AIAdapterS3Entry] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        model_package_arns: list[AIAdapterModelPackageEntry] | None = ...,
        s3_uris: list[AIAdapterS3Entry] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class AIRecommendationComputeSpec(Shape):
    """The compute resource specification for the recommendation job. You can specify up to 3 instance
    types to consider, and optionally provide capacity reservation configuration.
    """

    instance_types: Final[list[AIRecommendationInstanceType | AIRecommendationInstanceTypeLiteral] | None]
    """The list of instance types to consider for recommendations. You can specify up to 3 instance
    types. Since 2026-04-21.
    """
    capacity_reservation_config: Final[AICapacityReservationConfig | None]
    """The capacity reservation configuration. Since 2026-04-21."""
    def __init__(
        self,
        *,
        instance_types: list[AIRecommendationInstanceType | AIRecommendationInstanceTypeLiteral] | None = None,
        capacity_reservation_config: AICapacityReservationConfig | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        instance_types: list[AIRecommendationInstanceType | AIRecommendationInstanceTypeLiteral] | None = ...,
        capacity_reservation_config: AICapacityReservationConfig | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class AIRecommendationConstraint(Shape):
    """A performance constraint for an AI recommendation job."""

    metric: Final[AIRecommendationMetric]
    """The performance metric. Valid values are ttft-ms (time to first token in milliseconds),
    throughput, and cost. Since 2026-04-21.
    """
    def __init__(
        self,
        *,
        metric: AIRecommendationMetric | AIRecommendationMetricLiteral,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        metric: AIRecommendationMetric | AIRecommendationMetricLiteral = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class AIRecommendationDeploymentConfiguration(Shape):
    """The deployment configuration for this recommendation, including the container image, instance
    type, instance count, and environment variables.
    """

    s3: Final[list[AIRecommendationDeploymentS3Channel] | None]
    """The Amazon S3 data channels for the deployment. Since 2026-04-21."""
    image_uri: Final[str | None]
    """The URI of the container image for the deployment. Since 2026-04-21."""
    instance_type: Final[AIRecommendationInstanceType | None]
    """The recommended instance type for the deployment. Since 2026-04-21."""
    instance_count: Final[int | None]
    """The recommended number of instances for the deployment. Since 2026-04-21."""
    copy_count_per_instance: Final[int | None]
    """The number of model copies per instance. Since 2026-04-21."""
    environment_variables: Final[dict[str, str] | None]
    """The environment variables for the deployment. Since 2026-04-21."""
    min_cpu_memory_required_in_mb: Final[int | None]
    """The minimum host (CPU) memory, in MiB, to reserve per model copy when deploying the
    recommendation as an Inference Component. This value maps to the base Inference Component's
    ComputeResourceRequirements$MinMemoryRequiredInMb and is sized so that CopyCountPerInstance
    copies co-place within the instance's allocatable host memory. Since 2026-07-27.
    """
    def __init__(
        self,
        *,
        s3: list[AIRecommendationDeploymentS3Channel] | None = None,
        image_uri: str | None = None,
        instance_type: AIRecommendationInstanceType | AIRecommendationInstanceTypeLiteral | None = None,
        instance_count: int | None = None,
        copy_count_per_instance: int | None = None,
        environment_variables: dict[str, str] | None = None,
        min_cpu_memory_required_in_mb: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        s3: list[AIRecommendationDeploymentS3Channel] | None = ...,
        image_uri: str | None = ...,
        instance_type: AIRecommendationInstanceType | AIRecommendationInstanceTypeLiteral | None = ...,
        instance_count: int | None = ...,
        copy_count_per_instance: int | None = ...,
        environment_variables: dict[str, str] | None = ...,
        min_cpu_memory_required_in_mb: int | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class AIRecommendationDeploymentS3Channel(Shape):
    """An Amazon S3 data channel for a recommended deployment configuration, containing model artifacts
    or optimized model outputs.
    """

    channel_name: Final[str | None]
    """A custom name for this Amazon S3 data channel. Since 2026-04-21."""
    uri: Final[str | None]
    """The Amazon S3 URI of the data for this channel. Since 2026-04-21."""
    def __init__(
        self,
        *,
        channel_name: str | None = None,
        uri: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        channel_name: str | None = ...,
        uri: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class AIRecommendationInferenceSpecification(Shape):
    """The inference framework configuration. Specify the framework (such as LMI or vLLM) for the
    recommendation job.
    """

    framework: Final[AIRecommendationInferenceFramework | None]
    """The inference framework. Valid values are LMI and VLLM. Since 2026-04-21."""
    def __init__(
        self,
        *,
        framework: AIRecommendationInferenceFramework | AIRecommendationInferenceFrameworkLiteral | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        framework: AIRecommendationInferenceFramework | AIRecommendationInferenceFrameworkLiteral | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class AIRecommendationInstanceDetail(Shape):
    """Instance details for a recommendation."""

    instance_type: Final[AIRecommendationInstanceType | None]
    """The recommended instance type. Since 2026-04-21."""
    instance_count: Final[int | None]
    """The recommended number of instances. Since 2026-04-21."""
    copy_count_per_instance: Final[int | None]
    """The number of model copies per instance. Since 2026-04-21."""
    def __init__(
        self,
        *,
        instance_type: AIRecommendationInstanceType | AIRecommendationInstanceTypeLiteral | None = None,
        instance_count: int | None = None,
        copy_count_per_instance: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        instance_type: AIRecommendationInstanceType | AIRecommendationInstanceTypeLiteral | None = ...,
        instance_count: int | None = ...,
        copy_count_per_instance: int | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class AIRecommendationJobSummary(Shape):
    """Summary information about an AI recommendation job."""

    ai_recommendation_job_name: Final[str | None]
    """The name of the recommendation job. Since 2026-04-21."""
    ai_recommendation_job_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the recommendation job. Since 2026-04-21."""
    ai_recommendation_job_status: Final[AIRecommendationJobStatus | None]
    """The status of the recommendation job. Since 2026-04-21."""
    creation_time: Final[datetime | None]
    """A timestamp that indicates when the recommendation job was created. Since 2026-04-21."""
    end_time: Final[datetime | None]
    """A timestamp that indicates when the recommendation job completed. Since 2026-04-21."""
    def __init__(
        self,
        *,
        ai_recommendation_job_name: str | None = None,
        ai_recommendation_job_arn: str | None = None,
        ai_recommendation_job_status: AIRecommendationJobStatus | AIRecommendationJobStatusLiteral | None = None,
        creation_time: datetime | None = None,
        end_time: datetime | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        ai_recommendation_job_name: str | None = ...,
        ai_recommendation_job_arn: str | None = ...,
        ai_recommendation_job_status: AIRecommendationJobStatus | AIRecommendationJobStatusLiteral | None = ...,
        creation_time: datetime | None = ...,
        end_time: datetime | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class AIRecommendationModelDetails(Shape):
    """Details about the model package associated with this recommendation."""

    model_package_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the model package. Since 2026-04-21."""
    inference_specification_name: Final[str | None]
    """The name of the inference specification within the model package. Since 2026-04-21."""
    instance_details: Final[list[AIRecommendationInstanceDetail] | None]
    """The instance details for this recommendation, including instance type, count, and model copies
    per instance. Since 2026-04-21.
    """
    def __init__(
        self,
        *,
        model_package_arn: str | None = None,
        inference_specification_name: str | None = None,
        instance_details: list[AIRecommendationInstanceDetail] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        model_package_arn: str | None = ...,
        inference_specification_name: str | None = ...,
        instance_details: list[AIRecommendationInstanceDetail] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class AIRecommendationOptimizationDetail(Shape):
    """Details about an optimization technique applied in a recommendation."""

    optimization_type: Final[AIRecommendationOptimizationType | None]
    """The type of optimization. Valid values are SpeculativeDecoding and KernelTuning. Since
    2026-04-21.
    """
    optimization_config: Final[dict[str, str] | None]
    """A map of configuration parameters for the optimization technique. Since 2026-04-21."""
    def __init__(
        self,
        *,
        optimization_type: AIRecommendationOptimizationType | AIRecommendationOptimizationTypeLiteral | None = None,
        optimization_config: dict[str, str] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        optimization_type: AIRecommendationOptimizationType | AIRecommendationOptimizationTypeLiteral | None = ...,
        optimization_config: dict[str, str] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class AIRecommendationOutputConfig(Shape):
    """The output configuration for the recommendation job, including the Amazon S3 location for
    results and an optional model package group where the optimized model is registered.
    """

    s3_output_location: Final[str | None]
    """The Amazon S3 URI where recommendation results are stored. Since 2026-04-21."""
    model_package_group_identifier: Final[str | None]
    """The name or Amazon Resource Name (ARN) of the model package group where the optimized model is
    registered as a new model package version. Since 2026-04-21.
    """
    mlflow_config: Final[AIMlflowConfig | None]
    """The MLflow tracking configuration for the job. If you don't specify this parameter, MLflow
    tracking is disabled. Since 2026-06-05.
    """
    def __init__(
        self,
        *,
        s3_output_location: str | None = None,
        model_package_group_identifier: str | None = None,
        mlflow_config: AIMlflowConfig | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        s3_output_location: str | None = ...,
        model_package_group_identifier: str | None = ...,
        mlflow_config: AIMlflowConfig | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class AIRecommendationOutputResult(Shape):
    """The output configuration for the recommendation job."""

    s3_output_location: Final[str | None]
    """The Amazon S3 URI where the recommendation job writes its output results. Since 2026-04-21.
    """
    model_package_group_identifier: Final[str | None]
    """The name or Amazon Resource Name (ARN) of the model package group where deployment-ready model
    packages are registered. Since 2026-04-21.
    """
    mlflow_config: Final[AIMlflowConfig | None]
    """The MLflow tracking configuration for the job. Since 2026-06-05."""
    def __init__(
        self,
        *,
        s3_output_location: str | None = None,
        model_package_group_identifier: str | None = None,
        mlflow_config: AIMlflowConfig | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        s3_output_location: str | None = ...,
        model_package_group_identifier: str | None = ...,
        mlflow_config: AIMlflowConfig | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class AIRecommendationPerformanceMetric(Shape):
    """An expected performance metric for a recommendation."""

    metric: Final[str | None]
    """The name of the performance metric. Since 2026-04-21."""
    stat: Final[str | None]
    """The statistical measure for the metric. Since 2026-04-21."""
    value: Final[str | None]
    """The value of the metric. Since 2026-04-21."""
    unit: Final[str | None]
    """The unit of the metric value. Since 2026-04-21."""
    def __init__(
        self,
        *,
        metric: str | None = None,
        stat: str | None = None,
        value: str | None = None,
        unit: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        metric: str | None = ...,
        stat: str | None = ...,
        value: str | None = ...,
        unit: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class AIRecommendationPerformanceTarget(Shape):
    """The performance targets for the recommendation job. Specify constraints on metrics such as time
    to first token ( ttft-ms), throughput, or cost.
    """

    constraints: Final[list[AIRecommendationConstraint]]
    """An array of performance constraints that define the optimization objectives. Since 2026-04-21.
    """
    def __init__(
        self,
        *,
        constraints: list[AIRecommendationConstraint],
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        constraints: list[AIRecommendationConstraint] = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class AIWorkloadConfigSummary(Shape):
    """Summary information about an AI workload configuration."""

    ai_workload_config_name: Final[str | None]
    """The name of the AI workload configuration. Since 2026-04-21."""
    ai_workload_config_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the AI workload configuration. Since 2026-04-21."""
    creation_time: Final[datetime | None]
    """A timestamp that indicates when the configuration was created. Since 2026-04-21."""
    def __init__(
        self,
        *,
        ai_workload_config_name: str | None = None,
        ai_workload_config_arn: str | None = None,
        creation_time: datetime | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        ai_workload_config_name: str | None = ...,
        ai_workload_config_arn: str | None = ...,
        creation_time: datetime | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class AIWorkloadConfigs(Shape):
    """The benchmark tool configuration and workload specification. Provide the specification as an
    inline YAML or JSON string.
    """

    workload_spec: Final[WorkloadSpec]
    """The workload specification that defines benchmark parameters. Since 2026-04-21."""
    def __init__(
        self,
        *,
        workload_spec: WorkloadSpec,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        workload_spec: WorkloadSpec = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class AIWorkloadDataSource(Shape):
    """The data source for this channel."""

    s3_data_source: Final[AIWorkloadS3DataSource | None]
    """The Amazon S3 data source configuration. Since 2026-04-21."""
    def __init__(
        self,
        *,
        s3_data_source: AIWorkloadS3DataSource | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        s3_data_source: AIWorkloadS3DataSource | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class AIWorkloadInputDataConfig(Shape):
    """A channel of input data for an AI workload configuration. Each channel has a name and a data
    source.
    """

    channel_name: Final[str]
    """The logical name for the data channel. Since 2026-04-21."""
    data_source: Final[AIWorkloadDataSource]
    """The data source for this channel. Since 2026-04-21."""
    def __init__(
        self,
        *,
        channel_name: str,
        data_source: AIWorkloadDataSource,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        channel_name: str = ...,
        data_source: AIWorkloadDataSource = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class AIWorkloadS3DataSource(Shape):
    """The Amazon S3 data source configuration."""

    s3_uri: Final[str]
    """The Amazon S3 URI of the data. Since 2026-04-21."""
    def __init__(
        self,
        *,
        s3_uri: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        s3_uri: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class AcceleratorPartitionConfig(Shape):
    """The accelerator partition configuration for fractional GPU allocation."""

    type: Final[MIGProfileType]
    """The Multi-Instance GPU (MIG) profile type that defines the partition configuration. The profile
    specifies the compute and memory allocation for each partition instance. The available profile
    types depend on the instance type specified in the compute quota configuration. Since
    2025-11-20.
    """
    count: Final[int]
    """The number of accelerator partitions to allocate with the specified partition type. If you don't
    specify a value for vCPU and MemoryInGiB, SageMaker AI automatically allocates ratio-based
    values for those parameters based on the accelerator partition count you provide. Since
    2025-11-20.
    """
    def __init__(
        self,
        *,
        type: MIGProfileType | MIGProfileTypeLiteral,
        count: int,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        type: MIGProfileType | MIGProfileTypeLiteral = ...,
        count: int = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ActionSource(Shape):
    """The source of the action."""

    source_uri: Final[str]
    """The URI of the source. Since 2020-12-01."""
    source_type: Final[str | None]
    """The type of the source. Since 2020-12-01."""
    source_id: Final[str | None]
    """The ID of the source. Since 2020-12-01."""
    def __init__(
        self,
        *,
        source_uri: str,
        source_type: str | None = None,
        source_id: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        source_uri: str = ...,
        source_type: str | None = ...,
        source_id: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ActionSummary(Shape):
    """Lists the properties of an action . An action represents an action or activity. Some examples
    are a workflow step and a model deployment. Generally, an action involves at least one input
    artifact or output artifact.
    """

    action_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the action. Since 2020-12-01."""
    action_name: Final[str | None]
    """The name of the action. Since 2020-12-01."""
    source: Final[ActionSource | None]
    """The source of the action. Since 2020-12-01."""
    action_type: Final[str | None]
    """The type of the action. Since 2020-12-01."""
    status: Final[ActionStatus | None]
    """The status of the action. Since 2020-12-01."""
    creation_time: Final[datetime | None]
    """When the action was created. Since 2020-12-01."""
    last_modified_time: Final[datetime | None]
    """When the action was last modified. Since 2020-12-01."""
    def __init__(
        self,
        *,
        action_arn: str | None = None,
        action_name: str | None = None,
        source: ActionSource | None = None,
        action_type: str | None = None,
        status: ActionStatus | ActionStatusLiteral | None = None,
        creation_time: datetime | None = None,
        last_modified_time: datetime | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        action_arn: str | None = ...,
        action_name: str | None = ...,
        source: ActionSource | None = ...,
        action_type: str | None = ...,
        status: ActionStatus | ActionStatusLiteral | None = ...,
        creation_time: datetime | None = ...,
        last_modified_time: datetime | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class AddAssociationRequest(Shape):
    """No description on the pages."""

    source_arn: Final[str]
    """The ARN of the source. Since 2020-12-01."""
    destination_arn: Final[str]
    """The Amazon Resource Name (ARN) of the destination. Since 2020-12-01."""
    association_type: Final[AssociationEdgeType | None]
    """The type of association. The following are suggested uses for each type. Amazon SageMaker places
    no restrictions on their use. Since 2020-12-01.
    """
    def __init__(
        self,
        *,
        source_arn: str,
        destination_arn: str,
        association_type: AssociationEdgeType | AssociationEdgeTypeLiteral | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        source_arn: str = ...,
        destination_arn: str = ...,
        association_type: AssociationEdgeType | AssociationEdgeTypeLiteral | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class AddAssociationResponse(OutputShape):
    """The result of ``add_association`` (AddAssociation)."""

    source_arn: Final[str | None]
    """The ARN of the source. Since 2020-12-01."""
    destination_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the destination. Since 2020-12-01."""
    def __init__(
        self,
        *,
        source_arn: str | None = None,
        destination_arn: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        source_arn: str | None = ...,
        destination_arn: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class AddClusterNodeSpecification(Shape):
    """Specifies an instance group and the number of nodes to add to it."""

    instance_group_name: Final[str]
    """The name of the instance group to which you want to add nodes. Since 2025-08-05."""
    increment_target_count_by: Final[int]
    """The number of nodes to add to the specified instance group. The total number of nodes across all
    instance groups in a single request cannot exceed 50. Since 2025-08-05.
    """
    availability_zones: Final[list[str] | None]
    """The availability zones in which to add nodes. Use this to target node placement in specific
    availability zones within a flexible instance group. Since 2026-04-10.
    """
    instance_types: Final[list[ClusterInstanceType | ClusterInstanceTypeLiteral] | None]
    """The instance types to use when adding nodes. Use this to target specific instance types within a
    flexible instance group. Since 2026-04-10.
    """
    def __init__(
        self,
        *,
        instance_group_name: str,
        increment_target_count_by: int,
        availability_zones: list[str] | None = None,
        instance_types: list[ClusterInstanceType | ClusterInstanceTypeLiteral] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        instance_group_name: str = ...,
        increment_target_count_by: int = ...,
        availability_zones: list[str] | None = ...,
        instance_types: list[ClusterInstanceType | ClusterInstanceTypeLiteral] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class AddTagsInput(Shape):
    """No description on the pages."""

    resource_arn: Final[str]
    """The Amazon Resource Name (ARN) of the resource that you want to tag. Since 2017-11-29."""
    tags: Final[list[Tag]]
    """An array of Tag objects. Each tag is a key-value pair. Only the key parameter is required. If
    you don't specify a value, Amazon SageMaker sets the value to an empty string. Since 2017-11-29.
    """
    def __init__(
        self,
        *,
        resource_arn: str,
        tags: list[Tag],
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        resource_arn: str = ...,
        tags: list[Tag] = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class AddTagsOutput(OutputShape):
    """The result of ``add_tags`` (AddTags)."""

    tags: Final[list[Tag] | None]
    """A list of tags associated with the Amazon SageMaker resource. Since 2017-11-29."""
    def __init__(
        self,
        *,
        tags: list[Tag] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        tags: list[Tag] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class AdditionalEnis(Shape):
    """Information about additional Elastic Network Interfaces (ENIs) associated with the instance."""

    efa_enis: Final[list[str] | None]
    """A list of Elastic Fabric Adapter (EFA) ENIs associated with the instance. Since 2025-08-05.
    """
    def __init__(
        self,
        *,
        efa_enis: list[str] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        efa_enis: list[str] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class AdditionalInferenceSpecificationDefinition(Shape):
    """A structure of additional Inference Specification. Additional Inference Specification specifies
    details about inference jobs that can be run with models based on this model package
    """

    name: Final[str]
    """A unique name to identify the additional inference specification. The name must be unique within
    the list of your additional inference specifications for a particular model package. Since
    2021-12-01.
    """
    description: Final[str | None]
    """A description of the additional Inference specification Since 2021-12-01."""
    containers: Final[list[ModelPackageContainerDefinition]]
    """The Amazon ECR registry path of the Docker image that contains the inference code. Since
    2021-12-01.
    """
    supported_transform_instance_types: Final[list[TransformInstanceType | TransformInstanceTypeLiteral] | None]
    """A list of the instance types on which a transformation job can be run or on which an endpoint
    can be deployed. Since 2021-12-01.
    """
    supported_realtime_inference_instance_types: Final[
        list[ProductionVariantInstanceType | ProductionVariantInstanceTypeLiteral] | None
    ]
    """A list of the instance types that are used to generate inferences in real-time. Since
    2021-12-01.
    """
    supported_content_types: Final[list[str] | None]
    """The supported MIME types for the input data. Since 2021-12-01."""
    supported_response_mime_types: Final[list[str] | None]
    """The supported MIME types for the output data. Since 2021-12-01."""
    def __init__(
        self,
        *,
        name: str,
        containers: list[ModelPackageContainerDefinition],
        description: str | None = None,
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
        name: str = ...,
        description: str | None = ...,
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

class AdditionalModelDataSource(Shape):
    """Data sources that are available to your model in addition to the one that you specify for
    ModelDataSource when you use the CreateModel action.
    """

    channel_name: Final[str]
    """A custom name for this AdditionalModelDataSource object. Since 2024-07-09."""
    s3_data_source: Final[S3ModelDataSource]
    """Specifies the S3 location of ML model data to deploy. Since 2024-07-09."""
    def __init__(
        self,
        *,
        channel_name: str,
        s3_data_source: S3ModelDataSource,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        channel_name: str = ...,
        s3_data_source: S3ModelDataSource = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class AdditionalS3DataSource(Shape):
    """The additional data source used during the training job."""

    s3_data_type: Final[AdditionalS3DataSourceDataType]
    """The data type of the additional data source that you specify for use in inference or training.
    Since 2023-10-04.
    """
    s3_uri: Final[str]
    """The uniform resource identifier (URI) used to identify an additional data source used in
    inference or training. Since 2023-10-04.
    """
    compression_type: Final[CompressionType | None]
    """The type of compression used for an additional data source used in inference or training.
    Specify None if your additional data source is not compressed. Since 2023-10-04.
    """
    e_tag: Final[str | None]
    """The ETag associated with S3 URI. Since 2025-01-02."""
    def __init__(
        self,
        *,
        s3_data_type: AdditionalS3DataSourceDataType | AdditionalS3DataSourceDataTypeLiteral,
        s3_uri: str,
        compression_type: CompressionType | CompressionTypeLiteral | None = None,
        e_tag: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        s3_data_type: AdditionalS3DataSourceDataType | AdditionalS3DataSourceDataTypeLiteral = ...,
        s3_uri: str = ...,
        compression_type: CompressionType | CompressionTypeLiteral | None = ...,
        e_tag: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class AgentVersion(Shape):
    """Edge Manager agent version."""

    version: Final[str | None]
    """Version of the agent. Since 2020-12-08."""
    agent_count: Final[int | None]
    """The number of Edge Manager agents. Since 2020-12-08."""
    def __init__(
        self,
        *,
        version: str | None = None,
        agent_count: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        version: str | None = ...,
        agent_count: int | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class Alarm(Shape):
    """An Amazon CloudWatch alarm configured to monitor metrics on an endpoint."""

    alarm_name: Final[str | None]
    """The name of a CloudWatch alarm in your account. Since 2020-12-01."""
    def __init__(
        self,
        *,
        alarm_name: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        alarm_name: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class AlarmDetails(Shape):
    """The details of the alarm to monitor during the AMI update."""

    alarm_name: Final[str]
    """The name of the alarm. Since 2025-05-01."""
    def __init__(
        self,
        *,
        alarm_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        alarm_name: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class AlgorithmSpecification(Shape):
    """The registry path of the Docker image that contains the training algorithm and
    algorithm-specific metadata, including the input mode. For more information about algorithms
    provided by SageMaker, see Algorithms. For information about providing your own algorithms, see
    Using Your Own Algorithms with Amazon SageMaker.
    """

    training_image: Final[str | None]
    """The registry path of the Docker image that contains the training algorithm. For information
    about docker registry paths for SageMaker built-in algorithms, see Docker Registry Paths and
    Example Code in the Amazon SageMaker developer guide. SageMaker supports both
    registry/repository[:tag] and registry/repository[@digest] image path formats. For more
    information about using your custom training container, see Using Your Own Algorithms with
    Amazon SageMaker. Since 2017-11-29.
    """
    algorithm_name: Final[str | None]
    """The name of the algorithm resource to use for the training job. This must be an algorithm
    resource that you created or subscribe to on Amazon Web Services Marketplace. Since 2018-11-28.
    """
    training_input_mode: Final[TrainingInputMode]
    """The training input mode that the algorithm supports. For more information about input modes, see
    Algorithms. Since 2017-11-29.
    """
    metric_definitions: Final[list[MetricDefinition] | None]
    """A list of metric definition objects. Each object specifies the metric name and regular
    expressions used to parse algorithm logs. SageMaker publishes each metric to Amazon CloudWatch.
    Since 2018-11-14.
    """
    enable_sage_maker_metrics_time_series: Final[bool | None]
    """To generate and save time-series metrics during training, set to true. The default is false and
    time-series metrics aren't generated except in the following cases: Since 2019-12-04.
    """
    container_entrypoint: Final[list[str] | None]
    """The entrypoint script for a Docker container used to run a training job. This script takes
    precedence over the default train processing instructions. See How Amazon SageMaker Runs Your
    Training Image for more information. Since 2022-10-27.
    """
    container_arguments: Final[list[str] | None]
    """The arguments for a container used to run a training job. See How Amazon SageMaker Runs Your
    Training Image for additional information. Since 2022-10-27.
    """
    training_image_config: Final[TrainingImageConfig | None]
    """The configuration to use an image from a private Docker registry for a training job. Since
    2023-01-27.
    """
    def __init__(
        self,
        *,
        training_input_mode: TrainingInputMode | TrainingInputModeLiteral,
        training_image: str | None = None,
        algorithm_name: str | None = None,
        metric_definitions: list[MetricDefinition] | None = None,
        enable_sage_maker_metrics_time_series: bool | None = None,
        container_entrypoint: list[str] | None = None,
        container_arguments: list[str] | None = None,
        training_image_config: TrainingImageConfig | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        training_image: str | None = ...,
        algorithm_name: str | None = ...,
        training_input_mode: TrainingInputMode | TrainingInputModeLiteral = ...,
        metric_definitions: list[MetricDefinition] | None = ...,
        enable_sage_maker_metrics_time_series: bool | None = ...,
        container_entrypoint: list[str] | None = ...,
        container_arguments: list[str] | None = ...,
        training_image_config: TrainingImageConfig | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class AlgorithmStatusDetails(Shape):
    """Details about the current status of the algorithm."""

    validation_statuses: Final[list[AlgorithmStatusItem] | None]
    """The status of algorithm validation. Since 2018-11-28."""
    image_scan_statuses: Final[list[AlgorithmStatusItem] | None]
    """The status of the scan of the algorithm's Docker image container. Since 2018-11-28."""
    def __init__(
        self,
        *,
        validation_statuses: list[AlgorithmStatusItem] | None = None,
        image_scan_statuses: list[AlgorithmStatusItem] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        validation_statuses: list[AlgorithmStatusItem] | None = ...,
        image_scan_statuses: list[AlgorithmStatusItem] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class AlgorithmStatusItem(Shape):
    """Represents the overall status of an algorithm."""

    name: Final[str | None]
    """The name of the algorithm for which the overall status is being reported. Since 2018-11-28.
    """
    status: Final[DetailedAlgorithmStatus | None]
    """The current status. Since 2018-11-28."""
    failure_reason: Final[str | None]
    """if the overall status is Failed, the reason for the failure. Since 2018-11-28."""
    def __init__(
        self,
        *,
        name: str | None = None,
        status: DetailedAlgorithmStatus | DetailedAlgorithmStatusLiteral | None = None,
        failure_reason: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        name: str | None = ...,
        status: DetailedAlgorithmStatus | DetailedAlgorithmStatusLiteral | None = ...,
        failure_reason: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class AlgorithmSummary(Shape):
    """Provides summary information about an algorithm."""

    algorithm_name: Final[str | None]
    """The name of the algorithm which is described by the summary. Since 2018-11-28."""
    algorithm_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the algorithm. Since 2018-11-28."""
    algorithm_description: Final[str | None]
    """A brief statement describing the algorithm. Since 2018-11-28."""
    creation_time: Final[datetime | None]
    """A timestamp that shows when the algorithm was created. Since 2018-11-28."""
    algorithm_status: Final[AlgorithmStatus | None]
    """The overall status of the algorithm. Since 2018-11-28."""
    def __init__(
        self,
        *,
        algorithm_name: str | None = None,
        algorithm_arn: str | None = None,
        algorithm_description: str | None = None,
        creation_time: datetime | None = None,
        algorithm_status: AlgorithmStatus | AlgorithmStatusLiteral | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        algorithm_name: str | None = ...,
        algorithm_arn: str | None = ...,
        algorithm_description: str | None = ...,
        creation_time: datetime | None = ...,
        algorithm_status: AlgorithmStatus | AlgorithmStatusLiteral | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class AlgorithmValidationProfile(Shape):
    """Defines a training job and a batch transform job that SageMaker runs to validate your algorithm."""

    profile_name: Final[str]
    """The name of the profile for the algorithm. The name must have 1 to 63 characters. Valid
    characters are a-z, A-Z, 0-9, and - (hyphen). Since 2018-11-28.
    """
    training_job_definition: Final[TrainingJobDefinition]
    """The TrainingJobDefinition object that describes the training job that SageMaker runs to validate
    your algorithm. Since 2018-11-28.
    """
    transform_job_definition: Final[TransformJobDefinition | None]
    """The TransformJobDefinition object that describes the transform job that SageMaker runs to
    validate your algorithm. Since 2018-11-28.
    """
    def __init__(
        self,
        *,
        profile_name: str,
        training_job_definition: TrainingJobDefinition,
        transform_job_definition: TransformJobDefinition | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        profile_name: str = ...,
        training_job_definition: TrainingJobDefinition = ...,
        transform_job_definition: TransformJobDefinition | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class AlgorithmValidationSpecification(Shape):
    """Specifies configurations for one or more training jobs and that SageMaker runs to test the
    algorithm's training code and, optionally, one or more batch transform jobs that SageMaker runs
    to test the algorithm's inference code.
    """

    validation_role: Final[str]
    """The IAM roles that SageMaker uses to run the training jobs. Since 2018-11-28."""
    validation_profiles: Final[list[AlgorithmValidationProfile]]
    """An array of AlgorithmValidationProfile objects, each of which specifies a training job and batch
    transform job that SageMaker runs to validate your algorithm. Since 2018-11-28.
    """
    def __init__(
        self,
        *,
        validation_role: str,
        validation_profiles: list[AlgorithmValidationProfile],
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        validation_role: str = ...,
        validation_profiles: list[AlgorithmValidationProfile] = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class AmazonQSettings(Shape):
    """A collection of settings that configure the Amazon Q experience within the domain. The AuthMode
    that you use to create the domain must be SSO.
    """

    status: Final[FeatureStatus | None]
    """Whether Amazon Q has been enabled within the domain. Since 2024-07-09."""
    q_profile_arn: Final[str | None]
    """The ARN of the Amazon Q profile used within the domain. Since 2024-07-09."""
    def __init__(
        self,
        *,
        status: FeatureStatus | FeatureStatusLiteral | None = None,
        q_profile_arn: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        status: FeatureStatus | FeatureStatusLiteral | None = ...,
        q_profile_arn: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class AnnotationConsolidationConfig(Shape):
    """Configures how labels are consolidated across human workers."""

    annotation_consolidation_lambda_arn: Final[str]
    """The Amazon Resource Name (ARN) of a Lambda function implements the logic for annotation
    consolidation and to process output data. Since 2018-11-28.
    """
    def __init__(
        self,
        *,
        annotation_consolidation_lambda_arn: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        annotation_consolidation_lambda_arn: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class AppDetails(Shape):
    """Details about an Amazon SageMaker AI app."""

    domain_id: Final[str | None]
    """The domain ID. Since 2019-12-04."""
    user_profile_name: Final[str | None]
    """The user profile name. Since 2019-12-04."""
    space_name: Final[str | None]
    """The name of the space. Since 2022-11-30."""
    app_type: Final[AppType | None]
    """The type of app. Since 2019-12-04."""
    app_name: Final[str | None]
    """The name of the app. Since 2019-12-04."""
    status: Final[AppStatus | None]
    """The status. Since 2019-12-04."""
    creation_time: Final[datetime | None]
    """The creation time. Since 2019-12-04."""
    resource_spec: Final[ResourceSpec | None]
    """Specifies the ARN's of a SageMaker AI image and SageMaker AI image version, and the instance
    type that the version runs on. Since 2023-11-30.
    """
    def __init__(
        self,
        *,
        domain_id: str | None = None,
        user_profile_name: str | None = None,
        space_name: str | None = None,
        app_type: AppType | AppTypeLiteral | None = None,
        app_name: str | None = None,
        status: AppStatus | AppStatusLiteral | None = None,
        creation_time: datetime | None = None,
        resource_spec: ResourceSpec | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        domain_id: str | None = ...,
        user_profile_name: str | None = ...,
        space_name: str | None = ...,
        app_type: AppType | AppTypeLiteral | None = ...,
        app_name: str | None = ...,
        status: AppStatus | AppStatusLiteral | None = ...,
        creation_time: datetime | None = ...,
        resource_spec: ResourceSpec | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class AppImageConfigDetails(Shape):
    """The configuration for running a SageMaker image as a KernelGateway app."""

    app_image_config_arn: Final[str | None]
    """The ARN of the AppImageConfig. Since 2020-10-26."""
    app_image_config_name: Final[str | None]
    """The name of the AppImageConfig. Must be unique to your account. Since 2020-10-26."""
    creation_time: Final[datetime | None]
    """When the AppImageConfig was created. Since 2020-10-26."""
    last_modified_time: Final[datetime | None]
    """When the AppImageConfig was last modified. Since 2020-10-26."""
    kernel_gateway_image_config: Final[KernelGatewayImageConfig | None]
    """The configuration for the file system and kernels in the SageMaker image. Since 2020-10-26.
    """
    jupyter_lab_app_image_config: Final[JupyterLabAppImageConfig | None]
    """The configuration for the file system and the runtime, such as the environment variables and
    entry point. Since 2023-11-30.
    """
    code_editor_app_image_config: Final[CodeEditorAppImageConfig | None]
    """The configuration for the file system and the runtime, such as the environment variables and
    entry point. Since 2024-03-29.
    """
    def __init__(
        self,
        *,
        app_image_config_arn: str | None = None,
        app_image_config_name: str | None = None,
        creation_time: datetime | None = None,
        last_modified_time: datetime | None = None,
        kernel_gateway_image_config: KernelGatewayImageConfig | None = None,
        jupyter_lab_app_image_config: JupyterLabAppImageConfig | None = None,
        code_editor_app_image_config: CodeEditorAppImageConfig | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        app_image_config_arn: str | None = ...,
        app_image_config_name: str | None = ...,
        creation_time: datetime | None = ...,
        last_modified_time: datetime | None = ...,
        kernel_gateway_image_config: KernelGatewayImageConfig | None = ...,
        jupyter_lab_app_image_config: JupyterLabAppImageConfig | None = ...,
        code_editor_app_image_config: CodeEditorAppImageConfig | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class AppLifecycleManagement(Shape):
    """Settings that are used to configure and manage the lifecycle of CodeEditor applications."""

    idle_settings: Final[IdleSettings | None]
    """Settings related to idle shutdown of Studio applications. Since 2024-09-05."""
    def __init__(
        self,
        *,
        idle_settings: IdleSettings | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        idle_settings: IdleSettings | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class AppSpecification(Shape):
    """Configures the processing job to run a specified Docker container image."""

    image_uri: Final[str]
    """The container image to be run by the processing job. Since 2019-12-04."""
    container_entrypoint: Final[list[str] | None]
    """The entrypoint for a container used to run a processing job. Since 2019-12-04."""
    container_arguments: Final[list[str] | None]
    """The arguments for a container used to run a processing job. Since 2019-12-04."""
    def __init__(
        self,
        *,
        image_uri: str,
        container_entrypoint: list[str] | None = None,
        container_arguments: list[str] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        image_uri: str = ...,
        container_entrypoint: list[str] | None = ...,
        container_arguments: list[str] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ArtifactSource(Shape):
    """The source of the artifact."""

    source_uri: Final[str]
    """The URI of the source. Since 2020-12-01."""
    source_types: Final[list[ArtifactSourceType] | None]
    """A list of source types. Since 2020-12-01."""
    def __init__(
        self,
        *,
        source_uri: str,
        source_types: list[ArtifactSourceType] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        source_uri: str = ...,
        source_types: list[ArtifactSourceType] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ArtifactSourceType(Shape):
    """The ID and ID type of an artifact source."""

    source_id_type: Final[ArtifactSourceIdType]
    """The type of ID. Since 2020-12-01."""
    value: Final[str]
    """The ID. Since 2020-12-01."""
    def __init__(
        self,
        *,
        source_id_type: ArtifactSourceIdType | ArtifactSourceIdTypeLiteral,
        value: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        source_id_type: ArtifactSourceIdType | ArtifactSourceIdTypeLiteral = ...,
        value: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ArtifactSummary(Shape):
    """Lists a summary of the properties of an artifact. An artifact represents a URI addressable
    object or data. Some examples are a dataset and a model.
    """

    artifact_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the artifact. Since 2020-12-01."""
    artifact_name: Final[str | None]
    """The name of the artifact. Since 2020-12-01."""
    source: Final[ArtifactSource | None]
    """The source of the artifact. Since 2020-12-01."""
    artifact_type: Final[str | None]
    """The type of the artifact. Since 2020-12-01."""
    creation_time: Final[datetime | None]
    """When the artifact was created. Since 2020-12-01."""
    last_modified_time: Final[datetime | None]
    """When the artifact was last modified. Since 2020-12-01."""
    def __init__(
        self,
        *,
        artifact_arn: str | None = None,
        artifact_name: str | None = None,
        source: ArtifactSource | None = None,
        artifact_type: str | None = None,
        creation_time: datetime | None = None,
        last_modified_time: datetime | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        artifact_arn: str | None = ...,
        artifact_name: str | None = ...,
        source: ArtifactSource | None = ...,
        artifact_type: str | None = ...,
        creation_time: datetime | None = ...,
        last_modified_time: datetime | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class AssociateTrialComponentRequest(Shape):
    """No description on the pages."""

    trial_component_name: Final[str]
    """The name of the component to associated with the trial. Since 2019-12-04."""
    trial_name: Final[str]
    """The name of the trial to associate with. Since 2019-12-04."""
    def __init__(
        self,
        *,
        trial_component_name: str,
        trial_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        trial_component_name: str = ...,
        trial_name: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class AssociateTrialComponentResponse(OutputShape):
    """The result of ``associate_trial_component`` (AssociateTrialComponent)."""

    trial_component_arn: Final[str | None]
    """The ARN of the trial component. Since 2019-12-04."""
    trial_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the trial. Since 2019-12-04."""
    def __init__(
        self,
        *,
        trial_component_arn: str | None = None,
        trial_arn: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        trial_component_arn: str | None = ...,
        trial_arn: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class AssociationInfo(Shape):
    """The data type used to describe the relationship between different sources."""

    source_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the AssociationInfo source. Since 2025-12-03."""
    destination_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the AssociationInfo destination. Since 2025-12-03."""
    def __init__(
        self,
        *,
        source_arn: str | None = None,
        destination_arn: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        source_arn: str | None = ...,
        destination_arn: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class AssociationSummary(Shape):
    """Lists a summary of the properties of an association. An association is an entity that links
    other lineage or experiment entities. An example would be an association between a training job
    and a model.
    """

    source_arn: Final[str | None]
    """The ARN of the source. Since 2020-12-01."""
    destination_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the destination. Since 2020-12-01."""
    source_type: Final[str | None]
    """The source type. Since 2020-12-01."""
    destination_type: Final[str | None]
    """The destination type. Since 2020-12-01."""
    association_type: Final[AssociationEdgeType | None]
    """The type of the association. Since 2020-12-01."""
    source_name: Final[str | None]
    """The name of the source. Since 2020-12-01."""
    destination_name: Final[str | None]
    """The name of the destination. Since 2020-12-01."""
    creation_time: Final[datetime | None]
    """When the association was created. Since 2020-12-01."""
    created_by: Final[UserContext | None]
    """Information about the user who created or modified an experiment, trial, trial component,
    lineage group, project, or model card. Since 2020-12-01.
    """
    def __init__(
        self,
        *,
        source_arn: str | None = None,
        destination_arn: str | None = None,
        source_type: str | None = None,
        destination_type: str | None = None,
        association_type: AssociationEdgeType | AssociationEdgeTypeLiteral | None = None,
        source_name: str | None = None,
        destination_name: str | None = None,
        creation_time: datetime | None = None,
        created_by: UserContext | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        source_arn: str | None = ...,
        destination_arn: str | None = ...,
        source_type: str | None = ...,
        destination_type: str | None = ...,
        association_type: AssociationEdgeType | AssociationEdgeTypeLiteral | None = ...,
        source_name: str | None = ...,
        destination_name: str | None = ...,
        creation_time: datetime | None = ...,
        created_by: UserContext | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class AsyncInferenceClientConfig(Shape):
    """Configures the behavior of the client used by SageMaker to interact with the model container
    during asynchronous inference.
    """

    max_concurrent_invocations_per_instance: Final[int | None]
    """The maximum number of concurrent requests sent by the SageMaker client to the model container.
    If no value is provided, SageMaker chooses an optimal value. Since 2021-08-18.
    """
    def __init__(
        self,
        *,
        max_concurrent_invocations_per_instance: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        max_concurrent_invocations_per_instance: int | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class AsyncInferenceConfig(Shape):
    """Specifies configuration for how an endpoint performs asynchronous inference. This is a required
    field in order for your Endpoint to be invoked using InvokeEndpointAsync.
    """

    client_config: Final[AsyncInferenceClientConfig | None]
    """Configures the behavior of the client used by SageMaker to interact with the model container
    during asynchronous inference. Since 2021-08-18.
    """
    output_config: Final[AsyncInferenceOutputConfig]
    """Specifies the configuration for asynchronous inference invocation outputs. Since 2021-08-18.
    """
    def __init__(
        self,
        *,
        output_config: AsyncInferenceOutputConfig,
        client_config: AsyncInferenceClientConfig | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        client_config: AsyncInferenceClientConfig | None = ...,
        output_config: AsyncInferenceOutputConfig = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class AsyncInferenceNotificationConfig(Shape):
    """Specifies the configuration for notifications of inference results for asynchronous inference."""

    success_topic: Final[str | None]
    """Amazon SNS topic to post a notification to when inference completes successfully. If no topic is
    provided, no notification is sent on success. Since 2021-08-18.
    """
    error_topic: Final[str | None]
    """Amazon SNS topic to post a notification to when inference fails. If no topic is provided, no
    notification is sent on failure. Since 2021-08-18.
    """
    include_inference_response_in: Final[list[AsyncNotificationTopicTypes | AsyncNotificationTopicTypesLiteral] | None]
    """The Amazon SNS topics where you want the inference response to be included. Since 2023-04-04.
    """
    def __init__(
        self,
        *,
        success_topic: str | None = None,
        error_topic: str | None = None,
        include_inference_response_in: list[AsyncNotificationTopicTypes | AsyncNotificationTopicTypesLiteral]
        | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        success_topic: str | None = ...,
        error_topic: str | None = ...,
        include_inference_response_in: list[AsyncNotificationTopicTypes | AsyncNotificationTopicTypesLiteral]
        | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class AsyncInferenceOutputConfig(Shape):
    """Specifies the configuration for asynchronous inference invocation outputs."""

    kms_key_id: Final[str | None]
    """The Amazon Web Services Key Management Service (Amazon Web Services KMS) key that SageMaker uses
    to encrypt the asynchronous inference output in Amazon S3. Since 2021-08-18.
    """
    s3_output_path: Final[str | None]
    """The Amazon S3 location to upload inference responses to. Since 2021-08-18."""
    notification_config: Final[AsyncInferenceNotificationConfig | None]
    """Specifies the configuration for notifications of inference results for asynchronous inference.
    Since 2021-08-18.
    """
    s3_failure_path: Final[str | None]
    """The Amazon S3 location to upload failure inference responses to. Since 2023-04-04."""
    def __init__(
        self,
        *,
        kms_key_id: str | None = None,
        s3_output_path: str | None = None,
        notification_config: AsyncInferenceNotificationConfig | None = None,
        s3_failure_path: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        kms_key_id: str | None = ...,
        s3_output_path: str | None = ...,
        notification_config: AsyncInferenceNotificationConfig | None = ...,
        s3_failure_path: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class AthenaDatasetDefinition(Shape):
    """Configuration for Athena Dataset Definition input."""

    catalog: Final[str]
    """The name of the data catalog used in Athena query execution. Since 2020-12-01."""
    database: Final[str]
    """The name of the database used in the Athena query execution. Since 2020-12-01."""
    query_string: Final[str]
    """The SQL query statements, to be executed. Since 2020-12-01."""
    work_group: Final[str | None]
    """The name of the workgroup in which the Athena query is being started. Since 2020-12-01."""
    output_s3_uri: Final[str]
    """The location in Amazon S3 where Athena query results are stored. Since 2020-12-01."""
    kms_key_id: Final[str | None]
    """The Amazon Web Services Key Management Service (Amazon Web Services KMS) key that Amazon
    SageMaker uses to encrypt data generated from an Athena query execution. Since 2020-12-01.
    """
    output_format: Final[AthenaResultFormat]
    """The data storage format for Athena query results. Since 2020-12-01."""
    output_compression: Final[AthenaResultCompressionType | None]
    """The compression used for Athena query results. Since 2020-12-01."""
    def __init__(
        self,
        *,
        catalog: str,
        database: str,
        query_string: str,
        output_s3_uri: str,
        output_format: AthenaResultFormat | AthenaResultFormatLiteral,
        work_group: str | None = None,
        kms_key_id: str | None = None,
        output_compression: AthenaResultCompressionType | AthenaResultCompressionTypeLiteral | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        catalog: str = ...,
        database: str = ...,
        query_string: str = ...,
        work_group: str | None = ...,
        output_s3_uri: str = ...,
        kms_key_id: str | None = ...,
        output_format: AthenaResultFormat | AthenaResultFormatLiteral = ...,
        output_compression: AthenaResultCompressionType | AthenaResultCompressionTypeLiteral | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class AttachClusterNodeVolumeRequest(Shape):
    """No description on the pages."""

    cluster_arn: Final[str]
    """The Amazon Resource Name (ARN) of your SageMaker HyperPod cluster containing the target node.
    Your cluster must use EKS as the orchestration and be in the InService state. Since 2025-08-04.
    """
    node_id: Final[str]
    """The unique identifier of the cluster node to which you want to attach the volume. The node must
    belong to your specified HyperPod cluster and cannot be part of a Restricted Instance Group
    (RIG). Since 2025-08-04.
    """
    volume_id: Final[str]
    """The unique identifier of your EBS volume to attach. The volume must be in the available state.
    Since 2025-08-04.
    """
    def __init__(
        self,
        *,
        cluster_arn: str,
        node_id: str,
        volume_id: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        cluster_arn: str = ...,
        node_id: str = ...,
        volume_id: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class AttachClusterNodeVolumeResponse(OutputShape):
    """The result of ``attach_cluster_node_volume`` (AttachClusterNodeVolume)."""

    cluster_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of your SageMaker HyperPod cluster where the volume attachment
    operation was performed. Since 2025-08-04.
    """
    node_id: Final[str | None]
    """The unique identifier of the cluster node where your volume was attached. Since 2025-08-04.
    """
    volume_id: Final[str | None]
    """The unique identifier of your EBS volume that was attached. Since 2025-08-04."""
    attach_time: Final[datetime | None]
    """The timestamp when the volume attachment operation was initiated by the SageMaker HyperPod
    service. Since 2025-08-04.
    """
    status: Final[VolumeAttachmentStatus | None]
    """The current status of your volume attachment operation. Since 2025-08-04."""
    device_name: Final[str | None]
    """The device name assigned to your attached volume on the target instance. Since 2025-08-04."""
    def __init__(
        self,
        *,
        cluster_arn: str | None = None,
        node_id: str | None = None,
        volume_id: str | None = None,
        attach_time: datetime | None = None,
        status: VolumeAttachmentStatus | VolumeAttachmentStatusLiteral | None = None,
        device_name: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        cluster_arn: str | None = ...,
        node_id: str | None = ...,
        volume_id: str | None = ...,
        attach_time: datetime | None = ...,
        status: VolumeAttachmentStatus | VolumeAttachmentStatusLiteral | None = ...,
        device_name: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class AuthorizedUrl(Shape):
    """Contains a presigned URL and its associated local file path for downloading hub content
    artifacts.
    """

    url: Final[str | None]
    """The presigned S3 URL that provides temporary, secure access to download the file. URLs expire
    within 15 minutes for security purposes. Since 2025-07-03.
    """
    local_path: Final[str | None]
    """The recommended local file path where the downloaded file should be stored to maintain proper
    directory structure and file organization. Since 2025-07-03.
    """
    def __init__(
        self,
        *,
        url: str | None = None,
        local_path: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        url: str | None = ...,
        local_path: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class AutoMLAlgorithmConfig(Shape):
    """The selection of algorithms trained on your dataset to generate the model candidates for an
    Autopilot job.
    """

    auto_ml_algorithms: Final[list[AutoMLAlgorithm | AutoMLAlgorithmLiteral]]
    """The selection of algorithms trained on your dataset to generate the model candidates for an
    Autopilot job. Since 2023-02-10.
    """
    def __init__(
        self,
        *,
        auto_ml_algorithms: list[AutoMLAlgorithm | AutoMLAlgorithmLiteral],
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        auto_ml_algorithms: list[AutoMLAlgorithm | AutoMLAlgorithmLiteral] = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class AutoMLCandidate(Shape):
    """Information about the candidate produced by an AutoML training job V2, including its status,
    steps, and other properties.
    """

    candidate_name: Final[str | None]
    """The name of the candidate. Since 2019-12-04."""
    final_auto_ml_job_objective_metric: Final[FinalAutoMLJobObjectiveMetric | None]
    """The best candidate result from an AutoML training job. Since 2019-12-04."""
    objective_status: Final[ObjectiveStatus | None]
    """The objective's status. Since 2019-12-04."""
    candidate_steps: Final[list[AutoMLCandidateStep] | None]
    """Information about the candidate's steps. Since 2019-12-04."""
    candidate_status: Final[CandidateStatus | None]
    """The candidate's status. Since 2019-12-04."""
    inference_containers: Final[list[AutoMLContainerDefinition] | None]
    """Information about the recommended inference container definitions. Since 2019-12-04."""
    creation_time: Final[datetime | None]
    """The creation time. Since 2019-12-04."""
    end_time: Final[datetime | None]
    """The end time. Since 2019-12-04."""
    last_modified_time: Final[datetime | None]
    """The last modified time. Since 2019-12-04."""
    failure_reason: Final[str | None]
    """The failure reason. Since 2019-12-04."""
    candidate_properties: Final[CandidateProperties | None]
    """The properties of an AutoML candidate job. Since 2021-03-30."""
    inference_container_definitions: Final[dict[str, list[AutoMLContainerDefinition]] | None]
    """The mapping of all supported processing unit (CPU, GPU, etc...) to inference container
    definitions for the candidate. This field is populated for the AutoML jobs V2 (for example, for
    jobs created by calling CreateAutoMLJobV2 ) related to image or text classification problem
    types only. Since 2023-03-23.
    """
    def __init__(
        self,
        *,
        candidate_name: str | None = None,
        final_auto_ml_job_objective_metric: FinalAutoMLJobObjectiveMetric | None = None,
        objective_status: ObjectiveStatus | ObjectiveStatusLiteral | None = None,
        candidate_steps: list[AutoMLCandidateStep] | None = None,
        candidate_status: CandidateStatus | CandidateStatusLiteral | None = None,
        inference_containers: list[AutoMLContainerDefinition] | None = None,
        creation_time: datetime | None = None,
        end_time: datetime | None = None,
        last_modified_time: datetime | None = None,
        failure_reason: str | None = None,
        candidate_properties: CandidateProperties | None = None,
        inference_container_definitions: dict[str, list[AutoMLContainerDefinition]] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        candidate_name: str | None = ...,
        final_auto_ml_job_objective_metric: FinalAutoMLJobObjectiveMetric | None = ...,
        objective_status: ObjectiveStatus | ObjectiveStatusLiteral | None = ...,
        candidate_steps: list[AutoMLCandidateStep] | None = ...,
        candidate_status: CandidateStatus | CandidateStatusLiteral | None = ...,
        inference_containers: list[AutoMLContainerDefinition] | None = ...,
        creation_time: datetime | None = ...,
        end_time: datetime | None = ...,
        last_modified_time: datetime | None = ...,
        failure_reason: str | None = ...,
        candidate_properties: CandidateProperties | None = ...,
        inference_container_definitions: dict[str, list[AutoMLContainerDefinition]] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class AutoMLCandidateGenerationConfig(Shape):
    """The configuration for generating a candidate for an AutoML job (optional)."""

    feature_specification_s3_uri: Final[str | None]
    """A URL to the Amazon S3 data source containing selected features from the input data source to
    run an Autopilot job. You can input FeatureAttributeNames (optional) in JSON format as shown
    below: Since 2022-05-25.
    """
    algorithms_config: Final[list[AutoMLAlgorithmConfig] | None]
    """Stores the configuration information for the selection of algorithms trained on tabular data.
    Since 2023-02-10.
    """
    def __init__(
        self,
        *,
        feature_specification_s3_uri: str | None = None,
        algorithms_config: list[AutoMLAlgorithmConfig] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        feature_specification_s3_uri: str | None = ...,
        algorithms_config: list[AutoMLAlgorithmConfig] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class AutoMLCandidateStep(Shape):
    """Information about the steps for a candidate and what step it is working on."""

    candidate_step_type: Final[CandidateStepType | None]
    """Whether the candidate is at the transform, training, or processing step. Since 2019-12-04."""
    candidate_step_arn: Final[str | None]
    """The ARN for the candidate's step. Since 2019-12-04."""
    candidate_step_name: Final[str | None]
    """The name for the candidate's step. Since 2019-12-04."""
    def __init__(
        self,
        *,
        candidate_step_type: CandidateStepType | CandidateStepTypeLiteral | None = None,
        candidate_step_arn: str | None = None,
        candidate_step_name: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        candidate_step_type: CandidateStepType | CandidateStepTypeLiteral | None = ...,
        candidate_step_arn: str | None = ...,
        candidate_step_name: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class AutoMLChannel(Shape):
    """A channel is a named input source that training algorithms can consume. The validation dataset
    size is limited to less than 2 GB. The training dataset size must be less than 100 GB. For more
    information, see Channel.
    """

    data_source: Final[AutoMLDataSource | None]
    """The data source for an AutoML channel. Since 2019-12-04."""
    compression_type: Final[CompressionType | None]
    """You can use Gzip or None . The default value is None . Since 2019-12-04."""
    target_attribute_name: Final[str]
    """The name of the target variable in supervised learning, usually represented by 'y'. Since
    2019-12-04.
    """
    content_type: Final[str | None]
    """The content type of the data from the input source. You can use text/csv;header=present or
    x-application/vnd.amazon+parquet . The default value is text/csv;header=present . Since
    2021-12-20.
    """
    channel_type: Final[AutoMLChannelType | None]
    """The channel type (optional) is an enum string. The default value is training . Channels for
    training and validation must share the same ContentType and TargetAttributeName . For
    information on specifying training and validation channel types, see How to specify training and
    validation datasets. Since 2022-04-27.
    """
    sample_weight_attribute_name: Final[str | None]
    """If specified, this column name indicates which column of the dataset should be treated as sample
    weights for use by the objective metric during the training, evaluation, and the selection of
    the best model. This column is not considered as a predictive feature. For more information on
    Autopilot metrics, see Metrics and validation. Since 2023-05-02.
    """
    def __init__(
        self,
        *,
        target_attribute_name: str,
        data_source: AutoMLDataSource | None = None,
        compression_type: CompressionType | CompressionTypeLiteral | None = None,
        content_type: str | None = None,
        channel_type: AutoMLChannelType | AutoMLChannelTypeLiteral | None = None,
        sample_weight_attribute_name: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        data_source: AutoMLDataSource | None = ...,
        compression_type: CompressionType | CompressionTypeLiteral | None = ...,
        target_attribute_name: str = ...,
        content_type: str | None = ...,
        channel_type: AutoMLChannelType | AutoMLChannelTypeLiteral | None = ...,
        sample_weight_attribute_name: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class AutoMLComputeConfig(Shape):
    """Specifies the compute configuration for the AutoML job V2."""

    emr_serverless_compute_config: Final[EmrServerlessComputeConfig | None]
    """The configuration for using EMR Serverless to run the AutoML job V2. Since 2024-08-12."""
    def __init__(
        self,
        *,
        emr_serverless_compute_config: EmrServerlessComputeConfig | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        emr_serverless_compute_config: EmrServerlessComputeConfig | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class AutoMLContainerDefinition(Shape):
    """A list of container definitions that describe the different containers that make up an AutoML
    candidate. For more information, see ContainerDefinition.
    """

    image: Final[str | None]
    """The Amazon Elastic Container Registry (Amazon ECR) path of the container. For more information,
    see ContainerDefinition. Since 2019-12-04.
    """
    model_data_url: Final[str | None]
    """The location of the model artifacts. For more information, see ContainerDefinition. Since
    2019-12-04.
    """
    environment: Final[dict[str, str] | None]
    """The environment variables to set in the container. For more information, see
    ContainerDefinition. Since 2019-12-04.
    """
    def __init__(
        self,
        *,
        image: str | None = None,
        model_data_url: str | None = None,
        environment: dict[str, str] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        image: str | None = ...,
        model_data_url: str | None = ...,
        environment: dict[str, str] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class AutoMLDataSource(Shape):
    """The data source for an AutoML channel (Required)."""

    s3_data_source: Final[AutoMLS3DataSource]
    """The Amazon S3 location of the input data. Since 2019-12-04."""
    def __init__(
        self,
        *,
        s3_data_source: AutoMLS3DataSource,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        s3_data_source: AutoMLS3DataSource = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class AutoMLDataSplitConfig(Shape):
    """This structure specifies how to split the data into train and validation datasets."""

    validation_fraction: Final[float | None]
    """The validation fraction (optional) is a float that specifies the portion of the training dataset
    to be used for validation. The default value is 0.2, and values must be greater than 0 and less
    than 1. We recommend setting this value to be less than 0.5. Since 2022-04-27.
    """
    def __init__(
        self,
        *,
        validation_fraction: float | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        validation_fraction: float | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class AutoMLJobArtifacts(Shape):
    """The artifacts that are generated during an AutoML job."""

    candidate_definition_notebook_location: Final[str | None]
    """The URL of the notebook location. Since 2019-12-04."""
    data_exploration_notebook_location: Final[str | None]
    """The URL of the notebook location. Since 2019-12-04."""
    def __init__(
        self,
        *,
        candidate_definition_notebook_location: str | None = None,
        data_exploration_notebook_location: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        candidate_definition_notebook_location: str | None = ...,
        data_exploration_notebook_location: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class AutoMLJobChannel(Shape):
    """A channel is a named input source that training algorithms can consume. This channel is used for
    AutoML jobs V2 (jobs created by calling CreateAutoMLJobV2 ).
    """

    channel_type: Final[AutoMLChannelType | None]
    """The type of channel. Defines whether the data are used for training or validation. The default
    value is training . Channels for training and validation must share the same ContentType Since
    2023-03-23.
    """
    content_type: Final[str | None]
    """The content type of the data from the input source. The following are the allowed content types
    for different problems: Since 2023-03-23.
    """
    compression_type: Final[CompressionType | None]
    """The allowed compression types depend on the input format and problem type. We allow the
    compression type Gzip for S3Prefix inputs on tabular data only. For all other inputs, the
    compression type should be None . If no compression type is provided, we default to None . Since
    2023-03-23.
    """
    data_source: Final[AutoMLDataSource | None]
    """The data source for an AutoML channel (Required). Since 2023-03-23."""
    def __init__(
        self,
        *,
        channel_type: AutoMLChannelType | AutoMLChannelTypeLiteral | None = None,
        content_type: str | None = None,
        compression_type: CompressionType | CompressionTypeLiteral | None = None,
        data_source: AutoMLDataSource | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        channel_type: AutoMLChannelType | AutoMLChannelTypeLiteral | None = ...,
        content_type: str | None = ...,
        compression_type: CompressionType | CompressionTypeLiteral | None = ...,
        data_source: AutoMLDataSource | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class AutoMLJobCompletionCriteria(Shape):
    """How long a job is allowed to run, or how many candidates a job is allowed to generate."""

    max_candidates: Final[int | None]
    """The maximum number of times a training job is allowed to run. Since 2019-12-04."""
    max_runtime_per_training_job_in_seconds: Final[int | None]
    """The maximum time, in seconds, that each training job executed inside hyperparameter tuning is
    allowed to run as part of a hyperparameter tuning job. For more information, see the
    StoppingCondition used by the CreateHyperParameterTuningJob action. Since 2019-12-04.
    """
    max_auto_ml_job_runtime_in_seconds: Final[int | None]
    """The maximum runtime, in seconds, an AutoML job has to complete. Since 2019-12-04."""
    def __init__(
        self,
        *,
        max_candidates: int | None = None,
        max_runtime_per_training_job_in_seconds: int | None = None,
        max_auto_ml_job_runtime_in_seconds: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        max_candidates: int | None = ...,
        max_runtime_per_training_job_in_seconds: int | None = ...,
        max_auto_ml_job_runtime_in_seconds: int | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class AutoMLJobConfig(Shape):
    """A collection of settings used to configure an AutoML job."""

    completion_criteria: Final[AutoMLJobCompletionCriteria | None]
    """How long an AutoML job is allowed to run, or how many candidates a job is allowed to generate.
    Since 2019-12-04.
    """
    security_config: Final[AutoMLSecurityConfig | None]
    """The security configuration for traffic encryption or Amazon VPC settings. Since 2019-12-04.
    """
    candidate_generation_config: Final[AutoMLCandidateGenerationConfig | None]
    """The configuration for generating a candidate for an AutoML job (optional). Since 2022-05-25.
    """
    data_split_config: Final[AutoMLDataSplitConfig | None]
    """The configuration for splitting the input training dataset. Since 2022-04-27."""
    mode: Final[AutoMLMode | None]
    """The method that Autopilot uses to train the data. You can either specify the mode manually or
    let Autopilot choose for you based on the dataset size by selecting AUTO . In AUTO mode,
    Autopilot chooses ENSEMBLING for datasets smaller than 100 MB, and HYPERPARAMETER_TUNING for
    larger ones. Since 2022-09-08.
    """
    def __init__(
        self,
        *,
        completion_criteria: AutoMLJobCompletionCriteria | None = None,
        security_config: AutoMLSecurityConfig | None = None,
        candidate_generation_config: AutoMLCandidateGenerationConfig | None = None,
        data_split_config: AutoMLDataSplitConfig | None = None,
        mode: AutoMLMode | AutoMLModeLiteral | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        completion_criteria: AutoMLJobCompletionCriteria | None = ...,
        security_config: AutoMLSecurityConfig | None = ...,
        candidate_generation_config: AutoMLCandidateGenerationConfig | None = ...,
        data_split_config: AutoMLDataSplitConfig | None = ...,
        mode: AutoMLMode | AutoMLModeLiteral | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class AutoMLJobObjective(Shape):
    """Specifies a metric to minimize or maximize as the objective of a job. If not specified, the
    default objective metric depends on the problem type. For the list of default values per problem
    type, see AutoMLJobObjective.
    """

    metric_name: Final[AutoMLMetricEnum]
    """The name of the objective metric used to measure the predictive quality of a machine learning
    system. During training, the model's parameters are updated iteratively to optimize its
    performance based on the feedback provided by the objective metric when evaluating the model on
    the validation dataset. Since 2019-12-04.
    """
    def __init__(
        self,
        *,
        metric_name: AutoMLMetricEnum | AutoMLMetricEnumLiteral,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        metric_name: AutoMLMetricEnum | AutoMLMetricEnumLiteral = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class AutoMLJobStepMetadata(Shape):
    """The Amazon Resource Name (ARN) of the AutoML job that was run by this step."""

    arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the AutoML job. Since 2022-11-30."""
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

class AutoMLJobSummary(Shape):
    """Provides a summary about an AutoML job."""

    auto_ml_job_name: Final[str | None]
    """The name of the AutoML job you are requesting. Since 2019-12-04."""
    auto_ml_job_arn: Final[str | None]
    """The ARN of the AutoML job. Since 2019-12-04."""
    auto_ml_job_status: Final[AutoMLJobStatus | None]
    """The status of the AutoML job. Since 2019-12-04."""
    auto_ml_job_secondary_status: Final[AutoMLJobSecondaryStatus | None]
    """The secondary status of the AutoML job. Since 2019-12-04."""
    creation_time: Final[datetime | None]
    """When the AutoML job was created. Since 2019-12-04."""
    end_time: Final[datetime | None]
    """The end time of an AutoML job. Since 2019-12-04."""
    last_modified_time: Final[datetime | None]
    """When the AutoML job was last modified. Since 2019-12-04."""
    failure_reason: Final[str | None]
    """The failure reason of an AutoML job. Since 2019-12-04."""
    partial_failure_reasons: Final[list[AutoMLPartialFailureReason] | None]
    """The list of reasons for partial failures within an AutoML job. Since 2021-03-30."""
    def __init__(
        self,
        *,
        auto_ml_job_name: str | None = None,
        auto_ml_job_arn: str | None = None,
        auto_ml_job_status: AutoMLJobStatus | AutoMLJobStatusLiteral | None = None,
        auto_ml_job_secondary_status: AutoMLJobSecondaryStatus | AutoMLJobSecondaryStatusLiteral | None = None,
        creation_time: datetime | None = None,
        end_time: datetime | None = None,
        last_modified_time: datetime | None = None,
        failure_reason: str | None = None,
        partial_failure_reasons: list[AutoMLPartialFailureReason] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        auto_ml_job_name: str | None = ...,
        auto_ml_job_arn: str | None = ...,
        auto_ml_job_status: AutoMLJobStatus | AutoMLJobStatusLiteral | None = ...,
        auto_ml_job_secondary_status: AutoMLJobSecondaryStatus | AutoMLJobSecondaryStatusLiteral | None = ...,
        creation_time: datetime | None = ...,
        end_time: datetime | None = ...,
        last_modified_time: datetime | None = ...,
        failure_reason: str | None = ...,
        partial_failure_reasons: list[AutoMLPartialFailureReason] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class AutoMLOutputDataConfig(Shape):
    """Provides information about encryption and the Amazon S3 output path needed to store artifacts
    from an AutoML job.
    """

    kms_key_id: Final[str | None]
    """The Key Management Service encryption key ID. Since 2019-12-04."""
    s3_output_path: Final[str]
    """The Amazon S3 output path. Must be 512 characters or less. Since 2019-12-04."""
    def __init__(
        self,
        *,
        s3_output_path: str,
        kms_key_id: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        kms_key_id: str | None = ...,
        s3_output_path: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class AutoMLPartialFailureReason(Shape):
    """The reason for a partial failure of an AutoML job."""

    partial_failure_message: Final[str | None]
    """The message containing the reason for a partial failure of an AutoML job. Since 2021-03-30.
    """
    def __init__(
        self,
        *,
        partial_failure_message: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        partial_failure_message: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class AutoMLProblemTypeConfig(Shape):
    """Defines the configuration settings of one of the supported problem types. A tagged union: at
    most one attribute is set.
    """

    image_classification_job_config: Final[ImageClassificationJobConfig | None]
    """Settings used to configure an AutoML job V2 for the image classification problem type. Since
    2023-03-23.
    """
    text_classification_job_config: Final[TextClassificationJobConfig | None]
    """Settings used to configure an AutoML job V2 for the text classification problem type. Since
    2023-03-23.
    """
    time_series_forecasting_job_config: Final[TimeSeriesForecastingJobConfig | None]
    """Settings used to configure an AutoML job V2 for the time-series forecasting problem type. Since
    2023-06-29.
    """
    tabular_job_config: Final[TabularJobConfig | None]
    """Settings used to configure an AutoML job V2 for the tabular problem type (regression,
    classification). Since 2023-06-19.
    """
    text_generation_job_config: Final[TextGenerationJobConfig | None]
    """Settings used to configure an AutoML job V2 for the text generation (LLMs fine-tuning) problem
    type. Since 2023-10-26.
    """
    def __init__(
        self,
        *,
        image_classification_job_config: ImageClassificationJobConfig | None = None,
        text_classification_job_config: TextClassificationJobConfig | None = None,
        time_series_forecasting_job_config: TimeSeriesForecastingJobConfig | None = None,
        tabular_job_config: TabularJobConfig | None = None,
        text_generation_job_config: TextGenerationJobConfig | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        image_classification_job_config: ImageClassificationJobConfig | None = ...,
        text_classification_job_config: TextClassificationJobConfig | None = ...,
        time_series_forecasting_job_config: TimeSeriesForecastingJobConfig | None = ...,
        tabular_job_config: TabularJobConfig | None = ...,
        text_generation_job_config: TextGenerationJobConfig | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class AutoMLProblemTypeResolvedAttributes(Shape):
    """Defines the resolved attributes specific to a problem type. A tagged union: at most one
    attribute is set.
    """

    tabular_resolved_attributes: Final[TabularResolvedAttributes | None]
    """The resolved attributes for the tabular problem type. Since 2023-06-19."""
    text_generation_resolved_attributes: Final[TextGenerationResolvedAttributes | None]
    """The resolved attributes for the text generation problem type. Since 2023-10-26."""
    def __init__(
        self,
        *,
        tabular_resolved_attributes: TabularResolvedAttributes | None = None,
        text_generation_resolved_attributes: TextGenerationResolvedAttributes | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        tabular_resolved_attributes: TabularResolvedAttributes | None = ...,
        text_generation_resolved_attributes: TextGenerationResolvedAttributes | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class AutoMLResolvedAttributes(Shape):
    """Returns the resolved attributes used by the AutoML job V2."""

    auto_ml_job_objective: Final[AutoMLJobObjective | None]
    """Specifies a metric to minimize or maximize as the objective of an AutoML job. Since 2023-06-19.
    """
    completion_criteria: Final[AutoMLJobCompletionCriteria | None]
    """How long a job is allowed to run, or how many candidates a job is allowed to generate. Since
    2023-06-19.
    """
    auto_ml_problem_type_resolved_attributes: Final[AutoMLProblemTypeResolvedAttributes | None]
    """Defines the resolved attributes specific to a problem type. Since 2023-06-19."""
    def __init__(
        self,
        *,
        auto_ml_job_objective: AutoMLJobObjective | None = None,
        completion_criteria: AutoMLJobCompletionCriteria | None = None,
        auto_ml_problem_type_resolved_attributes: AutoMLProblemTypeResolvedAttributes | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        auto_ml_job_objective: AutoMLJobObjective | None = ...,
        completion_criteria: AutoMLJobCompletionCriteria | None = ...,
        auto_ml_problem_type_resolved_attributes: AutoMLProblemTypeResolvedAttributes | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class AutoMLS3DataSource(Shape):
    """The Amazon S3 location of the input data."""

    s3_data_type: Final[AutoMLS3DataType]
    """The data type. Since 2019-12-04."""
    s3_uri: Final[str]
    """The URL to the Amazon S3 data source. The Uri refers to the Amazon S3 prefix or ManifestFile
    depending on the data type. Since 2019-12-04.
    """
    def __init__(
        self,
        *,
        s3_data_type: AutoMLS3DataType | AutoMLS3DataTypeLiteral,
        s3_uri: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        s3_data_type: AutoMLS3DataType | AutoMLS3DataTypeLiteral = ...,
        s3_uri: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class AutoMLSecurityConfig(Shape):
    """The security configuration for traffic encryption or Amazon VPC settings."""

    volume_kms_key_id: Final[str | None]
    """The key used to encrypt stored data. Since 2019-12-04."""
    enable_inter_container_traffic_encryption: Final[bool | None]
    """Whether to use traffic encryption between the container layers. Since 2019-12-04."""
    vpc_config: Final[VpcConfig | None]
    """The VPC configuration. Since 2019-12-04."""
    def __init__(
        self,
        *,
        volume_kms_key_id: str | None = None,
        enable_inter_container_traffic_encryption: bool | None = None,
        vpc_config: VpcConfig | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        volume_kms_key_id: str | None = ...,
        enable_inter_container_traffic_encryption: bool | None = ...,
        vpc_config: VpcConfig | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class AutoParameter(Shape):
    """The name and an example value of the hyperparameter that you want to use in Autotune. If
    Automatic model tuning (AMT) determines that your hyperparameter is eligible for Autotune, an
    optimal hyperparameter range is selected for you.
    """

    name: Final[str]
    """The name of the hyperparameter to optimize using Autotune. Since 2023-05-25."""
    value_hint: Final[str]
    """An example value of the hyperparameter to optimize using Autotune. Since 2023-05-25."""
    def __init__(
        self,
        *,
        name: str,
        value_hint: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        name: str = ...,
        value_hint: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class AutoRollbackConfig(Shape):
    """Automatic rollback configuration for handling endpoint deployment failures and recovery."""

    alarms: Final[list[Alarm] | None]
    """List of CloudWatch alarms in your account that are configured to monitor metrics on an endpoint.
    If any alarms are tripped during a deployment, SageMaker rolls back the deployment. Since
    2020-12-01.
    """
    def __init__(
        self,
        *,
        alarms: list[Alarm] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        alarms: list[Alarm] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class Autotune(Shape):
    """Configures SageMaker Automatic model tuning (AMT) to automatically find optimal parameters for
    the following fields:
    """

    mode: Final[AutotuneMode]
    """Set Mode to Enabled if you want to use Autotune. Since 2023-05-25."""
    def __init__(
        self,
        *,
        mode: AutotuneMode | AutotuneModeLiteral,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        mode: AutotuneMode | AutotuneModeLiteral = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class AvailableUpgrade(Shape):
    """A map of available minor version upgrades for the SageMaker Partner AI App. The key is the
    semantic version number, and the value is a list of release notes for that version. A null value
    indicates no upgrades are available.
    """

    version: Final[str | None]
    """The semantic version number of the available upgrade for the SageMaker Partner AI App. Since
    2025-11-13.
    """
    release_notes: Final[list[str] | None]
    """A list of release notes describing the changes and improvements included in the available
    upgrade version. Since 2025-11-13.
    """
    def __init__(
        self,
        *,
        version: str | None = None,
        release_notes: list[str] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        version: str | None = ...,
        release_notes: list[str] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""
