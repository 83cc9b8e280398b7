# Generated stub. Do not edit.
# Every shape whose name starts with "M", as type checkers see it. At run time each
# class lives in the module of its first two words (``__module__``); this stub-only module
# groups them because a few dozen stub files type-check much faster than hundreds.
from collections.abc import Mapping
from datetime import datetime
from typing import Any, Final

from typing_extensions import Self

from smtyped._base import Shape
from smtyped._generated.enums._a import (
    AutoMLMetricEnum,
    AutoMLMetricEnumLiteral,
    AutoMLMetricExtendedEnum,
    AutoMLMetricExtendedEnumLiteral,
)
from smtyped._generated.enums._d import DetailedModelPackageStatus, DetailedModelPackageStatusLiteral
from smtyped._generated.enums._e import EndpointStatus, EndpointStatusLiteral, ExecutionStatus, ExecutionStatusLiteral
from smtyped._generated.enums._f import FeatureStatus, FeatureStatusLiteral
from smtyped._generated.enums._m import (
    ManagedStorageType,
    ManagedStorageTypeLiteral,
    MetricSetSource,
    MetricSetSourceLiteral,
    MlflowAppStatus,
    MlflowAppStatusLiteral,
    ModelApprovalStatus,
    ModelApprovalStatusLiteral,
    ModelCacheSetting,
    ModelCacheSettingLiteral,
    ModelCardExportJobStatus,
    ModelCardExportJobStatusLiteral,
    ModelCardStatus,
    ModelCardStatusLiteral,
    ModelInfrastructureType,
    ModelInfrastructureTypeLiteral,
    ModelMetadataFilterType,
    ModelMetadataFilterTypeLiteral,
    ModelPackageGroupStatus,
    ModelPackageGroupStatusLiteral,
    ModelPackageRegistrationType,
    ModelPackageRegistrationTypeLiteral,
    ModelPackageStatus,
    ModelPackageStatusLiteral,
    ModelSpeculativeDecodingS3DataType,
    ModelSpeculativeDecodingS3DataTypeLiteral,
    ModelSpeculativeDecodingTechnique,
    ModelSpeculativeDecodingTechniqueLiteral,
    ModelVariantStatus,
    ModelVariantStatusLiteral,
    MonitoringAlertStatus,
    MonitoringAlertStatusLiteral,
    MonitoringProblemType,
    MonitoringProblemTypeLiteral,
    MonitoringType,
    MonitoringTypeLiteral,
)
from smtyped._generated.enums._p import (
    ProcessingInstanceType,
    ProcessingInstanceTypeLiteral,
    ProcessingS3UploadMode,
    ProcessingS3UploadModeLiteral,
)
from smtyped._generated.enums._s import (
    ScheduleStatus,
    ScheduleStatusLiteral,
    SkipModelValidation,
    SkipModelValidationLiteral,
)
from smtyped._generated.shapes._a import (
    AdditionalInferenceSpecificationDefinition,
    AdditionalModelDataSource,
    AdditionalS3DataSource,
)
from smtyped._generated.shapes._b import BaseModel, BatchTransformInput, Bias
from smtyped._generated.shapes._c import CognitoMemberDefinition, ContainerDefinition, CustomizedMetricSpecification
from smtyped._generated.shapes._d import DeploymentRecommendation, DriftCheckBaselines
from smtyped._generated.shapes._e import EndpointInput, EnvironmentParameter, Explainability
from smtyped._generated.shapes._i import InferenceExecutionConfig, InferenceSpecification
from smtyped._generated.shapes._n import NetworkConfig
from smtyped._generated.shapes._o import OidcMemberDefinition
from smtyped._generated.shapes._p import PredefinedMetricSpecification
from smtyped._generated.shapes._r import RealTimeInferenceConfig
from smtyped._generated.shapes._s import S3ModelDataSource, ScheduleConfig, SourceAlgorithmSpecification
from smtyped._generated.shapes._t import Tag, TransformJob, TransformJobDefinition
from smtyped._generated.shapes._u import UserContext
from smtyped._generated.shapes._v import VpcConfig

