# Generated stub. Do not edit.
# Every shape whose name starts with "L", as type checkers see it. At run time each
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
    AIBenchmarkJobStatus,
    AIBenchmarkJobStatusLiteral,
    AIRecommendationJobStatus,
    AIRecommendationJobStatusLiteral,
    AlgorithmSortBy,
    AlgorithmSortByLiteral,
    AppImageConfigSortKey,
    AppImageConfigSortKeyLiteral,
    AppSortKey,
    AppSortKeyLiteral,
    AssociationEdgeType,
    AssociationEdgeTypeLiteral,
    AutoMLJobStatus,
    AutoMLJobStatusLiteral,
    AutoMLSortBy,
    AutoMLSortByLiteral,
    AutoMLSortOrder,
    AutoMLSortOrderLiteral,
)
from smtyped._generated.enums._c import (
    CandidateSortBy,
    CandidateSortByLiteral,
    CandidateStatus,
    CandidateStatusLiteral,
    ClusterEventResourceType,
    ClusterEventResourceTypeLiteral,
    ClusterSortBy,
    ClusterSortByLiteral,
    CodeRepositorySortBy,
    CodeRepositorySortByLiteral,
    CodeRepositorySortOrder,
    CodeRepositorySortOrderLiteral,
    CompilationJobStatus,
    CompilationJobStatusLiteral,
    ContentClassifier,
    ContentClassifierLiteral,
    CrossAccountFilterOption,
    CrossAccountFilterOptionLiteral,
)
from smtyped._generated.enums._e import (
    EdgePackagingJobStatus,
    EdgePackagingJobStatusLiteral,
    EndpointConfigSortKey,
    EndpointConfigSortKeyLiteral,
    EndpointSortKey,
    EndpointSortKeyLiteral,
    EndpointStatus,
    EndpointStatusLiteral,
    EventSortBy,
    EventSortByLiteral,
    ExecutionStatus,
    ExecutionStatusLiteral,
)
from smtyped._generated.enums._f import (
    FeatureGroupSortBy,
    FeatureGroupSortByLiteral,
    FeatureGroupSortOrder,
    FeatureGroupSortOrderLiteral,
    FeatureGroupStatus,
    FeatureGroupStatusLiteral,
)
from smtyped._generated.enums._h import (
    HubContentSortBy,
    HubContentSortByLiteral,
    HubContentType,
    HubContentTypeLiteral,
    HubSortBy,
    HubSortByLiteral,
    HyperParameterTuningJobSortByOptions,
    HyperParameterTuningJobSortByOptionsLiteral,
    HyperParameterTuningJobStatus,
    HyperParameterTuningJobStatusLiteral,
)
from smtyped._generated.enums._i import (
    ImageSortBy,
    ImageSortByLiteral,
    ImageSortOrder,
    ImageSortOrderLiteral,
    ImageVersionSortBy,
    ImageVersionSortByLiteral,
    ImageVersionSortOrder,
    ImageVersionSortOrderLiteral,
    InferenceComponentSortKey,
    InferenceComponentSortKeyLiteral,
    InferenceComponentStatus,
    InferenceComponentStatusLiteral,
    InferenceExperimentStatus,
    InferenceExperimentStatusLiteral,
    InferenceExperimentType,
    InferenceExperimentTypeLiteral,
)
from smtyped._generated.enums._j import JobCategory, JobCategoryLiteral, JobStatus, JobStatusLiteral
from smtyped._generated.enums._l import (
    LabelingJobStatus,
    LabelingJobStatusLiteral,
    LastUpdateStatusValue,
    LastUpdateStatusValueLiteral,
    ListAIBenchmarkJobsSortBy,
    ListAIBenchmarkJobsSortByLiteral,
    ListAIRecommendationJobsSortBy,
    ListAIRecommendationJobsSortByLiteral,
    ListAIWorkloadConfigsSortBy,
    ListAIWorkloadConfigsSortByLiteral,
    ListCompilationJobsSortBy,
    ListCompilationJobsSortByLiteral,
    ListDeviceFleetsSortBy,
    ListDeviceFleetsSortByLiteral,
    ListEdgeDeploymentPlansSortBy,
    ListEdgeDeploymentPlansSortByLiteral,
    ListEdgePackagingJobsSortBy,
    ListEdgePackagingJobsSortByLiteral,
    ListInferenceRecommendationsJobsSortBy,
    ListInferenceRecommendationsJobsSortByLiteral,
    ListLabelingJobsForWorkteamSortByOptions,
    ListLabelingJobsForWorkteamSortByOptionsLiteral,
    ListOptimizationJobsSortBy,
    ListOptimizationJobsSortByLiteral,
    ListWorkforcesSortByOptions,
    ListWorkforcesSortByOptionsLiteral,
    ListWorkteamsSortByOptions,
    ListWorkteamsSortByOptionsLiteral,
)
from smtyped._generated.enums._m import (
    MlflowAppStatus,
    MlflowAppStatusLiteral,
    ModelApprovalStatus,
    ModelApprovalStatusLiteral,
    ModelCardExportJobSortBy,
    ModelCardExportJobSortByLiteral,
    ModelCardExportJobSortOrder,
    ModelCardExportJobSortOrderLiteral,
    ModelCardExportJobStatus,
    ModelCardExportJobStatusLiteral,
    ModelCardSortBy,
    ModelCardSortByLiteral,
    ModelCardSortOrder,
    ModelCardSortOrderLiteral,
    ModelCardStatus,
    ModelCardStatusLiteral,
    ModelCardVersionSortBy,
    ModelCardVersionSortByLiteral,
    ModelPackageGroupSortBy,
    ModelPackageGroupSortByLiteral,
    ModelPackageSortBy,
    ModelPackageSortByLiteral,
    ModelPackageType,
    ModelPackageTypeLiteral,
    ModelSortKey,
    ModelSortKeyLiteral,
    MonitoringAlertHistorySortKey,
    MonitoringAlertHistorySortKeyLiteral,
    MonitoringAlertStatus,
    MonitoringAlertStatusLiteral,
    MonitoringExecutionSortKey,
    MonitoringExecutionSortKeyLiteral,
    MonitoringJobDefinitionSortKey,
    MonitoringJobDefinitionSortKeyLiteral,
    MonitoringScheduleSortKey,
    MonitoringScheduleSortKeyLiteral,
    MonitoringType,
    MonitoringTypeLiteral,
)
from smtyped._generated.enums._n import (
    NotebookInstanceLifecycleConfigSortKey,
    NotebookInstanceLifecycleConfigSortKeyLiteral,
    NotebookInstanceLifecycleConfigSortOrder,
    NotebookInstanceLifecycleConfigSortOrderLiteral,
    NotebookInstanceSortKey,
    NotebookInstanceSortKeyLiteral,
    NotebookInstanceSortOrder,
    NotebookInstanceSortOrderLiteral,
    NotebookInstanceStatus,
    NotebookInstanceStatusLiteral,
)
from smtyped._generated.enums._o import (
    OfflineStoreStatusValue,
    OfflineStoreStatusValueLiteral,
    OptimizationJobStatus,
    OptimizationJobStatusLiteral,
    OrderKey,
    OrderKeyLiteral,
)
from smtyped._generated.enums._p import (
    ProcessingJobStatus,
    ProcessingJobStatusLiteral,
    ProjectSortBy,
    ProjectSortByLiteral,
    ProjectSortOrder,
    ProjectSortOrderLiteral,
)
from smtyped._generated.enums._r import (
    RecommendationJobStatus,
    RecommendationJobStatusLiteral,
    RecommendationStepType,
    RecommendationStepTypeLiteral,
    ResourceCatalogSortBy,
    ResourceCatalogSortByLiteral,
    ResourceCatalogSortOrder,
    ResourceCatalogSortOrderLiteral,
)
from smtyped._generated.enums._s import (
    SchedulerResourceStatus,
    SchedulerResourceStatusLiteral,
    ScheduleStatus,
    ScheduleStatusLiteral,
    SortActionsBy,
    SortActionsByLiteral,
    SortArtifactsBy,
    SortArtifactsByLiteral,
    SortAssociationsBy,
    SortAssociationsByLiteral,
    SortBy,
    SortByLiteral,
    SortClusterSchedulerConfigBy,
    SortClusterSchedulerConfigByLiteral,
    SortContextsBy,
    SortContextsByLiteral,
    SortExperimentsBy,
    SortExperimentsByLiteral,
    SortInferenceExperimentsBy,
    SortInferenceExperimentsByLiteral,
    SortLineageGroupsBy,
    SortLineageGroupsByLiteral,
    SortMlflowAppBy,
    SortMlflowAppByLiteral,
    SortOrder,
    SortOrderLiteral,
    SortPipelineExecutionsBy,
    SortPipelineExecutionsByLiteral,
    SortPipelinesBy,
    SortPipelinesByLiteral,
    SortQuotaBy,
    SortQuotaByLiteral,
    SortTrackingServerBy,
    SortTrackingServerByLiteral,
    SortTrialComponentsBy,
    SortTrialComponentsByLiteral,
    SortTrialsBy,
    SortTrialsByLiteral,
    SpaceSortKey,
    SpaceSortKeyLiteral,
    StudioLifecycleConfigAppType,
    StudioLifecycleConfigAppTypeLiteral,
    StudioLifecycleConfigSortKey,
    StudioLifecycleConfigSortKeyLiteral,
)
from smtyped._generated.enums._t import (
    TrackingServerStatus,
    TrackingServerStatusLiteral,
    TrainingJobSortByOptions,
    TrainingJobSortByOptionsLiteral,
    TrainingJobStatus,
    TrainingJobStatusLiteral,
    TrainingPlanSortBy,
    TrainingPlanSortByLiteral,
    TrainingPlanSortOrder,
    TrainingPlanSortOrderLiteral,
    TransformJobStatus,
    TransformJobStatusLiteral,
)
from smtyped._generated.enums._u import UserProfileSortKey, UserProfileSortKeyLiteral
from smtyped._generated.enums._w import WarmPoolResourceStatus, WarmPoolResourceStatusLiteral
from smtyped._generated.shapes._a import (
    ActionSummary,
    AIBenchmarkJobSummary,
    AIRecommendationJobSummary,
    AIWorkloadConfigSummary,
    AlgorithmSummary,
    AppDetails,
    AppImageConfigDetails,
    ArtifactSummary,
    AssociationInfo,
    AssociationSummary,
    AutoMLCandidate,
    AutoMLJobSummary,
)
from smtyped._generated.shapes._c import (
    ClusterEventSummary,
    ClusterNodeSummary,
    ClusterSchedulerConfigSummary,
    ClusterSummary,
    CodeRepositorySummary,
    CompilationJobSummary,
    ComputeQuotaSummary,
    ContextSummary,
)
from smtyped._generated.shapes._d import DeviceDeploymentSummary, DeviceFleetSummary, DeviceSummary, DomainDetails
from smtyped._generated.shapes._e import (
    EdgeDeploymentPlanSummary,
    EdgePackagingJobSummary,
    EndpointConfigSummary,
    EndpointSummary,
    ExperimentSummary,
)
from smtyped._generated.shapes._f import FeatureGroupSummary, FlowDefinitionSummary
from smtyped._generated.shapes._h import (
    HubContentInfo,
    HubInfo,
    HumanTaskUiSummary,
    HyperParameterTrainingJobSummary,
    HyperParameterTuningJobSummary,
)
from smtyped._generated.shapes._i import (
    Image,
    ImageVersion,
    InferenceComponentSummary,
    InferenceExperimentSummary,
    InferenceRecommendationsJob,
    InferenceRecommendationsJobStep,
)
from smtyped._generated.shapes._j import JobConfigSchemaVersionSummary, JobSummary
from smtyped._generated.shapes._m import (
    MlflowAppSummary,
    ModelCardExportJobSummary,
    ModelCardSummary,
    ModelCardVersionSummary,
    ModelMetadataSearchExpression,
    ModelMetadataSummary,
    ModelPackageGroupSummary,
    ModelPackageSummary,
    ModelSummary,
    MonitoringAlertHistorySummary,
    MonitoringAlertSummary,
    MonitoringExecutionSummary,
    MonitoringJobDefinitionSummary,
    MonitoringScheduleSummary,
)
from smtyped._generated.shapes._n import NotebookInstanceLifecycleConfigSummary, NotebookInstanceSummary
from smtyped._generated.shapes._o import OptimizationJobSummary, OutputParameter
from smtyped._generated.shapes._p import (
    Parameter,
    PartnerAppSummary,
    PipelineExecutionStep,
    PipelineExecutionSummary,
    PipelineSummary,
    PipelineVersionSummary,
    ProcessingJobSummary,
    ProjectSummary,
)
from smtyped._generated.shapes._r import ResourceCatalog
from smtyped._generated.shapes._s import SpaceDetails, StudioLifecycleConfigDetails, SubscribedWorkteam
from smtyped._generated.shapes._t import (
    Tag,
    TrackingServerSummary,
    TrainingJobSummary,
    TrainingPlanFilter,
    TrainingPlanSummary,
    TransformJobSummary,
    TrialComponentSummary,
    TrialSummary,
)
from smtyped._generated.shapes._u import UltraServer, UserProfileDetails
from smtyped._generated.shapes._v import VpcConfig
from smtyped._generated.shapes._w import Workforce, Workteam

