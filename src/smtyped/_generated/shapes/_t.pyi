# Generated stub. Do not edit.
# Every shape whose name starts with "T", as type checkers see it. At run time each
# class lives in the module of its first two words (``__module__``); this stub-only module
# groups them because a few dozen stub files type-check much faster than hundreds.
from collections.abc import Mapping
from datetime import datetime
from typing import Any, Final

from typing_extensions import Self

from smtyped._base import Shape
from smtyped._generated.enums._a import (
    AggregationTransformationValue,
    AggregationTransformationValueLiteral,
    AssemblyType,
    AssemblyTypeLiteral,
    AutoMLMode,
    AutoMLModeLiteral,
)
from smtyped._generated.enums._b import BatchStrategy, BatchStrategyLiteral
from smtyped._generated.enums._c import CompressionType, CompressionTypeLiteral
from smtyped._generated.enums._f import FeatureStatus, FeatureStatusLiteral
from smtyped._generated.enums._i import IsTrackingServerActive, IsTrackingServerActiveLiteral
from smtyped._generated.enums._p import ProblemType, ProblemTypeLiteral
from smtyped._generated.enums._r import Relation, RelationLiteral
from smtyped._generated.enums._s import (
    S3DataType,
    S3DataTypeLiteral,
    SageMakerResourceName,
    SageMakerResourceNameLiteral,
    SecondaryStatus,
    SecondaryStatusLiteral,
    SplitType,
    SplitTypeLiteral,
)
from smtyped._generated.enums._t import (
    TargetPlatformAccelerator,
    TargetPlatformAcceleratorLiteral,
    TargetPlatformArch,
    TargetPlatformArchLiteral,
    TargetPlatformOs,
    TargetPlatformOsLiteral,
    ThroughputMode,
    ThroughputModeLiteral,
    TrackingServerStatus,
    TrackingServerStatusLiteral,
    TrafficRoutingConfigType,
    TrafficRoutingConfigTypeLiteral,
    TrafficType,
    TrafficTypeLiteral,
    TrainingInputMode,
    TrainingInputModeLiteral,
    TrainingInstanceType,
    TrainingInstanceTypeLiteral,
    TrainingJobStatus,
    TrainingJobStatusLiteral,
    TrainingPlanFilterName,
    TrainingPlanFilterNameLiteral,
    TrainingPlanStatus,
    TrainingPlanStatusLiteral,
    TrainingRepositoryAccessMode,
    TrainingRepositoryAccessModeLiteral,
    TransformInstanceType,
    TransformInstanceTypeLiteral,
    TransformJobStatus,
    TransformJobStatusLiteral,
    TrialComponentPrimaryStatus,
    TrialComponentPrimaryStatusLiteral,
    TtlDurationUnit,
    TtlDurationUnitLiteral,
)
from smtyped._generated.shapes._a import AdditionalS3DataSource, AlgorithmSpecification, AutoMLJobCompletionCriteria
from smtyped._generated.shapes._b import BatchDataCaptureConfig, BestObjectiveNotImproving
from smtyped._generated.shapes._c import (
    CandidateGenerationConfig,
    CapacitySize,
    CfnTemplateProviderDetail,
    Channel,
    ChannelSpecification,
    CheckpointConfig,
    ConvergenceDetected,
)
from smtyped._generated.shapes._d import (
    DataProcessing,
    DebugHookConfig,
    DebugRuleConfiguration,
    DebugRuleEvaluationStatus,
)
from smtyped._generated.shapes._e import ExperimentConfig
from smtyped._generated.shapes._h import (
    HolidayConfigAttributes,
    HyperParameterSpecification,
    HyperParameterTuningJobObjective,
)
from smtyped._generated.shapes._m import (
    MetadataProperties,
    MetricData,
    MetricDefinition,
    MetricSpecification,
    ModelAccessConfig,
    ModelArtifacts,
    ModelClientConfig,
    ModelPackageConfig,
)
from smtyped._generated.shapes._o import OutputDataConfig
from smtyped._generated.shapes._p import Parent, Phase, ProcessingJob, ProfilerConfig
from smtyped._generated.shapes._r import (
    ReservedCapacityOffering,
    ReservedCapacitySummary,
    ResourceConfig,
    ResourceSpec,
    RetryStrategy,
)
from smtyped._generated.shapes._s import SecondaryStatusTransition, Stairs, StoppingCondition
from smtyped._generated.shapes._u import UserContext
from smtyped._generated.shapes._v import VpcConfig
from smtyped._generated.shapes._w import WarmPoolStatus

