# Generated stub. Do not edit.
# Every shape whose name starts with "H", as type checkers see it. At run time each
# class lives in the module of its first two words (``__module__``); this stub-only module
# groups them because a few dozen stub files type-check much faster than hundreds.
from collections.abc import Mapping
from datetime import datetime
from typing import Any, Final

from typing_extensions import Self

from smtyped._base import Shape
from smtyped._generated.enums._a import AwsManagedHumanLoopRequestSource, AwsManagedHumanLoopRequestSourceLiteral
from smtyped._generated.enums._h import (
    HubContentStatus,
    HubContentStatusLiteral,
    HubContentSupportStatus,
    HubContentSupportStatusLiteral,
    HubContentType,
    HubContentTypeLiteral,
    HubStatus,
    HubStatusLiteral,
    HyperParameterTuningAllocationStrategy,
    HyperParameterTuningAllocationStrategyLiteral,
    HyperParameterTuningJobObjectiveType,
    HyperParameterTuningJobObjectiveTypeLiteral,
    HyperParameterTuningJobStatus,
    HyperParameterTuningJobStatusLiteral,
    HyperParameterTuningJobStrategyType,
    HyperParameterTuningJobStrategyTypeLiteral,
    HyperParameterTuningJobWarmStartType,
    HyperParameterTuningJobWarmStartTypeLiteral,
)
from smtyped._generated.enums._o import ObjectiveStatus, ObjectiveStatusLiteral
from smtyped._generated.enums._p import ParameterType, ParameterTypeLiteral
from smtyped._generated.enums._s import SageMakerImageName, SageMakerImageNameLiteral
from smtyped._generated.enums._t import (
    TrainingInputMode,
    TrainingInputModeLiteral,
    TrainingInstanceType,
    TrainingInstanceTypeLiteral,
    TrainingJobEarlyStoppingType,
    TrainingJobEarlyStoppingTypeLiteral,
    TrainingJobStatus,
    TrainingJobStatusLiteral,
)
from smtyped._generated.shapes._a import AnnotationConsolidationConfig
from smtyped._generated.shapes._c import Channel, CheckpointConfig
from smtyped._generated.shapes._f import FinalHyperParameterTuningJobObjectiveMetric
from smtyped._generated.shapes._m import MetricDefinition
from smtyped._generated.shapes._o import ObjectiveStatusCounters, OutputDataConfig
from smtyped._generated.shapes._p import (
    ParameterRange,
    ParameterRanges,
    ParentHyperParameterTuningJob,
    PublicWorkforceTaskPrice,
)
from smtyped._generated.shapes._r import ResourceConfig, ResourceLimits, RetryStrategy
from smtyped._generated.shapes._s import StoppingCondition
from smtyped._generated.shapes._t import Tag, TrainingJobStatusCounters, TuningJobCompletionCriteria
from smtyped._generated.shapes._u import UiConfig
from smtyped._generated.shapes._v import VpcConfig