class LabelCounters(Shape):
    """Provides a breakdown of the number of data objects labeled by humans, the number of objects
    labeled by machine, the number of objects than couldn't be labeled, and the total number of
    objects labeled.
    """

    total_labeled: Final[int | None]
    """The total number of objects labeled. Since 2018-11-28."""
    human_labeled: Final[int | None]
    """The total number of objects labeled by a human worker. Since 2018-11-28."""
    machine_labeled: Final[int | None]
    """The total number of objects labeled by automated data labeling. Since 2018-11-28."""
    failed_non_retryable_error: Final[int | None]
    """The total number of objects that could not be labeled due to an error. Since 2018-11-28."""
    unlabeled: Final[int | None]
    """The total number of objects not yet labeled. Since 2018-11-28."""
    def __init__(
        self,
        *,
        total_labeled: int | None = None,
        human_labeled: int | None = None,
        machine_labeled: int | None = None,
        failed_non_retryable_error: int | None = None,
        unlabeled: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        total_labeled: int | None = ...,
        human_labeled: int | None = ...,
        machine_labeled: int | None = ...,
        failed_non_retryable_error: int | None = ...,
        unlabeled: int | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class LabelCountersForWorkteam(Shape):
    """Provides information about the progress of a labeling job."""

    human_labeled: Final[int | None]
    """The total number of data objects labeled by a human worker. Since 2018-11-28."""
    pending_human: Final[int | None]
    """The total number of data objects that need to be labeled by a human worker. Since 2018-11-28.
    """
    total: Final[int | None]
    """The total number of tasks in the labeling job. Since 2018-11-28."""
    def __init__(
        self,
        *,
        human_labeled: int | None = None,
        pending_human: int | None = None,
        total: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        human_labeled: int | None = ...,
        pending_human: int | None = ...,
        total: int | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class LabelingJobAlgorithmsConfig(Shape):
    """Configures the information required to perform automated data labeling."""

    labeling_job_algorithm_specification_arn: Final[str]
    """Specifies the Amazon Resource Name (ARN) of the algorithm used for auto-labeling. You must
    select one of the following ARNs: Since 2018-11-28.
    """
    initial_active_learning_model_arn: Final[str | None]
    """At the end of an auto-label job Ground Truth sends the Amazon Resource Name (ARN) of the final
    model used for auto-labeling. You can use this model as the starting point for subsequent
    similar jobs by providing the ARN of the model here. Since 2018-11-28.
    """
    labeling_job_resource_config: Final[LabelingJobResourceConfig | None]
    """Provides configuration information for a labeling job. Since 2018-11-28."""
    def __init__(
        self,
        *,
        labeling_job_algorithm_specification_arn: str,
        initial_active_learning_model_arn: str | None = None,
        labeling_job_resource_config: LabelingJobResourceConfig | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        labeling_job_algorithm_specification_arn: str = ...,
        initial_active_learning_model_arn: str | None = ...,
        labeling_job_resource_config: LabelingJobResourceConfig | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class LabelingJobDataAttributes(Shape):
    """Attributes of the data specified by the customer."""

    content_classifiers: Final[list[ContentClassifier | ContentClassifierLiteral] | None]
    """Declares that your content is free of personally identifiable information or adult content.
    SageMaker may restrict the Amazon Mechanical Turk workers that can view your task based on this
    information. Since 2018-11-28.
    """
    def __init__(
        self,
        *,
        content_classifiers: list[ContentClassifier | ContentClassifierLiteral] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        content_classifiers: list[ContentClassifier | ContentClassifierLiteral] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class LabelingJobDataSource(Shape):
    """The location of the input data."""

    s3_data_source: Final[LabelingJobS3DataSource | None]
    """The Amazon S3 location of the input data objects. Since 2018-11-28."""
    sns_data_source: Final[LabelingJobSnsDataSource | None]
    """An Amazon SNS data source used for streaming labeling jobs. To learn more, see Send Data to a
    Streaming Labeling Job. Since 2020-09-15.
    """
    def __init__(
        self,
        *,
        s3_data_source: LabelingJobS3DataSource | None = None,
        sns_data_source: LabelingJobSnsDataSource | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        s3_data_source: LabelingJobS3DataSource | None = ...,
        sns_data_source: LabelingJobSnsDataSource | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class LabelingJobForWorkteamSummary(Shape):
    """Provides summary information for a work team."""

    labeling_job_name: Final[str | None]
    """The name of the labeling job that the work team is assigned to. Since 2018-11-28."""
    job_reference_code: Final[str | None]
    """A unique identifier for a labeling job. You can use this to refer to a specific labeling job.
    Since 2018-11-28.
    """
    work_requester_account_id: Final[str | None]
    """Since 2018-11-28."""
    creation_time: Final[datetime | None]
    """The date and time that the labeling job was created. Since 2018-11-28."""
    label_counters: Final[LabelCountersForWorkteam | None]
    """Provides information about the progress of a labeling job. Since 2018-11-28."""
    number_of_human_workers_per_data_object: Final[int | None]
    """The configured number of workers per data object. Since 2019-05-08."""
    def __init__(
        self,
        *,
        labeling_job_name: str | None = None,
        job_reference_code: str | None = None,
        work_requester_account_id: str | None = None,
        creation_time: datetime | None = None,
        label_counters: LabelCountersForWorkteam | None = None,
        number_of_human_workers_per_data_object: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        labeling_job_name: str | None = ...,
        job_reference_code: str | None = ...,
        work_requester_account_id: str | None = ...,
        creation_time: datetime | None = ...,
        label_counters: LabelCountersForWorkteam | None = ...,
        number_of_human_workers_per_data_object: int | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class LabelingJobInputConfig(Shape):
    """Input data for the labeling job, such as the Amazon S3 location of the data objects and the
    location of the manifest file that describes the data objects.
    """

    data_source: Final[LabelingJobDataSource]
    """The location of the input data. Since 2018-11-28."""
    data_attributes: Final[LabelingJobDataAttributes | None]
    """Attributes of the data specified by the customer. Since 2018-11-28."""
    def __init__(
        self,
        *,
        data_source: LabelingJobDataSource,
        data_attributes: LabelingJobDataAttributes | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        data_source: LabelingJobDataSource = ...,
        data_attributes: LabelingJobDataAttributes | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class LabelingJobOutput(Shape):
    """The location of the output produced by the labeling job."""

    output_dataset_s3_uri: Final[str | None]
    """The Amazon S3 bucket location of the manifest file for labeled data. Since 2018-11-28."""
    final_active_learning_model_arn: Final[str | None]
    """The Amazon Resource Name (ARN) for the most recent SageMaker model trained as part of automated
    data labeling. Since 2018-11-28.
    """
    def __init__(
        self,
        *,
        output_dataset_s3_uri: str | None = None,
        final_active_learning_model_arn: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        output_dataset_s3_uri: str | None = ...,
        final_active_learning_model_arn: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class LabelingJobOutputConfig(Shape):
    """The location of the output data and the Amazon Web Services Key Management Service key ID for
    the key used to encrypt the output data, if any.
    """

    s3_output_path: Final[str]
    """The Amazon S3 location to write output data. Since 2018-11-28."""
    kms_key_id: Final[str | None]
    """The Amazon Web Services Key Management Service ID of the key used to encrypt the output data, if
    any. Since 2018-11-28.
    """
    sns_topic_arn: Final[str | None]
    """An Amazon Simple Notification Service (Amazon SNS) output topic ARN. Provide a SnsTopicArn if
    you want to do real time chaining to another streaming job and receive an Amazon SNS
    notifications each time a data object is submitted by a worker. Since 2020-09-15.
    """
    def __init__(
        self,
        *,
        s3_output_path: str,
        kms_key_id: str | None = None,
        sns_topic_arn: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        s3_output_path: str = ...,
        kms_key_id: str | None = ...,
        sns_topic_arn: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class LabelingJobResourceConfig(Shape):
    """Provides configuration information for a labeling job."""

    volume_kms_key_id: Final[str | None]
    """The Amazon Web Services Key Management Service (Amazon Web Services KMS) key that Amazon
    SageMaker uses to encrypt data on the storage volume attached to the ML compute instance(s) that
    run the training and inference jobs used for automated data labeling. Since 2018-11-28.
    """
    vpc_config: Final[VpcConfig | None]
    """Specifies a VPC that your training jobs and hosted models have access to. Control access to and
    from your training and model containers by configuring the VPC. For more information, see
    Protect Endpoints by Using an Amazon Virtual Private Cloud and Protect Training Jobs by Using an
    Amazon Virtual Private Cloud. Since 2022-06-23.
    """
    def __init__(
        self,
        *,
        volume_kms_key_id: str | None = None,
        vpc_config: VpcConfig | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        volume_kms_key_id: str | None = ...,
        vpc_config: VpcConfig | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class LabelingJobS3DataSource(Shape):
    """The Amazon S3 location of the input data objects."""

    manifest_s3_uri: Final[str]
    """The Amazon S3 location of the manifest file that describes the input data objects. Since
    2018-11-28.
    """
    def __init__(
        self,
        *,
        manifest_s3_uri: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        manifest_s3_uri: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class LabelingJobSnsDataSource(Shape):
    """An Amazon SNS data source used for streaming labeling jobs. To learn more, see Send Data to a
    Streaming Labeling Job.
    """

    sns_topic_arn: Final[str]
    """The Amazon SNS input topic Amazon Resource Name (ARN). Specify the ARN of the input topic you
    will use to send new data objects to a streaming labeling job. Since 2020-09-15.
    """
    def __init__(
        self,
        *,
        sns_topic_arn: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        sns_topic_arn: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class LabelingJobStoppingConditions(Shape):
    """A set of conditions for stopping the labeling job. If any of the conditions are met, the job is
    automatically stopped. You can use these conditions to control the cost of data labeling.
    """

    max_human_labeled_object_count: Final[int | None]
    """The maximum number of objects that can be labeled by human workers. Since 2018-11-28."""
    max_percentage_of_input_dataset_labeled: Final[int | None]
    """The maximum number of input data objects that should be labeled. Since 2018-11-28."""
    def __init__(
        self,
        *,
        max_human_labeled_object_count: int | None = None,
        max_percentage_of_input_dataset_labeled: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        max_human_labeled_object_count: int | None = ...,
        max_percentage_of_input_dataset_labeled: int | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class LabelingJobSummary(Shape):
    """Provides summary information about a labeling job."""

    labeling_job_name: Final[str | None]
    """The name of the labeling job. Since 2018-11-28."""
    labeling_job_arn: Final[str | None]
    """The Amazon Resource Name (ARN) assigned to the labeling job when it was created. Since
    2018-11-28.
    """
    creation_time: Final[datetime | None]
    """The date and time that the job was created (timestamp). Since 2018-11-28."""
    last_modified_time: Final[datetime | None]
    """The date and time that the job was last modified (timestamp). Since 2018-11-28."""
    labeling_job_status: Final[LabelingJobStatus | None]
    """The current status of the labeling job. Since 2018-11-28."""
    label_counters: Final[LabelCounters | None]
    """Counts showing the progress of the labeling job. Since 2018-11-28."""
    workteam_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the work team assigned to the job. Since 2018-11-28."""
    pre_human_task_lambda_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of a Lambda function. The function is run before each data object
    is sent to a worker. Since 2018-11-28.
    """
    annotation_consolidation_lambda_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the Lambda function used to consolidate the annotations from
    individual workers into a label for a data object. For more information, see Annotation
    Consolidation. Since 2018-11-28.
    """
    failure_reason: Final[str | None]
    """If the LabelingJobStatus field is Failed , this field contains a description of the error. Since
    2018-11-28.
    """
    labeling_job_output: Final[LabelingJobOutput | None]
    """The location of the output produced by the labeling job. Since 2018-11-28."""
    input_config: Final[LabelingJobInputConfig | None]
    """Input configuration for the labeling job. Since 2018-11-28."""
    def __init__(
        self,
        *,
        labeling_job_name: str | None = None,
        labeling_job_arn: str | None = None,
        creation_time: datetime | None = None,
        last_modified_time: datetime | None = None,
        labeling_job_status: LabelingJobStatus | LabelingJobStatusLiteral | None = None,
        label_counters: LabelCounters | None = None,
        workteam_arn: str | None = None,
        pre_human_task_lambda_arn: str | None = None,
        annotation_consolidation_lambda_arn: str | None = None,
        failure_reason: str | None = None,
        labeling_job_output: LabelingJobOutput | None = None,
        input_config: LabelingJobInputConfig | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        labeling_job_name: str | None = ...,
        labeling_job_arn: str | None = ...,
        creation_time: datetime | None = ...,
        last_modified_time: datetime | None = ...,
        labeling_job_status: LabelingJobStatus | LabelingJobStatusLiteral | None = ...,
        label_counters: LabelCounters | None = ...,
        workteam_arn: str | None = ...,
        pre_human_task_lambda_arn: str | None = ...,
        annotation_consolidation_lambda_arn: str | None = ...,
        failure_reason: str | None = ...,
        labeling_job_output: LabelingJobOutput | None = ...,
        input_config: LabelingJobInputConfig | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class LambdaStepMetadata(Shape):
    """The Amazon Resource Name (ARN) of the Lambda function that was run by this step execution and a
    list of output parameters.
    """

    arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the Lambda function that was run by this step execution. Since
    2021-07-30.
    """
    output_parameters: Final[list[OutputParameter] | None]
    """A list of the output parameters of the Lambda step. Since 2021-07-30."""
    def __init__(
        self,
        *,
        arn: str | None = None,
        output_parameters: list[OutputParameter] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        arn: str | None = ...,
        output_parameters: list[OutputParameter] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class LastUpdateStatus(Shape):
    """A value indicating whether the update made to the feature group was successful."""

    status: Final[LastUpdateStatusValue | None]
    """A value that indicates whether the update was made successful. Since 2022-06-29."""
    failure_reason: Final[str | None]
    """If the update wasn't successful, indicates the reason why it failed. Since 2022-06-29."""
    def __init__(
        self,
        *,
        status: LastUpdateStatusValue | LastUpdateStatusValueLiteral | None = None,
        failure_reason: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        status: LastUpdateStatusValue | LastUpdateStatusValueLiteral | None = ...,
        failure_reason: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class LineageGroupSummary(Shape):
    """Lists a summary of the properties of a lineage group. A lineage group provides a group of
    shareable lineage entity resources.
    """

    lineage_group_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the lineage group resource. Since 2021-12-01."""
    lineage_group_name: Final[str | None]
    """The name or Amazon Resource Name (ARN) of the lineage group. Since 2021-12-01."""
    display_name: Final[str | None]
    """The display name of the lineage group summary. Since 2021-12-01."""
    creation_time: Final[datetime | None]
    """The creation time of the lineage group summary. Since 2021-12-01."""
    last_modified_time: Final[datetime | None]
    """The last modified time of the lineage group summary. Since 2021-12-01."""
    def __init__(
        self,
        *,
        lineage_group_arn: str | None = None,
        lineage_group_name: str | None = None,
        display_name: str | None = None,
        creation_time: datetime | None = None,
        last_modified_time: datetime | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        lineage_group_arn: str | None = ...,
        lineage_group_name: str | None = ...,
        display_name: str | None = ...,
        creation_time: datetime | None = ...,
        last_modified_time: datetime | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class LineageMetadata(Shape):
    """The metadata of the lineage used in pipeline execution step."""

    action_arns: Final[dict[str, str] | None]
    """The Amazon Resource Name (ARN) of the lineage action. Since 2025-12-03."""
    artifact_arns: Final[dict[str, str] | None]
    """The Amazon Resource Name (ARN) of the lineage artifact. Since 2025-12-03."""
    context_arns: Final[dict[str, str] | None]
    """The Amazon Resource Name (ARN) of the lineage context. Since 2025-12-03."""
    associations: Final[list[AssociationInfo] | None]
    """The lineage associations. Since 2025-12-03."""
    def __init__(
        self,
        *,
        action_arns: dict[str, str] | None = None,
        artifact_arns: dict[str, str] | None = None,
        context_arns: dict[str, str] | None = None,
        associations: list[AssociationInfo] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        action_arns: dict[str, str] | None = ...,
        artifact_arns: dict[str, str] | None = ...,
        context_arns: dict[str, str] | None = ...,
        associations: list[AssociationInfo] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListAIBenchmarkJobsRequest(Shape):
    """No description on the pages."""

    max_results: Final[int | None]
    """The maximum number of benchmark jobs to return in the response. Since 2026-04-21."""
    next_token: Final[str | None]
    """If the previous call to ListAIBenchmarkJobs didn't return the full set of jobs, the call returns
    a token for getting the next set. Since 2026-04-21.
    """
    name_contains: Final[str | None]
    """A string in the job name. This filter returns only jobs whose name contains the specified
    string. Since 2026-04-21.
    """
    status_equals: Final[AIBenchmarkJobStatus | None]
    """A filter that returns only benchmark jobs with the specified status. Since 2026-04-21."""
    creation_time_after: Final[datetime | None]
    """A filter that returns only jobs created after the specified time. Since 2026-04-21."""
    creation_time_before: Final[datetime | None]
    """A filter that returns only jobs created before the specified time. Since 2026-04-21."""
    sort_by: Final[ListAIBenchmarkJobsSortBy | None]
    """The field to sort results by. The default is CreationTime. Since 2026-04-21."""
    sort_order: Final[SortOrder | None]
    """The sort order for results. The default is Descending. Since 2026-04-21."""
    def __init__(
        self,
        *,
        max_results: int | None = None,
        next_token: str | None = None,
        name_contains: str | None = None,
        status_equals: AIBenchmarkJobStatus | AIBenchmarkJobStatusLiteral | None = None,
        creation_time_after: datetime | None = None,
        creation_time_before: datetime | None = None,
        sort_by: ListAIBenchmarkJobsSortBy | ListAIBenchmarkJobsSortByLiteral | None = None,
        sort_order: SortOrder | SortOrderLiteral | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        max_results: int | None = ...,
        next_token: str | None = ...,
        name_contains: str | None = ...,
        status_equals: AIBenchmarkJobStatus | AIBenchmarkJobStatusLiteral | None = ...,
        creation_time_after: datetime | None = ...,
        creation_time_before: datetime | None = ...,
        sort_by: ListAIBenchmarkJobsSortBy | ListAIBenchmarkJobsSortByLiteral | None = ...,
        sort_order: SortOrder | SortOrderLiteral | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListAIBenchmarkJobsResponse(OutputShape):
    """The result of ``list_ai_benchmark_jobs`` (ListAIBenchmarkJobs)."""

    ai_benchmark_jobs: Final[list[AIBenchmarkJobSummary] | None]
    """An array of AIBenchmarkJobSummary objects, one for each benchmark job that matches the specified
    filters. Since 2026-04-21.
    """
    next_token: Final[str | None]
    """If the response is truncated, Amazon SageMaker AI returns this token. To retrieve the next set
    of jobs, use it in the subsequent request. Since 2026-04-21.
    """
    def __init__(
        self,
        *,
        ai_benchmark_jobs: list[AIBenchmarkJobSummary] | None = None,
        next_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        ai_benchmark_jobs: list[AIBenchmarkJobSummary] | None = ...,
        next_token: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListAIRecommendationJobsRequest(Shape):
    """No description on the pages."""

    max_results: Final[int | None]
    """The maximum number of recommendation jobs to return in the response. Since 2026-04-21."""
    next_token: Final[str | None]
    """If the previous call to ListAIRecommendationJobs didn't return the full set of jobs, the call
    returns a token for getting the next set. Since 2026-04-21.
    """
    name_contains: Final[str | None]
    """A string in the job name. This filter returns only jobs whose name contains the specified
    string. Since 2026-04-21.
    """
    status_equals: Final[AIRecommendationJobStatus | None]
    """A filter that returns only recommendation jobs with the specified status. Since 2026-04-21.
    """
    creation_time_after: Final[datetime | None]
    """A filter that returns only jobs created after the specified time. Since 2026-04-21."""
    creation_time_before: Final[datetime | None]
    """A filter that returns only jobs created before the specified time. Since 2026-04-21."""
    sort_by: Final[ListAIRecommendationJobsSortBy | None]
    """The field to sort results by. The default is CreationTime. Since 2026-04-21."""
    sort_order: Final[SortOrder | None]
    """The sort order for results. The default is Descending. Since 2026-04-21."""
    def __init__(
        self,
        *,
        max_results: int | None = None,
        next_token: str | None = None,
        name_contains: str | None = None,
        status_equals: AIRecommendationJobStatus | AIRecommendationJobStatusLiteral | None = None,
        creation_time_after: datetime | None = None,
        creation_time_before: datetime | None = None,
        sort_by: ListAIRecommendationJobsSortBy | ListAIRecommendationJobsSortByLiteral | None = None,
        sort_order: SortOrder | SortOrderLiteral | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        max_results: int | None = ...,
        next_token: str | None = ...,
        name_contains: str | None = ...,
        status_equals: AIRecommendationJobStatus | AIRecommendationJobStatusLiteral | None = ...,
        creation_time_after: datetime | None = ...,
        creation_time_before: datetime | None = ...,
        sort_by: ListAIRecommendationJobsSortBy | ListAIRecommendationJobsSortByLiteral | None = ...,
        sort_order: SortOrder | SortOrderLiteral | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListAIRecommendationJobsResponse(OutputShape):
    """The result of ``list_ai_recommendation_jobs`` (ListAIRecommendationJobs)."""

    ai_recommendation_jobs: Final[list[AIRecommendationJobSummary] | None]
    """An array of AIRecommendationJobSummary objects, one for each recommendation job that matches the
    specified filters. Since 2026-04-21.
    """
    next_token: Final[str | None]
    """If the response is truncated, Amazon SageMaker AI returns this token. To retrieve the next set
    of jobs, use it in the subsequent request. Since 2026-04-21.
    """
    def __init__(
        self,
        *,
        ai_recommendation_jobs: list[AIRecommendationJobSummary] | None = None,
        next_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        ai_recommendation_jobs: list[AIRecommendationJobSummary] | None = ...,
        next_token: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListAIWorkloadConfigsRequest(Shape):
    """No description on the pages."""

    max_results: Final[int | None]
    """The maximum number of AI workload configurations to return in the response. Since 2026-04-21.
    """
    next_token: Final[str | None]
    """If the previous call to ListAIWorkloadConfigs didn't return the full set of configurations, the
    call returns a token for getting the next set of configurations. Since 2026-04-21.
    """
    name_contains: Final[str | None]
    """A string in the configuration name. This filter returns only configurations whose name contains
    the specified string. Since 2026-04-21.
    """
    creation_time_after: Final[datetime | None]
    """A filter that returns only configurations created after the specified time. Since 2026-04-21.
    """
    creation_time_before: Final[datetime | None]
    """A filter that returns only configurations created before the specified time. Since 2026-04-21.
    """
    sort_by: Final[ListAIWorkloadConfigsSortBy | None]
    """The field to sort results by. The default is CreationTime. Since 2026-04-21."""
    sort_order: Final[SortOrder | None]
    """The sort order for results. The default is Descending. Since 2026-04-21."""
    def __init__(
        self,
        *,
        max_results: int | None = None,
        next_token: str | None = None,
        name_contains: str | None = None,
        creation_time_after: datetime | None = None,
        creation_time_before: datetime | None = None,
        sort_by: ListAIWorkloadConfigsSortBy | ListAIWorkloadConfigsSortByLiteral | None = None,
        sort_order: SortOrder | SortOrderLiteral | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        max_results: int | None = ...,
        next_token: str | None = ...,
        name_contains: str | None = ...,
        creation_time_after: datetime | None = ...,
        creation_time_before: datetime | None = ...,
        sort_by: ListAIWorkloadConfigsSortBy | ListAIWorkloadConfigsSortByLiteral | None = ...,
        sort_order: SortOrder | SortOrderLiteral | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListAIWorkloadConfigsResponse(OutputShape):
    """The result of ``list_ai_workload_configs`` (ListAIWorkloadConfigs)."""

    ai_workload_configs: Final[list[AIWorkloadConfigSummary] | None]
    """An array of AIWorkloadConfigSummary objects, one for each AI workload configuration that matches
    the specified filters. Since 2026-04-21.
    """
    next_token: Final[str | None]
    """If the response is truncated, Amazon SageMaker AI returns this token. To retrieve the next set
    of configurations, use it in the subsequent request. Since 2026-04-21.
    """
    def __init__(
        self,
        *,
        ai_workload_configs: list[AIWorkloadConfigSummary] | None = None,
        next_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        ai_workload_configs: list[AIWorkloadConfigSummary] | None = ...,
        next_token: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListActionsRequest(Shape):
    """No description on the pages."""

    source_uri: Final[str | None]
    """A filter that returns only actions with the specified source URI. Since 2020-12-01."""
    action_type: Final[str | None]
    """A filter that returns only actions of the specified type. Since 2020-12-01."""
    created_after: Final[datetime | None]
    """A filter that returns only actions created on or after the specified time. Since 2020-12-01.
    """
    created_before: Final[datetime | None]
    """A filter that returns only actions created on or before the specified time. Since 2020-12-01.
    """
    sort_by: Final[SortActionsBy | None]
    """The property used to sort results. The default value is CreationTime . Since 2020-12-01."""
    sort_order: Final[SortOrder | None]
    """The sort order. The default value is Descending . Since 2020-12-01."""
    next_token: Final[str | None]
    """If the previous call to ListActions didn't return the full set of actions, the call returns a
    token for getting the next set of actions. Since 2020-12-01.
    """
    max_results: Final[int | None]
    """The maximum number of actions to return in the response. The default value is 10. Since
    2020-12-01.
    """
    def __init__(
        self,
        *,
        source_uri: str | None = None,
        action_type: str | None = None,
        created_after: datetime | None = None,
        created_before: datetime | None = None,
        sort_by: SortActionsBy | SortActionsByLiteral | None = None,
        sort_order: SortOrder | SortOrderLiteral | None = None,
        next_token: str | None = None,
        max_results: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        source_uri: str | None = ...,
        action_type: str | None = ...,
        created_after: datetime | None = ...,
        created_before: datetime | None = ...,
        sort_by: SortActionsBy | SortActionsByLiteral | None = ...,
        sort_order: SortOrder | SortOrderLiteral | None = ...,
        next_token: str | None = ...,
        max_results: int | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListActionsResponse(OutputShape):
    """The result of ``list_actions`` (ListActions)."""

    action_summaries: Final[list[ActionSummary] | None]
    """A list of actions and their properties. Since 2020-12-01."""
    next_token: Final[str | None]
    """A token for getting the next set of actions, if there are any. Since 2020-12-01."""
    def __init__(
        self,
        *,
        action_summaries: list[ActionSummary] | None = None,
        next_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        action_summaries: list[ActionSummary] | None = ...,
        next_token: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListAlgorithmsInput(Shape):
    """No description on the pages."""

    creation_time_after: Final[datetime | None]
    """A filter that returns only algorithms created after the specified time (timestamp). Since
    2018-11-28.
    """
    creation_time_before: Final[datetime | None]
    """A filter that returns only algorithms created before the specified time (timestamp). Since
    2018-11-28.
    """
    max_results: Final[int | None]
    """The maximum number of algorithms to return in the response. Since 2018-11-28."""
    name_contains: Final[str | None]
    """A string in the algorithm name. This filter returns only algorithms whose name contains the
    specified string. Since 2018-11-28.
    """
    next_token: Final[str | None]
    """If the response to a previous ListAlgorithms request was truncated, the response includes a
    NextToken . To retrieve the next set of algorithms, use the token in the next request. Since
    2018-11-28.
    """
    sort_by: Final[AlgorithmSortBy | None]
    """The parameter by which to sort the results. The default is CreationTime . Since 2018-11-28.
    """
    sort_order: Final[SortOrder | None]
    """The sort order for the results. The default is Ascending . Since 2018-11-28."""
    def __init__(
        self,
        *,
        creation_time_after: datetime | None = None,
        creation_time_before: datetime | None = None,
        max_results: int | None = None,
        name_contains: str | None = None,
        next_token: str | None = None,
        sort_by: AlgorithmSortBy | AlgorithmSortByLiteral | None = None,
        sort_order: SortOrder | SortOrderLiteral | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        creation_time_after: datetime | None = ...,
        creation_time_before: datetime | None = ...,
        max_results: int | None = ...,
        name_contains: str | None = ...,
        next_token: str | None = ...,
        sort_by: AlgorithmSortBy | AlgorithmSortByLiteral | None = ...,
        sort_order: SortOrder | SortOrderLiteral | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListAlgorithmsOutput(OutputShape):
    """The result of ``list_algorithms`` (ListAlgorithms)."""

    algorithm_summary_list: Final[list[AlgorithmSummary] | None]
    """>An array of AlgorithmSummary objects, each of which lists an algorithm. Since 2018-11-28."""
    next_token: Final[str | None]
    """If the response is truncated, Amazon SageMaker returns this token. To retrieve the next set of
    algorithms, use it in the subsequent request. Since 2018-11-28.
    """
    def __init__(
        self,
        *,
        algorithm_summary_list: list[AlgorithmSummary] | None = None,
        next_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        algorithm_summary_list: list[AlgorithmSummary] | None = ...,
        next_token: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListAliasesRequest(Shape):
    """No description on the pages."""

    image_name: Final[str]
    """The name of the image. Since 2022-12-19."""
    alias: Final[str | None]
    """The alias of the image version. Since 2022-12-19."""
    version: Final[int | None]
    """The version of the image. If image version is not specified, the aliases of all versions of the
    image are listed. Since 2022-12-19.
    """
    max_results: Final[int | None]
    """The maximum number of aliases to return. Since 2022-12-19."""
    next_token: Final[str | None]
    """If the previous call to ListAliases didn't return the full set of aliases, the call returns a
    token for retrieving the next set of aliases. Since 2022-12-19.
    """
    def __init__(
        self,
        *,
        image_name: str,
        alias: str | None = None,
        version: int | None = None,
        max_results: int | None = None,
        next_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        image_name: str = ...,
        alias: str | None = ...,
        version: int | None = ...,
        max_results: int | None = ...,
        next_token: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListAliasesResponse(OutputShape):
    """The result of ``list_aliases`` (ListAliases)."""

    sage_maker_image_version_aliases: Final[list[str] | None]
    """A list of SageMaker image version aliases. Since 2022-12-19."""
    next_token: Final[str | None]
    """A token for getting the next set of aliases, if more aliases exist. Since 2022-12-19."""
    def __init__(
        self,
        *,
        sage_maker_image_version_aliases: list[str] | None = None,
        next_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        sage_maker_image_version_aliases: list[str] | None = ...,
        next_token: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListAppImageConfigsRequest(Shape):
    """No description on the pages."""

    max_results: Final[int | None]
    """The total number of items to return in the response. If the total number of items available is
    more than the value specified, a NextToken is provided in the response. To resume pagination,
    provide the NextToken value in the as part of a subsequent call. The default value is 10. Since
    2020-10-26.
    """
    next_token: Final[str | None]
    """If the previous call to ListImages didn't return the full set of AppImageConfigs, the call
    returns a token for getting the next set of AppImageConfigs. Since 2020-10-26.
    """
    name_contains: Final[str | None]
    """A filter that returns only AppImageConfigs whose name contains the specified string. Since
    2020-10-26.
    """
    creation_time_before: Final[datetime | None]
    """A filter that returns only AppImageConfigs created on or before the specified time. Since
    2020-10-26.
    """
    creation_time_after: Final[datetime | None]
    """A filter that returns only AppImageConfigs created on or after the specified time. Since
    2020-10-26.
    """
    modified_time_before: Final[datetime | None]
    """A filter that returns only AppImageConfigs modified on or before the specified time. Since
    2020-10-26.
    """
    modified_time_after: Final[datetime | None]
    """A filter that returns only AppImageConfigs modified on or after the specified time. Since
    2020-10-26.
    """
    sort_by: Final[AppImageConfigSortKey | None]
    """The property used to sort results. The default value is CreationTime . Since 2020-10-26."""
    sort_order: Final[SortOrder | None]
    """The sort order. The default value is Descending . Since 2020-10-26."""
    def __init__(
        self,
        *,
        max_results: int | None = None,
        next_token: str | None = None,
        name_contains: str | None = None,
        creation_time_before: datetime | None = None,
        creation_time_after: datetime | None = None,
        modified_time_before: datetime | None = None,
        modified_time_after: datetime | None = None,
        sort_by: AppImageConfigSortKey | AppImageConfigSortKeyLiteral | None = None,
        sort_order: SortOrder | SortOrderLiteral | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        max_results: int | None = ...,
        next_token: str | None = ...,
        name_contains: str | None = ...,
        creation_time_before: datetime | None = ...,
        creation_time_after: datetime | None = ...,
        modified_time_before: datetime | None = ...,
        modified_time_after: datetime | None = ...,
        sort_by: AppImageConfigSortKey | AppImageConfigSortKeyLiteral | None = ...,
        sort_order: SortOrder | SortOrderLiteral | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListAppImageConfigsResponse(OutputShape):
    """The result of ``list_app_image_configs`` (ListAppImageConfigs)."""

    next_token: Final[str | None]
    """A token for getting the next set of AppImageConfigs, if there are any. Since 2020-10-26."""
    app_image_configs: Final[list[AppImageConfigDetails] | None]
    """A list of AppImageConfigs and their properties. Since 2020-10-26."""
    def __init__(
        self,
        *,
        next_token: str | None = None,
        app_image_configs: list[AppImageConfigDetails] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        next_token: str | None = ...,
        app_image_configs: list[AppImageConfigDetails] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListAppsRequest(Shape):
    """No description on the pages."""

    next_token: Final[str | None]
    """If the previous response was truncated, you will receive this token. Use it in your next request
    to receive the next set of results. Since 2019-12-04.
    """
    max_results: Final[int | None]
    """This parameter defines the maximum number of results that can be return in a single response.
    The MaxResults parameter is an upper bound, not a target. If there are more results available
    than the value specified, a NextToken is provided in the response. The NextToken indicates that
    the user should get the next set of results by providing this token as a part of a subsequent
    call. The default value for MaxResults is 10. Since 2019-12-04.
    """
    sort_order: Final[SortOrder | None]
    """The sort order for the results. The default is Ascending. Since 2019-12-04."""
    sort_by: Final[AppSortKey | None]
    """The parameter by which to sort the results. The default is CreationTime. Since 2019-12-04."""
    domain_id_equals: Final[str | None]
    """A parameter to search for the domain ID. Since 2019-12-04."""
    user_profile_name_equals: Final[str | None]
    """A parameter to search by user profile name. If SpaceNameEquals is set, then this value cannot be
    set. Since 2019-12-04.
    """
    space_name_equals: Final[str | None]
    """A parameter to search by space name. If UserProfileNameEquals is set, then this value cannot be
    set. Since 2022-11-30.
    """
    def __init__(
        self,
        *,
        next_token: str | None = None,
        max_results: int | None = None,
        sort_order: SortOrder | SortOrderLiteral | None = None,
        sort_by: AppSortKey | AppSortKeyLiteral | None = None,
        domain_id_equals: str | None = None,
        user_profile_name_equals: str | None = None,
        space_name_equals: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        next_token: str | None = ...,
        max_results: int | None = ...,
        sort_order: SortOrder | SortOrderLiteral | None = ...,
        sort_by: AppSortKey | AppSortKeyLiteral | None = ...,
        domain_id_equals: str | None = ...,
        user_profile_name_equals: str | None = ...,
        space_name_equals: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListAppsResponse(OutputShape):
    """The result of ``list_apps`` (ListApps)."""

    apps: Final[list[AppDetails] | None]
    """The list of apps. Since 2019-12-04."""
    next_token: Final[str | None]
    """If the previous response was truncated, you will receive this token. Use it in your next request
    to receive the next set of results. Since 2019-12-04.
    """
    def __init__(
        self,
        *,
        apps: list[AppDetails] | None = None,
        next_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        apps: list[AppDetails] | None = ...,
        next_token: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListArtifactsRequest(Shape):
    """No description on the pages."""

    source_uri: Final[str | None]
    """A filter that returns only artifacts with the specified source URI. Since 2020-12-01."""
    artifact_type: Final[str | None]
    """A filter that returns only artifacts of the specified type. Since 2020-12-01."""
    created_after: Final[datetime | None]
    """A filter that returns only artifacts created on or after the specified time. Since 2020-12-01.
    """
    created_before: Final[datetime | None]
    """A filter that returns only artifacts created on or before the specified time. Since 2020-12-01.
    """
    sort_by: Final[SortArtifactsBy | None]
    """The property used to sort results. The default value is CreationTime . Since 2020-12-01."""
    sort_order: Final[SortOrder | None]
    """The sort order. The default value is Descending . Since 2020-12-01."""
    next_token: Final[str | None]
    """If the previous call to ListArtifacts didn't return the full set of artifacts, the call returns
    a token for getting the next set of artifacts. Since 2020-12-01.
    """
    max_results: Final[int | None]
    """The maximum number of artifacts to return in the response. The default value is 10. Since
    2020-12-01.
    """
    def __init__(
        self,
        *,
        source_uri: str | None = None,
        artifact_type: str | None = None,
        created_after: datetime | None = None,
        created_before: datetime | None = None,
        sort_by: SortArtifactsBy | SortArtifactsByLiteral | None = None,
        sort_order: SortOrder | SortOrderLiteral | None = None,
        next_token: str | None = None,
        max_results: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        source_uri: str | None = ...,
        artifact_type: str | None = ...,
        created_after: datetime | None = ...,
        created_before: datetime | None = ...,
        sort_by: SortArtifactsBy | SortArtifactsByLiteral | None = ...,
        sort_order: SortOrder | SortOrderLiteral | None = ...,
        next_token: str | None = ...,
        max_results: int | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListArtifactsResponse(OutputShape):
    """The result of ``list_artifacts`` (ListArtifacts)."""

    artifact_summaries: Final[list[ArtifactSummary] | None]
    """A list of artifacts and their properties. Since 2020-12-01."""
    next_token: Final[str | None]
    """A token for getting the next set of artifacts, if there are any. Since 2020-12-01."""
    def __init__(
        self,
        *,
        artifact_summaries: list[ArtifactSummary] | None = None,
        next_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        artifact_summaries: list[ArtifactSummary] | None = ...,
        next_token: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListAssociationsRequest(Shape):
    """No description on the pages."""

    source_arn: Final[str | None]
    """A filter that returns only associations with the specified source ARN. Since 2020-12-01."""
    destination_arn: Final[str | None]
    """A filter that returns only associations with the specified destination Amazon Resource Name
    (ARN). Since 2020-12-01.
    """
    source_type: Final[str | None]
    """A filter that returns only associations with the specified source type. Since 2020-12-01."""
    destination_type: Final[str | None]
    """A filter that returns only associations with the specified destination type. Since 2020-12-01.
    """
    association_type: Final[AssociationEdgeType | None]
    """A filter that returns only associations of the specified type. Since 2020-12-01."""
    created_after: Final[datetime | None]
    """A filter that returns only associations created on or after the specified time. Since
    2020-12-01.
    """
    created_before: Final[datetime | None]
    """A filter that returns only associations created on or before the specified time. Since
    2020-12-01.
    """
    sort_by: Final[SortAssociationsBy | None]
    """The property used to sort results. The default value is CreationTime . Since 2020-12-01."""
    sort_order: Final[SortOrder | None]
    """The sort order. The default value is Descending . Since 2020-12-01."""
    next_token: Final[str | None]
    """If the previous call to ListAssociations didn't return the full set of associations, the call
    returns a token for getting the next set of associations. Since 2020-12-01.
    """
    max_results: Final[int | None]
    """The maximum number of associations to return in the response. The default value is 10. Since
    2020-12-01.
    """
    def __init__(
        self,
        *,
        source_arn: str | None = None,
        destination_arn: str | None = None,
        source_type: str | None = None,
        destination_type: str | None = None,
        association_type: AssociationEdgeType | AssociationEdgeTypeLiteral | None = None,
        created_after: datetime | None = None,
        created_before: datetime | None = None,
        sort_by: SortAssociationsBy | SortAssociationsByLiteral | None = None,
        sort_order: SortOrder | SortOrderLiteral | None = None,
        next_token: str | None = None,
        max_results: int | None = None,
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
        created_after: datetime | None = ...,
        created_before: datetime | None = ...,
        sort_by: SortAssociationsBy | SortAssociationsByLiteral | None = ...,
        sort_order: SortOrder | SortOrderLiteral | None = ...,
        next_token: str | None = ...,
        max_results: int | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListAssociationsResponse(OutputShape):
    """The result of ``list_associations`` (ListAssociations)."""

    association_summaries: Final[list[AssociationSummary] | None]
    """A list of associations and their properties. Since 2020-12-01."""
    next_token: Final[str | None]
    """A token for getting the next set of associations, if there are any. Since 2020-12-01."""
    def __init__(
        self,
        *,
        association_summaries: list[AssociationSummary] | None = None,
        next_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        association_summaries: list[AssociationSummary] | None = ...,
        next_token: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListAutoMLJobsRequest(Shape):
    """No description on the pages."""

    creation_time_after: Final[datetime | None]
    """Request a list of jobs, using a filter for time. Since 2019-12-04."""
    creation_time_before: Final[datetime | None]
    """Request a list of jobs, using a filter for time. Since 2019-12-04."""
    last_modified_time_after: Final[datetime | None]
    """Request a list of jobs, using a filter for time. Since 2019-12-04."""
    last_modified_time_before: Final[datetime | None]
    """Request a list of jobs, using a filter for time. Since 2019-12-04."""
    name_contains: Final[str | None]
    """Request a list of jobs, using a search filter for name. Since 2019-12-04."""
    status_equals: Final[AutoMLJobStatus | None]
    """Request a list of jobs, using a filter for status. Since 2019-12-04."""
    sort_order: Final[AutoMLSortOrder | None]
    """The sort order for the results. The default is Descending . Since 2019-12-04."""
    sort_by: Final[AutoMLSortBy | None]
    """The parameter by which to sort the results. The default is Name . Since 2019-12-04."""
    max_results: Final[int | None]
    """Request a list of jobs up to a specified limit. Since 2019-12-04."""
    next_token: Final[str | None]
    """If the previous response was truncated, you receive this token. Use it in your next request to
    receive the next set of results. Since 2019-12-04.
    """
    def __init__(
        self,
        *,
        creation_time_after: datetime | None = None,
        creation_time_before: datetime | None = None,
        last_modified_time_after: datetime | None = None,
        last_modified_time_before: datetime | None = None,
        name_contains: str | None = None,
        status_equals: AutoMLJobStatus | AutoMLJobStatusLiteral | None = None,
        sort_order: AutoMLSortOrder | AutoMLSortOrderLiteral | None = None,
        sort_by: AutoMLSortBy | AutoMLSortByLiteral | None = None,
        max_results: int | None = None,
        next_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        creation_time_after: datetime | None = ...,
        creation_time_before: datetime | None = ...,
        last_modified_time_after: datetime | None = ...,
        last_modified_time_before: datetime | None = ...,
        name_contains: str | None = ...,
        status_equals: AutoMLJobStatus | AutoMLJobStatusLiteral | None = ...,
        sort_order: AutoMLSortOrder | AutoMLSortOrderLiteral | None = ...,
        sort_by: AutoMLSortBy | AutoMLSortByLiteral | None = ...,
        max_results: int | None = ...,
        next_token: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListAutoMLJobsResponse(OutputShape):
    """The result of ``list_auto_ml_jobs`` (ListAutoMLJobs)."""

    auto_ml_job_summaries: Final[list[AutoMLJobSummary] | None]
    """Returns a summary list of jobs. Since 2019-12-04."""
    next_token: Final[str | None]
    """If the previous response was truncated, you receive this token. Use it in your next request to
    receive the next set of results. Since 2019-12-04.
    """
    def __init__(
        self,
        *,
        auto_ml_job_summaries: list[AutoMLJobSummary] | None = None,
        next_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        auto_ml_job_summaries: list[AutoMLJobSummary] | None = ...,
        next_token: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListCandidatesForAutoMLJobRequest(Shape):
    """No description on the pages."""

    auto_ml_job_name: Final[str]
    """List the candidates created for the job by providing the job's name. Since 2019-12-04."""
    status_equals: Final[CandidateStatus | None]
    """List the candidates for the job and filter by status. Since 2019-12-04."""
    candidate_name_equals: Final[str | None]
    """List the candidates for the job and filter by candidate name. Since 2019-12-04."""
    sort_order: Final[AutoMLSortOrder | None]
    """The sort order for the results. The default is Ascending . Since 2019-12-04."""
    sort_by: Final[CandidateSortBy | None]
    """The parameter by which to sort the results. The default is Descending . Since 2019-12-04."""
    max_results: Final[int | None]
    """List the job's candidates up to a specified limit. Since 2019-12-04."""
    next_token: Final[str | None]
    """If the previous response was truncated, you receive this token. Use it in your next request to
    receive the next set of results. Since 2019-12-04.
    """
    def __init__(
        self,
        *,
        auto_ml_job_name: str,
        status_equals: CandidateStatus | CandidateStatusLiteral | None = None,
        candidate_name_equals: str | None = None,
        sort_order: AutoMLSortOrder | AutoMLSortOrderLiteral | None = None,
        sort_by: CandidateSortBy | CandidateSortByLiteral | None = None,
        max_results: int | None = None,
        next_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        auto_ml_job_name: str = ...,
        status_equals: CandidateStatus | CandidateStatusLiteral | None = ...,
        candidate_name_equals: str | None = ...,
        sort_order: AutoMLSortOrder | AutoMLSortOrderLiteral | None = ...,
        sort_by: CandidateSortBy | CandidateSortByLiteral | None = ...,
        max_results: int | None = ...,
        next_token: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListCandidatesForAutoMLJobResponse(OutputShape):
    """The result of ``list_candidates_for_auto_ml_job`` (ListCandidatesForAutoMLJob)."""

    candidates: Final[list[AutoMLCandidate] | None]
    """Summaries about the AutoMLCandidates . Since 2019-12-04."""
    next_token: Final[str | None]
    """If the previous response was truncated, you receive this token. Use it in your next request to
    receive the next set of results. Since 2019-12-04.
    """
    def __init__(
        self,
        *,
        candidates: list[AutoMLCandidate] | None = None,
        next_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        candidates: list[AutoMLCandidate] | None = ...,
        next_token: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListClusterEventsRequest(Shape):
    """No description on the pages."""

    cluster_name: Final[str]
    """The name or Amazon Resource Name (ARN) of the HyperPod cluster for which to list events. Since
    2025-08-05.
    """
    instance_group_name: Final[str | None]
    """The name of the instance group to filter events. If specified, only events related to this
    instance group are returned. Since 2025-08-05.
    """
    node_id: Final[str | None]
    """The EC2 instance ID to filter events. If specified, only events related to this instance are
    returned. Since 2025-08-05.
    """
    event_time_after: Final[datetime | None]
    """The start of the time range for filtering events. Only events that occurred after this time are
    included in the results. Since 2025-08-05.
    """
    event_time_before: Final[datetime | None]
    """The end of the time range for filtering events. Only events that occurred before this time are
    included in the results. Since 2025-08-05.
    """
    sort_by: Final[EventSortBy | None]
    """The field to use for sorting the event list. Currently, the only supported value is EventTime.
    Since 2025-08-05.
    """
    sort_order: Final[SortOrder | None]
    """The order in which to sort the results. Valid values are Ascending or Descending (the default is
    Descending). Since 2025-08-05.
    """
    resource_type: Final[ClusterEventResourceType | None]
    """The type of resource for which to filter events. Valid values are Cluster, InstanceGroup, or
    Instance. Since 2025-08-05.
    """
    max_results: Final[int | None]
    """The maximum number of events to return in the response. Valid range is 1 to 100. Since
    2025-08-05.
    """
    next_token: Final[str | None]
    """A token to retrieve the next set of results. This token is obtained from the output of a
    previous ListClusterEvents call. Since 2025-08-05.
    """
    def __init__(
        self,
        *,
        cluster_name: str,
        instance_group_name: str | None = None,
        node_id: str | None = None,
        event_time_after: datetime | None = None,
        event_time_before: datetime | None = None,
        sort_by: EventSortBy | EventSortByLiteral | None = None,
        sort_order: SortOrder | SortOrderLiteral | None = None,
        resource_type: ClusterEventResourceType | ClusterEventResourceTypeLiteral | None = None,
        max_results: int | None = None,
        next_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        cluster_name: str = ...,
        instance_group_name: str | None = ...,
        node_id: str | None = ...,
        event_time_after: datetime | None = ...,
        event_time_before: datetime | None = ...,
        sort_by: EventSortBy | EventSortByLiteral | None = ...,
        sort_order: SortOrder | SortOrderLiteral | None = ...,
        resource_type: ClusterEventResourceType | ClusterEventResourceTypeLiteral | None = ...,
        max_results: int | None = ...,
        next_token: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListClusterEventsResponse(OutputShape):
    """The result of ``list_cluster_events`` (ListClusterEvents)."""

    next_token: Final[str | None]
    """A token to retrieve the next set of results. Include this token in subsequent ListClusterEvents
    calls to fetch more events. Since 2025-08-05.
    """
    events: Final[list[ClusterEventSummary] | None]
    """A list of event summaries matching the specified criteria. Since 2025-08-05."""
    def __init__(
        self,
        *,
        next_token: str | None = None,
        events: list[ClusterEventSummary] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        next_token: str | None = ...,
        events: list[ClusterEventSummary] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListClusterNodesRequest(Shape):
    """No description on the pages."""

    cluster_name: Final[str]
    """The string name or the Amazon Resource Name (ARN) of the SageMaker HyperPod cluster in which you
    want to retrieve the list of nodes. Since 2023-11-29.
    """
    creation_time_after: Final[datetime | None]
    """A filter that returns nodes in a SageMaker HyperPod cluster created after the specified time.
    Timestamps are formatted according to the ISO 8601 standard. Since 2023-11-29.
    """
    creation_time_before: Final[datetime | None]
    """A filter that returns nodes in a SageMaker HyperPod cluster created before the specified time.
    The acceptable formats are the same as the timestamp formats for CreationTimeAfter. For more
    information about the timestamp format, see Timestamp in the Amazon Web Services Command Line
    Interface User Guide. Since 2023-11-29.
    """
    instance_group_name_contains: Final[str | None]
    """A filter that returns the instance groups whose name contain a specified string. Since
    2023-11-29.
    """
    max_results: Final[int | None]
    """The maximum number of nodes to return in the response. Since 2023-11-29."""
    next_token: Final[str | None]
    """If the result of the previous ListClusterNodes request was truncated, the response includes a
    NextToken. To retrieve the next set of cluster nodes, use the token in the next request. Since
    2023-11-29.
    """
    sort_by: Final[ClusterSortBy | None]
    """The field by which to sort results. The default value is CREATION_TIME. Since 2023-11-29."""
    sort_order: Final[SortOrder | None]
    """The sort order for results. The default value is Ascending. Since 2023-11-29."""
    include_node_logical_ids: Final[bool | None]
    """Specifies whether to include nodes that are still being provisioned in the response. When set to
    true, the response includes all nodes regardless of their provisioning status. When set to False
    (default), only nodes with assigned InstanceIds are returned. Since 2025-08-05.
    """
    def __init__(
        self,
        *,
        cluster_name: str,
        creation_time_after: datetime | None = None,
        creation_time_before: datetime | None = None,
        instance_group_name_contains: str | None = None,
        max_results: int | None = None,
        next_token: str | None = None,
        sort_by: ClusterSortBy | ClusterSortByLiteral | None = None,
        sort_order: SortOrder | SortOrderLiteral | None = None,
        include_node_logical_ids: bool | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        cluster_name: str = ...,
        creation_time_after: datetime | None = ...,
        creation_time_before: datetime | None = ...,
        instance_group_name_contains: str | None = ...,
        max_results: int | None = ...,
        next_token: str | None = ...,
        sort_by: ClusterSortBy | ClusterSortByLiteral | None = ...,
        sort_order: SortOrder | SortOrderLiteral | None = ...,
        include_node_logical_ids: bool | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListClusterNodesResponse(OutputShape):
    """The result of ``list_cluster_nodes`` (ListClusterNodes)."""

    next_token: Final[str | None]
    """The next token specified for listing instances in a SageMaker HyperPod cluster. Since
    2023-11-29.
    """
    cluster_node_summaries: Final[list[ClusterNodeSummary] | None]
    """The summaries of listed instances in a SageMaker HyperPod cluster Since 2023-11-29."""
    def __init__(
        self,
        *,
        next_token: str | None = None,
        cluster_node_summaries: list[ClusterNodeSummary] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        next_token: str | None = ...,
        cluster_node_summaries: list[ClusterNodeSummary] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListClusterSchedulerConfigsRequest(Shape):
    """No description on the pages."""

    created_after: Final[datetime | None]
    """Filter for after this creation time. The input for this parameter is a Unix timestamp. To
    convert a date and time into a Unix timestamp, see EpochConverter. Since 2024-12-04.
    """
    created_before: Final[datetime | None]
    """Filter for before this creation time. The input for this parameter is a Unix timestamp. To
    convert a date and time into a Unix timestamp, see EpochConverter. Since 2024-12-04.
    """
    name_contains: Final[str | None]
    """Filter for name containing this string. Since 2024-12-04."""
    cluster_arn: Final[str | None]
    """Filter for ARN of the cluster. Since 2024-12-04."""
    status: Final[SchedulerResourceStatus | None]
    """Filter for status. Since 2024-12-04."""
    sort_by: Final[SortClusterSchedulerConfigBy | None]
    """Filter for sorting the list by a given value. For example, sort by name, creation time, or
    status. Since 2024-12-04.
    """
    sort_order: Final[SortOrder | None]
    """The order of the list. By default, listed in Descending order according to by SortBy . To change
    the list order, you can specify SortOrder to be Ascending . Since 2024-12-04.
    """
    next_token: Final[str | None]
    """If the previous response was truncated, you will receive this token. Use it in your next request
    to receive the next set of results. Since 2024-12-04.
    """
    max_results: Final[int | None]
    """The maximum number of cluster policies to list. Since 2024-12-04."""
    def __init__(
        self,
        *,
        created_after: datetime | None = None,
        created_before: datetime | None = None,
        name_contains: str | None = None,
        cluster_arn: str | None = None,
        status: SchedulerResourceStatus | SchedulerResourceStatusLiteral | None = None,
        sort_by: SortClusterSchedulerConfigBy | SortClusterSchedulerConfigByLiteral | None = None,
        sort_order: SortOrder | SortOrderLiteral | None = None,
        next_token: str | None = None,
        max_results: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        created_after: datetime | None = ...,
        created_before: datetime | None = ...,
        name_contains: str | None = ...,
        cluster_arn: str | None = ...,
        status: SchedulerResourceStatus | SchedulerResourceStatusLiteral | None = ...,
        sort_by: SortClusterSchedulerConfigBy | SortClusterSchedulerConfigByLiteral | None = ...,
        sort_order: SortOrder | SortOrderLiteral | None = ...,
        next_token: str | None = ...,
        max_results: int | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListClusterSchedulerConfigsResponse(OutputShape):
    """The result of ``list_cluster_scheduler_configs`` (ListClusterSchedulerConfigs)."""

    cluster_scheduler_config_summaries: Final[list[ClusterSchedulerConfigSummary] | None]
    """Summaries of the cluster policies. Since 2024-12-04."""
    next_token: Final[str | None]
    """If the previous response was truncated, you will receive this token. Use it in your next request
    to receive the next set of results. Since 2024-12-04.
    """
    def __init__(
        self,
        *,
        cluster_scheduler_config_summaries: list[ClusterSchedulerConfigSummary] | None = None,
        next_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        cluster_scheduler_config_summaries: list[ClusterSchedulerConfigSummary] | None = ...,
        next_token: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListClustersRequest(Shape):
    """No description on the pages."""

    creation_time_after: Final[datetime | None]
    """Set a start time for the time range during which you want to list SageMaker HyperPod clusters.
    Timestamps are formatted according to the ISO 8601 standard. Since 2023-11-29.
    """
    creation_time_before: Final[datetime | None]
    """Set an end time for the time range during which you want to list SageMaker HyperPod clusters. A
    filter that returns nodes in a SageMaker HyperPod cluster created before the specified time. The
    acceptable formats are the same as the timestamp formats for CreationTimeAfter. For more
    information about the timestamp format, see Timestamp in the Amazon Web Services Command Line
    Interface User Guide. Since 2023-11-29.
    """
    max_results: Final[int | None]
    """Specifies the maximum number of clusters to evaluate for the operation (not necessarily the
    number of matching items). After SageMaker processes the number of clusters up to MaxResults, it
    stops the operation and returns the matching clusters up to that point. If all the matching
    clusters are desired, SageMaker will go through all the clusters until NextToken is empty. Since
    2023-11-29.
    """
    name_contains: Final[str | None]
    """Set the maximum number of instances to print in the list. Since 2023-11-29."""
    next_token: Final[str | None]
    """Set the next token to retrieve the list of SageMaker HyperPod clusters. Since 2023-11-29."""
    sort_by: Final[ClusterSortBy | None]
    """The field by which to sort results. The default value is CREATION_TIME. Since 2023-11-29."""
    sort_order: Final[SortOrder | None]
    """The sort order for results. The default value is Ascending. Since 2023-11-29."""
    training_plan_arn: Final[str | None]
    """The Amazon Resource Name (ARN); of the training plan to filter clusters by. For more information
    about reserving GPU capacity for your SageMaker HyperPod clusters using Amazon SageMaker
    Training Plan, see ``CreateTrainingPlan ``. Since 2024-12-04.
    """
    def __init__(
        self,
        *,
        creation_time_after: datetime | None = None,
        creation_time_before: datetime | None = None,
        max_results: int | None = None,
        name_contains: str | None = None,
        next_token: str | None = None,
        sort_by: ClusterSortBy | ClusterSortByLiteral | None = None,
        sort_order: SortOrder | SortOrderLiteral | None = None,
        training_plan_arn: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        creation_time_after: datetime | None = ...,
        creation_time_before: datetime | None = ...,
        max_results: int | None = ...,
        name_contains: str | None = ...,
        next_token: str | None = ...,
        sort_by: ClusterSortBy | ClusterSortByLiteral | None = ...,
        sort_order: SortOrder | SortOrderLiteral | None = ...,
        training_plan_arn: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListClustersResponse(OutputShape):
    """The result of ``list_clusters`` (ListClusters)."""

    next_token: Final[str | None]
    """If the result of the previous ListClusters request was truncated, the response includes a
    NextToken. To retrieve the next set of clusters, use the token in the next request. Since
    2023-11-29.
    """
    cluster_summaries: Final[list[ClusterSummary] | None]
    """The summaries of listed SageMaker HyperPod clusters. Since 2023-11-29."""
    def __init__(
        self,
        *,
        next_token: str | None = None,
        cluster_summaries: list[ClusterSummary] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        next_token: str | None = ...,
        cluster_summaries: list[ClusterSummary] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListCodeRepositoriesInput(Shape):
    """No description on the pages."""

    creation_time_after: Final[datetime | None]
    """A filter that returns only git repositories that were created after the specified time. Since
    2018-11-28.
    """
    creation_time_before: Final[datetime | None]
    """A filter that returns only git repositories that were created before the specified time. Since
    2018-11-28.
    """
    last_modified_time_after: Final[datetime | None]
    """A filter that returns only git repositories that were last modified after the specified time.
    Since 2018-11-28.
    """
    last_modified_time_before: Final[datetime | None]
    """A filter that returns only git repositories that were last modified before the specified time.
    Since 2018-11-28.
    """
    max_results: Final[int | None]
    """The maximum number of git repositories to return in the response. Since 2018-11-28."""
    name_contains: Final[str | None]
    """A string in the git repositories name. This filter returns only repositories whose name contains
    the specified string. Since 2018-11-28.
    """
    next_token: Final[str | None]
    """If the result of a ListCodeRepositoriesOutput request was truncated, the response includes a
    NextToken . To get the next set of git repositories, use the token in the next request. Since
    2018-11-28.
    """
    sort_by: Final[CodeRepositorySortBy | None]
    """The field to sort results by. The default is Name . Since 2018-11-28."""
    sort_order: Final[CodeRepositorySortOrder | None]
    """The sort order for results. The default is Ascending . Since 2018-11-28."""
    def __init__(
        self,
        *,
        creation_time_after: datetime | None = None,
        creation_time_before: datetime | None = None,
        last_modified_time_after: datetime | None = None,
        last_modified_time_before: datetime | None = None,
        max_results: int | None = None,
        name_contains: str | None = None,
        next_token: str | None = None,
        sort_by: CodeRepositorySortBy | CodeRepositorySortByLiteral | None = None,
        sort_order: CodeRepositorySortOrder | CodeRepositorySortOrderLiteral | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        creation_time_after: datetime | None = ...,
        creation_time_before: datetime | None = ...,
        last_modified_time_after: datetime | None = ...,
        last_modified_time_before: datetime | None = ...,
        max_results: int | None = ...,
        name_contains: str | None = ...,
        next_token: str | None = ...,
        sort_by: CodeRepositorySortBy | CodeRepositorySortByLiteral | None = ...,
        sort_order: CodeRepositorySortOrder | CodeRepositorySortOrderLiteral | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListCodeRepositoriesOutput(OutputShape):
    """The result of ``list_code_repositories`` (ListCodeRepositories)."""

    code_repository_summary_list: Final[list[CodeRepositorySummary] | None]
    """Gets a list of summaries of the git repositories. Each summary specifies the following values
    for the repository: Since 2018-11-28.
    """
    next_token: Final[str | None]
    """If the result of a ListCodeRepositoriesOutput request was truncated, the response includes a
    NextToken . To get the next set of git repositories, use the token in the next request. Since
    2018-11-28.
    """
    def __init__(
        self,
        *,
        code_repository_summary_list: list[CodeRepositorySummary] | None = None,
        next_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        code_repository_summary_list: list[CodeRepositorySummary] | None = ...,
        next_token: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListCompilationJobsRequest(Shape):
    """No description on the pages."""

    next_token: Final[str | None]
    """If the result of the previous ListCompilationJobs request was truncated, the response includes a
    NextToken . To retrieve the next set of model compilation jobs, use the token in the next
    request. Since 2018-11-28.
    """
    max_results: Final[int | None]
    """The maximum number of model compilation jobs to return in the response. Since 2018-11-28."""
    creation_time_after: Final[datetime | None]
    """A filter that returns the model compilation jobs that were created after a specified time. Since
    2018-11-28.
    """
    creation_time_before: Final[datetime | None]
    """A filter that returns the model compilation jobs that were created before a specified time.
    Since 2018-11-28.
    """
    last_modified_time_after: Final[datetime | None]
    """A filter that returns the model compilation jobs that were modified after a specified time.
    Since 2018-11-28.
    """
    last_modified_time_before: Final[datetime | None]
    """A filter that returns the model compilation jobs that were modified before a specified time.
    Since 2018-11-28.
    """
    name_contains: Final[str | None]
    """A filter that returns the model compilation jobs whose name contains a specified string. Since
    2018-11-28.
    """
    status_equals: Final[CompilationJobStatus | None]
    """A filter that retrieves model compilation jobs with a specific CompilationJobStatus status.
    Since 2018-11-28.
    """
    sort_by: Final[ListCompilationJobsSortBy | None]
    """The field by which to sort results. The default is CreationTime . Since 2018-12-19."""
    sort_order: Final[SortOrder | None]
    """The sort order for results. The default is Ascending . Since 2018-12-19."""
    def __init__(
        self,
        *,
        next_token: str | None = None,
        max_results: int | None = None,
        creation_time_after: datetime | None = None,
        creation_time_before: datetime | None = None,
        last_modified_time_after: datetime | None = None,
        last_modified_time_before: datetime | None = None,
        name_contains: str | None = None,
        status_equals: CompilationJobStatus | CompilationJobStatusLiteral | None = None,
        sort_by: ListCompilationJobsSortBy | ListCompilationJobsSortByLiteral | None = None,
        sort_order: SortOrder | SortOrderLiteral | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        next_token: str | None = ...,
        max_results: int | None = ...,
        creation_time_after: datetime | None = ...,
        creation_time_before: datetime | None = ...,
        last_modified_time_after: datetime | None = ...,
        last_modified_time_before: datetime | None = ...,
        name_contains: str | None = ...,
        status_equals: CompilationJobStatus | CompilationJobStatusLiteral | None = ...,
        sort_by: ListCompilationJobsSortBy | ListCompilationJobsSortByLiteral | None = ...,
        sort_order: SortOrder | SortOrderLiteral | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListCompilationJobsResponse(OutputShape):
    """The result of ``list_compilation_jobs`` (ListCompilationJobs)."""

    compilation_job_summaries: Final[list[CompilationJobSummary] | None]
    """An array of CompilationJobSummary objects, each describing a model compilation job. Since
    2018-11-28.
    """
    next_token: Final[str | None]
    """If the response is truncated, Amazon SageMaker returns this NextToken . To retrieve the next set
    of model compilation jobs, use this token in the next request. Since 2018-11-28.
    """
    def __init__(
        self,
        *,
        compilation_job_summaries: list[CompilationJobSummary] | None = None,
        next_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        compilation_job_summaries: list[CompilationJobSummary] | None = ...,
        next_token: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListComputeQuotasRequest(Shape):
    """No description on the pages."""

    created_after: Final[datetime | None]
    """Filter for after this creation time. The input for this parameter is a Unix timestamp. To
    convert a date and time into a Unix timestamp, see EpochConverter. Since 2024-12-04.
    """
    created_before: Final[datetime | None]
    """Filter for before this creation time. The input for this parameter is a Unix timestamp. To
    convert a date and time into a Unix timestamp, see EpochConverter. Since 2024-12-04.
    """
    name_contains: Final[str | None]
    """Filter for name containing this string. Since 2024-12-04."""
    status: Final[SchedulerResourceStatus | None]
    """Filter for status. Since 2024-12-04."""
    cluster_arn: Final[str | None]
    """Filter for ARN of the cluster. Since 2024-12-04."""
    sort_by: Final[SortQuotaBy | None]
    """Filter for sorting the list by a given value. For example, sort by name, creation time, or
    status. Since 2024-12-04.
    """
    sort_order: Final[SortOrder | None]
    """The order of the list. By default, listed in Descending order according to by SortBy. To change
    the list order, you can specify SortOrder to be Ascending. Since 2024-12-04.
    """
    next_token: Final[str | None]
    """If the previous response was truncated, you will receive this token. Use it in your next request
    to receive the next set of results. Since 2024-12-04.
    """
    max_results: Final[int | None]
    """The maximum number of compute allocation definitions to list. Since 2024-12-04."""
    def __init__(
        self,
        *,
        created_after: datetime | None = None,
        created_before: datetime | None = None,
        name_contains: str | None = None,
        status: SchedulerResourceStatus | SchedulerResourceStatusLiteral | None = None,
        cluster_arn: str | None = None,
        sort_by: SortQuotaBy | SortQuotaByLiteral | None = None,
        sort_order: SortOrder | SortOrderLiteral | None = None,
        next_token: str | None = None,
        max_results: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        created_after: datetime | None = ...,
        created_before: datetime | None = ...,
        name_contains: str | None = ...,
        status: SchedulerResourceStatus | SchedulerResourceStatusLiteral | None = ...,
        cluster_arn: str | None = ...,
        sort_by: SortQuotaBy | SortQuotaByLiteral | None = ...,
        sort_order: SortOrder | SortOrderLiteral | None = ...,
        next_token: str | None = ...,
        max_results: int | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListComputeQuotasResponse(OutputShape):
    """The result of ``list_compute_quotas`` (ListComputeQuotas)."""

    compute_quota_summaries: Final[list[ComputeQuotaSummary] | None]
    """Summaries of the compute allocation definitions. Since 2024-12-04."""
    next_token: Final[str | None]
    """If the previous response was truncated, you will receive this token. Use it in your next request
    to receive the next set of results. Since 2024-12-04.
    """
    def __init__(
        self,
        *,
        compute_quota_summaries: list[ComputeQuotaSummary] | None = None,
        next_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        compute_quota_summaries: list[ComputeQuotaSummary] | None = ...,
        next_token: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListContextsRequest(Shape):
    """No description on the pages."""

    source_uri: Final[str | None]
    """A filter that returns only contexts with the specified source URI. Since 2020-12-01."""
    context_type: Final[str | None]
    """A filter that returns only contexts of the specified type. Since 2020-12-01."""
    created_after: Final[datetime | None]
    """A filter that returns only contexts created on or after the specified time. Since 2020-12-01.
    """
    created_before: Final[datetime | None]
    """A filter that returns only contexts created on or before the specified time. Since 2020-12-01.
    """
    sort_by: Final[SortContextsBy | None]
    """The property used to sort results. The default value is CreationTime . Since 2020-12-01."""
    sort_order: Final[SortOrder | None]
    """The sort order. The default value is Descending . Since 2020-12-01."""
    next_token: Final[str | None]
    """If the previous call to ListContexts didn't return the full set of contexts, the call returns a
    token for getting the next set of contexts. Since 2020-12-01.
    """
    max_results: Final[int | None]
    """The maximum number of contexts to return in the response. The default value is 10. Since
    2020-12-01.
    """
    def __init__(
        self,
        *,
        source_uri: str | None = None,
        context_type: str | None = None,
        created_after: datetime | None = None,
        created_before: datetime | None = None,
        sort_by: SortContextsBy | SortContextsByLiteral | None = None,
        sort_order: SortOrder | SortOrderLiteral | None = None,
        next_token: str | None = None,
        max_results: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        source_uri: str | None = ...,
        context_type: str | None = ...,
        created_after: datetime | None = ...,
        created_before: datetime | None = ...,
        sort_by: SortContextsBy | SortContextsByLiteral | None = ...,
        sort_order: SortOrder | SortOrderLiteral | None = ...,
        next_token: str | None = ...,
        max_results: int | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListContextsResponse(OutputShape):
    """The result of ``list_contexts`` (ListContexts)."""

    context_summaries: Final[list[ContextSummary] | None]
    """A list of contexts and their properties. Since 2020-12-01."""
    next_token: Final[str | None]
    """A token for getting the next set of contexts, if there are any. Since 2020-12-01."""
    def __init__(
        self,
        *,
        context_summaries: list[ContextSummary] | None = None,
        next_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        context_summaries: list[ContextSummary] | None = ...,
        next_token: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListDataQualityJobDefinitionsRequest(Shape):
    """No description on the pages."""

    endpoint_name: Final[str | None]
    """A filter that lists the data quality job definitions associated with the specified endpoint.
    Since 2020-12-08.
    """
    sort_by: Final[MonitoringJobDefinitionSortKey | None]
    """The field to sort results by. The default is CreationTime . Since 2020-12-08."""
    sort_order: Final[SortOrder | None]
    """The sort order for results. The default is Descending . Since 2020-12-08."""
    next_token: Final[str | None]
    """If the result of the previous ListDataQualityJobDefinitions request was truncated, the response
    includes a NextToken . To retrieve the next set of transform jobs, use the token in the next
    request.> Since 2020-12-08.
    """
    max_results: Final[int | None]
    """The maximum number of data quality monitoring job definitions to return in the response. Since
    2020-12-08.
    """
    name_contains: Final[str | None]
    """A string in the data quality monitoring job definition name. This filter returns only data
    quality monitoring job definitions whose name contains the specified string. Since 2020-12-08.
    """
    creation_time_before: Final[datetime | None]
    """A filter that returns only data quality monitoring job definitions created before the specified
    time. Since 2020-12-08.
    """
    creation_time_after: Final[datetime | None]
    """A filter that returns only data quality monitoring job definitions created after the specified
    time. Since 2020-12-08.
    """
    def __init__(
        self,
        *,
        endpoint_name: str | None = None,
        sort_by: MonitoringJobDefinitionSortKey | MonitoringJobDefinitionSortKeyLiteral | None = None,
        sort_order: SortOrder | SortOrderLiteral | None = None,
        next_token: str | None = None,
        max_results: int | None = None,
        name_contains: str | None = None,
        creation_time_before: datetime | None = None,
        creation_time_after: datetime | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        endpoint_name: str | None = ...,
        sort_by: MonitoringJobDefinitionSortKey | MonitoringJobDefinitionSortKeyLiteral | None = ...,
        sort_order: SortOrder | SortOrderLiteral | None = ...,
        next_token: str | None = ...,
        max_results: int | None = ...,
        name_contains: str | None = ...,
        creation_time_before: datetime | None = ...,
        creation_time_after: datetime | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListDataQualityJobDefinitionsResponse(OutputShape):
    """The result of ``list_data_quality_job_definitions`` (ListDataQualityJobDefinitions)."""

    job_definition_summaries: Final[list[MonitoringJobDefinitionSummary] | None]
    """A list of data quality monitoring job definitions. Since 2020-12-08."""
    next_token: Final[str | None]
    """If the result of the previous ListDataQualityJobDefinitions request was truncated, the response
    includes a NextToken . To retrieve the next set of data quality monitoring job definitions, use
    the token in the next request. Since 2020-12-08.
    """
    def __init__(
        self,
        *,
        job_definition_summaries: list[MonitoringJobDefinitionSummary] | None = None,
        next_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        job_definition_summaries: list[MonitoringJobDefinitionSummary] | None = ...,
        next_token: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListDeviceFleetsRequest(Shape):
    """No description on the pages."""

    next_token: Final[str | None]
    """The response from the last list when returning a list large enough to need tokening. Since
    2020-12-08.
    """
    max_results: Final[int | None]
    """The maximum number of results to select. Since 2020-12-08."""
    creation_time_after: Final[datetime | None]
    """Filter fleets where packaging job was created after specified time. Since 2020-12-08."""
    creation_time_before: Final[datetime | None]
    """Filter fleets where the edge packaging job was created before specified time. Since 2020-12-08.
    """
    last_modified_time_after: Final[datetime | None]
    """Select fleets where the job was updated after X Since 2020-12-08."""
    last_modified_time_before: Final[datetime | None]
    """Select fleets where the job was updated before X Since 2020-12-08."""
    name_contains: Final[str | None]
    """Filter for fleets containing this name in their fleet device name. Since 2020-12-08."""
    sort_by: Final[ListDeviceFleetsSortBy | None]
    """The column to sort by. Since 2020-12-08."""
    sort_order: Final[SortOrder | None]
    """What direction to sort in. Since 2020-12-08."""
    def __init__(
        self,
        *,
        next_token: str | None = None,
        max_results: int | None = None,
        creation_time_after: datetime | None = None,
        creation_time_before: datetime | None = None,
        last_modified_time_after: datetime | None = None,
        last_modified_time_before: datetime | None = None,
        name_contains: str | None = None,
        sort_by: ListDeviceFleetsSortBy | ListDeviceFleetsSortByLiteral | None = None,
        sort_order: SortOrder | SortOrderLiteral | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        next_token: str | None = ...,
        max_results: int | None = ...,
        creation_time_after: datetime | None = ...,
        creation_time_before: datetime | None = ...,
        last_modified_time_after: datetime | None = ...,
        last_modified_time_before: datetime | None = ...,
        name_contains: str | None = ...,
        sort_by: ListDeviceFleetsSortBy | ListDeviceFleetsSortByLiteral | None = ...,
        sort_order: SortOrder | SortOrderLiteral | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListDeviceFleetsResponse(OutputShape):
    """The result of ``list_device_fleets`` (ListDeviceFleets)."""

    device_fleet_summaries: Final[list[DeviceFleetSummary] | None]
    """Summary of the device fleet. Since 2020-12-08."""
    next_token: Final[str | None]
    """The response from the last list when returning a list large enough to need tokening. Since
    2020-12-08.
    """
    def __init__(
        self,
        *,
        device_fleet_summaries: list[DeviceFleetSummary] | None = None,
        next_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        device_fleet_summaries: list[DeviceFleetSummary] | None = ...,
        next_token: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListDevicesRequest(Shape):
    """No description on the pages."""

    next_token: Final[str | None]
    """The response from the last list when returning a list large enough to need tokening. Since
    2020-12-08.
    """
    max_results: Final[int | None]
    """Maximum number of results to select. Since 2020-12-08."""
    latest_heartbeat_after: Final[datetime | None]
    """Select fleets where the job was updated after X Since 2020-12-08."""
    model_name: Final[str | None]
    """A filter that searches devices that contains this name in any of their models. Since 2020-12-08.
    """
    device_fleet_name: Final[str | None]
    """Filter for fleets containing this name in their device fleet name. Since 2020-12-08."""
    def __init__(
        self,
        *,
        next_token: str | None = None,
        max_results: int | None = None,
        latest_heartbeat_after: datetime | None = None,
        model_name: str | None = None,
        device_fleet_name: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        next_token: str | None = ...,
        max_results: int | None = ...,
        latest_heartbeat_after: datetime | None = ...,
        model_name: str | None = ...,
        device_fleet_name: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListDevicesResponse(OutputShape):
    """The result of ``list_devices`` (ListDevices)."""

    device_summaries: Final[list[DeviceSummary] | None]
    """Summary of devices. Since 2020-12-08."""
    next_token: Final[str | None]
    """The response from the last list when returning a list large enough to need tokening. Since
    2020-12-08.
    """
    def __init__(
        self,
        *,
        device_summaries: list[DeviceSummary] | None = None,
        next_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        device_summaries: list[DeviceSummary] | None = ...,
        next_token: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListDomainsRequest(Shape):
    """No description on the pages."""

    next_token: Final[str | None]
    """If the previous response was truncated, you will receive this token. Use it in your next request
    to receive the next set of results. Since 2019-12-04.
    """
    max_results: Final[int | None]
    """Returns a list up to a specified limit. Since 2019-12-04."""
    def __init__(
        self,
        *,
        next_token: str | None = None,
        max_results: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        next_token: str | None = ...,
        max_results: int | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListDomainsResponse(OutputShape):
    """The result of ``list_domains`` (ListDomains)."""

    domains: Final[list[DomainDetails] | None]
    """The list of domains. Since 2019-12-04."""
    next_token: Final[str | None]
    """If the previous response was truncated, you will receive this token. Use it in your next request
    to receive the next set of results. Since 2019-12-04.
    """
    def __init__(
        self,
        *,
        domains: list[DomainDetails] | None = None,
        next_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        domains: list[DomainDetails] | None = ...,
        next_token: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListEdgeDeploymentPlansRequest(Shape):
    """No description on the pages."""

    next_token: Final[str | None]
    """The response from the last list when returning a list large enough to need tokening. Since
    2022-07-18.
    """
    max_results: Final[int | None]
    """The maximum number of results to select (50 by default). Since 2022-07-18."""
    creation_time_after: Final[datetime | None]
    """Selects edge deployment plans created after this time. Since 2022-07-18."""
    creation_time_before: Final[datetime | None]
    """Selects edge deployment plans created before this time. Since 2022-07-18."""
    last_modified_time_after: Final[datetime | None]
    """Selects edge deployment plans that were last updated after this time. Since 2022-07-18."""
    last_modified_time_before: Final[datetime | None]
    """Selects edge deployment plans that were last updated before this time. Since 2022-07-18."""
    name_contains: Final[str | None]
    """Selects edge deployment plans with names containing this name. Since 2022-07-18."""
    device_fleet_name_contains: Final[str | None]
    """Selects edge deployment plans with a device fleet name containing this name. Since 2022-07-18.
    """
    sort_by: Final[ListEdgeDeploymentPlansSortBy | None]
    """The column by which to sort the edge deployment plans. Can be one of NAME , DEVICEFLEETNAME ,
    CREATIONTIME , LASTMODIFIEDTIME . Since 2022-07-18.
    """
    sort_order: Final[SortOrder | None]
    """The direction of the sorting (ascending or descending). Since 2022-07-18."""
    def __init__(
        self,
        *,
        next_token: str | None = None,
        max_results: int | None = None,
        creation_time_after: datetime | None = None,
        creation_time_before: datetime | None = None,
        last_modified_time_after: datetime | None = None,
        last_modified_time_before: datetime | None = None,
        name_contains: str | None = None,
        device_fleet_name_contains: str | None = None,
        sort_by: ListEdgeDeploymentPlansSortBy | ListEdgeDeploymentPlansSortByLiteral | None = None,
        sort_order: SortOrder | SortOrderLiteral | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        next_token: str | None = ...,
        max_results: int | None = ...,
        creation_time_after: datetime | None = ...,
        creation_time_before: datetime | None = ...,
        last_modified_time_after: datetime | None = ...,
        last_modified_time_before: datetime | None = ...,
        name_contains: str | None = ...,
        device_fleet_name_contains: str | None = ...,
        sort_by: ListEdgeDeploymentPlansSortBy | ListEdgeDeploymentPlansSortByLiteral | None = ...,
        sort_order: SortOrder | SortOrderLiteral | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListEdgeDeploymentPlansResponse(OutputShape):
    """The result of ``list_edge_deployment_plans`` (ListEdgeDeploymentPlans)."""

    edge_deployment_plan_summaries: Final[list[EdgeDeploymentPlanSummary] | None]
    """List of summaries of edge deployment plans. Since 2022-07-18."""
    next_token: Final[str | None]
    """The token to use when calling the next page of results. Since 2022-07-18."""
    def __init__(
        self,
        *,
        edge_deployment_plan_summaries: list[EdgeDeploymentPlanSummary] | None = None,
        next_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        edge_deployment_plan_summaries: list[EdgeDeploymentPlanSummary] | None = ...,
        next_token: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListEdgePackagingJobsRequest(Shape):
    """No description on the pages."""

    next_token: Final[str | None]
    """The response from the last list when returning a list large enough to need tokening. Since
    2020-12-08.
    """
    max_results: Final[int | None]
    """Maximum number of results to select. Since 2020-12-08."""
    creation_time_after: Final[datetime | None]
    """Select jobs where the job was created after specified time. Since 2020-12-08."""
    creation_time_before: Final[datetime | None]
    """Select jobs where the job was created before specified time. Since 2020-12-08."""
    last_modified_time_after: Final[datetime | None]
    """Select jobs where the job was updated after specified time. Since 2020-12-08."""
    last_modified_time_before: Final[datetime | None]
    """Select jobs where the job was updated before specified time. Since 2020-12-08."""
    name_contains: Final[str | None]
    """Filter for jobs containing this name in their packaging job name. Since 2020-12-08."""
    model_name_contains: Final[str | None]
    """Filter for jobs where the model name contains this string. Since 2020-12-08."""
    status_equals: Final[EdgePackagingJobStatus | None]
    """The job status to filter for. Since 2020-12-08."""
    sort_by: Final[ListEdgePackagingJobsSortBy | None]
    """Use to specify what column to sort by. Since 2020-12-08."""
    sort_order: Final[SortOrder | None]
    """What direction to sort by. Since 2020-12-08."""
    def __init__(
        self,
        *,
        next_token: str | None = None,
        max_results: int | None = None,
        creation_time_after: datetime | None = None,
        creation_time_before: datetime | None = None,
        last_modified_time_after: datetime | None = None,
        last_modified_time_before: datetime | None = None,
        name_contains: str | None = None,
        model_name_contains: str | None = None,
        status_equals: EdgePackagingJobStatus | EdgePackagingJobStatusLiteral | None = None,
        sort_by: ListEdgePackagingJobsSortBy | ListEdgePackagingJobsSortByLiteral | None = None,
        sort_order: SortOrder | SortOrderLiteral | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        next_token: str | None = ...,
        max_results: int | None = ...,
        creation_time_after: datetime | None = ...,
        creation_time_before: datetime | None = ...,
        last_modified_time_after: datetime | None = ...,
        last_modified_time_before: datetime | None = ...,
        name_contains: str | None = ...,
        model_name_contains: str | None = ...,
        status_equals: EdgePackagingJobStatus | EdgePackagingJobStatusLiteral | None = ...,
        sort_by: ListEdgePackagingJobsSortBy | ListEdgePackagingJobsSortByLiteral | None = ...,
        sort_order: SortOrder | SortOrderLiteral | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListEdgePackagingJobsResponse(OutputShape):
    """The result of ``list_edge_packaging_jobs`` (ListEdgePackagingJobs)."""

    edge_packaging_job_summaries: Final[list[EdgePackagingJobSummary] | None]
    """Summaries of edge packaging jobs. Since 2020-12-08."""
    next_token: Final[str | None]
    """Token to use when calling the next page of results. Since 2020-12-08."""
    def __init__(
        self,
        *,
        edge_packaging_job_summaries: list[EdgePackagingJobSummary] | None = None,
        next_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        edge_packaging_job_summaries: list[EdgePackagingJobSummary] | None = ...,
        next_token: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListEndpointConfigsInput(Shape):
    """No description on the pages."""

    sort_by: Final[EndpointConfigSortKey | None]
    """The field to sort results by. The default is CreationTime . Since 2017-11-29."""
    sort_order: Final[OrderKey | None]
    """The sort order for results. The default is Ascending . Since 2017-11-29."""
    next_token: Final[str | None]
    """If the result of the previous ListEndpointConfig request was truncated, the response includes a
    NextToken . To retrieve the next set of endpoint configurations, use the token in the next
    request. Since 2017-11-29.
    """
    max_results: Final[int | None]
    """The maximum number of training jobs to return in the response. Since 2017-11-29."""
    name_contains: Final[str | None]
    """A string in the endpoint configuration name. This filter returns only endpoint configurations
    whose name contains the specified string. Since 2017-11-29.
    """
    creation_time_before: Final[datetime | None]
    """A filter that returns only endpoint configurations created before the specified time
    (timestamp). Since 2017-11-29.
    """
    creation_time_after: Final[datetime | None]
    """A filter that returns only endpoint configurations created after the specified time (timestamp).
    Since 2017-11-29.
    """
    def __init__(
        self,
        *,
        sort_by: EndpointConfigSortKey | EndpointConfigSortKeyLiteral | None = None,
        sort_order: OrderKey | OrderKeyLiteral | None = None,
        next_token: str | None = None,
        max_results: int | None = None,
        name_contains: str | None = None,
        creation_time_before: datetime | None = None,
        creation_time_after: datetime | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        sort_by: EndpointConfigSortKey | EndpointConfigSortKeyLiteral | None = ...,
        sort_order: OrderKey | OrderKeyLiteral | None = ...,
        next_token: str | None = ...,
        max_results: int | None = ...,
        name_contains: str | None = ...,
        creation_time_before: datetime | None = ...,
        creation_time_after: datetime | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListEndpointConfigsOutput(OutputShape):
    """The result of ``list_endpoint_configs`` (ListEndpointConfigs)."""

    endpoint_configs: Final[list[EndpointConfigSummary] | None]
    """An array of endpoint configurations. Since 2017-11-29."""
    next_token: Final[str | None]
    """If the response is truncated, Amazon SageMaker returns this token. To retrieve the next set of
    endpoint configurations, use it in the subsequent request Since 2017-11-29.
    """
    def __init__(
        self,
        *,
        endpoint_configs: list[EndpointConfigSummary] | None = None,
        next_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        endpoint_configs: list[EndpointConfigSummary] | None = ...,
        next_token: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListEndpointsInput(Shape):
    """No description on the pages."""

    sort_by: Final[EndpointSortKey | None]
    """Sorts the list of results. The default is CreationTime . Since 2017-11-29."""
    sort_order: Final[OrderKey | None]
    """The sort order for results. The default is Descending . Since 2017-11-29."""
    next_token: Final[str | None]
    """If the result of a ListEndpoints request was truncated, the response includes a NextToken . To
    retrieve the next set of endpoints, use the token in the next request. Since 2017-11-29.
    """
    max_results: Final[int | None]
    """The maximum number of endpoints to return in the response. This value defaults to 10. Since
    2017-11-29.
    """
    name_contains: Final[str | None]
    """A string in endpoint names. This filter returns only endpoints whose name contains the specified
    string. Since 2017-11-29.
    """
    creation_time_before: Final[datetime | None]
    """A filter that returns only endpoints that were created before the specified time (timestamp).
    Since 2017-11-29.
    """
    creation_time_after: Final[datetime | None]
    """A filter that returns only endpoints with a creation time greater than or equal to the specified
    time (timestamp). Since 2017-11-29.
    """
    last_modified_time_before: Final[datetime | None]
    """A filter that returns only endpoints that were modified before the specified timestamp. Since
    2017-11-29.
    """
    last_modified_time_after: Final[datetime | None]
    """A filter that returns only endpoints that were modified after the specified timestamp. Since
    2017-11-29.
    """
    status_equals: Final[EndpointStatus | None]
    """A filter that returns only endpoints with the specified status. Since 2017-11-29."""
    def __init__(
        self,
        *,
        sort_by: EndpointSortKey | EndpointSortKeyLiteral | None = None,
        sort_order: OrderKey | OrderKeyLiteral | None = None,
        next_token: str | None = None,
        max_results: int | None = None,
        name_contains: str | None = None,
        creation_time_before: datetime | None = None,
        creation_time_after: datetime | None = None,
        last_modified_time_before: datetime | None = None,
        last_modified_time_after: datetime | None = None,
        status_equals: EndpointStatus | EndpointStatusLiteral | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        sort_by: EndpointSortKey | EndpointSortKeyLiteral | None = ...,
        sort_order: OrderKey | OrderKeyLiteral | None = ...,
        next_token: str | None = ...,
        max_results: int | None = ...,
        name_contains: str | None = ...,
        creation_time_before: datetime | None = ...,
        creation_time_after: datetime | None = ...,
        last_modified_time_before: datetime | None = ...,
        last_modified_time_after: datetime | None = ...,
        status_equals: EndpointStatus | EndpointStatusLiteral | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListEndpointsOutput(OutputShape):
    """The result of ``list_endpoints`` (ListEndpoints)."""

    endpoints: Final[list[EndpointSummary] | None]
    """An array or endpoint objects. Since 2017-11-29."""
    next_token: Final[str | None]
    """If the response is truncated, SageMaker returns this token. To retrieve the next set of training
    jobs, use it in the subsequent request. Since 2017-11-29.
    """
    def __init__(
        self,
        *,
        endpoints: list[EndpointSummary] | None = None,
        next_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        endpoints: list[EndpointSummary] | None = ...,
        next_token: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListExperimentsRequest(Shape):
    """No description on the pages."""

    created_after: Final[datetime | None]
    """A filter that returns only experiments created after the specified time. Since 2019-12-04."""
    created_before: Final[datetime | None]
    """A filter that returns only experiments created before the specified time. Since 2019-12-04.
    """
    sort_by: Final[SortExperimentsBy | None]
    """The property used to sort results. The default value is CreationTime . Since 2019-12-04."""
    sort_order: Final[SortOrder | None]
    """The sort order. The default value is Descending . Since 2019-12-04."""
    next_token: Final[str | None]
    """If the previous call to ListExperiments didn't return the full set of experiments, the call
    returns a token for getting the next set of experiments. Since 2019-12-04.
    """
    max_results: Final[int | None]
    """The maximum number of experiments to return in the response. Since 2019-12-04."""
    def __init__(
        self,
        *,
        created_after: datetime | None = None,
        created_before: datetime | None = None,
        sort_by: SortExperimentsBy | SortExperimentsByLiteral | None = None,
        sort_order: SortOrder | SortOrderLiteral | None = None,
        next_token: str | None = None,
        max_results: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        created_after: datetime | None = ...,
        created_before: datetime | None = ...,
        sort_by: SortExperimentsBy | SortExperimentsByLiteral | None = ...,
        sort_order: SortOrder | SortOrderLiteral | None = ...,
        next_token: str | None = ...,
        max_results: int | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListExperimentsResponse(OutputShape):
    """The result of ``list_experiments`` (ListExperiments)."""

    experiment_summaries: Final[list[ExperimentSummary] | None]
    """A list of the summaries of your experiments. Since 2019-12-04."""
    next_token: Final[str | None]
    """A token for getting the next set of experiments, if there are any. Since 2019-12-04."""
    def __init__(
        self,
        *,
        experiment_summaries: list[ExperimentSummary] | None = None,
        next_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        experiment_summaries: list[ExperimentSummary] | None = ...,
        next_token: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListFeatureGroupsRequest(Shape):
    """No description on the pages."""

    name_contains: Final[str | None]
    """A string that partially matches one or more FeatureGroup s names. Filters FeatureGroup s by
    name. Since 2020-12-01.
    """
    feature_group_status_equals: Final[FeatureGroupStatus | None]
    """A FeatureGroup status. Filters by FeatureGroup status. Since 2020-12-01."""
    offline_store_status_equals: Final[OfflineStoreStatusValue | None]
    """An OfflineStore status. Filters by OfflineStore status. Since 2020-12-01."""
    creation_time_after: Final[datetime | None]
    """Use this parameter to search for FeatureGroups s created after a specific date and time. Since
    2020-12-01.
    """
    creation_time_before: Final[datetime | None]
    """Use this parameter to search for FeatureGroups s created before a specific date and time. Since
    2020-12-01.
    """
    sort_order: Final[FeatureGroupSortOrder | None]
    """The order in which feature groups are listed. Since 2020-12-01."""
    sort_by: Final[FeatureGroupSortBy | None]
    """The value on which the feature group list is sorted. Since 2020-12-01."""
    max_results: Final[int | None]
    """The maximum number of results returned by ListFeatureGroups . Since 2020-12-01."""
    next_token: Final[str | None]
    """A token to resume pagination of ListFeatureGroups results. Since 2020-12-01."""
    def __init__(
        self,
        *,
        name_contains: str | None = None,
        feature_group_status_equals: FeatureGroupStatus | FeatureGroupStatusLiteral | None = None,
        offline_store_status_equals: OfflineStoreStatusValue | OfflineStoreStatusValueLiteral | None = None,
        creation_time_after: datetime | None = None,
        creation_time_before: datetime | None = None,
        sort_order: FeatureGroupSortOrder | FeatureGroupSortOrderLiteral | None = None,
        sort_by: FeatureGroupSortBy | FeatureGroupSortByLiteral | None = None,
        max_results: int | None = None,
        next_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        name_contains: str | None = ...,
        feature_group_status_equals: FeatureGroupStatus | FeatureGroupStatusLiteral | None = ...,
        offline_store_status_equals: OfflineStoreStatusValue | OfflineStoreStatusValueLiteral | None = ...,
        creation_time_after: datetime | None = ...,
        creation_time_before: datetime | None = ...,
        sort_order: FeatureGroupSortOrder | FeatureGroupSortOrderLiteral | None = ...,
        sort_by: FeatureGroupSortBy | FeatureGroupSortByLiteral | None = ...,
        max_results: int | None = ...,
        next_token: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListFeatureGroupsResponse(OutputShape):
    """The result of ``list_feature_groups`` (ListFeatureGroups)."""

    feature_group_summaries: Final[list[FeatureGroupSummary] | None]
    """A summary of feature groups. Since 2020-12-01."""
    next_token: Final[str | None]
    """A token to resume pagination of ListFeatureGroups results. Since 2020-12-01."""
    def __init__(
        self,
        *,
        feature_group_summaries: list[FeatureGroupSummary] | None = None,
        next_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        feature_group_summaries: list[FeatureGroupSummary] | None = ...,
        next_token: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListFlowDefinitionsRequest(Shape):
    """No description on the pages."""

    creation_time_after: Final[datetime | None]
    """A filter that returns only flow definitions with a creation time greater than or equal to the
    specified timestamp. Since 2019-12-04.
    """
    creation_time_before: Final[datetime | None]
    """A filter that returns only flow definitions that were created before the specified timestamp.
    Since 2019-12-04.
    """
    sort_order: Final[SortOrder | None]
    """An optional value that specifies whether you want the results sorted in Ascending or Descending
    order. Since 2019-12-04.
    """
    next_token: Final[str | None]
    """A token to resume pagination. Since 2019-12-04."""
    max_results: Final[int | None]
    """The total number of items to return. If the total number of available items is more than the
    value specified in MaxResults , then a NextToken will be provided in the output that you can use
    to resume pagination. Since 2019-12-04.
    """
    def __init__(
        self,
        *,
        creation_time_after: datetime | None = None,
        creation_time_before: datetime | None = None,
        sort_order: SortOrder | SortOrderLiteral | None = None,
        next_token: str | None = None,
        max_results: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        creation_time_after: datetime | None = ...,
        creation_time_before: datetime | None = ...,
        sort_order: SortOrder | SortOrderLiteral | None = ...,
        next_token: str | None = ...,
        max_results: int | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListFlowDefinitionsResponse(OutputShape):
    """The result of ``list_flow_definitions`` (ListFlowDefinitions)."""

    flow_definition_summaries: Final[list[FlowDefinitionSummary] | None]
    """An array of objects describing the flow definitions. Since 2019-12-04."""
    next_token: Final[str | None]
    """A token to resume pagination. Since 2019-12-04."""
    def __init__(
        self,
        *,
        flow_definition_summaries: list[FlowDefinitionSummary] | None = None,
        next_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        flow_definition_summaries: list[FlowDefinitionSummary] | None = ...,
        next_token: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListHubContentVersionsRequest(Shape):
    """No description on the pages."""

    hub_name: Final[str]
    """The name of the hub to list the content versions of. Since 2022-11-30."""
    hub_content_type: Final[HubContentType]
    """The type of hub content to list versions of. Since 2022-11-30."""
    hub_content_name: Final[str]
    """The name of the hub content. Since 2022-11-30."""
    min_version: Final[str | None]
    """The lower bound of the hub content versions to list. Since 2022-11-30."""
    max_schema_version: Final[str | None]
    """The upper bound of the hub content schema version. Since 2022-11-30."""
    creation_time_before: Final[datetime | None]
    """Only list hub content versions that were created before the time specified. Since 2022-11-30.
    """
    creation_time_after: Final[datetime | None]
    """Only list hub content versions that were created after the time specified. Since 2022-11-30.
    """
    sort_by: Final[HubContentSortBy | None]
    """Sort hub content versions by either name or creation time. Since 2022-11-30."""
    sort_order: Final[SortOrder | None]
    """Sort hub content versions by ascending or descending order. Since 2022-11-30."""
    max_results: Final[int | None]
    """The maximum number of hub content versions to list. Since 2022-11-30."""
    next_token: Final[str | None]
    """If the response to a previous ListHubContentVersions request was truncated, the response
    includes a NextToken. To retrieve the next set of hub content versions, use the token in the
    next request. Since 2022-11-30.
    """
    def __init__(
        self,
        *,
        hub_name: str,
        hub_content_type: HubContentType | HubContentTypeLiteral,
        hub_content_name: str,
        min_version: str | None = None,
        max_schema_version: str | None = None,
        creation_time_before: datetime | None = None,
        creation_time_after: datetime | None = None,
        sort_by: HubContentSortBy | HubContentSortByLiteral | None = None,
        sort_order: SortOrder | SortOrderLiteral | None = None,
        max_results: int | None = None,
        next_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        hub_name: str = ...,
        hub_content_type: HubContentType | HubContentTypeLiteral = ...,
        hub_content_name: str = ...,
        min_version: str | None = ...,
        max_schema_version: str | None = ...,
        creation_time_before: datetime | None = ...,
        creation_time_after: datetime | None = ...,
        sort_by: HubContentSortBy | HubContentSortByLiteral | None = ...,
        sort_order: SortOrder | SortOrderLiteral | None = ...,
        max_results: int | None = ...,
        next_token: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListHubContentVersionsResponse(OutputShape):
    """The result of ``list_hub_content_versions`` (ListHubContentVersions)."""

    hub_content_summaries: Final[list[HubContentInfo] | None]
    """The summaries of the listed hub content versions. Since 2022-11-30."""
    next_token: Final[str | None]
    """If the response is truncated, SageMaker returns this token. To retrieve the next set of hub
    content versions, use it in the subsequent request. Since 2022-11-30.
    """
    def __init__(
        self,
        *,
        hub_content_summaries: list[HubContentInfo] | None = None,
        next_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        hub_content_summaries: list[HubContentInfo] | None = ...,
        next_token: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListHubContentsRequest(Shape):
    """No description on the pages."""

    hub_name: Final[str]
    """The name of the hub to list the contents of. Since 2022-11-30."""
    hub_content_type: Final[HubContentType]
    """The type of hub content to list. Since 2022-11-30."""
    name_contains: Final[str | None]
    """Only list hub content if the name contains the specified string. Since 2022-11-30."""
    max_schema_version: Final[str | None]
    """The upper bound of the hub content schema verion. Since 2022-11-30."""
    creation_time_before: Final[datetime | None]
    """Only list hub content that was created before the time specified. Since 2022-11-30."""
    creation_time_after: Final[datetime | None]
    """Only list hub content that was created after the time specified. Since 2022-11-30."""
    sort_by: Final[HubContentSortBy | None]
    """Sort hub content versions by either name or creation time. Since 2022-11-30."""
    sort_order: Final[SortOrder | None]
    """Sort hubs by ascending or descending order. Since 2022-11-30."""
    max_results: Final[int | None]
    """The maximum amount of hub content to list. Since 2022-11-30."""
    next_token: Final[str | None]
    """If the response to a previous ListHubContents request was truncated, the response includes a
    NextToken. To retrieve the next set of hub content, use the token in the next request. Since
    2022-11-30.
    """
    def __init__(
        self,
        *,
        hub_name: str,
        hub_content_type: HubContentType | HubContentTypeLiteral,
        name_contains: str | None = None,
        max_schema_version: str | None = None,
        creation_time_before: datetime | None = None,
        creation_time_after: datetime | None = None,
        sort_by: HubContentSortBy | HubContentSortByLiteral | None = None,
        sort_order: SortOrder | SortOrderLiteral | None = None,
        max_results: int | None = None,
        next_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        hub_name: str = ...,
        hub_content_type: HubContentType | HubContentTypeLiteral = ...,
        name_contains: str | None = ...,
        max_schema_version: str | None = ...,
        creation_time_before: datetime | None = ...,
        creation_time_after: datetime | None = ...,
        sort_by: HubContentSortBy | HubContentSortByLiteral | None = ...,
        sort_order: SortOrder | SortOrderLiteral | None = ...,
        max_results: int | None = ...,
        next_token: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListHubContentsResponse(OutputShape):
    """The result of ``list_hub_contents`` (ListHubContents)."""

    hub_content_summaries: Final[list[HubContentInfo] | None]
    """The summaries of the listed hub content. Since 2022-11-30."""
    next_token: Final[str | None]
    """If the response is truncated, SageMaker returns this token. To retrieve the next set of hub
    content, use it in the subsequent request. Since 2022-11-30.
    """
    def __init__(
        self,
        *,
        hub_content_summaries: list[HubContentInfo] | None = None,
        next_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        hub_content_summaries: list[HubContentInfo] | None = ...,
        next_token: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListHubsRequest(Shape):
    """No description on the pages."""

    name_contains: Final[str | None]
    """Only list hubs with names that contain the specified string. Since 2022-11-30."""
    creation_time_before: Final[datetime | None]
    """Only list hubs that were created before the time specified. Since 2022-11-30."""
    creation_time_after: Final[datetime | None]
    """Only list hubs that were created after the time specified. Since 2022-11-30."""
    last_modified_time_before: Final[datetime | None]
    """Only list hubs that were last modified before the time specified. Since 2022-11-30."""
    last_modified_time_after: Final[datetime | None]
    """Only list hubs that were last modified after the time specified. Since 2022-11-30."""
    sort_by: Final[HubSortBy | None]
    """Sort hubs by either name or creation time. Since 2022-11-30."""
    sort_order: Final[SortOrder | None]
    """Sort hubs by ascending or descending order. Since 2022-11-30."""
    max_results: Final[int | None]
    """The maximum number of hubs to list. Since 2022-11-30."""
    next_token: Final[str | None]
    """If the response to a previous ListHubs request was truncated, the response includes a NextToken
    . To retrieve the next set of hubs, use the token in the next request. Since 2022-11-30.
    """
    def __init__(
        self,
        *,
        name_contains: str | None = None,
        creation_time_before: datetime | None = None,
        creation_time_after: datetime | None = None,
        last_modified_time_before: datetime | None = None,
        last_modified_time_after: datetime | None = None,
        sort_by: HubSortBy | HubSortByLiteral | None = None,
        sort_order: SortOrder | SortOrderLiteral | None = None,
        max_results: int | None = None,
        next_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        name_contains: str | None = ...,
        creation_time_before: datetime | None = ...,
        creation_time_after: datetime | None = ...,
        last_modified_time_before: datetime | None = ...,
        last_modified_time_after: datetime | None = ...,
        sort_by: HubSortBy | HubSortByLiteral | None = ...,
        sort_order: SortOrder | SortOrderLiteral | None = ...,
        max_results: int | None = ...,
        next_token: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListHubsResponse(OutputShape):
    """The result of ``list_hubs`` (ListHubs)."""

    hub_summaries: Final[list[HubInfo] | None]
    """The summaries of the listed hubs. Since 2022-11-30."""
    next_token: Final[str | None]
    """If the response is truncated, SageMaker returns this token. To retrieve the next set of hubs,
    use it in the subsequent request. Since 2022-11-30.
    """
    def __init__(
        self,
        *,
        hub_summaries: list[HubInfo] | None = None,
        next_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        hub_summaries: list[HubInfo] | None = ...,
        next_token: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListHumanTaskUisRequest(Shape):
    """No description on the pages."""

    creation_time_after: Final[datetime | None]
    """A filter that returns only human task user interfaces with a creation time greater than or equal
    to the specified timestamp. Since 2019-12-04.
    """
    creation_time_before: Final[datetime | None]
    """A filter that returns only human task user interfaces that were created before the specified
    timestamp. Since 2019-12-04.
    """
    sort_order: Final[SortOrder | None]
    """An optional value that specifies whether you want the results sorted in Ascending or Descending
    order. Since 2019-12-04.
    """
    next_token: Final[str | None]
    """A token to resume pagination. Since 2019-12-04."""
    max_results: Final[int | None]
    """The total number of items to return. If the total number of available items is more than the
    value specified in MaxResults , then a NextToken will be provided in the output that you can use
    to resume pagination. Since 2019-12-04.
    """
    def __init__(
        self,
        *,
        creation_time_after: datetime | None = None,
        creation_time_before: datetime | None = None,
        sort_order: SortOrder | SortOrderLiteral | None = None,
        next_token: str | None = None,
        max_results: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        creation_time_after: datetime | None = ...,
        creation_time_before: datetime | None = ...,
        sort_order: SortOrder | SortOrderLiteral | None = ...,
        next_token: str | None = ...,
        max_results: int | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListHumanTaskUisResponse(OutputShape):
    """The result of ``list_human_task_uis`` (ListHumanTaskUis)."""

    human_task_ui_summaries: Final[list[HumanTaskUiSummary] | None]
    """An array of objects describing the human task user interfaces. Since 2019-12-04."""
    next_token: Final[str | None]
    """A token to resume pagination. Since 2019-12-04."""
    def __init__(
        self,
        *,
        human_task_ui_summaries: list[HumanTaskUiSummary] | None = None,
        next_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        human_task_ui_summaries: list[HumanTaskUiSummary] | None = ...,
        next_token: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListHyperParameterTuningJobsRequest(Shape):
    """No description on the pages."""

    next_token: Final[str | None]
    """If the result of the previous ListHyperParameterTuningJobs request was truncated, the response
    includes a NextToken . To retrieve the next set of tuning jobs, use the token in the next
    request. Since 2018-06-04.
    """
    max_results: Final[int | None]
    """The maximum number of tuning jobs to return. The default value is 10. Since 2018-06-04."""
    sort_by: Final[HyperParameterTuningJobSortByOptions | None]
    """The field to sort results by. The default is Name . Since 2018-06-04."""
    sort_order: Final[SortOrder | None]
    """The sort order for results. The default is Ascending . Since 2018-06-04."""
    name_contains: Final[str | None]
    """A string in the tuning job name. This filter returns only tuning jobs whose name contains the
    specified string. Since 2018-06-04.
    """
    creation_time_after: Final[datetime | None]
    """A filter that returns only tuning jobs that were created after the specified time. Since
    2018-06-04.
    """
    creation_time_before: Final[datetime | None]
    """A filter that returns only tuning jobs that were created before the specified time. Since
    2018-06-04.
    """
    last_modified_time_after: Final[datetime | None]
    """A filter that returns only tuning jobs that were modified after the specified time. Since
    2018-06-04.
    """
    last_modified_time_before: Final[datetime | None]
    """A filter that returns only tuning jobs that were modified before the specified time. Since
    2018-06-04.
    """
    status_equals: Final[HyperParameterTuningJobStatus | None]
    """A filter that returns only tuning jobs with the specified status. Since 2018-06-04."""
    def __init__(
        self,
        *,
        next_token: str | None = None,
        max_results: int | None = None,
        sort_by: HyperParameterTuningJobSortByOptions | HyperParameterTuningJobSortByOptionsLiteral | None = None,
        sort_order: SortOrder | SortOrderLiteral | None = None,
        name_contains: str | None = None,
        creation_time_after: datetime | None = None,
        creation_time_before: datetime | None = None,
        last_modified_time_after: datetime | None = None,
        last_modified_time_before: datetime | None = None,
        status_equals: HyperParameterTuningJobStatus | HyperParameterTuningJobStatusLiteral | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        next_token: str | None = ...,
        max_results: int | None = ...,
        sort_by: HyperParameterTuningJobSortByOptions | HyperParameterTuningJobSortByOptionsLiteral | None = ...,
        sort_order: SortOrder | SortOrderLiteral | None = ...,
        name_contains: str | None = ...,
        creation_time_after: datetime | None = ...,
        creation_time_before: datetime | None = ...,
        last_modified_time_after: datetime | None = ...,
        last_modified_time_before: datetime | None = ...,
        status_equals: HyperParameterTuningJobStatus | HyperParameterTuningJobStatusLiteral | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListHyperParameterTuningJobsResponse(OutputShape):
    """The result of ``list_hyper_parameter_tuning_jobs`` (ListHyperParameterTuningJobs)."""

    hyper_parameter_tuning_job_summaries: Final[list[HyperParameterTuningJobSummary] | None]
    """A list of HyperParameterTuningJobSummary objects that describe the tuning jobs that the
    ListHyperParameterTuningJobs request returned. Since 2018-06-04.
    """
    next_token: Final[str | None]
    """If the result of this ListHyperParameterTuningJobs request was truncated, the response includes
    a NextToken . To retrieve the next set of tuning jobs, use the token in the next request. Since
    2018-06-04.
    """
    def __init__(
        self,
        *,
        hyper_parameter_tuning_job_summaries: list[HyperParameterTuningJobSummary] | None = None,
        next_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        hyper_parameter_tuning_job_summaries: list[HyperParameterTuningJobSummary] | None = ...,
        next_token: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListImageVersionsRequest(Shape):
    """No description on the pages."""

    creation_time_after: Final[datetime | None]
    """A filter that returns only versions created on or after the specified time. Since 2020-10-26.
    """
    creation_time_before: Final[datetime | None]
    """A filter that returns only versions created on or before the specified time. Since 2020-10-26.
    """
    image_name: Final[str]
    """The name of the image to list the versions of. Since 2020-10-26."""
    last_modified_time_after: Final[datetime | None]
    """A filter that returns only versions modified on or after the specified time. Since 2020-10-26.
    """
    last_modified_time_before: Final[datetime | None]
    """A filter that returns only versions modified on or before the specified time. Since 2020-10-26.
    """
    max_results: Final[int | None]
    """The maximum number of versions to return in the response. The default value is 10. Since
    2020-10-26.
    """
    next_token: Final[str | None]
    """If the previous call to ListImageVersions didn't return the full set of versions, the call
    returns a token for getting the next set of versions. Since 2020-10-26.
    """
    sort_by: Final[ImageVersionSortBy | None]
    """The property used to sort results. The default value is CREATION_TIME . Since 2020-10-26."""
    sort_order: Final[ImageVersionSortOrder | None]
    """The sort order. The default value is DESCENDING . Since 2020-10-26."""
    def __init__(
        self,
        *,
        image_name: str,
        creation_time_after: datetime | None = None,
        creation_time_before: datetime | None = None,
        last_modified_time_after: datetime | None = None,
        last_modified_time_before: datetime | None = None,
        max_results: int | None = None,
        next_token: str | None = None,
        sort_by: ImageVersionSortBy | ImageVersionSortByLiteral | None = None,
        sort_order: ImageVersionSortOrder | ImageVersionSortOrderLiteral | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        creation_time_after: datetime | None = ...,
        creation_time_before: datetime | None = ...,
        image_name: str = ...,
        last_modified_time_after: datetime | None = ...,
        last_modified_time_before: datetime | None = ...,
        max_results: int | None = ...,
        next_token: str | None = ...,
        sort_by: ImageVersionSortBy | ImageVersionSortByLiteral | None = ...,
        sort_order: ImageVersionSortOrder | ImageVersionSortOrderLiteral | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListImageVersionsResponse(OutputShape):
    """The result of ``list_image_versions`` (ListImageVersions)."""

    image_versions: Final[list[ImageVersion] | None]
    """A list of versions and their properties. Since 2020-10-26."""
    next_token: Final[str | None]
    """A token for getting the next set of versions, if there are any. Since 2020-10-26."""
    def __init__(
        self,
        *,
        image_versions: list[ImageVersion] | None = None,
        next_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        image_versions: list[ImageVersion] | None = ...,
        next_token: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListImagesRequest(Shape):
    """No description on the pages."""

    creation_time_after: Final[datetime | None]
    """A filter that returns only images created on or after the specified time. Since 2020-10-26.
    """
    creation_time_before: Final[datetime | None]
    """A filter that returns only images created on or before the specified time. Since 2020-10-26.
    """
    last_modified_time_after: Final[datetime | None]
    """A filter that returns only images modified on or after the specified time. Since 2020-10-26.
    """
    last_modified_time_before: Final[datetime | None]
    """A filter that returns only images modified on or before the specified time. Since 2020-10-26.
    """
    max_results: Final[int | None]
    """The maximum number of images to return in the response. The default value is 10. Since
    2020-10-26.
    """
    name_contains: Final[str | None]
    """A filter that returns only images whose name contains the specified string. Since 2020-10-26.
    """
    next_token: Final[str | None]
    """If the previous call to ListImages didn't return the full set of images, the call returns a
    token for getting the next set of images. Since 2020-10-26.
    """
    sort_by: Final[ImageSortBy | None]
    """The property used to sort results. The default value is CREATION_TIME . Since 2020-10-26."""
    sort_order: Final[ImageSortOrder | None]
    """The sort order. The default value is DESCENDING . Since 2020-10-26."""
    def __init__(
        self,
        *,
        creation_time_after: datetime | None = None,
        creation_time_before: datetime | None = None,
        last_modified_time_after: datetime | None = None,
        last_modified_time_before: datetime | None = None,
        max_results: int | None = None,
        name_contains: str | None = None,
        next_token: str | None = None,
        sort_by: ImageSortBy | ImageSortByLiteral | None = None,
        sort_order: ImageSortOrder | ImageSortOrderLiteral | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        creation_time_after: datetime | None = ...,
        creation_time_before: datetime | None = ...,
        last_modified_time_after: datetime | None = ...,
        last_modified_time_before: datetime | None = ...,
        max_results: int | None = ...,
        name_contains: str | None = ...,
        next_token: str | None = ...,
        sort_by: ImageSortBy | ImageSortByLiteral | None = ...,
        sort_order: ImageSortOrder | ImageSortOrderLiteral | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListImagesResponse(OutputShape):
    """The result of ``list_images`` (ListImages)."""

    images: Final[list[Image] | None]
    """A list of images and their properties. Since 2020-10-26."""
    next_token: Final[str | None]
    """A token for getting the next set of images, if there are any. Since 2020-10-26."""
    def __init__(
        self,
        *,
        images: list[Image] | None = None,
        next_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        images: list[Image] | None = ...,
        next_token: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListInferenceComponentsInput(Shape):
    """No description on the pages."""

    sort_by: Final[InferenceComponentSortKey | None]
    """The field by which to sort the inference components in the response. The default is CreationTime
    . Since 2023-11-29.
    """
    sort_order: Final[OrderKey | None]
    """The sort order for results. The default is Descending . Since 2023-11-29."""
    next_token: Final[str | None]
    """A token that you use to get the next set of results following a truncated response. If the
    response to the previous request was truncated, that response provides the value for this token.
    Since 2023-11-29.
    """
    max_results: Final[int | None]
    """The maximum number of inference components to return in the response. This value defaults to 10.
    Since 2023-11-29.
    """
    name_contains: Final[str | None]
    """Filters the results to only those inference components with a name that contains the specified
    string. Since 2023-11-29.
    """
    creation_time_before: Final[datetime | None]
    """Filters the results to only those inference components that were created before the specified
    time. Since 2023-11-29.
    """
    creation_time_after: Final[datetime | None]
    """Filters the results to only those inference components that were created after the specified
    time. Since 2023-11-29.
    """
    last_modified_time_before: Final[datetime | None]
    """Filters the results to only those inference components that were updated before the specified
    time. Since 2023-11-29.
    """
    last_modified_time_after: Final[datetime | None]
    """Filters the results to only those inference components that were updated after the specified
    time. Since 2023-11-29.
    """
    status_equals: Final[InferenceComponentStatus | None]
    """Filters the results to only those inference components with the specified status. Since
    2023-11-29.
    """
    endpoint_name_equals: Final[str | None]
    """An endpoint name to filter the listed inference components. The response includes only those
    inference components that are hosted at the specified endpoint. Since 2023-11-29.
    """
    variant_name_equals: Final[str | None]
    """A production variant name to filter the listed inference components. The response includes only
    those inference components that are hosted at the specified variant. Since 2023-11-29.
    """
    def __init__(
        self,
        *,
        sort_by: InferenceComponentSortKey | InferenceComponentSortKeyLiteral | None = None,
        sort_order: OrderKey | OrderKeyLiteral | None = None,
        next_token: str | None = None,
        max_results: int | None = None,
        name_contains: str | None = None,
        creation_time_before: datetime | None = None,
        creation_time_after: datetime | None = None,
        last_modified_time_before: datetime | None = None,
        last_modified_time_after: datetime | None = None,
        status_equals: InferenceComponentStatus | InferenceComponentStatusLiteral | None = None,
        endpoint_name_equals: str | None = None,
        variant_name_equals: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        sort_by: InferenceComponentSortKey | InferenceComponentSortKeyLiteral | None = ...,
        sort_order: OrderKey | OrderKeyLiteral | None = ...,
        next_token: str | None = ...,
        max_results: int | None = ...,
        name_contains: str | None = ...,
        creation_time_before: datetime | None = ...,
        creation_time_after: datetime | None = ...,
        last_modified_time_before: datetime | None = ...,
        last_modified_time_after: datetime | None = ...,
        status_equals: InferenceComponentStatus | InferenceComponentStatusLiteral | None = ...,
        endpoint_name_equals: str | None = ...,
        variant_name_equals: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListInferenceComponentsOutput(OutputShape):
    """The result of ``list_inference_components`` (ListInferenceComponents)."""

    inference_components: Final[list[InferenceComponentSummary] | None]
    """A list of inference components and their properties that matches any of the filters you
    specified in the request. Since 2023-11-29.
    """
    next_token: Final[str | None]
    """The token to use in a subsequent request to get the next set of results following a truncated
    response. Since 2023-11-29.
    """
    def __init__(
        self,
        *,
        inference_components: list[InferenceComponentSummary] | None = None,
        next_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        inference_components: list[InferenceComponentSummary] | None = ...,
        next_token: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListInferenceExperimentsRequest(Shape):
    """No description on the pages."""

    name_contains: Final[str | None]
    """Selects inference experiments whose names contain this name. Since 2022-11-30."""
    type: Final[InferenceExperimentType | None]
    """Selects inference experiments of this type. For the possible types of inference experiments, see
    CreateInferenceExperimentRequest$Type. Since 2022-11-30.
    """
    status_equals: Final[InferenceExperimentStatus | None]
    """Selects inference experiments which are in this status. For the possible statuses, see
    DescribeInferenceExperimentResponse$Status. Since 2022-11-30.
    """
    creation_time_after: Final[datetime | None]
    """Selects inference experiments which were created after this timestamp. Since 2022-11-30."""
    creation_time_before: Final[datetime | None]
    """Selects inference experiments which were created before this timestamp. Since 2022-11-30."""
    last_modified_time_after: Final[datetime | None]
    """Selects inference experiments which were last modified after this timestamp. Since 2022-11-30.
    """
    last_modified_time_before: Final[datetime | None]
    """Selects inference experiments which were last modified before this timestamp. Since 2022-11-30.
    """
    sort_by: Final[SortInferenceExperimentsBy | None]
    """The column by which to sort the listed inference experiments. Since 2022-11-30."""
    sort_order: Final[SortOrder | None]
    """The direction of sorting (ascending or descending). Since 2022-11-30."""
    next_token: Final[str | None]
    """The response from the last list when returning a list large enough to need tokening. Since
    2022-11-30.
    """
    max_results: Final[int | None]
    """The maximum number of results to select. Since 2022-11-30."""
    def __init__(
        self,
        *,
        name_contains: str | None = None,
        type: InferenceExperimentType | InferenceExperimentTypeLiteral | None = None,
        status_equals: InferenceExperimentStatus | InferenceExperimentStatusLiteral | None = None,
        creation_time_after: datetime | None = None,
        creation_time_before: datetime | None = None,
        last_modified_time_after: datetime | None = None,
        last_modified_time_before: datetime | None = None,
        sort_by: SortInferenceExperimentsBy | SortInferenceExperimentsByLiteral | None = None,
        sort_order: SortOrder | SortOrderLiteral | None = None,
        next_token: str | None = None,
        max_results: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        name_contains: str | None = ...,
        type: InferenceExperimentType | InferenceExperimentTypeLiteral | None = ...,
        status_equals: InferenceExperimentStatus | InferenceExperimentStatusLiteral | None = ...,
        creation_time_after: datetime | None = ...,
        creation_time_before: datetime | None = ...,
        last_modified_time_after: datetime | None = ...,
        last_modified_time_before: datetime | None = ...,
        sort_by: SortInferenceExperimentsBy | SortInferenceExperimentsByLiteral | None = ...,
        sort_order: SortOrder | SortOrderLiteral | None = ...,
        next_token: str | None = ...,
        max_results: int | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListInferenceExperimentsResponse(OutputShape):
    """The result of ``list_inference_experiments`` (ListInferenceExperiments)."""

    inference_experiments: Final[list[InferenceExperimentSummary] | None]
    """List of inference experiments. Since 2022-11-30."""
    next_token: Final[str | None]
    """The token to use when calling the next page of results. Since 2022-11-30."""
    def __init__(
        self,
        *,
        inference_experiments: list[InferenceExperimentSummary] | None = None,
        next_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        inference_experiments: list[InferenceExperimentSummary] | None = ...,
        next_token: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListInferenceRecommendationsJobStepsRequest(Shape):
    """No description on the pages."""

    job_name: Final[str]
    """The name for the Inference Recommender job. Since 2022-10-24."""
    status: Final[RecommendationJobStatus | None]
    """A filter to return benchmarks of a specified status. If this field is left empty, then all
    benchmarks are returned. Since 2022-10-24.
    """
    step_type: Final[RecommendationStepType | None]
    """A filter to return details about the specified type of subtask. Since 2022-10-24."""
    max_results: Final[int | None]
    """The maximum number of results to return. Since 2022-10-24."""
    next_token: Final[str | None]
    """A token that you can specify to return more results from the list. Specify this field if you
    have a token that was returned from a previous request. Since 2022-10-24.
    """
    def __init__(
        self,
        *,
        job_name: str,
        status: RecommendationJobStatus | RecommendationJobStatusLiteral | None = None,
        step_type: RecommendationStepType | RecommendationStepTypeLiteral | None = None,
        max_results: int | None = None,
        next_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        job_name: str = ...,
        status: RecommendationJobStatus | RecommendationJobStatusLiteral | None = ...,
        step_type: RecommendationStepType | RecommendationStepTypeLiteral | None = ...,
        max_results: int | None = ...,
        next_token: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListInferenceRecommendationsJobStepsResponse(OutputShape):
    """The result of ``list_inference_recommendations_job_steps``
    (ListInferenceRecommendationsJobSteps).
    """

    steps: Final[list[InferenceRecommendationsJobStep] | None]
    """A list of all subtask details in Inference Recommender. Since 2022-10-24."""
    next_token: Final[str | None]
    """A token that you can specify in your next request to return more results from the list. Since
    2022-10-24.
    """
    def __init__(
        self,
        *,
        steps: list[InferenceRecommendationsJobStep] | None = None,
        next_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        steps: list[InferenceRecommendationsJobStep] | None = ...,
        next_token: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListInferenceRecommendationsJobsRequest(Shape):
    """No description on the pages."""

    creation_time_after: Final[datetime | None]
    """A filter that returns only jobs created after the specified time (timestamp). Since 2021-12-01.
    """
    creation_time_before: Final[datetime | None]
    """A filter that returns only jobs created before the specified time (timestamp). Since 2021-12-01.
    """
    last_modified_time_after: Final[datetime | None]
    """A filter that returns only jobs that were last modified after the specified time (timestamp).
    Since 2021-12-01.
    """
    last_modified_time_before: Final[datetime | None]
    """A filter that returns only jobs that were last modified before the specified time (timestamp).
    Since 2021-12-01.
    """
    name_contains: Final[str | None]
    """A string in the job name. This filter returns only recommendations whose name contains the
    specified string. Since 2021-12-01.
    """
    status_equals: Final[RecommendationJobStatus | None]
    """A filter that retrieves only inference recommendations jobs with a specific status. Since
    2021-12-01.
    """
    sort_by: Final[ListInferenceRecommendationsJobsSortBy | None]
    """The parameter by which to sort the results. Since 2021-12-01."""
    sort_order: Final[SortOrder | None]
    """The sort order for the results. Since 2021-12-01."""
    next_token: Final[str | None]
    """If the response to a previous ListInferenceRecommendationsJobsRequest request was truncated, the
    response includes a NextToken . To retrieve the next set of recommendations, use the token in
    the next request. Since 2021-12-01.
    """
    max_results: Final[int | None]
    """The maximum number of recommendations to return in the response. Since 2021-12-01."""
    model_name_equals: Final[str | None]
    """A filter that returns only jobs that were created for this model. Since 2023-05-23."""
    model_package_version_arn_equals: Final[str | None]
    """A filter that returns only jobs that were created for this versioned model package. Since
    2023-05-23.
    """
    def __init__(
        self,
        *,
        creation_time_after: datetime | None = None,
        creation_time_before: datetime | None = None,
        last_modified_time_after: datetime | None = None,
        last_modified_time_before: datetime | None = None,
        name_contains: str | None = None,
        status_equals: RecommendationJobStatus | RecommendationJobStatusLiteral | None = None,
        sort_by: ListInferenceRecommendationsJobsSortBy | ListInferenceRecommendationsJobsSortByLiteral | None = None,
        sort_order: SortOrder | SortOrderLiteral | None = None,
        next_token: str | None = None,
        max_results: int | None = None,
        model_name_equals: str | None = None,
        model_package_version_arn_equals: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        creation_time_after: datetime | None = ...,
        creation_time_before: datetime | None = ...,
        last_modified_time_after: datetime | None = ...,
        last_modified_time_before: datetime | None = ...,
        name_contains: str | None = ...,
        status_equals: RecommendationJobStatus | RecommendationJobStatusLiteral | None = ...,
        sort_by: ListInferenceRecommendationsJobsSortBy | ListInferenceRecommendationsJobsSortByLiteral | None = ...,
        sort_order: SortOrder | SortOrderLiteral | None = ...,
        next_token: str | None = ...,
        max_results: int | None = ...,
        model_name_equals: str | None = ...,
        model_package_version_arn_equals: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListInferenceRecommendationsJobsResponse(OutputShape):
    """The result of ``list_inference_recommendations_jobs`` (ListInferenceRecommendationsJobs)."""

    inference_recommendations_jobs: Final[list[InferenceRecommendationsJob] | None]
    """The recommendations created from the Amazon SageMaker Inference Recommender job. Since
    2021-12-01.
    """
    next_token: Final[str | None]
    """A token for getting the next set of recommendations, if there are any. Since 2021-12-01."""
    def __init__(
        self,
        *,
        inference_recommendations_jobs: list[InferenceRecommendationsJob] | None = None,
        next_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        inference_recommendations_jobs: list[InferenceRecommendationsJob] | None = ...,
        next_token: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListJobSchemaVersionsRequest(Shape):
    """No description on the pages."""

    job_category: Final[JobCategory]
    """The category of job schemas to list. Since 2026-06-02."""
    next_token: Final[str | None]
    """If the previous response was truncated, this token retrieves the next set of results. Since
    2026-06-02.
    """
    max_results: Final[int | None]
    """The maximum number of schema versions to return in the response. The default value is 5. Since
    2026-06-02.
    """
    def __init__(
        self,
        *,
        job_category: JobCategory | JobCategoryLiteral,
        next_token: str | None = None,
        max_results: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        job_category: JobCategory | JobCategoryLiteral = ...,
        next_token: str | None = ...,
        max_results: int | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListJobSchemaVersionsResponse(OutputShape):
    """The result of ``list_job_schema_versions`` (ListJobSchemaVersions)."""

    next_token: Final[str | None]
    """If the response is truncated, this token retrieves the next set of results. Since 2026-06-02.
    """
    job_config_schemas: Final[list[JobConfigSchemaVersionSummary] | None]
    """An array of JobConfigSchemaVersionSummary objects listing the available schema versions. Since
    2026-06-02.
    """
    def __init__(
        self,
        *,
        next_token: str | None = None,
        job_config_schemas: list[JobConfigSchemaVersionSummary] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        next_token: str | None = ...,
        job_config_schemas: list[JobConfigSchemaVersionSummary] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListJobsRequest(Shape):
    """No description on the pages."""

    job_category: Final[JobCategory]
    """The category of jobs to list. Since 2026-06-02."""
    next_token: Final[str | None]
    """If the previous response was truncated, this token retrieves the next set of results. Since
    2026-06-02.
    """
    max_results: Final[int | None]
    """The maximum number of jobs to return in the response. The default value is 50. Since 2026-06-02.
    """
    creation_time_after: Final[datetime | None]
    """A filter that returns only jobs created after the specified time. Since 2026-06-02."""
    creation_time_before: Final[datetime | None]
    """A filter that returns only jobs created before the specified time. Since 2026-06-02."""
    last_modified_time_after: Final[datetime | None]
    """A filter that returns only jobs modified after the specified time. Since 2026-06-02."""
    last_modified_time_before: Final[datetime | None]
    """A filter that returns only jobs modified before the specified time. Since 2026-06-02."""
    name_contains: Final[str | None]
    """A string in the job name to filter results. Only jobs whose name contains the specified string
    are returned. Since 2026-06-02.
    """
    sort_by: Final[SortBy | None]
    """The field to sort results by. Since 2026-06-02."""
    sort_order: Final[SortOrder | None]
    """The sort order for results. Valid values are Ascending and Descending. Since 2026-06-02."""
    status_equals: Final[JobStatus | None]
    """A filter that returns only jobs with the specified status. Since 2026-06-02."""
    def __init__(
        self,
        *,
        job_category: JobCategory | JobCategoryLiteral,
        next_token: str | None = None,
        max_results: int | None = None,
        creation_time_after: datetime | None = None,
        creation_time_before: datetime | None = None,
        last_modified_time_after: datetime | None = None,
        last_modified_time_before: datetime | None = None,
        name_contains: str | None = None,
        sort_by: SortBy | SortByLiteral | None = None,
        sort_order: SortOrder | SortOrderLiteral | None = None,
        status_equals: JobStatus | JobStatusLiteral | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        job_category: JobCategory | JobCategoryLiteral = ...,
        next_token: str | None = ...,
        max_results: int | None = ...,
        creation_time_after: datetime | None = ...,
        creation_time_before: datetime | None = ...,
        last_modified_time_after: datetime | None = ...,
        last_modified_time_before: datetime | None = ...,
        name_contains: str | None = ...,
        sort_by: SortBy | SortByLiteral | None = ...,
        sort_order: SortOrder | SortOrderLiteral | None = ...,
        status_equals: JobStatus | JobStatusLiteral | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListJobsResponse(OutputShape):
    """The result of ``list_jobs`` (ListJobs)."""

    next_token: Final[str | None]
    """If the response is truncated, this token retrieves the next set of results. Since 2026-06-02.
    """
    job_summaries: Final[list[JobSummary] | None]
    """An array of JobSummary objects that provide summary information about the jobs. Since
    2026-06-02.
    """
    def __init__(
        self,
        *,
        next_token: str | None = None,
        job_summaries: list[JobSummary] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        next_token: str | None = ...,
        job_summaries: list[JobSummary] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListLabelingJobsForWorkteamRequest(Shape):
    """No description on the pages."""

    workteam_arn: Final[str]
    """The Amazon Resource Name (ARN) of the work team for which you want to see labeling jobs for.
    Since 2018-11-28.
    """
    max_results: Final[int | None]
    """The maximum number of labeling jobs to return in each page of the response. Since 2018-11-28.
    """
    next_token: Final[str | None]
    """If the result of the previous ListLabelingJobsForWorkteam request was truncated, the response
    includes a NextToken . To retrieve the next set of labeling jobs, use the token in the next
    request. Since 2018-11-28.
    """
    creation_time_after: Final[datetime | None]
    """A filter that returns only labeling jobs created after the specified time (timestamp). Since
    2018-11-28.
    """
    creation_time_before: Final[datetime | None]
    """A filter that returns only labeling jobs created before the specified time (timestamp). Since
    2018-11-28.
    """
    job_reference_code_contains: Final[str | None]
    """A filter the limits jobs to only the ones whose job reference code contains the specified
    string. Since 2018-11-28.
    """
    sort_by: Final[ListLabelingJobsForWorkteamSortByOptions | None]
    """The field to sort results by. The default is CreationTime . Since 2018-11-28."""
    sort_order: Final[SortOrder | None]
    """The sort order for results. The default is Ascending . Since 2018-11-28."""
    def __init__(
        self,
        *,
        workteam_arn: str,
        max_results: int | None = None,
        next_token: str | None = None,
        creation_time_after: datetime | None = None,
        creation_time_before: datetime | None = None,
        job_reference_code_contains: str | None = None,
        sort_by: ListLabelingJobsForWorkteamSortByOptions
        | ListLabelingJobsForWorkteamSortByOptionsLiteral
        | None = None,
        sort_order: SortOrder | SortOrderLiteral | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        workteam_arn: str = ...,
        max_results: int | None = ...,
        next_token: str | None = ...,
        creation_time_after: datetime | None = ...,
        creation_time_before: datetime | None = ...,
        job_reference_code_contains: str | None = ...,
        sort_by: ListLabelingJobsForWorkteamSortByOptions
        | ListLabelingJobsForWorkteamSortByOptionsLiteral
        | None = ...,
        sort_order: SortOrder | SortOrderLiteral | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListLabelingJobsForWorkteamResponse(OutputShape):
    """The result of ``list_labeling_jobs_for_workteam`` (ListLabelingJobsForWorkteam)."""

    labeling_job_summary_list: Final[list[LabelingJobForWorkteamSummary] | None]
    """An array of LabelingJobSummary objects, each describing a labeling job. Since 2018-11-28."""
    next_token: Final[str | None]
    """If the response is truncated, Amazon SageMaker returns this token. To retrieve the next set of
    labeling jobs, use it in the subsequent request. Since 2018-11-28.
    """
    def __init__(
        self,
        *,
        labeling_job_summary_list: list[LabelingJobForWorkteamSummary] | None = None,
        next_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        labeling_job_summary_list: list[LabelingJobForWorkteamSummary] | None = ...,
        next_token: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListLabelingJobsRequest(Shape):
    """No description on the pages."""

    creation_time_after: Final[datetime | None]
    """A filter that returns only labeling jobs created after the specified time (timestamp). Since
    2018-11-28.
    """
    creation_time_before: Final[datetime | None]
    """A filter that returns only labeling jobs created before the specified time (timestamp). Since
    2018-11-28.
    """
    last_modified_time_after: Final[datetime | None]
    """A filter that returns only labeling jobs modified after the specified time (timestamp). Since
    2018-11-28.
    """
    last_modified_time_before: Final[datetime | None]
    """A filter that returns only labeling jobs modified before the specified time (timestamp). Since
    2018-11-28.
    """
    max_results: Final[int | None]
    """The maximum number of labeling jobs to return in each page of the response. Since 2018-11-28.
    """
    next_token: Final[str | None]
    """If the result of the previous ListLabelingJobs request was truncated, the response includes a
    NextToken . To retrieve the next set of labeling jobs, use the token in the next request. Since
    2018-11-28.
    """
    name_contains: Final[str | None]
    """A string in the labeling job name. This filter returns only labeling jobs whose name contains
    the specified string. Since 2018-11-28.
    """
    sort_by: Final[SortBy | None]
    """The field to sort results by. The default is CreationTime . Since 2018-11-28."""
    sort_order: Final[SortOrder | None]
    """The sort order for results. The default is Ascending . Since 2018-11-28."""
    status_equals: Final[LabelingJobStatus | None]
    """A filter that retrieves only labeling jobs with a specific status. Since 2018-11-28."""
    def __init__(
        self,
        *,
        creation_time_after: datetime | None = None,
        creation_time_before: datetime | None = None,
        last_modified_time_after: datetime | None = None,
        last_modified_time_before: datetime | None = None,
        max_results: int | None = None,
        next_token: str | None = None,
        name_contains: str | None = None,
        sort_by: SortBy | SortByLiteral | None = None,
        sort_order: SortOrder | SortOrderLiteral | None = None,
        status_equals: LabelingJobStatus | LabelingJobStatusLiteral | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        creation_time_after: datetime | None = ...,
        creation_time_before: datetime | None = ...,
        last_modified_time_after: datetime | None = ...,
        last_modified_time_before: datetime | None = ...,
        max_results: int | None = ...,
        next_token: str | None = ...,
        name_contains: str | None = ...,
        sort_by: SortBy | SortByLiteral | None = ...,
        sort_order: SortOrder | SortOrderLiteral | None = ...,
        status_equals: LabelingJobStatus | LabelingJobStatusLiteral | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListLabelingJobsResponse(OutputShape):
    """The result of ``list_labeling_jobs`` (ListLabelingJobs)."""

    labeling_job_summary_list: Final[list[LabelingJobSummary] | None]
    """An array of LabelingJobSummary objects, each describing a labeling job. Since 2018-11-28."""
    next_token: Final[str | None]
    """If the response is truncated, Amazon SageMaker returns this token. To retrieve the next set of
    labeling jobs, use it in the subsequent request. Since 2018-11-28.
    """
    def __init__(
        self,
        *,
        labeling_job_summary_list: list[LabelingJobSummary] | None = None,
        next_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        labeling_job_summary_list: list[LabelingJobSummary] | None = ...,
        next_token: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListLineageGroupsRequest(Shape):
    """No description on the pages."""

    created_after: Final[datetime | None]
    """A timestamp to filter against lineage groups created after a certain point in time. Since
    2021-12-01.
    """
    created_before: Final[datetime | None]
    """A timestamp to filter against lineage groups created before a certain point in time. Since
    2021-12-01.
    """
    sort_by: Final[SortLineageGroupsBy | None]
    """The parameter by which to sort the results. The default is CreationTime . Since 2021-12-01.
    """
    sort_order: Final[SortOrder | None]
    """The sort order for the results. The default is Ascending . Since 2021-12-01."""
    next_token: Final[str | None]
    """If the response is truncated, SageMaker returns this token. To retrieve the next set of
    algorithms, use it in the subsequent request. Since 2021-12-01.
    """
    max_results: Final[int | None]
    """The maximum number of endpoints to return in the response. This value defaults to 10. Since
    2021-12-01.
    """
    def __init__(
        self,
        *,
        created_after: datetime | None = None,
        created_before: datetime | None = None,
        sort_by: SortLineageGroupsBy | SortLineageGroupsByLiteral | None = None,
        sort_order: SortOrder | SortOrderLiteral | None = None,
        next_token: str | None = None,
        max_results: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        created_after: datetime | None = ...,
        created_before: datetime | None = ...,
        sort_by: SortLineageGroupsBy | SortLineageGroupsByLiteral | None = ...,
        sort_order: SortOrder | SortOrderLiteral | None = ...,
        next_token: str | None = ...,
        max_results: int | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListLineageGroupsResponse(OutputShape):
    """The result of ``list_lineage_groups`` (ListLineageGroups)."""

    lineage_group_summaries: Final[list[LineageGroupSummary] | None]
    """A list of lineage groups and their properties. Since 2021-12-01."""
    next_token: Final[str | None]
    """If the response is truncated, SageMaker returns this token. To retrieve the next set of
    algorithms, use it in the subsequent request. Since 2021-12-01.
    """
    def __init__(
        self,
        *,
        lineage_group_summaries: list[LineageGroupSummary] | None = None,
        next_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        lineage_group_summaries: list[LineageGroupSummary] | None = ...,
        next_token: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListMlflowAppsRequest(Shape):
    """No description on the pages."""

    created_after: Final[datetime | None]
    """Use the CreatedAfter filter to only list MLflow Apps created after a specific date and time.
    Listed MLflow Apps are shown with a date and time such as "2024-03-16T01:46:56+00:00". The
    CreatedAfter parameter takes in a Unix timestamp. Since 2025-12-02.
    """
    created_before: Final[datetime | None]
    """Use the CreatedBefore filter to only list MLflow Apps created before a specific date and time.
    Listed MLflow Apps are shown with a date and time such as "2024-03-16T01:46:56+00:00". The
    CreatedAfter parameter takes in a Unix timestamp. Since 2025-12-02.
    """
    status: Final[MlflowAppStatus | None]
    """Filter for Mlflow apps with a specific creation status. Since 2025-12-02."""
    mlflow_version: Final[str | None]
    """Filter for Mlflow Apps with the specified version. Since 2025-12-02."""
    default_for_domain_id: Final[str | None]
    """Filter for MLflow Apps with the specified default SageMaker Domain ID. Since 2025-12-02."""
    account_default_status: Final[AccountDefaultStatus | None]
    """Filter for MLflow Apps with the specified AccountDefaultStatus. Since 2025-12-02."""
    sort_by: Final[SortMlflowAppBy | None]
    """Filter for MLflow Apps sorting by name, creation time, or creation status. Since 2025-12-02.
    """
    sort_order: Final[SortOrder | None]
    """Change the order of the listed MLflow Apps. By default, MLflow Apps are listed in Descending
    order by creation time. To change the list order, specify SortOrder to be Ascending. Since
    2025-12-02.
    """
    next_token: Final[str | None]
    """If the previous response was truncated, use this token in your next request to receive the next
    set of results. Since 2025-12-02.
    """
    max_results: Final[int | None]
    """The maximum number of MLflow Apps to list. Since 2025-12-02."""
    def __init__(
        self,
        *,
        created_after: datetime | None = None,
        created_before: datetime | None = None,
        status: MlflowAppStatus | MlflowAppStatusLiteral | None = None,
        mlflow_version: str | None = None,
        default_for_domain_id: str | None = None,
        account_default_status: AccountDefaultStatus | AccountDefaultStatusLiteral | None = None,
        sort_by: SortMlflowAppBy | SortMlflowAppByLiteral | None = None,
        sort_order: SortOrder | SortOrderLiteral | None = None,
        next_token: str | None = None,
        max_results: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        created_after: datetime | None = ...,
        created_before: datetime | None = ...,
        status: MlflowAppStatus | MlflowAppStatusLiteral | None = ...,
        mlflow_version: str | None = ...,
        default_for_domain_id: str | None = ...,
        account_default_status: AccountDefaultStatus | AccountDefaultStatusLiteral | None = ...,
        sort_by: SortMlflowAppBy | SortMlflowAppByLiteral | None = ...,
        sort_order: SortOrder | SortOrderLiteral | None = ...,
        next_token: str | None = ...,
        max_results: int | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListMlflowAppsResponse(OutputShape):
    """The result of ``list_mlflow_apps`` (ListMlflowApps)."""

    summaries: Final[list[MlflowAppSummary] | None]
    """A list of MLflow Apps according to chosen filters. Since 2025-12-02."""
    next_token: Final[str | None]
    """If the previous response was truncated, you will receive this token. Use it in your next request
    to receive the next set of results. Since 2025-12-02.
    """
    def __init__(
        self,
        *,
        summaries: list[MlflowAppSummary] | None = None,
        next_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        summaries: list[MlflowAppSummary] | None = ...,
        next_token: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListMlflowTrackingServersRequest(Shape):
    """No description on the pages."""

    created_after: Final[datetime | None]
    """Use the CreatedAfter filter to only list tracking servers created after a specific date and
    time. Listed tracking servers are shown with a date and time such as "2024-03-16T01:46:56+00:00"
    . The CreatedAfter parameter takes in a Unix timestamp. To convert a date and time into a Unix
    timestamp, see EpochConverter. Since 2024-06-18.
    """
    created_before: Final[datetime | None]
    """Use the CreatedBefore filter to only list tracking servers created before a specific date and
    time. Listed tracking servers are shown with a date and time such as "2024-03-16T01:46:56+00:00"
    . The CreatedBefore parameter takes in a Unix timestamp. To convert a date and time into a Unix
    timestamp, see EpochConverter. Since 2024-06-18.
    """
    tracking_server_status: Final[TrackingServerStatus | None]
    """Filter for tracking servers with a specified creation status. Since 2024-06-18."""
    mlflow_version: Final[str | None]
    """Filter for tracking servers using the specified MLflow version. Since 2024-06-18."""
    sort_by: Final[SortTrackingServerBy | None]
    """Filter for trackings servers sorting by name, creation time, or creation status. Since
    2024-06-18.
    """
    sort_order: Final[SortOrder | None]
    """Change the order of the listed tracking servers. By default, tracking servers are listed in
    Descending order by creation time. To change the list order, you can specify SortOrder to be
    Ascending . Since 2024-06-18.
    """
    next_token: Final[str | None]
    """If the previous response was truncated, you will receive this token. Use it in your next request
    to receive the next set of results. Since 2024-06-18.
    """
    max_results: Final[int | None]
    """The maximum number of tracking servers to list. Since 2024-06-18."""
    def __init__(
        self,
        *,
        created_after: datetime | None = None,
        created_before: datetime | None = None,
        tracking_server_status: TrackingServerStatus | TrackingServerStatusLiteral | None = None,
        mlflow_version: str | None = None,
        sort_by: SortTrackingServerBy | SortTrackingServerByLiteral | None = None,
        sort_order: SortOrder | SortOrderLiteral | None = None,
        next_token: str | None = None,
        max_results: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        created_after: datetime | None = ...,
        created_before: datetime | None = ...,
        tracking_server_status: TrackingServerStatus | TrackingServerStatusLiteral | None = ...,
        mlflow_version: str | None = ...,
        sort_by: SortTrackingServerBy | SortTrackingServerByLiteral | None = ...,
        sort_order: SortOrder | SortOrderLiteral | None = ...,
        next_token: str | None = ...,
        max_results: int | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListMlflowTrackingServersResponse(OutputShape):
    """The result of ``list_mlflow_tracking_servers`` (ListMlflowTrackingServers)."""

    tracking_server_summaries: Final[list[TrackingServerSummary] | None]
    """A list of tracking servers according to chosen filters. Since 2024-06-18."""
    next_token: Final[str | None]
    """If the previous response was truncated, you will receive this token. Use it in your next request
    to receive the next set of results. Since 2024-06-18.
    """
    def __init__(
        self,
        *,
        tracking_server_summaries: list[TrackingServerSummary] | None = None,
        next_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        tracking_server_summaries: list[TrackingServerSummary] | None = ...,
        next_token: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListModelBiasJobDefinitionsRequest(Shape):
    """No description on the pages."""

    endpoint_name: Final[str | None]
    """Name of the endpoint to monitor for model bias. Since 2020-12-08."""
    sort_by: Final[MonitoringJobDefinitionSortKey | None]
    """Whether to sort results by the Name or CreationTime field. The default is CreationTime . Since
    2020-12-08.
    """
    sort_order: Final[SortOrder | None]
    """Whether to sort the results in Ascending or Descending order. The default is Descending . Since
    2020-12-08.
    """
    next_token: Final[str | None]
    """The token returned if the response is truncated. To retrieve the next set of job executions, use
    it in the next request. Since 2020-12-08.
    """
    max_results: Final[int | None]
    """The maximum number of model bias jobs to return in the response. The default value is 10. Since
    2020-12-08.
    """
    name_contains: Final[str | None]
    """Filter for model bias jobs whose name contains a specified string. Since 2020-12-08."""
    creation_time_before: Final[datetime | None]
    """A filter that returns only model bias jobs created before a specified time. Since 2020-12-08.
    """
    creation_time_after: Final[datetime | None]
    """A filter that returns only model bias jobs created after a specified time. Since 2020-12-08.
    """
    def __init__(
        self,
        *,
        endpoint_name: str | None = None,
        sort_by: MonitoringJobDefinitionSortKey | MonitoringJobDefinitionSortKeyLiteral | None = None,
        sort_order: SortOrder | SortOrderLiteral | None = None,
        next_token: str | None = None,
        max_results: int | None = None,
        name_contains: str | None = None,
        creation_time_before: datetime | None = None,
        creation_time_after: datetime | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        endpoint_name: str | None = ...,
        sort_by: MonitoringJobDefinitionSortKey | MonitoringJobDefinitionSortKeyLiteral | None = ...,
        sort_order: SortOrder | SortOrderLiteral | None = ...,
        next_token: str | None = ...,
        max_results: int | None = ...,
        name_contains: str | None = ...,
        creation_time_before: datetime | None = ...,
        creation_time_after: datetime | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListModelBiasJobDefinitionsResponse(OutputShape):
    """The result of ``list_model_bias_job_definitions`` (ListModelBiasJobDefinitions)."""

    job_definition_summaries: Final[list[MonitoringJobDefinitionSummary] | None]
    """A JSON array in which each element is a summary for a model bias jobs. Since 2020-12-08."""
    next_token: Final[str | None]
    """If the response is truncated, Amazon SageMaker returns this token. To retrieve the next set of
    jobs, use it in the subsequent request. Since 2020-12-08.
    """
    def __init__(
        self,
        *,
        job_definition_summaries: list[MonitoringJobDefinitionSummary] | None = None,
        next_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        job_definition_summaries: list[MonitoringJobDefinitionSummary] | None = ...,
        next_token: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListModelCardExportJobsRequest(Shape):
    """No description on the pages."""

    model_card_name: Final[str]
    """List export jobs for the model card with the specified name. Since 2022-11-30."""
    model_card_version: Final[int | None]
    """List export jobs for the model card with the specified version. Since 2022-11-30."""
    creation_time_after: Final[datetime | None]
    """Only list model card export jobs that were created after the time specified. Since 2022-11-30.
    """
    creation_time_before: Final[datetime | None]
    """Only list model card export jobs that were created before the time specified. Since 2022-11-30.
    """
    model_card_export_job_name_contains: Final[str | None]
    """Only list model card export jobs with names that contain the specified string. Since 2022-11-30.
    """
    status_equals: Final[ModelCardExportJobStatus | None]
    """Only list model card export jobs with the specified status. Since 2022-11-30."""
    sort_by: Final[ModelCardExportJobSortBy | None]
    """Sort model card export jobs by either name or creation time. Sorts by creation time by default.
    Since 2022-11-30.
    """
    sort_order: Final[ModelCardExportJobSortOrder | None]
    """Sort model card export jobs by ascending or descending order. Since 2022-11-30."""
    next_token: Final[str | None]
    """If the response to a previous ListModelCardExportJobs request was truncated, the response
    includes a NextToken . To retrieve the next set of model card export jobs, use the token in the
    next request. Since 2022-11-30.
    """
    max_results: Final[int | None]
    """The maximum number of model card export jobs to list. Since 2022-11-30."""
    def __init__(
        self,
        *,
        model_card_name: str,
        model_card_version: int | None = None,
        creation_time_after: datetime | None = None,
        creation_time_before: datetime | None = None,
        model_card_export_job_name_contains: str | None = None,
        status_equals: ModelCardExportJobStatus | ModelCardExportJobStatusLiteral | None = None,
        sort_by: ModelCardExportJobSortBy | ModelCardExportJobSortByLiteral | None = None,
        sort_order: ModelCardExportJobSortOrder | ModelCardExportJobSortOrderLiteral | None = None,
        next_token: str | None = None,
        max_results: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        model_card_name: str = ...,
        model_card_version: int | None = ...,
        creation_time_after: datetime | None = ...,
        creation_time_before: datetime | None = ...,
        model_card_export_job_name_contains: str | None = ...,
        status_equals: ModelCardExportJobStatus | ModelCardExportJobStatusLiteral | None = ...,
        sort_by: ModelCardExportJobSortBy | ModelCardExportJobSortByLiteral | None = ...,
        sort_order: ModelCardExportJobSortOrder | ModelCardExportJobSortOrderLiteral | None = ...,
        next_token: str | None = ...,
        max_results: int | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListModelCardExportJobsResponse(OutputShape):
    """The result of ``list_model_card_export_jobs`` (ListModelCardExportJobs)."""

    model_card_export_job_summaries: Final[list[ModelCardExportJobSummary] | None]
    """The summaries of the listed model card export jobs. Since 2022-11-30."""
    next_token: Final[str | None]
    """If the response is truncated, SageMaker returns this token. To retrieve the next set of model
    card export jobs, use it in the subsequent request. Since 2022-11-30.
    """
    def __init__(
        self,
        *,
        model_card_export_job_summaries: list[ModelCardExportJobSummary] | None = None,
        next_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        model_card_export_job_summaries: list[ModelCardExportJobSummary] | None = ...,
        next_token: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListModelCardVersionsRequest(Shape):
    """No description on the pages."""

    creation_time_after: Final[datetime | None]
    """Only list model card versions that were created after the time specified. Since 2022-11-30.
    """
    creation_time_before: Final[datetime | None]
    """Only list model card versions that were created before the time specified. Since 2022-11-30.
    """
    max_results: Final[int | None]
    """The maximum number of model card versions to list. Since 2022-11-30."""
    model_card_name: Final[str]
    """List model card versions for the model card with the specified name. Since 2022-11-30."""
    model_card_status: Final[ModelCardStatus | None]
    """Only list model card versions with the specified approval status. Since 2022-11-30."""
    next_token: Final[str | None]
    """If the response to a previous ListModelCardVersions request was truncated, the response includes
    a NextToken . To retrieve the next set of model card versions, use the token in the next
    request. Since 2022-11-30.
    """
    sort_by: Final[ModelCardVersionSortBy | None]
    """Sort listed model card versions by version. Sorts by version by default. Since 2022-11-30."""
    sort_order: Final[ModelCardSortOrder | None]
    """Sort model card versions by ascending or descending order. Since 2022-11-30."""
    def __init__(
        self,
        *,
        model_card_name: str,
        creation_time_after: datetime | None = None,
        creation_time_before: datetime | None = None,
        max_results: int | None = None,
        model_card_status: ModelCardStatus | ModelCardStatusLiteral | None = None,
        next_token: str | None = None,
        sort_by: ModelCardVersionSortBy | ModelCardVersionSortByLiteral | None = None,
        sort_order: ModelCardSortOrder | ModelCardSortOrderLiteral | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        creation_time_after: datetime | None = ...,
        creation_time_before: datetime | None = ...,
        max_results: int | None = ...,
        model_card_name: str = ...,
        model_card_status: ModelCardStatus | ModelCardStatusLiteral | None = ...,
        next_token: str | None = ...,
        sort_by: ModelCardVersionSortBy | ModelCardVersionSortByLiteral | None = ...,
        sort_order: ModelCardSortOrder | ModelCardSortOrderLiteral | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListModelCardVersionsResponse(OutputShape):
    """The result of ``list_model_card_versions`` (ListModelCardVersions)."""

    model_card_version_summary_list: Final[list[ModelCardVersionSummary] | None]
    """The summaries of the listed versions of the model card. Since 2022-11-30."""
    next_token: Final[str | None]
    """If the response is truncated, SageMaker returns this token. To retrieve the next set of model
    card versions, use it in the subsequent request. Since 2022-11-30.
    """
    def __init__(
        self,
        *,
        model_card_version_summary_list: list[ModelCardVersionSummary] | None = None,
        next_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        model_card_version_summary_list: list[ModelCardVersionSummary] | None = ...,
        next_token: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListModelCardsRequest(Shape):
    """No description on the pages."""

    creation_time_after: Final[datetime | None]
    """Only list model cards that were created after the time specified. Since 2022-11-30."""
    creation_time_before: Final[datetime | None]
    """Only list model cards that were created before the time specified. Since 2022-11-30."""
    max_results: Final[int | None]
    """The maximum number of model cards to list. Since 2022-11-30."""
    name_contains: Final[str | None]
    """Only list model cards with names that contain the specified string. Since 2022-11-30."""
    model_card_status: Final[ModelCardStatus | None]
    """Only list model cards with the specified approval status. Since 2022-11-30."""
    next_token: Final[str | None]
    """If the response to a previous ListModelCards request was truncated, the response includes a
    NextToken . To retrieve the next set of model cards, use the token in the next request. Since
    2022-11-30.
    """
    sort_by: Final[ModelCardSortBy | None]
    """Sort model cards by either name or creation time. Sorts by creation time by default. Since
    2022-11-30.
    """
    sort_order: Final[ModelCardSortOrder | None]
    """Sort model cards by ascending or descending order. Since 2022-11-30."""
    def __init__(
        self,
        *,
        creation_time_after: datetime | None = None,
        creation_time_before: datetime | None = None,
        max_results: int | None = None,
        name_contains: str | None = None,
        model_card_status: ModelCardStatus | ModelCardStatusLiteral | None = None,
        next_token: str | None = None,
        sort_by: ModelCardSortBy | ModelCardSortByLiteral | None = None,
        sort_order: ModelCardSortOrder | ModelCardSortOrderLiteral | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        creation_time_after: datetime | None = ...,
        creation_time_before: datetime | None = ...,
        max_results: int | None = ...,
        name_contains: str | None = ...,
        model_card_status: ModelCardStatus | ModelCardStatusLiteral | None = ...,
        next_token: str | None = ...,
        sort_by: ModelCardSortBy | ModelCardSortByLiteral | None = ...,
        sort_order: ModelCardSortOrder | ModelCardSortOrderLiteral | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListModelCardsResponse(OutputShape):
    """The result of ``list_model_cards`` (ListModelCards)."""

    model_card_summaries: Final[list[ModelCardSummary] | None]
    """The summaries of the listed model cards. Since 2022-11-30."""
    next_token: Final[str | None]
    """If the response is truncated, SageMaker returns this token. To retrieve the next set of model
    cards, use it in the subsequent request. Since 2022-11-30.
    """
    def __init__(
        self,
        *,
        model_card_summaries: list[ModelCardSummary] | None = None,
        next_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        model_card_summaries: list[ModelCardSummary] | None = ...,
        next_token: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListModelExplainabilityJobDefinitionsRequest(Shape):
    """No description on the pages."""

    endpoint_name: Final[str | None]
    """Name of the endpoint to monitor for model explainability. Since 2020-12-08."""
    sort_by: Final[MonitoringJobDefinitionSortKey | None]
    """Whether to sort results by the Name or CreationTime field. The default is CreationTime . Since
    2020-12-08.
    """
    sort_order: Final[SortOrder | None]
    """Whether to sort the results in Ascending or Descending order. The default is Descending . Since
    2020-12-08.
    """
    next_token: Final[str | None]
    """The token returned if the response is truncated. To retrieve the next set of job executions, use
    it in the next request. Since 2020-12-08.
    """
    max_results: Final[int | None]
    """The maximum number of jobs to return in the response. The default value is 10. Since 2020-12-08.
    """
    name_contains: Final[str | None]
    """Filter for model explainability jobs whose name contains a specified string. Since 2020-12-08.
    """
    creation_time_before: Final[datetime | None]
    """A filter that returns only model explainability jobs created before a specified time. Since
    2020-12-08.
    """
    creation_time_after: Final[datetime | None]
    """A filter that returns only model explainability jobs created after a specified time. Since
    2020-12-08.
    """
    def __init__(
        self,
        *,
        endpoint_name: str | None = None,
        sort_by: MonitoringJobDefinitionSortKey | MonitoringJobDefinitionSortKeyLiteral | None = None,
        sort_order: SortOrder | SortOrderLiteral | None = None,
        next_token: str | None = None,
        max_results: int | None = None,
        name_contains: str | None = None,
        creation_time_before: datetime | None = None,
        creation_time_after: datetime | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        endpoint_name: str | None = ...,
        sort_by: MonitoringJobDefinitionSortKey | MonitoringJobDefinitionSortKeyLiteral | None = ...,
        sort_order: SortOrder | SortOrderLiteral | None = ...,
        next_token: str | None = ...,
        max_results: int | None = ...,
        name_contains: str | None = ...,
        creation_time_before: datetime | None = ...,
        creation_time_after: datetime | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListModelExplainabilityJobDefinitionsResponse(OutputShape):
    """The result of ``list_model_explainability_job_definitions``
    (ListModelExplainabilityJobDefinitions).
    """

    job_definition_summaries: Final[list[MonitoringJobDefinitionSummary] | None]
    """A JSON array in which each element is a summary for a explainability bias jobs. Since
    2020-12-08.
    """
    next_token: Final[str | None]
    """If the response is truncated, Amazon SageMaker returns this token. To retrieve the next set of
    jobs, use it in the subsequent request. Since 2020-12-08.
    """
    def __init__(
        self,
        *,
        job_definition_summaries: list[MonitoringJobDefinitionSummary] | None = None,
        next_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        job_definition_summaries: list[MonitoringJobDefinitionSummary] | None = ...,
        next_token: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListModelMetadataRequest(Shape):
    """No description on the pages."""

    search_expression: Final[ModelMetadataSearchExpression | None]
    """One or more filters that searches for the specified resource or resources in a search. All
    resource objects that satisfy the expression's condition are included in the search results.
    Specify the Framework, FrameworkVersion, Domain or Task to filter supported. Filter names and
    values are case-sensitive. Since 2021-12-01.
    """
    next_token: Final[str | None]
    """If the response to a previous ListModelMetadataResponse request was truncated, the response
    includes a NextToken. To retrieve the next set of model metadata, use the token in the next
    request. Since 2021-12-01.
    """
    max_results: Final[int | None]
    """The maximum number of models to return in the response. Since 2021-12-01."""
    def __init__(
        self,
        *,
        search_expression: ModelMetadataSearchExpression | None = None,
        next_token: str | None = None,
        max_results: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        search_expression: ModelMetadataSearchExpression | None = ...,
        next_token: str | None = ...,
        max_results: int | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListModelMetadataResponse(OutputShape):
    """The result of ``list_model_metadata`` (ListModelMetadata)."""

    model_metadata_summaries: Final[list[ModelMetadataSummary] | None]
    """A structure that holds model metadata. Since 2021-12-01."""
    next_token: Final[str | None]
    """A token for getting the next set of recommendations, if there are any. Since 2021-12-01."""
    def __init__(
        self,
        *,
        model_metadata_summaries: list[ModelMetadataSummary] | None = None,
        next_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        model_metadata_summaries: list[ModelMetadataSummary] | None = ...,
        next_token: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListModelPackageGroupsInput(Shape):
    """No description on the pages."""

    creation_time_after: Final[datetime | None]
    """A filter that returns only model groups created after the specified time. Since 2020-12-01.
    """
    creation_time_before: Final[datetime | None]
    """A filter that returns only model groups created before the specified time. Since 2020-12-01.
    """
    max_results: Final[int | None]
    """The maximum number of results to return in the response. Since 2020-12-01."""
    name_contains: Final[str | None]
    """A string in the model group name. This filter returns only model groups whose name contains the
    specified string. Since 2020-12-01.
    """
    next_token: Final[str | None]
    """If the result of the previous ListModelPackageGroups request was truncated, the response
    includes a NextToken. To retrieve the next set of model groups, use the token in the next
    request. Since 2020-12-01.
    """
    sort_by: Final[ModelPackageGroupSortBy | None]
    """The field to sort results by. The default is CreationTime. Since 2020-12-01."""
    sort_order: Final[SortOrder | None]
    """The sort order for results. The default is Ascending. Since 2020-12-01."""
    cross_account_filter_option: Final[CrossAccountFilterOption | None]
    """A filter that returns either model groups shared with you or model groups in your own account.
    When the value is CrossAccount, the results show the resources made discoverable to you from
    other accounts. When the value is SameAccount or null, the results show resources from your
    account. The default is SameAccount. Since 2024-06-11.
    """
    def __init__(
        self,
        *,
        creation_time_after: datetime | None = None,
        creation_time_before: datetime | None = None,
        max_results: int | None = None,
        name_contains: str | None = None,
        next_token: str | None = None,
        sort_by: ModelPackageGroupSortBy | ModelPackageGroupSortByLiteral | None = None,
        sort_order: SortOrder | SortOrderLiteral | None = None,
        cross_account_filter_option: CrossAccountFilterOption | CrossAccountFilterOptionLiteral | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        creation_time_after: datetime | None = ...,
        creation_time_before: datetime | None = ...,
        max_results: int | None = ...,
        name_contains: str | None = ...,
        next_token: str | None = ...,
        sort_by: ModelPackageGroupSortBy | ModelPackageGroupSortByLiteral | None = ...,
        sort_order: SortOrder | SortOrderLiteral | None = ...,
        cross_account_filter_option: CrossAccountFilterOption | CrossAccountFilterOptionLiteral | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListModelPackageGroupsOutput(OutputShape):
    """The result of ``list_model_package_groups`` (ListModelPackageGroups)."""

    model_package_group_summary_list: Final[list[ModelPackageGroupSummary] | None]
    """A list of summaries of the model groups in your Amazon Web Services account. Since 2020-12-01.
    """
    next_token: Final[str | None]
    """If the response is truncated, SageMaker returns this token. To retrieve the next set of model
    groups, use it in the subsequent request. Since 2020-12-01.
    """
    def __init__(
        self,
        *,
        model_package_group_summary_list: list[ModelPackageGroupSummary] | None = None,
        next_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        model_package_group_summary_list: list[ModelPackageGroupSummary] | None = ...,
        next_token: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListModelPackagesInput(Shape):
    """No description on the pages."""

    creation_time_after: Final[datetime | None]
    """A filter that returns only model packages created after the specified time (timestamp). Since
    2018-11-28.
    """
    creation_time_before: Final[datetime | None]
    """A filter that returns only model packages created before the specified time (timestamp). Since
    2018-11-28.
    """
    max_results: Final[int | None]
    """The maximum number of model packages to return in the response. Since 2018-11-28."""
    name_contains: Final[str | None]
    """A string in the model package name. This filter returns only model packages whose name contains
    the specified string. Since 2018-11-28.
    """
    model_approval_status: Final[ModelApprovalStatus | None]
    """A filter that returns only the model packages with the specified approval status. Since
    2020-12-01.
    """
    model_package_group_name: Final[str | None]
    """A filter that returns only model versions that belong to the specified model group. Since
    2020-12-01.
    """
    model_package_type: Final[ModelPackageType | None]
    """A filter that returns only the model packages of the specified type. This can be one of the
    following values. Since 2020-12-01.
    """
    next_token: Final[str | None]
    """If the response to a previous ListModelPackages request was truncated, the response includes a
    NextToken. To retrieve the next set of model packages, use the token in the next request. Since
    2018-11-28.
    """
    sort_by: Final[ModelPackageSortBy | None]
    """The parameter by which to sort the results. The default is CreationTime. Since 2018-11-28."""
    sort_order: Final[SortOrder | None]
    """The sort order for the results. The default is Ascending. Since 2018-11-28."""
    def __init__(
        self,
        *,
        creation_time_after: datetime | None = None,
        creation_time_before: datetime | None = None,
        max_results: int | None = None,
        name_contains: str | None = None,
        model_approval_status: ModelApprovalStatus | ModelApprovalStatusLiteral | None = None,
        model_package_group_name: str | None = None,
        model_package_type: ModelPackageType | ModelPackageTypeLiteral | None = None,
        next_token: str | None = None,
        sort_by: ModelPackageSortBy | ModelPackageSortByLiteral | None = None,
        sort_order: SortOrder | SortOrderLiteral | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        creation_time_after: datetime | None = ...,
        creation_time_before: datetime | None = ...,
        max_results: int | None = ...,
        name_contains: str | None = ...,
        model_approval_status: ModelApprovalStatus | ModelApprovalStatusLiteral | None = ...,
        model_package_group_name: str | None = ...,
        model_package_type: ModelPackageType | ModelPackageTypeLiteral | None = ...,
        next_token: str | None = ...,
        sort_by: ModelPackageSortBy | ModelPackageSortByLiteral | None = ...,
        sort_order: SortOrder | SortOrderLiteral | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListModelPackagesOutput(OutputShape):
    """The result of ``list_model_packages`` (ListModelPackages)."""

    model_package_summary_list: Final[list[ModelPackageSummary] | None]
    """An array of ModelPackageSummary objects, each of which lists a model package. Since 2018-11-28.
    """
    next_token: Final[str | None]
    """If the response is truncated, SageMaker returns this token. To retrieve the next set of model
    packages, use it in the subsequent request. Since 2018-11-28.
    """
    def __init__(
        self,
        *,
        model_package_summary_list: list[ModelPackageSummary] | None = None,
        next_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        model_package_summary_list: list[ModelPackageSummary] | None = ...,
        next_token: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListModelQualityJobDefinitionsRequest(Shape):
    """No description on the pages."""

    endpoint_name: Final[str | None]
    """A filter that returns only model quality monitoring job definitions that are associated with the
    specified endpoint. Since 2020-12-08.
    """
    sort_by: Final[MonitoringJobDefinitionSortKey | None]
    """The field to sort results by. The default is CreationTime . Since 2020-12-08."""
    sort_order: Final[SortOrder | None]
    """The sort order for results. The default is Descending . Since 2020-12-08."""
    next_token: Final[str | None]
    """If the result of the previous ListModelQualityJobDefinitions request was truncated, the response
    includes a NextToken . To retrieve the next set of model quality monitoring job definitions, use
    the token in the next request. Since 2020-12-08.
    """
    max_results: Final[int | None]
    """The maximum number of results to return in a call to ListModelQualityJobDefinitions . Since
    2020-12-08.
    """
    name_contains: Final[str | None]
    """A string in the transform job name. This filter returns only model quality monitoring job
    definitions whose name contains the specified string. Since 2020-12-08.
    """
    creation_time_before: Final[datetime | None]
    """A filter that returns only model quality monitoring job definitions created before the specified
    time. Since 2020-12-08.
    """
    creation_time_after: Final[datetime | None]
    """A filter that returns only model quality monitoring job definitions created after the specified
    time. Since 2020-12-08.
    """
    def __init__(
        self,
        *,
        endpoint_name: str | None = None,
        sort_by: MonitoringJobDefinitionSortKey | MonitoringJobDefinitionSortKeyLiteral | None = None,
        sort_order: SortOrder | SortOrderLiteral | None = None,
        next_token: str | None = None,
        max_results: int | None = None,
        name_contains: str | None = None,
        creation_time_before: datetime | None = None,
        creation_time_after: datetime | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        endpoint_name: str | None = ...,
        sort_by: MonitoringJobDefinitionSortKey | MonitoringJobDefinitionSortKeyLiteral | None = ...,
        sort_order: SortOrder | SortOrderLiteral | None = ...,
        next_token: str | None = ...,
        max_results: int | None = ...,
        name_contains: str | None = ...,
        creation_time_before: datetime | None = ...,
        creation_time_after: datetime | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListModelQualityJobDefinitionsResponse(OutputShape):
    """The result of ``list_model_quality_job_definitions`` (ListModelQualityJobDefinitions)."""

    job_definition_summaries: Final[list[MonitoringJobDefinitionSummary] | None]
    """A list of summaries of model quality monitoring job definitions. Since 2020-12-08."""
    next_token: Final[str | None]
    """If the response is truncated, Amazon SageMaker returns this token. To retrieve the next set of
    model quality monitoring job definitions, use it in the next request. Since 2020-12-08.
    """
    def __init__(
        self,
        *,
        job_definition_summaries: list[MonitoringJobDefinitionSummary] | None = None,
        next_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        job_definition_summaries: list[MonitoringJobDefinitionSummary] | None = ...,
        next_token: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListModelsInput(Shape):
    """No description on the pages."""

    sort_by: Final[ModelSortKey | None]
    """Sorts the list of results. The default is CreationTime . Since 2017-11-29."""
    sort_order: Final[OrderKey | None]
    """The sort order for results. The default is Ascending . Since 2017-11-29."""
    next_token: Final[str | None]
    """If the response to a previous ListModels request was truncated, the response includes a
    NextToken . To retrieve the next set of models, use the token in the next request. Since
    2017-11-29.
    """
    max_results: Final[int | None]
    """The maximum number of models to return in the response. Since 2017-11-29."""
    name_contains: Final[str | None]
    """A string in the training job name. This filter returns only models in the training job whose
    name contains the specified string. Since 2017-11-29.
    """
    creation_time_before: Final[datetime | None]
    """A filter that returns only models created before the specified time (timestamp). Since
    2017-11-29.
    """
    creation_time_after: Final[datetime | None]
    """A filter that returns only models created after the specified time (timestamp). Since
    2017-11-29.
    """
    def __init__(
        self,
        *,
        sort_by: ModelSortKey | ModelSortKeyLiteral | None = None,
        sort_order: OrderKey | OrderKeyLiteral | None = None,
        next_token: str | None = None,
        max_results: int | None = None,
        name_contains: str | None = None,
        creation_time_before: datetime | None = None,
        creation_time_after: datetime | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        sort_by: ModelSortKey | ModelSortKeyLiteral | None = ...,
        sort_order: OrderKey | OrderKeyLiteral | None = ...,
        next_token: str | None = ...,
        max_results: int | None = ...,
        name_contains: str | None = ...,
        creation_time_before: datetime | None = ...,
        creation_time_after: datetime | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListModelsOutput(OutputShape):
    """The result of ``list_models`` (ListModels)."""

    models: Final[list[ModelSummary] | None]
    """An array of ModelSummary objects, each of which lists a model. Since 2017-11-29."""
    next_token: Final[str | None]
    """If the response is truncated, Amazon SageMaker returns this token. To retrieve the next set of
    models, use it in the subsequent request. Since 2017-11-29.
    """
    def __init__(
        self,
        *,
        models: list[ModelSummary] | None = None,
        next_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        models: list[ModelSummary] | None = ...,
        next_token: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListMonitoringAlertHistoryRequest(Shape):
    """No description on the pages."""

    monitoring_schedule_name: Final[str | None]
    """The name of a monitoring schedule. Since 2022-11-30."""
    monitoring_alert_name: Final[str | None]
    """The name of a monitoring alert. Since 2022-11-30."""
    sort_by: Final[MonitoringAlertHistorySortKey | None]
    """The field used to sort results. The default is CreationTime . Since 2022-11-30."""
    sort_order: Final[SortOrder | None]
    """The sort order, whether Ascending or Descending , of the alert history. The default is
    Descending . Since 2022-11-30.
    """
    next_token: Final[str | None]
    """If the result of the previous ListMonitoringAlertHistory request was truncated, the response
    includes a NextToken . To retrieve the next set of alerts in the history, use the token in the
    next request. Since 2022-11-30.
    """
    max_results: Final[int | None]
    """The maximum number of results to display. The default is 100. Since 2022-11-30."""
    creation_time_before: Final[datetime | None]
    """A filter that returns only alerts created on or before the specified time. Since 2022-11-30.
    """
    creation_time_after: Final[datetime | None]
    """A filter that returns only alerts created on or after the specified time. Since 2022-11-30.
    """
    status_equals: Final[MonitoringAlertStatus | None]
    """A filter that retrieves only alerts with a specific status. Since 2022-11-30."""
    def __init__(
        self,
        *,
        monitoring_schedule_name: str | None = None,
        monitoring_alert_name: str | None = None,
        sort_by: MonitoringAlertHistorySortKey | MonitoringAlertHistorySortKeyLiteral | None = None,
        sort_order: SortOrder | SortOrderLiteral | None = None,
        next_token: str | None = None,
        max_results: int | None = None,
        creation_time_before: datetime | None = None,
        creation_time_after: datetime | None = None,
        status_equals: MonitoringAlertStatus | MonitoringAlertStatusLiteral | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        monitoring_schedule_name: str | None = ...,
        monitoring_alert_name: str | None = ...,
        sort_by: MonitoringAlertHistorySortKey | MonitoringAlertHistorySortKeyLiteral | None = ...,
        sort_order: SortOrder | SortOrderLiteral | None = ...,
        next_token: str | None = ...,
        max_results: int | None = ...,
        creation_time_before: datetime | None = ...,
        creation_time_after: datetime | None = ...,
        status_equals: MonitoringAlertStatus | MonitoringAlertStatusLiteral | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListMonitoringAlertHistoryResponse(OutputShape):
    """The result of ``list_monitoring_alert_history`` (ListMonitoringAlertHistory)."""

    monitoring_alert_history: Final[list[MonitoringAlertHistorySummary] | None]
    """An alert history for a model monitoring schedule. Since 2022-11-30."""
    next_token: Final[str | None]
    """If the response is truncated, SageMaker returns this token. To retrieve the next set of alerts,
    use it in the subsequent request. Since 2022-11-30.
    """
    def __init__(
        self,
        *,
        monitoring_alert_history: list[MonitoringAlertHistorySummary] | None = None,
        next_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        monitoring_alert_history: list[MonitoringAlertHistorySummary] | None = ...,
        next_token: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListMonitoringAlertsRequest(Shape):
    """No description on the pages."""

    monitoring_schedule_name: Final[str]
    """The name of a monitoring schedule. Since 2022-11-30."""
    next_token: Final[str | None]
    """If the result of the previous ListMonitoringAlerts request was truncated, the response includes
    a NextToken . To retrieve the next set of alerts in the history, use the token in the next
    request. Since 2022-11-30.
    """
    max_results: Final[int | None]
    """The maximum number of results to display. The default is 100. Since 2022-11-30."""
    def __init__(
        self,
        *,
        monitoring_schedule_name: str,
        next_token: str | None = None,
        max_results: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        monitoring_schedule_name: str = ...,
        next_token: str | None = ...,
        max_results: int | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListMonitoringAlertsResponse(OutputShape):
    """The result of ``list_monitoring_alerts`` (ListMonitoringAlerts)."""

    monitoring_alert_summaries: Final[list[MonitoringAlertSummary] | None]
    """A JSON array where each element is a summary for a monitoring alert. Since 2022-11-30."""
    next_token: Final[str | None]
    """If the response is truncated, SageMaker returns this token. To retrieve the next set of alerts,
    use it in the subsequent request. Since 2022-11-30.
    """
    def __init__(
        self,
        *,
        monitoring_alert_summaries: list[MonitoringAlertSummary] | None = None,
        next_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        monitoring_alert_summaries: list[MonitoringAlertSummary] | None = ...,
        next_token: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListMonitoringExecutionsRequest(Shape):
    """No description on the pages."""

    monitoring_schedule_name: Final[str | None]
    """Name of a specific schedule to fetch jobs for. Since 2019-12-04."""
    endpoint_name: Final[str | None]
    """Name of a specific endpoint to fetch jobs for. Since 2019-12-04."""
    sort_by: Final[MonitoringExecutionSortKey | None]
    """Whether to sort results by Status , CreationTime , ScheduledTime field. The default is
    CreationTime . Since 2019-12-04.
    """
    sort_order: Final[SortOrder | None]
    """Whether to sort the results in Ascending or Descending order. The default is Descending . Since
    2019-12-04.
    """
    next_token: Final[str | None]
    """The token returned if the response is truncated. To retrieve the next set of job executions, use
    it in the next request. Since 2019-12-04.
    """
    max_results: Final[int | None]
    """The maximum number of jobs to return in the response. The default value is 10. Since 2019-12-04.
    """
    scheduled_time_before: Final[datetime | None]
    """Filter for jobs scheduled before a specified time. Since 2019-12-04."""
    scheduled_time_after: Final[datetime | None]
    """Filter for jobs scheduled after a specified time. Since 2019-12-04."""
    creation_time_before: Final[datetime | None]
    """A filter that returns only jobs created before a specified time. Since 2019-12-04."""
    creation_time_after: Final[datetime | None]
    """A filter that returns only jobs created after a specified time. Since 2019-12-04."""
    last_modified_time_before: Final[datetime | None]
    """A filter that returns only jobs modified after a specified time. Since 2019-12-04."""
    last_modified_time_after: Final[datetime | None]
    """A filter that returns only jobs modified before a specified time. Since 2019-12-04."""
    status_equals: Final[ExecutionStatus | None]
    """A filter that retrieves only jobs with a specific status. Since 2019-12-04."""
    monitoring_job_definition_name: Final[str | None]
    """Gets a list of the monitoring job runs of the specified monitoring job definitions. Since
    2020-12-08.
    """
    monitoring_type_equals: Final[MonitoringType | None]
    """A filter that returns only the monitoring job runs of the specified monitoring type. Since
    2020-12-08.
    """
    def __init__(
        self,
        *,
        monitoring_schedule_name: str | None = None,
        endpoint_name: str | None = None,
        sort_by: MonitoringExecutionSortKey | MonitoringExecutionSortKeyLiteral | None = None,
        sort_order: SortOrder | SortOrderLiteral | None = None,
        next_token: str | None = None,
        max_results: int | None = None,
        scheduled_time_before: datetime | None = None,
        scheduled_time_after: datetime | None = None,
        creation_time_before: datetime | None = None,
        creation_time_after: datetime | None = None,
        last_modified_time_before: datetime | None = None,
        last_modified_time_after: datetime | None = None,
        status_equals: ExecutionStatus | ExecutionStatusLiteral | None = None,
        monitoring_job_definition_name: str | None = None,
        monitoring_type_equals: MonitoringType | MonitoringTypeLiteral | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        monitoring_schedule_name: str | None = ...,
        endpoint_name: str | None = ...,
        sort_by: MonitoringExecutionSortKey | MonitoringExecutionSortKeyLiteral | None = ...,
        sort_order: SortOrder | SortOrderLiteral | None = ...,
        next_token: str | None = ...,
        max_results: int | None = ...,
        scheduled_time_before: datetime | None = ...,
        scheduled_time_after: datetime | None = ...,
        creation_time_before: datetime | None = ...,
        creation_time_after: datetime | None = ...,
        last_modified_time_before: datetime | None = ...,
        last_modified_time_after: datetime | None = ...,
        status_equals: ExecutionStatus | ExecutionStatusLiteral | None = ...,
        monitoring_job_definition_name: str | None = ...,
        monitoring_type_equals: MonitoringType | MonitoringTypeLiteral | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListMonitoringExecutionsResponse(OutputShape):
    """The result of ``list_monitoring_executions`` (ListMonitoringExecutions)."""

    monitoring_execution_summaries: Final[list[MonitoringExecutionSummary] | None]
    """A JSON array in which each element is a summary for a monitoring execution. Since 2019-12-04.
    """
    next_token: Final[str | None]
    """If the response is truncated, Amazon SageMaker returns this token. To retrieve the next set of
    jobs, use it in the subsequent reques Since 2019-12-04.
    """
    def __init__(
        self,
        *,
        monitoring_execution_summaries: list[MonitoringExecutionSummary] | None = None,
        next_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        monitoring_execution_summaries: list[MonitoringExecutionSummary] | None = ...,
        next_token: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListMonitoringSchedulesRequest(Shape):
    """No description on the pages."""

    endpoint_name: Final[str | None]
    """Name of a specific endpoint to fetch schedules for. Since 2019-12-04."""
    sort_by: Final[MonitoringScheduleSortKey | None]
    """Whether to sort results by Status , CreationTime , ScheduledTime field. The default is
    CreationTime . Since 2019-12-04.
    """
    sort_order: Final[SortOrder | None]
    """Whether to sort the results in Ascending or Descending order. The default is Descending . Since
    2019-12-04.
    """
    next_token: Final[str | None]
    """The token returned if the response is truncated. To retrieve the next set of job executions, use
    it in the next request. Since 2019-12-04.
    """
    max_results: Final[int | None]
    """The maximum number of jobs to return in the response. The default value is 10. Since 2019-12-04.
    """
    name_contains: Final[str | None]
    """Filter for monitoring schedules whose name contains a specified string. Since 2019-12-04."""
    creation_time_before: Final[datetime | None]
    """A filter that returns only monitoring schedules created before a specified time. Since
    2019-12-04.
    """
    creation_time_after: Final[datetime | None]
    """A filter that returns only monitoring schedules created after a specified time. Since
    2019-12-04.
    """
    last_modified_time_before: Final[datetime | None]
    """A filter that returns only monitoring schedules modified before a specified time. Since
    2019-12-04.
    """
    last_modified_time_after: Final[datetime | None]
    """A filter that returns only monitoring schedules modified after a specified time. Since
    2019-12-04.
    """
    status_equals: Final[ScheduleStatus | None]
    """A filter that returns only monitoring schedules modified before a specified time. Since
    2019-12-04.
    """
    monitoring_job_definition_name: Final[str | None]
    """Gets a list of the monitoring schedules for the specified monitoring job definition. Since
    2020-12-08.
    """
    monitoring_type_equals: Final[MonitoringType | None]
    """A filter that returns only the monitoring schedules for the specified monitoring type. Since
    2020-12-08.
    """
    def __init__(
        self,
        *,
        endpoint_name: str | None = None,
        sort_by: MonitoringScheduleSortKey | MonitoringScheduleSortKeyLiteral | None = None,
        sort_order: SortOrder | SortOrderLiteral | None = None,
        next_token: str | None = None,
        max_results: int | None = None,
        name_contains: str | None = None,
        creation_time_before: datetime | None = None,
        creation_time_after: datetime | None = None,
        last_modified_time_before: datetime | None = None,
        last_modified_time_after: datetime | None = None,
        status_equals: ScheduleStatus | ScheduleStatusLiteral | None = None,
        monitoring_job_definition_name: str | None = None,
        monitoring_type_equals: MonitoringType | MonitoringTypeLiteral | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        endpoint_name: str | None = ...,
        sort_by: MonitoringScheduleSortKey | MonitoringScheduleSortKeyLiteral | None = ...,
        sort_order: SortOrder | SortOrderLiteral | None = ...,
        next_token: str | None = ...,
        max_results: int | None = ...,
        name_contains: str | None = ...,
        creation_time_before: datetime | None = ...,
        creation_time_after: datetime | None = ...,
        last_modified_time_before: datetime | None = ...,
        last_modified_time_after: datetime | None = ...,
        status_equals: ScheduleStatus | ScheduleStatusLiteral | None = ...,
        monitoring_job_definition_name: str | None = ...,
        monitoring_type_equals: MonitoringType | MonitoringTypeLiteral | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListMonitoringSchedulesResponse(OutputShape):
    """The result of ``list_monitoring_schedules`` (ListMonitoringSchedules)."""

    monitoring_schedule_summaries: Final[list[MonitoringScheduleSummary] | None]
    """A JSON array in which each element is a summary for a monitoring schedule. Since 2019-12-04.
    """
    next_token: Final[str | None]
    """If the response is truncated, Amazon SageMaker returns this token. To retrieve the next set of
    jobs, use it in the subsequent request. Since 2019-12-04.
    """
    def __init__(
        self,
        *,
        monitoring_schedule_summaries: list[MonitoringScheduleSummary] | None = None,
        next_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        monitoring_schedule_summaries: list[MonitoringScheduleSummary] | None = ...,
        next_token: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListNotebookInstanceLifecycleConfigsInput(Shape):
    """No description on the pages."""

    next_token: Final[str | None]
    """If the result of a ListNotebookInstanceLifecycleConfigs request was truncated, the response
    includes a NextToken . To get the next set of lifecycle configurations, use the token in the
    next request. Since 2018-03-15.
    """
    max_results: Final[int | None]
    """The maximum number of lifecycle configurations to return in the response. Since 2018-03-15.
    """
    sort_by: Final[NotebookInstanceLifecycleConfigSortKey | None]
    """Sorts the list of results. The default is CreationTime . Since 2018-03-15."""
    sort_order: Final[NotebookInstanceLifecycleConfigSortOrder | None]
    """The sort order for results. Since 2018-03-15."""
    name_contains: Final[str | None]
    """A string in the lifecycle configuration name. This filter returns only lifecycle configurations
    whose name contains the specified string. Since 2018-03-15.
    """
    creation_time_before: Final[datetime | None]
    """A filter that returns only lifecycle configurations that were created before the specified time
    (timestamp). Since 2018-03-15.
    """
    creation_time_after: Final[datetime | None]
    """A filter that returns only lifecycle configurations that were created after the specified time
    (timestamp). Since 2018-03-15.
    """
    last_modified_time_before: Final[datetime | None]
    """A filter that returns only lifecycle configurations that were modified before the specified time
    (timestamp). Since 2018-03-15.
    """
    last_modified_time_after: Final[datetime | None]
    """A filter that returns only lifecycle configurations that were modified after the specified time
    (timestamp). Since 2018-03-15.
    """
    def __init__(
        self,
        *,
        next_token: str | None = None,
        max_results: int | None = None,
        sort_by: NotebookInstanceLifecycleConfigSortKey | NotebookInstanceLifecycleConfigSortKeyLiteral | None = None,
        sort_order: NotebookInstanceLifecycleConfigSortOrder
        | NotebookInstanceLifecycleConfigSortOrderLiteral
        | None = None,
        name_contains: str | None = None,
        creation_time_before: datetime | None = None,
        creation_time_after: datetime | None = None,
        last_modified_time_before: datetime | None = None,
        last_modified_time_after: datetime | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        next_token: str | None = ...,
        max_results: int | None = ...,
        sort_by: NotebookInstanceLifecycleConfigSortKey | NotebookInstanceLifecycleConfigSortKeyLiteral | None = ...,
        sort_order: NotebookInstanceLifecycleConfigSortOrder
        | NotebookInstanceLifecycleConfigSortOrderLiteral
        | None = ...,
        name_contains: str | None = ...,
        creation_time_before: datetime | None = ...,
        creation_time_after: datetime | None = ...,
        last_modified_time_before: datetime | None = ...,
        last_modified_time_after: datetime | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListNotebookInstanceLifecycleConfigsOutput(OutputShape):
    """The result of ``list_notebook_instance_lifecycle_configs``
    (ListNotebookInstanceLifecycleConfigs).
    """

    next_token: Final[str | None]
    """If the response is truncated, Amazon SageMaker returns this token. To get the next set of
    lifecycle configurations, use it in the next request. Since 2018-03-15.
    """
    notebook_instance_lifecycle_configs: Final[list[NotebookInstanceLifecycleConfigSummary] | None]
    """An array of NotebookInstanceLifecycleConfiguration objects, each listing a lifecycle
    configuration. Since 2018-03-15.
    """
    def __init__(
        self,
        *,
        next_token: str | None = None,
        notebook_instance_lifecycle_configs: list[NotebookInstanceLifecycleConfigSummary] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        next_token: str | None = ...,
        notebook_instance_lifecycle_configs: list[NotebookInstanceLifecycleConfigSummary] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListNotebookInstancesInput(Shape):
    """No description on the pages."""

    next_token: Final[str | None]
    """If the previous call to the ListNotebookInstances is truncated, the response includes a
    NextToken. You can use this token in your subsequent ListNotebookInstances request to fetch the
    next set of notebook instances. Since 2017-11-29.
    """
    max_results: Final[int | None]
    """The maximum number of notebook instances to return. Since 2017-11-29."""
    sort_by: Final[NotebookInstanceSortKey | None]
    """The field to sort results by. The default is Name. Since 2017-11-29."""
    sort_order: Final[NotebookInstanceSortOrder | None]
    """The sort order for results. Since 2017-11-29."""
    name_contains: Final[str | None]
    """A string in the notebook instances' name. This filter returns only notebook instances whose name
    contains the specified string. Since 2017-11-29.
    """
    creation_time_before: Final[datetime | None]
    """A filter that returns only notebook instances that were created before the specified time
    (timestamp). Since 2017-11-29.
    """
    creation_time_after: Final[datetime | None]
    """A filter that returns only notebook instances that were created after the specified time
    (timestamp). Since 2017-11-29.
    """
    last_modified_time_before: Final[datetime | None]
    """A filter that returns only notebook instances that were modified before the specified time
    (timestamp). Since 2017-11-29.
    """
    last_modified_time_after: Final[datetime | None]
    """A filter that returns only notebook instances that were modified after the specified time
    (timestamp). Since 2017-11-29.
    """
    status_equals: Final[NotebookInstanceStatus | None]
    """A filter that returns only notebook instances with the specified status. Since 2017-11-29."""
    notebook_instance_lifecycle_config_name_contains: Final[str | None]
    """A string in the name of a notebook instances lifecycle configuration associated with this
    notebook instance. This filter returns only notebook instances associated with a lifecycle
    configuration with a name that contains the specified string. Since 2018-03-15.
    """
    default_code_repository_contains: Final[str | None]
    """A string in the name or URL of a Git repository associated with this notebook instance. This
    filter returns only notebook instances associated with a git repository with a name that
    contains the specified string. Since 2018-11-28.
    """
    additional_code_repository_equals: Final[str | None]
    """A filter that returns only notebook instances with associated with the specified git repository.
    Since 2018-11-28.
    """
    def __init__(
        self,
        *,
        next_token: str | None = None,
        max_results: int | None = None,
        sort_by: NotebookInstanceSortKey | NotebookInstanceSortKeyLiteral | None = None,
        sort_order: NotebookInstanceSortOrder | NotebookInstanceSortOrderLiteral | None = None,
        name_contains: str | None = None,
        creation_time_before: datetime | None = None,
        creation_time_after: datetime | None = None,
        last_modified_time_before: datetime | None = None,
        last_modified_time_after: datetime | None = None,
        status_equals: NotebookInstanceStatus | NotebookInstanceStatusLiteral | None = None,
        notebook_instance_lifecycle_config_name_contains: str | None = None,
        default_code_repository_contains: str | None = None,
        additional_code_repository_equals: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        next_token: str | None = ...,
        max_results: int | None = ...,
        sort_by: NotebookInstanceSortKey | NotebookInstanceSortKeyLiteral | None = ...,
        sort_order: NotebookInstanceSortOrder | NotebookInstanceSortOrderLiteral | None = ...,
        name_contains: str | None = ...,
        creation_time_before: datetime | None = ...,
        creation_time_after: datetime | None = ...,
        last_modified_time_before: datetime | None = ...,
        last_modified_time_after: datetime | None = ...,
        status_equals: NotebookInstanceStatus | NotebookInstanceStatusLiteral | None = ...,
        notebook_instance_lifecycle_config_name_contains: str | None = ...,
        default_code_repository_contains: str | None = ...,
        additional_code_repository_equals: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListNotebookInstancesOutput(OutputShape):
    """The result of ``list_notebook_instances`` (ListNotebookInstances)."""

    next_token: Final[str | None]
    """If the response to the previous ListNotebookInstances request was truncated, SageMaker AI
    returns this token. To retrieve the next set of notebook instances, use the token in the next
    request. Since 2017-11-29.
    """
    notebook_instances: Final[list[NotebookInstanceSummary] | None]
    """An array of NotebookInstanceSummary objects, one for each notebook instance. Since 2017-11-29.
    """
    def __init__(
        self,
        *,
        next_token: str | None = None,
        notebook_instances: list[NotebookInstanceSummary] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        next_token: str | None = ...,
        notebook_instances: list[NotebookInstanceSummary] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListOptimizationJobsRequest(Shape):
    """No description on the pages."""

    next_token: Final[str | None]
    """A token that you use to get the next set of results following a truncated response. If the
    response to the previous request was truncated, that response provides the value for this token.
    Since 2024-07-09.
    """
    max_results: Final[int | None]
    """The maximum number of optimization jobs to return in the response. The default is 50. Since
    2024-07-09.
    """
    creation_time_after: Final[datetime | None]
    """Filters the results to only those optimization jobs that were created after the specified time.
    Since 2024-07-09.
    """
    creation_time_before: Final[datetime | None]
    """Filters the results to only those optimization jobs that were created before the specified time.
    Since 2024-07-09.
    """
    last_modified_time_after: Final[datetime | None]
    """Filters the results to only those optimization jobs that were updated after the specified time.
    Since 2024-07-09.
    """
    last_modified_time_before: Final[datetime | None]
    """Filters the results to only those optimization jobs that were updated before the specified time.
    Since 2024-07-09.
    """
    optimization_contains: Final[str | None]
    """Filters the results to only those optimization jobs that apply the specified optimization
    techniques. You can specify either Quantization or Compilation. Since 2024-07-09.
    """
    name_contains: Final[str | None]
    """Filters the results to only those optimization jobs with a name that contains the specified
    string. Since 2024-07-09.
    """
    status_equals: Final[OptimizationJobStatus | None]
    """Filters the results to only those optimization jobs with the specified status. Since 2024-07-09.
    """
    sort_by: Final[ListOptimizationJobsSortBy | None]
    """The field by which to sort the optimization jobs in the response. The default is CreationTime
    Since 2024-07-09.
    """
    sort_order: Final[SortOrder | None]
    """The sort order for results. The default is Ascending Since 2024-07-09."""
    def __init__(
        self,
        *,
        next_token: str | None = None,
        max_results: int | None = None,
        creation_time_after: datetime | None = None,
        creation_time_before: datetime | None = None,
        last_modified_time_after: datetime | None = None,
        last_modified_time_before: datetime | None = None,
        optimization_contains: str | None = None,
        name_contains: str | None = None,
        status_equals: OptimizationJobStatus | OptimizationJobStatusLiteral | None = None,
        sort_by: ListOptimizationJobsSortBy | ListOptimizationJobsSortByLiteral | None = None,
        sort_order: SortOrder | SortOrderLiteral | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        next_token: str | None = ...,
        max_results: int | None = ...,
        creation_time_after: datetime | None = ...,
        creation_time_before: datetime | None = ...,
        last_modified_time_after: datetime | None = ...,
        last_modified_time_before: datetime | None = ...,
        optimization_contains: str | None = ...,
        name_contains: str | None = ...,
        status_equals: OptimizationJobStatus | OptimizationJobStatusLiteral | None = ...,
        sort_by: ListOptimizationJobsSortBy | ListOptimizationJobsSortByLiteral | None = ...,
        sort_order: SortOrder | SortOrderLiteral | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListOptimizationJobsResponse(OutputShape):
    """The result of ``list_optimization_jobs`` (ListOptimizationJobs)."""

    optimization_job_summaries: Final[list[OptimizationJobSummary] | None]
    """A list of optimization jobs and their properties that matches any of the filters you specified
    in the request. Since 2024-07-09.
    """
    next_token: Final[str | None]
    """The token to use in a subsequent request to get the next set of results following a truncated
    response. Since 2024-07-09.
    """
    def __init__(
        self,
        *,
        optimization_job_summaries: list[OptimizationJobSummary] | None = None,
        next_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        optimization_job_summaries: list[OptimizationJobSummary] | None = ...,
        next_token: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListPartnerAppsRequest(Shape):
    """No description on the pages."""

    max_results: Final[int | None]
    """This parameter defines the maximum number of results that can be returned in a single response.
    The MaxResults parameter is an upper bound, not a target. If there are more results available
    than the value specified, a NextToken is provided in the response. The NextToken indicates that
    the user should get the next set of results by providing this token as a part of a subsequent
    call. The default value for MaxResults is 10. Since 2024-12-04.
    """
    next_token: Final[str | None]
    """If the previous response was truncated, you will receive this token. Use it in your next request
    to receive the next set of results. Since 2024-12-04.
    """
    def __init__(
        self,
        *,
        max_results: int | None = None,
        next_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        max_results: int | None = ...,
        next_token: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListPartnerAppsResponse(OutputShape):
    """The result of ``list_partner_apps`` (ListPartnerApps)."""

    summaries: Final[list[PartnerAppSummary] | None]
    """The information related to each of the SageMaker Partner AI Apps in an account. Since
    2024-12-04.
    """
    next_token: Final[str | None]
    """If the previous response was truncated, you will receive this token. Use it in your next request
    to receive the next set of results. Since 2024-12-04.
    """
    def __init__(
        self,
        *,
        summaries: list[PartnerAppSummary] | None = None,
        next_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        summaries: list[PartnerAppSummary] | None = ...,
        next_token: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListPipelineExecutionStepsRequest(Shape):
    """No description on the pages."""

    pipeline_execution_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the pipeline execution. Since 2020-12-01."""
    next_token: Final[str | None]
    """If the result of the previous ListPipelineExecutionSteps request was truncated, the response
    includes a NextToken. To retrieve the next set of pipeline execution steps, use the token in the
    next request. Since 2020-12-01.
    """
    max_results: Final[int | None]
    """The maximum number of pipeline execution steps to return in the response. Since 2020-12-01.
    """
    sort_order: Final[SortOrder | None]
    """The field by which to sort results. The default is CreatedTime. Since 2020-12-01."""
    def __init__(
        self,
        *,
        pipeline_execution_arn: str | None = None,
        next_token: str | None = None,
        max_results: int | None = None,
        sort_order: SortOrder | SortOrderLiteral | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        pipeline_execution_arn: str | None = ...,
        next_token: str | None = ...,
        max_results: int | None = ...,
        sort_order: SortOrder | SortOrderLiteral | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListPipelineExecutionStepsResponse(OutputShape):
    """The result of ``list_pipeline_execution_steps`` (ListPipelineExecutionSteps)."""

    pipeline_execution_steps: Final[list[PipelineExecutionStep] | None]
    """A list of PipeLineExecutionStep objects. Each PipeLineExecutionStep consists of StepName,
    StartTime, EndTime, StepStatus, and Metadata. Metadata is an object with properties for each job
    that contains relevant information about the job created by the step. Since 2020-12-01.
    """
    next_token: Final[str | None]
    """If the result of the previous ListPipelineExecutionSteps request was truncated, the response
    includes a NextToken. To retrieve the next set of pipeline execution steps, use the token in the
    next request. Since 2020-12-01.
    """
    def __init__(
        self,
        *,
        pipeline_execution_steps: list[PipelineExecutionStep] | None = None,
        next_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        pipeline_execution_steps: list[PipelineExecutionStep] | None = ...,
        next_token: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListPipelineExecutionsRequest(Shape):
    """No description on the pages."""

    pipeline_name: Final[str]
    """The name of the pipeline. Since 2020-12-01."""
    created_after: Final[datetime | None]
    """A filter that returns the pipeline executions that were created after a specified time. Since
    2020-12-01.
    """
    created_before: Final[datetime | None]
    """A filter that returns the pipeline executions that were created before a specified time. Since
    2020-12-01.
    """
    sort_by: Final[SortPipelineExecutionsBy | None]
    """The field by which to sort results. The default is CreatedTime . Since 2020-12-01."""
    sort_order: Final[SortOrder | None]
    """The sort order for results. Since 2020-12-01."""
    next_token: Final[str | None]
    """If the result of the previous ListPipelineExecutions request was truncated, the response
    includes a NextToken . To retrieve the next set of pipeline executions, use the token in the
    next request. Since 2020-12-01.
    """
    max_results: Final[int | None]
    """The maximum number of pipeline executions to return in the response. Since 2020-12-01."""
    def __init__(
        self,
        *,
        pipeline_name: str,
        created_after: datetime | None = None,
        created_before: datetime | None = None,
        sort_by: SortPipelineExecutionsBy | SortPipelineExecutionsByLiteral | None = None,
        sort_order: SortOrder | SortOrderLiteral | None = None,
        next_token: str | None = None,
        max_results: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        pipeline_name: str = ...,
        created_after: datetime | None = ...,
        created_before: datetime | None = ...,
        sort_by: SortPipelineExecutionsBy | SortPipelineExecutionsByLiteral | None = ...,
        sort_order: SortOrder | SortOrderLiteral | None = ...,
        next_token: str | None = ...,
        max_results: int | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListPipelineExecutionsResponse(OutputShape):
    """The result of ``list_pipeline_executions`` (ListPipelineExecutions)."""

    pipeline_execution_summaries: Final[list[PipelineExecutionSummary] | None]
    """Contains a sorted list of pipeline execution summary objects matching the specified filters.
    Each run summary includes the Amazon Resource Name (ARN) of the pipeline execution, the run
    date, and the status. This list can be empty. Since 2020-12-01.
    """
    next_token: Final[str | None]
    """If the result of the previous ListPipelineExecutions request was truncated, the response
    includes a NextToken . To retrieve the next set of pipeline executions, use the token in the
    next request. Since 2020-12-01.
    """
    def __init__(
        self,
        *,
        pipeline_execution_summaries: list[PipelineExecutionSummary] | None = None,
        next_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        pipeline_execution_summaries: list[PipelineExecutionSummary] | None = ...,
        next_token: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListPipelineParametersForExecutionRequest(Shape):
    """No description on the pages."""

    pipeline_execution_arn: Final[str]
    """The Amazon Resource Name (ARN) of the pipeline execution. Since 2020-12-01."""
    next_token: Final[str | None]
    """If the result of the previous ListPipelineParametersForExecution request was truncated, the
    response includes a NextToken . To retrieve the next set of parameters, use the token in the
    next request. Since 2020-12-01.
    """
    max_results: Final[int | None]
    """The maximum number of parameters to return in the response. Since 2020-12-01."""
    def __init__(
        self,
        *,
        pipeline_execution_arn: str,
        next_token: str | None = None,
        max_results: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        pipeline_execution_arn: str = ...,
        next_token: str | None = ...,
        max_results: int | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListPipelineParametersForExecutionResponse(OutputShape):
    """The result of ``list_pipeline_parameters_for_execution`` (ListPipelineParametersForExecution)."""

    pipeline_parameters: Final[list[Parameter] | None]
    """Contains a list of pipeline parameters. This list can be empty. Since 2020-12-01."""
    next_token: Final[str | None]
    """If the result of the previous ListPipelineParametersForExecution request was truncated, the
    response includes a NextToken . To retrieve the next set of parameters, use the token in the
    next request. Since 2020-12-01.
    """
    def __init__(
        self,
        *,
        pipeline_parameters: list[Parameter] | None = None,
        next_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        pipeline_parameters: list[Parameter] | None = ...,
        next_token: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListPipelineVersionsRequest(Shape):
    """No description on the pages."""

    pipeline_name: Final[str]
    """The Amazon Resource Name (ARN) of the pipeline. Since 2025-07-15."""
    created_after: Final[datetime | None]
    """A filter that returns the pipeline versions that were created after a specified time. Since
    2025-07-15.
    """
    created_before: Final[datetime | None]
    """A filter that returns the pipeline versions that were created before a specified time. Since
    2025-07-15.
    """
    sort_order: Final[SortOrder | None]
    """The sort order for the results. Since 2025-07-15."""
    next_token: Final[str | None]
    """If the result of the previous ListPipelineVersions request was truncated, the response includes
    a NextToken. To retrieve the next set of pipeline versions, use this token in your next request.
    Since 2025-07-15.
    """
    max_results: Final[int | None]
    """The maximum number of pipeline versions to return in the response. Since 2025-07-15."""
    def __init__(
        self,
        *,
        pipeline_name: str,
        created_after: datetime | None = None,
        created_before: datetime | None = None,
        sort_order: SortOrder | SortOrderLiteral | None = None,
        next_token: str | None = None,
        max_results: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        pipeline_name: str = ...,
        created_after: datetime | None = ...,
        created_before: datetime | None = ...,
        sort_order: SortOrder | SortOrderLiteral | None = ...,
        next_token: str | None = ...,
        max_results: int | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListPipelineVersionsResponse(OutputShape):
    """The result of ``list_pipeline_versions`` (ListPipelineVersions)."""

    pipeline_version_summaries: Final[list[PipelineVersionSummary] | None]
    """Contains a sorted list of pipeline version summary objects matching the specified filters. Each
    version summary includes the pipeline version ID, the creation date, and the last pipeline
    execution created from that version. This list can be empty. Since 2025-07-15.
    """
    next_token: Final[str | None]
    """If the result of the previous ListPipelineVersions request was truncated, the response includes
    a NextToken. To retrieve the next set of pipeline versions, use this token in your next request.
    Since 2025-07-15.
    """
    def __init__(
        self,
        *,
        pipeline_version_summaries: list[PipelineVersionSummary] | None = None,
        next_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        pipeline_version_summaries: list[PipelineVersionSummary] | None = ...,
        next_token: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListPipelinesRequest(Shape):
    """No description on the pages."""

    pipeline_name_prefix: Final[str | None]
    """The prefix of the pipeline name. Since 2020-12-01."""
    created_after: Final[datetime | None]
    """A filter that returns the pipelines that were created after a specified time. Since 2020-12-01.
    """
    created_before: Final[datetime | None]
    """A filter that returns the pipelines that were created before a specified time. Since 2020-12-01.
    """
    sort_by: Final[SortPipelinesBy | None]
    """The field by which to sort results. The default is CreatedTime . Since 2020-12-01."""
    sort_order: Final[SortOrder | None]
    """The sort order for results. Since 2020-12-01."""
    next_token: Final[str | None]
    """If the result of the previous ListPipelines request was truncated, the response includes a
    NextToken . To retrieve the next set of pipelines, use the token in the next request. Since
    2020-12-01.
    """
    max_results: Final[int | None]
    """The maximum number of pipelines to return in the response. Since 2020-12-01."""
    def __init__(
        self,
        *,
        pipeline_name_prefix: str | None = None,
        created_after: datetime | None = None,
        created_before: datetime | None = None,
        sort_by: SortPipelinesBy | SortPipelinesByLiteral | None = None,
        sort_order: SortOrder | SortOrderLiteral | None = None,
        next_token: str | None = None,
        max_results: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        pipeline_name_prefix: str | None = ...,
        created_after: datetime | None = ...,
        created_before: datetime | None = ...,
        sort_by: SortPipelinesBy | SortPipelinesByLiteral | None = ...,
        sort_order: SortOrder | SortOrderLiteral | None = ...,
        next_token: str | None = ...,
        max_results: int | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListPipelinesResponse(OutputShape):
    """The result of ``list_pipelines`` (ListPipelines)."""

    pipeline_summaries: Final[list[PipelineSummary] | None]
    """Contains a sorted list of PipelineSummary objects matching the specified filters. Each
    PipelineSummary consists of PipelineArn, PipelineName, ExperimentName, PipelineDescription,
    CreationTime, LastModifiedTime, LastRunTime, and RoleArn. This list can be empty. Since
    2020-12-01.
    """
    next_token: Final[str | None]
    """If the result of the previous ListPipelines request was truncated, the response includes a
    NextToken . To retrieve the next set of pipelines, use the token in the next request. Since
    2020-12-01.
    """
    def __init__(
        self,
        *,
        pipeline_summaries: list[PipelineSummary] | None = None,
        next_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        pipeline_summaries: list[PipelineSummary] | None = ...,
        next_token: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListProcessingJobsRequest(Shape):
    """No description on the pages."""

    creation_time_after: Final[datetime | None]
    """A filter that returns only processing jobs created after the specified time. Since 2019-12-04.
    """
    creation_time_before: Final[datetime | None]
    """A filter that returns only processing jobs created after the specified time. Since 2019-12-04.
    """
    last_modified_time_after: Final[datetime | None]
    """A filter that returns only processing jobs modified after the specified time. Since 2019-12-04.
    """
    last_modified_time_before: Final[datetime | None]
    """A filter that returns only processing jobs modified before the specified time. Since 2019-12-04.
    """
    name_contains: Final[str | None]
    """A string in the processing job name. This filter returns only processing jobs whose name
    contains the specified string. Since 2019-12-04.
    """
    status_equals: Final[ProcessingJobStatus | None]
    """A filter that retrieves only processing jobs with a specific status. Since 2019-12-04."""
    sort_by: Final[SortBy | None]
    """The field to sort results by. The default is CreationTime . Since 2019-12-04."""
    sort_order: Final[SortOrder | None]
    """The sort order for results. The default is Ascending . Since 2019-12-04."""
    next_token: Final[str | None]
    """If the result of the previous ListProcessingJobs request was truncated, the response includes a
    NextToken . To retrieve the next set of processing jobs, use the token in the next request.
    Since 2019-12-04.
    """
    max_results: Final[int | None]
    """The maximum number of processing jobs to return in the response. Since 2019-12-04."""
    def __init__(
        self,
        *,
        creation_time_after: datetime | None = None,
        creation_time_before: datetime | None = None,
        last_modified_time_after: datetime | None = None,
        last_modified_time_before: datetime | None = None,
        name_contains: str | None = None,
        status_equals: ProcessingJobStatus | ProcessingJobStatusLiteral | None = None,
        sort_by: SortBy | SortByLiteral | None = None,
        sort_order: SortOrder | SortOrderLiteral | None = None,
        next_token: str | None = None,
        max_results: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        creation_time_after: datetime | None = ...,
        creation_time_before: datetime | None = ...,
        last_modified_time_after: datetime | None = ...,
        last_modified_time_before: datetime | None = ...,
        name_contains: str | None = ...,
        status_equals: ProcessingJobStatus | ProcessingJobStatusLiteral | None = ...,
        sort_by: SortBy | SortByLiteral | None = ...,
        sort_order: SortOrder | SortOrderLiteral | None = ...,
        next_token: str | None = ...,
        max_results: int | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListProcessingJobsResponse(OutputShape):
    """The result of ``list_processing_jobs`` (ListProcessingJobs)."""

    processing_job_summaries: Final[list[ProcessingJobSummary] | None]
    """An array of ProcessingJobSummary objects, each listing a processing job. Since 2019-12-04."""
    next_token: Final[str | None]
    """If the response is truncated, Amazon SageMaker returns this token. To retrieve the next set of
    processing jobs, use it in the subsequent request. Since 2019-12-04.
    """
    def __init__(
        self,
        *,
        processing_job_summaries: list[ProcessingJobSummary] | None = None,
        next_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        processing_job_summaries: list[ProcessingJobSummary] | None = ...,
        next_token: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListProjectsInput(Shape):
    """No description on the pages."""

    creation_time_after: Final[datetime | None]
    """A filter that returns the projects that were created after a specified time. Since 2020-12-01.
    """
    creation_time_before: Final[datetime | None]
    """A filter that returns the projects that were created before a specified time. Since 2020-12-01.
    """
    max_results: Final[int | None]
    """The maximum number of projects to return in the response. Since 2020-12-01."""
    name_contains: Final[str | None]
    """A filter that returns the projects whose name contains a specified string. Since 2020-12-01.
    """
    next_token: Final[str | None]
    """If the result of the previous ListProjects request was truncated, the response includes a
    NextToken . To retrieve the next set of projects, use the token in the next request. Since
    2020-12-01.
    """
    sort_by: Final[ProjectSortBy | None]
    """The field by which to sort results. The default is CreationTime . Since 2020-12-01."""
    sort_order: Final[ProjectSortOrder | None]
    """The sort order for results. The default is Ascending . Since 2020-12-01."""
    def __init__(
        self,
        *,
        creation_time_after: datetime | None = None,
        creation_time_before: datetime | None = None,
        max_results: int | None = None,
        name_contains: str | None = None,
        next_token: str | None = None,
        sort_by: ProjectSortBy | ProjectSortByLiteral | None = None,
        sort_order: ProjectSortOrder | ProjectSortOrderLiteral | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        creation_time_after: datetime | None = ...,
        creation_time_before: datetime | None = ...,
        max_results: int | None = ...,
        name_contains: str | None = ...,
        next_token: str | None = ...,
        sort_by: ProjectSortBy | ProjectSortByLiteral | None = ...,
        sort_order: ProjectSortOrder | ProjectSortOrderLiteral | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListProjectsOutput(OutputShape):
    """The result of ``list_projects`` (ListProjects)."""

    project_summary_list: Final[list[ProjectSummary] | None]
    """A list of summaries of projects. Since 2020-12-01."""
    next_token: Final[str | None]
    """If the result of the previous ListCompilationJobs request was truncated, the response includes a
    NextToken . To retrieve the next set of model compilation jobs, use the token in the next
    request. Since 2020-12-01.
    """
    def __init__(
        self,
        *,
        project_summary_list: list[ProjectSummary] | None = None,
        next_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        project_summary_list: list[ProjectSummary] | None = ...,
        next_token: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListResourceCatalogsRequest(Shape):
    """No description on the pages."""

    name_contains: Final[str | None]
    """A string that partially matches one or more ResourceCatalog s names. Filters ResourceCatalog by
    name. Since 2023-07-20.
    """
    creation_time_after: Final[datetime | None]
    """Use this parameter to search for ResourceCatalog s created after a specific date and time. Since
    2023-07-20.
    """
    creation_time_before: Final[datetime | None]
    """Use this parameter to search for ResourceCatalog s created before a specific date and time.
    Since 2023-07-20.
    """
    sort_order: Final[ResourceCatalogSortOrder | None]
    """The order in which the resource catalogs are listed. Since 2023-07-20."""
    sort_by: Final[ResourceCatalogSortBy | None]
    """The value on which the resource catalog list is sorted. Since 2023-07-20."""
    max_results: Final[int | None]
    """The maximum number of results returned by ListResourceCatalogs . Since 2023-07-20."""
    next_token: Final[str | None]
    """A token to resume pagination of ListResourceCatalogs results. Since 2023-07-20."""
    def __init__(
        self,
        *,
        name_contains: str | None = None,
        creation_time_after: datetime | None = None,
        creation_time_before: datetime | None = None,
        sort_order: ResourceCatalogSortOrder | ResourceCatalogSortOrderLiteral | None = None,
        sort_by: ResourceCatalogSortBy | ResourceCatalogSortByLiteral | None = None,
        max_results: int | None = None,
        next_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        name_contains: str | None = ...,
        creation_time_after: datetime | None = ...,
        creation_time_before: datetime | None = ...,
        sort_order: ResourceCatalogSortOrder | ResourceCatalogSortOrderLiteral | None = ...,
        sort_by: ResourceCatalogSortBy | ResourceCatalogSortByLiteral | None = ...,
        max_results: int | None = ...,
        next_token: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListResourceCatalogsResponse(OutputShape):
    """The result of ``list_resource_catalogs`` (ListResourceCatalogs)."""

    resource_catalogs: Final[list[ResourceCatalog] | None]
    """A list of the requested ResourceCatalog s. Since 2023-07-20."""
    next_token: Final[str | None]
    """A token to resume pagination of ListResourceCatalogs results. Since 2023-07-20."""
    def __init__(
        self,
        *,
        resource_catalogs: list[ResourceCatalog] | None = None,
        next_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        resource_catalogs: list[ResourceCatalog] | None = ...,
        next_token: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListSpacesRequest(Shape):
    """No description on the pages."""

    next_token: Final[str | None]
    """If the previous response was truncated, you will receive this token. Use it in your next request
    to receive the next set of results. Since 2022-11-30.
    """
    max_results: Final[int | None]
    """This parameter defines the maximum number of results that can be return in a single response.
    The MaxResults parameter is an upper bound, not a target. If there are more results available
    than the value specified, a NextToken is provided in the response. The NextToken indicates that
    the user should get the next set of results by providing this token as a part of a subsequent
    call. The default value for MaxResults is 10. Since 2022-11-30.
    """
    sort_order: Final[SortOrder | None]
    """The sort order for the results. The default is Ascending. Since 2022-11-30."""
    sort_by: Final[SpaceSortKey | None]
    """The parameter by which to sort the results. The default is CreationTime. Since 2022-11-30."""
    domain_id_equals: Final[str | None]
    """A parameter to search for the domain ID. Since 2022-11-30."""
    space_name_contains: Final[str | None]
    """A parameter by which to filter the results. Since 2022-11-30."""
    def __init__(
        self,
        *,
        next_token: str | None = None,
        max_results: int | None = None,
        sort_order: SortOrder | SortOrderLiteral | None = None,
        sort_by: SpaceSortKey | SpaceSortKeyLiteral | None = None,
        domain_id_equals: str | None = None,
        space_name_contains: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        next_token: str | None = ...,
        max_results: int | None = ...,
        sort_order: SortOrder | SortOrderLiteral | None = ...,
        sort_by: SpaceSortKey | SpaceSortKeyLiteral | None = ...,
        domain_id_equals: str | None = ...,
        space_name_contains: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListSpacesResponse(OutputShape):
    """The result of ``list_spaces`` (ListSpaces)."""

    spaces: Final[list[SpaceDetails] | None]
    """The list of spaces. Since 2022-11-30."""
    next_token: Final[str | None]
    """If the previous response was truncated, you will receive this token. Use it in your next request
    to receive the next set of results. Since 2022-11-30.
    """
    def __init__(
        self,
        *,
        spaces: list[SpaceDetails] | None = None,
        next_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        spaces: list[SpaceDetails] | None = ...,
        next_token: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListStageDevicesRequest(Shape):
    """No description on the pages."""

    next_token: Final[str | None]
    """The response from the last list when returning a list large enough to neeed tokening. Since
    2022-07-18.
    """
    max_results: Final[int | None]
    """The maximum number of requests to select. Since 2022-07-18."""
    edge_deployment_plan_name: Final[str]
    """The name of the edge deployment plan. Since 2022-07-18."""
    exclude_devices_deployed_in_other_stage: Final[bool | None]
    """Toggle for excluding devices deployed in other stages. Since 2022-07-18."""
    stage_name: Final[str]
    """The name of the stage in the deployment. Since 2022-07-18."""
    def __init__(
        self,
        *,
        edge_deployment_plan_name: str,
        stage_name: str,
        next_token: str | None = None,
        max_results: int | None = None,
        exclude_devices_deployed_in_other_stage: bool | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        next_token: str | None = ...,
        max_results: int | None = ...,
        edge_deployment_plan_name: str = ...,
        exclude_devices_deployed_in_other_stage: bool | None = ...,
        stage_name: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListStageDevicesResponse(OutputShape):
    """The result of ``list_stage_devices`` (ListStageDevices)."""

    device_deployment_summaries: Final[list[DeviceDeploymentSummary] | None]
    """List of summaries of devices allocated to the stage. Since 2022-07-18."""
    next_token: Final[str | None]
    """The token to use when calling the next page of results. Since 2022-07-18."""
    def __init__(
        self,
        *,
        device_deployment_summaries: list[DeviceDeploymentSummary] | None = None,
        next_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        device_deployment_summaries: list[DeviceDeploymentSummary] | None = ...,
        next_token: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListStudioLifecycleConfigsRequest(Shape):
    """No description on the pages."""

    max_results: Final[int | None]
    """The total number of items to return in the response. If the total number of items available is
    more than the value specified, a NextToken is provided in the response. To resume pagination,
    provide the NextToken value in the as part of a subsequent call. The default value is 10. Since
    2021-09-10.
    """
    next_token: Final[str | None]
    """If the previous call to ListStudioLifecycleConfigs didn't return the full set of Lifecycle
    Configurations, the call returns a token for getting the next set of Lifecycle Configurations.
    Since 2021-09-10.
    """
    name_contains: Final[str | None]
    """A string in the Lifecycle Configuration name. This filter returns only Lifecycle Configurations
    whose name contains the specified string. Since 2021-09-10.
    """
    app_type_equals: Final[StudioLifecycleConfigAppType | None]
    """A parameter to search for the App Type to which the Lifecycle Configuration is attached. Since
    2021-09-10.
    """
    creation_time_before: Final[datetime | None]
    """A filter that returns only Lifecycle Configurations created on or before the specified time.
    Since 2021-09-10.
    """
    creation_time_after: Final[datetime | None]
    """A filter that returns only Lifecycle Configurations created on or after the specified time.
    Since 2021-09-10.
    """
    modified_time_before: Final[datetime | None]
    """A filter that returns only Lifecycle Configurations modified before the specified time. Since
    2021-09-10.
    """
    modified_time_after: Final[datetime | None]
    """A filter that returns only Lifecycle Configurations modified after the specified time. Since
    2021-09-10.
    """
    sort_by: Final[StudioLifecycleConfigSortKey | None]
    """The property used to sort results. The default value is CreationTime. Since 2021-09-10."""
    sort_order: Final[SortOrder | None]
    """The sort order. The default value is Descending. Since 2021-09-10."""
    def __init__(
        self,
        *,
        max_results: int | None = None,
        next_token: str | None = None,
        name_contains: str | None = None,
        app_type_equals: StudioLifecycleConfigAppType | StudioLifecycleConfigAppTypeLiteral | None = None,
        creation_time_before: datetime | None = None,
        creation_time_after: datetime | None = None,
        modified_time_before: datetime | None = None,
        modified_time_after: datetime | None = None,
        sort_by: StudioLifecycleConfigSortKey | StudioLifecycleConfigSortKeyLiteral | None = None,
        sort_order: SortOrder | SortOrderLiteral | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        max_results: int | None = ...,
        next_token: str | None = ...,
        name_contains: str | None = ...,
        app_type_equals: StudioLifecycleConfigAppType | StudioLifecycleConfigAppTypeLiteral | None = ...,
        creation_time_before: datetime | None = ...,
        creation_time_after: datetime | None = ...,
        modified_time_before: datetime | None = ...,
        modified_time_after: datetime | None = ...,
        sort_by: StudioLifecycleConfigSortKey | StudioLifecycleConfigSortKeyLiteral | None = ...,
        sort_order: SortOrder | SortOrderLiteral | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListStudioLifecycleConfigsResponse(OutputShape):
    """The result of ``list_studio_lifecycle_configs`` (ListStudioLifecycleConfigs)."""

    next_token: Final[str | None]
    """If the previous response was truncated, you will receive this token. Use it in your next request
    to receive the next set of results. Since 2021-09-10.
    """
    studio_lifecycle_configs: Final[list[StudioLifecycleConfigDetails] | None]
    """A list of Lifecycle Configurations and their properties. Since 2021-09-10."""
    def __init__(
        self,
        *,
        next_token: str | None = None,
        studio_lifecycle_configs: list[StudioLifecycleConfigDetails] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        next_token: str | None = ...,
        studio_lifecycle_configs: list[StudioLifecycleConfigDetails] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListSubscribedWorkteamsRequest(Shape):
    """No description on the pages."""

    name_contains: Final[str | None]
    """A string in the work team name. This filter returns only work teams whose name contains the
    specified string. Since 2018-11-28.
    """
    next_token: Final[str | None]
    """If the result of the previous ListSubscribedWorkteams request was truncated, the response
    includes a NextToken . To retrieve the next set of labeling jobs, use the token in the next
    request. Since 2018-11-28.
    """
    max_results: Final[int | None]
    """The maximum number of work teams to return in each page of the response. Since 2018-11-28."""
    def __init__(
        self,
        *,
        name_contains: str | None = None,
        next_token: str | None = None,
        max_results: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        name_contains: str | None = ...,
        next_token: str | None = ...,
        max_results: int | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListSubscribedWorkteamsResponse(OutputShape):
    """The result of ``list_subscribed_workteams`` (ListSubscribedWorkteams)."""

    subscribed_workteams: Final[list[SubscribedWorkteam] | None]
    """An array of Workteam objects, each describing a work team. Since 2018-11-28."""
    next_token: Final[str | None]
    """If the response is truncated, Amazon SageMaker returns this token. To retrieve the next set of
    work teams, use it in the subsequent request. Since 2018-11-28.
    """
    def __init__(
        self,
        *,
        subscribed_workteams: list[SubscribedWorkteam] | None = None,
        next_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        subscribed_workteams: list[SubscribedWorkteam] | None = ...,
        next_token: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListTagsInput(Shape):
    """No description on the pages."""

    resource_arn: Final[str]
    """The Amazon Resource Name (ARN) of the resource whose tags you want to retrieve. Since
    2017-11-29.
    """
    next_token: Final[str | None]
    """If the response to the previous ListTags request is truncated, Amazon SageMaker returns this
    token. To retrieve the next set of tags, use it in the subsequent request. Since 2017-11-29.
    """
    max_results: Final[int | None]
    """Maximum number of tags to return. Since 2017-11-29."""
    def __init__(
        self,
        *,
        resource_arn: str,
        next_token: str | None = None,
        max_results: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        resource_arn: str = ...,
        next_token: str | None = ...,
        max_results: int | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListTagsOutput(OutputShape):
    """The result of ``list_tags`` (ListTags)."""

    tags: Final[list[Tag] | None]
    """An array of Tag objects, each with a tag key and a value. Since 2017-11-29."""
    next_token: Final[str | None]
    """If response is truncated, Amazon SageMaker includes a token in the response. You can use this
    token in your subsequent request to fetch next set of tokens. Since 2017-11-29.
    """
    def __init__(
        self,
        *,
        tags: list[Tag] | None = None,
        next_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        tags: list[Tag] | None = ...,
        next_token: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListTrainingJobsForHyperParameterTuningJobRequest(Shape):
    """No description on the pages."""

    hyper_parameter_tuning_job_name: Final[str]
    """The name of the tuning job whose training jobs you want to list. Since 2018-06-04."""
    next_token: Final[str | None]
    """If the result of the previous ListTrainingJobsForHyperParameterTuningJob request was truncated,
    the response includes a NextToken. To retrieve the next set of training jobs, use the token in
    the next request. Since 2018-06-04.
    """
    max_results: Final[int | None]
    """The maximum number of training jobs to return. The default value is 10. Since 2018-06-04."""
    status_equals: Final[TrainingJobStatus | None]
    """A filter that returns only training jobs with the specified status. Since 2018-06-04."""
    sort_by: Final[TrainingJobSortByOptions | None]
    """The field to sort results by. The default is Name. Since 2018-06-04."""
    sort_order: Final[SortOrder | None]
    """The sort order for results. The default is Ascending. Since 2018-06-04."""
    def __init__(
        self,
        *,
        hyper_parameter_tuning_job_name: str,
        next_token: str | None = None,
        max_results: int | None = None,
        status_equals: TrainingJobStatus | TrainingJobStatusLiteral | None = None,
        sort_by: TrainingJobSortByOptions | TrainingJobSortByOptionsLiteral | None = None,
        sort_order: SortOrder | SortOrderLiteral | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        hyper_parameter_tuning_job_name: str = ...,
        next_token: str | None = ...,
        max_results: int | None = ...,
        status_equals: TrainingJobStatus | TrainingJobStatusLiteral | None = ...,
        sort_by: TrainingJobSortByOptions | TrainingJobSortByOptionsLiteral | None = ...,
        sort_order: SortOrder | SortOrderLiteral | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListTrainingJobsForHyperParameterTuningJobResponse(OutputShape):
    """The result of ``list_training_jobs_for_hyper_parameter_tuning_job``
    (ListTrainingJobsForHyperParameterTuningJob).
    """

    training_job_summaries: Final[list[HyperParameterTrainingJobSummary] | None]
    """A list of TrainingJobSummary objects that describe the training jobs that the
    ListTrainingJobsForHyperParameterTuningJob request returned. Since 2018-06-04.
    """
    next_token: Final[str | None]
    """If the result of this ListTrainingJobsForHyperParameterTuningJob request was truncated, the
    response includes a NextToken. To retrieve the next set of training jobs, use the token in the
    next request. Since 2018-06-04.
    """
    def __init__(
        self,
        *,
        training_job_summaries: list[HyperParameterTrainingJobSummary] | None = None,
        next_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        training_job_summaries: list[HyperParameterTrainingJobSummary] | None = ...,
        next_token: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListTrainingJobsRequest(Shape):
    """No description on the pages."""

    next_token: Final[str | None]
    """If the result of the previous ListTrainingJobs request was truncated, the response includes a
    NextToken. To retrieve the next set of training jobs, use the token in the next request. Since
    2017-11-29.
    """
    max_results: Final[int | None]
    """The maximum number of training jobs to return in the response. Since 2017-11-29."""
    creation_time_after: Final[datetime | None]
    """A filter that returns only training jobs created after the specified time (timestamp). Since
    2017-11-29.
    """
    creation_time_before: Final[datetime | None]
    """A filter that returns only training jobs created before the specified time (timestamp). Since
    2017-11-29.
    """
    last_modified_time_after: Final[datetime | None]
    """A filter that returns only training jobs modified after the specified time (timestamp). Since
    2017-11-29.
    """
    last_modified_time_before: Final[datetime | None]
    """A filter that returns only training jobs modified before the specified time (timestamp). Since
    2017-11-29.
    """
    name_contains: Final[str | None]
    """A string in the training job name. This filter returns only training jobs whose name contains
    the specified string. Since 2017-11-29.
    """
    status_equals: Final[TrainingJobStatus | None]
    """A filter that retrieves only training jobs with a specific status. Since 2017-11-29."""
    sort_by: Final[SortBy | None]
    """The field to sort results by. The default is CreationTime. Since 2017-11-29."""
    sort_order: Final[SortOrder | None]
    """The sort order for results. The default is Ascending. Since 2017-11-29."""
    warm_pool_status_equals: Final[WarmPoolResourceStatus | None]
    """A filter that retrieves only training jobs with a specific warm pool status. Since 2022-09-29.
    """
    training_plan_arn_equals: Final[str | None]
    """The Amazon Resource Name (ARN); of the training plan to filter training jobs by. For more
    information about reserving GPU capacity for your SageMaker training jobs using Amazon SageMaker
    Training Plan, see ``CreateTrainingPlan ``. Since 2024-12-04.
    """
    def __init__(
        self,
        *,
        next_token: str | None = None,
        max_results: int | None = None,
        creation_time_after: datetime | None = None,
        creation_time_before: datetime | None = None,
        last_modified_time_after: datetime | None = None,
        last_modified_time_before: datetime | None = None,
        name_contains: str | None = None,
        status_equals: TrainingJobStatus | TrainingJobStatusLiteral | None = None,
        sort_by: SortBy | SortByLiteral | None = None,
        sort_order: SortOrder | SortOrderLiteral | None = None,
        warm_pool_status_equals: WarmPoolResourceStatus | WarmPoolResourceStatusLiteral | None = None,
        training_plan_arn_equals: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        next_token: str | None = ...,
        max_results: int | None = ...,
        creation_time_after: datetime | None = ...,
        creation_time_before: datetime | None = ...,
        last_modified_time_after: datetime | None = ...,
        last_modified_time_before: datetime | None = ...,
        name_contains: str | None = ...,
        status_equals: TrainingJobStatus | TrainingJobStatusLiteral | None = ...,
        sort_by: SortBy | SortByLiteral | None = ...,
        sort_order: SortOrder | SortOrderLiteral | None = ...,
        warm_pool_status_equals: WarmPoolResourceStatus | WarmPoolResourceStatusLiteral | None = ...,
        training_plan_arn_equals: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListTrainingJobsResponse(OutputShape):
    """The result of ``list_training_jobs`` (ListTrainingJobs)."""

    training_job_summaries: Final[list[TrainingJobSummary] | None]
    """An array of TrainingJobSummary objects, each listing a training job. Since 2017-11-29."""
    next_token: Final[str | None]
    """If the response is truncated, SageMaker returns this token. To retrieve the next set of training
    jobs, use it in the subsequent request. Since 2017-11-29.
    """
    def __init__(
        self,
        *,
        training_job_summaries: list[TrainingJobSummary] | None = None,
        next_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        training_job_summaries: list[TrainingJobSummary] | None = ...,
        next_token: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListTrainingPlansRequest(Shape):
    """No description on the pages."""

    next_token: Final[str | None]
    """A token to continue pagination if more results are available. Since 2024-12-04."""
    max_results: Final[int | None]
    """The maximum number of results to return in the response. Since 2024-12-04."""
    start_time_after: Final[datetime | None]
    """Filter to list only training plans with an actual start time after this date. Since 2024-12-04.
    """
    start_time_before: Final[datetime | None]
    """Filter to list only training plans with an actual start time before this date. Since 2024-12-04.
    """
    sort_by: Final[TrainingPlanSortBy | None]
    """The training plan field to sort the results by (e.g., StartTime, Status). Since 2024-12-04.
    """
    sort_order: Final[TrainingPlanSortOrder | None]
    """The order to sort the results (Ascending or Descending). Since 2024-12-04."""
    filters: Final[list[TrainingPlanFilter] | None]
    """Additional filters to apply to the list of training plans. Since 2024-12-04."""
    def __init__(
        self,
        *,
        next_token: str | None = None,
        max_results: int | None = None,
        start_time_after: datetime | None = None,
        start_time_before: datetime | None = None,
        sort_by: TrainingPlanSortBy | TrainingPlanSortByLiteral | None = None,
        sort_order: TrainingPlanSortOrder | TrainingPlanSortOrderLiteral | None = None,
        filters: list[TrainingPlanFilter] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        next_token: str | None = ...,
        max_results: int | None = ...,
        start_time_after: datetime | None = ...,
        start_time_before: datetime | None = ...,
        sort_by: TrainingPlanSortBy | TrainingPlanSortByLiteral | None = ...,
        sort_order: TrainingPlanSortOrder | TrainingPlanSortOrderLiteral | None = ...,
        filters: list[TrainingPlanFilter] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListTrainingPlansResponse(OutputShape):
    """The result of ``list_training_plans`` (ListTrainingPlans)."""

    next_token: Final[str | None]
    """A token to continue pagination if more results are available. Since 2024-12-04."""
    training_plan_summaries: Final[list[TrainingPlanSummary] | None]
    """A list of summary information for the training plans. Since 2024-12-04."""
    def __init__(
        self,
        *,
        next_token: str | None = None,
        training_plan_summaries: list[TrainingPlanSummary] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        next_token: str | None = ...,
        training_plan_summaries: list[TrainingPlanSummary] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListTransformJobsRequest(Shape):
    """No description on the pages."""

    creation_time_after: Final[datetime | None]
    """A filter that returns only transform jobs created after the specified time. Since 2018-07-17.
    """
    creation_time_before: Final[datetime | None]
    """A filter that returns only transform jobs created before the specified time. Since 2018-07-17.
    """
    last_modified_time_after: Final[datetime | None]
    """A filter that returns only transform jobs modified after the specified time. Since 2018-07-17.
    """
    last_modified_time_before: Final[datetime | None]
    """A filter that returns only transform jobs modified before the specified time. Since 2018-07-17.
    """
    name_contains: Final[str | None]
    """A string in the transform job name. This filter returns only transform jobs whose name contains
    the specified string. Since 2018-07-17.
    """
    status_equals: Final[TransformJobStatus | None]
    """A filter that retrieves only transform jobs with a specific status. Since 2018-07-17."""
    sort_by: Final[SortBy | None]
    """The field to sort results by. The default is CreationTime . Since 2018-07-17."""
    sort_order: Final[SortOrder | None]
    """The sort order for results. The default is Descending . Since 2018-07-17."""
    next_token: Final[str | None]
    """If the result of the previous ListTransformJobs request was truncated, the response includes a
    NextToken . To retrieve the next set of transform jobs, use the token in the next request. Since
    2018-07-17.
    """
    max_results: Final[int | None]
    """The maximum number of transform jobs to return in the response. The default value is 10 . Since
    2018-07-17.
    """
    def __init__(
        self,
        *,
        creation_time_after: datetime | None = None,
        creation_time_before: datetime | None = None,
        last_modified_time_after: datetime | None = None,
        last_modified_time_before: datetime | None = None,
        name_contains: str | None = None,
        status_equals: TransformJobStatus | TransformJobStatusLiteral | None = None,
        sort_by: SortBy | SortByLiteral | None = None,
        sort_order: SortOrder | SortOrderLiteral | None = None,
        next_token: str | None = None,
        max_results: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        creation_time_after: datetime | None = ...,
        creation_time_before: datetime | None = ...,
        last_modified_time_after: datetime | None = ...,
        last_modified_time_before: datetime | None = ...,
        name_contains: str | None = ...,
        status_equals: TransformJobStatus | TransformJobStatusLiteral | None = ...,
        sort_by: SortBy | SortByLiteral | None = ...,
        sort_order: SortOrder | SortOrderLiteral | None = ...,
        next_token: str | None = ...,
        max_results: int | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListTransformJobsResponse(OutputShape):
    """The result of ``list_transform_jobs`` (ListTransformJobs)."""

    transform_job_summaries: Final[list[TransformJobSummary] | None]
    """An array of TransformJobSummary objects. Since 2018-07-17."""
    next_token: Final[str | None]
    """If the response is truncated, Amazon SageMaker returns this token. To retrieve the next set of
    transform jobs, use it in the next request. Since 2018-07-17.
    """
    def __init__(
        self,
        *,
        transform_job_summaries: list[TransformJobSummary] | None = None,
        next_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        transform_job_summaries: list[TransformJobSummary] | None = ...,
        next_token: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListTrialComponentsRequest(Shape):
    """No description on the pages."""

    experiment_name: Final[str | None]
    """A filter that returns only components that are part of the specified experiment. If you specify
    ExperimentName , you can't filter by SourceArn or TrialName . Since 2020-01-10.
    """
    trial_name: Final[str | None]
    """A filter that returns only components that are part of the specified trial. If you specify
    TrialName , you can't filter by ExperimentName or SourceArn . Since 2020-01-10.
    """
    source_arn: Final[str | None]
    """A filter that returns only components that have the specified source Amazon Resource Name (ARN).
    If you specify SourceArn , you can't filter by ExperimentName or TrialName . Since 2019-12-04.
    """
    created_after: Final[datetime | None]
    """A filter that returns only components created after the specified time. Since 2019-12-04."""
    created_before: Final[datetime | None]
    """A filter that returns only components created before the specified time. Since 2019-12-04."""
    sort_by: Final[SortTrialComponentsBy | None]
    """The property used to sort results. The default value is CreationTime . Since 2019-12-04."""
    sort_order: Final[SortOrder | None]
    """The sort order. The default value is Descending . Since 2019-12-04."""
    max_results: Final[int | None]
    """The maximum number of components to return in the response. The default value is 10. Since
    2019-12-04.
    """
    next_token: Final[str | None]
    """If the previous call to ListTrialComponents didn't return the full set of components, the call
    returns a token for getting the next set of components. Since 2019-12-04.
    """
    def __init__(
        self,
        *,
        experiment_name: str | None = None,
        trial_name: str | None = None,
        source_arn: str | None = None,
        created_after: datetime | None = None,
        created_before: datetime | None = None,
        sort_by: SortTrialComponentsBy | SortTrialComponentsByLiteral | None = None,
        sort_order: SortOrder | SortOrderLiteral | None = None,
        max_results: int | None = None,
        next_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        experiment_name: str | None = ...,
        trial_name: str | None = ...,
        source_arn: str | None = ...,
        created_after: datetime | None = ...,
        created_before: datetime | None = ...,
        sort_by: SortTrialComponentsBy | SortTrialComponentsByLiteral | None = ...,
        sort_order: SortOrder | SortOrderLiteral | None = ...,
        max_results: int | None = ...,
        next_token: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListTrialComponentsResponse(OutputShape):
    """The result of ``list_trial_components`` (ListTrialComponents)."""

    trial_component_summaries: Final[list[TrialComponentSummary] | None]
    """A list of the summaries of your trial components. Since 2019-12-04."""
    next_token: Final[str | None]
    """A token for getting the next set of components, if there are any. Since 2019-12-04."""
    def __init__(
        self,
        *,
        trial_component_summaries: list[TrialComponentSummary] | None = None,
        next_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        trial_component_summaries: list[TrialComponentSummary] | None = ...,
        next_token: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListTrialsRequest(Shape):
    """No description on the pages."""

    experiment_name: Final[str | None]
    """A filter that returns only trials that are part of the specified experiment. Since 2019-12-04.
    """
    trial_component_name: Final[str | None]
    """A filter that returns only trials that are associated with the specified trial component. Since
    2020-02-26.
    """
    created_after: Final[datetime | None]
    """A filter that returns only trials created after the specified time. Since 2019-12-04."""
    created_before: Final[datetime | None]
    """A filter that returns only trials created before the specified time. Since 2019-12-04."""
    sort_by: Final[SortTrialsBy | None]
    """The property used to sort results. The default value is CreationTime . Since 2019-12-04."""
    sort_order: Final[SortOrder | None]
    """The sort order. The default value is Descending . Since 2019-12-04."""
    max_results: Final[int | None]
    """The maximum number of trials to return in the response. The default value is 10. Since
    2019-12-04.
    """
    next_token: Final[str | None]
    """If the previous call to ListTrials didn't return the full set of trials, the call returns a
    token for getting the next set of trials. Since 2019-12-04.
    """
    def __init__(
        self,
        *,
        experiment_name: str | None = None,
        trial_component_name: str | None = None,
        created_after: datetime | None = None,
        created_before: datetime | None = None,
        sort_by: SortTrialsBy | SortTrialsByLiteral | None = None,
        sort_order: SortOrder | SortOrderLiteral | None = None,
        max_results: int | None = None,
        next_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        experiment_name: str | None = ...,
        trial_component_name: str | None = ...,
        created_after: datetime | None = ...,
        created_before: datetime | None = ...,
        sort_by: SortTrialsBy | SortTrialsByLiteral | None = ...,
        sort_order: SortOrder | SortOrderLiteral | None = ...,
        max_results: int | None = ...,
        next_token: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListTrialsResponse(OutputShape):
    """The result of ``list_trials`` (ListTrials)."""

    trial_summaries: Final[list[TrialSummary] | None]
    """A list of the summaries of your trials. Since 2019-12-04."""
    next_token: Final[str | None]
    """A token for getting the next set of trials, if there are any. Since 2019-12-04."""
    def __init__(
        self,
        *,
        trial_summaries: list[TrialSummary] | None = None,
        next_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        trial_summaries: list[TrialSummary] | None = ...,
        next_token: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListUltraServersByReservedCapacityRequest(Shape):
    """No description on the pages."""

    reserved_capacity_arn: Final[str]
    """The ARN of the reserved capacity to list UltraServers for. Since 2025-08-08."""
    max_results: Final[int | None]
    """The maximum number of UltraServers to return in the response. The default value is 10. Since
    2025-08-08.
    """
    next_token: Final[str | None]
    """If the previous response was truncated, you receive this token. Use it in your next request to
    receive the next set of results. Since 2025-08-08.
    """
    def __init__(
        self,
        *,
        reserved_capacity_arn: str,
        max_results: int | None = None,
        next_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        reserved_capacity_arn: str = ...,
        max_results: int | None = ...,
        next_token: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListUltraServersByReservedCapacityResponse(OutputShape):
    """The result of ``list_ultra_servers_by_reserved_capacity`` (ListUltraServersByReservedCapacity)."""

    next_token: Final[str | None]
    """If the response is truncated, SageMaker returns this token. Use it in the next request to
    retrieve the next set of UltraServers. Since 2025-08-08.
    """
    ultra_servers: Final[list[UltraServer] | None]
    """A list of UltraServers that are part of the specified reserved capacity. Since 2025-08-08."""
    def __init__(
        self,
        *,
        next_token: str | None = None,
        ultra_servers: list[UltraServer] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        next_token: str | None = ...,
        ultra_servers: list[UltraServer] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListUserProfilesRequest(Shape):
    """No description on the pages."""

    next_token: Final[str | None]
    """If the previous response was truncated, you will receive this token. Use it in your next request
    to receive the next set of results. Since 2019-12-04.
    """
    max_results: Final[int | None]
    """Returns a list up to a specified limit. Since 2019-12-04."""
    sort_order: Final[SortOrder | None]
    """The sort order for the results. The default is Ascending. Since 2019-12-04."""
    sort_by: Final[UserProfileSortKey | None]
    """The parameter by which to sort the results. The default is CreationTime. Since 2019-12-04."""
    domain_id_equals: Final[str | None]
    """A parameter by which to filter the results. Since 2019-12-04."""
    user_profile_name_contains: Final[str | None]
    """A parameter by which to filter the results. Since 2019-12-04."""
    def __init__(
        self,
        *,
        next_token: str | None = None,
        max_results: int | None = None,
        sort_order: SortOrder | SortOrderLiteral | None = None,
        sort_by: UserProfileSortKey | UserProfileSortKeyLiteral | None = None,
        domain_id_equals: str | None = None,
        user_profile_name_contains: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        next_token: str | None = ...,
        max_results: int | None = ...,
        sort_order: SortOrder | SortOrderLiteral | None = ...,
        sort_by: UserProfileSortKey | UserProfileSortKeyLiteral | None = ...,
        domain_id_equals: str | None = ...,
        user_profile_name_contains: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListUserProfilesResponse(OutputShape):
    """The result of ``list_user_profiles`` (ListUserProfiles)."""

    user_profiles: Final[list[UserProfileDetails] | None]
    """The list of user profiles. Since 2019-12-04."""
    next_token: Final[str | None]
    """If the previous response was truncated, you will receive this token. Use it in your next request
    to receive the next set of results. Since 2019-12-04.
    """
    def __init__(
        self,
        *,
        user_profiles: list[UserProfileDetails] | None = None,
        next_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        user_profiles: list[UserProfileDetails] | None = ...,
        next_token: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListWorkforcesRequest(Shape):
    """No description on the pages."""

    sort_by: Final[ListWorkforcesSortByOptions | None]
    """Sort workforces using the workforce name or creation date. Since 2020-07-24."""
    sort_order: Final[SortOrder | None]
    """Sort workforces in ascending or descending order. Since 2020-07-24."""
    name_contains: Final[str | None]
    """A filter you can use to search for workforces using part of the workforce name. Since
    2020-07-24.
    """
    next_token: Final[str | None]
    """A token to resume pagination. Since 2020-07-24."""
    max_results: Final[int | None]
    """The maximum number of workforces returned in the response. Since 2020-07-24."""
    def __init__(
        self,
        *,
        sort_by: ListWorkforcesSortByOptions | ListWorkforcesSortByOptionsLiteral | None = None,
        sort_order: SortOrder | SortOrderLiteral | None = None,
        name_contains: str | None = None,
        next_token: str | None = None,
        max_results: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        sort_by: ListWorkforcesSortByOptions | ListWorkforcesSortByOptionsLiteral | None = ...,
        sort_order: SortOrder | SortOrderLiteral | None = ...,
        name_contains: str | None = ...,
        next_token: str | None = ...,
        max_results: int | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListWorkforcesResponse(OutputShape):
    """The result of ``list_workforces`` (ListWorkforces)."""

    workforces: Final[list[Workforce] | None]
    """A list containing information about your workforce. Since 2020-07-24."""
    next_token: Final[str | None]
    """A token to resume pagination. Since 2020-07-24."""
    def __init__(
        self,
        *,
        workforces: list[Workforce] | None = None,
        next_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        workforces: list[Workforce] | None = ...,
        next_token: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListWorkteamsRequest(Shape):
    """No description on the pages."""

    sort_by: Final[ListWorkteamsSortByOptions | None]
    """The field to sort results by. The default is CreationTime . Since 2018-11-28."""
    sort_order: Final[SortOrder | None]
    """The sort order for results. The default is Ascending . Since 2018-11-28."""
    name_contains: Final[str | None]
    """A string in the work team's name. This filter returns only work teams whose name contains the
    specified string. Since 2018-11-28.
    """
    next_token: Final[str | None]
    """If the result of the previous ListWorkteams request was truncated, the response includes a
    NextToken . To retrieve the next set of labeling jobs, use the token in the next request. Since
    2018-11-28.
    """
    max_results: Final[int | None]
    """The maximum number of work teams to return in each page of the response. Since 2018-11-28."""
    def __init__(
        self,
        *,
        sort_by: ListWorkteamsSortByOptions | ListWorkteamsSortByOptionsLiteral | None = None,
        sort_order: SortOrder | SortOrderLiteral | None = None,
        name_contains: str | None = None,
        next_token: str | None = None,
        max_results: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        sort_by: ListWorkteamsSortByOptions | ListWorkteamsSortByOptionsLiteral | None = ...,
        sort_order: SortOrder | SortOrderLiteral | None = ...,
        name_contains: str | None = ...,
        next_token: str | None = ...,
        max_results: int | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ListWorkteamsResponse(OutputShape):
    """The result of ``list_workteams`` (ListWorkteams)."""

    workteams: Final[list[Workteam] | None]
    """An array of Workteam objects, each describing a work team. Since 2018-11-28."""
    next_token: Final[str | None]
    """If the response is truncated, Amazon SageMaker returns this token. To retrieve the next set of
    work teams, use it in the subsequent request. Since 2018-11-28.
    """
    def __init__(
        self,
        *,
        workteams: list[Workteam] | None = None,
        next_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        workteams: list[Workteam] | None = ...,
        next_token: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""
