# Generated stub. Do not edit.
# Every shape whose name starts with "S", as type checkers see it. At run time each
# class lives in the module of its first two words (``__module__``); this stub-only module
# groups them because a few dozen stub files type-check much faster than hundreds.
from collections.abc import Mapping
from datetime import datetime
from typing import Any, Final

from typing_extensions import Self

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums._a import AppInstanceType, AppInstanceTypeLiteral, AppType, AppTypeLiteral
from smtyped._generated.enums._b import BooleanOperator, BooleanOperatorLiteral
from smtyped._generated.enums._c import (
    CrossAccountFilterOption,
    CrossAccountFilterOptionLiteral,
    CustomizationTechnique,
    CustomizationTechniqueLiteral,
)
from smtyped._generated.enums._e import (
    EvaluationType,
    EvaluationTypeLiteral,
    ExecutionRoleSessionNameMode,
    ExecutionRoleSessionNameModeLiteral,
)
from smtyped._generated.enums._f import FairShare, FairShareLiteral, FeatureStatus, FeatureStatusLiteral
from smtyped._generated.enums._i import (
    IdleResourceSharing,
    IdleResourceSharingLiteral,
    InferenceExperimentStopDesiredState,
    InferenceExperimentStopDesiredStateLiteral,
)
from smtyped._generated.enums._j import JobCategory, JobCategoryLiteral
from smtyped._generated.enums._m import (
    MlTools,
    MlToolsLiteral,
    ModelCompressionType,
    ModelCompressionTypeLiteral,
    ModelVariantAction,
    ModelVariantActionLiteral,
)
from smtyped._generated.enums._n import NotebookOutputOption, NotebookOutputOptionLiteral
from smtyped._generated.enums._p import Peft, PeftLiteral
from smtyped._generated.enums._r import (
    ReservedCapacityInstanceType,
    ReservedCapacityInstanceTypeLiteral,
    ResourceType,
    ResourceTypeLiteral,
)
from smtyped._generated.enums._s import (
    S3DataDistribution,
    S3DataDistributionLiteral,
    S3DataType,
    S3DataTypeLiteral,
    S3ModelDataType,
    S3ModelDataTypeLiteral,
    SageMakerResourceName,
    SageMakerResourceNameLiteral,
    SearchSortOrder,
    SearchSortOrderLiteral,
    SecondaryStatus,
    SecondaryStatusLiteral,
    ServerlessJobType,
    ServerlessJobTypeLiteral,
    SharingType,
    SharingTypeLiteral,
    SpaceStatus,
    SpaceStatusLiteral,
    StudioLifecycleConfigAppType,
    StudioLifecycleConfigAppTypeLiteral,
)
from smtyped._generated.shapes._c import CodeRepository, CustomFileSystem
from smtyped._generated.shapes._d import DeploymentConfiguration
from smtyped._generated.shapes._e import EbsStorageSettings, Endpoint, Experiment
from smtyped._generated.shapes._f import FeatureGroup, FeatureMetadata, Filter
from smtyped._generated.shapes._h import HiddenSageMakerImage, HubAccessConfig, HyperParameterTuningJobSearchEntity
from smtyped._generated.shapes._i import (
    IamPolicyConstraints,
    InferenceHubAccessConfig,
    InstanceGroupHealthCheckConfiguration,
)
from smtyped._generated.shapes._j import Job, JupyterServerAppSettings
from smtyped._generated.shapes._k import KernelGatewayAppSettings
from smtyped._generated.shapes._m import (
    ModelAccessConfig,
    ModelCard,
    ModelDashboardModel,
    ModelDataSource,
    ModelPackage,
    ModelPackageGroup,
    ModelVariantConfig,
)
from smtyped._generated.shapes._n import NestedFilters
from smtyped._generated.shapes._o import OutputParameter, OwnershipSettingsSummary
from smtyped._generated.shapes._p import (
    ParallelismConfiguration,
    Parameter,
    Pipeline,
    PipelineExecution,
    PipelineVersion,
    PriorityClass,
    Project,
    PropertyNameQuery,
    ProvisioningParameter,
)
from smtyped._generated.shapes._r import ResourceSpec
from smtyped._generated.shapes._t import (
    TargetTrackingScalingPolicyConfiguration,
    TotalHits,
    TrainingJob,
    TrainingPlanExtensionOffering,
    TrainingPlanOffering,
    Trial,
    TrialComponent,
)
from smtyped._generated.shapes._v import VisibilityConditions