class TabularJobConfig(Shape):
    """Settings used to configure an AutoML job V2 for the tabular problem type (regression,
    classification).
    """

    candidate_generation_config: Final[CandidateGenerationConfig | None]
    """The configuration information of how model candidates are generated. Since 2023-06-19."""
    completion_criteria: Final[AutoMLJobCompletionCriteria | None]
    """How long a job is allowed to run, or how many candidates a job is allowed to generate. Since
    2023-06-19.
    """
    feature_specification_s3_uri: Final[str | None]
    """A URL to the Amazon S3 data source containing selected features from the input data source to
    run an Autopilot job V2. You can input FeatureAttributeNames (optional) in JSON format as shown
    below: Since 2023-06-19.
    """
    mode: Final[AutoMLMode | None]
    """The method that Autopilot uses to train the data. You can either specify the mode manually or
    let Autopilot choose for you based on the dataset size by selecting AUTO . In AUTO mode,
    Autopilot chooses ENSEMBLING for datasets smaller than 100 MB, and HYPERPARAMETER_TUNING for
    larger ones. Since 2023-06-19.
    """
    generate_candidate_definitions_only: Final[bool | None]
    """Generates possible candidates without training the models. A model candidate is a combination of
    data preprocessors, algorithms, and algorithm parameter settings. Since 2023-06-19.
    """
    problem_type: Final[ProblemType | None]
    """The type of supervised learning problem available for the model candidates of the AutoML job V2.
    For more information, see SageMaker Autopilot problem types. Since 2023-06-19.
    """
    target_attribute_name: Final[str]
    """The name of the target variable in supervised learning, usually represented by 'y'. Since
    2023-06-19.
    """
    sample_weight_attribute_name: Final[str | None]
    """If specified, this column name indicates which column of the dataset should be treated as sample
    weights for use by the objective metric during the training, evaluation, and the selection of
    the best model. This column is not considered as a predictive feature. For more information on
    Autopilot metrics, see Metrics and validation. Since 2023-06-19.
    """
    def __init__(
        self,
        *,
        target_attribute_name: str,
        candidate_generation_config: CandidateGenerationConfig | None = None,
        completion_criteria: AutoMLJobCompletionCriteria | None = None,
        feature_specification_s3_uri: str | None = None,
        mode: AutoMLMode | AutoMLModeLiteral | None = None,
        generate_candidate_definitions_only: bool | None = None,
        problem_type: ProblemType | ProblemTypeLiteral | None = None,
        sample_weight_attribute_name: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        candidate_generation_config: CandidateGenerationConfig | None = ...,
        completion_criteria: AutoMLJobCompletionCriteria | None = ...,
        feature_specification_s3_uri: str | None = ...,
        mode: AutoMLMode | AutoMLModeLiteral | None = ...,
        generate_candidate_definitions_only: bool | None = ...,
        problem_type: ProblemType | ProblemTypeLiteral | None = ...,
        target_attribute_name: str = ...,
        sample_weight_attribute_name: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class TabularResolvedAttributes(Shape):
    """The resolved attributes for the tabular problem type."""

    problem_type: Final[ProblemType | None]
    """The type of supervised learning problem available for the model candidates of the AutoML job V2
    (Binary Classification, Multiclass Classification, Regression). For more information, see
    SageMaker Autopilot problem types. Since 2023-06-19.
    """
    def __init__(
        self,
        *,
        problem_type: ProblemType | ProblemTypeLiteral | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        problem_type: ProblemType | ProblemTypeLiteral | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class Tag(Shape):
    """A tag object that consists of a key and an optional value, used to manage metadata for SageMaker
    Amazon Web Services resources.
    """

    key: Final[str]
    """The tag key. Tag keys must be unique per resource. Since 2017-11-29."""
    value: Final[str]
    """The tag value. Since 2017-11-29."""
    def __init__(
        self,
        *,
        key: str,
        value: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        key: str = ...,
        value: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class TargetPlatform(Shape):
    """Contains information about a target platform that you want your model to run on, such as OS,
    architecture, and accelerators. It is an alternative of TargetDevice .
    """

    os: Final[TargetPlatformOs]
    """Specifies a target platform OS. Since 2020-07-24."""
    arch: Final[TargetPlatformArch]
    """Specifies a target platform architecture. Since 2020-07-24."""
    accelerator: Final[TargetPlatformAccelerator | None]
    """Specifies a target platform accelerator (optional). Since 2020-07-24."""
    def __init__(
        self,
        *,
        os: TargetPlatformOs | TargetPlatformOsLiteral,
        arch: TargetPlatformArch | TargetPlatformArchLiteral,
        accelerator: TargetPlatformAccelerator | TargetPlatformAcceleratorLiteral | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        os: TargetPlatformOs | TargetPlatformOsLiteral = ...,
        arch: TargetPlatformArch | TargetPlatformArchLiteral = ...,
        accelerator: TargetPlatformAccelerator | TargetPlatformAcceleratorLiteral | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class TargetTrackingScalingPolicyConfiguration(Shape):
    """A target tracking scaling policy. Includes support for predefined or customized metrics."""

    metric_specification: Final[MetricSpecification | None]
    """An object containing information about a metric. Since 2023-08-02."""
    target_value: Final[float | None]
    """The recommended target value to specify for the metric when creating a scaling policy. Since
    2023-08-02.
    """
    def __init__(
        self,
        *,
        metric_specification: MetricSpecification | None = None,
        target_value: float | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        metric_specification: MetricSpecification | None = ...,
        target_value: float | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class TemplateProviderDetail(Shape):
    """Details about a template provider configuration and associated provisioning information."""

    cfn_template_provider_detail: Final[CfnTemplateProviderDetail | None]
    """Details about a CloudFormation template provider configuration and associated provisioning
    information. Since 2025-06-19.
    """
    def __init__(
        self,
        *,
        cfn_template_provider_detail: CfnTemplateProviderDetail | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        cfn_template_provider_detail: CfnTemplateProviderDetail | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class TensorBoardAppSettings(Shape):
    """The TensorBoard app settings."""

    default_resource_spec: Final[ResourceSpec | None]
    """The default instance type and the Amazon Resource Name (ARN) of the SageMaker AI image created
    on the instance. Since 2019-12-04.
    """
    def __init__(
        self,
        *,
        default_resource_spec: ResourceSpec | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        default_resource_spec: ResourceSpec | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class TensorBoardOutputConfig(Shape):
    """Configuration of storage locations for the Amazon SageMaker Debugger TensorBoard output data."""

    local_path: Final[str | None]
    """Path to local storage location for tensorBoard output. Defaults to /opt/ml/output/tensorboard.
    Since 2019-12-04.
    """
    s3_output_path: Final[str]
    """Path to Amazon S3 storage location for TensorBoard output. Since 2019-12-04."""
    def __init__(
        self,
        *,
        s3_output_path: str,
        local_path: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        local_path: str | None = ...,
        s3_output_path: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class TextClassificationJobConfig(Shape):
    """Settings used to configure an AutoML job V2 for the text classification problem type."""

    completion_criteria: Final[AutoMLJobCompletionCriteria | None]
    """How long a job is allowed to run, or how many candidates a job is allowed to generate. Since
    2023-03-23.
    """
    content_column: Final[str]
    """The name of the column used to provide the sentences to be classified. It should not be the same
    as the target column. Since 2023-03-23.
    """
    target_label_column: Final[str]
    """The name of the column used to provide the class labels. It should not be same as the content
    column. Since 2023-03-23.
    """
    def __init__(
        self,
        *,
        content_column: str,
        target_label_column: str,
        completion_criteria: AutoMLJobCompletionCriteria | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        completion_criteria: AutoMLJobCompletionCriteria | None = ...,
        content_column: str = ...,
        target_label_column: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class TextGenerationJobConfig(Shape):
    """Settings used to configure an AutoML job V2 for the text generation (LLMs fine-tuning) problem
    type.
    """

    completion_criteria: Final[AutoMLJobCompletionCriteria | None]
    """How long a fine-tuning job is allowed to run. For TextGenerationJobConfig problem types, the
    MaxRuntimePerTrainingJobInSeconds attribute of AutoMLJobCompletionCriteria defaults to 72h
    (259200s). Since 2023-10-26.
    """
    base_model_name: Final[str | None]
    """The name of the base model to fine-tune. Autopilot supports fine-tuning a variety of large
    language models. For information on the list of supported models, see Text generation models
    supporting fine-tuning in Autopilot. If no BaseModelName is provided, the default model used is
    Falcon7BInstruct . Since 2023-10-26.
    """
    text_generation_hyper_parameters: Final[dict[str, str] | None]
    """The hyperparameters used to configure and optimize the learning process of the base model. You
    can set any combination of the following hyperparameters for all base models. For more
    information on each supported hyperparameter, see Optimize the learning process of your text
    generation models with hyperparameters. Since 2023-11-29.
    """
    model_access_config: Final[ModelAccessConfig | None]
    """The access configuration file to control access to the ML model. You can explicitly accept the
    model end-user license agreement (EULA) within the ModelAccessConfig . Since 2023-12-15.
    """
    def __init__(
        self,
        *,
        completion_criteria: AutoMLJobCompletionCriteria | None = None,
        base_model_name: str | None = None,
        text_generation_hyper_parameters: dict[str, str] | None = None,
        model_access_config: ModelAccessConfig | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        completion_criteria: AutoMLJobCompletionCriteria | None = ...,
        base_model_name: str | None = ...,
        text_generation_hyper_parameters: dict[str, str] | None = ...,
        model_access_config: ModelAccessConfig | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class TextGenerationResolvedAttributes(Shape):
    """The resolved attributes for the text generation problem type."""

    base_model_name: Final[str | None]
    """The name of the base model to fine-tune. Since 2023-10-26."""
    def __init__(
        self,
        *,
        base_model_name: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        base_model_name: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ThroughputConfig(Shape):
    """Used to set feature group throughput configuration. There are two modes: ON_DEMAND and
    PROVISIONED . With on-demand mode, you are charged for data reads and writes that your
    application performs on your feature group. You do not need to specify read and write throughput
    because Feature Store accommodates your workloads as they ramp up and down. You can switch a
    feature group to on-demand only once in a 24 hour period. With provisioned throughput mode, you
    specify the read and write capacity per second that you expect your application to require, and
    you are billed based on those limits. Exceeding provisioned throughput will result in your
    requests being throttled.
    """

    throughput_mode: Final[ThroughputMode]
    """The mode used for your feature group throughput: ON_DEMAND or PROVISIONED . Since 2024-01-04.
    """
    provisioned_read_capacity_units: Final[int | None]
    """For provisioned feature groups with online store enabled, this indicates the read throughput you
    are billed for and can consume without throttling. Since 2024-01-04.
    """
    provisioned_write_capacity_units: Final[int | None]
    """For provisioned feature groups, this indicates the write throughput you are billed for and can
    consume without throttling. Since 2024-01-04.
    """
    def __init__(
        self,
        *,
        throughput_mode: ThroughputMode | ThroughputModeLiteral,
        provisioned_read_capacity_units: int | None = None,
        provisioned_write_capacity_units: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        throughput_mode: ThroughputMode | ThroughputModeLiteral = ...,
        provisioned_read_capacity_units: int | None = ...,
        provisioned_write_capacity_units: int | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ThroughputConfigDescription(Shape):
    """Active throughput configuration of the feature group. Used to set feature group throughput
    configuration. There are two modes: ON_DEMAND and PROVISIONED . With on-demand mode, you are
    charged for data reads and writes that your application performs on your feature group. You do
    not need to specify read and write throughput because Feature Store accommodates your workloads
    as they ramp up and down. You can switch a feature group to on-demand only once in a 24 hour
    period. With provisioned throughput mode, you specify the read and write capacity per second
    that you expect your application to require, and you are billed based on those limits. Exceeding
    provisioned throughput will result in your requests being throttled.
    """

    throughput_mode: Final[ThroughputMode | None]
    """The mode used for your feature group throughput: ON_DEMAND or PROVISIONED . Since 2024-01-04.
    """
    provisioned_read_capacity_units: Final[int | None]
    """For provisioned feature groups with online store enabled, this indicates the read throughput you
    are billed for and can consume without throttling. Since 2024-01-04.
    """
    provisioned_write_capacity_units: Final[int | None]
    """For provisioned feature groups, this indicates the write throughput you are billed for and can
    consume without throttling. Since 2024-01-04.
    """
    def __init__(
        self,
        *,
        throughput_mode: ThroughputMode | ThroughputModeLiteral | None = None,
        provisioned_read_capacity_units: int | None = None,
        provisioned_write_capacity_units: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        throughput_mode: ThroughputMode | ThroughputModeLiteral | None = ...,
        provisioned_read_capacity_units: int | None = ...,
        provisioned_write_capacity_units: int | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ThroughputConfigUpdate(Shape):
    """The new throughput configuration for the feature group. You can switch between on-demand and
    provisioned modes or update the read / write capacity of provisioned feature groups. You can
    switch a feature group to on-demand only once in a 24 hour period.
    """

    throughput_mode: Final[ThroughputMode | None]
    """Target throughput mode of the feature group. Throughput update is an asynchronous operation, and
    the outcome should be monitored by polling LastUpdateStatus field in DescribeFeatureGroup
    response. You cannot update a feature group's throughput while another update is in progress.
    Since 2024-01-04.
    """
    provisioned_read_capacity_units: Final[int | None]
    """For provisioned feature groups with online store enabled, this indicates the read throughput you
    are billed for and can consume without throttling. Since 2024-01-04.
    """
    provisioned_write_capacity_units: Final[int | None]
    """For provisioned feature groups, this indicates the write throughput you are billed for and can
    consume without throttling. Since 2024-01-04.
    """
    def __init__(
        self,
        *,
        throughput_mode: ThroughputMode | ThroughputModeLiteral | None = None,
        provisioned_read_capacity_units: int | None = None,
        provisioned_write_capacity_units: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        throughput_mode: ThroughputMode | ThroughputModeLiteral | None = ...,
        provisioned_read_capacity_units: int | None = ...,
        provisioned_write_capacity_units: int | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class TimeSeriesConfig(Shape):
    """The collection of components that defines the time-series."""

    target_attribute_name: Final[str]
    """The name of the column representing the target variable that you want to predict for each item
    in your dataset. The data type of the target variable must be numerical. Since 2023-06-29.
    """
    timestamp_attribute_name: Final[str]
    """The name of the column indicating a point in time at which the target value of a given item is
    recorded. Since 2023-06-29.
    """
    item_identifier_attribute_name: Final[str]
    """The name of the column that represents the set of item identifiers for which you want to predict
    the target value. Since 2023-06-29.
    """
    grouping_attribute_names: Final[list[str] | None]
    """A set of columns names that can be grouped with the item identifier column to create a composite
    key for which a target value is predicted. Since 2023-06-29.
    """
    def __init__(
        self,
        *,
        target_attribute_name: str,
        timestamp_attribute_name: str,
        item_identifier_attribute_name: str,
        grouping_attribute_names: list[str] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        target_attribute_name: str = ...,
        timestamp_attribute_name: str = ...,
        item_identifier_attribute_name: str = ...,
        grouping_attribute_names: list[str] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class TimeSeriesForecastingJobConfig(Shape):
    """Settings used to configure an AutoML job V2 for the time-series forecasting problem type."""

    feature_specification_s3_uri: Final[str | None]
    """A URL to the Amazon S3 data source containing additional selected features that complement the
    target, itemID, timestamp, and grouped columns set in TimeSeriesConfig . When not provided, the
    AutoML job V2 includes all the columns from the original dataset that are not already declared
    in TimeSeriesConfig . If provided, the AutoML job V2 only considers these additional columns as
    a complement to the ones declared in TimeSeriesConfig . Since 2023-06-29.
    """
    completion_criteria: Final[AutoMLJobCompletionCriteria | None]
    """How long a job is allowed to run, or how many candidates a job is allowed to generate. Since
    2023-06-29.
    """
    forecast_frequency: Final[str]
    """The frequency of predictions in a forecast. Since 2023-06-29."""
    forecast_horizon: Final[int]
    """The number of time-steps that the model predicts. The forecast horizon is also called the
    prediction length. The maximum forecast horizon is the lesser of 500 time-steps or 1/4 of the
    time-steps in the dataset. Since 2023-06-29.
    """
    forecast_quantiles: Final[list[str] | None]
    """The quantiles used to train the model for forecasts at a specified quantile. You can specify
    quantiles from 0.01 (p1) to 0.99 (p99), by increments of 0.01 or higher. Up to five forecast
    quantiles can be specified. When ForecastQuantiles is not provided, the AutoML job uses the
    quantiles p10, p50, and p90 as default. Since 2023-06-29.
    """
    transformations: Final[TimeSeriesTransformations | None]
    """The transformations modifying specific attributes of the time-series, such as filling strategies
    for missing values. Since 2023-06-29.
    """
    time_series_config: Final[TimeSeriesConfig]
    """The collection of components that defines the time-series. Since 2023-06-29."""
    holiday_config: Final[list[HolidayConfigAttributes] | None]
    """The collection of holiday featurization attributes used to incorporate national holiday
    information into your forecasting model. Since 2023-09-08.
    """
    candidate_generation_config: Final[CandidateGenerationConfig | None]
    """Stores the configuration information for how model candidates are generated using an AutoML job
    V2. Since 2024-05-30.
    """
    def __init__(
        self,
        *,
        forecast_frequency: str,
        forecast_horizon: int,
        time_series_config: TimeSeriesConfig,
        feature_specification_s3_uri: str | None = None,
        completion_criteria: AutoMLJobCompletionCriteria | None = None,
        forecast_quantiles: list[str] | None = None,
        transformations: TimeSeriesTransformations | None = None,
        holiday_config: list[HolidayConfigAttributes] | None = None,
        candidate_generation_config: CandidateGenerationConfig | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        feature_specification_s3_uri: str | None = ...,
        completion_criteria: AutoMLJobCompletionCriteria | None = ...,
        forecast_frequency: str = ...,
        forecast_horizon: int = ...,
        forecast_quantiles: list[str] | None = ...,
        transformations: TimeSeriesTransformations | None = ...,
        time_series_config: TimeSeriesConfig = ...,
        holiday_config: list[HolidayConfigAttributes] | None = ...,
        candidate_generation_config: CandidateGenerationConfig | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class TimeSeriesForecastingSettings(Shape):
    """Time series forecast settings for the SageMaker Canvas application."""

    status: Final[FeatureStatus | None]
    """Describes whether time series forecasting is enabled or disabled in the Canvas application.
    Since 2022-09-21.
    """
    amazon_forecast_role_arn: Final[str | None]
    """The IAM role that Canvas passes to Amazon Forecast for time series forecasting. By default,
    Canvas uses the execution role specified in the UserProfile that launches the Canvas
    application. If an execution role is not specified in the UserProfile, Canvas uses the execution
    role specified in the Domain that owns the UserProfile. To allow time series forecasting, this
    IAM role should have the AmazonSageMakerCanvasForecastAccess policy attached and
    forecast.amazonaws.com added in the trust relationship as a service principal. Since 2022-09-21.
    """
    def __init__(
        self,
        *,
        status: FeatureStatus | FeatureStatusLiteral | None = None,
        amazon_forecast_role_arn: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        status: FeatureStatus | FeatureStatusLiteral | None = ...,
        amazon_forecast_role_arn: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class TimeSeriesTransformations(Shape):
    """The transformations modifying specific attributes of the time-series, such as filling strategies
    for missing values.
    """

    filling: Final[dict[str, dict[str, str]] | None]
    """A key value pair defining the filling method for a column, where the key is the column name and
    the value is an object which defines the filling logic. You can specify multiple filling methods
    for a single column. Since 2023-06-29.
    """
    aggregation: Final[dict[str, AggregationTransformationValue | AggregationTransformationValueLiteral] | None]
    """A key value pair defining the aggregation method for a column, where the key is the column name
    and the value is the aggregation method. Since 2023-06-29.
    """
    def __init__(
        self,
        *,
        filling: dict[str, dict[str, str]] | None = None,
        aggregation: dict[str, AggregationTransformationValue | AggregationTransformationValueLiteral] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        filling: dict[str, dict[str, str]] | None = ...,
        aggregation: dict[str, AggregationTransformationValue | AggregationTransformationValueLiteral] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class TotalHits(Shape):
    """The total number of matching results."""

    value: Final[int | None]
    """The total number of matching results. This value may be exact or an estimate, depending on the
    Relation field. Since 2025-03-28. No change-log page shows it: taken from botocore's model.
    """
    relation: Final[Relation | None]
    """Indicates the relationship between the returned Value and the actual total number of matching
    results. Possible values are:    EqualTo: The Value is the exact count of matching results.
    Since 2025-03-28. No change-log page shows it: taken from botocore's model.
    """
    def __init__(
        self,
        *,
        value: int | None = None,
        relation: Relation | RelationLiteral | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        value: int | None = ...,
        relation: Relation | RelationLiteral | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class TrackingServerSummary(Shape):
    """The summary of the tracking server to list."""

    tracking_server_arn: Final[str | None]
    """The ARN of a listed tracking server. Since 2024-06-18."""
    tracking_server_name: Final[str | None]
    """The name of a listed tracking server. Since 2024-06-18."""
    creation_time: Final[datetime | None]
    """The creation time of a listed tracking server. Since 2024-06-18."""
    last_modified_time: Final[datetime | None]
    """The last modified time of a listed tracking server. Since 2024-06-18."""
    tracking_server_status: Final[TrackingServerStatus | None]
    """The creation status of a listed tracking server. Since 2024-06-18."""
    is_active: Final[IsTrackingServerActive | None]
    """The activity status of a listed tracking server. Since 2024-06-18."""
    mlflow_version: Final[str | None]
    """The MLflow version used for a listed tracking server. Since 2024-06-18."""
    def __init__(
        self,
        *,
        tracking_server_arn: str | None = None,
        tracking_server_name: str | None = None,
        creation_time: datetime | None = None,
        last_modified_time: datetime | None = None,
        tracking_server_status: TrackingServerStatus | TrackingServerStatusLiteral | None = None,
        is_active: IsTrackingServerActive | IsTrackingServerActiveLiteral | None = None,
        mlflow_version: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        tracking_server_arn: str | None = ...,
        tracking_server_name: str | None = ...,
        creation_time: datetime | None = ...,
        last_modified_time: datetime | None = ...,
        tracking_server_status: TrackingServerStatus | TrackingServerStatusLiteral | None = ...,
        is_active: IsTrackingServerActive | IsTrackingServerActiveLiteral | None = ...,
        mlflow_version: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class TrafficPattern(Shape):
    """Specifies the traffic pattern of the job."""

    traffic_type: Final[TrafficType | None]
    """Defines the traffic patterns. Choose either PHASES or STAIRS. Since 2021-12-01."""
    phases: Final[list[Phase] | None]
    """Defines the phases traffic specification. Since 2021-12-01."""
    stairs: Final[Stairs | None]
    """Defines the stairs traffic pattern. Since 2023-08-01."""
    def __init__(
        self,
        *,
        traffic_type: TrafficType | TrafficTypeLiteral | None = None,
        phases: list[Phase] | None = None,
        stairs: Stairs | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        traffic_type: TrafficType | TrafficTypeLiteral | None = ...,
        phases: list[Phase] | None = ...,
        stairs: Stairs | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class TrafficRoutingConfig(Shape):
    """Defines the traffic routing strategy to shift traffic from the old fleet to the new fleet during
    an endpoint deployment.
    """

    type: Final[TrafficRoutingConfigType]
    """Traffic routing strategy type. Since 2020-12-01."""
    wait_interval_in_seconds: Final[int]
    """The waiting time (in seconds) between incremental steps to turn on traffic on the new endpoint
    fleet. Since 2020-12-01.
    """
    canary_size: Final[CapacitySize | None]
    """Batch size for the first step to turn on traffic on the new endpoint fleet. Value must be less
    than or equal to 50% of the variant's total instance count. Since 2020-12-01.
    """
    linear_step_size: Final[CapacitySize | None]
    """Batch size for each step to turn on traffic on the new endpoint fleet. Value must be 10-50% of
    the variant's total instance count. Since 2021-11-08.
    """
    def __init__(
        self,
        *,
        type: TrafficRoutingConfigType | TrafficRoutingConfigTypeLiteral,
        wait_interval_in_seconds: int,
        canary_size: CapacitySize | None = None,
        linear_step_size: CapacitySize | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        type: TrafficRoutingConfigType | TrafficRoutingConfigTypeLiteral = ...,
        wait_interval_in_seconds: int = ...,
        canary_size: CapacitySize | None = ...,
        linear_step_size: CapacitySize | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class TrainingImageConfig(Shape):
    """The configuration to use an image from a private Docker registry for a training job."""

    training_repository_access_mode: Final[TrainingRepositoryAccessMode]
    """The method that your training job will use to gain access to the images in your private Docker
    registry. For access to an image in a private Docker registry, set to Vpc. Since 2023-01-27.
    """
    training_repository_auth_config: Final[TrainingRepositoryAuthConfig | None]
    """An object containing authentication information for a private Docker registry containing your
    training images. Since 2023-01-27.
    """
    def __init__(
        self,
        *,
        training_repository_access_mode: TrainingRepositoryAccessMode | TrainingRepositoryAccessModeLiteral,
        training_repository_auth_config: TrainingRepositoryAuthConfig | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        training_repository_access_mode: TrainingRepositoryAccessMode | TrainingRepositoryAccessModeLiteral = ...,
        training_repository_auth_config: TrainingRepositoryAuthConfig | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class TrainingJob(Shape):
    """The properties of a training job."""

    training_job_name: Final[str | None]
    """The name of the training job. Since 2018-11-28."""
    training_job_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the training job. Since 2018-11-28."""
    tuning_job_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the associated hyperparameter tuning job if the training job
    was launched by a hyperparameter tuning job. Since 2018-11-28.
    """
    labeling_job_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the labeling job. Since 2018-11-28."""
    auto_ml_job_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the job. Since 2019-12-04."""
    model_artifacts: Final[ModelArtifacts | None]
    """Information about the Amazon S3 location that is configured for storing model artifacts. Since
    2018-11-28.
    """
    training_job_status: Final[TrainingJobStatus | None]
    """The status of the training job. Since 2018-11-28."""
    secondary_status: Final[SecondaryStatus | None]
    """Provides detailed information about the state of the training job. For detailed information
    about the secondary status of the training job, see StatusMessage under
    SecondaryStatusTransition. Since 2018-11-28.
    """
    failure_reason: Final[str | None]
    """If the training job failed, the reason it failed. Since 2018-11-28."""
    hyper_parameters: Final[dict[str, str] | None]
    """Algorithm-specific parameters. Since 2018-11-28."""
    algorithm_specification: Final[AlgorithmSpecification | None]
    """Information about the algorithm used for training, and algorithm metadata. Since 2018-11-28.
    """
    role_arn: Final[str | None]
    """The Amazon Web Services Identity and Access Management (IAM) role configured for the training
    job. Since 2018-11-28.
    """
    input_data_config: Final[list[Channel] | None]
    """An array of Channel objects that describes each data input channel. Since 2018-11-28."""
    output_data_config: Final[OutputDataConfig | None]
    """The S3 path where model artifacts that you configured when creating the job are stored.
    SageMaker creates subfolders for model artifacts. Since 2018-11-28.
    """
    resource_config: Final[ResourceConfig | None]
    """Resources, including ML compute instances and ML storage volumes, that are configured for model
    training. Since 2018-11-28.
    """
    vpc_config: Final[VpcConfig | None]
    """A VpcConfig object that specifies the VPC that this training job has access to. For more
    information, see Protect Training Jobs by Using an Amazon Virtual Private Cloud. Since
    2018-11-28.
    """
    stopping_condition: Final[StoppingCondition | None]
    """Specifies a limit to how long a model training job can run. It also specifies how long a managed
    Spot training job has to complete. When the job reaches the time limit, SageMaker ends the
    training job. Use this API to cap model training costs. Since 2018-11-28.
    """
    creation_time: Final[datetime | None]
    """A timestamp that indicates when the training job was created. Since 2018-11-28."""
    training_start_time: Final[datetime | None]
    """Indicates the time when the training job starts on training instances. You are billed for the
    time interval between this time and the value of TrainingEndTime. The start time in CloudWatch
    Logs might be later than this time. The difference is due to the time it takes to download the
    training data and to the size of the training container. Since 2018-11-28.
    """
    training_end_time: Final[datetime | None]
    """Indicates the time when the training job ends on training instances. You are billed for the time
    interval between the value of TrainingStartTime and this time. For successful jobs and stopped
    jobs, this is the time after model artifacts are uploaded. For failed jobs, this is the time
    when SageMaker detects a job failure. Since 2018-11-28.
    """
    last_modified_time: Final[datetime | None]
    """A timestamp that indicates when the status of the training job was last modified. Since
    2018-11-28.
    """
    secondary_status_transitions: Final[list[SecondaryStatusTransition] | None]
    """A history of all of the secondary statuses that the training job has transitioned through. Since
    2018-11-28.
    """
    final_metric_data_list: Final[list[MetricData] | None]
    """A list of final metric values that are set when the training job completes. Used only if the
    training job was configured to use metrics. Since 2018-11-28.
    """
    enable_network_isolation: Final[bool | None]
    """If the TrainingJob was created with network isolation, the value is set to true. If network
    isolation is enabled, nodes can't communicate beyond the VPC they run in. Since 2018-11-28.
    """
    enable_inter_container_traffic_encryption: Final[bool | None]
    """To encrypt all communications between ML compute instances in distributed training, choose True.
    Encryption provides greater security for distributed training, but training might take longer.
    How long it takes depends on the amount of communication between compute instances, especially
    if you use a deep learning algorithm in distributed training. Since 2019-03-08.
    """
    enable_managed_spot_training: Final[bool | None]
    """When true, enables managed spot training using Amazon EC2 Spot instances to run training jobs
    instead of on-demand instances. For more information, see Managed Spot Training. Since
    2019-12-04.
    """
    checkpoint_config: Final[CheckpointConfig | None]
    """Contains information about the output location for managed spot training checkpoint data. Since
    2019-12-04.
    """
    training_time_in_seconds: Final[int | None]
    """The training time in seconds. Since 2019-12-04."""
    billable_time_in_seconds: Final[int | None]
    """The billable time in seconds. Since 2019-12-04."""
    debug_hook_config: Final[DebugHookConfig | None]
    """Configuration information for the Amazon SageMaker Debugger hook parameters, metric and tensor
    collections, and storage paths. To learn more about how to configure the DebugHookConfig
    parameter, see Use the SageMaker and Debugger Configuration API Operations to Create, Update,
    and Debug Your Training Job. Since 2019-12-04.
    """
    experiment_config: Final[ExperimentConfig | None]
    """Associates a SageMaker job as a trial component with an experiment and trial. Specified when you
    call the following APIs:    CreateProcessingJob Since 2019-12-04.
    """
    debug_rule_configurations: Final[list[DebugRuleConfiguration] | None]
    """Information about the debug rule configuration. Since 2019-12-04."""
    tensor_board_output_config: Final[TensorBoardOutputConfig | None]
    """Configuration of storage locations for the Amazon SageMaker Debugger TensorBoard output data.
    Since 2019-12-04.
    """
    debug_rule_evaluation_statuses: Final[list[DebugRuleEvaluationStatus] | None]
    """Information about the evaluation status of the rules for the training job. Since 2019-12-04.
    """
    environment: Final[dict[str, str] | None]
    """The environment variables to set in the Docker container. Since 2021-03-25."""
    retry_strategy: Final[RetryStrategy | None]
    """The number of times to retry the job when the job fails due to an InternalServerError. Since
    2021-05-04.
    """
    tags: Final[list[Tag] | None]
    """An array of key-value pairs. You can use tags to categorize your Amazon Web Services resources
    in different ways, for example, by purpose, owner, or environment. For more information, see
    Tagging Amazon Web Services Resources. Since 2018-11-28.
    """
    warm_pool_status: Final[WarmPoolStatus | None]
    """The status of the warm pool associated with the training job. Since 2026-05-13. No change-log
    page shows it: taken from botocore's model.
    """
    output_model_package_arn: Final[str | None]
    """The output model package Amazon Resource Name (ARN) that contains model weights or checkpoint.
    Since 2025-12-03. No change-log page shows it: taken from botocore's model.
    """
    model_package_config: Final[ModelPackageConfig | None]
    """The model package configuration. Since 2025-12-03. No change-log page shows it: taken from
    botocore's model.
    """
    profiler_config: Final[ProfilerConfig | None]
    """Configuration information for Amazon SageMaker Debugger system monitoring, framework profiling,
    and storage paths. Since 2023-07-27. No change-log page shows it: taken from botocore's model.
    """
    def __init__(
        self,
        *,
        training_job_name: str | None = None,
        training_job_arn: str | None = None,
        tuning_job_arn: str | None = None,
        labeling_job_arn: str | None = None,
        auto_ml_job_arn: str | None = None,
        model_artifacts: ModelArtifacts | None = None,
        training_job_status: TrainingJobStatus | TrainingJobStatusLiteral | None = None,
        secondary_status: SecondaryStatus | SecondaryStatusLiteral | None = None,
        failure_reason: str | None = None,
        hyper_parameters: dict[str, str] | None = None,
        algorithm_specification: AlgorithmSpecification | None = None,
        role_arn: str | None = None,
        input_data_config: list[Channel] | None = None,
        output_data_config: OutputDataConfig | None = None,
        resource_config: ResourceConfig | None = None,
        vpc_config: VpcConfig | None = None,
        stopping_condition: StoppingCondition | None = None,
        creation_time: datetime | None = None,
        training_start_time: datetime | None = None,
        training_end_time: datetime | None = None,
        last_modified_time: datetime | None = None,
        secondary_status_transitions: list[SecondaryStatusTransition] | None = None,
        final_metric_data_list: list[MetricData] | None = None,
        enable_network_isolation: bool | None = None,
        enable_inter_container_traffic_encryption: bool | None = None,
        enable_managed_spot_training: bool | None = None,
        checkpoint_config: CheckpointConfig | None = None,
        training_time_in_seconds: int | None = None,
        billable_time_in_seconds: int | None = None,
        debug_hook_config: DebugHookConfig | None = None,
        experiment_config: ExperimentConfig | None = None,
        debug_rule_configurations: list[DebugRuleConfiguration] | None = None,
        tensor_board_output_config: TensorBoardOutputConfig | None = None,
        debug_rule_evaluation_statuses: list[DebugRuleEvaluationStatus] | None = None,
        environment: dict[str, str] | None = None,
        retry_strategy: RetryStrategy | None = None,
        tags: list[Tag] | None = None,
        warm_pool_status: WarmPoolStatus | None = None,
        output_model_package_arn: str | None = None,
        model_package_config: ModelPackageConfig | None = None,
        profiler_config: ProfilerConfig | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        training_job_name: str | None = ...,
        training_job_arn: str | None = ...,
        tuning_job_arn: str | None = ...,
        labeling_job_arn: str | None = ...,
        auto_ml_job_arn: str | None = ...,
        model_artifacts: ModelArtifacts | None = ...,
        training_job_status: TrainingJobStatus | TrainingJobStatusLiteral | None = ...,
        secondary_status: SecondaryStatus | SecondaryStatusLiteral | None = ...,
        failure_reason: str | None = ...,
        hyper_parameters: dict[str, str] | None = ...,
        algorithm_specification: AlgorithmSpecification | None = ...,
        role_arn: str | None = ...,
        input_data_config: list[Channel] | None = ...,
        output_data_config: OutputDataConfig | None = ...,
        resource_config: ResourceConfig | None = ...,
        vpc_config: VpcConfig | None = ...,
        stopping_condition: StoppingCondition | None = ...,
        creation_time: datetime | None = ...,
        training_start_time: datetime | None = ...,
        training_end_time: datetime | None = ...,
        last_modified_time: datetime | None = ...,
        secondary_status_transitions: list[SecondaryStatusTransition] | None = ...,
        final_metric_data_list: list[MetricData] | None = ...,
        enable_network_isolation: bool | None = ...,
        enable_inter_container_traffic_encryption: bool | None = ...,
        enable_managed_spot_training: bool | None = ...,
        checkpoint_config: CheckpointConfig | None = ...,
        training_time_in_seconds: int | None = ...,
        billable_time_in_seconds: int | None = ...,
        debug_hook_config: DebugHookConfig | None = ...,
        experiment_config: ExperimentConfig | None = ...,
        debug_rule_configurations: list[DebugRuleConfiguration] | None = ...,
        tensor_board_output_config: TensorBoardOutputConfig | None = ...,
        debug_rule_evaluation_statuses: list[DebugRuleEvaluationStatus] | None = ...,
        environment: dict[str, str] | None = ...,
        retry_strategy: RetryStrategy | None = ...,
        tags: list[Tag] | None = ...,
        warm_pool_status: WarmPoolStatus | None = ...,
        output_model_package_arn: str | None = ...,
        model_package_config: ModelPackageConfig | None = ...,
        profiler_config: ProfilerConfig | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class TrainingJobDefinition(Shape):
    """The TrainingJobDefinition object that describes the training job that SageMaker runs to validate
    your algorithm.
    """

    training_input_mode: Final[TrainingInputMode]
    """The training input mode that the algorithm supports. For more information about input modes, see
    Algorithms. Since 2018-11-28.
    """
    hyper_parameters: Final[dict[str, str] | None]
    """The hyperparameters used for the training job. Since 2018-11-28."""
    input_data_config: Final[list[Channel]]
    """An array of Channel objects, each of which specifies an input source. Since 2018-11-28."""
    output_data_config: Final[OutputDataConfig]
    """the path to the S3 bucket where you want to store model artifacts. SageMaker creates subfolders
    for the artifacts. Since 2018-11-28.
    """
    resource_config: Final[ResourceConfig]
    """The resources, including the ML compute instances and ML storage volumes, to use for model
    training. Since 2018-11-28.
    """
    stopping_condition: Final[StoppingCondition]
    """Specifies a limit to how long a model training job can run. It also specifies how long a managed
    Spot training job has to complete. When the job reaches the time limit, SageMaker ends the
    training job. Use this API to cap model training costs. Since 2018-11-28.
    """
    def __init__(
        self,
        *,
        training_input_mode: TrainingInputMode | TrainingInputModeLiteral,
        input_data_config: list[Channel],
        output_data_config: OutputDataConfig,
        resource_config: ResourceConfig,
        stopping_condition: StoppingCondition,
        hyper_parameters: dict[str, str] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        training_input_mode: TrainingInputMode | TrainingInputModeLiteral = ...,
        hyper_parameters: dict[str, str] | None = ...,
        input_data_config: list[Channel] = ...,
        output_data_config: OutputDataConfig = ...,
        resource_config: ResourceConfig = ...,
        stopping_condition: StoppingCondition = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class TrainingJobStatusCounters(Shape):
    """The TrainingJobStatusCounters object that specifies the number of training jobs, categorized by
    status, that this tuning job launched.
    """

    completed: Final[int | None]
    """The number of completed training jobs launched by the hyperparameter tuning job. Since
    2018-06-04.
    """
    in_progress: Final[int | None]
    """The number of in-progress training jobs launched by a hyperparameter tuning job. Since
    2018-06-04.
    """
    retryable_error: Final[int | None]
    """The number of training jobs that failed, but can be retried. A failed training job can be
    retried only if it failed because an internal service error occurred. Since 2018-06-04.
    """
    non_retryable_error: Final[int | None]
    """The number of training jobs that failed and can't be retried. A failed training job can't be
    retried if it failed because a client error occurred. Since 2018-06-04.
    """
    stopped: Final[int | None]
    """The number of training jobs launched by a hyperparameter tuning job that were manually stopped.
    Since 2018-06-04.
    """
    def __init__(
        self,
        *,
        completed: int | None = None,
        in_progress: int | None = None,
        retryable_error: int | None = None,
        non_retryable_error: int | None = None,
        stopped: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        completed: int | None = ...,
        in_progress: int | None = ...,
        retryable_error: int | None = ...,
        non_retryable_error: int | None = ...,
        stopped: int | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class TrainingJobStepMetadata(Shape):
    """The Amazon Resource Name (ARN) of the training job that was run by this step execution."""

    arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the training job that was run by this step execution. Since
    2020-12-01.
    """
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

class TrainingJobSummary(Shape):
    """Provides summary information about a training job."""

    training_job_name: Final[str | None]
    """The name of the training job that you want a summary for. Since 2017-11-29."""
    training_job_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the training job. Since 2017-11-29."""
    creation_time: Final[datetime | None]
    """A timestamp that shows when the training job was created. Since 2017-11-29."""
    training_end_time: Final[datetime | None]
    """A timestamp that shows when the training job ended. This field is set only if the training job
    has one of the terminal statuses ( Completed, Failed, or Stopped). Since 2017-11-29.
    """
    last_modified_time: Final[datetime | None]
    """Timestamp when the training job was last modified. Since 2017-11-29."""
    training_job_status: Final[TrainingJobStatus | None]
    """The status of the training job. Since 2017-11-29."""
    secondary_status: Final[SecondaryStatus | None]
    """The secondary status of the training job. Since 2024-10-31."""
    warm_pool_status: Final[WarmPoolStatus | None]
    """The status of the warm pool associated with the training job. Since 2022-09-29."""
    training_plan_arn: Final[str | None]
    """The Amazon Resource Name (ARN); of the training plan associated with this training job. Since
    2024-12-04.
    """
    def __init__(
        self,
        *,
        training_job_name: str | None = None,
        training_job_arn: str | None = None,
        creation_time: datetime | None = None,
        training_end_time: datetime | None = None,
        last_modified_time: datetime | None = None,
        training_job_status: TrainingJobStatus | TrainingJobStatusLiteral | None = None,
        secondary_status: SecondaryStatus | SecondaryStatusLiteral | None = None,
        warm_pool_status: WarmPoolStatus | None = None,
        training_plan_arn: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        training_job_name: str | None = ...,
        training_job_arn: str | None = ...,
        creation_time: datetime | None = ...,
        training_end_time: datetime | None = ...,
        last_modified_time: datetime | None = ...,
        training_job_status: TrainingJobStatus | TrainingJobStatusLiteral | None = ...,
        secondary_status: SecondaryStatus | SecondaryStatusLiteral | None = ...,
        warm_pool_status: WarmPoolStatus | None = ...,
        training_plan_arn: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class TrainingPlanExtension(Shape):
    """Details about an extension to a training plan, including the offering ID, dates, status, and
    cost information.
    """

    training_plan_extension_offering_id: Final[str | None]
    """The unique identifier of the extension offering that was used to create this extension. Since
    2026-03-11.
    """
    extended_at: Final[datetime | None]
    """The timestamp when the extension was created. Since 2026-03-11."""
    start_date: Final[datetime | None]
    """The start date of the extension period. Since 2026-03-11."""
    end_date: Final[datetime | None]
    """The end date of the extension period. Since 2026-03-11."""
    status: Final[str | None]
    """The current status of the extension (e.g., Pending, Active, Scheduled, Failed, Expired). Since
    2026-03-11.
    """
    payment_status: Final[str | None]
    """The payment processing status of the extension. Since 2026-03-11."""
    availability_zone: Final[str | None]
    """The Availability Zone of the extension. Since 2026-03-11."""
    availability_zone_id: Final[str | None]
    """The Availability Zone ID of the extension. Since 2026-03-11."""
    duration_hours: Final[int | None]
    """The duration of the extension in hours. Since 2026-03-11."""
    upfront_fee: Final[str | None]
    """The upfront fee for the extension. Since 2026-03-11."""
    currency_code: Final[str | None]
    """The currency code for the upfront fee (e.g., USD). Since 2026-03-11."""
    def __init__(
        self,
        *,
        training_plan_extension_offering_id: str | None = None,
        extended_at: datetime | None = None,
        start_date: datetime | None = None,
        end_date: datetime | None = None,
        status: str | None = None,
        payment_status: str | None = None,
        availability_zone: str | None = None,
        availability_zone_id: str | None = None,
        duration_hours: int | None = None,
        upfront_fee: str | None = None,
        currency_code: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        training_plan_extension_offering_id: str | None = ...,
        extended_at: datetime | None = ...,
        start_date: datetime | None = ...,
        end_date: datetime | None = ...,
        status: str | None = ...,
        payment_status: str | None = ...,
        availability_zone: str | None = ...,
        availability_zone_id: str | None = ...,
        duration_hours: int | None = ...,
        upfront_fee: str | None = ...,
        currency_code: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class TrainingPlanExtensionOffering(Shape):
    """Details about an available extension offering for a training plan. Use the offering ID with the
    ExtendTrainingPlan API to extend a training plan.
    """

    training_plan_extension_offering_id: Final[str | None]
    """The unique identifier for this extension offering. Since 2026-03-11."""
    availability_zone: Final[str | None]
    """The Availability Zone for this extension offering. Since 2026-03-11."""
    start_date: Final[datetime | None]
    """The start date of this extension offering. Since 2026-03-11."""
    end_date: Final[datetime | None]
    """The end date of this extension offering. Since 2026-03-11."""
    duration_hours: Final[int | None]
    """The duration of this extension offering in hours. Since 2026-03-11."""
    upfront_fee: Final[str | None]
    """The upfront fee for this extension offering. Since 2026-03-11."""
    currency_code: Final[str | None]
    """The currency code for the upfront fee (e.g., USD). Since 2026-03-11."""
    def __init__(
        self,
        *,
        training_plan_extension_offering_id: str | None = None,
        availability_zone: str | None = None,
        start_date: datetime | None = None,
        end_date: datetime | None = None,
        duration_hours: int | None = None,
        upfront_fee: str | None = None,
        currency_code: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        training_plan_extension_offering_id: str | None = ...,
        availability_zone: str | None = ...,
        start_date: datetime | None = ...,
        end_date: datetime | None = ...,
        duration_hours: int | None = ...,
        upfront_fee: str | None = ...,
        currency_code: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class TrainingPlanFilter(Shape):
    """A filter to apply when listing or searching for training plans."""

    name: Final[TrainingPlanFilterName]
    """The name of the filter field (e.g., Status, InstanceType). Since 2024-12-04."""
    value: Final[str]
    """The value to filter by for the specified field. Since 2024-12-04."""
    def __init__(
        self,
        *,
        name: TrainingPlanFilterName | TrainingPlanFilterNameLiteral,
        value: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        name: TrainingPlanFilterName | TrainingPlanFilterNameLiteral = ...,
        value: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class TrainingPlanOffering(Shape):
    """Details about a training plan offering."""

    training_plan_offering_id: Final[str | None]
    """The unique identifier for this training plan offering. Since 2024-12-04."""
    target_resources: Final[list[SageMakerResourceName | SageMakerResourceNameLiteral] | None]
    """The target resources (e.g., SageMaker Training Jobs, SageMaker HyperPod, SageMaker Endpoints,
    Studio apps) for this training plan offering. Since 2024-12-04.
    """
    requested_start_time_after: Final[datetime | None]
    """The requested start time that the user specified when searching for the training plan offering.
    Since 2024-12-04.
    """
    requested_end_time_before: Final[datetime | None]
    """The requested end time that the user specified when searching for the training plan offering.
    Since 2024-12-04.
    """
    duration_hours: Final[int | None]
    """The number of whole hours in the total duration for this training plan offering. Since
    2024-12-04.
    """
    duration_minutes: Final[int | None]
    """The additional minutes beyond whole hours in the total duration for this training plan offering.
    Since 2024-12-04.
    """
    upfront_fee: Final[str | None]
    """The upfront fee for this training plan offering. Since 2024-12-04."""
    currency_code: Final[str | None]
    """The currency code for the upfront fee (e.g., USD). Since 2024-12-04."""
    reserved_capacity_offerings: Final[list[ReservedCapacityOffering] | None]
    """A list of reserved capacity offerings associated with this training plan offering. Since
    2024-12-04.
    """
    def __init__(
        self,
        *,
        training_plan_offering_id: str | None = None,
        target_resources: list[SageMakerResourceName | SageMakerResourceNameLiteral] | None = None,
        requested_start_time_after: datetime | None = None,
        requested_end_time_before: datetime | None = None,
        duration_hours: int | None = None,
        duration_minutes: int | None = None,
        upfront_fee: str | None = None,
        currency_code: str | None = None,
        reserved_capacity_offerings: list[ReservedCapacityOffering] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        training_plan_offering_id: str | None = ...,
        target_resources: list[SageMakerResourceName | SageMakerResourceNameLiteral] | None = ...,
        requested_start_time_after: datetime | None = ...,
        requested_end_time_before: datetime | None = ...,
        duration_hours: int | None = ...,
        duration_minutes: int | None = ...,
        upfront_fee: str | None = ...,
        currency_code: str | None = ...,
        reserved_capacity_offerings: list[ReservedCapacityOffering] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class TrainingPlanSummary(Shape):
    """Details of the training plan."""

    training_plan_arn: Final[str | None]
    """The Amazon Resource Name (ARN); of the training plan. Since 2024-12-04."""
    training_plan_name: Final[str | None]
    """The name of the training plan. Since 2024-12-04."""
    status: Final[TrainingPlanStatus | None]
    """The current status of the training plan (e.g., Pending, Active, Expired). To see the complete
    list of status values available for a training plan, refer to the Status attribute within the
    TrainingPlanSummary object. Since 2024-12-04.
    """
    status_message: Final[str | None]
    """A message providing additional information about the current status of the training plan. Since
    2024-12-04.
    """
    duration_hours: Final[int | None]
    """The number of whole hours in the total duration for this training plan. Since 2024-12-04."""
    duration_minutes: Final[int | None]
    """The additional minutes beyond whole hours in the total duration for this training plan. Since
    2024-12-04.
    """
    start_time: Final[datetime | None]
    """The start time of the training plan. Since 2024-12-04."""
    end_time: Final[datetime | None]
    """The end time of the training plan. Since 2024-12-04."""
    upfront_fee: Final[str | None]
    """The upfront fee for the training plan. Since 2024-12-04."""
    currency_code: Final[str | None]
    """The currency code for the upfront fee (e.g., USD). Since 2024-12-04."""
    total_instance_count: Final[int | None]
    """The total number of instances reserved in this training plan. Since 2024-12-04."""
    available_instance_count: Final[int | None]
    """The number of instances currently available for use in this training plan. Since 2024-12-04.
    """
    in_use_instance_count: Final[int | None]
    """The number of instances currently in use from this training plan. Since 2024-12-04."""
    total_ultra_server_count: Final[int | None]
    """The total number of UltraServers allocated to this training plan. Since 2025-08-08."""
    target_resources: Final[list[SageMakerResourceName | SageMakerResourceNameLiteral] | None]
    """The target resources (e.g., training jobs, HyperPod clusters, Endpoints, Studio apps) that can
    use this training plan. Since 2024-12-04.
    """
    reserved_capacity_summaries: Final[list[ReservedCapacitySummary] | None]
    """A list of reserved capacities associated with this training plan, including details such as
    instance types, counts, and availability zones. Since 2024-12-04.
    """
    def __init__(
        self,
        *,
        training_plan_arn: str | None = None,
        training_plan_name: str | None = None,
        status: TrainingPlanStatus | TrainingPlanStatusLiteral | None = None,
        status_message: str | None = None,
        duration_hours: int | None = None,
        duration_minutes: int | None = None,
        start_time: datetime | None = None,
        end_time: datetime | None = None,
        upfront_fee: str | None = None,
        currency_code: str | None = None,
        total_instance_count: int | None = None,
        available_instance_count: int | None = None,
        in_use_instance_count: int | None = None,
        total_ultra_server_count: int | None = None,
        target_resources: list[SageMakerResourceName | SageMakerResourceNameLiteral] | None = None,
        reserved_capacity_summaries: list[ReservedCapacitySummary] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        training_plan_arn: str | None = ...,
        training_plan_name: str | None = ...,
        status: TrainingPlanStatus | TrainingPlanStatusLiteral | None = ...,
        status_message: str | None = ...,
        duration_hours: int | None = ...,
        duration_minutes: int | None = ...,
        start_time: datetime | None = ...,
        end_time: datetime | None = ...,
        upfront_fee: str | None = ...,
        currency_code: str | None = ...,
        total_instance_count: int | None = ...,
        available_instance_count: int | None = ...,
        in_use_instance_count: int | None = ...,
        total_ultra_server_count: int | None = ...,
        target_resources: list[SageMakerResourceName | SageMakerResourceNameLiteral] | None = ...,
        reserved_capacity_summaries: list[ReservedCapacitySummary] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class TrainingProgressInfo(Shape):
    """The Serverless training job progress information."""

    total_step_count_per_epoch: Final[int | None]
    """The total step count per epoch. Since 2025-12-03."""
    current_step: Final[int | None]
    """The current step number. Since 2025-12-03."""
    current_epoch: Final[int | None]
    """The current epoch number. Since 2025-12-03."""
    max_epoch: Final[int | None]
    """The maximum number of epochs for this job. Since 2025-12-03."""
    def __init__(
        self,
        *,
        total_step_count_per_epoch: int | None = None,
        current_step: int | None = None,
        current_epoch: int | None = None,
        max_epoch: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        total_step_count_per_epoch: int | None = ...,
        current_step: int | None = ...,
        current_epoch: int | None = ...,
        max_epoch: int | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class TrainingRepositoryAuthConfig(Shape):
    """An object containing authentication information for a private Docker registry containing your
    training images.
    """

    training_repository_credentials_provider_arn: Final[str]
    """The Amazon Resource Name (ARN) of an Amazon Web Services Lambda function used to give SageMaker
    access credentials to your private Docker registry. Since 2023-01-27.
    """
    def __init__(
        self,
        *,
        training_repository_credentials_provider_arn: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        training_repository_credentials_provider_arn: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class TrainingSpecification(Shape):
    """Specifies details about training jobs run by this algorithm, including the following:"""

    training_image: Final[str]
    """The Amazon ECR registry path of the Docker image that contains the training algorithm. Since
    2018-11-28.
    """
    training_image_digest: Final[str | None]
    """An MD5 hash of the training algorithm that identifies the Docker image used for training. Since
    2018-11-28.
    """
    supported_hyper_parameters: Final[list[HyperParameterSpecification] | None]
    """A list of the HyperParameterSpecification objects, that define the supported hyperparameters.
    This is required if the algorithm supports automatic model tuning.> Since 2018-11-28.
    """
    supported_training_instance_types: Final[list[TrainingInstanceType | TrainingInstanceTypeLiteral]]
    """A list of the instance types that this algorithm can use for training. Since 2018-11-28."""
    supports_distributed_training: Final[bool | None]
    """Indicates whether the algorithm supports distributed training. If set to false, buyers can't
    request more than one instance during training. Since 2018-11-28.
    """
    metric_definitions: Final[list[MetricDefinition] | None]
    """A list of MetricDefinition objects, which are used for parsing metrics generated by the
    algorithm. Since 2018-11-28.
    """
    training_channels: Final[list[ChannelSpecification]]
    """A list of ChannelSpecification objects, which specify the input sources to be used by the
    algorithm. Since 2018-11-28.
    """
    supported_tuning_job_objective_metrics: Final[list[HyperParameterTuningJobObjective] | None]
    """A list of the metrics that the algorithm emits that can be used as the objective metric in a
    hyperparameter tuning job. Since 2018-11-28.
    """
    additional_s3_data_source: Final[AdditionalS3DataSource | None]
    """The additional data source used during the training job. Since 2023-10-04."""
    def __init__(
        self,
        *,
        training_image: str,
        supported_training_instance_types: list[TrainingInstanceType | TrainingInstanceTypeLiteral],
        training_channels: list[ChannelSpecification],
        training_image_digest: str | None = None,
        supported_hyper_parameters: list[HyperParameterSpecification] | None = None,
        supports_distributed_training: bool | None = None,
        metric_definitions: list[MetricDefinition] | None = None,
        supported_tuning_job_objective_metrics: list[HyperParameterTuningJobObjective] | None = None,
        additional_s3_data_source: AdditionalS3DataSource | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        training_image: str = ...,
        training_image_digest: str | None = ...,
        supported_hyper_parameters: list[HyperParameterSpecification] | None = ...,
        supported_training_instance_types: list[TrainingInstanceType | TrainingInstanceTypeLiteral] = ...,
        supports_distributed_training: bool | None = ...,
        metric_definitions: list[MetricDefinition] | None = ...,
        training_channels: list[ChannelSpecification] = ...,
        supported_tuning_job_objective_metrics: list[HyperParameterTuningJobObjective] | None = ...,
        additional_s3_data_source: AdditionalS3DataSource | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class TransformDataSource(Shape):
    """Describes the location of the channel data, which is, the S3 location of the input data that the
    model can consume.
    """

    s3_data_source: Final[TransformS3DataSource]
    """The S3 location of the data source that is associated with a channel. Since 2018-07-17."""
    def __init__(
        self,
        *,
        s3_data_source: TransformS3DataSource,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        s3_data_source: TransformS3DataSource = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class TransformInput(Shape):
    """A description of the input source and the way the transform job consumes it."""

    data_source: Final[TransformDataSource]
    """Describes the location of the channel data, which is, the S3 location of the input data that the
    model can consume. Since 2018-07-17.
    """
    content_type: Final[str | None]
    """The multipurpose internet mail extension (MIME) type of the data. Amazon SageMaker uses the MIME
    type with each http call to transfer data to the transform job. Since 2018-07-17.
    """
    compression_type: Final[CompressionType | None]
    """If your transform data is compressed, specify the compression type. Amazon SageMaker
    automatically decompresses the data for the transform job accordingly. The default value is
    None. Since 2018-07-17.
    """
    split_type: Final[SplitType | None]
    """The method to use to split the transform job's data files into smaller batches. Splitting is
    necessary when the total size of each object is too large to fit in a single request. You can
    also use data splitting to improve performance by processing multiple concurrent mini-batches.
    The default value for SplitType is None, which indicates that input data files are not split,
    and request payloads contain the entire contents of an input object. Set the value of this
    parameter to Line to split records on a newline character boundary. SplitType also supports a
    number of record-oriented binary data formats. Currently, the supported record formats are:
    Since 2018-07-17.
    """
    def __init__(
        self,
        *,
        data_source: TransformDataSource,
        content_type: str | None = None,
        compression_type: CompressionType | CompressionTypeLiteral | None = None,
        split_type: SplitType | SplitTypeLiteral | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        data_source: TransformDataSource = ...,
        content_type: str | None = ...,
        compression_type: CompressionType | CompressionTypeLiteral | None = ...,
        split_type: SplitType | SplitTypeLiteral | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class TransformJob(Shape):
    """Information about a transform job that's the source of a trial component."""

    transform_job_name: Final[str | None]
    """The name of the transform job. Since 2020-07-24."""
    transform_job_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the transform job. Since 2020-07-24."""
    transform_job_status: Final[TransformJobStatus | None]
    """The status of the transform job. Since 2020-07-24."""
    failure_reason: Final[str | None]
    """If the transform job failed, the reason it failed. Since 2020-07-24."""
    model_name: Final[str | None]
    """The name of the model associated with the transform job. Since 2020-07-24."""
    max_concurrent_transforms: Final[int | None]
    """The maximum number of parallel requests that can be sent to each instance in a transform job. If
    MaxConcurrentTransforms is set to 0 or left unset, SageMaker checks the optional
    execution-parameters to determine the settings for your chosen algorithm. If the
    execution-parameters endpoint is not enabled, the default value is 1. For built-in algorithms,
    you don't need to set a value for MaxConcurrentTransforms. Since 2020-07-24.
    """
    model_client_config: Final[ModelClientConfig | None]
    """Configures the timeout and maximum number of retries for processing a transform job invocation.
    Since 2020-07-24.
    """
    max_payload_in_mb: Final[int | None]
    """The maximum allowed size of the payload, in MB. A payload is the data portion of a record
    (without metadata). The value in MaxPayloadInMB must be greater than, or equal to, the size of a
    single record. To estimate the size of a record in MB, divide the size of your dataset by the
    number of records. To ensure that the records fit within the maximum payload size, we recommend
    using a slightly larger value. The default value is 6 MB. For cases where the payload might be
    arbitrarily large and is transmitted using HTTP chunked encoding, set the value to 0. This
    feature works only in supported algorithms. Currently, SageMaker built-in algorithms do not
    support HTTP chunked encoding. Since 2020-07-24.
    """
    batch_strategy: Final[BatchStrategy | None]
    """Specifies the number of records to include in a mini-batch for an HTTP inference request. A
    record is a single unit of input data that inference can be made on. For example, a single line
    in a CSV file is a record. Since 2020-07-24.
    """
    environment: Final[dict[str, str] | None]
    """The environment variables to set in the Docker container. We support up to 16 key and values
    entries in the map. Since 2020-07-24.
    """
    transform_input: Final[TransformInput | None]
    """Describes the input source of a transform job and the way the transform job consumes it. Since
    2020-07-24.
    """
    transform_output: Final[TransformOutput | None]
    """Describes the results of a transform job. Since 2020-07-24."""
    transform_resources: Final[TransformResources | None]
    """Describes the resources, including ML instance types and ML instance count, to use for transform
    job. Since 2020-07-24.
    """
    creation_time: Final[datetime | None]
    """A timestamp that shows when the transform Job was created. Since 2020-07-24."""
    transform_start_time: Final[datetime | None]
    """Indicates when the transform job starts on ML instances. You are billed for the time interval
    between this time and the value of TransformEndTime. Since 2020-07-24.
    """
    transform_end_time: Final[datetime | None]
    """Indicates when the transform job has been completed, or has stopped or failed. You are billed
    for the time interval between this time and the value of TransformStartTime. Since 2020-07-24.
    """
    labeling_job_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the labeling job that created the transform job. Since
    2020-07-24.
    """
    auto_ml_job_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the AutoML job that created the transform job. Since
    2020-07-24.
    """
    data_processing: Final[DataProcessing | None]
    """The data structure used to specify the data to be used for inference in a batch transform job
    and to associate the data that is relevant to the prediction results in the output. The input
    filter provided allows you to exclude input data that is not needed for inference in a batch
    transform job. The output filter provided allows you to include input data relevant to
    interpreting the predictions in the output from the job. For more information, see Associate
    Prediction Results with their Corresponding Input Records. Since 2020-07-24.
    """
    experiment_config: Final[ExperimentConfig | None]
    """Associates a SageMaker job as a trial component with an experiment and trial. Specified when you
    call the following APIs:    CreateProcessingJob Since 2020-07-24.
    """
    tags: Final[list[Tag] | None]
    """A list of tags associated with the transform job. Since 2020-07-24."""
    data_capture_config: Final[BatchDataCaptureConfig | None]
    """Configuration to control how SageMaker captures inference data for batch transform jobs. Since
    2023-08-04. No change-log page shows it: taken from botocore's model.
    """
    def __init__(
        self,
        *,
        transform_job_name: str | None = None,
        transform_job_arn: str | None = None,
        transform_job_status: TransformJobStatus | TransformJobStatusLiteral | None = None,
        failure_reason: str | None = None,
        model_name: str | None = None,
        max_concurrent_transforms: int | None = None,
        model_client_config: ModelClientConfig | None = None,
        max_payload_in_mb: int | None = None,
        batch_strategy: BatchStrategy | BatchStrategyLiteral | None = None,
        environment: dict[str, str] | None = None,
        transform_input: TransformInput | None = None,
        transform_output: TransformOutput | None = None,
        transform_resources: TransformResources | None = None,
        creation_time: datetime | None = None,
        transform_start_time: datetime | None = None,
        transform_end_time: datetime | None = None,
        labeling_job_arn: str | None = None,
        auto_ml_job_arn: str | None = None,
        data_processing: DataProcessing | None = None,
        experiment_config: ExperimentConfig | None = None,
        tags: list[Tag] | None = None,
        data_capture_config: BatchDataCaptureConfig | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        transform_job_name: str | None = ...,
        transform_job_arn: str | None = ...,
        transform_job_status: TransformJobStatus | TransformJobStatusLiteral | None = ...,
        failure_reason: str | None = ...,
        model_name: str | None = ...,
        max_concurrent_transforms: int | None = ...,
        model_client_config: ModelClientConfig | None = ...,
        max_payload_in_mb: int | None = ...,
        batch_strategy: BatchStrategy | BatchStrategyLiteral | None = ...,
        environment: dict[str, str] | None = ...,
        transform_input: TransformInput | None = ...,
        transform_output: TransformOutput | None = ...,
        transform_resources: TransformResources | None = ...,
        creation_time: datetime | None = ...,
        transform_start_time: datetime | None = ...,
        transform_end_time: datetime | None = ...,
        labeling_job_arn: str | None = ...,
        auto_ml_job_arn: str | None = ...,
        data_processing: DataProcessing | None = ...,
        experiment_config: ExperimentConfig | None = ...,
        tags: list[Tag] | None = ...,
        data_capture_config: BatchDataCaptureConfig | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class TransformJobDefinition(Shape):
    """The TransformJobDefinition object that describes the transform job that SageMaker runs to
    validate your algorithm.
    """

    max_concurrent_transforms: Final[int | None]
    """The maximum number of parallel requests that can be sent to each instance in a transform job.
    The default value is 1. Since 2018-11-28.
    """
    max_payload_in_mb: Final[int | None]
    """The maximum payload size allowed, in MB. A payload is the data portion of a record (without
    metadata). Since 2018-11-28.
    """
    batch_strategy: Final[BatchStrategy | None]
    """A string that determines the number of records included in a single mini-batch. Since
    2018-11-28.
    """
    environment: Final[dict[str, str] | None]
    """The environment variables to set in the Docker container. We support up to 16 key and values
    entries in the map. Since 2018-11-28.
    """
    transform_input: Final[TransformInput]
    """A description of the input source and the way the transform job consumes it. Since 2018-11-28.
    """
    transform_output: Final[TransformOutput]
    """Identifies the Amazon S3 location where you want Amazon SageMaker to save the results from the
    transform job. Since 2018-11-28.
    """
    transform_resources: Final[TransformResources]
    """Identifies the ML compute instances for the transform job. Since 2018-11-28."""
    def __init__(
        self,
        *,
        transform_input: TransformInput,
        transform_output: TransformOutput,
        transform_resources: TransformResources,
        max_concurrent_transforms: int | None = None,
        max_payload_in_mb: int | None = None,
        batch_strategy: BatchStrategy | BatchStrategyLiteral | None = None,
        environment: dict[str, str] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        max_concurrent_transforms: int | None = ...,
        max_payload_in_mb: int | None = ...,
        batch_strategy: BatchStrategy | BatchStrategyLiteral | None = ...,
        environment: dict[str, str] | None = ...,
        transform_input: TransformInput = ...,
        transform_output: TransformOutput = ...,
        transform_resources: TransformResources = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class TransformJobStepMetadata(Shape):
    """The Amazon Resource Name (ARN) of the transform job that was run by this step execution."""

    arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the transform job that was run by this step execution. Since
    2020-12-01.
    """
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

class TransformJobSummary(Shape):
    """Provides a summary information for a transform job. Multiple TransformJobSummary objects are
    returned as a list after calling ListTransformJobs.
    """

    transform_job_name: Final[str | None]
    """The name of the transform job. Since 2018-07-17."""
    transform_job_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the transform job. Since 2018-07-17."""
    creation_time: Final[datetime | None]
    """A timestamp that shows when the transform Job was created. Since 2018-07-17."""
    transform_end_time: Final[datetime | None]
    """Indicates when the transform job ends on compute instances. For successful jobs and stopped
    jobs, this is the exact time recorded after the results are uploaded. For failed jobs, this is
    when Amazon SageMaker detected that the job failed. Since 2018-07-17.
    """
    last_modified_time: Final[datetime | None]
    """Indicates when the transform job was last modified. Since 2018-07-17."""
    transform_job_status: Final[TransformJobStatus | None]
    """The status of the transform job. Since 2018-07-17."""
    failure_reason: Final[str | None]
    """If the transform job failed, the reason it failed. Since 2018-07-17."""
    def __init__(
        self,
        *,
        transform_job_name: str | None = None,
        transform_job_arn: str | None = None,
        creation_time: datetime | None = None,
        transform_end_time: datetime | None = None,
        last_modified_time: datetime | None = None,
        transform_job_status: TransformJobStatus | TransformJobStatusLiteral | None = None,
        failure_reason: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        transform_job_name: str | None = ...,
        transform_job_arn: str | None = ...,
        creation_time: datetime | None = ...,
        transform_end_time: datetime | None = ...,
        last_modified_time: datetime | None = ...,
        transform_job_status: TransformJobStatus | TransformJobStatusLiteral | None = ...,
        failure_reason: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class TransformOutput(Shape):
    """Identifies the Amazon S3 location where you want Amazon SageMaker to save the results from the
    transform job.
    """

    s3_output_path: Final[str]
    """The Amazon S3 path where you want Amazon SageMaker to store the results of the transform job.
    For example, s3://bucket-name/key-name-prefix. Since 2018-07-17.
    """
    accept: Final[str | None]
    """The MIME type used to specify the output data. Amazon SageMaker uses the MIME type with each
    http call to transfer data from the transform job. Since 2018-07-17.
    """
    assemble_with: Final[AssemblyType | None]
    """Defines how to assemble the results of the transform job as a single S3 object. Choose a format
    that is most convenient to you. To concatenate the results in binary format, specify None. To
    add a newline character at the end of every transformed record, specify Line. Since 2018-07-17.
    """
    kms_key_id: Final[str | None]
    """The Amazon Web Services Key Management Service (Amazon Web Services KMS) key that Amazon
    SageMaker uses to encrypt the model artifacts at rest using Amazon S3 server-side encryption.
    The KmsKeyId can be any of the following formats: Since 2018-07-17.
    """
    def __init__(
        self,
        *,
        s3_output_path: str,
        accept: str | None = None,
        assemble_with: AssemblyType | AssemblyTypeLiteral | None = None,
        kms_key_id: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        s3_output_path: str = ...,
        accept: str | None = ...,
        assemble_with: AssemblyType | AssemblyTypeLiteral | None = ...,
        kms_key_id: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class TransformResources(Shape):
    """Identifies the ML compute instances for the transform job."""

    instance_type: Final[TransformInstanceType]
    """The ML compute instance type for the transform job. If you are using built-in algorithms to
    transform moderately sized datasets, we recommend using ml.m4.xlarge or ``ml.m5.large``instance
    types. Since 2018-07-17.
    """
    instance_count: Final[int]
    """The number of ML compute instances to use in the transform job. The default value is 1, and the
    maximum is 100. For distributed transform jobs, specify a value greater than 1. Since
    2018-07-17.
    """
    volume_kms_key_id: Final[str | None]
    """The Amazon Web Services Key Management Service (Amazon Web Services KMS) key that Amazon
    SageMaker uses to encrypt model data on the storage volume attached to the ML compute
    instance(s) that run the batch transform job. Since 2018-08-30.
    """
    transform_ami_version: Final[str | None]
    """Specifies an option from a collection of preconfigured Amazon Machine Image (AMI) images. Each
    image is configured by Amazon Web Services with a set of software and driver versions. Since
    2025-03-28.
    """
    def __init__(
        self,
        *,
        instance_type: TransformInstanceType | TransformInstanceTypeLiteral,
        instance_count: int,
        volume_kms_key_id: str | None = None,
        transform_ami_version: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        instance_type: TransformInstanceType | TransformInstanceTypeLiteral = ...,
        instance_count: int = ...,
        volume_kms_key_id: str | None = ...,
        transform_ami_version: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class TransformS3DataSource(Shape):
    """The S3 location of the data source that is associated with a channel."""

    s3_data_type: Final[S3DataType]
    """If you choose S3Prefix, S3Uri identifies a key name prefix. Amazon SageMaker uses all objects
    with the specified key name prefix for batch transform. Since 2018-07-17.
    """
    s3_uri: Final[str]
    """Depending on the value specified for the S3DataType, identifies either a key name prefix or a
    manifest. For example: Since 2018-07-17.
    """
    def __init__(
        self,
        *,
        s3_data_type: S3DataType | S3DataTypeLiteral,
        s3_uri: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        s3_data_type: S3DataType | S3DataTypeLiteral = ...,
        s3_uri: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class Trial(Shape):
    """The properties of a trial."""

    trial_name: Final[str | None]
    """The name of the trial. Since 2019-12-04."""
    trial_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the trial. Since 2019-12-04."""
    display_name: Final[str | None]
    """The name of the trial as displayed. If DisplayName isn't specified, TrialName is displayed.
    Since 2019-12-04.
    """
    experiment_name: Final[str | None]
    """The name of the experiment the trial is part of. Since 2019-12-04."""
    source: Final[TrialSource | None]
    """The source of the trial. Since 2019-12-04."""
    creation_time: Final[datetime | None]
    """When the trial was created. Since 2019-12-04."""
    created_by: Final[UserContext | None]
    """Who created the trial. Since 2019-12-04."""
    last_modified_time: Final[datetime | None]
    """Who last modified the trial. Since 2019-12-04."""
    last_modified_by: Final[UserContext | None]
    """Information about the user who created or modified a SageMaker resource. Since 2019-12-04."""
    metadata_properties: Final[MetadataProperties | None]
    """Metadata properties of the tracking entity, trial, or trial component. Since 2020-12-01."""
    tags: Final[list[Tag] | None]
    """The list of tags that are associated with the trial. You can use Search API to search on the
    tags. Since 2019-12-04.
    """
    trial_component_summaries: Final[list[TrialComponentSimpleSummary] | None]
    """A list of the components associated with the trial. For each component, a summary of the
    component's properties is included. Since 2019-12-04.
    """
    def __init__(
        self,
        *,
        trial_name: str | None = None,
        trial_arn: str | None = None,
        display_name: str | None = None,
        experiment_name: str | None = None,
        source: TrialSource | None = None,
        creation_time: datetime | None = None,
        created_by: UserContext | None = None,
        last_modified_time: datetime | None = None,
        last_modified_by: UserContext | None = None,
        metadata_properties: MetadataProperties | None = None,
        tags: list[Tag] | None = None,
        trial_component_summaries: list[TrialComponentSimpleSummary] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        trial_name: str | None = ...,
        trial_arn: str | None = ...,
        display_name: str | None = ...,
        experiment_name: str | None = ...,
        source: TrialSource | None = ...,
        creation_time: datetime | None = ...,
        created_by: UserContext | None = ...,
        last_modified_time: datetime | None = ...,
        last_modified_by: UserContext | None = ...,
        metadata_properties: MetadataProperties | None = ...,
        tags: list[Tag] | None = ...,
        trial_component_summaries: list[TrialComponentSimpleSummary] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class TrialComponent(Shape):
    """The properties of a trial component."""

    trial_component_name: Final[str | None]
    """The name of the trial component. Since 2019-12-04."""
    display_name: Final[str | None]
    """The name of the component as displayed. If DisplayName isn't specified, TrialComponentName is
    displayed. Since 2019-12-04.
    """
    trial_component_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the trial component. Since 2019-12-04."""
    source: Final[TrialComponentSource | None]
    """The Amazon Resource Name (ARN) and job type of the source of the component. Since 2019-12-04.
    """
    status: Final[TrialComponentStatus | None]
    """The status of the trial component. Since 2019-12-04."""
    start_time: Final[datetime | None]
    """When the component started. Since 2019-12-04."""
    end_time: Final[datetime | None]
    """When the component ended. Since 2019-12-04."""
    creation_time: Final[datetime | None]
    """When the component was created. Since 2019-12-04."""
    created_by: Final[UserContext | None]
    """Who created the trial component. Since 2019-12-04."""
    last_modified_time: Final[datetime | None]
    """When the component was last modified. Since 2019-12-04."""
    last_modified_by: Final[UserContext | None]
    """Information about the user who created or modified a SageMaker resource. Since 2019-12-04."""
    parameters: Final[dict[str, TrialComponentParameterValue] | None]
    """The hyperparameters of the component. Since 2019-12-04."""
    input_artifacts: Final[dict[str, TrialComponentArtifact] | None]
    """The input artifacts of the component. Since 2019-12-04."""
    output_artifacts: Final[dict[str, TrialComponentArtifact] | None]
    """The output artifacts of the component. Since 2019-12-04."""
    metrics: Final[list[TrialComponentMetricSummary] | None]
    """The metrics for the component. Since 2019-12-04."""
    metadata_properties: Final[MetadataProperties | None]
    """Metadata properties of the tracking entity, trial, or trial component. Since 2020-12-01."""
    source_detail: Final[TrialComponentSourceDetail | None]
    """Details of the source of the component. Since 2019-12-04."""
    lineage_group_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the lineage group resource. Since 2021-12-01."""
    tags: Final[list[Tag] | None]
    """The list of tags that are associated with the component. You can use Search API to search on the
    tags. Since 2019-12-04.
    """
    parents: Final[list[Parent] | None]
    """An array of the parents of the component. A parent is a trial the component is associated with
    and the experiment the trial is part of. A component might not have any parents. Since
    2019-12-04.
    """
    run_name: Final[str | None]
    """The name of the experiment run. Since 2022-11-30. No change-log page shows it: taken from
    botocore's model.
    """
    def __init__(
        self,
        *,
        trial_component_name: str | None = None,
        display_name: str | None = None,
        trial_component_arn: str | None = None,
        source: TrialComponentSource | None = None,
        status: TrialComponentStatus | None = None,
        start_time: datetime | None = None,
        end_time: datetime | None = None,
        creation_time: datetime | None = None,
        created_by: UserContext | None = None,
        last_modified_time: datetime | None = None,
        last_modified_by: UserContext | None = None,
        parameters: dict[str, TrialComponentParameterValue] | None = None,
        input_artifacts: dict[str, TrialComponentArtifact] | None = None,
        output_artifacts: dict[str, TrialComponentArtifact] | None = None,
        metrics: list[TrialComponentMetricSummary] | None = None,
        metadata_properties: MetadataProperties | None = None,
        source_detail: TrialComponentSourceDetail | None = None,
        lineage_group_arn: str | None = None,
        tags: list[Tag] | None = None,
        parents: list[Parent] | None = None,
        run_name: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        trial_component_name: str | None = ...,
        display_name: str | None = ...,
        trial_component_arn: str | None = ...,
        source: TrialComponentSource | None = ...,
        status: TrialComponentStatus | None = ...,
        start_time: datetime | None = ...,
        end_time: datetime | None = ...,
        creation_time: datetime | None = ...,
        created_by: UserContext | None = ...,
        last_modified_time: datetime | None = ...,
        last_modified_by: UserContext | None = ...,
        parameters: dict[str, TrialComponentParameterValue] | None = ...,
        input_artifacts: dict[str, TrialComponentArtifact] | None = ...,
        output_artifacts: dict[str, TrialComponentArtifact] | None = ...,
        metrics: list[TrialComponentMetricSummary] | None = ...,
        metadata_properties: MetadataProperties | None = ...,
        source_detail: TrialComponentSourceDetail | None = ...,
        lineage_group_arn: str | None = ...,
        tags: list[Tag] | None = ...,
        parents: list[Parent] | None = ...,
        run_name: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class TrialComponentArtifact(Shape):
    """Represents an input or output artifact of a trial component. You specify TrialComponentArtifact
    as part of the InputArtifacts and OutputArtifacts parameters in the CreateTrialComponent
    request.
    """

    media_type: Final[str | None]
    """The media type of the artifact, which indicates the type of data in the artifact file. The media
    type consists of a type and a subtype concatenated with a slash (/) character, for example,
    text/csv, image/jpeg, and s3/uri. The type specifies the category of the media. The subtype
    specifies the kind of data. Since 2019-12-04.
    """
    value: Final[str]
    """The location of the artifact. Since 2019-12-04."""
    def __init__(
        self,
        *,
        value: str,
        media_type: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        media_type: str | None = ...,
        value: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class TrialComponentMetricSummary(Shape):
    """A summary of the metrics of a trial component."""

    metric_name: Final[str | None]
    """The name of the metric. Since 2019-12-04."""
    source_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the source. Since 2019-12-04."""
    time_stamp: Final[datetime | None]
    """When the metric was last updated. Since 2019-12-04."""
    max: Final[float | None]
    """The maximum value of the metric. Since 2019-12-04."""
    min: Final[float | None]
    """The minimum value of the metric. Since 2019-12-04."""
    last: Final[float | None]
    """The most recent value of the metric. Since 2019-12-04."""
    count: Final[int | None]
    """The number of samples used to generate the metric. Since 2019-12-04."""
    avg: Final[float | None]
    """The average value of the metric. Since 2019-12-04."""
    std_dev: Final[float | None]
    """The standard deviation of the metric. Since 2019-12-04."""
    def __init__(
        self,
        *,
        metric_name: str | None = None,
        source_arn: str | None = None,
        time_stamp: datetime | None = None,
        max: float | None = None,
        min: float | None = None,
        last: float | None = None,
        count: int | None = None,
        avg: float | None = None,
        std_dev: float | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        metric_name: str | None = ...,
        source_arn: str | None = ...,
        time_stamp: datetime | None = ...,
        max: float | None = ...,
        min: float | None = ...,
        last: float | None = ...,
        count: int | None = ...,
        avg: float | None = ...,
        std_dev: float | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class TrialComponentParameterValue(Shape):
    """The value of a hyperparameter. Only one of NumberValue or StringValue can be specified."""

    string_value: Final[str | None]
    """The string value of a categorical hyperparameter. If you specify a value for this parameter, you
    can't specify the NumberValue parameter. Since 2019-12-04.
    """
    number_value: Final[float | None]
    """The numeric value of a numeric hyperparameter. If you specify a value for this parameter, you
    can't specify the StringValue parameter. Since 2019-12-04.
    """
    def __init__(
        self,
        *,
        string_value: str | None = None,
        number_value: float | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        string_value: str | None = ...,
        number_value: float | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class TrialComponentSimpleSummary(Shape):
    """A short summary of a trial component."""

    trial_component_name: Final[str | None]
    """The name of the trial component. Since 2019-12-04."""
    trial_component_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the trial component. Since 2019-12-04."""
    trial_component_source: Final[TrialComponentSource | None]
    """The Amazon Resource Name (ARN) and job type of the source of a trial component. Since
    2019-12-04.
    """
    creation_time: Final[datetime | None]
    """When the component was created. Since 2019-12-04."""
    created_by: Final[UserContext | None]
    """Information about the user who created or modified a SageMaker resource. Since 2019-12-04."""
    def __init__(
        self,
        *,
        trial_component_name: str | None = None,
        trial_component_arn: str | None = None,
        trial_component_source: TrialComponentSource | None = None,
        creation_time: datetime | None = None,
        created_by: UserContext | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        trial_component_name: str | None = ...,
        trial_component_arn: str | None = ...,
        trial_component_source: TrialComponentSource | None = ...,
        creation_time: datetime | None = ...,
        created_by: UserContext | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class TrialComponentSource(Shape):
    """The Amazon Resource Name (ARN) of the source and, optionally, the job type."""

    source_arn: Final[str | None]
    """The source Amazon Resource Name (ARN). Since 2019-12-04."""
    source_type: Final[str | None]
    """The source job type. Since 2019-12-04."""
    def __init__(
        self,
        *,
        source_arn: str | None = None,
        source_type: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        source_arn: str | None = ...,
        source_type: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class TrialComponentSourceDetail(Shape):
    """Details of the source of the component."""

    source_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the source. Since 2019-12-04."""
    training_job: Final[TrainingJob | None]
    """Information about a training job that's the source of a trial component. Since 2019-12-04."""
    processing_job: Final[ProcessingJob | None]
    """Information about a processing job that's the source of a trial component. Since 2020-04-16.
    """
    transform_job: Final[TransformJob | None]
    """Information about a transform job that's the source of a trial component. Since 2020-07-24.
    """
    def __init__(
        self,
        *,
        source_arn: str | None = None,
        training_job: TrainingJob | None = None,
        processing_job: ProcessingJob | None = None,
        transform_job: TransformJob | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        source_arn: str | None = ...,
        training_job: TrainingJob | None = ...,
        processing_job: ProcessingJob | None = ...,
        transform_job: TransformJob | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class TrialComponentStatus(Shape):
    """The status of the component. States include:"""

    primary_status: Final[TrialComponentPrimaryStatus | None]
    """The status of the trial component. Since 2019-12-04."""
    message: Final[str | None]
    """If the component failed, a message describing why. Since 2019-12-04."""
    def __init__(
        self,
        *,
        primary_status: TrialComponentPrimaryStatus | TrialComponentPrimaryStatusLiteral | None = None,
        message: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        primary_status: TrialComponentPrimaryStatus | TrialComponentPrimaryStatusLiteral | None = ...,
        message: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class TrialComponentSummary(Shape):
    """A summary of the properties of a trial component. To get all the properties, call the
    DescribeTrialComponent API and provide the TrialComponentName .
    """

    trial_component_name: Final[str | None]
    """The name of the trial component. Since 2019-12-04."""
    trial_component_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the trial component. Since 2019-12-04."""
    display_name: Final[str | None]
    """The name of the component as displayed. If DisplayName isn't specified, TrialComponentName is
    displayed. Since 2019-12-04.
    """
    trial_component_source: Final[TrialComponentSource | None]
    """The Amazon Resource Name (ARN) and job type of the source of a trial component. Since
    2019-12-04.
    """
    status: Final[TrialComponentStatus | None]
    """The status of the component. States include: Since 2019-12-04."""
    start_time: Final[datetime | None]
    """When the component started. Since 2019-12-04."""
    end_time: Final[datetime | None]
    """When the component ended. Since 2019-12-04."""
    creation_time: Final[datetime | None]
    """When the component was created. Since 2019-12-04."""
    created_by: Final[UserContext | None]
    """Who created the trial component. Since 2019-12-04."""
    last_modified_time: Final[datetime | None]
    """When the component was last modified. Since 2019-12-04."""
    last_modified_by: Final[UserContext | None]
    """Who last modified the component. Since 2019-12-04."""
    def __init__(
        self,
        *,
        trial_component_name: str | None = None,
        trial_component_arn: str | None = None,
        display_name: str | None = None,
        trial_component_source: TrialComponentSource | None = None,
        status: TrialComponentStatus | None = None,
        start_time: datetime | None = None,
        end_time: datetime | None = None,
        creation_time: datetime | None = None,
        created_by: UserContext | None = None,
        last_modified_time: datetime | None = None,
        last_modified_by: UserContext | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        trial_component_name: str | None = ...,
        trial_component_arn: str | None = ...,
        display_name: str | None = ...,
        trial_component_source: TrialComponentSource | None = ...,
        status: TrialComponentStatus | None = ...,
        start_time: datetime | None = ...,
        end_time: datetime | None = ...,
        creation_time: datetime | None = ...,
        created_by: UserContext | None = ...,
        last_modified_time: datetime | None = ...,
        last_modified_by: UserContext | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class TrialSource(Shape):
    """The Amazon Resource Name (ARN) of the source and, optionally, the job type."""

    source_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the source. Since 2019-12-04."""
    source_type: Final[str | None]
    """The source job type. Since 2019-12-04."""
    def __init__(
        self,
        *,
        source_arn: str | None = None,
        source_type: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        source_arn: str | None = ...,
        source_type: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class TrialSummary(Shape):
    """A summary of the properties of a trial. To get the complete set of properties, call the
    DescribeTrial API and provide the TrialName .
    """

    trial_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the trial. Since 2019-12-04."""
    trial_name: Final[str | None]
    """The name of the trial. Since 2019-12-04."""
    display_name: Final[str | None]
    """The name of the trial as displayed. If DisplayName isn't specified, TrialName is displayed.
    Since 2019-12-04.
    """
    trial_source: Final[TrialSource | None]
    """The source of the trial. Since 2019-12-04."""
    creation_time: Final[datetime | None]
    """When the trial was created. Since 2019-12-04."""
    last_modified_time: Final[datetime | None]
    """When the trial was last modified. Since 2019-12-04."""
    def __init__(
        self,
        *,
        trial_arn: str | None = None,
        trial_name: str | None = None,
        display_name: str | None = None,
        trial_source: TrialSource | None = None,
        creation_time: datetime | None = None,
        last_modified_time: datetime | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        trial_arn: str | None = ...,
        trial_name: str | None = ...,
        display_name: str | None = ...,
        trial_source: TrialSource | None = ...,
        creation_time: datetime | None = ...,
        last_modified_time: datetime | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class TrustedIdentityPropagationSettings(Shape):
    """The Trusted Identity Propagation (TIP) settings for the SageMaker domain. These settings
    determine how user identities from IAM Identity Center are propagated through the domain to TIP
    enabled Amazon Web Services services.
    """

    status: Final[FeatureStatus]
    """The status of Trusted Identity Propagation (TIP) at the SageMaker domain level. Since
    2025-08-12.
    """
    def __init__(
        self,
        *,
        status: FeatureStatus | FeatureStatusLiteral,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        status: FeatureStatus | FeatureStatusLiteral = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class TtlDuration(Shape):
    """Time to live duration, where the record is hard deleted after the expiration time is reached;
    ExpiresAt = EventTime + TtlDuration . For information on HardDelete, see the DeleteRecord API in
    the Amazon SageMaker API Reference guide.
    """

    unit: Final[TtlDurationUnit | None]
    """TtlDuration time unit. Since 2023-06-27."""
    value: Final[int | None]
    """TtlDuration time value. Since 2023-06-27."""
    def __init__(
        self,
        *,
        unit: TtlDurationUnit | TtlDurationUnitLiteral | None = None,
        value: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        unit: TtlDurationUnit | TtlDurationUnitLiteral | None = ...,
        value: int | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class TuningJobCompletionCriteria(Shape):
    """The tuning job's completion criteria."""

    target_objective_metric_value: Final[float | None]
    """The value of the objective metric. Since 2019-12-04."""
    best_objective_not_improving: Final[BestObjectiveNotImproving | None]
    """A flag to stop your hyperparameter tuning job if model performance fails to improve as evaluated
    against an objective function. Since 2023-01-31.
    """
    convergence_detected: Final[ConvergenceDetected | None]
    """A flag to top your hyperparameter tuning job if automatic model tuning (AMT) has detected that
    your model has converged as evaluated against your objective function. Since 2023-01-31.
    """
    def __init__(
        self,
        *,
        target_objective_metric_value: float | None = None,
        best_objective_not_improving: BestObjectiveNotImproving | None = None,
        convergence_detected: ConvergenceDetected | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        target_objective_metric_value: float | None = ...,
        best_objective_not_improving: BestObjectiveNotImproving | None = ...,
        convergence_detected: ConvergenceDetected | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class TuningJobStepMetaData(Shape):
    """The Amazon Resource Name (ARN) of the tuning job that was run by this step execution."""

    arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the tuning job that was run by this step execution. Since
    2021-07-09.
    """
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