class HiddenSageMakerImage(Shape):
    """The SageMaker images that are hidden from the Studio user interface. You must specify the
    SageMaker image name and version aliases.
    """

    sage_maker_image_name: Final[SageMakerImageName | None]
    """The SageMaker image name that you are hiding from the Studio user interface. Since 2024-09-24.
    """
    version_aliases: Final[list[str] | None]
    """The version aliases you are hiding from the Studio user interface. Since 2024-09-24."""
    def __init__(
        self,
        *,
        sage_maker_image_name: SageMakerImageName | SageMakerImageNameLiteral | None = None,
        version_aliases: list[str] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        sage_maker_image_name: SageMakerImageName | SageMakerImageNameLiteral | None = ...,
        version_aliases: list[str] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class HolidayConfigAttributes(Shape):
    """Stores the holiday featurization attributes applicable to each item of time-series datasets
    during the training of a forecasting model. This allows the model to identify patterns
    associated with specific holidays.
    """

    country_code: Final[str | None]
    """The country code for the holiday calendar. Since 2023-09-08."""
    def __init__(
        self,
        *,
        country_code: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        country_code: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class HubAccessConfig(Shape):
    """The configuration for a private hub model reference that points to a SageMaker JumpStart public
    hub model.
    """

    hub_content_arn: Final[str]
    """The ARN of your private model hub content. This should be a ModelReference resource type that
    points to a SageMaker JumpStart public hub model. Since 2025-02-27.
    """
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

class HubContentDependency(Shape):
    """Any dependencies related to hub content, such as scripts, model artifacts, datasets, or
    notebooks.
    """

    dependency_origin_path: Final[str | None]
    """The hub content dependency origin path. Since 2022-11-30."""
    dependency_copy_path: Final[str | None]
    """The hub content dependency copy path. Since 2022-11-30."""
    def __init__(
        self,
        *,
        dependency_origin_path: str | None = None,
        dependency_copy_path: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        dependency_origin_path: str | None = ...,
        dependency_copy_path: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class HubContentInfo(Shape):
    """Information about hub content."""

    hub_content_name: Final[str | None]
    """The name of the hub content. Since 2022-11-30."""
    hub_content_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the hub content. Since 2022-11-30."""
    sage_maker_public_hub_content_arn: Final[str | None]
    """The ARN of the public hub content. Since 2024-06-20."""
    hub_content_version: Final[str | None]
    """The version of the hub content. Since 2022-11-30."""
    hub_content_type: Final[HubContentType | None]
    """The type of hub content. Since 2022-11-30."""
    document_schema_version: Final[str | None]
    """The version of the hub content document schema. Since 2022-11-30."""
    hub_content_display_name: Final[str | None]
    """The display name of the hub content. Since 2022-11-30."""
    hub_content_description: Final[str | None]
    """A description of the hub content. Since 2022-11-30."""
    support_status: Final[HubContentSupportStatus | None]
    """The support status of the hub content. Since 2024-06-20."""
    hub_content_search_keywords: Final[list[str] | None]
    """The searchable keywords for the hub content. Since 2022-11-30."""
    hub_content_status: Final[HubContentStatus | None]
    """The status of the hub content. Since 2022-11-30."""
    creation_time: Final[datetime | None]
    """The date and time that the hub content was created. Since 2022-11-30."""
    original_creation_time: Final[datetime | None]
    """The date and time when the hub content was originally created, before any updates or revisions.
    Since 2024-06-20.
    """
    def __init__(
        self,
        *,
        hub_content_name: str | None = None,
        hub_content_arn: str | None = None,
        sage_maker_public_hub_content_arn: str | None = None,
        hub_content_version: str | None = None,
        hub_content_type: HubContentType | HubContentTypeLiteral | None = None,
        document_schema_version: str | None = None,
        hub_content_display_name: str | None = None,
        hub_content_description: str | None = None,
        support_status: HubContentSupportStatus | HubContentSupportStatusLiteral | None = None,
        hub_content_search_keywords: list[str] | None = None,
        hub_content_status: HubContentStatus | HubContentStatusLiteral | None = None,
        creation_time: datetime | None = None,
        original_creation_time: datetime | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        hub_content_name: str | None = ...,
        hub_content_arn: str | None = ...,
        sage_maker_public_hub_content_arn: str | None = ...,
        hub_content_version: str | None = ...,
        hub_content_type: HubContentType | HubContentTypeLiteral | None = ...,
        document_schema_version: str | None = ...,
        hub_content_display_name: str | None = ...,
        hub_content_description: str | None = ...,
        support_status: HubContentSupportStatus | HubContentSupportStatusLiteral | None = ...,
        hub_content_search_keywords: list[str] | None = ...,
        hub_content_status: HubContentStatus | HubContentStatusLiteral | None = ...,
        creation_time: datetime | None = ...,
        original_creation_time: datetime | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class HubInfo(Shape):
    """Information about a hub."""

    hub_name: Final[str | None]
    """The name of the hub. Since 2022-11-30."""
    hub_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the hub. Since 2022-11-30."""
    hub_display_name: Final[str | None]
    """The display name of the hub. Since 2022-11-30."""
    hub_description: Final[str | None]
    """A description of the hub. Since 2022-11-30."""
    hub_search_keywords: Final[list[str] | None]
    """The searchable keywords for the hub. Since 2022-11-30."""
    hub_status: Final[HubStatus | None]
    """The status of the hub. Since 2022-11-30."""
    creation_time: Final[datetime | None]
    """The date and time that the hub was created. Since 2022-11-30."""
    last_modified_time: Final[datetime | None]
    """The date and time that the hub was last modified. Since 2022-11-30."""
    def __init__(
        self,
        *,
        hub_name: str | None = None,
        hub_arn: str | None = None,
        hub_display_name: str | None = None,
        hub_description: str | None = None,
        hub_search_keywords: list[str] | None = None,
        hub_status: HubStatus | HubStatusLiteral | None = None,
        creation_time: datetime | None = None,
        last_modified_time: datetime | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        hub_name: str | None = ...,
        hub_arn: str | None = ...,
        hub_display_name: str | None = ...,
        hub_description: str | None = ...,
        hub_search_keywords: list[str] | None = ...,
        hub_status: HubStatus | HubStatusLiteral | None = ...,
        creation_time: datetime | None = ...,
        last_modified_time: datetime | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class HubS3StorageConfig(Shape):
    """The Amazon S3 storage configuration for the hub."""

    s3_output_path: Final[str | None]
    """The Amazon S3 output path for the hub. Since 2022-11-30."""
    def __init__(
        self,
        *,
        s3_output_path: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        s3_output_path: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class HumanLoopActivationConditionsConfig(Shape):
    """Container structure for defining under what conditions SageMaker creates a human loop."""

    human_loop_activation_conditions: Final[str]
    """JSON expressing use-case specific conditions declaratively. If any condition is matched, atomic
    tasks are created against the configured work team. The set of conditions is different for
    Rekognition and Textract. For more information about how to structure the JSON, see JSON Schema
    for Human Loop Activation Conditions in Amazon Augmented AI in the Amazon SageMaker Developer
    Guide . Since 2019-12-04.
    """
    def __init__(
        self,
        *,
        human_loop_activation_conditions: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        human_loop_activation_conditions: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class HumanLoopActivationConfig(Shape):
    """An object containing information about the events that trigger a human workflow."""

    human_loop_activation_conditions_config: Final[HumanLoopActivationConditionsConfig]
    """Container structure for defining under what conditions SageMaker creates a human loop. Since
    2019-12-04.
    """
    def __init__(
        self,
        *,
        human_loop_activation_conditions_config: HumanLoopActivationConditionsConfig,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        human_loop_activation_conditions_config: HumanLoopActivationConditionsConfig = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class HumanLoopConfig(Shape):
    """An object containing information about the tasks the human reviewers will perform."""

    workteam_arn: Final[str]
    """Amazon Resource Name (ARN) of a team of workers. To learn more about the types of workforces and
    work teams you can create and use with Amazon A2I, see Create and Manage Workforces. Since
    2019-12-04.
    """
    human_task_ui_arn: Final[str]
    """The Amazon Resource Name (ARN) of the human task user interface. Since 2019-12-04."""
    task_title: Final[str]
    """A title for the human worker task. Since 2019-12-04."""
    task_description: Final[str]
    """A description for the human worker task. Since 2019-12-04."""
    task_count: Final[int]
    """The number of distinct workers who will perform the same task on each object. For example, if
    TaskCount is set to 3 for an image classification labeling job, three workers will classify each
    input image. Increasing TaskCount can improve label accuracy. Since 2019-12-04.
    """
    task_availability_lifetime_in_seconds: Final[int | None]
    """The length of time that a task remains available for review by human workers. Since 2019-12-04.
    """
    task_time_limit_in_seconds: Final[int | None]
    """The amount of time that a worker has to complete a task. The default value is 3,600 seconds (1
    hour). Since 2019-12-04.
    """
    task_keywords: Final[list[str] | None]
    """Keywords used to describe the task so that workers can discover the task. Since 2019-12-04.
    """
    public_workforce_task_price: Final[PublicWorkforceTaskPrice | None]
    """Defines the amount of money paid to an Amazon Mechanical Turk worker for each task performed.
    Since 2019-12-04.
    """
    def __init__(
        self,
        *,
        workteam_arn: str,
        human_task_ui_arn: str,
        task_title: str,
        task_description: str,
        task_count: int,
        task_availability_lifetime_in_seconds: int | None = None,
        task_time_limit_in_seconds: int | None = None,
        task_keywords: list[str] | None = None,
        public_workforce_task_price: PublicWorkforceTaskPrice | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        workteam_arn: str = ...,
        human_task_ui_arn: str = ...,
        task_title: str = ...,
        task_description: str = ...,
        task_count: int = ...,
        task_availability_lifetime_in_seconds: int | None = ...,
        task_time_limit_in_seconds: int | None = ...,
        task_keywords: list[str] | None = ...,
        public_workforce_task_price: PublicWorkforceTaskPrice | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class HumanLoopRequestSource(Shape):
    """Container for configuring the source of human task requests. Use to specify if Amazon
    Rekognition or Amazon Textract is used as an integration source.
    """

    aws_managed_human_loop_request_source: Final[AwsManagedHumanLoopRequestSource]
    """Specifies whether Amazon Rekognition or Amazon Textract are used as the integration source. The
    default field settings and JSON parsing rules are different based on the integration source.
    Valid values: Since 2020-03-26.
    """
    def __init__(
        self,
        *,
        aws_managed_human_loop_request_source: AwsManagedHumanLoopRequestSource
        | AwsManagedHumanLoopRequestSourceLiteral,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        aws_managed_human_loop_request_source: AwsManagedHumanLoopRequestSource
        | AwsManagedHumanLoopRequestSourceLiteral = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class HumanTaskConfig(Shape):
    """Configures the labeling task and how it is presented to workers; including, but not limited to
    price, keywords, and batch size (task count).
    """

    workteam_arn: Final[str]
    """The Amazon Resource Name (ARN) of the work team assigned to complete the tasks. Since
    2018-11-28.
    """
    ui_config: Final[UiConfig]
    """Information about the user interface that workers use to complete the labeling task. Since
    2018-11-28.
    """
    pre_human_task_lambda_arn: Final[str]
    """The Amazon Resource Name (ARN) of a Lambda function that is run before a data object is sent to
    a human worker. Use this function to provide input to a custom labeling job. Since 2018-11-28.
    """
    task_keywords: Final[list[str] | None]
    """Keywords used to describe the task so that workers on Amazon Mechanical Turk can discover the
    task. Since 2018-11-28.
    """
    task_title: Final[str]
    """A title for the task for your human workers. Since 2018-11-28."""
    task_description: Final[str]
    """A description of the task for your human workers. Since 2018-11-28."""
    number_of_human_workers_per_data_object: Final[int]
    """The number of human workers that will label an object. Since 2018-11-28."""
    task_time_limit_in_seconds: Final[int]
    """The amount of time that a worker has to complete a task. Since 2018-11-28."""
    task_availability_lifetime_in_seconds: Final[int | None]
    """The length of time that a task remains available for labeling by human workers. The default and
    maximum values for this parameter depend on the type of workforce you use. Since 2018-11-28.
    """
    max_concurrent_task_count: Final[int | None]
    """Defines the maximum number of data objects that can be labeled by human workers at the same
    time. Also referred to as batch size. Each object may have more than one worker at one time. The
    default value is 1000 objects. Since 2018-11-28.
    """
    annotation_consolidation_config: Final[AnnotationConsolidationConfig]
    """Configures how labels are consolidated across human workers. Since 2018-11-28."""
    public_workforce_task_price: Final[PublicWorkforceTaskPrice | None]
    """The price that you pay for each task performed by an Amazon Mechanical Turk worker. Since
    2018-11-28.
    """
    def __init__(
        self,
        *,
        workteam_arn: str,
        ui_config: UiConfig,
        pre_human_task_lambda_arn: str,
        task_title: str,
        task_description: str,
        number_of_human_workers_per_data_object: int,
        task_time_limit_in_seconds: int,
        annotation_consolidation_config: AnnotationConsolidationConfig,
        task_keywords: list[str] | None = None,
        task_availability_lifetime_in_seconds: int | None = None,
        max_concurrent_task_count: int | None = None,
        public_workforce_task_price: PublicWorkforceTaskPrice | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        workteam_arn: str = ...,
        ui_config: UiConfig = ...,
        pre_human_task_lambda_arn: str = ...,
        task_keywords: list[str] | None = ...,
        task_title: str = ...,
        task_description: str = ...,
        number_of_human_workers_per_data_object: int = ...,
        task_time_limit_in_seconds: int = ...,
        task_availability_lifetime_in_seconds: int | None = ...,
        max_concurrent_task_count: int | None = ...,
        annotation_consolidation_config: AnnotationConsolidationConfig = ...,
        public_workforce_task_price: PublicWorkforceTaskPrice | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class HumanTaskUiSummary(Shape):
    """Container for human task user interface information."""

    human_task_ui_name: Final[str | None]
    """The name of the human task user interface. Since 2019-12-04."""
    human_task_ui_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the human task user interface. Since 2019-12-04."""
    creation_time: Final[datetime | None]
    """A timestamp when SageMaker created the human task user interface. Since 2019-12-04."""
    def __init__(
        self,
        *,
        human_task_ui_name: str | None = None,
        human_task_ui_arn: str | None = None,
        creation_time: datetime | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        human_task_ui_name: str | None = ...,
        human_task_ui_arn: str | None = ...,
        creation_time: datetime | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class HyperParameterAlgorithmSpecification(Shape):
    """The HyperParameterAlgorithmSpecification object that specifies the resource algorithm to use for
    the training jobs that the tuning job launches.
    """

    training_image: Final[str | None]
    """The registry path of the Docker image that contains the training algorithm. For information
    about Docker registry paths for built-in algorithms, see Algorithms Provided by Amazon
    SageMaker: Common Parameters. SageMaker supports both registry/repository[:tag] and
    registry/repository[@digest] image path formats. For more information, see Using Your Own
    Algorithms with Amazon SageMaker. Since 2018-06-04.
    """
    training_input_mode: Final[TrainingInputMode]
    """The training input mode that the algorithm supports. For more information about input modes, see
    Algorithms. Since 2018-06-04.
    """
    algorithm_name: Final[str | None]
    """The name of the resource algorithm to use for the hyperparameter tuning job. If you specify a
    value for this parameter, do not specify a value for TrainingImage. Since 2018-11-28.
    """
    metric_definitions: Final[list[MetricDefinition] | None]
    """An array of MetricDefinition objects that specify the metrics that the algorithm emits. Since
    2018-06-04.
    """
    def __init__(
        self,
        *,
        training_input_mode: TrainingInputMode | TrainingInputModeLiteral,
        training_image: str | None = None,
        algorithm_name: str | None = None,
        metric_definitions: list[MetricDefinition] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        training_image: str | None = ...,
        training_input_mode: TrainingInputMode | TrainingInputModeLiteral = ...,
        algorithm_name: str | None = ...,
        metric_definitions: list[MetricDefinition] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class HyperParameterSpecification(Shape):
    """Defines a hyperparameter to be used by an algorithm."""

    name: Final[str]
    """The name of this hyperparameter. The name must be unique. Since 2018-11-28."""
    description: Final[str | None]
    """A brief description of the hyperparameter. Since 2018-11-28."""
    type: Final[ParameterType]
    """The type of this hyperparameter. The valid types are Integer, Continuous, Categorical, and
    FreeText. Since 2018-11-28.
    """
    range: Final[ParameterRange | None]
    """The allowed range for this hyperparameter. Since 2018-11-28."""
    is_tunable: Final[bool | None]
    """Indicates whether this hyperparameter is tunable in a hyperparameter tuning job. Since
    2018-11-28.
    """
    is_required: Final[bool | None]
    """Indicates whether this hyperparameter is required. Since 2018-11-28."""
    default_value: Final[str | None]
    """The default value for this hyperparameter. If a default value is specified, a hyperparameter
    cannot be required. Since 2018-11-28.
    """
    def __init__(
        self,
        *,
        name: str,
        type: ParameterType | ParameterTypeLiteral,
        description: str | None = None,
        range: ParameterRange | None = None,
        is_tunable: bool | None = None,
        is_required: bool | None = None,
        default_value: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        name: str = ...,
        description: str | None = ...,
        type: ParameterType | ParameterTypeLiteral = ...,
        range: ParameterRange | None = ...,
        is_tunable: bool | None = ...,
        is_required: bool | None = ...,
        default_value: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class HyperParameterTrainingJobDefinition(Shape):
    """The HyperParameterTrainingJobDefinition object that describes the training jobs that this tuning
    job launches, including static hyperparameters, input data configuration, output data
    configuration, resource configuration, and stopping condition.
    """

    definition_name: Final[str | None]
    """The job definition name. Since 2019-12-04."""
    tuning_objective: Final[HyperParameterTuningJobObjective | None]
    """Defines the objective metric for a hyperparameter tuning job. Hyperparameter tuning uses the
    value of this metric to evaluate the training jobs it launches, and returns the training job
    that results in either the highest or lowest value for this metric, depending on the value you
    specify for the Type parameter. If you want to define a custom objective metric, see Define
    metrics and environment variables. Since 2019-12-04.
    """
    hyper_parameter_ranges: Final[ParameterRanges | None]
    """Specifies ranges of integer, continuous, and categorical hyperparameters that a hyperparameter
    tuning job searches. The hyperparameter tuning job launches training jobs with hyperparameter
    values within these ranges to find the combination of values that result in the training job
    with the best performance as measured by the objective metric of the hyperparameter tuning job.
    Since 2019-12-04.
    """
    static_hyper_parameters: Final[dict[str, str] | None]
    """Specifies the values of hyperparameters that do not change for the tuning job. Since 2018-06-04.
    """
    algorithm_specification: Final[HyperParameterAlgorithmSpecification]
    """The HyperParameterAlgorithmSpecification object that specifies the resource algorithm to use for
    the training jobs that the tuning job launches. Since 2018-06-04.
    """
    role_arn: Final[str]
    """The Amazon Resource Name (ARN) of the IAM role associated with the training jobs that the tuning
    job launches. Since 2018-06-04.
    """
    input_data_config: Final[list[Channel] | None]
    """An array of Channel objects that specify the input for the training jobs that the tuning job
    launches. Since 2018-06-04.
    """
    vpc_config: Final[VpcConfig | None]
    """The VpcConfig object that specifies the VPC that you want the training jobs that this
    hyperparameter tuning job launches to connect to. Control access to and from your training
    container by configuring the VPC. For more information, see Protect Training Jobs by Using an
    Amazon Virtual Private Cloud. Since 2018-06-04.
    """
    output_data_config: Final[OutputDataConfig]
    """Specifies the path to the Amazon S3 bucket where you store model artifacts from the training
    jobs that the tuning job launches. Since 2018-06-04.
    """
    resource_config: Final[ResourceConfig | None]
    """The resources, including the compute instances and storage volumes, to use for the training jobs
    that the tuning job launches. Since 2018-06-04.
    """
    hyper_parameter_tuning_resource_config: Final[HyperParameterTuningResourceConfig | None]
    """The configuration for the hyperparameter tuning resources, including the compute instances and
    storage volumes, used for training jobs launched by the tuning job. By default, storage volumes
    hold model artifacts and incremental states. Choose File for TrainingInputMode in the
    AlgorithmSpecification parameter to additionally store training data in the storage volume
    (optional). Since 2022-08-09.
    """
    stopping_condition: Final[StoppingCondition]
    """Specifies a limit to how long a model hyperparameter training job can run. It also specifies how
    long a managed spot training job has to complete. When the job reaches the time limit, SageMaker
    ends the training job. Use this API to cap model training costs. Since 2018-06-04.
    """
    enable_network_isolation: Final[bool | None]
    """Isolates the training container. No inbound or outbound network calls can be made, except for
    calls between peers within a training cluster for distributed training. If network isolation is
    used for training jobs that are configured to use a VPC, SageMaker downloads and uploads
    customer data and model artifacts through the specified VPC, but the training container does not
    have network access. Since 2018-11-28.
    """
    enable_inter_container_traffic_encryption: Final[bool | None]
    """To encrypt all communications between ML compute instances in distributed training, choose True.
    Encryption provides greater security for distributed training, but training might take longer.
    How long it takes depends on the amount of communication between compute instances, especially
    if you use a deep learning algorithm in distributed training. Since 2019-01-10.
    """
    enable_managed_spot_training: Final[bool | None]
    """A Boolean indicating whether managed spot training is enabled ( True) or not ( False). Since
    2019-08-20.
    """
    checkpoint_config: Final[CheckpointConfig | None]
    """Contains information about the output location for managed spot training checkpoint data. Since
    2019-08-20.
    """
    retry_strategy: Final[RetryStrategy | None]
    """The number of times to retry the job when the job fails due to an InternalServerError. Since
    2021-05-04.
    """
    environment: Final[dict[str, str] | None]
    """An environment variable that you can pass into the SageMaker CreateTrainingJob API. You can use
    an existing environment variable from the training container or use your own. See Define metrics
    and variables for more information. Since 2023-01-19.
    """
    def __init__(
        self,
        *,
        algorithm_specification: HyperParameterAlgorithmSpecification,
        role_arn: str,
        output_data_config: OutputDataConfig,
        stopping_condition: StoppingCondition,
        definition_name: str | None = None,
        tuning_objective: HyperParameterTuningJobObjective | None = None,
        hyper_parameter_ranges: ParameterRanges | None = None,
        static_hyper_parameters: dict[str, str] | None = None,
        input_data_config: list[Channel] | None = None,
        vpc_config: VpcConfig | None = None,
        resource_config: ResourceConfig | None = None,
        hyper_parameter_tuning_resource_config: HyperParameterTuningResourceConfig | None = None,
        enable_network_isolation: bool | None = None,
        enable_inter_container_traffic_encryption: bool | None = None,
        enable_managed_spot_training: bool | None = None,
        checkpoint_config: CheckpointConfig | None = None,
        retry_strategy: RetryStrategy | None = None,
        environment: dict[str, str] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        definition_name: str | None = ...,
        tuning_objective: HyperParameterTuningJobObjective | None = ...,
        hyper_parameter_ranges: ParameterRanges | None = ...,
        static_hyper_parameters: dict[str, str] | None = ...,
        algorithm_specification: HyperParameterAlgorithmSpecification = ...,
        role_arn: str = ...,
        input_data_config: list[Channel] | None = ...,
        vpc_config: VpcConfig | None = ...,
        output_data_config: OutputDataConfig = ...,
        resource_config: ResourceConfig | None = ...,
        hyper_parameter_tuning_resource_config: HyperParameterTuningResourceConfig | None = ...,
        stopping_condition: StoppingCondition = ...,
        enable_network_isolation: bool | None = ...,
        enable_inter_container_traffic_encryption: bool | None = ...,
        enable_managed_spot_training: bool | None = ...,
        checkpoint_config: CheckpointConfig | None = ...,
        retry_strategy: RetryStrategy | None = ...,
        environment: dict[str, str] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class HyperParameterTrainingJobSummary(Shape):
    """A TrainingJobSummary object that describes the training job that completed with the best current
    HyperParameterTuningJobObjective.
    """

    training_job_definition_name: Final[str | None]
    """The training job definition name. Since 2019-12-04."""
    training_job_name: Final[str | None]
    """The name of the training job. Since 2018-06-04."""
    training_job_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the training job. Since 2018-06-04."""
    tuning_job_name: Final[str | None]
    """The HyperParameter tuning job that launched the training job. Since 2018-11-14."""
    creation_time: Final[datetime | None]
    """The date and time that the training job was created. Since 2018-06-04."""
    training_start_time: Final[datetime | None]
    """The date and time that the training job started. Since 2018-06-04."""
    training_end_time: Final[datetime | None]
    """Specifies the time when the training job ends on training instances. You are billed for the time
    interval between the value of TrainingStartTime and this time. For successful jobs and stopped
    jobs, this is the time after model artifacts are uploaded. For failed jobs, this is the time
    when SageMaker detects a job failure. Since 2018-06-04.
    """
    training_job_status: Final[TrainingJobStatus | None]
    """The status of the training job. Since 2018-06-04."""
    tuned_hyper_parameters: Final[dict[str, str] | None]
    """A list of the hyperparameters for which you specified ranges to search. Since 2018-06-04."""
    failure_reason: Final[str | None]
    """The reason that the training job failed. Since 2018-06-04."""
    final_hyper_parameter_tuning_job_objective_metric: Final[FinalHyperParameterTuningJobObjectiveMetric | None]
    """The FinalHyperParameterTuningJobObjectiveMetric object that specifies the value of the objective
    metric of the tuning job that launched this training job. Since 2018-06-04.
    """
    objective_status: Final[ObjectiveStatus | None]
    """The status of the objective metric for the training job: Since 2018-06-04."""
    def __init__(
        self,
        *,
        training_job_definition_name: str | None = None,
        training_job_name: str | None = None,
        training_job_arn: str | None = None,
        tuning_job_name: str | None = None,
        creation_time: datetime | None = None,
        training_start_time: datetime | None = None,
        training_end_time: datetime | None = None,
        training_job_status: TrainingJobStatus | TrainingJobStatusLiteral | None = None,
        tuned_hyper_parameters: dict[str, str] | None = None,
        failure_reason: str | None = None,
        final_hyper_parameter_tuning_job_objective_metric: FinalHyperParameterTuningJobObjectiveMetric | None = None,
        objective_status: ObjectiveStatus | ObjectiveStatusLiteral | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        training_job_definition_name: str | None = ...,
        training_job_name: str | None = ...,
        training_job_arn: str | None = ...,
        tuning_job_name: str | None = ...,
        creation_time: datetime | None = ...,
        training_start_time: datetime | None = ...,
        training_end_time: datetime | None = ...,
        training_job_status: TrainingJobStatus | TrainingJobStatusLiteral | None = ...,
        tuned_hyper_parameters: dict[str, str] | None = ...,
        failure_reason: str | None = ...,
        final_hyper_parameter_tuning_job_objective_metric: FinalHyperParameterTuningJobObjectiveMetric | None = ...,
        objective_status: ObjectiveStatus | ObjectiveStatusLiteral | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class HyperParameterTuningInstanceConfig(Shape):
    """The configuration for hyperparameter tuning resources for use in training jobs launched by the
    tuning job. These resources include compute instances and storage volumes. Specify one or more
    compute instance configurations and allocation strategies to select resources (optional).
    """

    instance_type: Final[TrainingInstanceType]
    """The instance type used for processing of hyperparameter optimization jobs. Choose from general
    purpose (no GPUs) instance types: ml.m5.xlarge, ml.m5.2xlarge, and ml.m5.4xlarge or compute
    optimized (no GPUs) instance types: ml.c5.xlarge and ml.c5.2xlarge. For more information about
    instance types, see instance type descriptions. Since 2022-08-09.
    """
    instance_count: Final[int]
    """The number of instances of the type specified by InstanceType. Choose an instance count larger
    than 1 for distributed training algorithms. See Step 2: Launch a SageMaker Distributed Training
    Job Using the SageMaker Python SDK for more information. Since 2022-08-09.
    """
    volume_size_in_gb: Final[int]
    """The volume size in GB of the data to be processed for hyperparameter optimization (optional).
    Since 2022-08-09.
    """
    def __init__(
        self,
        *,
        instance_type: TrainingInstanceType | TrainingInstanceTypeLiteral,
        instance_count: int,
        volume_size_in_gb: int,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        instance_type: TrainingInstanceType | TrainingInstanceTypeLiteral = ...,
        instance_count: int = ...,
        volume_size_in_gb: int = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class HyperParameterTuningJobCompletionDetails(Shape):
    """Tuning job completion information returned as the response from a hyperparameter tuning job.
    This information tells if your tuning job has or has not converged. It also includes the number
    of training jobs that have not improved model performance as evaluated against the objective
    function.
    """

    number_of_training_jobs_objective_not_improving: Final[int | None]
    """The number of training jobs launched by a tuning job that are not improving (1% or less) as
    measured by model performance evaluated against an objective function. Since 2023-01-31.
    """
    convergence_detected_time: Final[datetime | None]
    """The time in timestamp format that AMT detected model convergence, as defined by a lack of
    significant improvement over time based on criteria developed over a wide range of diverse
    benchmarking tests. Since 2023-01-31.
    """
    def __init__(
        self,
        *,
        number_of_training_jobs_objective_not_improving: int | None = None,
        convergence_detected_time: datetime | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        number_of_training_jobs_objective_not_improving: int | None = ...,
        convergence_detected_time: datetime | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class HyperParameterTuningJobConfig(Shape):
    """The HyperParameterTuningJobConfig object that describes the tuning job, including the search
    strategy, the objective metric used to evaluate training jobs, ranges of parameters to search,
    and resource limits for the tuning job. For more information, see How Hyperparameter Tuning
    Works.
    """

    strategy: Final[HyperParameterTuningJobStrategyType]
    """Specifies how hyperparameter tuning chooses the combinations of hyperparameter values to use for
    the training job it launches. For information about search strategies, see How Hyperparameter
    Tuning Works. Since 2018-06-04.
    """
    strategy_config: Final[HyperParameterTuningJobStrategyConfig | None]
    """The configuration for the Hyperband optimization strategy. This parameter should be provided
    only if Hyperband is selected as the strategy for HyperParameterTuningJobConfig. Since
    2022-09-15.
    """
    hyper_parameter_tuning_job_objective: Final[HyperParameterTuningJobObjective | None]
    """The HyperParameterTuningJobObjective specifies the objective metric used to evaluate the
    performance of training jobs launched by this tuning job. Since 2018-06-04.
    """
    resource_limits: Final[ResourceLimits]
    """The ResourceLimits object that specifies the maximum number of training and parallel training
    jobs that can be used for this hyperparameter tuning job. Since 2018-06-04.
    """
    parameter_ranges: Final[ParameterRanges | None]
    """The ParameterRanges object that specifies the ranges of hyperparameters that this tuning job
    searches over to find the optimal configuration for the highest model performance against your
    chosen objective metric. Since 2018-06-04.
    """
    training_job_early_stopping_type: Final[TrainingJobEarlyStoppingType | None]
    """Specifies whether to use early stopping for training jobs launched by the hyperparameter tuning
    job. Because the Hyperband strategy has its own advanced internal early stopping mechanism,
    TrainingJobEarlyStoppingType must be OFF to use Hyperband. This parameter can take on one of the
    following values (the default value is OFF): Since 2018-12-12.
    """
    tuning_job_completion_criteria: Final[TuningJobCompletionCriteria | None]
    """The tuning job's completion criteria. Since 2019-12-04."""
    random_seed: Final[int | None]
    """A value used to initialize a pseudo-random number generator. Setting a random seed and using the
    same seed later for the same tuning job will allow hyperparameter optimization to find more a
    consistent hyperparameter configuration between the two runs. Since 2022-12-16.
    """
    def __init__(
        self,
        *,
        strategy: HyperParameterTuningJobStrategyType | HyperParameterTuningJobStrategyTypeLiteral,
        resource_limits: ResourceLimits,
        strategy_config: HyperParameterTuningJobStrategyConfig | None = None,
        hyper_parameter_tuning_job_objective: HyperParameterTuningJobObjective | None = None,
        parameter_ranges: ParameterRanges | None = None,
        training_job_early_stopping_type: TrainingJobEarlyStoppingType
        | TrainingJobEarlyStoppingTypeLiteral
        | None = None,
        tuning_job_completion_criteria: TuningJobCompletionCriteria | None = None,
        random_seed: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        strategy: HyperParameterTuningJobStrategyType | HyperParameterTuningJobStrategyTypeLiteral = ...,
        strategy_config: HyperParameterTuningJobStrategyConfig | None = ...,
        hyper_parameter_tuning_job_objective: HyperParameterTuningJobObjective | None = ...,
        resource_limits: ResourceLimits = ...,
        parameter_ranges: ParameterRanges | None = ...,
        training_job_early_stopping_type: TrainingJobEarlyStoppingType
        | TrainingJobEarlyStoppingTypeLiteral
        | None = ...,
        tuning_job_completion_criteria: TuningJobCompletionCriteria | None = ...,
        random_seed: int | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class HyperParameterTuningJobConsumedResources(Shape):
    """The total resources consumed by your hyperparameter tuning job."""

    runtime_in_seconds: Final[int | None]
    """The wall clock runtime in seconds used by your hyperparameter tuning job. Since 2023-01-31.
    """
    def __init__(
        self,
        *,
        runtime_in_seconds: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        runtime_in_seconds: int | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class HyperParameterTuningJobObjective(Shape):
    """Defines the objective metric for a hyperparameter tuning job. Hyperparameter tuning uses the
    value of this metric to evaluate the training jobs it launches, and returns the training job
    that results in either the highest or lowest value for this metric, depending on the value you
    specify for the Type parameter. If you want to define a custom objective metric, see Define
    metrics and environment variables.
    """

    type: Final[HyperParameterTuningJobObjectiveType]
    """Whether to minimize or maximize the objective metric. Since 2018-06-04."""
    metric_name: Final[str]
    """The name of the metric to use for the objective metric. Since 2018-06-04."""
    def __init__(
        self,
        *,
        type: HyperParameterTuningJobObjectiveType | HyperParameterTuningJobObjectiveTypeLiteral,
        metric_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        type: HyperParameterTuningJobObjectiveType | HyperParameterTuningJobObjectiveTypeLiteral = ...,
        metric_name: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class HyperParameterTuningJobSearchEntity(Shape):
    """The properties of a hyperparameter tuning job."""

    hyper_parameter_tuning_job_name: Final[str | None]
    """The name of a hyperparameter tuning job. Since 2022-09-06. No change-log page shows it: taken
    from botocore's model.
    """
    hyper_parameter_tuning_job_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of a hyperparameter tuning job. Since 2022-09-06. No change-log
    page shows it: taken from botocore's model.
    """
    hyper_parameter_tuning_job_config: Final[HyperParameterTuningJobConfig | None]
    """Configures a hyperparameter tuning job. No change-log page shows it: taken from botocore's
    model.
    """
    training_job_definition: Final[HyperParameterTrainingJobDefinition | None]
    """Defines the training jobs launched by a hyperparameter tuning job. No change-log page shows it:
    taken from botocore's model.
    """
    training_job_definitions: Final[list[HyperParameterTrainingJobDefinition] | None]
    """The job definitions included in a hyperparameter tuning job. No change-log page shows it: taken
    from botocore's model.
    """
    hyper_parameter_tuning_job_status: Final[HyperParameterTuningJobStatus | None]
    """The status of a hyperparameter tuning job. Since 2022-09-06. No change-log page shows it: taken
    from botocore's model.
    """
    creation_time: Final[datetime | None]
    """The time that a hyperparameter tuning job was created. Since 2022-09-06. No change-log page
    shows it: taken from botocore's model.
    """
    hyper_parameter_tuning_end_time: Final[datetime | None]
    """The time that a hyperparameter tuning job ended. Since 2022-09-06. No change-log page shows it:
    taken from botocore's model.
    """
    last_modified_time: Final[datetime | None]
    """The time that a hyperparameter tuning job was last modified. Since 2022-09-06. No change-log
    page shows it: taken from botocore's model.
    """
    training_job_status_counters: Final[TrainingJobStatusCounters | None]
    """The numbers of training jobs launched by a hyperparameter tuning job, categorized by status.
    Since 2022-09-06. No change-log page shows it: taken from botocore's model.
    """
    objective_status_counters: Final[ObjectiveStatusCounters | None]
    """Specifies the number of training jobs that this hyperparameter tuning job launched, categorized
    by the status of their objective metric. The objective metric status shows whether the final
    objective metric for the training job has been evaluated by the tuning job and used in the
    hyperparameter tuning process. Since 2022-09-06. No change-log page shows it: taken from
    botocore's model.
    """
    best_training_job: Final[HyperParameterTrainingJobSummary | None]
    """The container for the summary information about a training job. Since 2022-09-06. No change-log
    page shows it: taken from botocore's model.
    """
    overall_best_training_job: Final[HyperParameterTrainingJobSummary | None]
    """The container for the summary information about a training job. Since 2022-09-06. No change-log
    page shows it: taken from botocore's model.
    """
    warm_start_config: Final[HyperParameterTuningJobWarmStartConfig | None]
    """Specifies the configuration for a hyperparameter tuning job that uses one or more previous
    hyperparameter tuning jobs as a starting point. The results of previous tuning jobs are used to
    inform which combinations of hyperparameters to search over in the new tuning job. Since
    2022-09-06. No change-log page shows it: taken from botocore's model.
    """
    failure_reason: Final[str | None]
    """The error that was created when a hyperparameter tuning job failed. Since 2022-09-06. No
    change-log page shows it: taken from botocore's model.
    """
    tuning_job_completion_details: Final[HyperParameterTuningJobCompletionDetails | None]
    """Information about either a current or completed hyperparameter tuning job. Since 2023-01-31. No
    change-log page shows it: taken from botocore's model.
    """
    consumed_resources: Final[HyperParameterTuningJobConsumedResources | None]
    """The total amount of resources consumed by a hyperparameter tuning job. Since 2023-01-31. No
    change-log page shows it: taken from botocore's model.
    """
    tags: Final[list[Tag] | None]
    """The tags associated with a hyperparameter tuning job. For more information see Tagging Amazon
    Web Services resources. Since 2022-09-06. No change-log page shows it: taken from botocore's
    model.
    """
    def __init__(
        self,
        *,
        hyper_parameter_tuning_job_name: str | None = None,
        hyper_parameter_tuning_job_arn: str | None = None,
        hyper_parameter_tuning_job_config: HyperParameterTuningJobConfig | None = None,
        training_job_definition: HyperParameterTrainingJobDefinition | None = None,
        training_job_definitions: list[HyperParameterTrainingJobDefinition] | None = None,
        hyper_parameter_tuning_job_status: HyperParameterTuningJobStatus
        | HyperParameterTuningJobStatusLiteral
        | None = None,
        creation_time: datetime | None = None,
        hyper_parameter_tuning_end_time: datetime | None = None,
        last_modified_time: datetime | None = None,
        training_job_status_counters: TrainingJobStatusCounters | None = None,
        objective_status_counters: ObjectiveStatusCounters | None = None,
        best_training_job: HyperParameterTrainingJobSummary | None = None,
        overall_best_training_job: HyperParameterTrainingJobSummary | None = None,
        warm_start_config: HyperParameterTuningJobWarmStartConfig | None = None,
        failure_reason: str | None = None,
        tuning_job_completion_details: HyperParameterTuningJobCompletionDetails | None = None,
        consumed_resources: HyperParameterTuningJobConsumedResources | None = None,
        tags: list[Tag] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        hyper_parameter_tuning_job_name: str | None = ...,
        hyper_parameter_tuning_job_arn: str | None = ...,
        hyper_parameter_tuning_job_config: HyperParameterTuningJobConfig | None = ...,
        training_job_definition: HyperParameterTrainingJobDefinition | None = ...,
        training_job_definitions: list[HyperParameterTrainingJobDefinition] | None = ...,
        hyper_parameter_tuning_job_status: HyperParameterTuningJobStatus
        | HyperParameterTuningJobStatusLiteral
        | None = ...,
        creation_time: datetime | None = ...,
        hyper_parameter_tuning_end_time: datetime | None = ...,
        last_modified_time: datetime | None = ...,
        training_job_status_counters: TrainingJobStatusCounters | None = ...,
        objective_status_counters: ObjectiveStatusCounters | None = ...,
        best_training_job: HyperParameterTrainingJobSummary | None = ...,
        overall_best_training_job: HyperParameterTrainingJobSummary | None = ...,
        warm_start_config: HyperParameterTuningJobWarmStartConfig | None = ...,
        failure_reason: str | None = ...,
        tuning_job_completion_details: HyperParameterTuningJobCompletionDetails | None = ...,
        consumed_resources: HyperParameterTuningJobConsumedResources | None = ...,
        tags: list[Tag] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class HyperParameterTuningJobStrategyConfig(Shape):
    """The configuration for the Hyperband optimization strategy. This parameter should be provided
    only if Hyperband is selected as the strategy for HyperParameterTuningJobConfig.
    """

    hyperband_strategy_config: Final[HyperbandStrategyConfig | None]
    """The configuration for the object that specifies the Hyperband strategy. This parameter is only
    supported for the Hyperband selection for Strategy within the HyperParameterTuningJobConfig API.
    Since 2022-09-15.
    """
    def __init__(
        self,
        *,
        hyperband_strategy_config: HyperbandStrategyConfig | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        hyperband_strategy_config: HyperbandStrategyConfig | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class HyperParameterTuningJobSummary(Shape):
    """Provides summary information about a hyperparameter tuning job."""

    hyper_parameter_tuning_job_name: Final[str | None]
    """The name of the tuning job. Since 2018-06-04."""
    hyper_parameter_tuning_job_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the tuning job. Since 2018-06-04."""
    hyper_parameter_tuning_job_status: Final[HyperParameterTuningJobStatus | None]
    """The status of the tuning job. Since 2018-06-04."""
    strategy: Final[HyperParameterTuningJobStrategyType | None]
    """Specifies the search strategy hyperparameter tuning uses to choose which hyperparameters to
    evaluate at each iteration. Since 2018-06-04.
    """
    creation_time: Final[datetime | None]
    """The date and time that the tuning job was created. Since 2018-06-04."""
    hyper_parameter_tuning_end_time: Final[datetime | None]
    """The date and time that the tuning job ended. Since 2018-06-04."""
    last_modified_time: Final[datetime | None]
    """The date and time that the tuning job was modified. Since 2018-06-04."""
    training_job_status_counters: Final[TrainingJobStatusCounters | None]
    """The TrainingJobStatusCounters object that specifies the numbers of training jobs, categorized by
    status, that this tuning job launched. Since 2018-06-04.
    """
    objective_status_counters: Final[ObjectiveStatusCounters | None]
    """The ObjectiveStatusCounters object that specifies the numbers of training jobs, categorized by
    objective metric status, that this tuning job launched. Since 2018-06-04.
    """
    resource_limits: Final[ResourceLimits | None]
    """The ResourceLimits object that specifies the maximum number of training jobs and parallel
    training jobs allowed for this tuning job. Since 2018-06-04.
    """
    def __init__(
        self,
        *,
        hyper_parameter_tuning_job_name: str | None = None,
        hyper_parameter_tuning_job_arn: str | None = None,
        hyper_parameter_tuning_job_status: HyperParameterTuningJobStatus
        | HyperParameterTuningJobStatusLiteral
        | None = None,
        strategy: HyperParameterTuningJobStrategyType | HyperParameterTuningJobStrategyTypeLiteral | None = None,
        creation_time: datetime | None = None,
        hyper_parameter_tuning_end_time: datetime | None = None,
        last_modified_time: datetime | None = None,
        training_job_status_counters: TrainingJobStatusCounters | None = None,
        objective_status_counters: ObjectiveStatusCounters | None = None,
        resource_limits: ResourceLimits | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        hyper_parameter_tuning_job_name: str | None = ...,
        hyper_parameter_tuning_job_arn: str | None = ...,
        hyper_parameter_tuning_job_status: HyperParameterTuningJobStatus
        | HyperParameterTuningJobStatusLiteral
        | None = ...,
        strategy: HyperParameterTuningJobStrategyType | HyperParameterTuningJobStrategyTypeLiteral | None = ...,
        creation_time: datetime | None = ...,
        hyper_parameter_tuning_end_time: datetime | None = ...,
        last_modified_time: datetime | None = ...,
        training_job_status_counters: TrainingJobStatusCounters | None = ...,
        objective_status_counters: ObjectiveStatusCounters | None = ...,
        resource_limits: ResourceLimits | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class HyperParameterTuningJobWarmStartConfig(Shape):
    """Specifies the configuration for starting the hyperparameter tuning job using one or more
    previous tuning jobs as a starting point. The results of previous tuning jobs are used to inform
    which combinations of hyperparameters to search over in the new tuning job.
    """

    parent_hyper_parameter_tuning_jobs: Final[list[ParentHyperParameterTuningJob]]
    """An array of hyperparameter tuning jobs that are used as the starting point for the new
    hyperparameter tuning job. For more information about warm starting a hyperparameter tuning job,
    see Using a Previous Hyperparameter Tuning Job as a Starting Point. Since 2018-11-14.
    """
    warm_start_type: Final[HyperParameterTuningJobWarmStartType]
    """Specifies one of the following: Since 2018-11-14."""
    def __init__(
        self,
        *,
        parent_hyper_parameter_tuning_jobs: list[ParentHyperParameterTuningJob],
        warm_start_type: HyperParameterTuningJobWarmStartType | HyperParameterTuningJobWarmStartTypeLiteral,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        parent_hyper_parameter_tuning_jobs: list[ParentHyperParameterTuningJob] = ...,
        warm_start_type: HyperParameterTuningJobWarmStartType | HyperParameterTuningJobWarmStartTypeLiteral = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class HyperParameterTuningResourceConfig(Shape):
    """The configuration for the hyperparameter tuning resources, including the compute instances and
    storage volumes, used for training jobs launched by the tuning job. By default, storage volumes
    hold model artifacts and incremental states. Choose File for TrainingInputMode in the
    AlgorithmSpecification parameter to additionally store training data in the storage volume
    (optional).
    """

    instance_type: Final[TrainingInstanceType | None]
    """The instance type used to run hyperparameter optimization tuning jobs. See descriptions of
    instance types for more information. Since 2022-08-09.
    """
    instance_count: Final[int | None]
    """The number of compute instances of type InstanceType to use. For distributed training, select a
    value greater than 1. Since 2022-08-09.
    """
    volume_size_in_gb: Final[int | None]
    """The volume size in GB for the storage volume to be used in processing hyperparameter
    optimization jobs (optional). These volumes store model artifacts, incremental states and
    optionally, scratch space for training algorithms. Do not provide a value for this parameter if
    a value for InstanceConfigs is also specified. Since 2022-08-09.
    """
    volume_kms_key_id: Final[str | None]
    """A key used by Amazon Web Services Key Management Service to encrypt data on the storage volume
    attached to the compute instances used to run the training job. You can use either of the
    following formats to specify a key. Since 2022-08-09.
    """
    allocation_strategy: Final[HyperParameterTuningAllocationStrategy | None]
    """The strategy that determines the order of preference for resources specified in InstanceConfigs
    used in hyperparameter optimization. Since 2022-08-09.
    """
    instance_configs: Final[list[HyperParameterTuningInstanceConfig] | None]
    """A list containing the configuration(s) for one or more resources for processing hyperparameter
    jobs. These resources include compute instances and storage volumes to use in model training
    jobs launched by hyperparameter tuning jobs. The AllocationStrategy controls the order in which
    multiple configurations provided in InstanceConfigs are used. Since 2022-08-09.
    """
    def __init__(
        self,
        *,
        instance_type: TrainingInstanceType | TrainingInstanceTypeLiteral | None = None,
        instance_count: int | None = None,
        volume_size_in_gb: int | None = None,
        volume_kms_key_id: str | None = None,
        allocation_strategy: HyperParameterTuningAllocationStrategy
        | HyperParameterTuningAllocationStrategyLiteral
        | None = None,
        instance_configs: list[HyperParameterTuningInstanceConfig] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        instance_type: TrainingInstanceType | TrainingInstanceTypeLiteral | None = ...,
        instance_count: int | None = ...,
        volume_size_in_gb: int | None = ...,
        volume_kms_key_id: str | None = ...,
        allocation_strategy: HyperParameterTuningAllocationStrategy
        | HyperParameterTuningAllocationStrategyLiteral
        | None = ...,
        instance_configs: list[HyperParameterTuningInstanceConfig] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class HyperbandStrategyConfig(Shape):
    """The configuration for the object that specifies the Hyperband strategy. This parameter is only
    supported for the Hyperband selection for Strategy within the HyperParameterTuningJobConfig API.
    """

    min_resource: Final[int | None]
    """The minimum number of resources (such as epochs) that can be used by a training job launched by
    a hyperparameter tuning job. If the value for MinResource has not been reached, the training job
    is not stopped by Hyperband. Since 2022-09-15.
    """
    max_resource: Final[int | None]
    """The maximum number of resources (such as epochs) that can be used by a training job launched by
    a hyperparameter tuning job. Once a job reaches the MaxResource value, it is stopped. If a value
    for MaxResource is not provided, and Hyperband is selected as the hyperparameter tuning
    strategy, HyperbandTraining attempts to infer MaxResource from the following keys (if present)
    in StaticsHyperParameters: Since 2022-09-15.
    """
    def __init__(
        self,
        *,
        min_resource: int | None = None,
        max_resource: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        min_resource: int | None = ...,
        max_resource: int | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""