class S3DataSource(Shape):
    """The S3 location of the data source that is associated with a channel."""

    s3_data_type: Final[S3DataType]
    """If you choose S3Prefix, S3Uri identifies a key name prefix. SageMaker uses all objects that
    match the specified key name prefix for model training. Since 2017-11-29.
    """
    s3_uri: Final[str]
    """Depending on the value specified for the S3DataType, identifies either a key name prefix or a
    manifest. For example: Since 2017-11-29.
    """
    s3_data_distribution_type: Final[S3DataDistribution | None]
    """If you want SageMaker to replicate the entire dataset on each ML compute instance that is
    launched for model training, specify FullyReplicated. Since 2017-11-29.
    """
    attribute_names: Final[list[str] | None]
    """A list of one or more attribute names to use that are found in a specified augmented manifest
    file. Since 2018-11-28.
    """
    instance_group_names: Final[list[str] | None]
    """A list of names of instance groups that get data from the S3 data source. Since 2022-07-07.
    """
    model_access_config: Final[ModelAccessConfig | None]
    """The access configuration file to control access to the ML model. You can explicitly accept the
    model end-user license agreement (EULA) within the ModelAccessConfig. Since 2025-02-27.
    """
    hub_access_config: Final[HubAccessConfig | None]
    """The configuration for a private hub model reference that points to a SageMaker JumpStart public
    hub model. Since 2025-02-27.
    """
    def __init__(
        self,
        *,
        s3_data_type: S3DataType | S3DataTypeLiteral,
        s3_uri: str,
        s3_data_distribution_type: S3DataDistribution | S3DataDistributionLiteral | None = None,
        attribute_names: list[str] | None = None,
        instance_group_names: list[str] | None = None,
        model_access_config: ModelAccessConfig | None = None,
        hub_access_config: HubAccessConfig | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        s3_data_type: S3DataType | S3DataTypeLiteral = ...,
        s3_uri: str = ...,
        s3_data_distribution_type: S3DataDistribution | S3DataDistributionLiteral | None = ...,
        attribute_names: list[str] | None = ...,
        instance_group_names: list[str] | None = ...,
        model_access_config: ModelAccessConfig | None = ...,
        hub_access_config: HubAccessConfig | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class S3FileSystem(Shape):
    """A custom file system in Amazon S3. This is only supported in Amazon SageMaker Unified Studio."""

    s3_uri: Final[str]
    """The Amazon S3 URI that specifies the location in S3 where files are stored, which is mounted
    within the Studio environment. For example: s3://<bucket-name>/<prefix>/. Since 2025-07-21.
    """
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

class S3FileSystemConfig(Shape):
    """Configuration settings for a custom Amazon S3 file system."""

    mount_path: Final[str | None]
    """The file system path where the Amazon S3 storage location will be mounted within the Amazon
    SageMaker Studio environment. Since 2025-07-21.
    """
    s3_uri: Final[str]
    """The Amazon S3 URI of the S3 file system configuration. Since 2025-07-21."""
    def __init__(
        self,
        *,
        s3_uri: str,
        mount_path: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        mount_path: str | None = ...,
        s3_uri: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class S3ModelDataSource(Shape):
    """Specifies the S3 location of ML model data to deploy."""

    s3_uri: Final[str]
    """Specifies the S3 path of ML model data to deploy. Since 2023-06-21."""
    s3_data_type: Final[S3ModelDataType]
    """Specifies the type of ML model data to deploy. Since 2023-06-21."""
    compression_type: Final[ModelCompressionType]
    """Specifies how the ML model data is prepared. Since 2023-06-21."""
    model_access_config: Final[ModelAccessConfig | None]
    """Specifies the access configuration file for the ML model. You can explicitly accept the model
    end-user license agreement (EULA) within the ModelAccessConfig. You are responsible for
    reviewing and complying with any applicable license terms and making sure they are acceptable
    for your use case before downloading or using a model. Since 2023-11-22.
    """
    hub_access_config: Final[InferenceHubAccessConfig | None]
    """Configuration information for hub access. Since 2024-06-20."""
    manifest_s3_uri: Final[str | None]
    """The Amazon S3 URI of the manifest file. The manifest file is a CSV file that stores the artifact
    locations. Since 2024-09-20.
    """
    e_tag: Final[str | None]
    """The ETag associated with S3 URI. Since 2025-01-02."""
    manifest_etag: Final[str | None]
    """The ETag associated with Manifest S3 URI. Since 2025-01-02."""
    def __init__(
        self,
        *,
        s3_uri: str,
        s3_data_type: S3ModelDataType | S3ModelDataTypeLiteral,
        compression_type: ModelCompressionType | ModelCompressionTypeLiteral,
        model_access_config: ModelAccessConfig | None = None,
        hub_access_config: InferenceHubAccessConfig | None = None,
        manifest_s3_uri: str | None = None,
        e_tag: str | None = None,
        manifest_etag: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        s3_uri: str = ...,
        s3_data_type: S3ModelDataType | S3ModelDataTypeLiteral = ...,
        compression_type: ModelCompressionType | ModelCompressionTypeLiteral = ...,
        model_access_config: ModelAccessConfig | None = ...,
        hub_access_config: InferenceHubAccessConfig | None = ...,
        manifest_s3_uri: str | None = ...,
        e_tag: str | None = ...,
        manifest_etag: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class S3Presign(Shape):
    """Defines any Amazon S3 resource constraints."""

    iam_policy_constraints: Final[IamPolicyConstraints | None]
    """Use this parameter to specify the allowed request source. Possible sources are either SourceIp
    or VpcSourceIp . Since 2024-05-16.
    """
    def __init__(
        self,
        *,
        iam_policy_constraints: IamPolicyConstraints | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        iam_policy_constraints: IamPolicyConstraints | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class S3StorageConfig(Shape):
    """The Amazon Simple Storage (Amazon S3) location of OfflineStore ."""

    s3_uri: Final[str]
    """The S3 URI, or location in Amazon S3, of OfflineStore . Since 2020-12-01."""
    kms_key_id: Final[str | None]
    """The Amazon Web Services Key Management Service (KMS) key ARN of the key used to encrypt any
    objects written into the OfflineStore S3 location. Since 2020-12-01.
    """
    resolved_output_s3_uri: Final[str | None]
    """The S3 path where offline records are written. Since 2021-03-04."""
    def __init__(
        self,
        *,
        s3_uri: str,
        kms_key_id: str | None = None,
        resolved_output_s3_uri: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        s3_uri: str = ...,
        kms_key_id: str | None = ...,
        resolved_output_s3_uri: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ScalingPolicy(Shape):
    """An object containing a recommended scaling policy. A tagged union: at most one attribute is set."""

    target_tracking: Final[TargetTrackingScalingPolicyConfiguration | None]
    """A target tracking scaling policy. Includes support for predefined or customized metrics. Since
    2023-08-02.
    """
    def __init__(
        self,
        *,
        target_tracking: TargetTrackingScalingPolicyConfiguration | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        target_tracking: TargetTrackingScalingPolicyConfiguration | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ScalingPolicyMetric(Shape):
    """An object with a list of metrics that were benchmarked during the previously completed Inference
    Recommender job.
    """

    invocations_per_instance: Final[int | None]
    """The number of invocations sent to a model, normalized by InstanceCount in each
    ProductionVariant. 1/numberOfInstances is sent as the value on each request, where
    numberOfInstances is the number of active instances for the ProductionVariant behind the
    endpoint at the time of the request. Since 2023-08-02.
    """
    model_latency: Final[int | None]
    """The interval of time taken by a model to respond as viewed from SageMaker. This interval
    includes the local communication times taken to send the request and to fetch the response from
    the container of a model and the time taken to complete the inference in the container. Since
    2023-08-02.
    """
    def __init__(
        self,
        *,
        invocations_per_instance: int | None = None,
        model_latency: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        invocations_per_instance: int | None = ...,
        model_latency: int | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ScalingPolicyObjective(Shape):
    """An object where you specify the anticipated traffic pattern for an endpoint."""

    min_invocations_per_minute: Final[int | None]
    """The minimum number of expected requests to your endpoint per minute. Since 2023-08-02."""
    max_invocations_per_minute: Final[int | None]
    """The maximum number of expected requests to your endpoint per minute. Since 2023-08-02."""
    def __init__(
        self,
        *,
        min_invocations_per_minute: int | None = None,
        max_invocations_per_minute: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        min_invocations_per_minute: int | None = ...,
        max_invocations_per_minute: int | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ScheduleConfig(Shape):
    """Configures the monitoring schedule."""

    schedule_expression: Final[str]
    """A cron expression that describes details about the monitoring schedule. Since 2019-12-04."""
    data_analysis_start_time: Final[str | None]
    """Sets the start time for a monitoring job window. Express this time as an offset to the times
    that you schedule your monitoring jobs to run. You schedule monitoring jobs with the
    ScheduleExpression parameter. Specify this offset in ISO 8601 duration format. For example, if
    you want to monitor the five hours of data in your dataset that precede the start of each
    monitoring job, you would specify: "-PT5H". Since 2023-09-19.
    """
    data_analysis_end_time: Final[str | None]
    """Sets the end time for a monitoring job window. Express this time as an offset to the times that
    you schedule your monitoring jobs to run. You schedule monitoring jobs with the
    ScheduleExpression parameter. Specify this offset in ISO 8601 duration format. For example, if
    you want to end the window one hour before the start of each monitoring job, you would specify:
    "-PT1H". Since 2023-09-19.
    """
    def __init__(
        self,
        *,
        schedule_expression: str,
        data_analysis_start_time: str | None = None,
        data_analysis_end_time: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        schedule_expression: str = ...,
        data_analysis_start_time: str | None = ...,
        data_analysis_end_time: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ScheduledUpdateConfig(Shape):
    """The configuration object of the schedule that SageMaker uses to update the AMI."""

    schedule_expression: Final[str]
    """A cron expression that specifies the schedule that SageMaker follows when updating the AMI.
    Since 2025-05-01.
    """
    deployment_config: Final[DeploymentConfiguration | None]
    """The configuration to use when updating the AMI versions. Since 2025-05-01."""
    def __init__(
        self,
        *,
        schedule_expression: str,
        deployment_config: DeploymentConfiguration | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        schedule_expression: str = ...,
        deployment_config: DeploymentConfiguration | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class SchedulerConfig(Shape):
    """Configuration about the monitoring schedule."""

    priority_classes: Final[list[PriorityClass] | None]
    """List of the priority classes, PriorityClass, of the cluster policy. When specified, these class
    configurations define how tasks are queued. Since 2024-12-04.
    """
    fair_share: Final[FairShare | None]
    """When enabled, entities borrow idle compute based on their assigned FairShareWeight. Since
    2024-12-04.
    """
    idle_resource_sharing: Final[IdleResourceSharing | None]
    """Configuration for sharing idle compute resources across entities in the cluster. When enabled,
    unallocated resources are automatically calculated and made available for entities to borrow.
    Since 2026-01-27.
    """
    def __init__(
        self,
        *,
        priority_classes: list[PriorityClass] | None = None,
        fair_share: FairShare | FairShareLiteral | None = None,
        idle_resource_sharing: IdleResourceSharing | IdleResourceSharingLiteral | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        priority_classes: list[PriorityClass] | None = ...,
        fair_share: FairShare | FairShareLiteral | None = ...,
        idle_resource_sharing: IdleResourceSharing | IdleResourceSharingLiteral | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class SearchExpression(Shape):
    """A Boolean conditional statement. Resources must satisfy this condition to be included in search
    results. You must provide at least one subexpression, filter, or nested filter. The maximum
    number of recursive SubExpressions, NestedFilters, and Filters that can be included in a
    SearchExpression object is 50.
    """

    filters: Final[list[Filter] | None]
    """A list of filter objects. Since 2018-11-28."""
    nested_filters: Final[list[NestedFilters] | None]
    """A list of nested filter objects. Since 2018-11-28."""
    sub_expressions: Final[list[SearchExpression] | None]
    """A list of search expression objects. Since 2018-11-28."""
    operator: Final[BooleanOperator | None]
    """A Boolean operator used to evaluate the search expression. If you want every conditional
    statement in all lists to be satisfied for the entire search expression to be true, specify And.
    If only a single conditional statement needs to be true for the entire search expression to be
    true, specify Or. The default value is And. Since 2018-11-28.
    """
    def __init__(
        self,
        *,
        filters: list[Filter] | None = None,
        nested_filters: list[NestedFilters] | None = None,
        sub_expressions: list[SearchExpression] | None = None,
        operator: BooleanOperator | BooleanOperatorLiteral | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        filters: list[Filter] | None = ...,
        nested_filters: list[NestedFilters] | None = ...,
        sub_expressions: list[SearchExpression] | None = ...,
        operator: BooleanOperator | BooleanOperatorLiteral | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class SearchRecord(Shape):
    """A single resource returned as part of the Search API response."""

    training_job: Final[TrainingJob | None]
    """The properties of a training job. Since 2018-11-28."""
    experiment: Final[Experiment | None]
    """The properties of an experiment. Since 2019-12-04."""
    trial: Final[Trial | None]
    """The properties of a trial. Since 2019-12-04."""
    trial_component: Final[TrialComponent | None]
    """The properties of a trial component. Since 2019-12-04."""
    endpoint: Final[Endpoint | None]
    """A hosted endpoint for real-time inference. Since 2020-12-01."""
    model_package: Final[ModelPackage | None]
    """A container for your trained model that can be deployed for SageMaker inference. This can
    include inference code, artifacts, and metadata. The model package type can be one of the
    following.   Versioned model: A part of a model package group in Model Registry. Since
    2020-12-01.
    """
    model_package_group: Final[ModelPackageGroup | None]
    """A group of versioned models in the Model Registry. Since 2020-12-01."""
    pipeline: Final[Pipeline | None]
    """A SageMaker Model Building Pipeline instance. Since 2020-12-01."""
    pipeline_execution: Final[PipelineExecution | None]
    """An execution of a pipeline. Since 2020-12-01."""
    feature_group: Final[FeatureGroup | None]
    """Amazon SageMaker Feature Store stores features in a collection called Feature Group. A Feature
    Group can be visualized as a table which has rows, with a unique identifier for each row where
    each column in the table is a feature. In principle, a Feature Group is composed of features and
    values per features. Since 2020-12-01.
    """
    project: Final[Project | None]
    """The properties of a project. Since 2021-09-14."""
    feature_metadata: Final[FeatureMetadata | None]
    """The feature metadata used to search through the features. Since 2022-06-29."""
    pipeline_version: Final[PipelineVersion | None]
    """The version of the pipeline. Since 2025-07-15. No change-log page shows it: taken from
    botocore's model.
    """
    hyper_parameter_tuning_job: Final[HyperParameterTuningJobSearchEntity | None]
    """The properties of a hyperparameter tuning job. No change-log page shows it: taken from
    botocore's model.
    """
    model_card: Final[ModelCard | None]
    """An Amazon SageMaker Model Card that documents details about a machine learning model. No
    change-log page shows it: taken from botocore's model.
    """
    model: Final[ModelDashboardModel | None]
    """A model displayed in the Amazon SageMaker Model Dashboard. No change-log page shows it: taken
    from botocore's model.
    """
    job: Final[Job | None]
    """The properties of a job. Since 2026-06-04. No change-log page shows it: taken from botocore's
    model.
    """
    def __init__(
        self,
        *,
        training_job: TrainingJob | None = None,
        experiment: Experiment | None = None,
        trial: Trial | None = None,
        trial_component: TrialComponent | None = None,
        endpoint: Endpoint | None = None,
        model_package: ModelPackage | None = None,
        model_package_group: ModelPackageGroup | None = None,
        pipeline: Pipeline | None = None,
        pipeline_execution: PipelineExecution | None = None,
        feature_group: FeatureGroup | None = None,
        project: Project | None = None,
        feature_metadata: FeatureMetadata | None = None,
        pipeline_version: PipelineVersion | None = None,
        hyper_parameter_tuning_job: HyperParameterTuningJobSearchEntity | None = None,
        model_card: ModelCard | None = None,
        model: ModelDashboardModel | None = None,
        job: Job | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        training_job: TrainingJob | None = ...,
        experiment: Experiment | None = ...,
        trial: Trial | None = ...,
        trial_component: TrialComponent | None = ...,
        endpoint: Endpoint | None = ...,
        model_package: ModelPackage | None = ...,
        model_package_group: ModelPackageGroup | None = ...,
        pipeline: Pipeline | None = ...,
        pipeline_execution: PipelineExecution | None = ...,
        feature_group: FeatureGroup | None = ...,
        project: Project | None = ...,
        feature_metadata: FeatureMetadata | None = ...,
        pipeline_version: PipelineVersion | None = ...,
        hyper_parameter_tuning_job: HyperParameterTuningJobSearchEntity | None = ...,
        model_card: ModelCard | None = ...,
        model: ModelDashboardModel | None = ...,
        job: Job | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class SearchRequest(Shape):
    """No description on the pages."""

    resource: Final[ResourceType]
    """The name of the SageMaker resource to search for. Since 2018-11-28."""
    search_expression: Final[SearchExpression | None]
    """A Boolean conditional statement. Resources must satisfy this condition to be included in search
    results. You must provide at least one subexpression, filter, or nested filter. The maximum
    number of recursive SubExpressions, NestedFilters, and Filters that can be included in a
    SearchExpression object is 50. Since 2018-11-28.
    """
    sort_by: Final[str | None]
    """The name of the resource property used to sort the SearchResults. The default is
    LastModifiedTime. Since 2018-11-28.
    """
    sort_order: Final[SearchSortOrder | None]
    """How SearchResults are ordered. Valid values are Ascending or Descending. The default is
    Descending. Since 2018-11-28.
    """
    next_token: Final[str | None]
    """If more than MaxResults resources match the specified SearchExpression, the response includes a
    NextToken. The NextToken can be passed to the next SearchRequest to continue retrieving results.
    Since 2018-11-28.
    """
    max_results: Final[int | None]
    """The maximum number of results to return. Since 2018-11-28."""
    cross_account_filter_option: Final[CrossAccountFilterOption | None]
    """A cross account filter option. When the value is "CrossAccount" the search results will only
    include resources made discoverable to you from other accounts. When the value is "SameAccount"
    or null the search results will only include resources from your account. Default is null. For
    more information on searching for resources made discoverable to your account, see Search
    discoverable resources in the SageMaker Developer Guide. The maximum number of
    ``ResourceCatalog``s viewable is 1000. Since 2023-07-20.
    """
    visibility_conditions: Final[list[VisibilityConditions] | None]
    """Limits the results of your search request to the resources that you can access. Since
    2023-12-21.
    """
    def __init__(
        self,
        *,
        resource: ResourceType | ResourceTypeLiteral,
        search_expression: SearchExpression | None = None,
        sort_by: str | None = None,
        sort_order: SearchSortOrder | SearchSortOrderLiteral | None = None,
        next_token: str | None = None,
        max_results: int | None = None,
        cross_account_filter_option: CrossAccountFilterOption | CrossAccountFilterOptionLiteral | None = None,
        visibility_conditions: list[VisibilityConditions] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        resource: ResourceType | ResourceTypeLiteral = ...,
        search_expression: SearchExpression | None = ...,
        sort_by: str | None = ...,
        sort_order: SearchSortOrder | SearchSortOrderLiteral | None = ...,
        next_token: str | None = ...,
        max_results: int | None = ...,
        cross_account_filter_option: CrossAccountFilterOption | CrossAccountFilterOptionLiteral | None = ...,
        visibility_conditions: list[VisibilityConditions] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class SearchResponse(OutputShape):
    """The result of ``search`` (Search)."""

    results: Final[list[SearchRecord] | None]
    """A list of SearchRecord objects. Since 2018-11-28."""
    next_token: Final[str | None]
    """If the result of the previous Search request was truncated, the response includes a NextToken.
    To retrieve the next set of results, use the token in the next request. Since 2018-11-28.
    """
    total_hits: Final[TotalHits | None]
    """The total number of matching results. Since 2025-03-28. No change-log page shows it: taken from
    botocore's model.
    """
    def __init__(
        self,
        *,
        results: list[SearchRecord] | None = None,
        next_token: str | None = None,
        total_hits: TotalHits | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        results: list[SearchRecord] | None = ...,
        next_token: str | None = ...,
        total_hits: TotalHits | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class SearchTrainingPlanOfferingsRequest(Shape):
    """No description on the pages."""

    instance_type: Final[ReservedCapacityInstanceType | None]
    """The type of instance you want to search for in the available training plan offerings. This field
    allows you to filter the search results based on the specific compute resources you require for
    your SageMaker training jobs or SageMaker HyperPod clusters. When searching for training plan
    offerings, specifying the instance type helps you find Reserved Instances that match your
    computational needs. Since 2024-12-04.
    """
    instance_count: Final[int | None]
    """The number of instances you want to reserve in the training plan offerings. This allows you to
    specify the quantity of compute resources needed for your SageMaker training jobs or SageMaker
    HyperPod clusters, helping you find reserved capacity offerings that match your requirements.
    Since 2024-12-04.
    """
    ultra_server_type: Final[str | None]
    """The type of UltraServer to search for, such as ml.u-p6e-gb200x72. Since 2025-08-08."""
    ultra_server_count: Final[int | None]
    """The number of UltraServers to search for. Since 2025-08-08."""
    start_time_after: Final[datetime | None]
    """A filter to search for training plan offerings with a start time after a specified date. Since
    2024-12-04.
    """
    end_time_before: Final[datetime | None]
    """A filter to search for reserved capacity offerings with an end time before a specified date.
    Since 2024-12-04.
    """
    duration_hours: Final[int | None]
    """The desired duration in hours for the training plan offerings. Since 2024-12-04."""
    target_resources: Final[list[SageMakerResourceName | SageMakerResourceNameLiteral] | None]
    """The target resources (e.g., SageMaker Training Jobs, SageMaker HyperPod, SageMaker Endpoints,
    Studio apps) to search for in the offerings. Since 2024-12-04.
    """
    training_plan_arn: Final[str | None]
    """The Amazon Resource Name (ARN); of an existing training plan to search for extension offerings.
    When specified, the API returns extension offerings that can be used to extend the specified
    training plan. Since 2026-03-11.
    """
    def __init__(
        self,
        *,
        instance_type: ReservedCapacityInstanceType | ReservedCapacityInstanceTypeLiteral | None = None,
        instance_count: int | None = None,
        ultra_server_type: str | None = None,
        ultra_server_count: int | None = None,
        start_time_after: datetime | None = None,
        end_time_before: datetime | None = None,
        duration_hours: int | None = None,
        target_resources: list[SageMakerResourceName | SageMakerResourceNameLiteral] | None = None,
        training_plan_arn: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        instance_type: ReservedCapacityInstanceType | ReservedCapacityInstanceTypeLiteral | None = ...,
        instance_count: int | None = ...,
        ultra_server_type: str | None = ...,
        ultra_server_count: int | None = ...,
        start_time_after: datetime | None = ...,
        end_time_before: datetime | None = ...,
        duration_hours: int | None = ...,
        target_resources: list[SageMakerResourceName | SageMakerResourceNameLiteral] | None = ...,
        training_plan_arn: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class SearchTrainingPlanOfferingsResponse(OutputShape):
    """The result of ``search_training_plan_offerings`` (SearchTrainingPlanOfferings)."""

    training_plan_offerings: Final[list[TrainingPlanOffering] | None]
    """A list of training plan offerings that match the search criteria. Since 2024-12-04."""
    training_plan_extension_offerings: Final[list[TrainingPlanExtensionOffering] | None]
    """A list of extension offerings available for the specified training plan. These offerings can be
    used with the ExtendTrainingPlan API to extend an existing training plan. Since 2026-03-11.
    """
    def __init__(
        self,
        *,
        training_plan_offerings: list[TrainingPlanOffering] | None = None,
        training_plan_extension_offerings: list[TrainingPlanExtensionOffering] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        training_plan_offerings: list[TrainingPlanOffering] | None = ...,
        training_plan_extension_offerings: list[TrainingPlanExtensionOffering] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class SecondaryStatusTransition(Shape):
    """An array element of SecondaryStatusTransitions for DescribeTrainingJob. It provides additional
    details about a status that the training job has transitioned through. A training job can be in
    one of several states, for example, starting, downloading, training, or uploading. Within each
    state, there are a number of intermediate states. For example, within the starting state,
    SageMaker could be starting the training job or launching the ML instances. These transitional
    states are referred to as the job's secondary status.
    """

    status: Final[SecondaryStatus | None]
    """Contains a secondary status information from a training job. Since 2018-07-30."""
    start_time: Final[datetime | None]
    """A timestamp that shows when the training job transitioned to the current secondary status state.
    Since 2018-07-30.
    """
    end_time: Final[datetime | None]
    """A timestamp that shows when the training job transitioned out of this secondary status state
    into another secondary status state or when the training job has ended. Since 2018-07-30.
    """
    status_message: Final[str | None]
    """A detailed description of the progress within a secondary status. Since 2018-07-30."""
    def __init__(
        self,
        *,
        status: SecondaryStatus | SecondaryStatusLiteral | None = None,
        start_time: datetime | None = None,
        end_time: datetime | None = None,
        status_message: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        status: SecondaryStatus | SecondaryStatusLiteral | None = ...,
        start_time: datetime | None = ...,
        end_time: datetime | None = ...,
        status_message: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class SelectedStep(Shape):
    """A step selected to run in selective execution mode."""

    step_name: Final[str]
    """The name of the pipeline step. Since 2023-06-02."""
    def __init__(
        self,
        *,
        step_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        step_name: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class SelectiveExecutionConfig(Shape):
    """The selective execution configuration applied to the pipeline run."""

    source_pipeline_execution_arn: Final[str | None]
    """The ARN from a reference execution of the current pipeline. Used to copy input collaterals
    needed for the selected steps to run. The execution status of the pipeline can be either Failed
    or Success. Since 2023-06-02.
    """
    selected_steps: Final[list[SelectedStep]]
    """A list of pipeline steps to run. All step(s) in all path(s) between two selected steps should be
    included. Since 2023-06-02.
    """
    def __init__(
        self,
        *,
        selected_steps: list[SelectedStep],
        source_pipeline_execution_arn: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        source_pipeline_execution_arn: str | None = ...,
        selected_steps: list[SelectedStep] = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class SelectiveExecutionResult(Shape):
    """The ARN from an execution of the current pipeline from which results are reused for this step."""

    source_pipeline_execution_arn: Final[str | None]
    """The ARN from an execution of the current pipeline. Since 2023-06-02."""
    def __init__(
        self,
        *,
        source_pipeline_execution_arn: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        source_pipeline_execution_arn: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class SendPipelineExecutionStepFailureRequest(Shape):
    """No description on the pages."""

    callback_token: Final[str]
    """The pipeline generated token from the Amazon SQS queue. Since 2021-06-07."""
    failure_reason: Final[str | None]
    """A message describing why the step failed. Since 2021-06-07."""
    client_request_token: Final[str | None]
    """A unique, case-sensitive identifier that you provide to ensure the idempotency of the operation.
    An idempotent operation completes no more than one time. Since 2021-06-07.
    """
    def __init__(
        self,
        *,
        callback_token: str,
        failure_reason: str | None = None,
        client_request_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        callback_token: str = ...,
        failure_reason: str | None = ...,
        client_request_token: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class SendPipelineExecutionStepFailureResponse(OutputShape):
    """The result of ``send_pipeline_execution_step_failure`` (SendPipelineExecutionStepFailure)."""

    pipeline_execution_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the pipeline execution. Since 2021-06-07."""
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

class SendPipelineExecutionStepSuccessRequest(Shape):
    """No description on the pages."""

    callback_token: Final[str]
    """The pipeline generated token from the Amazon SQS queue. Since 2021-06-07."""
    output_parameters: Final[list[OutputParameter] | None]
    """A list of the output parameters of the callback step. Since 2021-06-07."""
    client_request_token: Final[str | None]
    """A unique, case-sensitive identifier that you provide to ensure the idempotency of the operation.
    An idempotent operation completes no more than one time. Since 2021-06-07.
    """
    def __init__(
        self,
        *,
        callback_token: str,
        output_parameters: list[OutputParameter] | None = None,
        client_request_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        callback_token: str = ...,
        output_parameters: list[OutputParameter] | None = ...,
        client_request_token: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class SendPipelineExecutionStepSuccessResponse(OutputShape):
    """The result of ``send_pipeline_execution_step_success`` (SendPipelineExecutionStepSuccess)."""

    pipeline_execution_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the pipeline execution. Since 2021-06-07."""
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

class ServerlessJobConfig(Shape):
    """The configuration for serverless training jobs."""

    base_model_arn: Final[str]
    """The base model Amazon Resource Name (ARN) in SageMaker Public Hub. SageMaker always selects the
    latest version of the provided model. Since 2025-12-03.
    """
    accept_eula: Final[bool | None]
    """Specifies agreement to the model end-user license agreement (EULA). The AcceptEula value must be
    explicitly defined as True in order to accept the EULA that this model requires. You are
    responsible for reviewing and complying with any applicable license terms and making sure they
    are acceptable for your use case before downloading or using a model. For more information, see
    End-user license agreements section for more details on accepting the EULA. Since 2025-12-03.
    """
    job_type: Final[ServerlessJobType]
    """The serverless training job type. Since 2025-12-03."""
    customization_technique: Final[CustomizationTechnique | None]
    """The model customization technique. Since 2025-12-03."""
    peft: Final[Peft | None]
    """The parameter-efficient fine-tuning configuration. Since 2025-12-03."""
    evaluation_type: Final[EvaluationType | None]
    """The evaluation job type. Required when serverless job type is Evaluation. Since 2025-12-03.
    """
    evaluator_arn: Final[str | None]
    """The evaluator Amazon Resource Name (ARN) used as reward function or reward prompt. Since
    2025-12-03.
    """
    sequence_length: Final[str | None]
    """The maximum sequence length, in tokens, that the customization job supports. SageMaker uses this
    value to select a training configuration for the base model that you specify. The parameter
    supports the following values: Since 2026-08-06.
    """
    def __init__(
        self,
        *,
        base_model_arn: str,
        job_type: ServerlessJobType | ServerlessJobTypeLiteral,
        accept_eula: bool | None = None,
        customization_technique: CustomizationTechnique | CustomizationTechniqueLiteral | None = None,
        peft: Peft | PeftLiteral | None = None,
        evaluation_type: EvaluationType | EvaluationTypeLiteral | None = None,
        evaluator_arn: str | None = None,
        sequence_length: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        base_model_arn: str = ...,
        accept_eula: bool | None = ...,
        job_type: ServerlessJobType | ServerlessJobTypeLiteral = ...,
        customization_technique: CustomizationTechnique | CustomizationTechniqueLiteral | None = ...,
        peft: Peft | PeftLiteral | None = ...,
        evaluation_type: EvaluationType | EvaluationTypeLiteral | None = ...,
        evaluator_arn: str | None = ...,
        sequence_length: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ServiceCatalogProvisionedProductDetails(Shape):
    """Information about a provisioned service catalog product."""

    provisioned_product_id: Final[str | None]
    """The ID of the provisioned product. Since 2020-12-01."""
    provisioned_product_status_message: Final[str | None]
    """The current status of the product. Since 2020-12-01."""
    def __init__(
        self,
        *,
        provisioned_product_id: str | None = None,
        provisioned_product_status_message: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        provisioned_product_id: str | None = ...,
        provisioned_product_status_message: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ServiceCatalogProvisioningDetails(Shape):
    """The product ID and provisioning artifact ID to provision a service catalog. The provisioning
    artifact ID will default to the latest provisioning artifact ID of the product, if you don't
    provide the provisioning artifact ID. For more information, see What is Amazon Web Services
    Service Catalog.
    """

    product_id: Final[str]
    """The ID of the product to provision. Since 2020-12-01."""
    provisioning_artifact_id: Final[str | None]
    """The ID of the provisioning artifact. Since 2020-12-01."""
    path_id: Final[str | None]
    """The path identifier of the product. This value is optional if the product has a default path,
    and required if the product has more than one path. Since 2020-12-01.
    """
    provisioning_parameters: Final[list[ProvisioningParameter] | None]
    """A list of key value pairs that you specify when you provision a product. Since 2020-12-01."""
    def __init__(
        self,
        *,
        product_id: str,
        provisioning_artifact_id: str | None = None,
        path_id: str | None = None,
        provisioning_parameters: list[ProvisioningParameter] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        product_id: str = ...,
        provisioning_artifact_id: str | None = ...,
        path_id: str | None = ...,
        provisioning_parameters: list[ProvisioningParameter] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ServiceCatalogProvisioningUpdateDetails(Shape):
    """The product ID and provisioning artifact ID to provision a service catalog. The provisioning
    artifact ID will default to the latest provisioning artifact ID of the product, if you don't
    provide the provisioning artifact ID. For more information, see What is Amazon Web Services
    Service Catalog.
    """

    provisioning_artifact_id: Final[str | None]
    """The ID of the provisioning artifact. Since 2021-10-27."""
    provisioning_parameters: Final[list[ProvisioningParameter] | None]
    """A list of key value pairs that you specify when you provision a product. Since 2021-10-27."""
    def __init__(
        self,
        *,
        provisioning_artifact_id: str | None = None,
        provisioning_parameters: list[ProvisioningParameter] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        provisioning_artifact_id: str | None = ...,
        provisioning_parameters: list[ProvisioningParameter] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class SessionChainingConfig(Shape):
    """Contains information about attribute-based access control (ABAC) for the training job."""

    enable_session_tag_chaining: Final[bool | None]
    """Set to True to allow SageMaker to extract session tags from a training job creation role and
    reuse these tags when assuming the training job execution role. Since 2024-04-30.
    """
    def __init__(
        self,
        *,
        enable_session_tag_chaining: bool | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        enable_session_tag_chaining: bool | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ShadowModeConfig(Shape):
    """The configuration of ShadowMode inference experiment type. Use this field to specify a
    production variant which takes all the inference requests, and a shadow variant to which Amazon
    SageMaker replicates a percentage of the inference requests. For the shadow variant also specify
    the percentage of requests that Amazon SageMaker replicates.
    """

    source_model_variant_name: Final[str]
    """The name of the production variant, which takes all the inference requests. Since 2022-11-30.
    """
    shadow_model_variants: Final[list[ShadowModelVariantConfig]]
    """List of shadow variant configurations. Since 2022-11-30."""
    def __init__(
        self,
        *,
        source_model_variant_name: str,
        shadow_model_variants: list[ShadowModelVariantConfig],
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        source_model_variant_name: str = ...,
        shadow_model_variants: list[ShadowModelVariantConfig] = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ShadowModelVariantConfig(Shape):
    """The name and sampling percentage of a shadow variant."""

    shadow_model_variant_name: Final[str]
    """The name of the shadow variant. Since 2022-11-30."""
    sampling_percentage: Final[int]
    """The percentage of inference requests that Amazon SageMaker replicates from the production
    variant to the shadow variant. Since 2022-11-30.
    """
    def __init__(
        self,
        *,
        shadow_model_variant_name: str,
        sampling_percentage: int,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        shadow_model_variant_name: str = ...,
        sampling_percentage: int = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class SharingSettings(Shape):
    """Specifies options for sharing Amazon SageMaker AI Studio notebooks."""

    notebook_output_option: Final[NotebookOutputOption | None]
    """Whether to include the notebook cell output when sharing the notebook. The default is Disabled.
    Since 2019-12-04.
    """
    s3_output_path: Final[str | None]
    """When NotebookOutputOption is Allowed, the Amazon S3 bucket used to store the shared notebook
    snapshots. Since 2019-12-04.
    """
    s3_kms_key_id: Final[str | None]
    """When NotebookOutputOption is Allowed, the Amazon Web Services Key Management Service (KMS)
    encryption key ID used to encrypt the notebook cell output in the Amazon S3 bucket. Since
    2019-12-04.
    """
    def __init__(
        self,
        *,
        notebook_output_option: NotebookOutputOption | NotebookOutputOptionLiteral | None = None,
        s3_output_path: str | None = None,
        s3_kms_key_id: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        notebook_output_option: NotebookOutputOption | NotebookOutputOptionLiteral | None = ...,
        s3_output_path: str | None = ...,
        s3_kms_key_id: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ShuffleConfig(Shape):
    """A configuration for a shuffle option for input data in a channel. If you use S3Prefix for
    S3DataType, this shuffles the results of the S3 key prefix matches. If you use ManifestFile, the
    order of the S3 object references in the ManifestFile is shuffled. If you use
    AugmentedManifestFile, the order of the JSON lines in the AugmentedManifestFile is shuffled. The
    shuffling order is determined using the Seed value.
    """

    seed: Final[int]
    """Determines the shuffling order in ShuffleConfig value. Since 2018-11-28."""
    def __init__(
        self,
        *,
        seed: int,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        seed: int = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class SourceAlgorithm(Shape):
    """Specifies an algorithm that was used to create the model package. The algorithm must be either
    an algorithm resource in your SageMaker account or an algorithm in Amazon Web Services
    Marketplace that you are subscribed to.
    """

    model_data_url: Final[str | None]
    """The Amazon S3 path where the model artifacts, which result from model training, are stored. This
    path must point to a single gzip compressed tar archive ( .tar.gz suffix). Since 2018-11-28.
    """
    model_data_source: Final[ModelDataSource | None]
    """Specifies the location of ML model data to deploy during endpoint creation. Since 2024-02-29.
    """
    model_data_e_tag: Final[str | None]
    """The ETag associated with Model Data URL. Since 2025-01-02."""
    algorithm_name: Final[str]
    """The name of an algorithm that was used to create the model package. The algorithm must be either
    an algorithm resource in your SageMaker account or an algorithm in Amazon Web Services
    Marketplace that you are subscribed to. Since 2018-11-28.
    """
    def __init__(
        self,
        *,
        algorithm_name: str,
        model_data_url: str | None = None,
        model_data_source: ModelDataSource | None = None,
        model_data_e_tag: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        model_data_url: str | None = ...,
        model_data_source: ModelDataSource | None = ...,
        model_data_e_tag: str | None = ...,
        algorithm_name: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class SourceAlgorithmSpecification(Shape):
    """Details about the algorithm that was used to create the model package."""

    source_algorithms: Final[list[SourceAlgorithm]]
    """A list of the algorithms that were used to create a model package. Since 2018-11-28."""
    def __init__(
        self,
        *,
        source_algorithms: list[SourceAlgorithm],
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        source_algorithms: list[SourceAlgorithm] = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class SourceIpConfig(Shape):
    """A list of IP address ranges ( CIDRs). Used to create an allow list of IP addresses for a private
    workforce. Workers will only be able to log in to their worker portal from an IP address within
    this range. By default, a workforce isn't restricted to specific IP addresses.
    """

    cidrs: Final[list[str]]
    """A list of one to ten Classless Inter-Domain Routing (CIDR) values. Since 2020-01-16."""
    def __init__(
        self,
        *,
        cidrs: list[str],
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        cidrs: list[str] = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class SpaceAppLifecycleManagement(Shape):
    """Settings that are used to configure and manage the lifecycle of CodeEditor applications in a
    space.
    """

    idle_settings: Final[SpaceIdleSettings | None]
    """Settings related to idle shutdown of Studio applications. Since 2024-09-05."""
    def __init__(
        self,
        *,
        idle_settings: SpaceIdleSettings | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        idle_settings: SpaceIdleSettings | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class SpaceCodeEditorAppSettings(Shape):
    """The Code Editor application settings."""

    default_resource_spec: Final[ResourceSpec | None]
    """Specifies the ARN's of a SageMaker AI image and SageMaker AI image version, and the instance
    type that the version runs on. Since 2023-11-30.
    """
    app_lifecycle_management: Final[SpaceAppLifecycleManagement | None]
    """Settings that are used to configure and manage the lifecycle of CodeEditor applications in a
    space. Since 2024-09-05.
    """
    def __init__(
        self,
        *,
        default_resource_spec: ResourceSpec | None = None,
        app_lifecycle_management: SpaceAppLifecycleManagement | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        default_resource_spec: ResourceSpec | None = ...,
        app_lifecycle_management: SpaceAppLifecycleManagement | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class SpaceDetails(Shape):
    """The space's details."""

    domain_id: Final[str | None]
    """The ID of the associated domain. Since 2022-11-30."""
    space_name: Final[str | None]
    """The name of the space. Since 2022-11-30."""
    status: Final[SpaceStatus | None]
    """The status. Since 2022-11-30."""
    creation_time: Final[datetime | None]
    """The creation time. Since 2022-11-30."""
    last_modified_time: Final[datetime | None]
    """The last modified time. Since 2022-11-30."""
    space_settings_summary: Final[SpaceSettingsSummary | None]
    """Specifies summary information about the space settings. Since 2023-11-30."""
    space_sharing_settings_summary: Final[SpaceSharingSettingsSummary | None]
    """Specifies summary information about the space sharing settings. Since 2023-11-30."""
    ownership_settings_summary: Final[OwnershipSettingsSummary | None]
    """Specifies summary information about the ownership settings. Since 2023-11-30."""
    space_display_name: Final[str | None]
    """The name of the space that appears in the Studio UI. Since 2023-11-30."""
    def __init__(
        self,
        *,
        domain_id: str | None = None,
        space_name: str | None = None,
        status: SpaceStatus | SpaceStatusLiteral | None = None,
        creation_time: datetime | None = None,
        last_modified_time: datetime | None = None,
        space_settings_summary: SpaceSettingsSummary | None = None,
        space_sharing_settings_summary: SpaceSharingSettingsSummary | None = None,
        ownership_settings_summary: OwnershipSettingsSummary | None = None,
        space_display_name: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        domain_id: str | None = ...,
        space_name: str | None = ...,
        status: SpaceStatus | SpaceStatusLiteral | None = ...,
        creation_time: datetime | None = ...,
        last_modified_time: datetime | None = ...,
        space_settings_summary: SpaceSettingsSummary | None = ...,
        space_sharing_settings_summary: SpaceSharingSettingsSummary | None = ...,
        ownership_settings_summary: OwnershipSettingsSummary | None = ...,
        space_display_name: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class SpaceIdleSettings(Shape):
    """Settings related to idle shutdown of Studio applications."""

    idle_timeout_in_minutes: Final[int | None]
    """The time that SageMaker waits after the application becomes idle before shutting it down. Since
    2024-09-05.
    """
    def __init__(
        self,
        *,
        idle_timeout_in_minutes: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        idle_timeout_in_minutes: int | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class SpaceJupyterLabAppSettings(Shape):
    """The settings for the JupyterLab application."""

    default_resource_spec: Final[ResourceSpec | None]
    """Specifies the ARN's of a SageMaker AI image and SageMaker AI image version, and the instance
    type that the version runs on. Since 2023-11-30.
    """
    code_repositories: Final[list[CodeRepository] | None]
    """A list of Git repositories that SageMaker automatically displays to users for cloning in the
    JupyterLab application. Since 2023-11-30.
    """
    app_lifecycle_management: Final[SpaceAppLifecycleManagement | None]
    """Settings that are used to configure and manage the lifecycle of JupyterLab applications in a
    space. Since 2024-09-05.
    """
    def __init__(
        self,
        *,
        default_resource_spec: ResourceSpec | None = None,
        code_repositories: list[CodeRepository] | None = None,
        app_lifecycle_management: SpaceAppLifecycleManagement | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        default_resource_spec: ResourceSpec | None = ...,
        code_repositories: list[CodeRepository] | None = ...,
        app_lifecycle_management: SpaceAppLifecycleManagement | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class SpaceSettings(Shape):
    """A collection of space settings."""

    jupyter_server_app_settings: Final[JupyterServerAppSettings | None]
    """The JupyterServer app settings. Since 2022-11-30."""
    kernel_gateway_app_settings: Final[KernelGatewayAppSettings | None]
    """The KernelGateway app settings. Since 2022-11-30."""
    code_editor_app_settings: Final[SpaceCodeEditorAppSettings | None]
    """The Code Editor application settings. Since 2023-11-30."""
    jupyter_lab_app_settings: Final[SpaceJupyterLabAppSettings | None]
    """The settings for the JupyterLab application. Since 2023-11-30."""
    app_type: Final[AppType | None]
    """The type of app created within the space. Since 2023-11-30."""
    space_storage_settings: Final[SpaceStorageSettings | None]
    """The storage settings for a space. Since 2023-11-30."""
    space_managed_resources: Final[FeatureStatus | None]
    """If you enable this option, SageMaker AI creates the following resources on your behalf when you
    create the space: Since 2025-05-07.
    """
    custom_file_systems: Final[list[CustomFileSystem] | None]
    """A file system, created by you, that you assign to a space for an Amazon SageMaker AI Domain.
    Permitted users can access this file system in Amazon SageMaker AI Studio. Since 2023-11-30.
    """
    remote_access: Final[FeatureStatus | None]
    """A setting that enables or disables remote access for a SageMaker space. When enabled, this
    allows you to connect to the remote space from your local IDE. Since 2025-07-03.
    """
    def __init__(
        self,
        *,
        jupyter_server_app_settings: JupyterServerAppSettings | None = None,
        kernel_gateway_app_settings: KernelGatewayAppSettings | None = None,
        code_editor_app_settings: SpaceCodeEditorAppSettings | None = None,
        jupyter_lab_app_settings: SpaceJupyterLabAppSettings | None = None,
        app_type: AppType | AppTypeLiteral | None = None,
        space_storage_settings: SpaceStorageSettings | None = None,
        space_managed_resources: FeatureStatus | FeatureStatusLiteral | None = None,
        custom_file_systems: list[CustomFileSystem] | None = None,
        remote_access: FeatureStatus | FeatureStatusLiteral | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        jupyter_server_app_settings: JupyterServerAppSettings | None = ...,
        kernel_gateway_app_settings: KernelGatewayAppSettings | None = ...,
        code_editor_app_settings: SpaceCodeEditorAppSettings | None = ...,
        jupyter_lab_app_settings: SpaceJupyterLabAppSettings | None = ...,
        app_type: AppType | AppTypeLiteral | None = ...,
        space_storage_settings: SpaceStorageSettings | None = ...,
        space_managed_resources: FeatureStatus | FeatureStatusLiteral | None = ...,
        custom_file_systems: list[CustomFileSystem] | None = ...,
        remote_access: FeatureStatus | FeatureStatusLiteral | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class SpaceSettingsSummary(Shape):
    """Specifies summary information about the space settings."""

    app_type: Final[AppType | None]
    """The type of app created within the space. Since 2023-11-30."""
    remote_access: Final[FeatureStatus | None]
    """A setting that enables or disables remote access for a SageMaker space. When enabled, this
    allows you to connect to the remote space from your local IDE. Since 2025-07-03.
    """
    space_storage_settings: Final[SpaceStorageSettings | None]
    """The storage settings for a space. Since 2023-11-30."""
    def __init__(
        self,
        *,
        app_type: AppType | AppTypeLiteral | None = None,
        remote_access: FeatureStatus | FeatureStatusLiteral | None = None,
        space_storage_settings: SpaceStorageSettings | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        app_type: AppType | AppTypeLiteral | None = ...,
        remote_access: FeatureStatus | FeatureStatusLiteral | None = ...,
        space_storage_settings: SpaceStorageSettings | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class SpaceSharingSettings(Shape):
    """A collection of space sharing settings."""

    sharing_type: Final[SharingType]
    """Specifies the sharing type of the space. Since 2023-11-30."""
    def __init__(
        self,
        *,
        sharing_type: SharingType | SharingTypeLiteral,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        sharing_type: SharingType | SharingTypeLiteral = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class SpaceSharingSettingsSummary(Shape):
    """Specifies summary information about the space sharing settings."""

    sharing_type: Final[SharingType | None]
    """Specifies the sharing type of the space. Since 2023-11-30."""
    def __init__(
        self,
        *,
        sharing_type: SharingType | SharingTypeLiteral | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        sharing_type: SharingType | SharingTypeLiteral | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class SpaceStorageSettings(Shape):
    """The storage settings for a space."""

    ebs_storage_settings: Final[EbsStorageSettings | None]
    """A collection of EBS storage settings for a space. Since 2023-11-30."""
    def __init__(
        self,
        *,
        ebs_storage_settings: EbsStorageSettings | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        ebs_storage_settings: EbsStorageSettings | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class Stairs(Shape):
    """Defines the stairs traffic pattern."""

    duration_in_seconds: Final[int | None]
    """Defines how long each traffic step should be. Since 2023-08-01."""
    number_of_steps: Final[int | None]
    """Specifies how many steps to perform during traffic. Since 2023-08-01."""
    users_per_step: Final[int | None]
    """Specifies how many new users to spawn in each step. Since 2023-08-01."""
    def __init__(
        self,
        *,
        duration_in_seconds: int | None = None,
        number_of_steps: int | None = None,
        users_per_step: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        duration_in_seconds: int | None = ...,
        number_of_steps: int | None = ...,
        users_per_step: int | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class StartClusterHealthCheckRequest(Shape):
    """No description on the pages."""

    cluster_name: Final[str]
    """The string name or the Amazon Resource Name (ARN) of the SageMaker HyperPod cluster. Since
    2026-04-10.
    """
    deep_health_check_configurations: Final[list[InstanceGroupHealthCheckConfiguration]]
    """A list of configurations containing instance group names, EC2 instance IDs, and deep health
    checks to perform. Since 2026-04-10.
    """
    def __init__(
        self,
        *,
        cluster_name: str,
        deep_health_check_configurations: list[InstanceGroupHealthCheckConfiguration],
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        cluster_name: str = ...,
        deep_health_check_configurations: list[InstanceGroupHealthCheckConfiguration] = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class StartClusterHealthCheckResponse(OutputShape):
    """The result of ``start_cluster_health_check`` (StartClusterHealthCheck)."""

    cluster_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the SageMaker HyperPod cluster on which the deep health checks
    were initiated. Since 2026-04-10.
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

class StartEdgeDeploymentStageRequest(Shape):
    """No description on the pages."""

    edge_deployment_plan_name: Final[str]
    """The name of the edge deployment plan to start. Since 2022-07-18."""
    stage_name: Final[str]
    """The name of the stage to start. Since 2022-07-18."""
    def __init__(
        self,
        *,
        edge_deployment_plan_name: str,
        stage_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        edge_deployment_plan_name: str = ...,
        stage_name: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class StartEdgeDeploymentStageResponse(OutputShape):
    """The result of ``start_edge_deployment_stage`` (StartEdgeDeploymentStage)."""

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

class StartInferenceExperimentRequest(Shape):
    """No description on the pages."""

    name: Final[str]
    """The name of the inference experiment to start. Since 2022-11-30."""
    def __init__(
        self,
        *,
        name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        name: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class StartInferenceExperimentResponse(OutputShape):
    """The result of ``start_inference_experiment`` (StartInferenceExperiment)."""

    inference_experiment_arn: Final[str | None]
    """The ARN of the started inference experiment to start. Since 2022-11-30."""
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

class StartMlflowTrackingServerRequest(Shape):
    """No description on the pages."""

    tracking_server_name: Final[str]
    """The name of the tracking server to start. Since 2024-06-18."""
    def __init__(
        self,
        *,
        tracking_server_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        tracking_server_name: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class StartMlflowTrackingServerResponse(OutputShape):
    """The result of ``start_mlflow_tracking_server`` (StartMlflowTrackingServer)."""

    tracking_server_arn: Final[str | None]
    """The ARN of the started tracking server. Since 2024-06-18."""
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

class StartMonitoringScheduleRequest(Shape):
    """No description on the pages."""

    monitoring_schedule_name: Final[str]
    """The name of the schedule to start. Since 2019-12-04."""
    def __init__(
        self,
        *,
        monitoring_schedule_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        monitoring_schedule_name: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class StartMonitoringScheduleResponse(OutputShape):
    """The result of ``start_monitoring_schedule`` (StartMonitoringSchedule)."""

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

class StartNotebookInstanceInput(Shape):
    """No description on the pages."""

    notebook_instance_name: Final[str]
    """The name of the notebook instance to start. Since 2017-11-29."""
    def __init__(
        self,
        *,
        notebook_instance_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        notebook_instance_name: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class StartNotebookInstanceResponse(OutputShape):
    """The result of ``start_notebook_instance`` (StartNotebookInstance)."""

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

class StartPipelineExecutionRequest(Shape):
    """No description on the pages."""

    pipeline_name: Final[str]
    """The name or Amazon Resource Name (ARN) of the pipeline. Since 2020-12-01."""
    pipeline_execution_display_name: Final[str | None]
    """The display name of the pipeline execution. Since 2020-12-01."""
    pipeline_parameters: Final[list[Parameter] | None]
    """Contains a list of pipeline parameters. This list can be empty. Since 2020-12-01."""
    pipeline_execution_description: Final[str | None]
    """The description of the pipeline execution. Since 2020-12-01."""
    client_request_token: Final[str]
    """A unique, case-sensitive identifier that you provide to ensure the idempotency of the operation.
    An idempotent operation completes no more than once. Since 2020-12-01.
    """
    parallelism_configuration: Final[ParallelismConfiguration | None]
    """This configuration, if specified, overrides the parallelism configuration of the parent pipeline
    for this specific run. Since 2022-01-03.
    """
    selective_execution_config: Final[SelectiveExecutionConfig | None]
    """The selective execution configuration applied to the pipeline run. Since 2023-06-02."""
    pipeline_version_id: Final[int | None]
    """The ID of the pipeline version to start execution from. Since 2025-07-15."""
    mlflow_experiment_name: Final[str | None]
    """The MLflow experiment name of the start execution. Since 2025-12-03."""
    def __init__(
        self,
        *,
        pipeline_name: str,
        client_request_token: str,
        pipeline_execution_display_name: str | None = None,
        pipeline_parameters: list[Parameter] | None = None,
        pipeline_execution_description: str | None = None,
        parallelism_configuration: ParallelismConfiguration | None = None,
        selective_execution_config: SelectiveExecutionConfig | None = None,
        pipeline_version_id: int | None = None,
        mlflow_experiment_name: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        pipeline_name: str = ...,
        pipeline_execution_display_name: str | None = ...,
        pipeline_parameters: list[Parameter] | None = ...,
        pipeline_execution_description: str | None = ...,
        client_request_token: str = ...,
        parallelism_configuration: ParallelismConfiguration | None = ...,
        selective_execution_config: SelectiveExecutionConfig | None = ...,
        pipeline_version_id: int | None = ...,
        mlflow_experiment_name: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class StartPipelineExecutionResponse(OutputShape):
    """The result of ``start_pipeline_execution`` (StartPipelineExecution)."""

    pipeline_execution_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the pipeline execution. Since 2020-12-01."""
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

class StartSessionRequest(Shape):
    """No description on the pages."""

    resource_identifier: Final[str]
    """The Amazon Resource Name (ARN) of the resource to which the remote connection will be
    established. For example, this identifies the specific ARN space application you want to connect
    to from your local IDE. Since 2025-07-03.
    """
    def __init__(
        self,
        *,
        resource_identifier: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        resource_identifier: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class StartSessionResponse(OutputShape):
    """The result of ``start_session`` (StartSession)."""

    session_id: Final[str | None]
    """A unique identifier for the established remote connection session. Since 2025-07-03."""
    stream_url: Final[str | None]
    """A WebSocket URL used to establish a SSH connection between the local IDE and remote SageMaker
    space. Since 2025-07-03.
    """
    token_value: Final[str | None]
    """An encrypted token value containing session and caller information. Since 2025-07-03."""
    def __init__(
        self,
        *,
        session_id: str | None = None,
        stream_url: str | None = None,
        token_value: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        session_id: str | None = ...,
        stream_url: str | None = ...,
        token_value: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class StopAIBenchmarkJobRequest(Shape):
    """No description on the pages."""

    ai_benchmark_job_name: Final[str]
    """The name of the AI benchmark job to stop. Since 2026-04-21."""
    def __init__(
        self,
        *,
        ai_benchmark_job_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        ai_benchmark_job_name: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class StopAIBenchmarkJobResponse(OutputShape):
    """The result of ``stop_ai_benchmark_job`` (StopAIBenchmarkJob)."""

    ai_benchmark_job_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the stopped benchmark job. Since 2026-04-21."""
    def __init__(
        self,
        *,
        ai_benchmark_job_arn: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        ai_benchmark_job_arn: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class StopAIRecommendationJobRequest(Shape):
    """No description on the pages."""

    ai_recommendation_job_name: Final[str]
    """The name of the AI recommendation job to stop. Since 2026-04-21."""
    def __init__(
        self,
        *,
        ai_recommendation_job_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        ai_recommendation_job_name: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class StopAIRecommendationJobResponse(OutputShape):
    """The result of ``stop_ai_recommendation_job`` (StopAIRecommendationJob)."""

    ai_recommendation_job_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the stopped recommendation job. Since 2026-04-21."""
    def __init__(
        self,
        *,
        ai_recommendation_job_arn: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        ai_recommendation_job_arn: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class StopAutoMLJobRequest(Shape):
    """No description on the pages."""

    auto_ml_job_name: Final[str]
    """The name of the object you are requesting. Since 2019-12-04."""
    def __init__(
        self,
        *,
        auto_ml_job_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        auto_ml_job_name: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class StopAutoMLJobResponse(OutputShape):
    """The result of ``stop_auto_ml_job`` (StopAutoMLJob)."""

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

class StopCompilationJobRequest(Shape):
    """No description on the pages."""

    compilation_job_name: Final[str]
    """The name of the model compilation job to stop. Since 2018-11-28."""
    def __init__(
        self,
        *,
        compilation_job_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        compilation_job_name: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class StopCompilationJobResponse(OutputShape):
    """The result of ``stop_compilation_job`` (StopCompilationJob)."""

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

class StopEdgeDeploymentStageRequest(Shape):
    """No description on the pages."""

    edge_deployment_plan_name: Final[str]
    """The name of the edge deployment plan to stop. Since 2022-07-18."""
    stage_name: Final[str]
    """The name of the stage to stop. Since 2022-07-18."""
    def __init__(
        self,
        *,
        edge_deployment_plan_name: str,
        stage_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        edge_deployment_plan_name: str = ...,
        stage_name: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class StopEdgeDeploymentStageResponse(OutputShape):
    """The result of ``stop_edge_deployment_stage`` (StopEdgeDeploymentStage)."""

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

class StopEdgePackagingJobRequest(Shape):
    """No description on the pages."""

    edge_packaging_job_name: Final[str]
    """The name of the edge packaging job. Since 2020-12-08."""
    def __init__(
        self,
        *,
        edge_packaging_job_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        edge_packaging_job_name: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class StopEdgePackagingJobResponse(OutputShape):
    """The result of ``stop_edge_packaging_job`` (StopEdgePackagingJob)."""

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

class StopHyperParameterTuningJobRequest(Shape):
    """No description on the pages."""

    hyper_parameter_tuning_job_name: Final[str]
    """The name of the tuning job to stop. Since 2018-06-04."""
    def __init__(
        self,
        *,
        hyper_parameter_tuning_job_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        hyper_parameter_tuning_job_name: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class StopHyperParameterTuningJobResponse(OutputShape):
    """The result of ``stop_hyper_parameter_tuning_job`` (StopHyperParameterTuningJob)."""

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

class StopInferenceExperimentRequest(Shape):
    """No description on the pages."""

    name: Final[str]
    """The name of the inference experiment to stop. Since 2022-11-30."""
    model_variant_actions: Final[dict[str, ModelVariantAction | ModelVariantActionLiteral]]
    """Array of key-value pairs, with names of variants mapped to actions. The possible actions are the
    following: Since 2022-11-30.
    """
    desired_model_variants: Final[list[ModelVariantConfig] | None]
    """An array of ModelVariantConfig objects. There is one for each variant that you want to deploy
    after the inference experiment stops. Each ModelVariantConfig describes the infrastructure
    configuration for deploying the corresponding variant. Since 2022-11-30.
    """
    desired_state: Final[InferenceExperimentStopDesiredState | None]
    """The desired state of the experiment after stopping. The possible states are the following: Since
    2022-11-30.
    """
    reason: Final[str | None]
    """The reason for stopping the experiment. Since 2022-11-30."""
    def __init__(
        self,
        *,
        name: str,
        model_variant_actions: dict[str, ModelVariantAction | ModelVariantActionLiteral],
        desired_model_variants: list[ModelVariantConfig] | None = None,
        desired_state: InferenceExperimentStopDesiredState | InferenceExperimentStopDesiredStateLiteral | None = None,
        reason: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        name: str = ...,
        model_variant_actions: dict[str, ModelVariantAction | ModelVariantActionLiteral] = ...,
        desired_model_variants: list[ModelVariantConfig] | None = ...,
        desired_state: InferenceExperimentStopDesiredState | InferenceExperimentStopDesiredStateLiteral | None = ...,
        reason: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class StopInferenceExperimentResponse(OutputShape):
    """The result of ``stop_inference_experiment`` (StopInferenceExperiment)."""

    inference_experiment_arn: Final[str | None]
    """The ARN of the stopped inference experiment. Since 2022-11-30."""
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

class StopInferenceRecommendationsJobRequest(Shape):
    """No description on the pages."""

    job_name: Final[str]
    """The name of the job you want to stop. Since 2021-12-01."""
    def __init__(
        self,
        *,
        job_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        job_name: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class StopInferenceRecommendationsJobResponse(OutputShape):
    """The result of ``stop_inference_recommendations_job`` (StopInferenceRecommendationsJob)."""

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

class StopJobRequest(Shape):
    """No description on the pages."""

    job_name: Final[str]
    """The name of the job to stop. Since 2026-06-02."""
    job_category: Final[JobCategory]
    """The category of the job to stop. Since 2026-06-02."""
    def __init__(
        self,
        *,
        job_name: str,
        job_category: JobCategory | JobCategoryLiteral,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        job_name: str = ...,
        job_category: JobCategory | JobCategoryLiteral = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class StopJobResponse(OutputShape):
    """The result of ``stop_job`` (StopJob)."""

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

class StopLabelingJobRequest(Shape):
    """No description on the pages."""

    labeling_job_name: Final[str]
    """The name of the labeling job to stop. Since 2018-11-28."""
    def __init__(
        self,
        *,
        labeling_job_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        labeling_job_name: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class StopLabelingJobResponse(OutputShape):
    """The result of ``stop_labeling_job`` (StopLabelingJob)."""

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

class StopMlflowTrackingServerRequest(Shape):
    """No description on the pages."""

    tracking_server_name: Final[str]
    """The name of the tracking server to stop. Since 2024-06-18."""
    def __init__(
        self,
        *,
        tracking_server_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        tracking_server_name: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class StopMlflowTrackingServerResponse(OutputShape):
    """The result of ``stop_mlflow_tracking_server`` (StopMlflowTrackingServer)."""

    tracking_server_arn: Final[str | None]
    """The ARN of the stopped tracking server. Since 2024-06-18."""
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

class StopMonitoringScheduleRequest(Shape):
    """No description on the pages."""

    monitoring_schedule_name: Final[str]
    """The name of the schedule to stop. Since 2019-12-04."""
    def __init__(
        self,
        *,
        monitoring_schedule_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        monitoring_schedule_name: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class StopMonitoringScheduleResponse(OutputShape):
    """The result of ``stop_monitoring_schedule`` (StopMonitoringSchedule)."""

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

class StopNotebookInstanceInput(Shape):
    """No description on the pages."""

    notebook_instance_name: Final[str]
    """The name of the notebook instance to terminate. Since 2017-11-29."""
    def __init__(
        self,
        *,
        notebook_instance_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        notebook_instance_name: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class StopNotebookInstanceResponse(OutputShape):
    """The result of ``stop_notebook_instance`` (StopNotebookInstance)."""

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

class StopOptimizationJobRequest(Shape):
    """No description on the pages."""

    optimization_job_name: Final[str]
    """The name that you assigned to the optimization job. Since 2024-07-09."""
    def __init__(
        self,
        *,
        optimization_job_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        optimization_job_name: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class StopOptimizationJobResponse(OutputShape):
    """The result of ``stop_optimization_job`` (StopOptimizationJob)."""

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

class StopPipelineExecutionRequest(Shape):
    """No description on the pages."""

    pipeline_execution_arn: Final[str]
    """The Amazon Resource Name (ARN) of the pipeline execution. Since 2020-12-01."""
    client_request_token: Final[str]
    """A unique, case-sensitive identifier that you provide to ensure the idempotency of the operation.
    An idempotent operation completes no more than one time. Since 2020-12-01.
    """
    def __init__(
        self,
        *,
        pipeline_execution_arn: str,
        client_request_token: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        pipeline_execution_arn: str = ...,
        client_request_token: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class StopPipelineExecutionResponse(OutputShape):
    """The result of ``stop_pipeline_execution`` (StopPipelineExecution)."""

    pipeline_execution_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the pipeline execution. Since 2020-12-01."""
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

class StopProcessingJobRequest(Shape):
    """No description on the pages."""

    processing_job_name: Final[str]
    """The name of the processing job to stop. Since 2019-12-04."""
    def __init__(
        self,
        *,
        processing_job_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        processing_job_name: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class StopProcessingJobResponse(OutputShape):
    """The result of ``stop_processing_job`` (StopProcessingJob)."""

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

class StopTrainingJobRequest(Shape):
    """No description on the pages."""

    training_job_name: Final[str]
    """The name of the training job to stop. Since 2017-11-29."""
    def __init__(
        self,
        *,
        training_job_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        training_job_name: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class StopTrainingJobResponse(OutputShape):
    """The result of ``stop_training_job`` (StopTrainingJob)."""

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

class StopTransformJobRequest(Shape):
    """No description on the pages."""

    transform_job_name: Final[str]
    """The name of the transform job to stop. Since 2018-07-17."""
    def __init__(
        self,
        *,
        transform_job_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        transform_job_name: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class StopTransformJobResponse(OutputShape):
    """The result of ``stop_transform_job`` (StopTransformJob)."""

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

class StoppingCondition(Shape):
    """Specifies a limit to how long a model training job can run. It also specifies how long a managed
    Spot training job has to complete. When the job reaches the time limit, SageMaker ends the
    training job. Use this API to cap model training costs.
    """

    max_runtime_in_seconds: Final[int | None]
    """The maximum length of time, in seconds, that a training or compilation job can run before it is
    stopped. Since 2017-11-29.
    """
    max_wait_time_in_seconds: Final[int | None]
    """The maximum length of time, in seconds, that a managed Spot training job has to complete. It is
    the amount of time spent waiting for Spot capacity plus the amount of time the job can run. It
    must be equal to or greater than MaxRuntimeInSeconds. If the job does not complete during this
    time, SageMaker ends the job. Since 2019-08-20.
    """
    max_pending_time_in_seconds: Final[int | None]
    """The maximum length of time, in seconds, that a training or compilation job can be pending before
    it is stopped. Since 2023-11-16.
    """
    def __init__(
        self,
        *,
        max_runtime_in_seconds: int | None = None,
        max_wait_time_in_seconds: int | None = None,
        max_pending_time_in_seconds: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        max_runtime_in_seconds: int | None = ...,
        max_wait_time_in_seconds: int | None = ...,
        max_pending_time_in_seconds: int | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class StudioLifecycleConfigDetails(Shape):
    """Details of the Amazon SageMaker Studio Lifecycle Configuration."""

    studio_lifecycle_config_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the Lifecycle Configuration. Since 2021-09-10."""
    studio_lifecycle_config_name: Final[str | None]
    """The name of the Amazon SageMaker Studio Lifecycle Configuration. Since 2021-09-10."""
    creation_time: Final[datetime | None]
    """The creation time of the Amazon SageMaker Studio Lifecycle Configuration. Since 2021-09-10.
    """
    last_modified_time: Final[datetime | None]
    """This value is equivalent to CreationTime because Amazon SageMaker Studio Lifecycle
    Configurations are immutable. Since 2021-09-10.
    """
    studio_lifecycle_config_app_type: Final[StudioLifecycleConfigAppType | None]
    """The App type to which the Lifecycle Configuration is attached. Since 2021-09-10."""
    def __init__(
        self,
        *,
        studio_lifecycle_config_arn: str | None = None,
        studio_lifecycle_config_name: str | None = None,
        creation_time: datetime | None = None,
        last_modified_time: datetime | None = None,
        studio_lifecycle_config_app_type: StudioLifecycleConfigAppType
        | StudioLifecycleConfigAppTypeLiteral
        | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        studio_lifecycle_config_arn: str | None = ...,
        studio_lifecycle_config_name: str | None = ...,
        creation_time: datetime | None = ...,
        last_modified_time: datetime | None = ...,
        studio_lifecycle_config_app_type: StudioLifecycleConfigAppType
        | StudioLifecycleConfigAppTypeLiteral
        | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class StudioWebPortalSettings(Shape):
    """Studio settings. If these settings are applied on a user level, they take priority over the
    settings applied on a domain level.
    """

    hidden_ml_tools: Final[list[MlTools | MlToolsLiteral] | None]
    """The machine learning tools that are hidden from the Studio left navigation pane. Since
    2024-06-27.
    """
    hidden_app_types: Final[list[AppType | AppTypeLiteral] | None]
    """The Applications supported in Studio that are hidden from the Studio left navigation pane. Since
    2024-06-27.
    """
    hidden_instance_types: Final[list[AppInstanceType | AppInstanceTypeLiteral] | None]
    """The instance types you are hiding from the Studio user interface. Since 2024-09-24."""
    hidden_sage_maker_image_version_aliases: Final[list[HiddenSageMakerImage] | None]
    """The version aliases you are hiding from the Studio user interface. Since 2024-09-24."""
    execution_role_session_name_mode: Final[ExecutionRoleSessionNameMode | None]
    """The execution role session name mode. If this value is set to USER_IDENTITY, the session name of
    the execution role corresponds to the user's identity. For IAM domains, the session name is the
    IAM session name used to generate the presigned URL. For IAM Identity Center domains, the
    session name is the username of the associated IAM Identity Center user. If this value is set to
    STATIC or is not set, the session name defaults to SageMaker. Since 2026-05-13.
    """
    def __init__(
        self,
        *,
        hidden_ml_tools: list[MlTools | MlToolsLiteral] | None = None,
        hidden_app_types: list[AppType | AppTypeLiteral] | None = None,
        hidden_instance_types: list[AppInstanceType | AppInstanceTypeLiteral] | None = None,
        hidden_sage_maker_image_version_aliases: list[HiddenSageMakerImage] | None = None,
        execution_role_session_name_mode: ExecutionRoleSessionNameMode
        | ExecutionRoleSessionNameModeLiteral
        | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        hidden_ml_tools: list[MlTools | MlToolsLiteral] | None = ...,
        hidden_app_types: list[AppType | AppTypeLiteral] | None = ...,
        hidden_instance_types: list[AppInstanceType | AppInstanceTypeLiteral] | None = ...,
        hidden_sage_maker_image_version_aliases: list[HiddenSageMakerImage] | None = ...,
        execution_role_session_name_mode: ExecutionRoleSessionNameMode
        | ExecutionRoleSessionNameModeLiteral
        | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class SubscribedWorkteam(Shape):
    """A Workteam instance that contains information about the work team."""

    workteam_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the vendor that you have subscribed. Since 2018-11-28."""
    marketplace_title: Final[str | None]
    """The title of the service provided by the vendor in the Amazon Marketplace. Since 2018-11-28.
    """
    seller_name: Final[str | None]
    """The name of the vendor in the Amazon Marketplace. Since 2018-11-28."""
    marketplace_description: Final[str | None]
    """The description of the vendor from the Amazon Marketplace. Since 2018-11-28."""
    listing_id: Final[str | None]
    """Since 2018-11-28."""
    def __init__(
        self,
        *,
        workteam_arn: str | None = None,
        marketplace_title: str | None = None,
        seller_name: str | None = None,
        marketplace_description: str | None = None,
        listing_id: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        workteam_arn: str | None = ...,
        marketplace_title: str | None = ...,
        seller_name: str | None = ...,
        marketplace_description: str | None = ...,
        listing_id: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class SuggestionQuery(Shape):
    """Limits the property names that are included in the response."""

    property_name_query: Final[PropertyNameQuery | None]
    """Defines a property name hint. Only property names that begin with the specified hint are
    included in the response. Since 2018-11-28.
    """
    def __init__(
        self,
        *,
        property_name_query: PropertyNameQuery | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        property_name_query: PropertyNameQuery | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""