class MLflowConfiguration(Shape):
    """The MLflow configuration of the pipeline execution."""

    mlflow_resource_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of MLflow configuration resource. Since 2025-12-03."""
    mlflow_experiment_name: Final[str | None]
    """The name of the MLflow configuration. Since 2025-12-03."""
    def __init__(
        self,
        *,
        mlflow_resource_arn: str | None = None,
        mlflow_experiment_name: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        mlflow_resource_arn: str | None = ...,
        mlflow_experiment_name: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ManagedConfiguration(Shape):
    """The managed configuration of the model package group."""

    managed_storage_type: Final[ManagedStorageType | None]
    """The storage type of the model package. Since 2026-05-13."""
    def __init__(
        self,
        *,
        managed_storage_type: ManagedStorageType | ManagedStorageTypeLiteral | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        managed_storage_type: ManagedStorageType | ManagedStorageTypeLiteral | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class MemberDefinition(Shape):
    """Defines an Amazon Cognito or your own OIDC IdP user group that is part of a work team."""

    cognito_member_definition: Final[CognitoMemberDefinition | None]
    """The Amazon Cognito user group that is part of the work team. Since 2018-11-28."""
    oidc_member_definition: Final[OidcMemberDefinition | None]
    """A list user groups that exist in your OIDC Identity Provider (IdP). One to ten groups can be
    used to create a single private work team. When you add a user group to the list of Groups , you
    can add that user group to one or more private work teams. If you add a user group to a private
    work team, all workers in that user group are added to the work team. Since 2020-07-24.
    """
    def __init__(
        self,
        *,
        cognito_member_definition: CognitoMemberDefinition | None = None,
        oidc_member_definition: OidcMemberDefinition | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        cognito_member_definition: CognitoMemberDefinition | None = ...,
        oidc_member_definition: OidcMemberDefinition | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class MetadataProperties(Shape):
    """Metadata properties of the tracking entity, trial, or trial component."""

    commit_id: Final[str | None]
    """The commit ID. Since 2020-12-01."""
    repository: Final[str | None]
    """The repository. Since 2020-12-01."""
    generated_by: Final[str | None]
    """The entity this entity was generated by. Since 2020-12-01."""
    project_id: Final[str | None]
    """The project ID. Since 2020-12-01."""
    def __init__(
        self,
        *,
        commit_id: str | None = None,
        repository: str | None = None,
        generated_by: str | None = None,
        project_id: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        commit_id: str | None = ...,
        repository: str | None = ...,
        generated_by: str | None = ...,
        project_id: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class MetricData(Shape):
    """The name, value, and date and time of a metric that was emitted to Amazon CloudWatch."""

    metric_name: Final[str | None]
    """The name of the metric. Since 2018-11-14."""
    value: Final[float | None]
    """The value of the metric. Since 2018-11-14."""
    timestamp: Final[datetime | None]
    """The date and time that the algorithm emitted the metric. Since 2018-11-14."""
    def __init__(
        self,
        *,
        metric_name: str | None = None,
        value: float | None = None,
        timestamp: datetime | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        metric_name: str | None = ...,
        value: float | None = ...,
        timestamp: datetime | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class MetricDatum(Shape):
    """Information about the metric for a candidate produced by an AutoML job."""

    metric_name: Final[AutoMLMetricEnum | None]
    """The name of the metric. Since 2021-08-12."""
    value: Final[float | None]
    """The value of the metric. Since 2021-08-12."""
    set: Final[MetricSetSource | None]
    """The dataset split from which the AutoML job produced the metric. Since 2021-08-12."""
    standard_metric_name: Final[AutoMLMetricExtendedEnum | None]
    """The name of the standard metric. Since 2022-05-03."""
    def __init__(
        self,
        *,
        metric_name: AutoMLMetricEnum | AutoMLMetricEnumLiteral | None = None,
        value: float | None = None,
        set: MetricSetSource | MetricSetSourceLiteral | None = None,
        standard_metric_name: AutoMLMetricExtendedEnum | AutoMLMetricExtendedEnumLiteral | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        metric_name: AutoMLMetricEnum | AutoMLMetricEnumLiteral | None = ...,
        value: float | None = ...,
        set: MetricSetSource | MetricSetSourceLiteral | None = ...,
        standard_metric_name: AutoMLMetricExtendedEnum | AutoMLMetricExtendedEnumLiteral | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class MetricDefinition(Shape):
    """Specifies a metric that the training algorithm writes to stderr or stdout. You can view these
    logs to understand how your training job performs and check for any errors encountered during
    training. SageMaker hyperparameter tuning captures all defined metrics. Specify one of the
    defined metrics to use as an objective metric using the TuningObjective parameter in the
    HyperParameterTrainingJobDefinition API to evaluate job performance during hyperparameter
    tuning.
    """

    name: Final[str]
    """The name of the metric. Since 2018-06-04."""
    regex: Final[str]
    """A regular expression that searches the output of a training job and gets the value of the
    metric. For more information about using regular expressions to define metrics, see Defining
    metrics and environment variables. Since 2018-06-04.
    """
    def __init__(
        self,
        *,
        name: str,
        regex: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        name: str = ...,
        regex: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class MetricSpecification(Shape):
    """An object containing information about a metric. A tagged union: at most one attribute is set."""

    predefined: Final[PredefinedMetricSpecification | None]
    """Information about a predefined metric. Since 2023-08-02."""
    customized: Final[CustomizedMetricSpecification | None]
    """Information about a customized metric. Since 2023-08-02."""
    def __init__(
        self,
        *,
        predefined: PredefinedMetricSpecification | None = None,
        customized: CustomizedMetricSpecification | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        predefined: PredefinedMetricSpecification | None = ...,
        customized: CustomizedMetricSpecification | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class MetricsConfig(Shape):
    """The configuration parameters for utilization metrics."""

    enable_enhanced_metrics: Final[bool | None]
    """Specifies whether to enable enhanced metrics for the endpoint. Enhanced metrics provide
    utilization and invocation data at instance and container granularity. Container granularity is
    supported for Inference Components. The default is False. Since 2025-11-19.
    """
    enable_detailed_observability: Final[bool | None]
    """Indicates whether detailed observability is enabled for the endpoint. When set to True, the
    following metrics are published at the configured frequency: Since 2026-06-16.
    """
    metric_publish_frequency_in_seconds: Final[int | None]
    """The interval, in seconds, at which metrics are published to Amazon CloudWatch. Defaults to 60.
    Valid values: 10, 30, 60, 120, 180, 240, 300. Since 2025-11-19.
    """
    def __init__(
        self,
        *,
        enable_enhanced_metrics: bool | None = None,
        enable_detailed_observability: bool | None = None,
        metric_publish_frequency_in_seconds: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        enable_enhanced_metrics: bool | None = ...,
        enable_detailed_observability: bool | None = ...,
        metric_publish_frequency_in_seconds: int | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class MetricsEndpoint(Shape):
    """Specifies a metrics endpoint for a container, including the path where the container exposes
    Prometheus-formatted metrics and the frequency at which to publish them to Amazon CloudWatch.
    """

    metrics_endpoint_path: Final[str]
    """The path to the metrics endpoint exposed by the container. For example, /metrics or
    /server/metrics. The path must start with / and can contain alphanumeric characters, forward
    slashes, underscores, hyphens, and periods. Maximum length is 256 characters. If not specified,
    defaults to /metrics. Since 2026-06-16.
    """
    metric_publish_frequency_in_seconds: Final[int | None]
    """The interval, in seconds, at which container metrics scraped from the endpoint are published to
    Amazon CloudWatch. Valid values: 10, 30, 60, 120, 180, 240, 300. Defaults to 60. Since
    2026-06-16.
    """
    def __init__(
        self,
        *,
        metrics_endpoint_path: str,
        metric_publish_frequency_in_seconds: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        metrics_endpoint_path: str = ...,
        metric_publish_frequency_in_seconds: int | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class MetricsSource(Shape):
    """Model quality statistics."""

    content_type: Final[str]
    """The metric source content type. Since 2020-12-01."""
    content_digest: Final[str | None]
    """The hash key used for the metrics source. Since 2020-12-01."""
    s3_uri: Final[str]
    """The S3 URI for the metrics source. Since 2020-12-01."""
    def __init__(
        self,
        *,
        content_type: str,
        s3_uri: str,
        content_digest: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        content_type: str = ...,
        content_digest: str | None = ...,
        s3_uri: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class MlflowAppSummary(Shape):
    """The summary of the Mlflow App to list."""

    arn: Final[str | None]
    """The ARN of a listed MLflow App. Since 2025-12-02."""
    name: Final[str | None]
    """The name of the MLflow App. Since 2025-12-02."""
    status: Final[MlflowAppStatus | None]
    """The status of the MLflow App. Since 2025-12-02."""
    creation_time: Final[datetime | None]
    """The creation time of a listed MLflow App. Since 2025-12-02."""
    last_modified_time: Final[datetime | None]
    """The last modified time of a listed MLflow App. Since 2025-12-02."""
    mlflow_version: Final[str | None]
    """The version of a listed MLflow App. Since 2025-12-02."""
    def __init__(
        self,
        *,
        arn: str | None = None,
        name: str | None = None,
        status: MlflowAppStatus | MlflowAppStatusLiteral | None = None,
        creation_time: datetime | None = None,
        last_modified_time: datetime | None = None,
        mlflow_version: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        arn: str | None = ...,
        name: str | None = ...,
        status: MlflowAppStatus | MlflowAppStatusLiteral | None = ...,
        creation_time: datetime | None = ...,
        last_modified_time: datetime | None = ...,
        mlflow_version: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class MlflowConfig(Shape):
    """The MLflow configuration using SageMaker managed MLflow."""

    mlflow_resource_arn: Final[str]
    """The Amazon Resource Name (ARN) of the MLflow resource. Since 2025-12-03."""
    mlflow_experiment_name: Final[str | None]
    """The MLflow experiment name used for this job. Since 2025-12-03."""
    mlflow_run_name: Final[str | None]
    """The MLflow run name used for this job. Since 2025-12-03."""
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

class MlflowDetails(Shape):
    """The MLflow details of this job."""

    mlflow_experiment_id: Final[str | None]
    """The MLflow experiment ID used for this job. Since 2025-12-03."""
    mlflow_run_id: Final[str | None]
    """The MLflow run ID used for this job. Since 2025-12-03."""
    def __init__(
        self,
        *,
        mlflow_experiment_id: str | None = None,
        mlflow_run_id: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        mlflow_experiment_id: str | None = ...,
        mlflow_run_id: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class Model(Shape):
    """A model displayed in the Model Dashboard."""

    model_name: Final[str | None]
    """The name of the model. Since 2022-11-30. No change-log page shows it: taken from botocore's
    model.
    """
    primary_container: Final[ContainerDefinition | None]
    """Describes the container, as part of model definition. No change-log page shows it: taken from
    botocore's model.
    """
    containers: Final[list[ContainerDefinition] | None]
    """The containers in the inference pipeline. No change-log page shows it: taken from botocore's
    model.
    """
    inference_execution_config: Final[InferenceExecutionConfig | None]
    """Specifies details about how containers in a multi-container endpoint are run. Since 2022-11-30.
    No change-log page shows it: taken from botocore's model.
    """
    execution_role_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the IAM role that you specified for the model. Since
    2022-11-30. No change-log page shows it: taken from botocore's model.
    """
    vpc_config: Final[VpcConfig | None]
    """Specifies an Amazon Virtual Private Cloud (VPC) that your SageMaker jobs, hosted models, and
    compute resources have access to. You can control access to and from your resources by
    configuring a VPC. For more information, see Give SageMaker Access to Resources in your Amazon
    VPC. Since 2022-11-30. No change-log page shows it: taken from botocore's model.
    """
    creation_time: Final[datetime | None]
    """A timestamp that indicates when the model was created. Since 2022-11-30. No change-log page
    shows it: taken from botocore's model.
    """
    model_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the model. Since 2022-11-30. No change-log page shows it:
    taken from botocore's model.
    """
    enable_network_isolation: Final[bool | None]
    """Isolates the model container. No inbound or outbound network calls can be made to or from the
    model container. Since 2022-11-30. No change-log page shows it: taken from botocore's model.
    """
    tags: Final[list[Tag] | None]
    """A list of key-value pairs associated with the model. For more information, see Tagging Amazon
    Web Services resources in the Amazon Web Services General Reference Guide. Since 2022-11-30. No
    change-log page shows it: taken from botocore's model.
    """
    deployment_recommendation: Final[DeploymentRecommendation | None]
    """A set of recommended deployment configurations for the model. Since 2023-05-24. No change-log
    page shows it: taken from botocore's model.
    """
    def __init__(
        self,
        *,
        model_name: str | None = None,
        primary_container: ContainerDefinition | None = None,
        containers: list[ContainerDefinition] | None = None,
        inference_execution_config: InferenceExecutionConfig | None = None,
        execution_role_arn: str | None = None,
        vpc_config: VpcConfig | None = None,
        creation_time: datetime | None = None,
        model_arn: str | None = None,
        enable_network_isolation: bool | None = None,
        tags: list[Tag] | None = None,
        deployment_recommendation: DeploymentRecommendation | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        model_name: str | None = ...,
        primary_container: ContainerDefinition | None = ...,
        containers: list[ContainerDefinition] | None = ...,
        inference_execution_config: InferenceExecutionConfig | None = ...,
        execution_role_arn: str | None = ...,
        vpc_config: VpcConfig | None = ...,
        creation_time: datetime | None = ...,
        model_arn: str | None = ...,
        enable_network_isolation: bool | None = ...,
        tags: list[Tag] | None = ...,
        deployment_recommendation: DeploymentRecommendation | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ModelAccessConfig(Shape):
    """Specifies the access configuration file for the ML model. You can explicitly accept the model
    end-user license agreement (EULA) within the ModelAccessConfig. You are responsible for
    reviewing and complying with any applicable license terms and making sure they are acceptable
    for your use case before downloading or using a model.
    """

    accept_eula: Final[bool]
    """Specifies agreement to the model end-user license agreement (EULA). The AcceptEula value must be
    explicitly defined as True in order to accept the EULA that this model requires. You are
    responsible for reviewing and complying with any applicable license terms and making sure they
    are acceptable for your use case before downloading or using a model. Since 2023-11-22.
    """
    def __init__(
        self,
        *,
        accept_eula: bool,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        accept_eula: bool = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ModelArtifacts(Shape):
    """Information about the Amazon S3 location that is configured for storing model artifacts."""

    s3_model_artifacts: Final[str | None]
    """The path of the S3 object that contains the model artifacts. For example,
    s3://bucket-name/keynameprefix/model.tar.gz. Since 2017-11-29.
    """
    def __init__(
        self,
        *,
        s3_model_artifacts: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        s3_model_artifacts: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ModelBiasAppSpecification(Shape):
    """Configures the model bias job to run a specified Docker container image."""

    image_uri: Final[str]
    """The container image to be run by the model bias job. Since 2020-12-08."""
    config_uri: Final[str]
    """JSON formatted S3 file that defines bias parameters. For more information on this JSON
    configuration file, see Configure bias parameters. Since 2020-12-08.
    """
    environment: Final[dict[str, str] | None]
    """Sets the environment variables in the Docker container. Since 2020-12-08."""
    def __init__(
        self,
        *,
        image_uri: str,
        config_uri: str,
        environment: dict[str, str] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        image_uri: str = ...,
        config_uri: str = ...,
        environment: dict[str, str] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ModelBiasBaselineConfig(Shape):
    """The baseline configuration for a model bias job."""

    baselining_job_name: Final[str | None]
    """The name of the baseline model bias job. Since 2020-12-08."""
    constraints_resource: Final[MonitoringConstraintsResource | None]
    """The constraints resource for a monitoring job. Since 2020-12-08."""
    def __init__(
        self,
        *,
        baselining_job_name: str | None = None,
        constraints_resource: MonitoringConstraintsResource | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        baselining_job_name: str | None = ...,
        constraints_resource: MonitoringConstraintsResource | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ModelBiasJobInput(Shape):
    """Inputs for the model bias job."""

    endpoint_input: Final[EndpointInput | None]
    """Input object for the endpoint Since 2020-12-08."""
    batch_transform_input: Final[BatchTransformInput | None]
    """Input object for the batch transform job. Since 2022-10-18."""
    ground_truth_s3_input: Final[MonitoringGroundTruthS3Input]
    """Location of ground truth labels to use in model bias job. Since 2020-12-08."""
    def __init__(
        self,
        *,
        ground_truth_s3_input: MonitoringGroundTruthS3Input,
        endpoint_input: EndpointInput | None = None,
        batch_transform_input: BatchTransformInput | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        endpoint_input: EndpointInput | None = ...,
        batch_transform_input: BatchTransformInput | None = ...,
        ground_truth_s3_input: MonitoringGroundTruthS3Input = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ModelCard(Shape):
    """An Amazon SageMaker Model Card that documents details about a machine learning model."""

    model_card_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the model card. Since 2022-11-30. No change-log page shows it:
    taken from botocore's model.
    """
    model_card_name: Final[str | None]
    """The unique name of the model card. Since 2022-11-30. No change-log page shows it: taken from
    botocore's model.
    """
    model_card_version: Final[int | None]
    """The version of the model card. Since 2022-11-30. No change-log page shows it: taken from
    botocore's model.
    """
    content: Final[str | None]
    """The content of the model card. Content uses the model card JSON schema and provided as a string.
    Since 2022-11-30. No change-log page shows it: taken from botocore's model. Sensitive:
    ``repr()`` shows ``'***'``.
    """
    model_card_status: Final[ModelCardStatus | None]
    """The approval status of the model card within your organization. Different organizations might
    have different criteria for model card review and approval.    Draft: The model card is a work
    in progress. Since 2022-11-30. No change-log page shows it: taken from botocore's model.
    """
    security_config: Final[ModelCardSecurityConfig | None]
    """The security configuration used to protect model card data. Since 2022-11-30. No change-log page
    shows it: taken from botocore's model.
    """
    creation_time: Final[datetime | None]
    """The date and time that the model card was created. Since 2022-11-30. No change-log page shows
    it: taken from botocore's model.
    """
    created_by: Final[UserContext | None]
    """Information about the user who created or modified a SageMaker resource. No change-log page
    shows it: taken from botocore's model.
    """
    last_modified_time: Final[datetime | None]
    """The date and time that the model card was last modified. Since 2022-11-30. No change-log page
    shows it: taken from botocore's model.
    """
    last_modified_by: Final[UserContext | None]
    """Information about the user who created or modified a SageMaker resource. No change-log page
    shows it: taken from botocore's model.
    """
    tags: Final[list[Tag] | None]
    """Key-value pairs used to manage metadata for the model card. Since 2022-11-30. No change-log page
    shows it: taken from botocore's model.
    """
    model_id: Final[str | None]
    """The unique name (ID) of the model. Since 2022-11-30. No change-log page shows it: taken from
    botocore's model.
    """
    risk_rating: Final[str | None]
    """The risk rating of the model. Different organizations might have different criteria for model
    card risk ratings. For more information, see Risk ratings. Since 2022-11-30. No change-log page
    shows it: taken from botocore's model.
    """
    model_package_group_name: Final[str | None]
    """The model package group that contains the model package. Only relevant for model cards created
    for model packages in the Amazon SageMaker Model Registry. Since 2023-06-28. No change-log page
    shows it: taken from botocore's model.
    """
    def __init__(
        self,
        *,
        model_card_arn: str | None = None,
        model_card_name: str | None = None,
        model_card_version: int | None = None,
        content: str | None = None,
        model_card_status: ModelCardStatus | ModelCardStatusLiteral | None = None,
        security_config: ModelCardSecurityConfig | None = None,
        creation_time: datetime | None = None,
        created_by: UserContext | None = None,
        last_modified_time: datetime | None = None,
        last_modified_by: UserContext | None = None,
        tags: list[Tag] | None = None,
        model_id: str | None = None,
        risk_rating: str | None = None,
        model_package_group_name: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
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
        tags: list[Tag] | None = ...,
        model_id: str | None = ...,
        risk_rating: str | None = ...,
        model_package_group_name: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ModelCardExportArtifacts(Shape):
    """The exported model card artifacts."""

    s3_export_artifacts: Final[str | None]
    """The Amazon S3 URI of the exported model artifacts. Since 2022-11-30."""
    def __init__(
        self,
        *,
        s3_export_artifacts: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        s3_export_artifacts: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ModelCardExportJobSummary(Shape):
    """The summary of the Amazon SageMaker Model Card export job."""

    model_card_export_job_name: Final[str | None]
    """The name of the model card export job. Since 2022-11-30."""
    model_card_export_job_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the model card export job. Since 2022-11-30."""
    status: Final[ModelCardExportJobStatus | None]
    """The completion status of the model card export job. Since 2022-11-30."""
    model_card_name: Final[str | None]
    """The name of the model card that the export job exports. Since 2022-11-30."""
    model_card_version: Final[int | None]
    """The version of the model card that the export job exports. Since 2022-11-30."""
    created_at: Final[datetime | None]
    """The date and time that the model card export job was created. Since 2022-11-30."""
    last_modified_at: Final[datetime | None]
    """The date and time that the model card export job was last modified.. Since 2022-11-30."""
    def __init__(
        self,
        *,
        model_card_export_job_name: str | None = None,
        model_card_export_job_arn: str | None = None,
        status: ModelCardExportJobStatus | ModelCardExportJobStatusLiteral | None = None,
        model_card_name: str | None = None,
        model_card_version: int | None = None,
        created_at: datetime | None = None,
        last_modified_at: datetime | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        model_card_export_job_name: str | None = ...,
        model_card_export_job_arn: str | None = ...,
        status: ModelCardExportJobStatus | ModelCardExportJobStatusLiteral | None = ...,
        model_card_name: str | None = ...,
        model_card_version: int | None = ...,
        created_at: datetime | None = ...,
        last_modified_at: datetime | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ModelCardExportOutputConfig(Shape):
    """The model card output configuration that specifies the Amazon S3 path for exporting."""

    s3_output_path: Final[str]
    """The Amazon S3 output path to export your model card PDF. Since 2022-11-30."""
    def __init__(
        self,
        *,
        s3_output_path: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        s3_output_path: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ModelCardSecurityConfig(Shape):
    """The security configuration used to protect model card content."""

    kms_key_id: Final[str | None]
    """A Key Management Service key ID to use for encrypting a model card. Since 2022-11-30."""
    def __init__(
        self,
        *,
        kms_key_id: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        kms_key_id: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ModelCardSummary(Shape):
    """A summary of the model card."""

    model_card_name: Final[str | None]
    """The name of the model card. Since 2022-11-30."""
    model_card_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the model card. Since 2022-11-30."""
    model_card_status: Final[ModelCardStatus | None]
    """The approval status of the model card within your organization. Different organizations might
    have different criteria for model card review and approval. Since 2022-11-30.
    """
    creation_time: Final[datetime | None]
    """The date and time that the model card was created. Since 2022-11-30."""
    last_modified_time: Final[datetime | None]
    """The date and time that the model card was last modified. Since 2022-11-30."""
    def __init__(
        self,
        *,
        model_card_name: str | None = None,
        model_card_arn: str | None = None,
        model_card_status: ModelCardStatus | ModelCardStatusLiteral | None = None,
        creation_time: datetime | None = None,
        last_modified_time: datetime | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        model_card_name: str | None = ...,
        model_card_arn: str | None = ...,
        model_card_status: ModelCardStatus | ModelCardStatusLiteral | None = ...,
        creation_time: datetime | None = ...,
        last_modified_time: datetime | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ModelCardVersionSummary(Shape):
    """A summary of a specific version of the model card."""

    model_card_name: Final[str | None]
    """The name of the model card. Since 2022-11-30."""
    model_card_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the model card. Since 2022-11-30."""
    model_card_status: Final[ModelCardStatus | None]
    """The approval status of the model card version within your organization. Different organizations
    might have different criteria for model card review and approval. Since 2022-11-30.
    """
    model_card_version: Final[int | None]
    """A version of the model card. Since 2022-11-30."""
    creation_time: Final[datetime | None]
    """The date and time that the model card version was created. Since 2022-11-30."""
    last_modified_time: Final[datetime | None]
    """The time date and time that the model card version was last modified. Since 2022-11-30."""
    def __init__(
        self,
        *,
        model_card_name: str | None = None,
        model_card_arn: str | None = None,
        model_card_status: ModelCardStatus | ModelCardStatusLiteral | None = None,
        model_card_version: int | None = None,
        creation_time: datetime | None = None,
        last_modified_time: datetime | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        model_card_name: str | None = ...,
        model_card_arn: str | None = ...,
        model_card_status: ModelCardStatus | ModelCardStatusLiteral | None = ...,
        model_card_version: int | None = ...,
        creation_time: datetime | None = ...,
        last_modified_time: datetime | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ModelClientConfig(Shape):
    """Configures the timeout and maximum number of retries for processing a transform job invocation."""

    invocations_timeout_in_seconds: Final[int | None]
    """The timeout value in seconds for an invocation request. The default value is 600. Since
    2020-06-26.
    """
    invocations_max_retries: Final[int | None]
    """The maximum number of retries when invocation requests are failing. The default value is 3.
    Since 2020-06-26.
    """
    def __init__(
        self,
        *,
        invocations_timeout_in_seconds: int | None = None,
        invocations_max_retries: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        invocations_timeout_in_seconds: int | None = ...,
        invocations_max_retries: int | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ModelCompilationConfig(Shape):
    """Settings for the model compilation technique that's applied by a model optimization job."""

    image: Final[str | None]
    """The URI of an LMI DLC in Amazon ECR. SageMaker uses this image to run the optimization. Since
    2024-07-09.
    """
    override_environment: Final[dict[str, str] | None]
    """Environment variables that override the default ones in the model container. Since 2024-07-09.
    """
    def __init__(
        self,
        *,
        image: str | None = None,
        override_environment: dict[str, str] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        image: str | None = ...,
        override_environment: dict[str, str] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ModelConfiguration(Shape):
    """Defines the model configuration."""

    inference_specification_name: Final[str | None]
    """The inference specification name in the model package version. Since 2021-12-01."""
    environment_parameters: Final[list[EnvironmentParameter] | None]
    """Defines the environment parameters that includes key, value types, and values. Since 2021-12-01.
    """
    compilation_job_name: Final[str | None]
    """The name of the compilation job used to create the recommended model artifacts. Since
    2023-01-25.
    """
    def __init__(
        self,
        *,
        inference_specification_name: str | None = None,
        environment_parameters: list[EnvironmentParameter] | None = None,
        compilation_job_name: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        inference_specification_name: str | None = ...,
        environment_parameters: list[EnvironmentParameter] | None = ...,
        compilation_job_name: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ModelDashboardEndpoint(Shape):
    """An endpoint that hosts a model displayed in the Amazon SageMaker Model Dashboard."""

    endpoint_name: Final[str | None]
    """The endpoint name. Since 2022-11-30. No change-log page shows it: taken from botocore's model.
    """
    endpoint_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the endpoint. Since 2022-11-30. No change-log page shows it:
    taken from botocore's model.
    """
    creation_time: Final[datetime | None]
    """A timestamp that indicates when the endpoint was created. Since 2022-11-30. No change-log page
    shows it: taken from botocore's model.
    """
    last_modified_time: Final[datetime | None]
    """The last time the endpoint was modified. Since 2022-11-30. No change-log page shows it: taken
    from botocore's model.
    """
    endpoint_status: Final[EndpointStatus | None]
    """The endpoint status. Since 2022-11-30. No change-log page shows it: taken from botocore's model.
    """
    def __init__(
        self,
        *,
        endpoint_name: str | None = None,
        endpoint_arn: str | None = None,
        creation_time: datetime | None = None,
        last_modified_time: datetime | None = None,
        endpoint_status: EndpointStatus | EndpointStatusLiteral | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        endpoint_name: str | None = ...,
        endpoint_arn: str | None = ...,
        creation_time: datetime | None = ...,
        last_modified_time: datetime | None = ...,
        endpoint_status: EndpointStatus | EndpointStatusLiteral | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ModelDashboardIndicatorAction(Shape):
    """An alert action taken to light up an icon on the Model Dashboard when an alert goes into InAlert
    status.
    """

    enabled: Final[bool | None]
    """Indicates whether the alert action is turned on. Since 2022-11-30."""
    def __init__(
        self,
        *,
        enabled: bool | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        enabled: bool | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ModelDashboardModel(Shape):
    """A model displayed in the Amazon SageMaker Model Dashboard."""

    model: Final[Model | None]
    """A model displayed in the Model Dashboard. No change-log page shows it: taken from botocore's
    model.
    """
    endpoints: Final[list[ModelDashboardEndpoint] | None]
    """The endpoints that host a model. Since 2022-11-30. No change-log page shows it: taken from
    botocore's model.
    """
    last_batch_transform_job: Final[TransformJob | None]
    """A batch transform job. For information about SageMaker batch transform, see Use Batch Transform.
    No change-log page shows it: taken from botocore's model.
    """
    monitoring_schedules: Final[list[ModelDashboardMonitoringSchedule] | None]
    """The monitoring schedules for a model. No change-log page shows it: taken from botocore's model.
    """
    model_card: Final[ModelDashboardModelCard | None]
    """The model card for a model. No change-log page shows it: taken from botocore's model."""
    def __init__(
        self,
        *,
        model: Model | None = None,
        endpoints: list[ModelDashboardEndpoint] | None = None,
        last_batch_transform_job: TransformJob | None = None,
        monitoring_schedules: list[ModelDashboardMonitoringSchedule] | None = None,
        model_card: ModelDashboardModelCard | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        model: Model | None = ...,
        endpoints: list[ModelDashboardEndpoint] | None = ...,
        last_batch_transform_job: TransformJob | None = ...,
        monitoring_schedules: list[ModelDashboardMonitoringSchedule] | None = ...,
        model_card: ModelDashboardModelCard | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ModelDashboardModelCard(Shape):
    """The model card for a model."""

    model_card_arn: Final[str | None]
    """The Amazon Resource Name (ARN) for a model card. Since 2022-11-30. No change-log page shows it:
    taken from botocore's model.
    """
    model_card_name: Final[str | None]
    """The name of a model card. Since 2022-11-30. No change-log page shows it: taken from botocore's
    model.
    """
    model_card_version: Final[int | None]
    """The model card version. Since 2022-11-30. No change-log page shows it: taken from botocore's
    model.
    """
    model_card_status: Final[ModelCardStatus | None]
    """The model card status. Since 2022-11-30. No change-log page shows it: taken from botocore's
    model.
    """
    security_config: Final[ModelCardSecurityConfig | None]
    """The KMS Key ID (KMSKeyId) for encryption of model card information. Since 2022-11-30. No
    change-log page shows it: taken from botocore's model.
    """
    creation_time: Final[datetime | None]
    """A timestamp that indicates when the model card was created. Since 2022-11-30. No change-log page
    shows it: taken from botocore's model.
    """
    created_by: Final[UserContext | None]
    """Information about the user who created or modified a SageMaker resource. No change-log page
    shows it: taken from botocore's model.
    """
    last_modified_time: Final[datetime | None]
    """A timestamp that indicates when the model card was last updated. Since 2022-11-30. No change-log
    page shows it: taken from botocore's model.
    """
    last_modified_by: Final[UserContext | None]
    """Information about the user who created or modified a SageMaker resource. No change-log page
    shows it: taken from botocore's model.
    """
    tags: Final[list[Tag] | None]
    """The tags associated with a model card. Since 2022-11-30. No change-log page shows it: taken from
    botocore's model.
    """
    model_id: Final[str | None]
    """For models created in SageMaker, this is the model ARN. For models created outside of SageMaker,
    this is a user-customized string. Since 2022-11-30. No change-log page shows it: taken from
    botocore's model.
    """
    risk_rating: Final[str | None]
    """A model card's risk rating. Can be low, medium, or high. Since 2022-11-30. No change-log page
    shows it: taken from botocore's model.
    """
    def __init__(
        self,
        *,
        model_card_arn: str | None = None,
        model_card_name: str | None = None,
        model_card_version: int | None = None,
        model_card_status: ModelCardStatus | ModelCardStatusLiteral | None = None,
        security_config: ModelCardSecurityConfig | None = None,
        creation_time: datetime | None = None,
        created_by: UserContext | None = None,
        last_modified_time: datetime | None = None,
        last_modified_by: UserContext | None = None,
        tags: list[Tag] | None = None,
        model_id: str | None = None,
        risk_rating: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        model_card_arn: str | None = ...,
        model_card_name: str | None = ...,
        model_card_version: int | None = ...,
        model_card_status: ModelCardStatus | ModelCardStatusLiteral | None = ...,
        security_config: ModelCardSecurityConfig | None = ...,
        creation_time: datetime | None = ...,
        created_by: UserContext | None = ...,
        last_modified_time: datetime | None = ...,
        last_modified_by: UserContext | None = ...,
        tags: list[Tag] | None = ...,
        model_id: str | None = ...,
        risk_rating: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ModelDashboardMonitoringSchedule(Shape):
    """A monitoring schedule for a model displayed in the Amazon SageMaker Model Dashboard."""

    monitoring_schedule_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of a monitoring schedule. Since 2022-11-30. No change-log page
    shows it: taken from botocore's model.
    """
    monitoring_schedule_name: Final[str | None]
    """The name of a monitoring schedule. Since 2022-11-30. No change-log page shows it: taken from
    botocore's model.
    """
    monitoring_schedule_status: Final[ScheduleStatus | None]
    """The status of the monitoring schedule. Since 2022-11-30. No change-log page shows it: taken from
    botocore's model.
    """
    monitoring_type: Final[MonitoringType | None]
    """The monitor type of a model monitor. Since 2022-11-30. No change-log page shows it: taken from
    botocore's model.
    """
    failure_reason: Final[str | None]
    """If a monitoring job failed, provides the reason. Since 2022-11-30. No change-log page shows it:
    taken from botocore's model.
    """
    creation_time: Final[datetime | None]
    """A timestamp that indicates when the monitoring schedule was created. Since 2022-11-30. No
    change-log page shows it: taken from botocore's model.
    """
    last_modified_time: Final[datetime | None]
    """A timestamp that indicates when the monitoring schedule was last updated. Since 2022-11-30. No
    change-log page shows it: taken from botocore's model.
    """
    monitoring_schedule_config: Final[MonitoringScheduleConfig | None]
    """Configures the monitoring schedule and defines the monitoring job. No change-log page shows it:
    taken from botocore's model.
    """
    endpoint_name: Final[str | None]
    """The endpoint which is monitored. Since 2022-11-30. No change-log page shows it: taken from
    botocore's model.
    """
    monitoring_alert_summaries: Final[list[MonitoringAlertSummary] | None]
    """A JSON array where each element is a summary for a monitoring alert. Since 2022-11-30. No
    change-log page shows it: taken from botocore's model.
    """
    last_monitoring_execution_summary: Final[MonitoringExecutionSummary | None]
    """Summary of information about the last monitoring job to run. Since 2022-11-30. No change-log
    page shows it: taken from botocore's model.
    """
    batch_transform_input: Final[BatchTransformInput | None]
    """Input object for the batch transform job. Since 2023-11-01. No change-log page shows it: taken
    from botocore's model.
    """
    def __init__(
        self,
        *,
        monitoring_schedule_arn: str | None = None,
        monitoring_schedule_name: str | None = None,
        monitoring_schedule_status: ScheduleStatus | ScheduleStatusLiteral | None = None,
        monitoring_type: MonitoringType | MonitoringTypeLiteral | None = None,
        failure_reason: str | None = None,
        creation_time: datetime | None = None,
        last_modified_time: datetime | None = None,
        monitoring_schedule_config: MonitoringScheduleConfig | None = None,
        endpoint_name: str | None = None,
        monitoring_alert_summaries: list[MonitoringAlertSummary] | None = None,
        last_monitoring_execution_summary: MonitoringExecutionSummary | None = None,
        batch_transform_input: BatchTransformInput | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        monitoring_schedule_arn: str | None = ...,
        monitoring_schedule_name: str | None = ...,
        monitoring_schedule_status: ScheduleStatus | ScheduleStatusLiteral | None = ...,
        monitoring_type: MonitoringType | MonitoringTypeLiteral | None = ...,
        failure_reason: str | None = ...,
        creation_time: datetime | None = ...,
        last_modified_time: datetime | None = ...,
        monitoring_schedule_config: MonitoringScheduleConfig | None = ...,
        endpoint_name: str | None = ...,
        monitoring_alert_summaries: list[MonitoringAlertSummary] | None = ...,
        last_monitoring_execution_summary: MonitoringExecutionSummary | None = ...,
        batch_transform_input: BatchTransformInput | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ModelDataQuality(Shape):
    """Metrics that measure the quality of the input data for a model."""

    statistics: Final[MetricsSource | None]
    """Data quality statistics for a model. Since 2020-12-01."""
    constraints: Final[MetricsSource | None]
    """Data quality constraints for a model. Since 2020-12-01."""
    def __init__(
        self,
        *,
        statistics: MetricsSource | None = None,
        constraints: MetricsSource | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        statistics: MetricsSource | None = ...,
        constraints: MetricsSource | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ModelDataSource(Shape):
    """Specifies the location of ML model data to deploy during endpoint creation."""

    s3_data_source: Final[S3ModelDataSource | None]
    """Specifies the S3 location of ML model data to deploy. Since 2023-06-21."""
    def __init__(
        self,
        *,
        s3_data_source: S3ModelDataSource | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        s3_data_source: S3ModelDataSource | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ModelDeployConfig(Shape):
    """Specifies how to generate the endpoint name for an automatic one-click Autopilot model
    deployment.
    """

    auto_generate_endpoint_name: Final[bool | None]
    """Set to True to automatically generate an endpoint name for a one-click Autopilot model
    deployment; set to False otherwise. The default value is False . Since 2021-05-05.
    """
    endpoint_name: Final[str | None]
    """Specifies the endpoint name to use for a one-click Autopilot model deployment if the endpoint
    name is not generated automatically. Since 2021-05-05.
    """
    def __init__(
        self,
        *,
        auto_generate_endpoint_name: bool | None = None,
        endpoint_name: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        auto_generate_endpoint_name: bool | None = ...,
        endpoint_name: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ModelDeployResult(Shape):
    """Provides information about endpoint for the model deployment."""

    endpoint_name: Final[str | None]
    """The name of the endpoint to which the model has been deployed. Since 2021-05-05."""
    def __init__(
        self,
        *,
        endpoint_name: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        endpoint_name: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ModelDigests(Shape):
    """Provides a BLAKE2 hash value that identifies the compiled model artifacts in Amazon S3."""

    artifact_digest: Final[str | None]
    """Provides a hash value that uniquely identifies the stored model artifacts. Since 2020-12-01.
    """
    def __init__(
        self,
        *,
        artifact_digest: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        artifact_digest: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ModelExplainabilityAppSpecification(Shape):
    """Configures the model explainability job to run a specified Docker container image."""

    image_uri: Final[str]
    """The container image to be run by the model explainability job. Since 2020-12-08."""
    config_uri: Final[str]
    """JSON formatted Amazon S3 file that defines explainability parameters. For more information on
    this JSON configuration file, see Configure model explainability parameters. Since 2020-12-08.
    """
    environment: Final[dict[str, str] | None]
    """Sets the environment variables in the Docker container. Since 2020-12-08."""
    def __init__(
        self,
        *,
        image_uri: str,
        config_uri: str,
        environment: dict[str, str] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        image_uri: str = ...,
        config_uri: str = ...,
        environment: dict[str, str] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ModelExplainabilityBaselineConfig(Shape):
    """The baseline configuration for a model explainability job."""

    baselining_job_name: Final[str | None]
    """The name of the baseline model explainability job. Since 2020-12-08."""
    constraints_resource: Final[MonitoringConstraintsResource | None]
    """The constraints resource for a monitoring job. Since 2020-12-08."""
    def __init__(
        self,
        *,
        baselining_job_name: str | None = None,
        constraints_resource: MonitoringConstraintsResource | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        baselining_job_name: str | None = ...,
        constraints_resource: MonitoringConstraintsResource | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ModelExplainabilityJobInput(Shape):
    """Inputs for the model explainability job."""

    endpoint_input: Final[EndpointInput | None]
    """Input object for the endpoint Since 2020-12-08."""
    batch_transform_input: Final[BatchTransformInput | None]
    """Input object for the batch transform job. Since 2022-10-18."""
    def __init__(
        self,
        *,
        endpoint_input: EndpointInput | None = None,
        batch_transform_input: BatchTransformInput | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        endpoint_input: EndpointInput | None = ...,
        batch_transform_input: BatchTransformInput | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ModelInfrastructureConfig(Shape):
    """The configuration for the infrastructure that the model will be deployed to."""

    infrastructure_type: Final[ModelInfrastructureType]
    """The inference option to which to deploy your model. Possible values are the following: Since
    2022-11-30.
    """
    real_time_inference_config: Final[RealTimeInferenceConfig]
    """The infrastructure configuration for deploying the model to real-time inference. Since
    2022-11-30.
    """
    def __init__(
        self,
        *,
        infrastructure_type: ModelInfrastructureType | ModelInfrastructureTypeLiteral,
        real_time_inference_config: RealTimeInferenceConfig,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        infrastructure_type: ModelInfrastructureType | ModelInfrastructureTypeLiteral = ...,
        real_time_inference_config: RealTimeInferenceConfig = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ModelInput(Shape):
    """A structure with Model Input details."""

    data_input_config: Final[str]
    """The input configuration object for the model. Since 2021-12-01."""
    def __init__(
        self,
        *,
        data_input_config: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        data_input_config: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ModelLatencyThreshold(Shape):
    """The model latency threshold."""

    percentile: Final[str | None]
    """The model latency percentile threshold. Acceptable values are P95 and P99. For custom load
    tests, specify the value as P95. Since 2021-12-01.
    """
    value_in_milliseconds: Final[int | None]
    """The model latency percentile value in milliseconds. Since 2021-12-01."""
    def __init__(
        self,
        *,
        percentile: str | None = None,
        value_in_milliseconds: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        percentile: str | None = ...,
        value_in_milliseconds: int | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ModelLifeCycle(Shape):
    """A structure describing the current state of the model in its life cycle."""

    stage: Final[str]
    """The current stage in the model life cycle. Since 2024-10-30."""
    stage_status: Final[str]
    """The current status of a stage in model life cycle. Since 2024-10-30."""
    stage_description: Final[str | None]
    """Describes the stage related details. Since 2024-10-30."""
    def __init__(
        self,
        *,
        stage: str,
        stage_status: str,
        stage_description: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        stage: str = ...,
        stage_status: str = ...,
        stage_description: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ModelMetadataFilter(Shape):
    """Part of the search expression. You can specify the name and value (domain, task, framework,
    framework version, task, and model).
    """

    name: Final[ModelMetadataFilterType]
    """The name of the of the model to filter by. Since 2021-12-01."""
    value: Final[str]
    """The value to filter the model metadata. Since 2021-12-01."""
    def __init__(
        self,
        *,
        name: ModelMetadataFilterType | ModelMetadataFilterTypeLiteral,
        value: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        name: ModelMetadataFilterType | ModelMetadataFilterTypeLiteral = ...,
        value: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ModelMetadataSearchExpression(Shape):
    """One or more filters that searches for the specified resource or resources in a search. All
    resource objects that satisfy the expression's condition are included in the search results.
    Specify the Framework, FrameworkVersion, Domain or Task to filter supported. Filter names and
    values are case-sensitive.
    """

    filters: Final[list[ModelMetadataFilter] | None]
    """A list of filter objects. Since 2021-12-01."""
    def __init__(
        self,
        *,
        filters: list[ModelMetadataFilter] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        filters: list[ModelMetadataFilter] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ModelMetadataSummary(Shape):
    """A summary of the model metadata."""

    domain: Final[str | None]
    """The machine learning domain of the model. Since 2021-12-01."""
    framework: Final[str | None]
    """The machine learning framework of the model. Since 2021-12-01."""
    task: Final[str | None]
    """The machine learning task of the model. Since 2021-12-01."""
    model: Final[str | None]
    """The name of the model. Since 2021-12-01."""
    framework_version: Final[str | None]
    """The framework version of the model. Since 2021-12-01."""
    def __init__(
        self,
        *,
        domain: str | None = None,
        framework: str | None = None,
        task: str | None = None,
        model: str | None = None,
        framework_version: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        domain: str | None = ...,
        framework: str | None = ...,
        task: str | None = ...,
        model: str | None = ...,
        framework_version: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ModelMetrics(Shape):
    """A structure that contains model metrics reports."""

    model_quality: Final[ModelQuality | None]
    """Metrics that measure the quality of a model. Since 2020-12-01."""
    model_data_quality: Final[ModelDataQuality | None]
    """Metrics that measure the quality of the input data for a model. Since 2020-12-01."""
    bias: Final[Bias | None]
    """Metrics that measure bias in a model. Since 2020-12-01."""
    explainability: Final[Explainability | None]
    """Metrics that help explain a model. Since 2020-12-01."""
    def __init__(
        self,
        *,
        model_quality: ModelQuality | None = None,
        model_data_quality: ModelDataQuality | None = None,
        bias: Bias | None = None,
        explainability: Explainability | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        model_quality: ModelQuality | None = ...,
        model_data_quality: ModelDataQuality | None = ...,
        bias: Bias | None = ...,
        explainability: Explainability | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ModelPackage(Shape):
    """A container for your trained model that can be deployed for SageMaker inference. This can
    include inference code, artifacts, and metadata. The model package type can be one of the
    following.   Versioned model: A part of a model package group in Model Registry.
    """

    model_package_name: Final[str | None]
    """The name of the model package. The name can be as follows:   For a versioned model, the name is
    automatically generated by SageMaker Model Registry and follows the format
    'ModelPackageGroupName/ModelPackageVersion'. Since 2020-12-01.
    """
    model_package_group_name: Final[str | None]
    """The model group to which the model belongs. Since 2020-12-01."""
    model_package_version: Final[int | None]
    """The version number of a versioned model. Since 2020-12-01."""
    model_package_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the model package. Since 2020-12-01."""
    model_package_description: Final[str | None]
    """The description of the model package. Since 2020-12-01."""
    creation_time: Final[datetime | None]
    """The time that the model package was created. Since 2020-12-01."""
    inference_specification: Final[InferenceSpecification | None]
    """Defines how to perform inference generation after a training job is run. Since 2020-12-01."""
    source_algorithm_specification: Final[SourceAlgorithmSpecification | None]
    """A list of algorithms that were used to create a model package. Since 2020-12-01."""
    validation_specification: Final[ModelPackageValidationSpecification | None]
    """Specifies batch transform jobs that SageMaker runs to validate your model package. Since
    2020-12-01.
    """
    model_package_status: Final[ModelPackageStatus | None]
    """The status of the model package. This can be one of the following values.    PENDING - The model
    package is pending being created. Since 2020-12-01.
    """
    model_package_status_details: Final[ModelPackageStatusDetails | None]
    """Specifies the validation and image scan statuses of the model package. Since 2020-12-01."""
    certify_for_marketplace: Final[bool | None]
    """Whether the model package is to be certified to be listed on Amazon Web Services Marketplace.
    For information about listing model packages on Amazon Web Services Marketplace, see List Your
    Algorithm or Model Package on Amazon Web Services Marketplace. Since 2020-12-01.
    """
    model_approval_status: Final[ModelApprovalStatus | None]
    """The approval status of the model. This can be one of the following values.    APPROVED - The
    model is approved Since 2020-12-01.
    """
    created_by: Final[UserContext | None]
    """Information about the user who created or modified an experiment, trial, trial component,
    lineage group, or project. Since 2020-12-01.
    """
    metadata_properties: Final[MetadataProperties | None]
    """Metadata properties of the tracking entity, trial, or trial component. Since 2020-12-01."""
    model_metrics: Final[ModelMetrics | None]
    """Metrics for the model. Since 2020-12-01."""
    last_modified_time: Final[datetime | None]
    """The last time the model package was modified. Since 2020-12-01."""
    last_modified_by: Final[UserContext | None]
    """Information about the user who created or modified an experiment, trial, trial component,
    lineage group, or project. Since 2020-12-01.
    """
    approval_description: Final[str | None]
    """A description provided when the model approval is set. Since 2020-12-01."""
    domain: Final[str | None]
    """The machine learning domain of your model package and its components. Common machine learning
    domains include computer vision and natural language processing. Since 2021-12-01.
    """
    task: Final[str | None]
    """The machine learning task your model package accomplishes. Common machine learning tasks include
    object detection and image classification. Since 2021-12-01.
    """
    sample_payload_url: Final[str | None]
    """The Amazon Simple Storage Service path where the sample payload are stored. This path must point
    to a single gzip compressed tar archive (.tar.gz suffix). Since 2021-12-01.
    """
    additional_inference_specifications: Final[list[AdditionalInferenceSpecificationDefinition] | None]
    """An array of additional Inference Specification objects. Since 2021-12-01."""
    tags: Final[list[Tag] | None]
    """A list of the tags associated with the model package. For more information, see Tagging Amazon
    Web Services resources in the Amazon Web Services General Reference Guide. Since 2020-12-01.
    """
    customer_metadata_properties: Final[dict[str, str] | None]
    """The metadata properties for the model package. Since 2021-10-27."""
    drift_check_baselines: Final[DriftCheckBaselines | None]
    """Represents the drift check baselines that can be used when the model monitor is set using the
    model package. Since 2021-12-01.
    """
    model_package_registration_type: Final[ModelPackageRegistrationType | None]
    """The package registration type of the model package. Since 2025-12-03. No change-log page shows
    it: taken from botocore's model.
    """
    source_uri: Final[str | None]
    """The URI of the source for the model package. Since 2024-02-29. No change-log page shows it:
    taken from botocore's model.
    """
    security_config: Final[ModelPackageSecurityConfig | None]
    """An optional Key Management Service key to encrypt, decrypt, and re-encrypt model package
    information for regulated workloads with highly sensitive data. Since 2024-05-30. No change-log
    page shows it: taken from botocore's model.
    """
    model_card: Final[ModelPackageModelCard | None]
    """The model card associated with the model package. Since ModelPackageModelCard is tied to a model
    package, it is a specific usage of a model card and its schema is simplified compared to the
    schema of ModelCard. The ModelPackageModelCard schema does not include model_package_details,
    and model_overview is composed of the model_creator and model_artifact properties. For more
    information about the model package model card schema, see Model package model card schema. For
    more information about the model card associated with the model package, see View the Details of
    a Model Version. Since 2024-05-30. No change-log page shows it: taken from botocore's model.
    """
    model_life_cycle: Final[ModelLifeCycle | None]
    """A structure describing the current state of the model in its life cycle. Since 2024-10-30. No
    change-log page shows it: taken from botocore's model.
    """
    skip_model_validation: Final[SkipModelValidation | None]
    """Indicates if you want to skip model validation. Since 2023-09-15. No change-log page shows it:
    taken from botocore's model.
    """
    def __init__(
        self,
        *,
        model_package_name: str | None = None,
        model_package_group_name: str | None = None,
        model_package_version: int | None = None,
        model_package_arn: str | None = None,
        model_package_description: str | None = None,
        creation_time: datetime | None = None,
        inference_specification: InferenceSpecification | None = None,
        source_algorithm_specification: SourceAlgorithmSpecification | None = None,
        validation_specification: ModelPackageValidationSpecification | None = None,
        model_package_status: ModelPackageStatus | ModelPackageStatusLiteral | None = None,
        model_package_status_details: ModelPackageStatusDetails | None = None,
        certify_for_marketplace: bool | None = None,
        model_approval_status: ModelApprovalStatus | ModelApprovalStatusLiteral | None = None,
        created_by: UserContext | None = None,
        metadata_properties: MetadataProperties | None = None,
        model_metrics: ModelMetrics | None = None,
        last_modified_time: datetime | None = None,
        last_modified_by: UserContext | None = None,
        approval_description: str | None = None,
        domain: str | None = None,
        task: str | None = None,
        sample_payload_url: str | None = None,
        additional_inference_specifications: list[AdditionalInferenceSpecificationDefinition] | None = None,
        tags: list[Tag] | None = None,
        customer_metadata_properties: dict[str, str] | None = None,
        drift_check_baselines: DriftCheckBaselines | None = None,
        model_package_registration_type: ModelPackageRegistrationType
        | ModelPackageRegistrationTypeLiteral
        | None = None,
        source_uri: str | None = None,
        security_config: ModelPackageSecurityConfig | None = None,
        model_card: ModelPackageModelCard | None = None,
        model_life_cycle: ModelLifeCycle | None = None,
        skip_model_validation: SkipModelValidation | SkipModelValidationLiteral | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        model_package_name: str | None = ...,
        model_package_group_name: str | None = ...,
        model_package_version: int | None = ...,
        model_package_arn: str | None = ...,
        model_package_description: str | None = ...,
        creation_time: datetime | None = ...,
        inference_specification: InferenceSpecification | None = ...,
        source_algorithm_specification: SourceAlgorithmSpecification | None = ...,
        validation_specification: ModelPackageValidationSpecification | None = ...,
        model_package_status: ModelPackageStatus | ModelPackageStatusLiteral | None = ...,
        model_package_status_details: ModelPackageStatusDetails | None = ...,
        certify_for_marketplace: bool | None = ...,
        model_approval_status: ModelApprovalStatus | ModelApprovalStatusLiteral | None = ...,
        created_by: UserContext | None = ...,
        metadata_properties: MetadataProperties | None = ...,
        model_metrics: ModelMetrics | None = ...,
        last_modified_time: datetime | None = ...,
        last_modified_by: UserContext | None = ...,
        approval_description: str | None = ...,
        domain: str | None = ...,
        task: str | None = ...,
        sample_payload_url: str | None = ...,
        additional_inference_specifications: list[AdditionalInferenceSpecificationDefinition] | None = ...,
        tags: list[Tag] | None = ...,
        customer_metadata_properties: dict[str, str] | None = ...,
        drift_check_baselines: DriftCheckBaselines | None = ...,
        model_package_registration_type: ModelPackageRegistrationType
        | ModelPackageRegistrationTypeLiteral
        | None = ...,
        source_uri: str | None = ...,
        security_config: ModelPackageSecurityConfig | None = ...,
        model_card: ModelPackageModelCard | None = ...,
        model_life_cycle: ModelLifeCycle | None = ...,
        skip_model_validation: SkipModelValidation | SkipModelValidationLiteral | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ModelPackageConfig(Shape):
    """The configuration for the model package."""

    model_package_group_arn: Final[str]
    """The Amazon Resource Name (ARN) of the model package group of output model package. Since
    2025-12-03.
    """
    source_model_package_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the source model package used for continued fine-tuning and
    custom model evaluation. Since 2025-12-03.
    """
    def __init__(
        self,
        *,
        model_package_group_arn: str,
        source_model_package_arn: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        model_package_group_arn: str = ...,
        source_model_package_arn: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ModelPackageContainerDefinition(Shape):
    """Describes the Docker container for the model package."""

    container_hostname: Final[str | None]
    """The DNS host name for the Docker container. Since 2018-11-28."""
    image: Final[str | None]
    """The Amazon Elastic Container Registry (Amazon ECR) path where inference code is stored. Since
    2018-11-28.
    """
    image_digest: Final[str | None]
    """An MD5 hash of the training algorithm that identifies the Docker image used for training. Since
    2018-11-28.
    """
    model_data_url: Final[str | None]
    """The Amazon S3 path where the model artifacts, which result from model training, are stored. This
    path must point to a single gzip compressed tar archive ( .tar.gz suffix). Since 2018-11-28.
    """
    model_data_source: Final[ModelDataSource | None]
    """Specifies the location of ML model data to deploy during endpoint creation. Since 2024-02-29.
    """
    product_id: Final[str | None]
    """The Amazon Web Services Marketplace product ID of the model package. Since 2018-11-28."""
    environment: Final[dict[str, str] | None]
    """The environment variables to set in the Docker container. Each key and value in the Environment
    string to string map can have length of up to 1024. We support up to 16 entries in the map.
    Since 2021-07-01.
    """
    model_input: Final[ModelInput | None]
    """A structure with Model Input details. Since 2021-12-01."""
    framework: Final[str | None]
    """The machine learning framework of the model package container image. Since 2021-12-01."""
    framework_version: Final[str | None]
    """The framework version of the Model Package Container Image. Since 2021-12-01."""
    nearest_model_name: Final[str | None]
    """The name of a pre-trained machine learning benchmarked by Amazon SageMaker Inference Recommender
    model that matches your model. You can find a list of benchmarked models by calling
    ListModelMetadata. Since 2021-12-01.
    """
    additional_model_data_sources: Final[list[AdditionalModelDataSource] | None]
    """Data sources that are available to your model in addition to the one that you specify for
    ModelDataSource when you use the CreateModelPackage action. Since 2026-04-21.
    """
    additional_s3_data_source: Final[AdditionalS3DataSource | None]
    """The additional data source that is used during inference in the Docker container for your model
    package. Since 2023-10-04.
    """
    model_data_e_tag: Final[str | None]
    """The ETag associated with Model Data URL. Since 2025-01-02."""
    is_checkpoint: Final[bool | None]
    """Specifies whether the model data is a training checkpoint. Since 2025-12-03."""
    base_model: Final[BaseModel | None]
    """Identifies the foundation model that was used as the starting point for model customization.
    Since 2025-12-03.
    """
    def __init__(
        self,
        *,
        container_hostname: str | None = None,
        image: str | None = None,
        image_digest: str | None = None,
        model_data_url: str | None = None,
        model_data_source: ModelDataSource | None = None,
        product_id: str | None = None,
        environment: dict[str, str] | None = None,
        model_input: ModelInput | None = None,
        framework: str | None = None,
        framework_version: str | None = None,
        nearest_model_name: str | None = None,
        additional_model_data_sources: list[AdditionalModelDataSource] | None = None,
        additional_s3_data_source: AdditionalS3DataSource | None = None,
        model_data_e_tag: str | None = None,
        is_checkpoint: bool | None = None,
        base_model: BaseModel | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        container_hostname: str | None = ...,
        image: str | None = ...,
        image_digest: str | None = ...,
        model_data_url: str | None = ...,
        model_data_source: ModelDataSource | None = ...,
        product_id: str | None = ...,
        environment: dict[str, str] | None = ...,
        model_input: ModelInput | None = ...,
        framework: str | None = ...,
        framework_version: str | None = ...,
        nearest_model_name: str | None = ...,
        additional_model_data_sources: list[AdditionalModelDataSource] | None = ...,
        additional_s3_data_source: AdditionalS3DataSource | None = ...,
        model_data_e_tag: str | None = ...,
        is_checkpoint: bool | None = ...,
        base_model: BaseModel | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ModelPackageGroup(Shape):
    """A group of versioned models in the Model Registry."""

    model_package_group_name: Final[str | None]
    """The name of the model group. Since 2020-12-01."""
    model_package_group_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the model group. Since 2020-12-01."""
    model_package_group_description: Final[str | None]
    """The description for the model group. Since 2020-12-01."""
    creation_time: Final[datetime | None]
    """The time that the model group was created. Since 2020-12-01."""
    created_by: Final[UserContext | None]
    """Information about the user who created or modified a SageMaker resource. Since 2020-12-01."""
    model_package_group_status: Final[ModelPackageGroupStatus | None]
    """The status of the model group. This can be one of the following values.    PENDING - The model
    group is pending being created. Since 2020-12-01.
    """
    tags: Final[list[Tag] | None]
    """A list of the tags associated with the model group. For more information, see Tagging Amazon Web
    Services resources in the Amazon Web Services General Reference Guide. Since 2020-12-01.
    """
    def __init__(
        self,
        *,
        model_package_group_name: str | None = None,
        model_package_group_arn: str | None = None,
        model_package_group_description: str | None = None,
        creation_time: datetime | None = None,
        created_by: UserContext | None = None,
        model_package_group_status: ModelPackageGroupStatus | ModelPackageGroupStatusLiteral | None = None,
        tags: list[Tag] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        model_package_group_name: str | None = ...,
        model_package_group_arn: str | None = ...,
        model_package_group_description: str | None = ...,
        creation_time: datetime | None = ...,
        created_by: UserContext | None = ...,
        model_package_group_status: ModelPackageGroupStatus | ModelPackageGroupStatusLiteral | None = ...,
        tags: list[Tag] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ModelPackageGroupSummary(Shape):
    """Summary information about a model group."""

    model_package_group_name: Final[str | None]
    """The name of the model group. Since 2020-12-01."""
    model_package_group_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the model group. Since 2020-12-01."""
    model_package_group_description: Final[str | None]
    """A description of the model group. Since 2020-12-01."""
    creation_time: Final[datetime | None]
    """The time that the model group was created. Since 2020-12-01."""
    model_package_group_status: Final[ModelPackageGroupStatus | None]
    """The status of the model group. Since 2020-12-01."""
    managed_configuration: Final[ManagedConfiguration | None]
    """The managed configuration of the model package group. Since 2026-05-13."""
    def __init__(
        self,
        *,
        model_package_group_name: str | None = None,
        model_package_group_arn: str | None = None,
        model_package_group_description: str | None = None,
        creation_time: datetime | None = None,
        model_package_group_status: ModelPackageGroupStatus | ModelPackageGroupStatusLiteral | None = None,
        managed_configuration: ManagedConfiguration | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        model_package_group_name: str | None = ...,
        model_package_group_arn: str | None = ...,
        model_package_group_description: str | None = ...,
        creation_time: datetime | None = ...,
        model_package_group_status: ModelPackageGroupStatus | ModelPackageGroupStatusLiteral | None = ...,
        managed_configuration: ManagedConfiguration | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ModelPackageModelCard(Shape):
    """The model card associated with the model package. Since ModelPackageModelCard is tied to a model
    package, it is a specific usage of a model card and its schema is simplified compared to the
    schema of ModelCard. The ModelPackageModelCard schema does not include model_package_details,
    and model_overview is composed of the model_creator and model_artifact properties. For more
    information about the model package model card schema, see Model package model card schema. For
    more information about the model card associated with the model package, see View the Details of
    a Model Version.
    """

    model_card_content: Final[str | None]
    """The content of the model card. The content must follow the schema described in Model Package
    Model Card Schema. Since 2024-05-30. Sensitive: ``repr()`` shows ``'***'``.
    """
    model_card_status: Final[ModelCardStatus | None]
    """The approval status of the model card within your organization. Different organizations might
    have different criteria for model card review and approval. Since 2024-05-30.
    """
    def __init__(
        self,
        *,
        model_card_content: str | None = None,
        model_card_status: ModelCardStatus | ModelCardStatusLiteral | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        model_card_content: str | None = ...,
        model_card_status: ModelCardStatus | ModelCardStatusLiteral | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ModelPackageSecurityConfig(Shape):
    """The KMS Key ID ( KMSKeyId) used for encryption of model package information."""

    kms_key_id: Final[str]
    """The KMS Key ID ( KMSKeyId) used for encryption of model package information. Since 2024-05-30.
    """
    def __init__(
        self,
        *,
        kms_key_id: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        kms_key_id: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ModelPackageStatusDetails(Shape):
    """Details about the current status of the model package."""

    validation_statuses: Final[list[ModelPackageStatusItem] | None]
    """The validation status of the model package. Since 2018-11-28."""
    image_scan_statuses: Final[list[ModelPackageStatusItem] | None]
    """The status of the scan of the Docker image container for the model package. Since 2018-11-28.
    """
    def __init__(
        self,
        *,
        validation_statuses: list[ModelPackageStatusItem] | None = None,
        image_scan_statuses: list[ModelPackageStatusItem] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        validation_statuses: list[ModelPackageStatusItem] | None = ...,
        image_scan_statuses: list[ModelPackageStatusItem] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ModelPackageStatusItem(Shape):
    """Represents the overall status of a model package."""

    name: Final[str | None]
    """The name of the model package for which the overall status is being reported. Since 2018-11-28.
    """
    status: Final[DetailedModelPackageStatus | None]
    """The current status. Since 2018-11-28."""
    failure_reason: Final[str | None]
    """if the overall status is Failed, the reason for the failure. Since 2018-11-28."""
    def __init__(
        self,
        *,
        name: str | None = None,
        status: DetailedModelPackageStatus | DetailedModelPackageStatusLiteral | None = None,
        failure_reason: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        name: str | None = ...,
        status: DetailedModelPackageStatus | DetailedModelPackageStatusLiteral | None = ...,
        failure_reason: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ModelPackageSummary(Shape):
    """Provides summary information about a model package."""

    model_package_name: Final[str | None]
    """The name of the model package. Since 2018-11-28."""
    model_package_group_name: Final[str | None]
    """If the model package is a versioned model, the model group that the versioned model belongs to.
    Since 2020-12-01.
    """
    model_package_version: Final[int | None]
    """If the model package is a versioned model, the version of the model. Since 2020-12-01."""
    model_package_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the model package. Since 2018-11-28."""
    model_package_description: Final[str | None]
    """A brief description of the model package. Since 2018-11-28."""
    creation_time: Final[datetime | None]
    """A timestamp that shows when the model package was created. Since 2018-11-28."""
    model_package_status: Final[ModelPackageStatus | None]
    """The overall status of the model package. Since 2018-11-28."""
    model_approval_status: Final[ModelApprovalStatus | None]
    """The approval status of the model. This can be one of the following values. Since 2020-12-01.
    """
    model_life_cycle: Final[ModelLifeCycle | None]
    """A structure describing the current state of the model in its life cycle. Since 2025-04-18."""
    model_package_registration_type: Final[ModelPackageRegistrationType | None]
    """The package registration type of the model package summary. Since 2025-12-03."""
    def __init__(
        self,
        *,
        model_package_name: str | None = None,
        model_package_group_name: str | None = None,
        model_package_version: int | None = None,
        model_package_arn: str | None = None,
        model_package_description: str | None = None,
        creation_time: datetime | None = None,
        model_package_status: ModelPackageStatus | ModelPackageStatusLiteral | None = None,
        model_approval_status: ModelApprovalStatus | ModelApprovalStatusLiteral | None = None,
        model_life_cycle: ModelLifeCycle | None = None,
        model_package_registration_type: ModelPackageRegistrationType
        | ModelPackageRegistrationTypeLiteral
        | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        model_package_name: str | None = ...,
        model_package_group_name: str | None = ...,
        model_package_version: int | None = ...,
        model_package_arn: str | None = ...,
        model_package_description: str | None = ...,
        creation_time: datetime | None = ...,
        model_package_status: ModelPackageStatus | ModelPackageStatusLiteral | None = ...,
        model_approval_status: ModelApprovalStatus | ModelApprovalStatusLiteral | None = ...,
        model_life_cycle: ModelLifeCycle | None = ...,
        model_package_registration_type: ModelPackageRegistrationType
        | ModelPackageRegistrationTypeLiteral
        | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ModelPackageValidationProfile(Shape):
    """Contains data, such as the inputs and targeted instance types that are used in the process of
    validating the model package.
    """

    profile_name: Final[str]
    """The name of the profile for the model package. Since 2018-11-28."""
    transform_job_definition: Final[TransformJobDefinition]
    """The TransformJobDefinition object that describes the transform job used for the validation of
    the model package. Since 2018-11-28.
    """
    def __init__(
        self,
        *,
        profile_name: str,
        transform_job_definition: TransformJobDefinition,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        profile_name: str = ...,
        transform_job_definition: TransformJobDefinition = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ModelPackageValidationSpecification(Shape):
    """Specifies configurations for one or more transform jobs that SageMaker runs to test the model
    package.
    """

    validation_role: Final[str]
    """The IAM roles to be used for the validation of the model package. Since 2018-11-28."""
    validation_profiles: Final[list[ModelPackageValidationProfile]]
    """An array of ModelPackageValidationProfile objects, each of which specifies a batch transform job
    that SageMaker runs to validate your model package. Since 2018-11-28.
    """
    def __init__(
        self,
        *,
        validation_role: str,
        validation_profiles: list[ModelPackageValidationProfile],
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        validation_role: str = ...,
        validation_profiles: list[ModelPackageValidationProfile] = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ModelQuality(Shape):
    """Metrics that measure the quality of a model."""

    statistics: Final[MetricsSource | None]
    """Model quality statistics. Since 2020-12-01."""
    constraints: Final[MetricsSource | None]
    """Model quality constraints. Since 2020-12-01."""
    def __init__(
        self,
        *,
        statistics: MetricsSource | None = None,
        constraints: MetricsSource | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        statistics: MetricsSource | None = ...,
        constraints: MetricsSource | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ModelQualityAppSpecification(Shape):
    """The container that runs the monitoring job."""

    image_uri: Final[str]
    """The address of the container image that the monitoring job runs. Since 2020-12-08."""
    container_entrypoint: Final[list[str] | None]
    """Specifies the entrypoint for a container that the monitoring job runs. Since 2020-12-08."""
    container_arguments: Final[list[str] | None]
    """An array of arguments for the container used to run the monitoring job. Since 2020-12-08."""
    record_preprocessor_source_uri: Final[str | None]
    """An Amazon S3 URI to a script that is called per row prior to running analysis. It can base64
    decode the payload and convert it into a flattened JSON so that the built-in container can use
    the converted data. Applicable only for the built-in (first party) containers. Since 2020-12-08.
    """
    post_analytics_processor_source_uri: Final[str | None]
    """An Amazon S3 URI to a script that is called after analysis has been performed. Applicable only
    for the built-in (first party) containers. Since 2020-12-08.
    """
    problem_type: Final[MonitoringProblemType | None]
    """The machine learning problem type of the model that the monitoring job monitors. Since
    2020-12-08.
    """
    environment: Final[dict[str, str] | None]
    """Sets the environment variables in the container that the monitoring job runs. Since 2020-12-08.
    """
    def __init__(
        self,
        *,
        image_uri: str,
        container_entrypoint: list[str] | None = None,
        container_arguments: list[str] | None = None,
        record_preprocessor_source_uri: str | None = None,
        post_analytics_processor_source_uri: str | None = None,
        problem_type: MonitoringProblemType | MonitoringProblemTypeLiteral | None = None,
        environment: dict[str, str] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        image_uri: str = ...,
        container_entrypoint: list[str] | None = ...,
        container_arguments: list[str] | None = ...,
        record_preprocessor_source_uri: str | None = ...,
        post_analytics_processor_source_uri: str | None = ...,
        problem_type: MonitoringProblemType | MonitoringProblemTypeLiteral | None = ...,
        environment: dict[str, str] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ModelQualityBaselineConfig(Shape):
    """Specifies the constraints and baselines for the monitoring job."""

    baselining_job_name: Final[str | None]
    """The name of the job that performs baselining for the monitoring job. Since 2020-12-08."""
    constraints_resource: Final[MonitoringConstraintsResource | None]
    """The constraints resource for a monitoring job. Since 2020-12-08."""
    def __init__(
        self,
        *,
        baselining_job_name: str | None = None,
        constraints_resource: MonitoringConstraintsResource | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        baselining_job_name: str | None = ...,
        constraints_resource: MonitoringConstraintsResource | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ModelQualityJobInput(Shape):
    """A list of the inputs that are monitored. Currently endpoints are supported."""

    endpoint_input: Final[EndpointInput | None]
    """Input object for the endpoint Since 2020-12-08."""
    batch_transform_input: Final[BatchTransformInput | None]
    """Input object for the batch transform job. Since 2022-10-18."""
    ground_truth_s3_input: Final[MonitoringGroundTruthS3Input]
    """The ground truth label provided for the model. Since 2020-12-08."""
    def __init__(
        self,
        *,
        ground_truth_s3_input: MonitoringGroundTruthS3Input,
        endpoint_input: EndpointInput | None = None,
        batch_transform_input: BatchTransformInput | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        endpoint_input: EndpointInput | None = ...,
        batch_transform_input: BatchTransformInput | None = ...,
        ground_truth_s3_input: MonitoringGroundTruthS3Input = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ModelQuantizationConfig(Shape):
    """Settings for the model quantization technique that's applied by a model optimization job."""

    image: Final[str | None]
    """The URI of an LMI DLC in Amazon ECR. SageMaker uses this image to run the optimization. Since
    2024-07-09.
    """
    override_environment: Final[dict[str, str] | None]
    """Environment variables that override the default ones in the model container. Since 2024-07-09.
    """
    def __init__(
        self,
        *,
        image: str | None = None,
        override_environment: dict[str, str] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        image: str | None = ...,
        override_environment: dict[str, str] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ModelRegisterSettings(Shape):
    """The model registry settings for the SageMaker Canvas application."""

    status: Final[FeatureStatus | None]
    """Describes whether the integration to the model registry is enabled or disabled in the Canvas
    application. Since 2023-04-20.
    """
    cross_account_model_register_role_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the SageMaker model registry account. Required only to
    register model versions created by a different SageMaker Canvas Amazon Web Services account than
    the Amazon Web Services account in which SageMaker model registry is set up. Since 2023-04-20.
    """
    def __init__(
        self,
        *,
        status: FeatureStatus | FeatureStatusLiteral | None = None,
        cross_account_model_register_role_arn: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        status: FeatureStatus | FeatureStatusLiteral | None = ...,
        cross_account_model_register_role_arn: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ModelShardingConfig(Shape):
    """Settings for the model sharding technique that's applied by a model optimization job."""

    image: Final[str | None]
    """The URI of an LMI DLC in Amazon ECR. SageMaker uses this image to run the optimization. Since
    2024-11-22.
    """
    override_environment: Final[dict[str, str] | None]
    """Environment variables that override the default ones in the model container. Since 2024-11-22.
    """
    def __init__(
        self,
        *,
        image: str | None = None,
        override_environment: dict[str, str] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        image: str | None = ...,
        override_environment: dict[str, str] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ModelSpeculativeDecodingConfig(Shape):
    """Settings for the model speculative decoding technique that's applied by a model optimization
    job.
    """

    technique: Final[ModelSpeculativeDecodingTechnique]
    """The speculative decoding technique to apply during model optimization. Since 2025-11-21."""
    training_data_source: Final[ModelSpeculativeDecodingTrainingDataSource | None]
    """The location of the training data to use for speculative decoding. The data must be formatted as
    ShareGPT, OpenAI Completions or OpenAI Chat Completions. The input can also be unencrypted
    captured data from a SageMaker endpoint as long as the endpoint uses one of the above formats.
    Since 2025-11-21.
    """
    def __init__(
        self,
        *,
        technique: ModelSpeculativeDecodingTechnique | ModelSpeculativeDecodingTechniqueLiteral,
        training_data_source: ModelSpeculativeDecodingTrainingDataSource | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        technique: ModelSpeculativeDecodingTechnique | ModelSpeculativeDecodingTechniqueLiteral = ...,
        training_data_source: ModelSpeculativeDecodingTrainingDataSource | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ModelSpeculativeDecodingTrainingDataSource(Shape):
    """The location of the training data to use for speculative decoding. The data must be formatted as
    ShareGPT, OpenAI Completions or OpenAI Chat Completions. The input can also be unencrypted
    captured data from a SageMaker endpoint as long as the endpoint uses one of the above formats.
    """

    s3_uri: Final[str]
    """The Amazon S3 URI that points to the training data for speculative decoding. Since 2025-11-21.
    """
    s3_data_type: Final[ModelSpeculativeDecodingS3DataType]
    """The type of data stored in the Amazon S3 location. Valid values are S3Prefix or ManifestFile.
    Since 2025-11-21.
    """
    def __init__(
        self,
        *,
        s3_uri: str,
        s3_data_type: ModelSpeculativeDecodingS3DataType | ModelSpeculativeDecodingS3DataTypeLiteral,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        s3_uri: str = ...,
        s3_data_type: ModelSpeculativeDecodingS3DataType | ModelSpeculativeDecodingS3DataTypeLiteral = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ModelStepMetadata(Shape):
    """The Amazon Resource Name (ARN) of the model that was created by this step execution."""

    arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the created model. Since 2020-12-01."""
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

class ModelSummary(Shape):
    """Provides summary information about a model."""

    model_name: Final[str | None]
    """The name of the model that you want a summary for. Since 2017-11-29."""
    model_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the model. Since 2017-11-29."""
    creation_time: Final[datetime | None]
    """A timestamp that indicates when the model was created. Since 2017-11-29."""
    def __init__(
        self,
        *,
        model_name: str | None = None,
        model_arn: str | None = None,
        creation_time: datetime | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        model_name: str | None = ...,
        model_arn: str | None = ...,
        creation_time: datetime | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ModelVariantConfig(Shape):
    """Contains information about the deployment options of a model."""

    model_name: Final[str]
    """The name of the Amazon SageMaker Model entity. Since 2022-11-30."""
    variant_name: Final[str]
    """The name of the variant. Since 2022-11-30."""
    infrastructure_config: Final[ModelInfrastructureConfig]
    """The configuration for the infrastructure that the model will be deployed to. Since 2022-11-30.
    """
    def __init__(
        self,
        *,
        model_name: str,
        variant_name: str,
        infrastructure_config: ModelInfrastructureConfig,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        model_name: str = ...,
        variant_name: str = ...,
        infrastructure_config: ModelInfrastructureConfig = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ModelVariantConfigSummary(Shape):
    """Summary of the deployment configuration of a model."""

    model_name: Final[str | None]
    """The name of the Amazon SageMaker Model entity. Since 2022-11-30."""
    variant_name: Final[str | None]
    """The name of the variant. Since 2022-11-30."""
    infrastructure_config: Final[ModelInfrastructureConfig | None]
    """The configuration of the infrastructure that the model has been deployed to. Since 2022-11-30.
    """
    status: Final[ModelVariantStatus | None]
    """The status of deployment for the model variant on the hosted inference endpoint. Since
    2022-11-30.
    """
    def __init__(
        self,
        *,
        model_name: str | None = None,
        variant_name: str | None = None,
        infrastructure_config: ModelInfrastructureConfig | None = None,
        status: ModelVariantStatus | ModelVariantStatusLiteral | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        model_name: str | None = ...,
        variant_name: str | None = ...,
        infrastructure_config: ModelInfrastructureConfig | None = ...,
        status: ModelVariantStatus | ModelVariantStatusLiteral | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class MonitoringAlertActions(Shape):
    """A list of alert actions taken in response to an alert going into InAlert status."""

    model_dashboard_indicator: Final[ModelDashboardIndicatorAction | None]
    """An alert action taken to light up an icon on the Model Dashboard when an alert goes into InAlert
    status. Since 2022-11-30.
    """
    def __init__(
        self,
        *,
        model_dashboard_indicator: ModelDashboardIndicatorAction | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        model_dashboard_indicator: ModelDashboardIndicatorAction | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class MonitoringAlertHistorySummary(Shape):
    """Provides summary information of an alert's history."""

    monitoring_schedule_name: Final[str | None]
    """The name of a monitoring schedule. Since 2022-11-30."""
    monitoring_alert_name: Final[str | None]
    """The name of a monitoring alert. Since 2022-11-30."""
    creation_time: Final[datetime | None]
    """A timestamp that indicates when the first alert transition occurred in an alert history. An
    alert transition can be from status InAlert to OK , or from OK to InAlert . Since 2022-11-30.
    """
    alert_status: Final[MonitoringAlertStatus | None]
    """The current alert status of an alert. Since 2022-11-30."""
    def __init__(
        self,
        *,
        monitoring_schedule_name: str | None = None,
        monitoring_alert_name: str | None = None,
        creation_time: datetime | None = None,
        alert_status: MonitoringAlertStatus | MonitoringAlertStatusLiteral | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        monitoring_schedule_name: str | None = ...,
        monitoring_alert_name: str | None = ...,
        creation_time: datetime | None = ...,
        alert_status: MonitoringAlertStatus | MonitoringAlertStatusLiteral | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class MonitoringAlertSummary(Shape):
    """Provides summary information about a monitor alert."""

    monitoring_alert_name: Final[str | None]
    """The name of a monitoring alert. Since 2022-11-30."""
    creation_time: Final[datetime | None]
    """A timestamp that indicates when a monitor alert was created. Since 2022-11-30."""
    last_modified_time: Final[datetime | None]
    """A timestamp that indicates when a monitor alert was last updated. Since 2022-11-30."""
    alert_status: Final[MonitoringAlertStatus | None]
    """The current status of an alert. Since 2022-11-30."""
    datapoints_to_alert: Final[int | None]
    """Within EvaluationPeriod , how many execution failures will raise an alert. Since 2022-11-30.
    """
    evaluation_period: Final[int | None]
    """The number of most recent monitoring executions to consider when evaluating alert status. Since
    2022-11-30.
    """
    actions: Final[MonitoringAlertActions | None]
    """A list of alert actions taken in response to an alert going into InAlert status. Since
    2022-11-30.
    """
    def __init__(
        self,
        *,
        monitoring_alert_name: str | None = None,
        creation_time: datetime | None = None,
        last_modified_time: datetime | None = None,
        alert_status: MonitoringAlertStatus | MonitoringAlertStatusLiteral | None = None,
        datapoints_to_alert: int | None = None,
        evaluation_period: int | None = None,
        actions: MonitoringAlertActions | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        monitoring_alert_name: str | None = ...,
        creation_time: datetime | None = ...,
        last_modified_time: datetime | None = ...,
        alert_status: MonitoringAlertStatus | MonitoringAlertStatusLiteral | None = ...,
        datapoints_to_alert: int | None = ...,
        evaluation_period: int | None = ...,
        actions: MonitoringAlertActions | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class MonitoringAppSpecification(Shape):
    """Configures the monitoring job to run a specified Docker container image."""

    image_uri: Final[str]
    """The container image to be run by the monitoring job. Since 2019-12-04."""
    container_entrypoint: Final[list[str] | None]
    """Specifies the entrypoint for a container used to run the monitoring job. Since 2019-12-04."""
    container_arguments: Final[list[str] | None]
    """An array of arguments for the container used to run the monitoring job. Since 2019-12-04."""
    record_preprocessor_source_uri: Final[str | None]
    """An Amazon S3 URI to a script that is called per row prior to running analysis. It can base64
    decode the payload and convert it into a flattened JSON so that the built-in container can use
    the converted data. Applicable only for the built-in (first party) containers. Since 2019-12-04.
    """
    post_analytics_processor_source_uri: Final[str | None]
    """An Amazon S3 URI to a script that is called after analysis has been performed. Applicable only
    for the built-in (first party) containers. Since 2019-12-04.
    """
    def __init__(
        self,
        *,
        image_uri: str,
        container_entrypoint: list[str] | None = None,
        container_arguments: list[str] | None = None,
        record_preprocessor_source_uri: str | None = None,
        post_analytics_processor_source_uri: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        image_uri: str = ...,
        container_entrypoint: list[str] | None = ...,
        container_arguments: list[str] | None = ...,
        record_preprocessor_source_uri: str | None = ...,
        post_analytics_processor_source_uri: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class MonitoringBaselineConfig(Shape):
    """Baseline configuration used to validate that the data conforms to the specified constraints and
    statistics
    """

    baselining_job_name: Final[str | None]
    """The name of the job that performs baselining for the monitoring job. Since 2020-12-08."""
    constraints_resource: Final[MonitoringConstraintsResource | None]
    """The baseline constraint file in Amazon S3 that the current monitoring job should validated
    against. Since 2019-12-04.
    """
    statistics_resource: Final[MonitoringStatisticsResource | None]
    """The baseline statistics file in Amazon S3 that the current monitoring job should be validated
    against. Since 2019-12-04.
    """
    def __init__(
        self,
        *,
        baselining_job_name: str | None = None,
        constraints_resource: MonitoringConstraintsResource | None = None,
        statistics_resource: MonitoringStatisticsResource | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        baselining_job_name: str | None = ...,
        constraints_resource: MonitoringConstraintsResource | None = ...,
        statistics_resource: MonitoringStatisticsResource | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class MonitoringClusterConfig(Shape):
    """The configuration for the cluster resources used to run the processing job."""

    instance_count: Final[int]
    """The number of ML compute instances to use in the model monitoring job. For distributed
    processing jobs, specify a value greater than 1. The default value is 1. Since 2019-12-04.
    """
    instance_type: Final[ProcessingInstanceType]
    """The ML compute instance type for the processing job. Since 2019-12-04."""
    volume_size_in_gb: Final[int]
    """The size of the ML storage volume, in gigabytes, that you want to provision. You must specify
    sufficient ML storage for your scenario. Since 2019-12-04.
    """
    volume_kms_key_id: Final[str | None]
    """The Key Management Service (KMS) key that Amazon SageMaker AI uses to encrypt data on the
    storage volume attached to the ML compute instance(s) that run the model monitoring job. Since
    2019-12-04.
    """
    def __init__(
        self,
        *,
        instance_count: int,
        instance_type: ProcessingInstanceType | ProcessingInstanceTypeLiteral,
        volume_size_in_gb: int,
        volume_kms_key_id: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        instance_count: int = ...,
        instance_type: ProcessingInstanceType | ProcessingInstanceTypeLiteral = ...,
        volume_size_in_gb: int = ...,
        volume_kms_key_id: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class MonitoringConstraintsResource(Shape):
    """The constraints resource for a monitoring job."""

    s3_uri: Final[str | None]
    """The Amazon S3 URI for the constraints resource. Since 2019-12-04."""
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

class MonitoringCsvDatasetFormat(Shape):
    """The CSV dataset used in the monitoring job."""

    header: Final[bool | None]
    """Indicates if the CSV data has a header. Since 2022-10-18."""
    def __init__(
        self,
        *,
        header: bool | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        header: bool | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class MonitoringDatasetFormat(Shape):
    """The dataset format for your batch transform job."""

    csv: Final[MonitoringCsvDatasetFormat | None]
    """The CSV dataset used in the monitoring job. Since 2022-10-18."""
    json: Final[MonitoringJsonDatasetFormat | None]
    """The JSON dataset used in the monitoring job Since 2022-10-18."""
    parquet: Final[MonitoringParquetDatasetFormat | None]
    """The Parquet dataset used in the monitoring job Since 2022-10-18."""
    def __init__(
        self,
        *,
        csv: MonitoringCsvDatasetFormat | None = None,
        json: MonitoringJsonDatasetFormat | None = None,
        parquet: MonitoringParquetDatasetFormat | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        csv: MonitoringCsvDatasetFormat | None = ...,
        json: MonitoringJsonDatasetFormat | None = ...,
        parquet: MonitoringParquetDatasetFormat | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class MonitoringExecutionSummary(Shape):
    """Describes metadata on the last execution to run, if there was one."""

    monitoring_schedule_name: Final[str | None]
    """The name of the monitoring schedule. Since 2019-12-04."""
    scheduled_time: Final[datetime | None]
    """The time the monitoring job was scheduled. Since 2019-12-04."""
    creation_time: Final[datetime | None]
    """The time at which the monitoring job was created. Since 2019-12-04."""
    last_modified_time: Final[datetime | None]
    """A timestamp that indicates the last time the monitoring job was modified. Since 2019-12-04.
    """
    monitoring_execution_status: Final[ExecutionStatus | None]
    """The status of the monitoring job. Since 2019-12-04."""
    processing_job_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the monitoring job. Since 2019-12-04."""
    endpoint_name: Final[str | None]
    """The name of the endpoint used to run the monitoring job. Since 2019-12-04."""
    failure_reason: Final[str | None]
    """Contains the reason a monitoring job failed, if it failed. Since 2019-12-04."""
    monitoring_job_definition_name: Final[str | None]
    """The name of the monitoring job. Since 2020-12-08."""
    monitoring_type: Final[MonitoringType | None]
    """The type of the monitoring job. Since 2020-12-08."""
    def __init__(
        self,
        *,
        monitoring_schedule_name: str | None = None,
        scheduled_time: datetime | None = None,
        creation_time: datetime | None = None,
        last_modified_time: datetime | None = None,
        monitoring_execution_status: ExecutionStatus | ExecutionStatusLiteral | None = None,
        processing_job_arn: str | None = None,
        endpoint_name: str | None = None,
        failure_reason: str | None = None,
        monitoring_job_definition_name: str | None = None,
        monitoring_type: MonitoringType | MonitoringTypeLiteral | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        monitoring_schedule_name: str | None = ...,
        scheduled_time: datetime | None = ...,
        creation_time: datetime | None = ...,
        last_modified_time: datetime | None = ...,
        monitoring_execution_status: ExecutionStatus | ExecutionStatusLiteral | None = ...,
        processing_job_arn: str | None = ...,
        endpoint_name: str | None = ...,
        failure_reason: str | None = ...,
        monitoring_job_definition_name: str | None = ...,
        monitoring_type: MonitoringType | MonitoringTypeLiteral | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class MonitoringGroundTruthS3Input(Shape):
    """Location of ground truth labels to use in model bias job."""

    s3_uri: Final[str | None]
    """The address of the Amazon S3 location of the ground truth labels. Since 2020-12-08."""
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

class MonitoringInput(Shape):
    """The inputs for a monitoring job."""

    endpoint_input: Final[EndpointInput | None]
    """The endpoint for a monitoring job. Since 2019-12-04."""
    batch_transform_input: Final[BatchTransformInput | None]
    """Input object for the batch transform job. Since 2022-10-18."""
    def __init__(
        self,
        *,
        endpoint_input: EndpointInput | None = None,
        batch_transform_input: BatchTransformInput | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        endpoint_input: EndpointInput | None = ...,
        batch_transform_input: BatchTransformInput | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class MonitoringJobDefinition(Shape):
    """Defines the monitoring job."""

    baseline_config: Final[MonitoringBaselineConfig | None]
    """Baseline configuration used to validate that the data conforms to the specified constraints and
    statistics Since 2019-12-04.
    """
    monitoring_inputs: Final[list[MonitoringInput]]
    """The array of inputs for the monitoring job. Currently we support monitoring an Amazon SageMaker
    AI Endpoint. Since 2019-12-04.
    """
    monitoring_output_config: Final[MonitoringOutputConfig]
    """The array of outputs from the monitoring job to be uploaded to Amazon S3. Since 2019-12-04.
    """
    monitoring_resources: Final[MonitoringResources]
    """Identifies the resources, ML compute instances, and ML storage volumes to deploy for a
    monitoring job. In distributed processing, you specify more than one instance. Since 2019-12-04.
    """
    monitoring_app_specification: Final[MonitoringAppSpecification]
    """Configures the monitoring job to run a specified Docker container image. Since 2019-12-04."""
    stopping_condition: Final[MonitoringStoppingCondition | None]
    """Specifies a time limit for how long the monitoring job is allowed to run. Since 2019-12-04.
    """
    environment: Final[dict[str, str] | None]
    """Sets the environment variables in the Docker container. Since 2019-12-04."""
    network_config: Final[NetworkConfig | None]
    """Specifies networking options for an monitoring job. Since 2019-12-04."""
    role_arn: Final[str]
    """The Amazon Resource Name (ARN) of an IAM role that Amazon SageMaker AI can assume to perform
    tasks on your behalf. Since 2019-12-04.
    """
    def __init__(
        self,
        *,
        monitoring_inputs: list[MonitoringInput],
        monitoring_output_config: MonitoringOutputConfig,
        monitoring_resources: MonitoringResources,
        monitoring_app_specification: MonitoringAppSpecification,
        role_arn: str,
        baseline_config: MonitoringBaselineConfig | None = None,
        stopping_condition: MonitoringStoppingCondition | None = None,
        environment: dict[str, str] | None = None,
        network_config: NetworkConfig | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        baseline_config: MonitoringBaselineConfig | None = ...,
        monitoring_inputs: list[MonitoringInput] = ...,
        monitoring_output_config: MonitoringOutputConfig = ...,
        monitoring_resources: MonitoringResources = ...,
        monitoring_app_specification: MonitoringAppSpecification = ...,
        stopping_condition: MonitoringStoppingCondition | None = ...,
        environment: dict[str, str] | None = ...,
        network_config: NetworkConfig | None = ...,
        role_arn: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class MonitoringJobDefinitionSummary(Shape):
    """Summary information about a monitoring job."""

    monitoring_job_definition_name: Final[str | None]
    """The name of the monitoring job. Since 2020-12-08."""
    monitoring_job_definition_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the monitoring job. Since 2020-12-08."""
    creation_time: Final[datetime | None]
    """The time that the monitoring job was created. Since 2020-12-08."""
    endpoint_name: Final[str | None]
    """The name of the endpoint that the job monitors. Since 2020-12-08."""
    def __init__(
        self,
        *,
        monitoring_job_definition_name: str | None = None,
        monitoring_job_definition_arn: str | None = None,
        creation_time: datetime | None = None,
        endpoint_name: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        monitoring_job_definition_name: str | None = ...,
        monitoring_job_definition_arn: str | None = ...,
        creation_time: datetime | None = ...,
        endpoint_name: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class MonitoringJsonDatasetFormat(Shape):
    """The JSON dataset used in the monitoring job"""

    line: Final[bool | None]
    """Indicates if the file should be read as a JSON object per line. Since 2022-10-18."""
    def __init__(
        self,
        *,
        line: bool | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        line: bool | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class MonitoringNetworkConfig(Shape):
    """Specifies networking configuration for the monitoring job."""

    enable_inter_container_traffic_encryption: Final[bool | None]
    """Whether to encrypt all communications between the instances used for the monitoring jobs. Choose
    True to encrypt communications. Encryption provides greater security for distributed jobs, but
    the processing might take longer. Since 2020-12-08.
    """
    enable_network_isolation: Final[bool | None]
    """Whether to allow inbound and outbound network calls to and from the containers used for the
    monitoring job. Since 2020-12-08.
    """
    vpc_config: Final[VpcConfig | None]
    """Specifies an Amazon Virtual Private Cloud (VPC) that your SageMaker jobs, hosted models, and
    compute resources have access to. You can control access to and from your resources by
    configuring a VPC. For more information, see Give SageMaker Access to Resources in your Amazon
    VPC. Since 2020-12-08.
    """
    def __init__(
        self,
        *,
        enable_inter_container_traffic_encryption: bool | None = None,
        enable_network_isolation: bool | None = None,
        vpc_config: VpcConfig | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        enable_inter_container_traffic_encryption: bool | None = ...,
        enable_network_isolation: bool | None = ...,
        vpc_config: VpcConfig | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class MonitoringOutput(Shape):
    """The output object for a monitoring job."""

    s3_output: Final[MonitoringS3Output]
    """The Amazon S3 storage location where the results of a monitoring job are saved. Since
    2019-12-04.
    """
    def __init__(
        self,
        *,
        s3_output: MonitoringS3Output,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        s3_output: MonitoringS3Output = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class MonitoringOutputConfig(Shape):
    """The output configuration for monitoring jobs."""

    monitoring_outputs: Final[list[MonitoringOutput]]
    """Monitoring outputs for monitoring jobs. This is where the output of the periodic monitoring jobs
    is uploaded. Since 2019-12-04.
    """
    kms_key_id: Final[str | None]
    """The Key Management Service (KMS) key that Amazon SageMaker AI uses to encrypt the model
    artifacts at rest using Amazon S3 server-side encryption. Since 2019-12-04.
    """
    def __init__(
        self,
        *,
        monitoring_outputs: list[MonitoringOutput],
        kms_key_id: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        monitoring_outputs: list[MonitoringOutput] = ...,
        kms_key_id: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class MonitoringParquetDatasetFormat(Shape):
    """The Parquet dataset used in the monitoring job"""

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

class MonitoringResources(Shape):
    """Identifies the resources to deploy for a monitoring job."""

    cluster_config: Final[MonitoringClusterConfig]
    """The configuration for the cluster resources used to run the processing job. Since 2019-12-04.
    """
    def __init__(
        self,
        *,
        cluster_config: MonitoringClusterConfig,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        cluster_config: MonitoringClusterConfig = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class MonitoringS3Output(Shape):
    """The Amazon S3 storage location where the results of a monitoring job are saved."""

    s3_uri: Final[str]
    """A URI that identifies the Amazon S3 storage location where Amazon SageMaker AI saves the results
    of a monitoring job. Since 2019-12-04.
    """
    local_path: Final[str]
    """The local path to the Amazon S3 storage location where Amazon SageMaker AI saves the results of
    a monitoring job. LocalPath is an absolute path for the output data. Since 2019-12-04.
    """
    s3_upload_mode: Final[ProcessingS3UploadMode | None]
    """Whether to upload the results of the monitoring job continuously or after the job completes.
    Since 2019-12-04.
    """
    def __init__(
        self,
        *,
        s3_uri: str,
        local_path: str,
        s3_upload_mode: ProcessingS3UploadMode | ProcessingS3UploadModeLiteral | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        s3_uri: str = ...,
        local_path: str = ...,
        s3_upload_mode: ProcessingS3UploadMode | ProcessingS3UploadModeLiteral | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class MonitoringSchedule(Shape):
    """A schedule for a model monitoring job. For information about model monitor, see Amazon SageMaker
    Model Monitor.
    """

    monitoring_schedule_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the monitoring schedule. Since 2020-12-01."""
    monitoring_schedule_name: Final[str | None]
    """The name of the monitoring schedule. Since 2020-12-01."""
    monitoring_schedule_status: Final[ScheduleStatus | None]
    """The status of the monitoring schedule. This can be one of the following values.    PENDING - The
    schedule is pending being created. Since 2020-12-01.
    """
    monitoring_type: Final[MonitoringType | None]
    """The type of the monitoring job definition to schedule. Since 2020-12-08."""
    failure_reason: Final[str | None]
    """If the monitoring schedule failed, the reason it failed. Since 2020-12-01."""
    creation_time: Final[datetime | None]
    """The time that the monitoring schedule was created. Since 2020-12-01."""
    last_modified_time: Final[datetime | None]
    """The last time the monitoring schedule was changed. Since 2020-12-01."""
    monitoring_schedule_config: Final[MonitoringScheduleConfig | None]
    """Configures the monitoring schedule and defines the monitoring job. Since 2020-12-01."""
    endpoint_name: Final[str | None]
    """The endpoint that hosts the model being monitored. Since 2020-12-01."""
    last_monitoring_execution_summary: Final[MonitoringExecutionSummary | None]
    """Summary of information about the last monitoring job to run. Since 2020-12-01."""
    tags: Final[list[Tag] | None]
    """A list of the tags associated with the monitoring schedlue. For more information, see Tagging
    Amazon Web Services resources in the Amazon Web Services General Reference Guide. Since
    2020-12-01.
    """
    def __init__(
        self,
        *,
        monitoring_schedule_arn: str | None = None,
        monitoring_schedule_name: str | None = None,
        monitoring_schedule_status: ScheduleStatus | ScheduleStatusLiteral | None = None,
        monitoring_type: MonitoringType | MonitoringTypeLiteral | None = None,
        failure_reason: str | None = None,
        creation_time: datetime | None = None,
        last_modified_time: datetime | None = None,
        monitoring_schedule_config: MonitoringScheduleConfig | None = None,
        endpoint_name: str | None = None,
        last_monitoring_execution_summary: MonitoringExecutionSummary | None = None,
        tags: list[Tag] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        monitoring_schedule_arn: str | None = ...,
        monitoring_schedule_name: str | None = ...,
        monitoring_schedule_status: ScheduleStatus | ScheduleStatusLiteral | None = ...,
        monitoring_type: MonitoringType | MonitoringTypeLiteral | None = ...,
        failure_reason: str | None = ...,
        creation_time: datetime | None = ...,
        last_modified_time: datetime | None = ...,
        monitoring_schedule_config: MonitoringScheduleConfig | None = ...,
        endpoint_name: str | None = ...,
        last_monitoring_execution_summary: MonitoringExecutionSummary | None = ...,
        tags: list[Tag] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class MonitoringScheduleConfig(Shape):
    """The configuration object that specifies the monitoring schedule and defines the monitoring job."""

    schedule_config: Final[ScheduleConfig | None]
    """Configures the monitoring schedule. Since 2019-12-04."""
    monitoring_job_definition: Final[MonitoringJobDefinition | None]
    """Defines the monitoring job. Since 2019-12-04."""
    monitoring_job_definition_name: Final[str | None]
    """The name of the monitoring job definition to schedule. Since 2020-12-08."""
    monitoring_type: Final[MonitoringType | None]
    """The type of the monitoring job definition to schedule. Since 2020-12-08."""
    def __init__(
        self,
        *,
        schedule_config: ScheduleConfig | None = None,
        monitoring_job_definition: MonitoringJobDefinition | None = None,
        monitoring_job_definition_name: str | None = None,
        monitoring_type: MonitoringType | MonitoringTypeLiteral | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        schedule_config: ScheduleConfig | None = ...,
        monitoring_job_definition: MonitoringJobDefinition | None = ...,
        monitoring_job_definition_name: str | None = ...,
        monitoring_type: MonitoringType | MonitoringTypeLiteral | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class MonitoringScheduleSummary(Shape):
    """Summarizes the monitoring schedule."""

    monitoring_schedule_name: Final[str | None]
    """The name of the monitoring schedule. Since 2019-12-04."""
    monitoring_schedule_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the monitoring schedule. Since 2019-12-04."""
    creation_time: Final[datetime | None]
    """The creation time of the monitoring schedule. Since 2019-12-04."""
    last_modified_time: Final[datetime | None]
    """The last time the monitoring schedule was modified. Since 2019-12-04."""
    monitoring_schedule_status: Final[ScheduleStatus | None]
    """The status of the monitoring schedule. Since 2019-12-04."""
    endpoint_name: Final[str | None]
    """The name of the endpoint using the monitoring schedule. Since 2019-12-04."""
    monitoring_job_definition_name: Final[str | None]
    """The name of the monitoring job definition that the schedule is for. Since 2020-12-08."""
    monitoring_type: Final[MonitoringType | None]
    """The type of the monitoring job definition that the schedule is for. Since 2020-12-08."""
    def __init__(
        self,
        *,
        monitoring_schedule_name: str | None = None,
        monitoring_schedule_arn: str | None = None,
        creation_time: datetime | None = None,
        last_modified_time: datetime | None = None,
        monitoring_schedule_status: ScheduleStatus | ScheduleStatusLiteral | None = None,
        endpoint_name: str | None = None,
        monitoring_job_definition_name: str | None = None,
        monitoring_type: MonitoringType | MonitoringTypeLiteral | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        monitoring_schedule_name: str | None = ...,
        monitoring_schedule_arn: str | None = ...,
        creation_time: datetime | None = ...,
        last_modified_time: datetime | None = ...,
        monitoring_schedule_status: ScheduleStatus | ScheduleStatusLiteral | None = ...,
        endpoint_name: str | None = ...,
        monitoring_job_definition_name: str | None = ...,
        monitoring_type: MonitoringType | MonitoringTypeLiteral | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class MonitoringStatisticsResource(Shape):
    """The statistics resource for a monitoring job."""

    s3_uri: Final[str | None]
    """The Amazon S3 URI for the statistics resource. Since 2019-12-04."""
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

class MonitoringStoppingCondition(Shape):
    """A time limit for how long the monitoring job is allowed to run before stopping."""

    max_runtime_in_seconds: Final[int]
    """The maximum runtime allowed in seconds. Since 2019-12-04."""
    def __init__(
        self,
        *,
        max_runtime_in_seconds: int,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        max_runtime_in_seconds: int = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class MultiModelConfig(Shape):
    """Specifies additional configuration for multi-model endpoints."""

    model_cache_setting: Final[ModelCacheSetting | None]
    """Whether to cache models for a multi-model endpoint. By default, multi-model endpoints cache
    models so that a model does not have to be loaded into memory each time it is invoked. Some use
    cases do not benefit from model caching. For example, if an endpoint hosts a large number of
    models that are each invoked infrequently, the endpoint might perform better if you disable
    model caching. To disable model caching, set the value of this parameter to Disabled. Since
    2021-01-14.
    """
    def __init__(
        self,
        *,
        model_cache_setting: ModelCacheSetting | ModelCacheSettingLiteral | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        model_cache_setting: ModelCacheSetting | ModelCacheSettingLiteral | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""
