# Generated stub. Do not edit.
# Every shape whose name starts with "D", as type checkers see it. At run time each
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
    AIBenchmarkJobStatus,
    AIBenchmarkJobStatusLiteral,
    AIRecommendationJobStatus,
    AIRecommendationJobStatusLiteral,
    AlgorithmStatus,
    AlgorithmStatusLiteral,
    AppNetworkAccessType,
    AppNetworkAccessTypeLiteral,
    AppSecurityGroupManagement,
    AppSecurityGroupManagementLiteral,
    AppStatus,
    AppStatusLiteral,
    AppType,
    AppTypeLiteral,
    AuthMode,
    AuthModeLiteral,
    AutoMLJobSecondaryStatus,
    AutoMLJobSecondaryStatusLiteral,
    AutoMLJobStatus,
    AutoMLJobStatusLiteral,
    AutoMLProblemTypeConfigName,
    AutoMLProblemTypeConfigNameLiteral,
)
from smtyped._generated.enums._b import BatchStrategy, BatchStrategyLiteral
from smtyped._generated.enums._c import (
    CaptureStatus,
    CaptureStatusLiteral,
    ClusterNodeProvisioningMode,
    ClusterNodeProvisioningModeLiteral,
    ClusterNodeRecovery,
    ClusterNodeRecoveryLiteral,
    ClusterStatus,
    ClusterStatusLiteral,
    CompilationJobStatus,
    CompilationJobStatusLiteral,
)
from smtyped._generated.enums._d import (
    DataDistributionType,
    DataDistributionTypeLiteral,
    DeviceDeploymentStatus,
    DeviceDeploymentStatusLiteral,
    DeviceSubsetType,
    DeviceSubsetTypeLiteral,
    DirectInternetAccess,
    DirectInternetAccessLiteral,
    DomainStatus,
    DomainStatusLiteral,
)
from smtyped._generated.enums._e import (
    EdgePackagingJobStatus,
    EdgePackagingJobStatusLiteral,
    EndpointStatus,
    EndpointStatusLiteral,
    ExecutionRoleIdentityConfig,
    ExecutionRoleIdentityConfigLiteral,
)
from smtyped._generated.enums._f import (
    FeatureGroupStatus,
    FeatureGroupStatusLiteral,
    FeatureStatus,
    FeatureStatusLiteral,
    FeatureType,
    FeatureTypeLiteral,
    FlowDefinitionStatus,
    FlowDefinitionStatusLiteral,
)
from smtyped._generated.enums._h import (
    HomeEfsFileSystemCreation,
    HomeEfsFileSystemCreationLiteral,
    HubContentStatus,
    HubContentStatusLiteral,
    HubContentSupportStatus,
    HubContentSupportStatusLiteral,
    HubContentType,
    HubContentTypeLiteral,
    HubStatus,
    HubStatusLiteral,
    HumanTaskUiStatus,
    HumanTaskUiStatusLiteral,
    HyperParameterTuningJobStatus,
    HyperParameterTuningJobStatusLiteral,
)
from smtyped._generated.enums._i import (
    ImageStatus,
    ImageStatusLiteral,
    ImageVersionStatus,
    ImageVersionStatusLiteral,
    IncludedData,
    IncludedDataLiteral,
    InferenceComponentStatus,
    InferenceComponentStatusLiteral,
    InferenceExperimentStatus,
    InferenceExperimentStatusLiteral,
    InferenceExperimentType,
    InferenceExperimentTypeLiteral,
    InputMode,
    InputModeLiteral,
    InstanceType,
    InstanceTypeLiteral,
    IPAddressType,
    IPAddressTypeLiteral,
    IsTrackingServerActive,
    IsTrackingServerActiveLiteral,
)
from smtyped._generated.enums._j import (
    JobCategory,
    JobCategoryLiteral,
    JobSecondaryStatus,
    JobSecondaryStatusLiteral,
    JobStatus,
    JobStatusLiteral,
    JobType,
    JobTypeLiteral,
    JoinSource,
    JoinSourceLiteral,
)
from smtyped._generated.enums._l import LabelingJobStatus, LabelingJobStatusLiteral
from smtyped._generated.enums._m import (
    MaintenanceStatus,
    MaintenanceStatusLiteral,
    ManagedStorageType,
    ManagedStorageTypeLiteral,
    MlflowAppStatus,
    MlflowAppStatusLiteral,
    ModelApprovalStatus,
    ModelApprovalStatusLiteral,
    ModelCardExportJobStatus,
    ModelCardExportJobStatusLiteral,
    ModelCardProcessingStatus,
    ModelCardProcessingStatusLiteral,
    ModelCardStatus,
    ModelCardStatusLiteral,
    ModelPackageGroupStatus,
    ModelPackageGroupStatusLiteral,
    ModelPackageRegistrationType,
    ModelPackageRegistrationTypeLiteral,
    ModelPackageStatus,
    ModelPackageStatusLiteral,
    ModelRegistrationMode,
    ModelRegistrationModeLiteral,
    MonitoringType,
    MonitoringTypeLiteral,
)
from smtyped._generated.enums._n import (
    NotebookInstanceAcceleratorType,
    NotebookInstanceAcceleratorTypeLiteral,
    NotebookInstanceStatus,
    NotebookInstanceStatusLiteral,
)
from smtyped._generated.enums._o import (
    OptimizationJobDeploymentInstanceType,
    OptimizationJobDeploymentInstanceTypeLiteral,
    OptimizationJobStatus,
    OptimizationJobStatusLiteral,
)
from smtyped._generated.enums._p import (
    PartnerAppAuthType,
    PartnerAppAuthTypeLiteral,
    PartnerAppStatus,
    PartnerAppStatusLiteral,
    PartnerAppType,
    PartnerAppTypeLiteral,
    PipelineExecutionStatus,
    PipelineExecutionStatusLiteral,
    PipelineStatus,
    PipelineStatusLiteral,
    ProblemType,
    ProblemTypeLiteral,
    ProcessingInstanceType,
    ProcessingInstanceTypeLiteral,
    ProcessingJobStatus,
    ProcessingJobStatusLiteral,
    Processor,
    ProcessorLiteral,
    ProfilingStatus,
    ProfilingStatusLiteral,
    ProjectStatus,
    ProjectStatusLiteral,
)
from smtyped._generated.enums._r import (
    RecommendationJobStatus,
    RecommendationJobStatusLiteral,
    RecommendationJobType,
    RecommendationJobTypeLiteral,
    RecommendationStatus,
    RecommendationStatusLiteral,
    ReservedCapacityInstanceType,
    ReservedCapacityInstanceTypeLiteral,
    ReservedCapacityStatus,
    ReservedCapacityStatusLiteral,
    ReservedCapacityType,
    ReservedCapacityTypeLiteral,
    RootAccess,
    RootAccessLiteral,
    RuleEvaluationStatus,
    RuleEvaluationStatusLiteral,
)
from smtyped._generated.enums._s import (
    SageMakerResourceName,
    SageMakerResourceNameLiteral,
    SchedulerResourceStatus,
    SchedulerResourceStatusLiteral,
    ScheduleStatus,
    ScheduleStatusLiteral,
    SecondaryStatus,
    SecondaryStatusLiteral,
    SkipModelValidation,
    SkipModelValidationLiteral,
    SpaceStatus,
    SpaceStatusLiteral,
    StudioLifecycleConfigAppType,
    StudioLifecycleConfigAppTypeLiteral,
)
from smtyped._generated.enums._t import (
    TagPropagation,
    TagPropagationLiteral,
    TrackingServerMaintenanceStatus,
    TrackingServerMaintenanceStatusLiteral,
    TrackingServerSize,
    TrackingServerSizeLiteral,
    TrackingServerStatus,
    TrackingServerStatusLiteral,
    TrainingJobStatus,
    TrainingJobStatusLiteral,
    TrainingPlanStatus,
    TrainingPlanStatusLiteral,
    TransformJobStatus,
    TransformJobStatusLiteral,
)
from smtyped._generated.enums._u import UserProfileStatus, UserProfileStatusLiteral
from smtyped._generated.enums._v import (
    VendorGuidance,
    VendorGuidanceLiteral,
    VolumeAttachmentStatus,
    VolumeAttachmentStatusLiteral,
)
from smtyped._generated.shapes._a import (
    ActionSource,
    AdditionalInferenceSpecificationDefinition,
    AIAdapterSource,
    AIBenchmarkNetworkConfig,
    AIBenchmarkOutputResult,
    AIBenchmarkTarget,
    AIDatasetConfig,
    AIModelSource,
    AIRecommendation,
    AIRecommendationComputeSpec,
    AIRecommendationInferenceSpecification,
    AIRecommendationOutputResult,
    AIRecommendationPerformanceTarget,
    AIWorkloadConfigs,
    AlarmDetails,
    AlgorithmSpecification,
    AlgorithmStatusDetails,
    AlgorithmValidationSpecification,
    AmazonQSettings,
    AppSpecification,
    ArtifactSource,
    AsyncInferenceConfig,
    AthenaDatasetDefinition,
    AutoMLCandidate,
    AutoMLChannel,
    AutoMLComputeConfig,
    AutoMLDataSplitConfig,
    AutoMLJobArtifacts,
    AutoMLJobChannel,
    AutoMLJobConfig,
    AutoMLJobObjective,
    AutoMLOutputDataConfig,
    AutoMLPartialFailureReason,
    AutoMLProblemTypeConfig,
    AutoMLResolvedAttributes,
    AutoMLSecurityConfig,
    AutoRollbackConfig,
    Autotune,
    AvailableUpgrade,
)
from smtyped._generated.shapes._b import BatchDataCaptureConfig, BatchTransformInput, BlueGreenUpdatePolicy
from smtyped._generated.shapes._c import (
    CaptureContentTypeHeader,
    CaptureOption,
    Channel,
    CheckpointConfig,
    ClusterAutoScalingConfigOutput,
    ClusterEventDetail,
    ClusterInstanceGroupDetails,
    ClusterNodeDetails,
    ClusterOrchestrator,
    ClusterRestrictedInstanceGroupDetails,
    ClusterRestrictedInstanceGroupsConfigOutput,
    ClusterTieredStorageConfig,
    CodeEditorAppImageConfig,
    CollectionConfiguration,
    ComputeQuotaConfig,
    ComputeQuotaTarget,
    ContainerDefinition,
    ContextSource,
    CustomFileSystemConfig,
    CustomPosixUserConfig,
)
from smtyped._generated.shapes._e import (
    EdgeDeploymentConfig,
    EdgeDeploymentModelConfig,
    EdgeDeploymentStatus,
    EdgeModel,
    EdgeModelSummary,
    EdgeOutputConfig,
    EdgePresetDeploymentOutput,
    EndpointInput,
    EndpointMetadata,
    EndpointPerformance,
    ErrorInfo,
    ExperimentConfig,
    ExperimentSource,
    ExplainerConfig,
)
from smtyped._generated.shapes._f import (
    FeatureDefinition,
    FeatureParameter,
    FileSource,
    FileSystemDataSource,
    FlowDefinitionOutputConfig,
)
from smtyped._generated.shapes._g import GitConfig
from smtyped._generated.shapes._h import (
    HubContentDependency,
    HubS3StorageConfig,
    HumanLoopActivationConfig,
    HumanLoopConfig,
    HumanLoopRequestSource,
    HumanTaskConfig,
    HyperParameterTrainingJobDefinition,
    HyperParameterTrainingJobSummary,
    HyperParameterTuningJobCompletionDetails,
    HyperParameterTuningJobConfig,
    HyperParameterTuningJobConsumedResources,
    HyperParameterTuningJobWarmStartConfig,
)
from smtyped._generated.shapes._i import (
    InferenceComponentDeploymentConfig,
    InferenceComponentRuntimeConfigSummary,
    InferenceComponentSpecificationSummary,
    InferenceExecutionConfig,
    InferenceExperimentDataStorageConfig,
    InferenceExperimentSchedule,
    InferenceRecommendation,
    InferenceSpecification,
    InfraCheckConfig,
    InputConfig,
    InstanceMetadataServiceConfiguration,
)
from smtyped._generated.shapes._j import (
    JobSecondaryStatusTransition,
    JupyterLabAppImageConfig,
    JupyterLabAppSettings,
    JupyterServerAppSettings,
)
from smtyped._generated.shapes._k import KernelGatewayAppSettings, KernelGatewayImageConfig
from smtyped._generated.shapes._l import (
    LabelCounters,
    LabelingJobAlgorithmsConfig,
    LabelingJobInputConfig,
    LabelingJobOutput,
    LabelingJobOutputConfig,
    LabelingJobStoppingConditions,
    LastUpdateStatus,
)
from smtyped._generated.shapes._m import (
    ManagedConfiguration,
    MetadataProperties,
    MetricData,
    MetricsConfig,
    MetricsSource,
    MlflowConfig,
    MLflowConfiguration,
    MlflowDetails,
    ModelArtifacts,
    ModelBiasAppSpecification,
    ModelBiasBaselineConfig,
    ModelBiasJobInput,
    ModelCardExportArtifacts,
    ModelCardExportOutputConfig,
    ModelCardSecurityConfig,
    ModelClientConfig,
    ModelDeployConfig,
    ModelDeployResult,
    ModelDigests,
    ModelExplainabilityAppSpecification,
    ModelExplainabilityBaselineConfig,
    ModelExplainabilityJobInput,
    ModelLifeCycle,
    ModelMetrics,
    ModelPackageConfig,
    ModelPackageModelCard,
    ModelPackageSecurityConfig,
    ModelPackageStatusDetails,
    ModelPackageValidationSpecification,
    ModelQualityAppSpecification,
    ModelQualityBaselineConfig,
    ModelQualityJobInput,
    ModelVariantConfigSummary,
    MonitoringConstraintsResource,
    MonitoringExecutionSummary,
    MonitoringNetworkConfig,
    MonitoringOutputConfig,
    MonitoringResources,
    MonitoringScheduleConfig,
    MonitoringStatisticsResource,
    MonitoringStoppingCondition,
)
from smtyped._generated.shapes._n import NeoVpcConfig, NetworkConfig, NotebookInstanceLifecycleHook
from smtyped._generated.shapes._o import (
    ObjectiveStatusCounters,
    OfflineStoreConfig,
    OfflineStoreStatus,
    OnlineStoreConfig,
    OptimizationConfig,
    OptimizationJobModelSource,
    OptimizationJobOutputConfig,
    OptimizationOutput,
    OptimizationVpcConfig,
    OutputConfig,
    OutputDataConfig,
    OwnershipSettings,
)
from smtyped._generated.shapes._p import (
    ParallelismConfiguration,
    PartnerAppConfig,
    PartnerAppMaintenanceConfig,
    PendingDeploymentSummary,
    PipelineExperimentConfig,
    ProcessingInput,
    ProcessingOutputConfig,
    ProcessingResources,
    ProcessingStoppingCondition,
    ProductionVariant,
    ProductionVariantServerlessUpdateConfig,
    ProductionVariantSummary,
    ProfilerConfig,
    ProfilerRuleConfiguration,
    ProfilerRuleEvaluationStatus,
)
from smtyped._generated.shapes._r import (
    RealTimeInferenceRecommendation,
    RecommendationJobInputConfig,
    RecommendationJobStoppingConditions,
    RedshiftDatasetDefinition,
    RemoteDebugConfig,
    ReservedCapacitySummary,
    ResolvedAttributes,
    ResourceConfig,
    ResourceSpec,
    RetentionPolicy,
    RetryStrategy,
    RollingDeploymentPolicy,
    RollingUpdatePolicy,
    RStudioServerProDomainSettings,
    RStudioServerProDomainSettingsForUpdate,
)
from smtyped._generated.shapes._s import (
    S3DataSource,
    ScalingPolicy,
    SchedulerConfig,
    SecondaryStatusTransition,
    SelectiveExecutionConfig,
    ServerlessJobConfig,
    ServiceCatalogProvisionedProductDetails,
    ServiceCatalogProvisioningDetails,
    ShadowModeConfig,
    SourceAlgorithmSpecification,
    SpaceSettings,
    SpaceSharingSettings,
    StoppingCondition,
    SubscribedWorkteam,
)
from smtyped._generated.shapes._t import (
    Tag,
    TemplateProviderDetail,
    TensorBoardOutputConfig,
    ThroughputConfigDescription,
    TrainingJobStatusCounters,
    TrainingPlanExtension,
    TrainingProgressInfo,
    TrainingSpecification,
    TransformInput,
    TransformOutput,
    TransformResources,
    TrialComponentArtifact,
    TrialComponentMetricSummary,
    TrialComponentParameterValue,
    TrialComponentSource,
    TrialComponentStatus,
    TrialSource,
    TrustedIdentityPropagationSettings,
)
from smtyped._generated.shapes._u import (
    UiTemplateInfo,
    UltraServerSummary,
    UnifiedStudioSettings,
    UserContext,
    UserSettings,
)
from smtyped._generated.shapes._v import VpcConfig
from smtyped._generated.shapes._w import WarmPoolStatus, Workforce, Workteam

class DataCaptureConfig(Shape):
    """Configuration to control how SageMaker AI captures inference data."""

    enable_capture: Final[bool | None]
    """Whether data capture should be enabled or disabled (defaults to enabled). Since 2019-12-04.
    """
    initial_sampling_percentage: Final[int]
    """The percentage of requests SageMaker AI will capture. A lower value is recommended for Endpoints
    with high traffic. Since 2019-12-04.
    """
    destination_s3_uri: Final[str]
    """The Amazon S3 location used to capture the data. Since 2019-12-04."""
    kms_key_id: Final[str | None]
    """The Amazon Resource Name (ARN) of an Key Management Service key that SageMaker AI uses to
    encrypt the captured data at rest using Amazon S3 server-side encryption. Since 2019-12-04.
    """
    capture_options: Final[list[CaptureOption]]
    """Specifies data Model Monitor will capture. You can configure whether to collect only input, only
    output, or both Since 2019-12-04.
    """
    capture_content_type_header: Final[CaptureContentTypeHeader | None]
    """Configuration specifying how to treat different headers. If no headers are specified SageMaker
    AI will by default base64 encode when capturing the data. Since 2019-12-04.
    """
    def __init__(
        self,
        *,
        initial_sampling_percentage: int,
        destination_s3_uri: str,
        capture_options: list[CaptureOption],
        enable_capture: bool | None = None,
        kms_key_id: str | None = None,
        capture_content_type_header: CaptureContentTypeHeader | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        enable_capture: bool | None = ...,
        initial_sampling_percentage: int = ...,
        destination_s3_uri: str = ...,
        kms_key_id: str | None = ...,
        capture_options: list[CaptureOption] = ...,
        capture_content_type_header: CaptureContentTypeHeader | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DataCaptureConfigSummary(Shape):
    """The currently active data capture configuration used by your Endpoint."""

    enable_capture: Final[bool | None]
    """Whether data capture is enabled or disabled. Since 2019-12-04."""
    capture_status: Final[CaptureStatus | None]
    """Whether data capture is currently functional. Since 2019-12-04."""
    current_sampling_percentage: Final[int | None]
    """The percentage of requests being captured by your Endpoint. Since 2019-12-04."""
    destination_s3_uri: Final[str | None]
    """The Amazon S3 location being used to capture the data. Since 2019-12-04."""
    kms_key_id: Final[str | None]
    """The KMS key being used to encrypt the data in Amazon S3. Since 2019-12-04."""
    def __init__(
        self,
        *,
        enable_capture: bool | None = None,
        capture_status: CaptureStatus | CaptureStatusLiteral | None = None,
        current_sampling_percentage: int | None = None,
        destination_s3_uri: str | None = None,
        kms_key_id: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        enable_capture: bool | None = ...,
        capture_status: CaptureStatus | CaptureStatusLiteral | None = ...,
        current_sampling_percentage: int | None = ...,
        destination_s3_uri: str | None = ...,
        kms_key_id: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DataCatalogConfig(Shape):
    """The meta data of the Glue table that is autogenerated when an OfflineStore is created."""

    table_name: Final[str]
    """The name of the Glue table. Since 2020-12-01."""
    catalog: Final[str]
    """The name of the Glue table catalog. Since 2020-12-01."""
    database: Final[str]
    """The name of the Glue table database. Since 2020-12-01."""
    def __init__(
        self,
        *,
        table_name: str,
        catalog: str,
        database: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        table_name: str = ...,
        catalog: str = ...,
        database: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DataProcessing(Shape):
    """The data structure used to specify the data to be used for inference in a batch transform job
    and to associate the data that is relevant to the prediction results in the output. The input
    filter provided allows you to exclude input data that is not needed for inference in a batch
    transform job. The output filter provided allows you to include input data relevant to
    interpreting the predictions in the output from the job. For more information, see Associate
    Prediction Results with their Corresponding Input Records.
    """

    input_filter: Final[str | None]
    """A JSONPath expression used to select a portion of the input data to pass to the algorithm. Use
    the InputFilter parameter to exclude fields, such as an ID column, from the input. If you want
    SageMaker to pass the entire input dataset to the algorithm, accept the default value $. Since
    2019-06-11.
    """
    output_filter: Final[str | None]
    """A JSONPath expression used to select a portion of the joined dataset to save in the output file
    for a batch transform job. If you want SageMaker to store the entire input dataset in the output
    file, leave the default value, $. If you specify indexes that aren't within the dimension size
    of the joined dataset, you get an error. Since 2019-06-11.
    """
    join_source: Final[JoinSource | None]
    """Specifies the source of the data to join with the transformed data. The valid values are None
    and Input. The default value is None, which specifies not to join the input with the transformed
    data. If you want the batch transform job to join the original input data with the transformed
    data, set JoinSource to Input. You can specify OutputFilter as an additional filter to select a
    portion of the joined dataset and store it in the output file. Since 2019-06-11.
    """
    def __init__(
        self,
        *,
        input_filter: str | None = None,
        output_filter: str | None = None,
        join_source: JoinSource | JoinSourceLiteral | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        input_filter: str | None = ...,
        output_filter: str | None = ...,
        join_source: JoinSource | JoinSourceLiteral | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DataQualityAppSpecification(Shape):
    """Specifies the container that runs the monitoring job."""

    image_uri: Final[str]
    """The container image that the data quality monitoring job runs. Since 2020-12-08."""
    container_entrypoint: Final[list[str] | None]
    """The entrypoint for a container used to run a monitoring job. Since 2020-12-08."""
    container_arguments: Final[list[str] | None]
    """The arguments to send to the container that the monitoring job runs. Since 2020-12-08."""
    record_preprocessor_source_uri: Final[str | None]
    """An Amazon S3 URI to a script that is called per row prior to running analysis. It can base64
    decode the payload and convert it into a flattened JSON so that the built-in container can use
    the converted data. Applicable only for the built-in (first party) containers. Since 2020-12-08.
    """
    post_analytics_processor_source_uri: Final[str | None]
    """An Amazon S3 URI to a script that is called after analysis has been performed. Applicable only
    for the built-in (first party) containers. Since 2020-12-08.
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
        environment: dict[str, str] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DataQualityBaselineConfig(Shape):
    """Configures the constraints and baselines for the monitoring job."""

    baselining_job_name: Final[str | None]
    """The name of the job that performs baselining for the data quality monitoring job. Since
    2020-12-08.
    """
    constraints_resource: Final[MonitoringConstraintsResource | None]
    """The constraints resource for a monitoring job. Since 2020-12-08."""
    statistics_resource: Final[MonitoringStatisticsResource | None]
    """The statistics resource for a monitoring job. Since 2020-12-08."""
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

class DataQualityJobInput(Shape):
    """A list of inputs for the monitoring job. Currently endpoints are supported as monitoring inputs."""

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

class DataSource(Shape):
    """The location of the channel data."""

    s3_data_source: Final[S3DataSource | None]
    """The S3 location of the data source that is associated with a channel. Since 2017-11-29."""
    file_system_data_source: Final[FileSystemDataSource | None]
    """The file system that is associated with a channel. Since 2019-08-21."""
    dataset_source: Final[DatasetSource | None]
    """The dataset resource that's associated with a channel. Since 2025-12-03."""
    def __init__(
        self,
        *,
        s3_data_source: S3DataSource | None = None,
        file_system_data_source: FileSystemDataSource | None = None,
        dataset_source: DatasetSource | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        s3_data_source: S3DataSource | None = ...,
        file_system_data_source: FileSystemDataSource | None = ...,
        dataset_source: DatasetSource | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DatasetDefinition(Shape):
    """Configuration for a Dataset Definition input."""

    athena_dataset_definition: Final[AthenaDatasetDefinition | None]
    """Configuration for Athena Dataset Definition input. Since 2020-12-01."""
    redshift_dataset_definition: Final[RedshiftDatasetDefinition | None]
    """Configuration for Redshift Dataset Definition input. Since 2020-12-01."""
    local_path: Final[str | None]
    """The local path where you want Amazon SageMaker to download the Dataset Definition inputs to run
    a processing job. LocalPath is an absolute path to the input data. This is a required parameter
    when AppManaged is False (default). Since 2020-12-01.
    """
    data_distribution_type: Final[DataDistributionType | None]
    """Whether the generated dataset is FullyReplicated or ShardedByS3Key (default). Since 2020-12-01.
    """
    input_mode: Final[InputMode | None]
    """Whether to use File or Pipe input mode. In File (default) mode, Amazon SageMaker copies the data
    from the input source onto the local Amazon Elastic Block Store (Amazon EBS) volumes before
    starting your training algorithm. This is the most commonly used input mode. In Pipe mode,
    Amazon SageMaker streams input data from the source directly to your algorithm without using the
    EBS volume. Since 2020-12-01.
    """
    def __init__(
        self,
        *,
        athena_dataset_definition: AthenaDatasetDefinition | None = None,
        redshift_dataset_definition: RedshiftDatasetDefinition | None = None,
        local_path: str | None = None,
        data_distribution_type: DataDistributionType | DataDistributionTypeLiteral | None = None,
        input_mode: InputMode | InputModeLiteral | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        athena_dataset_definition: AthenaDatasetDefinition | None = ...,
        redshift_dataset_definition: RedshiftDatasetDefinition | None = ...,
        local_path: str | None = ...,
        data_distribution_type: DataDistributionType | DataDistributionTypeLiteral | None = ...,
        input_mode: InputMode | InputModeLiteral | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DatasetSource(Shape):
    """The dataset resource that's associated with a channel."""

    dataset_arn: Final[str]
    """The Amazon Resource Name (ARN) of the dataset resource. Since 2025-12-03."""
    def __init__(
        self,
        *,
        dataset_arn: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        dataset_arn: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DebugHookConfig(Shape):
    """Configuration information for the Amazon SageMaker Debugger hook parameters, metric and tensor
    collections, and storage paths. To learn more about how to configure the DebugHookConfig
    parameter, see Use the SageMaker and Debugger Configuration API Operations to Create, Update,
    and Debug Your Training Job.
    """

    local_path: Final[str | None]
    """Path to local storage location for metrics and tensors. Defaults to /opt/ml/output/tensors/.
    Since 2019-12-04.
    """
    s3_output_path: Final[str]
    """Path to Amazon S3 storage location for metrics and tensors. Since 2019-12-04."""
    hook_parameters: Final[dict[str, str] | None]
    """Configuration information for the Amazon SageMaker Debugger hook parameters. Since 2019-12-04.
    """
    collection_configurations: Final[list[CollectionConfiguration] | None]
    """Configuration information for Amazon SageMaker Debugger tensor collections. To learn more about
    how to configure the CollectionConfiguration parameter, see Use the SageMaker and Debugger
    Configuration API Operations to Create, Update, and Debug Your Training Job. Since 2019-12-04.
    """
    def __init__(
        self,
        *,
        s3_output_path: str,
        local_path: str | None = None,
        hook_parameters: dict[str, str] | None = None,
        collection_configurations: list[CollectionConfiguration] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        local_path: str | None = ...,
        s3_output_path: str = ...,
        hook_parameters: dict[str, str] | None = ...,
        collection_configurations: list[CollectionConfiguration] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DebugRuleConfiguration(Shape):
    """Configuration information for SageMaker Debugger rules for debugging. To learn more about how to
    configure the DebugRuleConfiguration parameter, see Use the SageMaker and Debugger Configuration
    API Operations to Create, Update, and Debug Your Training Job.
    """

    rule_configuration_name: Final[str]
    """The name of the rule configuration. It must be unique relative to other rule configuration
    names. Since 2019-12-04.
    """
    local_path: Final[str | None]
    """Path to local storage location for output of rules. Defaults to /opt/ml/processing/output/rule/.
    Since 2019-12-04.
    """
    s3_output_path: Final[str | None]
    """Path to Amazon S3 storage location for rules. Since 2019-12-04."""
    rule_evaluator_image: Final[str]
    """The Amazon Elastic Container (ECR) Image for the managed rule evaluation. Since 2019-12-04.
    """
    instance_type: Final[ProcessingInstanceType | None]
    """The instance type to deploy a custom rule for debugging a training job. Since 2019-12-04."""
    volume_size_in_gb: Final[int | None]
    """The size, in GB, of the ML storage volume attached to the processing instance. Since 2019-12-04.
    """
    rule_parameters: Final[dict[str, str] | None]
    """Runtime configuration for rule container. Since 2019-12-04."""
    def __init__(
        self,
        *,
        rule_configuration_name: str,
        rule_evaluator_image: str,
        local_path: str | None = None,
        s3_output_path: str | None = None,
        instance_type: ProcessingInstanceType | ProcessingInstanceTypeLiteral | None = None,
        volume_size_in_gb: int | None = None,
        rule_parameters: dict[str, str] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        rule_configuration_name: str = ...,
        local_path: str | None = ...,
        s3_output_path: str | None = ...,
        rule_evaluator_image: str = ...,
        instance_type: ProcessingInstanceType | ProcessingInstanceTypeLiteral | None = ...,
        volume_size_in_gb: int | None = ...,
        rule_parameters: dict[str, str] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DebugRuleEvaluationStatus(Shape):
    """Information about the status of the rule evaluation."""

    rule_configuration_name: Final[str | None]
    """The name of the rule configuration. Since 2019-12-04."""
    rule_evaluation_job_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the rule evaluation job. Since 2019-12-04."""
    rule_evaluation_status: Final[RuleEvaluationStatus | None]
    """Status of the rule evaluation. Since 2019-12-04."""
    status_details: Final[str | None]
    """Details from the rule evaluation. Since 2019-12-04."""
    last_modified_time: Final[datetime | None]
    """Timestamp when the rule evaluation status was last modified. Since 2019-12-04."""
    def __init__(
        self,
        *,
        rule_configuration_name: str | None = None,
        rule_evaluation_job_arn: str | None = None,
        rule_evaluation_status: RuleEvaluationStatus | RuleEvaluationStatusLiteral | None = None,
        status_details: str | None = None,
        last_modified_time: datetime | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        rule_configuration_name: str | None = ...,
        rule_evaluation_job_arn: str | None = ...,
        rule_evaluation_status: RuleEvaluationStatus | RuleEvaluationStatusLiteral | None = ...,
        status_details: str | None = ...,
        last_modified_time: datetime | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DefaultEbsStorageSettings(Shape):
    """The default EBS storage settings for a space."""

    default_ebs_volume_size_in_gb: Final[int]
    """The default size of the EBS storage volume for a space. Since 2023-11-30."""
    maximum_ebs_volume_size_in_gb: Final[int]
    """The maximum size of the EBS storage volume for a space. Since 2023-11-30."""
    def __init__(
        self,
        *,
        default_ebs_volume_size_in_gb: int,
        maximum_ebs_volume_size_in_gb: int,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        default_ebs_volume_size_in_gb: int = ...,
        maximum_ebs_volume_size_in_gb: int = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DefaultSpaceSettings(Shape):
    """The default settings for shared spaces that users create in the domain."""

    execution_role: Final[str | None]
    """The ARN of the execution role for the space. Since 2022-11-30."""
    security_groups: Final[list[str] | None]
    """The security group IDs for the Amazon VPC that the space uses for communication. Since
    2022-11-30.
    """
    jupyter_server_app_settings: Final[JupyterServerAppSettings | None]
    """The JupyterServer app settings. Since 2022-11-30."""
    kernel_gateway_app_settings: Final[KernelGatewayAppSettings | None]
    """The KernelGateway app settings. Since 2022-11-30."""
    jupyter_lab_app_settings: Final[JupyterLabAppSettings | None]
    """The settings for the JupyterLab application. Since 2024-04-22."""
    space_storage_settings: Final[DefaultSpaceStorageSettings | None]
    """The default storage settings for a space. Since 2024-04-22."""
    custom_posix_user_config: Final[CustomPosixUserConfig | None]
    """Details about the POSIX identity that is used for file system operations. Since 2024-04-22.
    """
    custom_file_system_configs: Final[list[CustomFileSystemConfig] | None]
    """The settings for assigning a custom file system to a domain. Permitted users can access this
    file system in Amazon SageMaker AI Studio. Since 2024-04-22.
    """
    def __init__(
        self,
        *,
        execution_role: str | None = None,
        security_groups: list[str] | None = None,
        jupyter_server_app_settings: JupyterServerAppSettings | None = None,
        kernel_gateway_app_settings: KernelGatewayAppSettings | None = None,
        jupyter_lab_app_settings: JupyterLabAppSettings | None = None,
        space_storage_settings: DefaultSpaceStorageSettings | None = None,
        custom_posix_user_config: CustomPosixUserConfig | None = None,
        custom_file_system_configs: list[CustomFileSystemConfig] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        execution_role: str | None = ...,
        security_groups: list[str] | None = ...,
        jupyter_server_app_settings: JupyterServerAppSettings | None = ...,
        kernel_gateway_app_settings: KernelGatewayAppSettings | None = ...,
        jupyter_lab_app_settings: JupyterLabAppSettings | None = ...,
        space_storage_settings: DefaultSpaceStorageSettings | None = ...,
        custom_posix_user_config: CustomPosixUserConfig | None = ...,
        custom_file_system_configs: list[CustomFileSystemConfig] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DefaultSpaceStorageSettings(Shape):
    """The storage settings for a space."""

    default_ebs_storage_settings: Final[DefaultEbsStorageSettings | None]
    """The default EBS storage settings for a space. Since 2023-11-30."""
    def __init__(
        self,
        *,
        default_ebs_storage_settings: DefaultEbsStorageSettings | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        default_ebs_storage_settings: DefaultEbsStorageSettings | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DeleteAIBenchmarkJobRequest(Shape):
    """No description on the pages."""

    ai_benchmark_job_name: Final[str]
    """The name of the AI benchmark job to delete. Since 2026-04-21."""
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

class DeleteAIBenchmarkJobResponse(OutputShape):
    """The result of ``delete_ai_benchmark_job`` (DeleteAIBenchmarkJob)."""

    ai_benchmark_job_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the deleted benchmark job. Since 2026-04-21."""
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

class DeleteAIRecommendationJobRequest(Shape):
    """No description on the pages."""

    ai_recommendation_job_name: Final[str]
    """The name of the AI recommendation job to delete. Since 2026-04-21."""
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

class DeleteAIRecommendationJobResponse(OutputShape):
    """The result of ``delete_ai_recommendation_job`` (DeleteAIRecommendationJob)."""

    ai_recommendation_job_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the deleted recommendation job. Since 2026-04-21."""
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

class DeleteAIWorkloadConfigRequest(Shape):
    """No description on the pages."""

    ai_workload_config_name: Final[str]
    """The name of the AI workload configuration to delete. Since 2026-04-21."""
    def __init__(
        self,
        *,
        ai_workload_config_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        ai_workload_config_name: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DeleteAIWorkloadConfigResponse(OutputShape):
    """The result of ``delete_ai_workload_config`` (DeleteAIWorkloadConfig)."""

    ai_workload_config_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the deleted AI workload configuration. Since 2026-04-21."""
    def __init__(
        self,
        *,
        ai_workload_config_arn: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        ai_workload_config_arn: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DeleteActionRequest(Shape):
    """No description on the pages."""

    action_name: Final[str]
    """The name of the action to delete. Since 2020-12-01."""
    def __init__(
        self,
        *,
        action_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        action_name: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DeleteActionResponse(OutputShape):
    """The result of ``delete_action`` (DeleteAction)."""

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

class DeleteAlgorithmInput(Shape):
    """No description on the pages."""

    algorithm_name: Final[str]
    """The name of the algorithm to delete. Since 2018-11-28."""
    def __init__(
        self,
        *,
        algorithm_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        algorithm_name: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DeleteAlgorithmResponse(OutputShape):
    """The result of ``delete_algorithm`` (DeleteAlgorithm)."""

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

class DeleteAppImageConfigRequest(Shape):
    """No description on the pages."""

    app_image_config_name: Final[str]
    """The name of the AppImageConfig to delete. Since 2020-10-26."""
    def __init__(
        self,
        *,
        app_image_config_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        app_image_config_name: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DeleteAppImageConfigResponse(OutputShape):
    """The result of ``delete_app_image_config`` (DeleteAppImageConfig)."""

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

class DeleteAppRequest(Shape):
    """No description on the pages."""

    domain_id: Final[str]
    """The domain ID. Since 2019-12-04."""
    user_profile_name: Final[str | None]
    """The user profile name. If this value is not set, then SpaceName must be set. Since 2019-12-04.
    """
    space_name: Final[str | None]
    """The name of the space. If this value is not set, then UserProfileName must be set. Since
    2022-11-30.
    """
    app_type: Final[AppType]
    """The type of app. Since 2019-12-04."""
    app_name: Final[str]
    """The name of the app. Since 2019-12-04."""
    def __init__(
        self,
        *,
        domain_id: str,
        app_type: AppType | AppTypeLiteral,
        app_name: str,
        user_profile_name: str | None = None,
        space_name: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        domain_id: str = ...,
        user_profile_name: str | None = ...,
        space_name: str | None = ...,
        app_type: AppType | AppTypeLiteral = ...,
        app_name: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DeleteAppResponse(OutputShape):
    """The result of ``delete_app`` (DeleteApp)."""

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

class DeleteArtifactRequest(Shape):
    """No description on the pages."""

    artifact_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the artifact to delete. Since 2020-12-01."""
    source: Final[ArtifactSource | None]
    """The URI of the source. Since 2020-12-01."""
    def __init__(
        self,
        *,
        artifact_arn: str | None = None,
        source: ArtifactSource | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        artifact_arn: str | None = ...,
        source: ArtifactSource | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DeleteArtifactResponse(OutputShape):
    """The result of ``delete_artifact`` (DeleteArtifact)."""

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

class DeleteAssociationRequest(Shape):
    """No description on the pages."""

    source_arn: Final[str]
    """The ARN of the source. Since 2020-12-01."""
    destination_arn: Final[str]
    """The Amazon Resource Name (ARN) of the destination. Since 2020-12-01."""
    def __init__(
        self,
        *,
        source_arn: str,
        destination_arn: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        source_arn: str = ...,
        destination_arn: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DeleteAssociationResponse(OutputShape):
    """The result of ``delete_association`` (DeleteAssociation)."""

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

class DeleteClusterRequest(Shape):
    """No description on the pages."""

    cluster_name: Final[str]
    """The string name or the Amazon Resource Name (ARN) of the SageMaker HyperPod cluster to delete.
    Since 2023-11-29.
    """
    def __init__(
        self,
        *,
        cluster_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        cluster_name: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DeleteClusterResponse(OutputShape):
    """The result of ``delete_cluster`` (DeleteCluster)."""

    cluster_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the SageMaker HyperPod cluster to delete. Since 2023-11-29.
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

class DeleteClusterSchedulerConfigRequest(Shape):
    """No description on the pages."""

    cluster_scheduler_config_id: Final[str]
    """ID of the cluster policy. Since 2024-12-04."""
    def __init__(
        self,
        *,
        cluster_scheduler_config_id: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        cluster_scheduler_config_id: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DeleteClusterSchedulerConfigResponse(OutputShape):
    """The result of ``delete_cluster_scheduler_config`` (DeleteClusterSchedulerConfig)."""

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

class DeleteCodeRepositoryInput(Shape):
    """No description on the pages."""

    code_repository_name: Final[str]
    """The name of the git repository to delete. Since 2018-11-28."""
    def __init__(
        self,
        *,
        code_repository_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        code_repository_name: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DeleteCodeRepositoryResponse(OutputShape):
    """The result of ``delete_code_repository`` (DeleteCodeRepository)."""

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

class DeleteCompilationJobRequest(Shape):
    """No description on the pages."""

    compilation_job_name: Final[str]
    """The name of the compilation job to delete. Since 2023-12-15."""
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

class DeleteCompilationJobResponse(OutputShape):
    """The result of ``delete_compilation_job`` (DeleteCompilationJob)."""

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

class DeleteComputeQuotaRequest(Shape):
    """No description on the pages."""

    compute_quota_id: Final[str]
    """ID of the compute allocation definition. Since 2024-12-04."""
    def __init__(
        self,
        *,
        compute_quota_id: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        compute_quota_id: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DeleteComputeQuotaResponse(OutputShape):
    """The result of ``delete_compute_quota`` (DeleteComputeQuota)."""

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

class DeleteContextRequest(Shape):
    """No description on the pages."""

    context_name: Final[str]
    """The name of the context to delete. Since 2020-12-01."""
    def __init__(
        self,
        *,
        context_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        context_name: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DeleteContextResponse(OutputShape):
    """The result of ``delete_context`` (DeleteContext)."""

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

class DeleteDataQualityJobDefinitionRequest(Shape):
    """No description on the pages."""

    job_definition_name: Final[str]
    """The name of the data quality monitoring job definition to delete. Since 2020-12-08."""
    def __init__(
        self,
        *,
        job_definition_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        job_definition_name: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DeleteDataQualityJobDefinitionResponse(OutputShape):
    """The result of ``delete_data_quality_job_definition`` (DeleteDataQualityJobDefinition)."""

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

class DeleteDeviceFleetRequest(Shape):
    """No description on the pages."""

    device_fleet_name: Final[str]
    """The name of the fleet to delete. Since 2020-12-08."""
    def __init__(
        self,
        *,
        device_fleet_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        device_fleet_name: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DeleteDeviceFleetResponse(OutputShape):
    """The result of ``delete_device_fleet`` (DeleteDeviceFleet)."""

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

class DeleteDomainRequest(Shape):
    """No description on the pages."""

    domain_id: Final[str]
    """The domain ID. Since 2019-12-04."""
    retention_policy: Final[RetentionPolicy | None]
    """The retention policy for this domain, which specifies which resources will be retained after the
    Domain is deleted. By default, all resources are retained (not automatically deleted). Since
    2019-12-04.
    """
    def __init__(
        self,
        *,
        domain_id: str,
        retention_policy: RetentionPolicy | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        domain_id: str = ...,
        retention_policy: RetentionPolicy | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DeleteDomainResponse(OutputShape):
    """The result of ``delete_domain`` (DeleteDomain)."""

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

class DeleteEdgeDeploymentPlanRequest(Shape):
    """No description on the pages."""

    edge_deployment_plan_name: Final[str]
    """The name of the edge deployment plan to delete. Since 2022-07-18."""
    def __init__(
        self,
        *,
        edge_deployment_plan_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        edge_deployment_plan_name: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DeleteEdgeDeploymentPlanResponse(OutputShape):
    """The result of ``delete_edge_deployment_plan`` (DeleteEdgeDeploymentPlan)."""

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

class DeleteEdgeDeploymentStageRequest(Shape):
    """No description on the pages."""

    edge_deployment_plan_name: Final[str]
    """The name of the edge deployment plan from which the stage will be deleted. Since 2022-07-18.
    """
    stage_name: Final[str]
    """The name of the stage. Since 2022-07-18."""
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

class DeleteEdgeDeploymentStageResponse(OutputShape):
    """The result of ``delete_edge_deployment_stage`` (DeleteEdgeDeploymentStage)."""

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

class DeleteEndpointConfigInput(Shape):
    """No description on the pages."""

    endpoint_config_name: Final[str]
    """The name of the endpoint configuration that you want to delete. Since 2017-11-29."""
    def __init__(
        self,
        *,
        endpoint_config_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        endpoint_config_name: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DeleteEndpointConfigResponse(OutputShape):
    """The result of ``delete_endpoint_config`` (DeleteEndpointConfig)."""

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

class DeleteEndpointInput(Shape):
    """No description on the pages."""

    endpoint_name: Final[str]
    """The name of the endpoint that you want to delete. Since 2017-11-29."""
    def __init__(
        self,
        *,
        endpoint_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        endpoint_name: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DeleteEndpointResponse(OutputShape):
    """The result of ``delete_endpoint`` (DeleteEndpoint)."""

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

class DeleteExperimentRequest(Shape):
    """No description on the pages."""

    experiment_name: Final[str]
    """The name of the experiment to delete. Since 2019-12-04."""
    def __init__(
        self,
        *,
        experiment_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        experiment_name: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DeleteExperimentResponse(OutputShape):
    """The result of ``delete_experiment`` (DeleteExperiment)."""

    experiment_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the experiment that is being deleted. Since 2019-12-04."""
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

class DeleteFeatureGroupRequest(Shape):
    """No description on the pages."""

    feature_group_name: Final[str]
    """The name of the FeatureGroup you want to delete. The name must be unique within an AWS Region in
    an AWS account. Since 2020-12-01.
    """
    def __init__(
        self,
        *,
        feature_group_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        feature_group_name: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DeleteFeatureGroupResponse(OutputShape):
    """The result of ``delete_feature_group`` (DeleteFeatureGroup)."""

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

class DeleteFlowDefinitionRequest(Shape):
    """No description on the pages."""

    flow_definition_name: Final[str]
    """The name of the flow definition you are deleting. Since 2019-12-04."""
    def __init__(
        self,
        *,
        flow_definition_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        flow_definition_name: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DeleteFlowDefinitionResponse(OutputShape):
    """The result of ``delete_flow_definition`` (DeleteFlowDefinition)."""

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

class DeleteHubContentReferenceRequest(Shape):
    """No description on the pages."""

    hub_name: Final[str]
    """The name of the hub to delete the hub content reference from. Since 2024-06-20."""
    hub_content_type: Final[HubContentType]
    """The type of hub content reference to delete. The only supported type of hub content reference to
    delete is ModelReference. Since 2024-06-20.
    """
    hub_content_name: Final[str]
    """The name of the hub content to delete. Since 2024-06-20."""
    def __init__(
        self,
        *,
        hub_name: str,
        hub_content_type: HubContentType | HubContentTypeLiteral,
        hub_content_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        hub_name: str = ...,
        hub_content_type: HubContentType | HubContentTypeLiteral = ...,
        hub_content_name: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DeleteHubContentReferenceResponse(OutputShape):
    """The result of ``delete_hub_content_reference`` (DeleteHubContentReference)."""

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

class DeleteHubContentRequest(Shape):
    """No description on the pages."""

    hub_name: Final[str]
    """The name of the hub that you want to delete content in. Since 2022-11-30."""
    hub_content_type: Final[HubContentType]
    """The type of content that you want to delete from a hub. Since 2022-11-30."""
    hub_content_name: Final[str]
    """The name of the content that you want to delete from a hub. Since 2022-11-30."""
    hub_content_version: Final[str]
    """The version of the content that you want to delete from a hub. Since 2022-11-30."""
    def __init__(
        self,
        *,
        hub_name: str,
        hub_content_type: HubContentType | HubContentTypeLiteral,
        hub_content_name: str,
        hub_content_version: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        hub_name: str = ...,
        hub_content_type: HubContentType | HubContentTypeLiteral = ...,
        hub_content_name: str = ...,
        hub_content_version: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DeleteHubContentResponse(OutputShape):
    """The result of ``delete_hub_content`` (DeleteHubContent)."""

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

class DeleteHubRequest(Shape):
    """No description on the pages."""

    hub_name: Final[str]
    """The name of the hub to delete. Since 2022-11-30."""
    def __init__(
        self,
        *,
        hub_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        hub_name: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DeleteHubResponse(OutputShape):
    """The result of ``delete_hub`` (DeleteHub)."""

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

class DeleteHumanTaskUiRequest(Shape):
    """No description on the pages."""

    human_task_ui_name: Final[str]
    """The name of the human task user interface (work task template) you want to delete. Since
    2020-07-09.
    """
    def __init__(
        self,
        *,
        human_task_ui_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        human_task_ui_name: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DeleteHumanTaskUiResponse(OutputShape):
    """The result of ``delete_human_task_ui`` (DeleteHumanTaskUi)."""

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

class DeleteHyperParameterTuningJobRequest(Shape):
    """No description on the pages."""

    hyper_parameter_tuning_job_name: Final[str]
    """The name of the hyperparameter tuning job that you want to delete. Since 2024-01-26."""
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

class DeleteHyperParameterTuningJobResponse(OutputShape):
    """The result of ``delete_hyper_parameter_tuning_job`` (DeleteHyperParameterTuningJob)."""

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

class DeleteImageRequest(Shape):
    """No description on the pages."""

    image_name: Final[str]
    """The name of the image to delete. Since 2020-10-26."""
    def __init__(
        self,
        *,
        image_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        image_name: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DeleteImageResponse(OutputShape):
    """The result of ``delete_image`` (DeleteImage)."""

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

class DeleteImageVersionRequest(Shape):
    """No description on the pages."""

    image_name: Final[str]
    """The name of the image to delete. Since 2020-10-26."""
    version: Final[int | None]
    """The version to delete. Since 2020-10-26."""
    alias: Final[str | None]
    """The alias of the image to delete. Since 2022-12-19."""
    def __init__(
        self,
        *,
        image_name: str,
        version: int | None = None,
        alias: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        image_name: str = ...,
        version: int | None = ...,
        alias: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DeleteImageVersionResponse(OutputShape):
    """The result of ``delete_image_version`` (DeleteImageVersion)."""

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

class DeleteInferenceComponentInput(Shape):
    """No description on the pages."""

    inference_component_name: Final[str]
    """The name of the inference component to delete. Since 2023-11-29."""
    def __init__(
        self,
        *,
        inference_component_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        inference_component_name: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DeleteInferenceComponentResponse(OutputShape):
    """The result of ``delete_inference_component`` (DeleteInferenceComponent)."""

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

class DeleteInferenceExperimentRequest(Shape):
    """No description on the pages."""

    name: Final[str]
    """The name of the inference experiment you want to delete. Since 2022-11-30."""
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

class DeleteInferenceExperimentResponse(OutputShape):
    """The result of ``delete_inference_experiment`` (DeleteInferenceExperiment)."""

    inference_experiment_arn: Final[str | None]
    """The ARN of the deleted inference experiment. Since 2022-11-30."""
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

class DeleteJobRequest(Shape):
    """No description on the pages."""

    job_name: Final[str]
    """The name of the job to delete. Since 2026-06-02."""
    job_category: Final[JobCategory]
    """The category of the job to delete. Since 2026-06-02."""
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

class DeleteJobResponse(OutputShape):
    """The result of ``delete_job`` (DeleteJob)."""

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

class DeleteMlflowAppRequest(Shape):
    """No description on the pages."""

    arn: Final[str]
    """The ARN of the MLflow App to delete. Since 2025-12-02."""
    def __init__(
        self,
        *,
        arn: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        arn: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DeleteMlflowAppResponse(OutputShape):
    """The result of ``delete_mlflow_app`` (DeleteMlflowApp)."""

    arn: Final[str | None]
    """The ARN of the deleted MLflow App. Since 2025-12-02."""
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

class DeleteMlflowTrackingServerRequest(Shape):
    """No description on the pages."""

    tracking_server_name: Final[str]
    """The name of the the tracking server to delete. Since 2024-06-18."""
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

class DeleteMlflowTrackingServerResponse(OutputShape):
    """The result of ``delete_mlflow_tracking_server`` (DeleteMlflowTrackingServer)."""

    tracking_server_arn: Final[str | None]
    """A TrackingServerArn object, the ARN of the tracking server that is deleted if successfully
    found. Since 2024-06-18.
    """
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

class DeleteModelBiasJobDefinitionRequest(Shape):
    """No description on the pages."""

    job_definition_name: Final[str]
    """The name of the model bias job definition to delete. Since 2020-12-08."""
    def __init__(
        self,
        *,
        job_definition_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        job_definition_name: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DeleteModelBiasJobDefinitionResponse(OutputShape):
    """The result of ``delete_model_bias_job_definition`` (DeleteModelBiasJobDefinition)."""

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

class DeleteModelCardRequest(Shape):
    """No description on the pages."""

    model_card_name: Final[str]
    """The name of the model card to delete. Since 2022-11-30."""
    def __init__(
        self,
        *,
        model_card_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        model_card_name: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DeleteModelCardResponse(OutputShape):
    """The result of ``delete_model_card`` (DeleteModelCard)."""

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

class DeleteModelExplainabilityJobDefinitionRequest(Shape):
    """No description on the pages."""

    job_definition_name: Final[str]
    """The name of the model explainability job definition to delete. Since 2020-12-08."""
    def __init__(
        self,
        *,
        job_definition_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        job_definition_name: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DeleteModelExplainabilityJobDefinitionResponse(OutputShape):
    """The result of ``delete_model_explainability_job_definition``
    (DeleteModelExplainabilityJobDefinition).
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

class DeleteModelInput(Shape):
    """No description on the pages."""

    model_name: Final[str]
    """The name of the model to delete. Since 2017-11-29."""
    def __init__(
        self,
        *,
        model_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        model_name: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DeleteModelPackageGroupInput(Shape):
    """No description on the pages."""

    model_package_group_name: Final[str]
    """The name of the model group to delete. Since 2020-12-01."""
    def __init__(
        self,
        *,
        model_package_group_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        model_package_group_name: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DeleteModelPackageGroupPolicyInput(Shape):
    """No description on the pages."""

    model_package_group_name: Final[str]
    """The name of the model group for which to delete the policy. Since 2020-12-01."""
    def __init__(
        self,
        *,
        model_package_group_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        model_package_group_name: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DeleteModelPackageGroupPolicyResponse(OutputShape):
    """The result of ``delete_model_package_group_policy`` (DeleteModelPackageGroupPolicy)."""

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

class DeleteModelPackageGroupResponse(OutputShape):
    """The result of ``delete_model_package_group`` (DeleteModelPackageGroup)."""

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

class DeleteModelPackageInput(Shape):
    """No description on the pages."""

    model_package_name: Final[str]
    """The name of the model package. The name must have 1 to 63 characters. Valid characters are a-z,
    A-Z, 0-9, and - (hyphen). Since 2018-11-28.
    """
    def __init__(
        self,
        *,
        model_package_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        model_package_name: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DeleteModelPackageResponse(OutputShape):
    """The result of ``delete_model_package`` (DeleteModelPackage)."""

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

class DeleteModelQualityJobDefinitionRequest(Shape):
    """No description on the pages."""

    job_definition_name: Final[str]
    """The name of the model quality monitoring job definition to delete. Since 2020-12-08."""
    def __init__(
        self,
        *,
        job_definition_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        job_definition_name: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DeleteModelQualityJobDefinitionResponse(OutputShape):
    """The result of ``delete_model_quality_job_definition`` (DeleteModelQualityJobDefinition)."""

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

class DeleteModelResponse(OutputShape):
    """The result of ``delete_model`` (DeleteModel)."""

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

class DeleteMonitoringScheduleRequest(Shape):
    """No description on the pages."""

    monitoring_schedule_name: Final[str]
    """The name of the monitoring schedule to delete. Since 2019-12-04."""
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

class DeleteMonitoringScheduleResponse(OutputShape):
    """The result of ``delete_monitoring_schedule`` (DeleteMonitoringSchedule)."""

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

class DeleteNotebookInstanceInput(Shape):
    """No description on the pages."""

    notebook_instance_name: Final[str]
    """The name of the Amazon SageMaker notebook instance to delete. Since 2017-11-29."""
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

class DeleteNotebookInstanceLifecycleConfigInput(Shape):
    """No description on the pages."""

    notebook_instance_lifecycle_config_name: Final[str]
    """The name of the lifecycle configuration to delete. Since 2018-03-15."""
    def __init__(
        self,
        *,
        notebook_instance_lifecycle_config_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        notebook_instance_lifecycle_config_name: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DeleteNotebookInstanceLifecycleConfigResponse(OutputShape):
    """The result of ``delete_notebook_instance_lifecycle_config``
    (DeleteNotebookInstanceLifecycleConfig).
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

class DeleteNotebookInstanceResponse(OutputShape):
    """The result of ``delete_notebook_instance`` (DeleteNotebookInstance)."""

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

class DeleteOptimizationJobRequest(Shape):
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

class DeleteOptimizationJobResponse(OutputShape):
    """The result of ``delete_optimization_job`` (DeleteOptimizationJob)."""

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

class DeletePartnerAppRequest(Shape):
    """No description on the pages."""

    arn: Final[str]
    """The ARN of the SageMaker Partner AI App to delete. Since 2024-12-04."""
    client_token: Final[str | None]
    """A unique token that guarantees that the call to this API is idempotent. Since 2024-12-04."""
    def __init__(
        self,
        *,
        arn: str,
        client_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        arn: str = ...,
        client_token: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DeletePartnerAppResponse(OutputShape):
    """The result of ``delete_partner_app`` (DeletePartnerApp)."""

    arn: Final[str | None]
    """The ARN of the SageMaker Partner AI App that was deleted. Since 2024-12-04."""
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

class DeletePipelineRequest(Shape):
    """No description on the pages."""

    pipeline_name: Final[str]
    """The name of the pipeline to delete. Since 2020-12-01."""
    client_request_token: Final[str]
    """A unique, case-sensitive identifier that you provide to ensure the idempotency of the operation.
    An idempotent operation completes no more than one time. Since 2020-12-01.
    """
    def __init__(
        self,
        *,
        pipeline_name: str,
        client_request_token: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        pipeline_name: str = ...,
        client_request_token: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DeletePipelineResponse(OutputShape):
    """The result of ``delete_pipeline`` (DeletePipeline)."""

    pipeline_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the pipeline to delete. Since 2020-12-01."""
    def __init__(
        self,
        *,
        pipeline_arn: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        pipeline_arn: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DeleteProcessingJobRequest(Shape):
    """No description on the pages."""

    processing_job_name: Final[str]
    """The name of the processing job to delete. Since 2025-10-28."""
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

class DeleteProcessingJobResponse(OutputShape):
    """The result of ``delete_processing_job`` (DeleteProcessingJob)."""

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

class DeleteProjectInput(Shape):
    """No description on the pages."""

    project_name: Final[str]
    """The name of the project to delete. Since 2020-12-01."""
    def __init__(
        self,
        *,
        project_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        project_name: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DeleteProjectResponse(OutputShape):
    """The result of ``delete_project`` (DeleteProject)."""

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

class DeleteSpaceRequest(Shape):
    """No description on the pages."""

    domain_id: Final[str]
    """The ID of the associated Domain. Since 2022-11-30."""
    space_name: Final[str]
    """The name of the space. Since 2022-11-30."""
    def __init__(
        self,
        *,
        domain_id: str,
        space_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        domain_id: str = ...,
        space_name: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DeleteSpaceResponse(OutputShape):
    """The result of ``delete_space`` (DeleteSpace)."""

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

class DeleteStudioLifecycleConfigRequest(Shape):
    """No description on the pages."""

    studio_lifecycle_config_name: Final[str]
    """The name of the Studio Lifecycle Configuration to delete. Since 2021-09-10."""
    def __init__(
        self,
        *,
        studio_lifecycle_config_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        studio_lifecycle_config_name: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DeleteStudioLifecycleConfigResponse(OutputShape):
    """The result of ``delete_studio_lifecycle_config`` (DeleteStudioLifecycleConfig)."""

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

class DeleteTagsInput(Shape):
    """No description on the pages."""

    resource_arn: Final[str]
    """The Amazon Resource Name (ARN) of the resource whose tags you want to delete. Since 2017-11-29.
    """
    tag_keys: Final[list[str]]
    """An array or one or more tag keys to delete. Since 2017-11-29."""
    def __init__(
        self,
        *,
        resource_arn: str,
        tag_keys: list[str],
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        resource_arn: str = ...,
        tag_keys: list[str] = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DeleteTagsOutput(OutputShape):
    """The result of ``delete_tags`` (DeleteTags)."""

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

class DeleteTrainingJobRequest(Shape):
    """No description on the pages."""

    training_job_name: Final[str]
    """The name of the training job to delete. Since 2025-10-28."""
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

class DeleteTrainingJobResponse(OutputShape):
    """The result of ``delete_training_job`` (DeleteTrainingJob)."""

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

class DeleteTrialComponentRequest(Shape):
    """No description on the pages."""

    trial_component_name: Final[str]
    """The name of the component to delete. Since 2019-12-04."""
    def __init__(
        self,
        *,
        trial_component_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        trial_component_name: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DeleteTrialComponentResponse(OutputShape):
    """The result of ``delete_trial_component`` (DeleteTrialComponent)."""

    trial_component_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the component is being deleted. Since 2019-12-04."""
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

class DeleteTrialRequest(Shape):
    """No description on the pages."""

    trial_name: Final[str]
    """The name of the trial to delete. Since 2019-12-04."""
    def __init__(
        self,
        *,
        trial_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        trial_name: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DeleteTrialResponse(OutputShape):
    """The result of ``delete_trial`` (DeleteTrial)."""

    trial_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the trial that is being deleted. Since 2019-12-04."""
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

class DeleteUserProfileRequest(Shape):
    """No description on the pages."""

    domain_id: Final[str]
    """The domain ID. Since 2019-12-04."""
    user_profile_name: Final[str]
    """The user profile name. Since 2019-12-04."""
    def __init__(
        self,
        *,
        domain_id: str,
        user_profile_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        domain_id: str = ...,
        user_profile_name: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DeleteUserProfileResponse(OutputShape):
    """The result of ``delete_user_profile`` (DeleteUserProfile)."""

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

class DeleteWorkforceRequest(Shape):
    """No description on the pages."""

    workforce_name: Final[str]
    """The name of the workforce. Since 2020-07-24."""
    def __init__(
        self,
        *,
        workforce_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        workforce_name: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DeleteWorkforceResponse(OutputShape):
    """The result of ``delete_workforce`` (DeleteWorkforce)."""

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

class DeleteWorkteamRequest(Shape):
    """No description on the pages."""

    workteam_name: Final[str]
    """The name of the work team to delete. Since 2018-11-28."""
    def __init__(
        self,
        *,
        workteam_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        workteam_name: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DeleteWorkteamResponse(OutputShape):
    """The result of ``delete_workteam`` (DeleteWorkteam)."""

    success: Final[bool | None]
    """Returns true if the work team was successfully deleted; otherwise, returns false . Since
    2018-11-28.
    """
    def __init__(
        self,
        *,
        success: bool | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        success: bool | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DeployedImage(Shape):
    """Gets the Amazon EC2 Container Registry path of the docker image of the model that is hosted in
    this ProductionVariant.
    """

    specified_image: Final[str | None]
    """The image path you specified when you created the model. Since 2018-07-05."""
    resolved_image: Final[str | None]
    """The specific digest path of the image hosted in this ProductionVariant. Since 2018-07-05."""
    resolution_time: Final[datetime | None]
    """The date and time when the image path for the model resolved to the ResolvedImage Since
    2018-07-05.
    """
    def __init__(
        self,
        *,
        specified_image: str | None = None,
        resolved_image: str | None = None,
        resolution_time: datetime | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        specified_image: str | None = ...,
        resolved_image: str | None = ...,
        resolution_time: datetime | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DeploymentConfig(Shape):
    """The most recent deployment configuration for the endpoint."""

    blue_green_update_policy: Final[BlueGreenUpdatePolicy | None]
    """Update policy for a blue/green deployment. If this update policy is specified, SageMaker creates
    a new fleet during the deployment while maintaining the old fleet. SageMaker flips traffic to
    the new fleet according to the specified traffic routing configuration. Only one update policy
    should be used in the deployment configuration. If no update policy is specified, SageMaker uses
    a blue/green deployment strategy with all at once traffic shifting by default. Since 2020-12-01.
    """
    rolling_update_policy: Final[RollingUpdatePolicy | None]
    """Specifies a rolling deployment strategy for updating a SageMaker endpoint. Since 2023-06-30.
    """
    auto_rollback_configuration: Final[AutoRollbackConfig | None]
    """Automatic rollback configuration for handling endpoint deployment failures and recovery. Since
    2020-12-01.
    """
    def __init__(
        self,
        *,
        blue_green_update_policy: BlueGreenUpdatePolicy | None = None,
        rolling_update_policy: RollingUpdatePolicy | None = None,
        auto_rollback_configuration: AutoRollbackConfig | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        blue_green_update_policy: BlueGreenUpdatePolicy | None = ...,
        rolling_update_policy: RollingUpdatePolicy | None = ...,
        auto_rollback_configuration: AutoRollbackConfig | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DeploymentConfiguration(Shape):
    """The configuration to use when updating the AMI versions."""

    rolling_update_policy: Final[RollingDeploymentPolicy | None]
    """The policy that SageMaker uses when updating the AMI versions of the cluster. Since 2025-05-01.
    """
    wait_interval_in_seconds: Final[int | None]
    """The duration in seconds that SageMaker waits before updating more instances in the cluster.
    Since 2025-05-01.
    """
    auto_rollback_configuration: Final[list[AlarmDetails] | None]
    """An array that contains the alarms that SageMaker monitors to know whether to roll back the AMI
    update. Since 2025-05-01.
    """
    def __init__(
        self,
        *,
        rolling_update_policy: RollingDeploymentPolicy | None = None,
        wait_interval_in_seconds: int | None = None,
        auto_rollback_configuration: list[AlarmDetails] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        rolling_update_policy: RollingDeploymentPolicy | None = ...,
        wait_interval_in_seconds: int | None = ...,
        auto_rollback_configuration: list[AlarmDetails] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DeploymentRecommendation(Shape):
    """A set of recommended deployment configurations for the model."""

    recommendation_status: Final[RecommendationStatus | None]
    """Status of the deployment recommendation. The status NOT_APPLICABLE means that SageMaker is
    unable to provide a default recommendation for the model using the information provided. If the
    deployment status is IN_PROGRESS, retry your API call after a few seconds to get a COMPLETED
    deployment recommendation. Since 2023-05-24.
    """
    real_time_inference_recommendations: Final[list[RealTimeInferenceRecommendation] | None]
    """A list of RealTimeInferenceRecommendation items. Since 2023-05-24."""
    def __init__(
        self,
        *,
        recommendation_status: RecommendationStatus | RecommendationStatusLiteral | None = None,
        real_time_inference_recommendations: list[RealTimeInferenceRecommendation] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        recommendation_status: RecommendationStatus | RecommendationStatusLiteral | None = ...,
        real_time_inference_recommendations: list[RealTimeInferenceRecommendation] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DeploymentStage(Shape):
    """Contains information about a stage in an edge deployment plan."""

    stage_name: Final[str]
    """The name of the stage. Since 2022-07-18."""
    device_selection_config: Final[DeviceSelectionConfig]
    """Configuration of the devices in the stage. Since 2022-07-18."""
    deployment_config: Final[EdgeDeploymentConfig | None]
    """Configuration of the deployment details. Since 2022-07-18."""
    def __init__(
        self,
        *,
        stage_name: str,
        device_selection_config: DeviceSelectionConfig,
        deployment_config: EdgeDeploymentConfig | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        stage_name: str = ...,
        device_selection_config: DeviceSelectionConfig = ...,
        deployment_config: EdgeDeploymentConfig | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DeploymentStageStatusSummary(Shape):
    """Contains information summarizing the deployment stage results."""

    stage_name: Final[str | None]
    """The name of the stage. Since 2022-07-18."""
    device_selection_config: Final[DeviceSelectionConfig | None]
    """Configuration of the devices in the stage. Since 2022-07-18."""
    deployment_config: Final[EdgeDeploymentConfig | None]
    """Configuration of the deployment details. Since 2022-07-18."""
    deployment_status: Final[EdgeDeploymentStatus | None]
    """General status of the current state. Since 2022-07-18."""
    def __init__(
        self,
        *,
        stage_name: str | None = None,
        device_selection_config: DeviceSelectionConfig | None = None,
        deployment_config: EdgeDeploymentConfig | None = None,
        deployment_status: EdgeDeploymentStatus | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        stage_name: str | None = ...,
        device_selection_config: DeviceSelectionConfig | None = ...,
        deployment_config: EdgeDeploymentConfig | None = ...,
        deployment_status: EdgeDeploymentStatus | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DeregisterDevicesRequest(Shape):
    """No description on the pages."""

    device_fleet_name: Final[str]
    """The name of the fleet the devices belong to. Since 2020-12-08."""
    device_names: Final[list[str]]
    """The unique IDs of the devices. Since 2020-12-08."""
    def __init__(
        self,
        *,
        device_fleet_name: str,
        device_names: list[str],
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        device_fleet_name: str = ...,
        device_names: list[str] = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DeregisterDevicesResponse(OutputShape):
    """The result of ``deregister_devices`` (DeregisterDevices)."""

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

class DerivedInformation(Shape):
    """Information that SageMaker Neo automatically derived about the model."""

    derived_data_input_config: Final[str | None]
    """The data input configuration that SageMaker Neo automatically derived for the model. When
    SageMaker Neo derives this information, you don't need to specify the data input configuration
    when you create a compilation job. Since 2023-09-05.
    """
    def __init__(
        self,
        *,
        derived_data_input_config: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        derived_data_input_config: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeAIBenchmarkJobRequest(Shape):
    """No description on the pages."""

    ai_benchmark_job_name: Final[str]
    """The name of the AI benchmark job to describe. Since 2026-04-21."""
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

class DescribeAIBenchmarkJobResponse(OutputShape):
    """The result of ``describe_ai_benchmark_job`` (DescribeAIBenchmarkJob)."""

    ai_benchmark_job_name: Final[str | None]
    """The name of the AI benchmark job. Since 2026-04-21."""
    ai_benchmark_job_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the AI benchmark job. Since 2026-04-21."""
    ai_benchmark_job_status: Final[AIBenchmarkJobStatus | None]
    """The status of the AI benchmark job. Since 2026-04-21."""
    failure_reason: Final[str | None]
    """If the benchmark job failed, the reason it failed. Since 2026-04-21."""
    benchmark_target: Final[AIBenchmarkTarget | None]
    """The target endpoint that was benchmarked. Since 2026-04-21."""
    output_config: Final[AIBenchmarkOutputResult | None]
    """The output configuration for the benchmark job, including the Amazon S3 output location and
    CloudWatch log information. Since 2026-04-21.
    """
    ai_workload_config_identifier: Final[str | None]
    """The name or Amazon Resource Name (ARN) of the AI workload configuration used for this benchmark
    job. Since 2026-04-21.
    """
    role_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the IAM role used by the benchmark job. Since 2026-04-21.
    """
    network_config: Final[AIBenchmarkNetworkConfig | None]
    """The network configuration for the benchmark job. Since 2026-04-21."""
    creation_time: Final[datetime | None]
    """A timestamp that indicates when the benchmark job was created. Since 2026-04-21."""
    start_time: Final[datetime | None]
    """A timestamp that indicates when the benchmark job started running. Since 2026-04-21."""
    end_time: Final[datetime | None]
    """A timestamp that indicates when the benchmark job completed. Since 2026-04-21."""
    tags: Final[list[Tag] | None]
    """The tags associated with the benchmark job. Since 2026-04-21."""
    def __init__(
        self,
        *,
        ai_benchmark_job_name: str | None = None,
        ai_benchmark_job_arn: str | None = None,
        ai_benchmark_job_status: AIBenchmarkJobStatus | AIBenchmarkJobStatusLiteral | None = None,
        failure_reason: str | None = None,
        benchmark_target: AIBenchmarkTarget | None = None,
        output_config: AIBenchmarkOutputResult | None = None,
        ai_workload_config_identifier: str | None = None,
        role_arn: str | None = None,
        network_config: AIBenchmarkNetworkConfig | None = None,
        creation_time: datetime | None = None,
        start_time: datetime | None = None,
        end_time: datetime | None = None,
        tags: list[Tag] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        ai_benchmark_job_name: str | None = ...,
        ai_benchmark_job_arn: str | None = ...,
        ai_benchmark_job_status: AIBenchmarkJobStatus | AIBenchmarkJobStatusLiteral | None = ...,
        failure_reason: str | None = ...,
        benchmark_target: AIBenchmarkTarget | None = ...,
        output_config: AIBenchmarkOutputResult | None = ...,
        ai_workload_config_identifier: str | None = ...,
        role_arn: str | None = ...,
        network_config: AIBenchmarkNetworkConfig | None = ...,
        creation_time: datetime | None = ...,
        start_time: datetime | None = ...,
        end_time: datetime | None = ...,
        tags: list[Tag] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeAIRecommendationJobRequest(Shape):
    """No description on the pages."""

    ai_recommendation_job_name: Final[str]
    """The name of the AI recommendation job to describe. Since 2026-04-21."""
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

class DescribeAIRecommendationJobResponse(OutputShape):
    """The result of ``describe_ai_recommendation_job`` (DescribeAIRecommendationJob)."""

    ai_recommendation_job_name: Final[str | None]
    """The name of the AI recommendation job. Since 2026-04-21."""
    ai_recommendation_job_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the AI recommendation job. Since 2026-04-21."""
    ai_recommendation_job_status: Final[AIRecommendationJobStatus | None]
    """The status of the AI recommendation job. Since 2026-04-21."""
    failure_reason: Final[str | None]
    """If the recommendation job failed, the reason it failed. Since 2026-04-21."""
    model_source: Final[AIModelSource | None]
    """The source of the model that was analyzed. Since 2026-04-21."""
    output_config: Final[AIRecommendationOutputResult | None]
    """The output configuration for the recommendation job. Since 2026-04-21."""
    inference_specification: Final[AIRecommendationInferenceSpecification | None]
    """The inference framework configuration. Since 2026-04-21."""
    ai_workload_config_identifier: Final[str | None]
    """The name or Amazon Resource Name (ARN) of the AI workload configuration used for this
    recommendation job. Since 2026-04-21.
    """
    optimize_model: Final[bool | None]
    """Whether model optimization techniques were allowed. Since 2026-04-21."""
    performance_target: Final[AIRecommendationPerformanceTarget | None]
    """The performance targets specified for the recommendation job. Since 2026-04-21."""
    recommendations: Final[list[AIRecommendation] | None]
    """The list of optimization recommendations generated by the job. Each recommendation includes
    optimization details, deployment configuration, expected performance metrics, and the associated
    benchmark job ARN. Since 2026-04-21.
    """
    role_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the IAM role used by the recommendation job. Since 2026-04-21.
    """
    compute_spec: Final[AIRecommendationComputeSpec | None]
    """The compute resource specification for the recommendation job. Since 2026-04-21."""
    adapter_source: Final[AIAdapterSource | None]
    """The LoRA adapter source that was specified when the recommendation job was created. This field
    is absent when the job was created without LoRA adapters. Since 2026-07-27.
    """
    creation_time: Final[datetime | None]
    """A timestamp that indicates when the recommendation job was created. Since 2026-04-21."""
    start_time: Final[datetime | None]
    """A timestamp that indicates when the recommendation job started running. Since 2026-04-21."""
    end_time: Final[datetime | None]
    """A timestamp that indicates when the recommendation job completed. Since 2026-04-21."""
    tags: Final[list[Tag] | None]
    """The tags associated with the recommendation job. Since 2026-04-21."""
    def __init__(
        self,
        *,
        ai_recommendation_job_name: str | None = None,
        ai_recommendation_job_arn: str | None = None,
        ai_recommendation_job_status: AIRecommendationJobStatus | AIRecommendationJobStatusLiteral | None = None,
        failure_reason: str | None = None,
        model_source: AIModelSource | None = None,
        output_config: AIRecommendationOutputResult | None = None,
        inference_specification: AIRecommendationInferenceSpecification | None = None,
        ai_workload_config_identifier: str | None = None,
        optimize_model: bool | None = None,
        performance_target: AIRecommendationPerformanceTarget | None = None,
        recommendations: list[AIRecommendation] | None = None,
        role_arn: str | None = None,
        compute_spec: AIRecommendationComputeSpec | None = None,
        adapter_source: AIAdapterSource | None = None,
        creation_time: datetime | None = None,
        start_time: datetime | None = None,
        end_time: datetime | None = None,
        tags: list[Tag] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        ai_recommendation_job_name: str | None = ...,
        ai_recommendation_job_arn: str | None = ...,
        ai_recommendation_job_status: AIRecommendationJobStatus | AIRecommendationJobStatusLiteral | None = ...,
        failure_reason: str | None = ...,
        model_source: AIModelSource | None = ...,
        output_config: AIRecommendationOutputResult | None = ...,
        inference_specification: AIRecommendationInferenceSpecification | None = ...,
        ai_workload_config_identifier: str | None = ...,
        optimize_model: bool | None = ...,
        performance_target: AIRecommendationPerformanceTarget | None = ...,
        recommendations: list[AIRecommendation] | None = ...,
        role_arn: str | None = ...,
        compute_spec: AIRecommendationComputeSpec | None = ...,
        adapter_source: AIAdapterSource | None = ...,
        creation_time: datetime | None = ...,
        start_time: datetime | None = ...,
        end_time: datetime | None = ...,
        tags: list[Tag] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeAIWorkloadConfigRequest(Shape):
    """No description on the pages."""

    ai_workload_config_name: Final[str]
    """The name of the AI workload configuration to describe. Since 2026-04-21."""
    def __init__(
        self,
        *,
        ai_workload_config_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        ai_workload_config_name: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeAIWorkloadConfigResponse(OutputShape):
    """The result of ``describe_ai_workload_config`` (DescribeAIWorkloadConfig)."""

    ai_workload_config_name: Final[str | None]
    """The name of the AI workload configuration. Since 2026-04-21."""
    ai_workload_config_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the AI workload configuration. Since 2026-04-21."""
    dataset_config: Final[AIDatasetConfig | None]
    """The dataset configuration for the workload. Since 2026-04-21."""
    ai_workload_configs: Final[AIWorkloadConfigs | None]
    """The benchmark tool configuration and workload specification. Since 2026-04-21."""
    tags: Final[list[Tag] | None]
    """The tags associated with the AI workload configuration. Since 2026-04-21."""
    creation_time: Final[datetime | None]
    """A timestamp that indicates when the AI workload configuration was created. Since 2026-04-21.
    """
    def __init__(
        self,
        *,
        ai_workload_config_name: str | None = None,
        ai_workload_config_arn: str | None = None,
        dataset_config: AIDatasetConfig | None = None,
        ai_workload_configs: AIWorkloadConfigs | None = None,
        tags: list[Tag] | None = None,
        creation_time: datetime | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        ai_workload_config_name: str | None = ...,
        ai_workload_config_arn: str | None = ...,
        dataset_config: AIDatasetConfig | None = ...,
        ai_workload_configs: AIWorkloadConfigs | None = ...,
        tags: list[Tag] | None = ...,
        creation_time: datetime | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeActionRequest(Shape):
    """No description on the pages."""

    action_name: Final[str]
    """The name of the action to describe. Since 2020-12-01."""
    def __init__(
        self,
        *,
        action_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        action_name: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeActionResponse(OutputShape):
    """The result of ``describe_action`` (DescribeAction)."""

    action_name: Final[str | None]
    """The name of the action. Since 2020-12-01."""
    action_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the action. Since 2020-12-01."""
    source: Final[ActionSource | None]
    """The source of the action. Since 2020-12-01."""
    action_type: Final[str | None]
    """The type of the action. Since 2020-12-01."""
    description: Final[str | None]
    """The description of the action. Since 2020-12-01."""
    status: Final[ActionStatus | None]
    """The status of the action. Since 2020-12-01."""
    properties: Final[dict[str, str] | None]
    """A list of the action's properties. Since 2020-12-01."""
    creation_time: Final[datetime | None]
    """When the action was created. Since 2020-12-01."""
    created_by: Final[UserContext | None]
    """Information about the user who created or modified an experiment, trial, trial component,
    lineage group, project, or model card. Since 2020-12-01.
    """
    last_modified_time: Final[datetime | None]
    """When the action was last modified. Since 2020-12-01."""
    last_modified_by: Final[UserContext | None]
    """Information about the user who created or modified an experiment, trial, trial component,
    lineage group, project, or model card. Since 2020-12-01.
    """
    metadata_properties: Final[MetadataProperties | None]
    """Metadata properties of the tracking entity, trial, or trial component. Since 2020-12-01."""
    lineage_group_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the lineage group. Since 2021-12-01."""
    def __init__(
        self,
        *,
        action_name: str | None = None,
        action_arn: str | None = None,
        source: ActionSource | None = None,
        action_type: str | None = None,
        description: str | None = None,
        status: ActionStatus | ActionStatusLiteral | None = None,
        properties: dict[str, str] | None = None,
        creation_time: datetime | None = None,
        created_by: UserContext | None = None,
        last_modified_time: datetime | None = None,
        last_modified_by: UserContext | None = None,
        metadata_properties: MetadataProperties | None = None,
        lineage_group_arn: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        action_name: str | None = ...,
        action_arn: str | None = ...,
        source: ActionSource | None = ...,
        action_type: str | None = ...,
        description: str | None = ...,
        status: ActionStatus | ActionStatusLiteral | None = ...,
        properties: dict[str, str] | None = ...,
        creation_time: datetime | None = ...,
        created_by: UserContext | None = ...,
        last_modified_time: datetime | None = ...,
        last_modified_by: UserContext | None = ...,
        metadata_properties: MetadataProperties | None = ...,
        lineage_group_arn: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeAlgorithmInput(Shape):
    """No description on the pages."""

    algorithm_name: Final[str]
    """The name of the algorithm to describe. Since 2018-11-28."""
    def __init__(
        self,
        *,
        algorithm_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        algorithm_name: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeAlgorithmOutput(OutputShape):
    """The result of ``describe_algorithm`` (DescribeAlgorithm)."""

    algorithm_name: Final[str | None]
    """The name of the algorithm being described. Since 2018-11-28."""
    algorithm_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the algorithm. Since 2018-11-28."""
    algorithm_description: Final[str | None]
    """A brief summary about the algorithm. Since 2018-11-28."""
    creation_time: Final[datetime | None]
    """A timestamp specifying when the algorithm was created. Since 2018-11-28."""
    training_specification: Final[TrainingSpecification | None]
    """Details about training jobs run by this algorithm. Since 2018-11-28."""
    inference_specification: Final[InferenceSpecification | None]
    """Details about inference jobs that the algorithm runs. Since 2018-11-28."""
    validation_specification: Final[AlgorithmValidationSpecification | None]
    """Details about configurations for one or more training jobs that SageMaker runs to test the
    algorithm. Since 2018-11-28.
    """
    algorithm_status: Final[AlgorithmStatus | None]
    """The current status of the algorithm. Since 2018-11-28."""
    algorithm_status_details: Final[AlgorithmStatusDetails | None]
    """Details about the current status of the algorithm. Since 2018-11-28."""
    product_id: Final[str | None]
    """The product identifier of the algorithm. Since 2018-11-28."""
    certify_for_marketplace: Final[bool | None]
    """Whether the algorithm is certified to be listed in Amazon Web Services Marketplace. Since
    2018-11-28.
    """
    def __init__(
        self,
        *,
        algorithm_name: str | None = None,
        algorithm_arn: str | None = None,
        algorithm_description: str | None = None,
        creation_time: datetime | None = None,
        training_specification: TrainingSpecification | None = None,
        inference_specification: InferenceSpecification | None = None,
        validation_specification: AlgorithmValidationSpecification | None = None,
        algorithm_status: AlgorithmStatus | AlgorithmStatusLiteral | None = None,
        algorithm_status_details: AlgorithmStatusDetails | None = None,
        product_id: str | None = None,
        certify_for_marketplace: bool | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        algorithm_name: str | None = ...,
        algorithm_arn: str | None = ...,
        algorithm_description: str | None = ...,
        creation_time: datetime | None = ...,
        training_specification: TrainingSpecification | None = ...,
        inference_specification: InferenceSpecification | None = ...,
        validation_specification: AlgorithmValidationSpecification | None = ...,
        algorithm_status: AlgorithmStatus | AlgorithmStatusLiteral | None = ...,
        algorithm_status_details: AlgorithmStatusDetails | None = ...,
        product_id: str | None = ...,
        certify_for_marketplace: bool | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeAppImageConfigRequest(Shape):
    """No description on the pages."""

    app_image_config_name: Final[str]
    """The name of the AppImageConfig to describe. Since 2020-10-26."""
    def __init__(
        self,
        *,
        app_image_config_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        app_image_config_name: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeAppImageConfigResponse(OutputShape):
    """The result of ``describe_app_image_config`` (DescribeAppImageConfig)."""

    app_image_config_arn: Final[str | None]
    """The ARN of the AppImageConfig. Since 2020-10-26."""
    app_image_config_name: Final[str | None]
    """The name of the AppImageConfig. Since 2020-10-26."""
    creation_time: Final[datetime | None]
    """When the AppImageConfig was created. Since 2020-10-26."""
    last_modified_time: Final[datetime | None]
    """When the AppImageConfig was last modified. Since 2020-10-26."""
    kernel_gateway_image_config: Final[KernelGatewayImageConfig | None]
    """The configuration of a KernelGateway app. Since 2020-10-26."""
    jupyter_lab_app_image_config: Final[JupyterLabAppImageConfig | None]
    """The configuration of the JupyterLab app. Since 2023-11-30."""
    code_editor_app_image_config: Final[CodeEditorAppImageConfig | None]
    """The configuration of the Code Editor app. Since 2024-03-29."""
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

class DescribeAppRequest(Shape):
    """No description on the pages."""

    domain_id: Final[str]
    """The domain ID. Since 2019-12-04."""
    user_profile_name: Final[str | None]
    """The user profile name. If this value is not set, then SpaceName must be set. Since 2019-12-04.
    """
    space_name: Final[str | None]
    """The name of the space. Since 2022-11-30."""
    app_type: Final[AppType]
    """The type of app. Since 2019-12-04."""
    app_name: Final[str]
    """The name of the app. Since 2019-12-04."""
    def __init__(
        self,
        *,
        domain_id: str,
        app_type: AppType | AppTypeLiteral,
        app_name: str,
        user_profile_name: str | None = None,
        space_name: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        domain_id: str = ...,
        user_profile_name: str | None = ...,
        space_name: str | None = ...,
        app_type: AppType | AppTypeLiteral = ...,
        app_name: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeAppResponse(OutputShape):
    """The result of ``describe_app`` (DescribeApp)."""

    app_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the app. Since 2019-12-04."""
    app_type: Final[AppType | None]
    """The type of app. Since 2019-12-04."""
    app_name: Final[str | None]
    """The name of the app. Since 2019-12-04."""
    domain_id: Final[str | None]
    """The domain ID. Since 2019-12-04."""
    user_profile_name: Final[str | None]
    """The user profile name. Since 2019-12-04."""
    space_name: Final[str | None]
    """The name of the space. If this value is not set, then UserProfileName must be set. Since
    2022-11-30.
    """
    status: Final[AppStatus | None]
    """The status. Since 2019-12-04."""
    effective_trusted_identity_propagation_status: Final[FeatureStatus | None]
    """The effective status of Trusted Identity Propagation (TIP) for this application. When enabled,
    user identities from IAM Identity Center are being propagated through the application to TIP
    enabled Amazon Web Services services. When disabled, standard IAM role-based access is used.
    Since 2025-08-12.
    """
    recovery_mode: Final[bool | None]
    """Indicates whether the application is launched in recovery mode. Since 2025-03-27."""
    last_health_check_timestamp: Final[datetime | None]
    """The timestamp of the last health check. Since 2019-12-04."""
    last_user_activity_timestamp: Final[datetime | None]
    """The timestamp of the last user's activity. LastUserActivityTimestamp is also updated when
    SageMaker AI performs health checks without user activity. As a result, this value is set to the
    same value as LastHealthCheckTimestamp. Since 2019-12-04.
    """
    creation_time: Final[datetime | None]
    """The creation time of the application. Since 2019-12-04."""
    failure_reason: Final[str | None]
    """The failure reason. Since 2019-12-04."""
    resource_spec: Final[ResourceSpec | None]
    """The instance type and the Amazon Resource Name (ARN) of the SageMaker AI image created on the
    instance. Since 2019-12-04.
    """
    built_in_lifecycle_config_arn: Final[str | None]
    """The lifecycle configuration that runs before the default lifecycle configuration Since
    2024-10-02.
    """
    def __init__(
        self,
        *,
        app_arn: str | None = None,
        app_type: AppType | AppTypeLiteral | None = None,
        app_name: str | None = None,
        domain_id: str | None = None,
        user_profile_name: str | None = None,
        space_name: str | None = None,
        status: AppStatus | AppStatusLiteral | None = None,
        effective_trusted_identity_propagation_status: FeatureStatus | FeatureStatusLiteral | None = None,
        recovery_mode: bool | None = None,
        last_health_check_timestamp: datetime | None = None,
        last_user_activity_timestamp: datetime | None = None,
        creation_time: datetime | None = None,
        failure_reason: str | None = None,
        resource_spec: ResourceSpec | None = None,
        built_in_lifecycle_config_arn: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        app_arn: str | None = ...,
        app_type: AppType | AppTypeLiteral | None = ...,
        app_name: str | None = ...,
        domain_id: str | None = ...,
        user_profile_name: str | None = ...,
        space_name: str | None = ...,
        status: AppStatus | AppStatusLiteral | None = ...,
        effective_trusted_identity_propagation_status: FeatureStatus | FeatureStatusLiteral | None = ...,
        recovery_mode: bool | None = ...,
        last_health_check_timestamp: datetime | None = ...,
        last_user_activity_timestamp: datetime | None = ...,
        creation_time: datetime | None = ...,
        failure_reason: str | None = ...,
        resource_spec: ResourceSpec | None = ...,
        built_in_lifecycle_config_arn: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeArtifactRequest(Shape):
    """No description on the pages."""

    artifact_arn: Final[str]
    """The Amazon Resource Name (ARN) of the artifact to describe. Since 2020-12-01."""
    def __init__(
        self,
        *,
        artifact_arn: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        artifact_arn: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeArtifactResponse(OutputShape):
    """The result of ``describe_artifact`` (DescribeArtifact)."""

    artifact_name: Final[str | None]
    """The name of the artifact. Since 2020-12-01."""
    artifact_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the artifact. Since 2020-12-01."""
    source: Final[ArtifactSource | None]
    """The source of the artifact. Since 2020-12-01."""
    artifact_type: Final[str | None]
    """The type of the artifact. Since 2020-12-01."""
    properties: Final[dict[str, str] | None]
    """A list of the artifact's properties. Since 2020-12-01."""
    creation_time: Final[datetime | None]
    """When the artifact was created. Since 2020-12-01."""
    created_by: Final[UserContext | None]
    """Information about the user who created or modified an experiment, trial, trial component,
    lineage group, project, or model card. Since 2020-12-01.
    """
    last_modified_time: Final[datetime | None]
    """When the artifact was last modified. Since 2020-12-01."""
    last_modified_by: Final[UserContext | None]
    """Information about the user who created or modified an experiment, trial, trial component,
    lineage group, project, or model card. Since 2020-12-01.
    """
    metadata_properties: Final[MetadataProperties | None]
    """Metadata properties of the tracking entity, trial, or trial component. Since 2020-12-01."""
    lineage_group_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the lineage group. Since 2021-12-01."""
    def __init__(
        self,
        *,
        artifact_name: str | None = None,
        artifact_arn: str | None = None,
        source: ArtifactSource | None = None,
        artifact_type: str | None = None,
        properties: dict[str, str] | None = None,
        creation_time: datetime | None = None,
        created_by: UserContext | None = None,
        last_modified_time: datetime | None = None,
        last_modified_by: UserContext | None = None,
        metadata_properties: MetadataProperties | None = None,
        lineage_group_arn: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        artifact_name: str | None = ...,
        artifact_arn: str | None = ...,
        source: ArtifactSource | None = ...,
        artifact_type: str | None = ...,
        properties: dict[str, str] | None = ...,
        creation_time: datetime | None = ...,
        created_by: UserContext | None = ...,
        last_modified_time: datetime | None = ...,
        last_modified_by: UserContext | None = ...,
        metadata_properties: MetadataProperties | None = ...,
        lineage_group_arn: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeAutoMLJobRequest(Shape):
    """No description on the pages."""

    auto_ml_job_name: Final[str]
    """Requests information about an AutoML job using its unique name. Since 2019-12-04."""
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

class DescribeAutoMLJobResponse(OutputShape):
    """The result of ``describe_auto_ml_job`` (DescribeAutoMLJob)."""

    auto_ml_job_name: Final[str | None]
    """Returns the name of the AutoML job. Since 2019-12-04."""
    auto_ml_job_arn: Final[str | None]
    """Returns the ARN of the AutoML job. Since 2019-12-04."""
    input_data_config: Final[list[AutoMLChannel] | None]
    """Returns the input data configuration for the AutoML job. Since 2019-12-04."""
    output_data_config: Final[AutoMLOutputDataConfig | None]
    """Returns the job's output data config. Since 2019-12-04."""
    role_arn: Final[str | None]
    """The ARN of the IAM role that has read permission to the input data location and write permission
    to the output data location in Amazon S3. Since 2019-12-04.
    """
    auto_ml_job_objective: Final[AutoMLJobObjective | None]
    """Returns the job's objective. Since 2019-12-04."""
    problem_type: Final[ProblemType | None]
    """Returns the job's problem type. Since 2019-12-04."""
    auto_ml_job_config: Final[AutoMLJobConfig | None]
    """Returns the configuration for the AutoML job. Since 2019-12-04."""
    creation_time: Final[datetime | None]
    """Returns the creation time of the AutoML job. Since 2019-12-04."""
    end_time: Final[datetime | None]
    """Returns the end time of the AutoML job. Since 2019-12-04."""
    last_modified_time: Final[datetime | None]
    """Returns the job's last modified time. Since 2019-12-04."""
    failure_reason: Final[str | None]
    """Returns the failure reason for an AutoML job, when applicable. Since 2019-12-04."""
    partial_failure_reasons: Final[list[AutoMLPartialFailureReason] | None]
    """Returns a list of reasons for partial failures within an AutoML job. Since 2021-03-30."""
    best_candidate: Final[AutoMLCandidate | None]
    """The best model candidate selected by SageMaker Autopilot using both the best objective metric
    and lowest InferenceLatency for an experiment. Since 2019-12-04.
    """
    auto_ml_job_status: Final[AutoMLJobStatus | None]
    """Returns the status of the AutoML job. Since 2019-12-04."""
    auto_ml_job_secondary_status: Final[AutoMLJobSecondaryStatus | None]
    """Returns the secondary status of the AutoML job. Since 2019-12-04."""
    generate_candidate_definitions_only: Final[bool | None]
    """Indicates whether the output for an AutoML job generates candidate definitions only. Since
    2019-12-04.
    """
    auto_ml_job_artifacts: Final[AutoMLJobArtifacts | None]
    """Returns information on the job's artifacts found in AutoMLJobArtifacts . Since 2019-12-04."""
    resolved_attributes: Final[ResolvedAttributes | None]
    """Contains ProblemType , AutoMLJobObjective , and CompletionCriteria . If you do not provide these
    values, they are inferred. Since 2019-12-04.
    """
    model_deploy_config: Final[ModelDeployConfig | None]
    """Indicates whether the model was deployed automatically to an endpoint and the name of that
    endpoint if deployed automatically. Since 2021-05-05.
    """
    model_deploy_result: Final[ModelDeployResult | None]
    """Provides information about endpoint for the model deployment. Since 2021-05-05."""
    def __init__(
        self,
        *,
        auto_ml_job_name: str | None = None,
        auto_ml_job_arn: str | None = None,
        input_data_config: list[AutoMLChannel] | None = None,
        output_data_config: AutoMLOutputDataConfig | None = None,
        role_arn: str | None = None,
        auto_ml_job_objective: AutoMLJobObjective | None = None,
        problem_type: ProblemType | ProblemTypeLiteral | None = None,
        auto_ml_job_config: AutoMLJobConfig | None = None,
        creation_time: datetime | None = None,
        end_time: datetime | None = None,
        last_modified_time: datetime | None = None,
        failure_reason: str | None = None,
        partial_failure_reasons: list[AutoMLPartialFailureReason] | None = None,
        best_candidate: AutoMLCandidate | None = None,
        auto_ml_job_status: AutoMLJobStatus | AutoMLJobStatusLiteral | None = None,
        auto_ml_job_secondary_status: AutoMLJobSecondaryStatus | AutoMLJobSecondaryStatusLiteral | None = None,
        generate_candidate_definitions_only: bool | None = None,
        auto_ml_job_artifacts: AutoMLJobArtifacts | None = None,
        resolved_attributes: ResolvedAttributes | None = None,
        model_deploy_config: ModelDeployConfig | None = None,
        model_deploy_result: ModelDeployResult | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        auto_ml_job_name: str | None = ...,
        auto_ml_job_arn: str | None = ...,
        input_data_config: list[AutoMLChannel] | None = ...,
        output_data_config: AutoMLOutputDataConfig | None = ...,
        role_arn: str | None = ...,
        auto_ml_job_objective: AutoMLJobObjective | None = ...,
        problem_type: ProblemType | ProblemTypeLiteral | None = ...,
        auto_ml_job_config: AutoMLJobConfig | None = ...,
        creation_time: datetime | None = ...,
        end_time: datetime | None = ...,
        last_modified_time: datetime | None = ...,
        failure_reason: str | None = ...,
        partial_failure_reasons: list[AutoMLPartialFailureReason] | None = ...,
        best_candidate: AutoMLCandidate | None = ...,
        auto_ml_job_status: AutoMLJobStatus | AutoMLJobStatusLiteral | None = ...,
        auto_ml_job_secondary_status: AutoMLJobSecondaryStatus | AutoMLJobSecondaryStatusLiteral | None = ...,
        generate_candidate_definitions_only: bool | None = ...,
        auto_ml_job_artifacts: AutoMLJobArtifacts | None = ...,
        resolved_attributes: ResolvedAttributes | None = ...,
        model_deploy_config: ModelDeployConfig | None = ...,
        model_deploy_result: ModelDeployResult | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeAutoMLJobV2Request(Shape):
    """No description on the pages."""

    auto_ml_job_name: Final[str]
    """Requests information about an AutoML job V2 using its unique name. Since 2023-03-23."""
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

class DescribeAutoMLJobV2Response(OutputShape):
    """The result of ``describe_auto_ml_job_v2`` (DescribeAutoMLJobV2)."""

    auto_ml_job_name: Final[str | None]
    """Returns the name of the AutoML job V2. Since 2023-03-23."""
    auto_ml_job_arn: Final[str | None]
    """Returns the Amazon Resource Name (ARN) of the AutoML job V2. Since 2023-03-23."""
    auto_ml_job_input_data_config: Final[list[AutoMLJobChannel] | None]
    """Returns an array of channel objects describing the input data and their location. Since
    2023-03-23.
    """
    output_data_config: Final[AutoMLOutputDataConfig | None]
    """Returns the job's output data config. Since 2023-03-23."""
    role_arn: Final[str | None]
    """The ARN of the IAM role that has read permission to the input data location and write permission
    to the output data location in Amazon S3. Since 2023-03-23.
    """
    auto_ml_job_objective: Final[AutoMLJobObjective | None]
    """Returns the job's objective. Since 2023-03-23."""
    auto_ml_problem_type_config: Final[AutoMLProblemTypeConfig | None]
    """Returns the configuration settings of the problem type set for the AutoML job V2. Since
    2023-03-23.
    """
    auto_ml_problem_type_config_name: Final[AutoMLProblemTypeConfigName | None]
    """Returns the name of the problem type configuration set for the AutoML job V2. Since 2023-06-19.
    """
    creation_time: Final[datetime | None]
    """Returns the creation time of the AutoML job V2. Since 2023-03-23."""
    end_time: Final[datetime | None]
    """Returns the end time of the AutoML job V2. Since 2023-03-23."""
    last_modified_time: Final[datetime | None]
    """Returns the job's last modified time. Since 2023-03-23."""
    failure_reason: Final[str | None]
    """Returns the reason for the failure of the AutoML job V2, when applicable. Since 2023-03-23.
    """
    partial_failure_reasons: Final[list[AutoMLPartialFailureReason] | None]
    """Returns a list of reasons for partial failures within an AutoML job V2. Since 2023-03-23."""
    best_candidate: Final[AutoMLCandidate | None]
    """Information about the candidate produced by an AutoML training job V2, including its status,
    steps, and other properties. Since 2023-03-23.
    """
    auto_ml_job_status: Final[AutoMLJobStatus | None]
    """Returns the status of the AutoML job V2. Since 2023-03-23."""
    auto_ml_job_secondary_status: Final[AutoMLJobSecondaryStatus | None]
    """Returns the secondary status of the AutoML job V2. Since 2023-03-23."""
    auto_ml_job_artifacts: Final[AutoMLJobArtifacts | None]
    """The artifacts that are generated during an AutoML job. Since 2023-06-19."""
    resolved_attributes: Final[AutoMLResolvedAttributes | None]
    """Returns the resolved attributes used by the AutoML job V2. Since 2023-06-19."""
    model_deploy_config: Final[ModelDeployConfig | None]
    """Indicates whether the model was deployed automatically to an endpoint and the name of that
    endpoint if deployed automatically. Since 2023-03-23.
    """
    model_deploy_result: Final[ModelDeployResult | None]
    """Provides information about endpoint for the model deployment. Since 2023-03-23."""
    data_split_config: Final[AutoMLDataSplitConfig | None]
    """Returns the configuration settings of how the data are split into train and validation datasets.
    Since 2023-03-23.
    """
    security_config: Final[AutoMLSecurityConfig | None]
    """Returns the security configuration for traffic encryption or Amazon VPC settings. Since
    2023-03-23.
    """
    auto_ml_compute_config: Final[AutoMLComputeConfig | None]
    """The compute configuration used for the AutoML job V2. Since 2024-08-12."""
    def __init__(
        self,
        *,
        auto_ml_job_name: str | None = None,
        auto_ml_job_arn: str | None = None,
        auto_ml_job_input_data_config: list[AutoMLJobChannel] | None = None,
        output_data_config: AutoMLOutputDataConfig | None = None,
        role_arn: str | None = None,
        auto_ml_job_objective: AutoMLJobObjective | None = None,
        auto_ml_problem_type_config: AutoMLProblemTypeConfig | None = None,
        auto_ml_problem_type_config_name: AutoMLProblemTypeConfigName
        | AutoMLProblemTypeConfigNameLiteral
        | None = None,
        creation_time: datetime | None = None,
        end_time: datetime | None = None,
        last_modified_time: datetime | None = None,
        failure_reason: str | None = None,
        partial_failure_reasons: list[AutoMLPartialFailureReason] | None = None,
        best_candidate: AutoMLCandidate | None = None,
        auto_ml_job_status: AutoMLJobStatus | AutoMLJobStatusLiteral | None = None,
        auto_ml_job_secondary_status: AutoMLJobSecondaryStatus | AutoMLJobSecondaryStatusLiteral | None = None,
        auto_ml_job_artifacts: AutoMLJobArtifacts | None = None,
        resolved_attributes: AutoMLResolvedAttributes | None = None,
        model_deploy_config: ModelDeployConfig | None = None,
        model_deploy_result: ModelDeployResult | None = None,
        data_split_config: AutoMLDataSplitConfig | None = None,
        security_config: AutoMLSecurityConfig | None = None,
        auto_ml_compute_config: AutoMLComputeConfig | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        auto_ml_job_name: str | None = ...,
        auto_ml_job_arn: str | None = ...,
        auto_ml_job_input_data_config: list[AutoMLJobChannel] | None = ...,
        output_data_config: AutoMLOutputDataConfig | None = ...,
        role_arn: str | None = ...,
        auto_ml_job_objective: AutoMLJobObjective | None = ...,
        auto_ml_problem_type_config: AutoMLProblemTypeConfig | None = ...,
        auto_ml_problem_type_config_name: AutoMLProblemTypeConfigName | AutoMLProblemTypeConfigNameLiteral | None = ...,
        creation_time: datetime | None = ...,
        end_time: datetime | None = ...,
        last_modified_time: datetime | None = ...,
        failure_reason: str | None = ...,
        partial_failure_reasons: list[AutoMLPartialFailureReason] | None = ...,
        best_candidate: AutoMLCandidate | None = ...,
        auto_ml_job_status: AutoMLJobStatus | AutoMLJobStatusLiteral | None = ...,
        auto_ml_job_secondary_status: AutoMLJobSecondaryStatus | AutoMLJobSecondaryStatusLiteral | None = ...,
        auto_ml_job_artifacts: AutoMLJobArtifacts | None = ...,
        resolved_attributes: AutoMLResolvedAttributes | None = ...,
        model_deploy_config: ModelDeployConfig | None = ...,
        model_deploy_result: ModelDeployResult | None = ...,
        data_split_config: AutoMLDataSplitConfig | None = ...,
        security_config: AutoMLSecurityConfig | None = ...,
        auto_ml_compute_config: AutoMLComputeConfig | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeClusterEventRequest(Shape):
    """No description on the pages."""

    event_id: Final[str]
    """The unique identifier (UUID) of the event to describe. This ID can be obtained from the
    ListClusterEvents operation. Since 2025-08-05.
    """
    cluster_name: Final[str]
    """The name or Amazon Resource Name (ARN) of the HyperPod cluster associated with the event. Since
    2025-08-05.
    """
    def __init__(
        self,
        *,
        event_id: str,
        cluster_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        event_id: str = ...,
        cluster_name: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeClusterEventResponse(OutputShape):
    """The result of ``describe_cluster_event`` (DescribeClusterEvent)."""

    event_details: Final[ClusterEventDetail | None]
    """Detailed information about the requested cluster event, including event metadata for various
    resource types such as Cluster, InstanceGroup, Instance, and their associated attributes. Since
    2025-08-05.
    """
    def __init__(
        self,
        *,
        event_details: ClusterEventDetail | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        event_details: ClusterEventDetail | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeClusterNodeRequest(Shape):
    """No description on the pages."""

    cluster_name: Final[str]
    """The string name or the Amazon Resource Name (ARN) of the SageMaker HyperPod cluster in which the
    node is. Since 2023-11-29.
    """
    node_id: Final[str | None]
    """The ID of the SageMaker HyperPod cluster node. Since 2023-11-29."""
    node_logical_id: Final[str | None]
    """The logical identifier of the node to describe. You can specify either NodeLogicalId or
    InstanceId, but not both. NodeLogicalId can be used to describe nodes that are still being
    provisioned and don't yet have an InstanceId assigned. Since 2025-08-05.
    """
    def __init__(
        self,
        *,
        cluster_name: str,
        node_id: str | None = None,
        node_logical_id: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        cluster_name: str = ...,
        node_id: str | None = ...,
        node_logical_id: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeClusterNodeResponse(OutputShape):
    """The result of ``describe_cluster_node`` (DescribeClusterNode)."""

    node_details: Final[ClusterNodeDetails | None]
    """The details of the SageMaker HyperPod cluster node. Since 2023-11-29."""
    def __init__(
        self,
        *,
        node_details: ClusterNodeDetails | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        node_details: ClusterNodeDetails | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeClusterRequest(Shape):
    """No description on the pages."""

    cluster_name: Final[str]
    """The string name or the Amazon Resource Name (ARN) of the SageMaker HyperPod cluster. Since
    2023-11-29.
    """
    def __init__(
        self,
        *,
        cluster_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        cluster_name: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeClusterResponse(OutputShape):
    """The result of ``describe_cluster`` (DescribeCluster)."""

    cluster_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the SageMaker HyperPod cluster. Since 2023-11-29."""
    cluster_name: Final[str | None]
    """The name of the SageMaker HyperPod cluster. Since 2023-11-29."""
    cluster_status: Final[ClusterStatus | None]
    """The status of the SageMaker HyperPod cluster. Since 2023-11-29."""
    creation_time: Final[datetime | None]
    """The time when the SageMaker Cluster is created. Since 2023-11-29."""
    failure_message: Final[str | None]
    """The failure message of the SageMaker HyperPod cluster. Since 2023-11-29."""
    instance_groups: Final[list[ClusterInstanceGroupDetails] | None]
    """The instance groups of the SageMaker HyperPod cluster. Since 2023-11-29."""
    restricted_instance_groups: Final[list[ClusterRestrictedInstanceGroupDetails] | None]
    """The specialized instance groups for training models like Amazon Nova to be created in the
    SageMaker HyperPod cluster. Since 2025-07-15.
    """
    restricted_instance_groups_config: Final[ClusterRestrictedInstanceGroupsConfigOutput | None]
    """The configuration for the restricted instance groups (RIG) in the SageMaker HyperPod cluster.
    Since 2026-05-27.
    """
    vpc_config: Final[VpcConfig | None]
    """Specifies an Amazon Virtual Private Cloud (VPC) that your SageMaker jobs, hosted models, and
    compute resources have access to. You can control access to and from your resources by
    configuring a VPC. For more information, see Give SageMaker Access to Resources in your Amazon
    VPC. Since 2023-11-29.
    """
    orchestrator: Final[ClusterOrchestrator | None]
    """The type of orchestrator used for the SageMaker HyperPod cluster. Since 2024-09-09."""
    tiered_storage_config: Final[ClusterTieredStorageConfig | None]
    """The current configuration for managed tier checkpointing on the HyperPod cluster. For example,
    this shows whether the feature is enabled and the percentage of cluster memory allocated for
    checkpoint storage. Since 2025-09-05.
    """
    node_recovery: Final[ClusterNodeRecovery | None]
    """The node recovery mode configured for the SageMaker HyperPod cluster. Since 2024-09-09."""
    node_provisioning_mode: Final[ClusterNodeProvisioningMode | None]
    """The mode used for provisioning nodes in the cluster. Since 2025-08-05."""
    cluster_role: Final[str | None]
    """The Amazon Resource Name (ARN) of the IAM role that HyperPod uses for cluster autoscaling
    operations. Since 2025-08-27.
    """
    auto_scaling: Final[ClusterAutoScalingConfigOutput | None]
    """The current autoscaling configuration and status for the autoscaler. Since 2025-08-27."""
    def __init__(
        self,
        *,
        cluster_arn: str | None = None,
        cluster_name: str | None = None,
        cluster_status: ClusterStatus | ClusterStatusLiteral | None = None,
        creation_time: datetime | None = None,
        failure_message: str | None = None,
        instance_groups: list[ClusterInstanceGroupDetails] | None = None,
        restricted_instance_groups: list[ClusterRestrictedInstanceGroupDetails] | None = None,
        restricted_instance_groups_config: ClusterRestrictedInstanceGroupsConfigOutput | None = None,
        vpc_config: VpcConfig | None = None,
        orchestrator: ClusterOrchestrator | None = None,
        tiered_storage_config: ClusterTieredStorageConfig | None = None,
        node_recovery: ClusterNodeRecovery | ClusterNodeRecoveryLiteral | None = None,
        node_provisioning_mode: ClusterNodeProvisioningMode | ClusterNodeProvisioningModeLiteral | None = None,
        cluster_role: str | None = None,
        auto_scaling: ClusterAutoScalingConfigOutput | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        cluster_arn: str | None = ...,
        cluster_name: str | None = ...,
        cluster_status: ClusterStatus | ClusterStatusLiteral | None = ...,
        creation_time: datetime | None = ...,
        failure_message: str | None = ...,
        instance_groups: list[ClusterInstanceGroupDetails] | None = ...,
        restricted_instance_groups: list[ClusterRestrictedInstanceGroupDetails] | None = ...,
        restricted_instance_groups_config: ClusterRestrictedInstanceGroupsConfigOutput | None = ...,
        vpc_config: VpcConfig | None = ...,
        orchestrator: ClusterOrchestrator | None = ...,
        tiered_storage_config: ClusterTieredStorageConfig | None = ...,
        node_recovery: ClusterNodeRecovery | ClusterNodeRecoveryLiteral | None = ...,
        node_provisioning_mode: ClusterNodeProvisioningMode | ClusterNodeProvisioningModeLiteral | None = ...,
        cluster_role: str | None = ...,
        auto_scaling: ClusterAutoScalingConfigOutput | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeClusterSchedulerConfigRequest(Shape):
    """No description on the pages."""

    cluster_scheduler_config_id: Final[str]
    """ID of the cluster policy. Since 2024-12-04."""
    cluster_scheduler_config_version: Final[int | None]
    """Version of the cluster policy. Since 2024-12-04."""
    def __init__(
        self,
        *,
        cluster_scheduler_config_id: str,
        cluster_scheduler_config_version: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        cluster_scheduler_config_id: str = ...,
        cluster_scheduler_config_version: int | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeClusterSchedulerConfigResponse(OutputShape):
    """The result of ``describe_cluster_scheduler_config`` (DescribeClusterSchedulerConfig)."""

    cluster_scheduler_config_arn: Final[str | None]
    """ARN of the cluster policy. Since 2024-12-04."""
    cluster_scheduler_config_id: Final[str | None]
    """ID of the cluster policy. Since 2024-12-04."""
    name: Final[str | None]
    """Name of the cluster policy. Since 2024-12-04."""
    cluster_scheduler_config_version: Final[int | None]
    """Version of the cluster policy. Since 2024-12-04."""
    status: Final[SchedulerResourceStatus | None]
    """Status of the cluster policy. Since 2024-12-04."""
    failure_reason: Final[str | None]
    """Failure reason of the cluster policy. Since 2024-12-04."""
    status_details: Final[dict[str, SchedulerResourceStatus | SchedulerResourceStatusLiteral] | None]
    """Additional details about the status of the cluster policy. This field provides context when the
    policy is in a non-active state, such as during creation, updates, or if failures occur. Since
    2026-01-27.
    """
    cluster_arn: Final[str | None]
    """ARN of the cluster where the cluster policy is applied. Since 2024-12-04."""
    scheduler_config: Final[SchedulerConfig | None]
    """Cluster policy configuration. This policy is used for task prioritization and fair-share
    allocation. This helps prioritize critical workloads and distributes idle compute across
    entities. Since 2024-12-04.
    """
    description: Final[str | None]
    """Description of the cluster policy. Since 2024-12-04."""
    creation_time: Final[datetime | None]
    """Creation time of the cluster policy. Since 2024-12-04."""
    created_by: Final[UserContext | None]
    """Information about the user who created or modified a SageMaker resource. Since 2024-12-04."""
    last_modified_time: Final[datetime | None]
    """Last modified time of the cluster policy. Since 2024-12-04."""
    last_modified_by: Final[UserContext | None]
    """Information about the user who created or modified a SageMaker resource. Since 2024-12-04."""
    def __init__(
        self,
        *,
        cluster_scheduler_config_arn: str | None = None,
        cluster_scheduler_config_id: str | None = None,
        name: str | None = None,
        cluster_scheduler_config_version: int | None = None,
        status: SchedulerResourceStatus | SchedulerResourceStatusLiteral | None = None,
        failure_reason: str | None = None,
        status_details: dict[str, SchedulerResourceStatus | SchedulerResourceStatusLiteral] | None = None,
        cluster_arn: str | None = None,
        scheduler_config: SchedulerConfig | None = None,
        description: str | None = None,
        creation_time: datetime | None = None,
        created_by: UserContext | None = None,
        last_modified_time: datetime | None = None,
        last_modified_by: UserContext | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        cluster_scheduler_config_arn: str | None = ...,
        cluster_scheduler_config_id: str | None = ...,
        name: str | None = ...,
        cluster_scheduler_config_version: int | None = ...,
        status: SchedulerResourceStatus | SchedulerResourceStatusLiteral | None = ...,
        failure_reason: str | None = ...,
        status_details: dict[str, SchedulerResourceStatus | SchedulerResourceStatusLiteral] | None = ...,
        cluster_arn: str | None = ...,
        scheduler_config: SchedulerConfig | None = ...,
        description: str | None = ...,
        creation_time: datetime | None = ...,
        created_by: UserContext | None = ...,
        last_modified_time: datetime | None = ...,
        last_modified_by: UserContext | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeCodeRepositoryInput(Shape):
    """No description on the pages."""

    code_repository_name: Final[str]
    """The name of the git repository to describe. Since 2018-11-28."""
    def __init__(
        self,
        *,
        code_repository_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        code_repository_name: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeCodeRepositoryOutput(OutputShape):
    """The result of ``describe_code_repository`` (DescribeCodeRepository)."""

    code_repository_name: Final[str | None]
    """The name of the git repository. Since 2018-11-28."""
    code_repository_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the git repository. Since 2018-11-28."""
    creation_time: Final[datetime | None]
    """The date and time that the repository was created. Since 2018-11-28."""
    last_modified_time: Final[datetime | None]
    """The date and time that the repository was last changed. Since 2018-11-28."""
    git_config: Final[GitConfig | None]
    """Configuration details about the repository, including the URL where the repository is located,
    the default branch, and the Amazon Resource Name (ARN) of the AWS Secrets Manager secret that
    contains the credentials used to access the repository. Since 2018-11-28.
    """
    def __init__(
        self,
        *,
        code_repository_name: str | None = None,
        code_repository_arn: str | None = None,
        creation_time: datetime | None = None,
        last_modified_time: datetime | None = None,
        git_config: GitConfig | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        code_repository_name: str | None = ...,
        code_repository_arn: str | None = ...,
        creation_time: datetime | None = ...,
        last_modified_time: datetime | None = ...,
        git_config: GitConfig | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeCompilationJobRequest(Shape):
    """No description on the pages."""

    compilation_job_name: Final[str]
    """The name of the model compilation job that you want information about. Since 2018-11-28."""
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

class DescribeCompilationJobResponse(OutputShape):
    """The result of ``describe_compilation_job`` (DescribeCompilationJob)."""

    compilation_job_name: Final[str | None]
    """The name of the model compilation job. Since 2018-11-28."""
    compilation_job_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the model compilation job. Since 2018-11-28."""
    compilation_job_status: Final[CompilationJobStatus | None]
    """The status of the model compilation job. Since 2018-11-28."""
    compilation_start_time: Final[datetime | None]
    """The time when the model compilation job started the CompilationJob instances. Since 2018-11-28.
    """
    compilation_end_time: Final[datetime | None]
    """The time when the model compilation job on a compilation job instance ended. For a successful or
    stopped job, this is when the job's model artifacts have finished uploading. For a failed job,
    this is when Amazon SageMaker detected that the job failed. Since 2018-11-28.
    """
    stopping_condition: Final[StoppingCondition | None]
    """Specifies a limit to how long a model compilation job can run. When the job reaches the time
    limit, Amazon SageMaker ends the compilation job. Use this API to cap model training costs.
    Since 2018-11-28.
    """
    inference_image: Final[str | None]
    """The inference image to use when compiling a model. Specify an image only if the target device is
    a cloud instance. Since 2021-06-28.
    """
    model_package_version_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the versioned model package that was provided to SageMaker Neo
    when you initiated a compilation job. Since 2021-12-01.
    """
    creation_time: Final[datetime | None]
    """The time that the model compilation job was created. Since 2018-11-28."""
    last_modified_time: Final[datetime | None]
    """The time that the status of the model compilation job was last modified. Since 2018-11-28."""
    failure_reason: Final[str | None]
    """If a model compilation job failed, the reason it failed. Since 2018-11-28."""
    model_artifacts: Final[ModelArtifacts | None]
    """Information about the location in Amazon S3 that has been configured for storing the model
    artifacts used in the compilation job. Since 2018-11-28.
    """
    model_digests: Final[ModelDigests | None]
    """Provides a BLAKE2 hash value that identifies the compiled model artifacts in Amazon S3. Since
    2020-12-01.
    """
    role_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of an IAM role that Amazon SageMaker assumes to perform the model
    compilation job. Since 2018-11-28.
    """
    input_config: Final[InputConfig | None]
    """Information about the location in Amazon S3 of the input model artifacts, the name and shape of
    the expected data inputs, and the framework in which the model was trained. Since 2018-11-28.
    """
    output_config: Final[OutputConfig | None]
    """Information about the output location for the compiled model and the target device that the
    model runs on. Since 2018-11-28.
    """
    vpc_config: Final[NeoVpcConfig | None]
    """A VpcConfig object that specifies the VPC that you want your compilation job to connect to.
    Control access to your models by configuring the VPC. For more information, see Protect
    Compilation Jobs by Using an Amazon Virtual Private Cloud. Since 2021-06-28.
    """
    derived_information: Final[DerivedInformation | None]
    """Information that SageMaker Neo automatically derived about the model. Since 2023-09-05."""
    def __init__(
        self,
        *,
        compilation_job_name: str | None = None,
        compilation_job_arn: str | None = None,
        compilation_job_status: CompilationJobStatus | CompilationJobStatusLiteral | None = None,
        compilation_start_time: datetime | None = None,
        compilation_end_time: datetime | None = None,
        stopping_condition: StoppingCondition | None = None,
        inference_image: str | None = None,
        model_package_version_arn: str | None = None,
        creation_time: datetime | None = None,
        last_modified_time: datetime | None = None,
        failure_reason: str | None = None,
        model_artifacts: ModelArtifacts | None = None,
        model_digests: ModelDigests | None = None,
        role_arn: str | None = None,
        input_config: InputConfig | None = None,
        output_config: OutputConfig | None = None,
        vpc_config: NeoVpcConfig | None = None,
        derived_information: DerivedInformation | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        compilation_job_name: str | None = ...,
        compilation_job_arn: str | None = ...,
        compilation_job_status: CompilationJobStatus | CompilationJobStatusLiteral | None = ...,
        compilation_start_time: datetime | None = ...,
        compilation_end_time: datetime | None = ...,
        stopping_condition: StoppingCondition | None = ...,
        inference_image: str | None = ...,
        model_package_version_arn: str | None = ...,
        creation_time: datetime | None = ...,
        last_modified_time: datetime | None = ...,
        failure_reason: str | None = ...,
        model_artifacts: ModelArtifacts | None = ...,
        model_digests: ModelDigests | None = ...,
        role_arn: str | None = ...,
        input_config: InputConfig | None = ...,
        output_config: OutputConfig | None = ...,
        vpc_config: NeoVpcConfig | None = ...,
        derived_information: DerivedInformation | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeComputeQuotaRequest(Shape):
    """No description on the pages."""

    compute_quota_id: Final[str]
    """ID of the compute allocation definition. Since 2024-12-04."""
    compute_quota_version: Final[int | None]
    """Version of the compute allocation definition. Since 2024-12-04."""
    def __init__(
        self,
        *,
        compute_quota_id: str,
        compute_quota_version: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        compute_quota_id: str = ...,
        compute_quota_version: int | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeComputeQuotaResponse(OutputShape):
    """The result of ``describe_compute_quota`` (DescribeComputeQuota)."""

    compute_quota_arn: Final[str | None]
    """ARN of the compute allocation definition. Since 2024-12-04."""
    compute_quota_id: Final[str | None]
    """ID of the compute allocation definition. Since 2024-12-04."""
    name: Final[str | None]
    """Name of the compute allocation definition. Since 2024-12-04."""
    description: Final[str | None]
    """Description of the compute allocation definition. Since 2024-12-04."""
    compute_quota_version: Final[int | None]
    """Version of the compute allocation definition. Since 2024-12-04."""
    status: Final[SchedulerResourceStatus | None]
    """Status of the compute allocation definition. Since 2024-12-04."""
    failure_reason: Final[str | None]
    """Failure reason of the compute allocation definition. Since 2024-12-04."""
    cluster_arn: Final[str | None]
    """ARN of the cluster. Since 2024-12-04."""
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
    creation_time: Final[datetime | None]
    """Creation time of the compute allocation configuration. Since 2024-12-04."""
    created_by: Final[UserContext | None]
    """Information about the user who created or modified a SageMaker resource. Since 2024-12-04."""
    last_modified_time: Final[datetime | None]
    """Last modified time of the compute allocation configuration. Since 2024-12-04."""
    last_modified_by: Final[UserContext | None]
    """Information about the user who created or modified a SageMaker resource. Since 2024-12-04."""
    def __init__(
        self,
        *,
        compute_quota_arn: str | None = None,
        compute_quota_id: str | None = None,
        name: str | None = None,
        description: str | None = None,
        compute_quota_version: int | None = None,
        status: SchedulerResourceStatus | SchedulerResourceStatusLiteral | None = None,
        failure_reason: str | None = None,
        cluster_arn: str | None = None,
        compute_quota_config: ComputeQuotaConfig | None = None,
        compute_quota_target: ComputeQuotaTarget | None = None,
        activation_state: ActivationState | ActivationStateLiteral | None = None,
        creation_time: datetime | None = None,
        created_by: UserContext | None = None,
        last_modified_time: datetime | None = None,
        last_modified_by: UserContext | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        compute_quota_arn: str | None = ...,
        compute_quota_id: str | None = ...,
        name: str | None = ...,
        description: str | None = ...,
        compute_quota_version: int | None = ...,
        status: SchedulerResourceStatus | SchedulerResourceStatusLiteral | None = ...,
        failure_reason: str | None = ...,
        cluster_arn: str | None = ...,
        compute_quota_config: ComputeQuotaConfig | None = ...,
        compute_quota_target: ComputeQuotaTarget | None = ...,
        activation_state: ActivationState | ActivationStateLiteral | None = ...,
        creation_time: datetime | None = ...,
        created_by: UserContext | None = ...,
        last_modified_time: datetime | None = ...,
        last_modified_by: UserContext | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeContextRequest(Shape):
    """No description on the pages."""

    context_name: Final[str]
    """The name of the context to describe. Since 2020-12-01."""
    def __init__(
        self,
        *,
        context_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        context_name: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeContextResponse(OutputShape):
    """The result of ``describe_context`` (DescribeContext)."""

    context_name: Final[str | None]
    """The name of the context. Since 2020-12-01."""
    context_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the context. Since 2020-12-01."""
    source: Final[ContextSource | None]
    """The source of the context. Since 2020-12-01."""
    context_type: Final[str | None]
    """The type of the context. Since 2020-12-01."""
    description: Final[str | None]
    """The description of the context. Since 2020-12-01."""
    properties: Final[dict[str, str] | None]
    """A list of the context's properties. Since 2020-12-01."""
    creation_time: Final[datetime | None]
    """When the context was created. Since 2020-12-01."""
    created_by: Final[UserContext | None]
    """Information about the user who created or modified an experiment, trial, trial component,
    lineage group, project, or model card. Since 2020-12-01.
    """
    last_modified_time: Final[datetime | None]
    """When the context was last modified. Since 2020-12-01."""
    last_modified_by: Final[UserContext | None]
    """Information about the user who created or modified an experiment, trial, trial component,
    lineage group, project, or model card. Since 2020-12-01.
    """
    lineage_group_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the lineage group. Since 2021-12-01."""
    def __init__(
        self,
        *,
        context_name: str | None = None,
        context_arn: str | None = None,
        source: ContextSource | None = None,
        context_type: str | None = None,
        description: str | None = None,
        properties: dict[str, str] | None = None,
        creation_time: datetime | None = None,
        created_by: UserContext | None = None,
        last_modified_time: datetime | None = None,
        last_modified_by: UserContext | None = None,
        lineage_group_arn: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        context_name: str | None = ...,
        context_arn: str | None = ...,
        source: ContextSource | None = ...,
        context_type: str | None = ...,
        description: str | None = ...,
        properties: dict[str, str] | None = ...,
        creation_time: datetime | None = ...,
        created_by: UserContext | None = ...,
        last_modified_time: datetime | None = ...,
        last_modified_by: UserContext | None = ...,
        lineage_group_arn: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeDataQualityJobDefinitionRequest(Shape):
    """No description on the pages."""

    job_definition_name: Final[str]
    """The name of the data quality monitoring job definition to describe. Since 2020-12-08."""
    def __init__(
        self,
        *,
        job_definition_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        job_definition_name: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeDataQualityJobDefinitionResponse(OutputShape):
    """The result of ``describe_data_quality_job_definition`` (DescribeDataQualityJobDefinition)."""

    job_definition_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the data quality monitoring job definition. Since 2020-12-08.
    """
    job_definition_name: Final[str | None]
    """The name of the data quality monitoring job definition. Since 2020-12-08."""
    creation_time: Final[datetime | None]
    """The time that the data quality monitoring job definition was created. Since 2020-12-08."""
    data_quality_baseline_config: Final[DataQualityBaselineConfig | None]
    """The constraints and baselines for the data quality monitoring job definition. Since 2020-12-08.
    """
    data_quality_app_specification: Final[DataQualityAppSpecification | None]
    """Information about the container that runs the data quality monitoring job. Since 2020-12-08.
    """
    data_quality_job_input: Final[DataQualityJobInput | None]
    """The list of inputs for the data quality monitoring job. Currently endpoints are supported. Since
    2020-12-08.
    """
    data_quality_job_output_config: Final[MonitoringOutputConfig | None]
    """The output configuration for monitoring jobs. Since 2020-12-08."""
    job_resources: Final[MonitoringResources | None]
    """Identifies the resources to deploy for a monitoring job. Since 2020-12-08."""
    network_config: Final[MonitoringNetworkConfig | None]
    """The networking configuration for the data quality monitoring job. Since 2020-12-08."""
    role_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of an IAM role that Amazon SageMaker AI can assume to perform
    tasks on your behalf. Since 2020-12-08.
    """
    stopping_condition: Final[MonitoringStoppingCondition | None]
    """A time limit for how long the monitoring job is allowed to run before stopping. Since
    2020-12-08.
    """
    def __init__(
        self,
        *,
        job_definition_arn: str | None = None,
        job_definition_name: str | None = None,
        creation_time: datetime | None = None,
        data_quality_baseline_config: DataQualityBaselineConfig | None = None,
        data_quality_app_specification: DataQualityAppSpecification | None = None,
        data_quality_job_input: DataQualityJobInput | None = None,
        data_quality_job_output_config: MonitoringOutputConfig | None = None,
        job_resources: MonitoringResources | None = None,
        network_config: MonitoringNetworkConfig | None = None,
        role_arn: str | None = None,
        stopping_condition: MonitoringStoppingCondition | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        job_definition_arn: str | None = ...,
        job_definition_name: str | None = ...,
        creation_time: datetime | None = ...,
        data_quality_baseline_config: DataQualityBaselineConfig | None = ...,
        data_quality_app_specification: DataQualityAppSpecification | None = ...,
        data_quality_job_input: DataQualityJobInput | None = ...,
        data_quality_job_output_config: MonitoringOutputConfig | None = ...,
        job_resources: MonitoringResources | None = ...,
        network_config: MonitoringNetworkConfig | None = ...,
        role_arn: str | None = ...,
        stopping_condition: MonitoringStoppingCondition | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeDeviceFleetRequest(Shape):
    """No description on the pages."""

    device_fleet_name: Final[str]
    """The name of the fleet. Since 2020-12-08."""
    def __init__(
        self,
        *,
        device_fleet_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        device_fleet_name: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeDeviceFleetResponse(OutputShape):
    """The result of ``describe_device_fleet`` (DescribeDeviceFleet)."""

    device_fleet_name: Final[str | None]
    """The name of the fleet. Since 2020-12-08."""
    device_fleet_arn: Final[str | None]
    """The The Amazon Resource Name (ARN) of the fleet. Since 2020-12-08."""
    output_config: Final[EdgeOutputConfig | None]
    """The output configuration for storing sampled data. Since 2020-12-08."""
    description: Final[str | None]
    """A description of the fleet. Since 2020-12-08."""
    creation_time: Final[datetime | None]
    """Timestamp of when the device fleet was created. Since 2020-12-08."""
    last_modified_time: Final[datetime | None]
    """Timestamp of when the device fleet was last updated. Since 2020-12-08."""
    role_arn: Final[str | None]
    """The Amazon Resource Name (ARN) that has access to AWS Internet of Things (IoT). Since
    2020-12-08.
    """
    iot_role_alias: Final[str | None]
    """The Amazon Resource Name (ARN) alias created in AWS Internet of Things (IoT). Since 2020-12-08.
    """
    def __init__(
        self,
        *,
        device_fleet_name: str | None = None,
        device_fleet_arn: str | None = None,
        output_config: EdgeOutputConfig | None = None,
        description: str | None = None,
        creation_time: datetime | None = None,
        last_modified_time: datetime | None = None,
        role_arn: str | None = None,
        iot_role_alias: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        device_fleet_name: str | None = ...,
        device_fleet_arn: str | None = ...,
        output_config: EdgeOutputConfig | None = ...,
        description: str | None = ...,
        creation_time: datetime | None = ...,
        last_modified_time: datetime | None = ...,
        role_arn: str | None = ...,
        iot_role_alias: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeDeviceRequest(Shape):
    """No description on the pages."""

    next_token: Final[str | None]
    """Next token of device description. Since 2020-12-08."""
    device_name: Final[str]
    """The unique ID of the device. Since 2020-12-08."""
    device_fleet_name: Final[str]
    """The name of the fleet the devices belong to. Since 2020-12-08."""
    def __init__(
        self,
        *,
        device_name: str,
        device_fleet_name: str,
        next_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        next_token: str | None = ...,
        device_name: str = ...,
        device_fleet_name: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeDeviceResponse(OutputShape):
    """The result of ``describe_device`` (DescribeDevice)."""

    device_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the device. Since 2020-12-08."""
    device_name: Final[str | None]
    """The unique identifier of the device. Since 2020-12-08."""
    description: Final[str | None]
    """A description of the device. Since 2020-12-08."""
    device_fleet_name: Final[str | None]
    """The name of the fleet the device belongs to. Since 2020-12-08."""
    iot_thing_name: Final[str | None]
    """The Amazon Web Services Internet of Things (IoT) object thing name associated with the device.
    Since 2020-12-08.
    """
    registration_time: Final[datetime | None]
    """The timestamp of the last registration or de-reregistration. Since 2020-12-08."""
    latest_heartbeat: Final[datetime | None]
    """The last heartbeat received from the device. Since 2020-12-08."""
    models: Final[list[EdgeModel] | None]
    """Models on the device. Since 2020-12-08."""
    max_models: Final[int | None]
    """The maximum number of models. Since 2020-12-08."""
    next_token: Final[str | None]
    """The response from the last list when returning a list large enough to need tokening. Since
    2020-12-08.
    """
    agent_version: Final[str | None]
    """Edge Manager agent version. Since 2021-11-04."""
    def __init__(
        self,
        *,
        device_arn: str | None = None,
        device_name: str | None = None,
        description: str | None = None,
        device_fleet_name: str | None = None,
        iot_thing_name: str | None = None,
        registration_time: datetime | None = None,
        latest_heartbeat: datetime | None = None,
        models: list[EdgeModel] | None = None,
        max_models: int | None = None,
        next_token: str | None = None,
        agent_version: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        device_arn: str | None = ...,
        device_name: str | None = ...,
        description: str | None = ...,
        device_fleet_name: str | None = ...,
        iot_thing_name: str | None = ...,
        registration_time: datetime | None = ...,
        latest_heartbeat: datetime | None = ...,
        models: list[EdgeModel] | None = ...,
        max_models: int | None = ...,
        next_token: str | None = ...,
        agent_version: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeDomainRequest(Shape):
    """No description on the pages."""

    domain_id: Final[str]
    """The domain ID. Since 2019-12-04."""
    def __init__(
        self,
        *,
        domain_id: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        domain_id: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeDomainResponse(OutputShape):
    """The result of ``describe_domain`` (DescribeDomain)."""

    domain_arn: Final[str | None]
    """The domain's Amazon Resource Name (ARN). Since 2019-12-04."""
    domain_id: Final[str | None]
    """The domain ID. Since 2019-12-04."""
    domain_name: Final[str | None]
    """The domain name. Since 2019-12-04."""
    home_efs_file_system_id: Final[str | None]
    """The ID of the Amazon Elastic File System managed by this Domain. Since 2019-12-04."""
    single_sign_on_managed_application_instance_id: Final[str | None]
    """The IAM Identity Center managed application instance ID. Since 2019-12-04."""
    single_sign_on_application_arn: Final[str | None]
    """The ARN of the application managed by SageMaker AI in IAM Identity Center. This value is only
    returned for domains created after October 1, 2023. Since 2023-11-16.
    """
    status: Final[DomainStatus | None]
    """The status. Since 2019-12-04."""
    creation_time: Final[datetime | None]
    """The creation time. Since 2019-12-04."""
    last_modified_time: Final[datetime | None]
    """The last modified time. Since 2019-12-04."""
    failure_reason: Final[str | None]
    """The failure reason. Since 2019-12-04."""
    security_group_id_for_domain_boundary: Final[str | None]
    """The ID of the security group that authorizes traffic between the RSessionGateway apps and the
    RStudioServerPro app. Since 2021-10-28.
    """
    auth_mode: Final[AuthMode | None]
    """The domain's authentication mode. Since 2019-12-04."""
    default_user_settings: Final[UserSettings | None]
    """Settings which are applied to UserProfiles in this domain if settings are not explicitly
    specified in a given UserProfile. Since 2019-12-04.
    """
    domain_settings: Final[DomainSettings | None]
    """A collection of Domain settings. Since 2021-10-28."""
    app_network_access_type: Final[AppNetworkAccessType | None]
    """Specifies the VPC used for non-EFS traffic. The default value is PublicInternetOnly. Since
    2020-10-05.
    """
    home_efs_file_system_kms_key_id: Final[str | None]
    """Deprecated: This property is deprecated, use KmsKeyId instead. Use KmsKeyId. Since 2019-12-04.
    """
    subnet_ids: Final[list[str] | None]
    """The VPC subnets that the domain uses for communication. Since 2019-12-04."""
    url: Final[str | None]
    """The domain's URL. Since 2019-12-04."""
    vpc_id: Final[str | None]
    """The ID of the Amazon Virtual Private Cloud (VPC) that the domain uses for communication. Since
    2019-12-04.
    """
    kms_key_id: Final[str | None]
    """The Amazon Web Services KMS customer managed key used to encrypt the EFS volume attached to the
    domain. Since 2020-11-16.
    """
    app_security_group_management: Final[AppSecurityGroupManagement | None]
    """The entity that creates and manages the required security groups for inter-app communication in
    VPCOnly mode. Required when CreateDomain.AppNetworkAccessType is VPCOnly and
    DomainSettings.RStudioServerProDomainSettings.DomainExecutionRoleArn is provided. Since
    2021-10-28.
    """
    home_efs_file_system_creation: Final[HomeEfsFileSystemCreation | None]
    """Indicates whether a home EFS file system is created for the domain. Since 2026-05-21."""
    tag_propagation: Final[TagPropagation | None]
    """Indicates whether custom tag propagation is supported for the domain. Since 2024-09-26."""
    default_space_settings: Final[DefaultSpaceSettings | None]
    """The default settings for shared spaces that users create in the domain. Since 2022-11-30."""
    def __init__(
        self,
        *,
        domain_arn: str | None = None,
        domain_id: str | None = None,
        domain_name: str | None = None,
        home_efs_file_system_id: str | None = None,
        single_sign_on_managed_application_instance_id: str | None = None,
        single_sign_on_application_arn: str | None = None,
        status: DomainStatus | DomainStatusLiteral | None = None,
        creation_time: datetime | None = None,
        last_modified_time: datetime | None = None,
        failure_reason: str | None = None,
        security_group_id_for_domain_boundary: str | None = None,
        auth_mode: AuthMode | AuthModeLiteral | None = None,
        default_user_settings: UserSettings | None = None,
        domain_settings: DomainSettings | None = None,
        app_network_access_type: AppNetworkAccessType | AppNetworkAccessTypeLiteral | None = None,
        home_efs_file_system_kms_key_id: str | None = None,
        subnet_ids: list[str] | None = None,
        url: str | None = None,
        vpc_id: str | None = None,
        kms_key_id: str | None = None,
        app_security_group_management: AppSecurityGroupManagement | AppSecurityGroupManagementLiteral | None = None,
        home_efs_file_system_creation: HomeEfsFileSystemCreation | HomeEfsFileSystemCreationLiteral | None = None,
        tag_propagation: TagPropagation | TagPropagationLiteral | None = None,
        default_space_settings: DefaultSpaceSettings | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        domain_arn: str | None = ...,
        domain_id: str | None = ...,
        domain_name: str | None = ...,
        home_efs_file_system_id: str | None = ...,
        single_sign_on_managed_application_instance_id: str | None = ...,
        single_sign_on_application_arn: str | None = ...,
        status: DomainStatus | DomainStatusLiteral | None = ...,
        creation_time: datetime | None = ...,
        last_modified_time: datetime | None = ...,
        failure_reason: str | None = ...,
        security_group_id_for_domain_boundary: str | None = ...,
        auth_mode: AuthMode | AuthModeLiteral | None = ...,
        default_user_settings: UserSettings | None = ...,
        domain_settings: DomainSettings | None = ...,
        app_network_access_type: AppNetworkAccessType | AppNetworkAccessTypeLiteral | None = ...,
        home_efs_file_system_kms_key_id: str | None = ...,
        subnet_ids: list[str] | None = ...,
        url: str | None = ...,
        vpc_id: str | None = ...,
        kms_key_id: str | None = ...,
        app_security_group_management: AppSecurityGroupManagement | AppSecurityGroupManagementLiteral | None = ...,
        home_efs_file_system_creation: HomeEfsFileSystemCreation | HomeEfsFileSystemCreationLiteral | None = ...,
        tag_propagation: TagPropagation | TagPropagationLiteral | None = ...,
        default_space_settings: DefaultSpaceSettings | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeEdgeDeploymentPlanRequest(Shape):
    """No description on the pages."""

    edge_deployment_plan_name: Final[str]
    """The name of the deployment plan to describe. Since 2022-07-18."""
    next_token: Final[str | None]
    """If the edge deployment plan has enough stages to require tokening, then this is the response
    from the last list of stages returned. Since 2022-07-18.
    """
    max_results: Final[int | None]
    """The maximum number of results to select (50 by default). Since 2022-07-18."""
    def __init__(
        self,
        *,
        edge_deployment_plan_name: str,
        next_token: str | None = None,
        max_results: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        edge_deployment_plan_name: str = ...,
        next_token: str | None = ...,
        max_results: int | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeEdgeDeploymentPlanResponse(OutputShape):
    """The result of ``describe_edge_deployment_plan`` (DescribeEdgeDeploymentPlan)."""

    edge_deployment_plan_arn: Final[str | None]
    """The ARN of edge deployment plan. Since 2022-07-18."""
    edge_deployment_plan_name: Final[str | None]
    """The name of the edge deployment plan. Since 2022-07-18."""
    model_configs: Final[list[EdgeDeploymentModelConfig] | None]
    """List of models associated with the edge deployment plan. Since 2022-07-18."""
    device_fleet_name: Final[str | None]
    """The device fleet used for this edge deployment plan. Since 2022-07-18."""
    edge_deployment_success: Final[int | None]
    """The number of edge devices with the successful deployment. Since 2022-07-18."""
    edge_deployment_pending: Final[int | None]
    """The number of edge devices yet to pick up deployment, or in progress. Since 2022-07-18."""
    edge_deployment_failed: Final[int | None]
    """The number of edge devices that failed the deployment. Since 2022-07-18."""
    stages: Final[list[DeploymentStageStatusSummary] | None]
    """List of stages in the edge deployment plan. Since 2022-07-18."""
    next_token: Final[str | None]
    """Token to use when calling the next set of stages in the edge deployment plan. Since 2022-07-18.
    """
    creation_time: Final[datetime | None]
    """The time when the edge deployment plan was created. Since 2022-07-18."""
    last_modified_time: Final[datetime | None]
    """The time when the edge deployment plan was last updated. Since 2022-07-18."""
    def __init__(
        self,
        *,
        edge_deployment_plan_arn: str | None = None,
        edge_deployment_plan_name: str | None = None,
        model_configs: list[EdgeDeploymentModelConfig] | None = None,
        device_fleet_name: str | None = None,
        edge_deployment_success: int | None = None,
        edge_deployment_pending: int | None = None,
        edge_deployment_failed: int | None = None,
        stages: list[DeploymentStageStatusSummary] | None = None,
        next_token: str | None = None,
        creation_time: datetime | None = None,
        last_modified_time: datetime | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        edge_deployment_plan_arn: str | None = ...,
        edge_deployment_plan_name: str | None = ...,
        model_configs: list[EdgeDeploymentModelConfig] | None = ...,
        device_fleet_name: str | None = ...,
        edge_deployment_success: int | None = ...,
        edge_deployment_pending: int | None = ...,
        edge_deployment_failed: int | None = ...,
        stages: list[DeploymentStageStatusSummary] | None = ...,
        next_token: str | None = ...,
        creation_time: datetime | None = ...,
        last_modified_time: datetime | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeEdgePackagingJobRequest(Shape):
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

class DescribeEdgePackagingJobResponse(OutputShape):
    """The result of ``describe_edge_packaging_job`` (DescribeEdgePackagingJob)."""

    edge_packaging_job_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the edge packaging job. Since 2020-12-08."""
    edge_packaging_job_name: Final[str | None]
    """The name of the edge packaging job. Since 2020-12-08."""
    compilation_job_name: Final[str | None]
    """The name of the SageMaker Neo compilation job that is used to locate model artifacts that are
    being packaged. Since 2020-12-08.
    """
    model_name: Final[str | None]
    """The name of the model. Since 2020-12-08."""
    model_version: Final[str | None]
    """The version of the model. Since 2020-12-08."""
    role_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of an IAM role that enables Amazon SageMaker to download and
    upload the model, and to contact Neo. Since 2020-12-08.
    """
    output_config: Final[EdgeOutputConfig | None]
    """The output configuration for the edge packaging job. Since 2020-12-08."""
    resource_key: Final[str | None]
    """The CMK to use when encrypting the EBS volume the job run on. Since 2020-12-08."""
    edge_packaging_job_status: Final[EdgePackagingJobStatus | None]
    """The current status of the packaging job. Since 2020-12-08."""
    edge_packaging_job_status_message: Final[str | None]
    """Returns a message describing the job status and error messages. Since 2020-12-08."""
    creation_time: Final[datetime | None]
    """The timestamp of when the packaging job was created. Since 2020-12-08."""
    last_modified_time: Final[datetime | None]
    """The timestamp of when the job was last updated. Since 2020-12-08."""
    model_artifact: Final[str | None]
    """The Amazon Simple Storage (S3) URI where model artifacts ares stored. Since 2020-12-08."""
    model_signature: Final[str | None]
    """The signature document of files in the model artifact. Since 2020-12-08."""
    preset_deployment_output: Final[EdgePresetDeploymentOutput | None]
    """The output of a SageMaker Edge Manager deployable resource. Since 2021-06-10."""
    def __init__(
        self,
        *,
        edge_packaging_job_arn: str | None = None,
        edge_packaging_job_name: str | None = None,
        compilation_job_name: str | None = None,
        model_name: str | None = None,
        model_version: str | None = None,
        role_arn: str | None = None,
        output_config: EdgeOutputConfig | None = None,
        resource_key: str | None = None,
        edge_packaging_job_status: EdgePackagingJobStatus | EdgePackagingJobStatusLiteral | None = None,
        edge_packaging_job_status_message: str | None = None,
        creation_time: datetime | None = None,
        last_modified_time: datetime | None = None,
        model_artifact: str | None = None,
        model_signature: str | None = None,
        preset_deployment_output: EdgePresetDeploymentOutput | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        edge_packaging_job_arn: str | None = ...,
        edge_packaging_job_name: str | None = ...,
        compilation_job_name: str | None = ...,
        model_name: str | None = ...,
        model_version: str | None = ...,
        role_arn: str | None = ...,
        output_config: EdgeOutputConfig | None = ...,
        resource_key: str | None = ...,
        edge_packaging_job_status: EdgePackagingJobStatus | EdgePackagingJobStatusLiteral | None = ...,
        edge_packaging_job_status_message: str | None = ...,
        creation_time: datetime | None = ...,
        last_modified_time: datetime | None = ...,
        model_artifact: str | None = ...,
        model_signature: str | None = ...,
        preset_deployment_output: EdgePresetDeploymentOutput | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeEndpointConfigInput(Shape):
    """No description on the pages."""

    endpoint_config_name: Final[str]
    """The name of the endpoint configuration. Since 2017-11-29."""
    def __init__(
        self,
        *,
        endpoint_config_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        endpoint_config_name: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeEndpointConfigOutput(OutputShape):
    """The result of ``describe_endpoint_config`` (DescribeEndpointConfig)."""

    endpoint_config_name: Final[str | None]
    """Name of the SageMaker endpoint configuration. Since 2017-11-29."""
    endpoint_config_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the endpoint configuration. Since 2017-11-29."""
    production_variants: Final[list[ProductionVariant] | None]
    """An array of ProductionVariant objects, one for each model that you want to host at this
    endpoint. Since 2017-11-29.
    """
    data_capture_config: Final[DataCaptureConfig | None]
    """Configuration to control how SageMaker AI captures inference data. Since 2019-12-04."""
    kms_key_id: Final[str | None]
    """Amazon Web Services KMS key ID Amazon SageMaker uses to encrypt data when storing it on the ML
    storage volume attached to the instance. Since 2018-01-17.
    """
    creation_time: Final[datetime | None]
    """A timestamp that shows when the endpoint configuration was created. Since 2017-11-29."""
    async_inference_config: Final[AsyncInferenceConfig | None]
    """Returns the description of an endpoint configuration created using the CreateEndpointConfig API.
    Since 2021-08-18.
    """
    explainer_config: Final[ExplainerConfig | None]
    """The configuration parameters for an explainer. Since 2022-09-30."""
    shadow_production_variants: Final[list[ProductionVariant] | None]
    """An array of ProductionVariant objects, one for each model that you want to host at this endpoint
    in shadow mode with production traffic replicated from the model specified on
    ProductionVariants. Since 2022-11-30.
    """
    execution_role_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the IAM role that you assigned to the endpoint configuration.
    Since 2023-11-29.
    """
    vpc_config: Final[VpcConfig | None]
    """Specifies an Amazon Virtual Private Cloud (VPC) that your SageMaker jobs, hosted models, and
    compute resources have access to. You can control access to and from your resources by
    configuring a VPC. For more information, see Give SageMaker Access to Resources in your Amazon
    VPC. Since 2023-11-29.
    """
    enable_network_isolation: Final[bool | None]
    """Indicates whether all model containers deployed to the endpoint are isolated. If they are, no
    inbound or outbound network calls can be made to or from the model containers. Since 2023-11-29.
    """
    metrics_config: Final[MetricsConfig | None]
    """The configuration parameters for utilization metrics. Since 2025-11-19."""
    def __init__(
        self,
        *,
        endpoint_config_name: str | None = None,
        endpoint_config_arn: str | None = None,
        production_variants: list[ProductionVariant] | None = None,
        data_capture_config: DataCaptureConfig | None = None,
        kms_key_id: str | None = None,
        creation_time: datetime | None = None,
        async_inference_config: AsyncInferenceConfig | None = None,
        explainer_config: ExplainerConfig | None = None,
        shadow_production_variants: list[ProductionVariant] | None = None,
        execution_role_arn: str | None = None,
        vpc_config: VpcConfig | None = None,
        enable_network_isolation: bool | None = None,
        metrics_config: MetricsConfig | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        endpoint_config_name: str | None = ...,
        endpoint_config_arn: str | None = ...,
        production_variants: list[ProductionVariant] | None = ...,
        data_capture_config: DataCaptureConfig | None = ...,
        kms_key_id: str | None = ...,
        creation_time: datetime | None = ...,
        async_inference_config: AsyncInferenceConfig | None = ...,
        explainer_config: ExplainerConfig | None = ...,
        shadow_production_variants: list[ProductionVariant] | None = ...,
        execution_role_arn: str | None = ...,
        vpc_config: VpcConfig | None = ...,
        enable_network_isolation: bool | None = ...,
        metrics_config: MetricsConfig | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeEndpointInput(Shape):
    """No description on the pages."""

    endpoint_name: Final[str]
    """The name of the endpoint. Since 2017-11-29."""
    def __init__(
        self,
        *,
        endpoint_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        endpoint_name: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeEndpointOutput(OutputShape):
    """The result of ``describe_endpoint`` (DescribeEndpoint)."""

    endpoint_name: Final[str | None]
    """Name of the endpoint. Since 2017-11-29."""
    endpoint_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the endpoint. Since 2017-11-29."""
    endpoint_config_name: Final[str | None]
    """The name of the endpoint configuration associated with this endpoint. Since 2017-11-29."""
    production_variants: Final[list[ProductionVariantSummary] | None]
    """An array of ProductionVariantSummary objects, one for each model hosted behind this endpoint.
    Since 2017-11-29.
    """
    data_capture_config: Final[DataCaptureConfigSummary | None]
    """The currently active data capture configuration used by your Endpoint. Since 2019-12-04."""
    endpoint_status: Final[EndpointStatus | None]
    """The status of the endpoint. Since 2017-11-29."""
    failure_reason: Final[str | None]
    """If the status of the endpoint is Failed, the reason why it failed. Since 2017-11-29."""
    creation_time: Final[datetime | None]
    """A timestamp that shows when the endpoint was created. Since 2017-11-29."""
    last_modified_time: Final[datetime | None]
    """A timestamp that shows when the endpoint was last modified. Since 2017-11-29."""
    last_deployment_config: Final[DeploymentConfig | None]
    """The most recent deployment configuration for the endpoint. Since 2020-12-01."""
    async_inference_config: Final[AsyncInferenceConfig | None]
    """Returns the description of an endpoint configuration created using the CreateEndpointConfig API.
    Since 2021-08-18.
    """
    pending_deployment_summary: Final[PendingDeploymentSummary | None]
    """Returns the summary of an in-progress deployment. This field is only returned when the endpoint
    is creating or updating with a new endpoint configuration. Since 2021-11-08.
    """
    explainer_config: Final[ExplainerConfig | None]
    """The configuration parameters for an explainer. Since 2022-09-30."""
    shadow_production_variants: Final[list[ProductionVariantSummary] | None]
    """An array of ProductionVariantSummary objects, one for each model that you want to host at this
    endpoint in shadow mode with production traffic replicated from the model specified on
    ProductionVariants. Since 2022-11-30.
    """
    metrics_config: Final[MetricsConfig | None]
    """The configuration parameters for utilization metrics. Since 2025-11-19."""
    def __init__(
        self,
        *,
        endpoint_name: str | None = None,
        endpoint_arn: str | None = None,
        endpoint_config_name: str | None = None,
        production_variants: list[ProductionVariantSummary] | None = None,
        data_capture_config: DataCaptureConfigSummary | None = None,
        endpoint_status: EndpointStatus | EndpointStatusLiteral | None = None,
        failure_reason: str | None = None,
        creation_time: datetime | None = None,
        last_modified_time: datetime | None = None,
        last_deployment_config: DeploymentConfig | None = None,
        async_inference_config: AsyncInferenceConfig | None = None,
        pending_deployment_summary: PendingDeploymentSummary | None = None,
        explainer_config: ExplainerConfig | None = None,
        shadow_production_variants: list[ProductionVariantSummary] | None = None,
        metrics_config: MetricsConfig | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        endpoint_name: str | None = ...,
        endpoint_arn: str | None = ...,
        endpoint_config_name: str | None = ...,
        production_variants: list[ProductionVariantSummary] | None = ...,
        data_capture_config: DataCaptureConfigSummary | None = ...,
        endpoint_status: EndpointStatus | EndpointStatusLiteral | None = ...,
        failure_reason: str | None = ...,
        creation_time: datetime | None = ...,
        last_modified_time: datetime | None = ...,
        last_deployment_config: DeploymentConfig | None = ...,
        async_inference_config: AsyncInferenceConfig | None = ...,
        pending_deployment_summary: PendingDeploymentSummary | None = ...,
        explainer_config: ExplainerConfig | None = ...,
        shadow_production_variants: list[ProductionVariantSummary] | None = ...,
        metrics_config: MetricsConfig | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeExperimentRequest(Shape):
    """No description on the pages."""

    experiment_name: Final[str]
    """The name of the experiment to describe. Since 2019-12-04."""
    def __init__(
        self,
        *,
        experiment_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        experiment_name: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeExperimentResponse(OutputShape):
    """The result of ``describe_experiment`` (DescribeExperiment)."""

    experiment_name: Final[str | None]
    """The name of the experiment. Since 2019-12-04."""
    experiment_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the experiment. Since 2019-12-04."""
    display_name: Final[str | None]
    """The name of the experiment as displayed. If DisplayName isn't specified, ExperimentName is
    displayed. Since 2019-12-04.
    """
    source: Final[ExperimentSource | None]
    """The Amazon Resource Name (ARN) of the source and, optionally, the type. Since 2019-12-04."""
    description: Final[str | None]
    """The description of the experiment. Since 2019-12-04."""
    creation_time: Final[datetime | None]
    """When the experiment was created. Since 2019-12-04."""
    created_by: Final[UserContext | None]
    """Who created the experiment. Since 2019-12-04."""
    last_modified_time: Final[datetime | None]
    """When the experiment was last modified. Since 2019-12-04."""
    last_modified_by: Final[UserContext | None]
    """Who last modified the experiment. Since 2019-12-04."""
    def __init__(
        self,
        *,
        experiment_name: str | None = None,
        experiment_arn: str | None = None,
        display_name: str | None = None,
        source: ExperimentSource | None = None,
        description: str | None = None,
        creation_time: datetime | None = None,
        created_by: UserContext | None = None,
        last_modified_time: datetime | None = None,
        last_modified_by: UserContext | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        experiment_name: str | None = ...,
        experiment_arn: str | None = ...,
        display_name: str | None = ...,
        source: ExperimentSource | None = ...,
        description: str | None = ...,
        creation_time: datetime | None = ...,
        created_by: UserContext | None = ...,
        last_modified_time: datetime | None = ...,
        last_modified_by: UserContext | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeFeatureGroupRequest(Shape):
    """No description on the pages."""

    feature_group_name: Final[str]
    """The name or Amazon Resource Name (ARN) of the FeatureGroup you want described. Since 2020-12-01.
    """
    next_token: Final[str | None]
    """A token to resume pagination of the list of Features ( FeatureDefinitions ). 2,500 Features are
    returned by default. Since 2020-12-01.
    """
    def __init__(
        self,
        *,
        feature_group_name: str,
        next_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        feature_group_name: str = ...,
        next_token: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeFeatureGroupResponse(OutputShape):
    """The result of ``describe_feature_group`` (DescribeFeatureGroup)."""

    feature_group_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the FeatureGroup . Since 2020-12-01."""
    feature_group_name: Final[str | None]
    """he name of the FeatureGroup . Since 2020-12-01."""
    record_identifier_feature_name: Final[str | None]
    """The name of the Feature used for RecordIdentifier , whose value uniquely identifies a record
    stored in the feature store. Since 2020-12-01.
    """
    event_time_feature_name: Final[str | None]
    """The name of the feature that stores the EventTime of a Record in a FeatureGroup . Since
    2020-12-01.
    """
    feature_definitions: Final[list[FeatureDefinition] | None]
    """A list of the Features in the FeatureGroup . Each feature is defined by a FeatureName and
    FeatureType . Since 2020-12-01.
    """
    creation_time: Final[datetime | None]
    """A timestamp indicating when SageMaker created the FeatureGroup . Since 2020-12-01."""
    last_modified_time: Final[datetime | None]
    """A timestamp indicating when the feature group was last updated. Since 2022-06-29."""
    online_store_config: Final[OnlineStoreConfig | None]
    """The configuration for the OnlineStore . Since 2020-12-01."""
    offline_store_config: Final[OfflineStoreConfig | None]
    """The configuration of the offline store. It includes the following configurations: Since
    2020-12-01.
    """
    throughput_config: Final[ThroughputConfigDescription | None]
    """Active throughput configuration of the feature group. Used to set feature group throughput
    configuration. There are two modes: ON_DEMAND and PROVISIONED . With on-demand mode, you are
    charged for data reads and writes that your application performs on your feature group. You do
    not need to specify read and write throughput because Feature Store accommodates your workloads
    as they ramp up and down. You can switch a feature group to on-demand only once in a 24 hour
    period. With provisioned throughput mode, you specify the read and write capacity per second
    that you expect your application to require, and you are billed based on those limits. Exceeding
    provisioned throughput will result in your requests being throttled. Since 2024-01-04.
    """
    role_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the IAM execution role used to persist data into the
    OfflineStore if an OfflineStoreConfig is provided. Since 2020-12-01.
    """
    feature_group_status: Final[FeatureGroupStatus | None]
    """The status of the feature group. Since 2020-12-01."""
    offline_store_status: Final[OfflineStoreStatus | None]
    """The status of the OfflineStore . Notifies you if replicating data into the OfflineStore has
    failed. Returns either: Active or Blocked Since 2020-12-01.
    """
    last_update_status: Final[LastUpdateStatus | None]
    """A value indicating whether the update made to the feature group was successful. Since
    2022-06-29.
    """
    failure_reason: Final[str | None]
    """The reason that the FeatureGroup failed to be replicated in the OfflineStore . This is failure
    can occur because: Since 2020-12-01.
    """
    description: Final[str | None]
    """A free form description of the feature group. Since 2020-12-01."""
    next_token: Final[str | None]
    """A token to resume pagination of the list of Features ( FeatureDefinitions ). Since 2020-12-01.
    """
    online_store_total_size_bytes: Final[int | None]
    """The size of the OnlineStore in bytes. Since 2022-06-29."""
    def __init__(
        self,
        *,
        feature_group_arn: str | None = None,
        feature_group_name: str | None = None,
        record_identifier_feature_name: str | None = None,
        event_time_feature_name: str | None = None,
        feature_definitions: list[FeatureDefinition] | None = None,
        creation_time: datetime | None = None,
        last_modified_time: datetime | None = None,
        online_store_config: OnlineStoreConfig | None = None,
        offline_store_config: OfflineStoreConfig | None = None,
        throughput_config: ThroughputConfigDescription | None = None,
        role_arn: str | None = None,
        feature_group_status: FeatureGroupStatus | FeatureGroupStatusLiteral | None = None,
        offline_store_status: OfflineStoreStatus | None = None,
        last_update_status: LastUpdateStatus | None = None,
        failure_reason: str | None = None,
        description: str | None = None,
        next_token: str | None = None,
        online_store_total_size_bytes: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        feature_group_arn: str | None = ...,
        feature_group_name: str | None = ...,
        record_identifier_feature_name: str | None = ...,
        event_time_feature_name: str | None = ...,
        feature_definitions: list[FeatureDefinition] | None = ...,
        creation_time: datetime | None = ...,
        last_modified_time: datetime | None = ...,
        online_store_config: OnlineStoreConfig | None = ...,
        offline_store_config: OfflineStoreConfig | None = ...,
        throughput_config: ThroughputConfigDescription | None = ...,
        role_arn: str | None = ...,
        feature_group_status: FeatureGroupStatus | FeatureGroupStatusLiteral | None = ...,
        offline_store_status: OfflineStoreStatus | None = ...,
        last_update_status: LastUpdateStatus | None = ...,
        failure_reason: str | None = ...,
        description: str | None = ...,
        next_token: str | None = ...,
        online_store_total_size_bytes: int | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeFeatureMetadataRequest(Shape):
    """No description on the pages."""

    feature_group_name: Final[str]
    """The name of the feature group containing the feature. Since 2022-06-29."""
    feature_name: Final[str]
    """The name of the feature. Since 2022-06-29."""
    def __init__(
        self,
        *,
        feature_group_name: str,
        feature_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        feature_group_name: str = ...,
        feature_name: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeFeatureMetadataResponse(OutputShape):
    """The result of ``describe_feature_metadata`` (DescribeFeatureMetadata)."""

    feature_group_arn: Final[str | None]
    """The Amazon Resource Number (ARN) of the feature group that contains the feature. Since
    2022-06-29.
    """
    feature_group_name: Final[str | None]
    """The name of the feature group that you've specified. Since 2022-06-29."""
    feature_name: Final[str | None]
    """The name of the feature that you've specified. Since 2022-06-29."""
    feature_type: Final[FeatureType | None]
    """The data type of the feature. Since 2022-06-29."""
    creation_time: Final[datetime | None]
    """A timestamp indicating when the feature was created. Since 2022-06-29."""
    last_modified_time: Final[datetime | None]
    """A timestamp indicating when the metadata for the feature group was modified. For example, if you
    add a parameter describing the feature, the timestamp changes to reflect the last time you Since
    2022-06-29.
    """
    description: Final[str | None]
    """The description you added to describe the feature. Since 2022-06-29."""
    parameters: Final[list[FeatureParameter] | None]
    """The key-value pairs that you added to describe the feature. Since 2022-06-29."""
    def __init__(
        self,
        *,
        feature_group_arn: str | None = None,
        feature_group_name: str | None = None,
        feature_name: str | None = None,
        feature_type: FeatureType | FeatureTypeLiteral | None = None,
        creation_time: datetime | None = None,
        last_modified_time: datetime | None = None,
        description: str | None = None,
        parameters: list[FeatureParameter] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        feature_group_arn: str | None = ...,
        feature_group_name: str | None = ...,
        feature_name: str | None = ...,
        feature_type: FeatureType | FeatureTypeLiteral | None = ...,
        creation_time: datetime | None = ...,
        last_modified_time: datetime | None = ...,
        description: str | None = ...,
        parameters: list[FeatureParameter] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeFlowDefinitionRequest(Shape):
    """No description on the pages."""

    flow_definition_name: Final[str]
    """The name of the flow definition. Since 2019-12-04."""
    def __init__(
        self,
        *,
        flow_definition_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        flow_definition_name: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeFlowDefinitionResponse(OutputShape):
    """The result of ``describe_flow_definition`` (DescribeFlowDefinition)."""

    flow_definition_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the flow defintion. Since 2019-12-04."""
    flow_definition_name: Final[str | None]
    """The Amazon Resource Name (ARN) of the flow definition. Since 2019-12-04."""
    flow_definition_status: Final[FlowDefinitionStatus | None]
    """The status of the flow definition. Valid values are listed below. Since 2019-12-04."""
    creation_time: Final[datetime | None]
    """The timestamp when the flow definition was created. Since 2019-12-04."""
    human_loop_request_source: Final[HumanLoopRequestSource | None]
    """Container for configuring the source of human task requests. Used to specify if Amazon
    Rekognition or Amazon Textract is used as an integration source. Since 2020-03-26.
    """
    human_loop_activation_config: Final[HumanLoopActivationConfig | None]
    """An object containing information about what triggers a human review workflow. Since 2019-12-04.
    """
    human_loop_config: Final[HumanLoopConfig | None]
    """An object containing information about who works on the task, the workforce task price, and
    other task details. Since 2019-12-04.
    """
    output_config: Final[FlowDefinitionOutputConfig | None]
    """An object containing information about the output file. Since 2019-12-04."""
    role_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the Amazon Web Services Identity and Access Management (IAM)
    execution role for the flow definition. Since 2019-12-04.
    """
    failure_reason: Final[str | None]
    """The reason your flow definition failed. Since 2019-12-04."""
    def __init__(
        self,
        *,
        flow_definition_arn: str | None = None,
        flow_definition_name: str | None = None,
        flow_definition_status: FlowDefinitionStatus | FlowDefinitionStatusLiteral | None = None,
        creation_time: datetime | None = None,
        human_loop_request_source: HumanLoopRequestSource | None = None,
        human_loop_activation_config: HumanLoopActivationConfig | None = None,
        human_loop_config: HumanLoopConfig | None = None,
        output_config: FlowDefinitionOutputConfig | None = None,
        role_arn: str | None = None,
        failure_reason: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        flow_definition_arn: str | None = ...,
        flow_definition_name: str | None = ...,
        flow_definition_status: FlowDefinitionStatus | FlowDefinitionStatusLiteral | None = ...,
        creation_time: datetime | None = ...,
        human_loop_request_source: HumanLoopRequestSource | None = ...,
        human_loop_activation_config: HumanLoopActivationConfig | None = ...,
        human_loop_config: HumanLoopConfig | None = ...,
        output_config: FlowDefinitionOutputConfig | None = ...,
        role_arn: str | None = ...,
        failure_reason: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeHubContentRequest(Shape):
    """No description on the pages."""

    hub_name: Final[str]
    """The name of the hub that contains the content to describe. Since 2022-11-30."""
    hub_content_type: Final[HubContentType]
    """The type of content in the hub. Since 2022-11-30."""
    hub_content_name: Final[str]
    """The name of the content to describe. Since 2022-11-30."""
    hub_content_version: Final[str | None]
    """The version of the content to describe. Since 2022-11-30."""
    def __init__(
        self,
        *,
        hub_name: str,
        hub_content_type: HubContentType | HubContentTypeLiteral,
        hub_content_name: str,
        hub_content_version: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        hub_name: str = ...,
        hub_content_type: HubContentType | HubContentTypeLiteral = ...,
        hub_content_name: str = ...,
        hub_content_version: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeHubContentResponse(OutputShape):
    """The result of ``describe_hub_content`` (DescribeHubContent)."""

    hub_content_name: Final[str | None]
    """The name of the hub content. Since 2022-11-30."""
    hub_content_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the hub content. Since 2022-11-30."""
    hub_content_version: Final[str | None]
    """The version of the hub content. Since 2022-11-30."""
    hub_content_type: Final[HubContentType | None]
    """The type of hub content. Since 2022-11-30."""
    document_schema_version: Final[str | None]
    """The document schema version for the hub content. Since 2022-11-30."""
    hub_name: Final[str | None]
    """The name of the hub that contains the content. Since 2022-11-30."""
    hub_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the hub that contains the content. Since 2022-11-30."""
    hub_content_display_name: Final[str | None]
    """The display name of the hub content. Since 2022-11-30."""
    hub_content_description: Final[str | None]
    """A description of the hub content. Since 2022-11-30."""
    hub_content_markdown: Final[str | None]
    """A string that provides a description of the hub content. This string can include links, tables,
    and standard markdown formating. Since 2022-11-30.
    """
    hub_content_document: Final[str | None]
    """The hub content document that describes information about the hub content such as type,
    associated containers, scripts, and more. Since 2022-11-30.
    """
    sage_maker_public_hub_content_arn: Final[str | None]
    """The ARN of the public hub content. Since 2024-06-20."""
    reference_min_version: Final[str | None]
    """The minimum version of the hub content. Since 2024-06-20."""
    support_status: Final[HubContentSupportStatus | None]
    """The support status of the hub content. Since 2024-06-20."""
    hub_content_search_keywords: Final[list[str] | None]
    """The searchable keywords for the hub content. Since 2022-11-30."""
    hub_content_dependencies: Final[list[HubContentDependency] | None]
    """The location of any dependencies that the hub content has, such as scripts, model artifacts,
    datasets, or notebooks. Since 2022-11-30.
    """
    hub_content_status: Final[HubContentStatus | None]
    """The status of the hub content. Since 2022-11-30."""
    failure_reason: Final[str | None]
    """The failure reason if importing hub content failed. Since 2022-11-30."""
    creation_time: Final[datetime | None]
    """The date and time that hub content was created. Since 2022-11-30."""
    last_modified_time: Final[datetime | None]
    """The last modified time of the hub content. Since 2025-02-27."""
    def __init__(
        self,
        *,
        hub_content_name: str | None = None,
        hub_content_arn: str | None = None,
        hub_content_version: str | None = None,
        hub_content_type: HubContentType | HubContentTypeLiteral | None = None,
        document_schema_version: str | None = None,
        hub_name: str | None = None,
        hub_arn: str | None = None,
        hub_content_display_name: str | None = None,
        hub_content_description: str | None = None,
        hub_content_markdown: str | None = None,
        hub_content_document: str | None = None,
        sage_maker_public_hub_content_arn: str | None = None,
        reference_min_version: str | None = None,
        support_status: HubContentSupportStatus | HubContentSupportStatusLiteral | None = None,
        hub_content_search_keywords: list[str] | None = None,
        hub_content_dependencies: list[HubContentDependency] | None = None,
        hub_content_status: HubContentStatus | HubContentStatusLiteral | None = None,
        failure_reason: str | None = None,
        creation_time: datetime | None = None,
        last_modified_time: datetime | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        hub_content_name: str | None = ...,
        hub_content_arn: str | None = ...,
        hub_content_version: str | None = ...,
        hub_content_type: HubContentType | HubContentTypeLiteral | None = ...,
        document_schema_version: str | None = ...,
        hub_name: str | None = ...,
        hub_arn: str | None = ...,
        hub_content_display_name: str | None = ...,
        hub_content_description: str | None = ...,
        hub_content_markdown: str | None = ...,
        hub_content_document: str | None = ...,
        sage_maker_public_hub_content_arn: str | None = ...,
        reference_min_version: str | None = ...,
        support_status: HubContentSupportStatus | HubContentSupportStatusLiteral | None = ...,
        hub_content_search_keywords: list[str] | None = ...,
        hub_content_dependencies: list[HubContentDependency] | None = ...,
        hub_content_status: HubContentStatus | HubContentStatusLiteral | None = ...,
        failure_reason: str | None = ...,
        creation_time: datetime | None = ...,
        last_modified_time: datetime | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeHubRequest(Shape):
    """No description on the pages."""

    hub_name: Final[str]
    """The name of the hub to describe. Since 2022-11-30."""
    def __init__(
        self,
        *,
        hub_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        hub_name: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeHubResponse(OutputShape):
    """The result of ``describe_hub`` (DescribeHub)."""

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
    s3_storage_config: Final[HubS3StorageConfig | None]
    """The Amazon S3 storage configuration for the hub. Since 2022-11-30."""
    hub_status: Final[HubStatus | None]
    """The status of the hub. Since 2022-11-30."""
    failure_reason: Final[str | None]
    """The failure reason if importing hub content failed. Since 2022-11-30."""
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
        s3_storage_config: HubS3StorageConfig | None = None,
        hub_status: HubStatus | HubStatusLiteral | None = None,
        failure_reason: str | None = None,
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
        s3_storage_config: HubS3StorageConfig | None = ...,
        hub_status: HubStatus | HubStatusLiteral | None = ...,
        failure_reason: str | None = ...,
        creation_time: datetime | None = ...,
        last_modified_time: datetime | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeHumanTaskUiRequest(Shape):
    """No description on the pages."""

    human_task_ui_name: Final[str]
    """The name of the human task user interface (worker task template) you want information about.
    Since 2019-12-04.
    """
    def __init__(
        self,
        *,
        human_task_ui_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        human_task_ui_name: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeHumanTaskUiResponse(OutputShape):
    """The result of ``describe_human_task_ui`` (DescribeHumanTaskUi)."""

    human_task_ui_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the human task user interface (worker task template). Since
    2019-12-04.
    """
    human_task_ui_name: Final[str | None]
    """The name of the human task user interface (worker task template). Since 2019-12-04."""
    human_task_ui_status: Final[HumanTaskUiStatus | None]
    """The status of the human task user interface (worker task template). Valid values are listed
    below. Since 2020-07-09.
    """
    creation_time: Final[datetime | None]
    """The timestamp when the human task user interface was created. Since 2019-12-04."""
    ui_template: Final[UiTemplateInfo | None]
    """Container for user interface template information. Since 2019-12-04."""
    def __init__(
        self,
        *,
        human_task_ui_arn: str | None = None,
        human_task_ui_name: str | None = None,
        human_task_ui_status: HumanTaskUiStatus | HumanTaskUiStatusLiteral | None = None,
        creation_time: datetime | None = None,
        ui_template: UiTemplateInfo | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        human_task_ui_arn: str | None = ...,
        human_task_ui_name: str | None = ...,
        human_task_ui_status: HumanTaskUiStatus | HumanTaskUiStatusLiteral | None = ...,
        creation_time: datetime | None = ...,
        ui_template: UiTemplateInfo | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeHyperParameterTuningJobRequest(Shape):
    """No description on the pages."""

    hyper_parameter_tuning_job_name: Final[str]
    """The name of the tuning job. Since 2018-06-04."""
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

class DescribeHyperParameterTuningJobResponse(OutputShape):
    """The result of ``describe_hyper_parameter_tuning_job`` (DescribeHyperParameterTuningJob)."""

    hyper_parameter_tuning_job_name: Final[str | None]
    """The name of the hyperparameter tuning job. Since 2018-06-04."""
    hyper_parameter_tuning_job_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the tuning job. Since 2018-06-04."""
    hyper_parameter_tuning_job_config: Final[HyperParameterTuningJobConfig | None]
    """The HyperParameterTuningJobConfig object that specifies the configuration of the tuning job.
    Since 2018-06-04.
    """
    training_job_definition: Final[HyperParameterTrainingJobDefinition | None]
    """The HyperParameterTrainingJobDefinition object that specifies the definition of the training
    jobs that this tuning job launches. Since 2018-06-04.
    """
    training_job_definitions: Final[list[HyperParameterTrainingJobDefinition] | None]
    """A list of the HyperParameterTrainingJobDefinition objects launched for this tuning job. Since
    2019-12-04.
    """
    hyper_parameter_tuning_job_status: Final[HyperParameterTuningJobStatus | None]
    """The status of the tuning job. Since 2018-06-04."""
    creation_time: Final[datetime | None]
    """The date and time that the tuning job started. Since 2018-06-04."""
    hyper_parameter_tuning_end_time: Final[datetime | None]
    """The date and time that the tuning job ended. Since 2018-06-04."""
    last_modified_time: Final[datetime | None]
    """The date and time that the status of the tuning job was modified. Since 2018-06-04."""
    training_job_status_counters: Final[TrainingJobStatusCounters | None]
    """The TrainingJobStatusCounters object that specifies the number of training jobs, categorized by
    status, that this tuning job launched. Since 2018-06-04.
    """
    objective_status_counters: Final[ObjectiveStatusCounters | None]
    """The ObjectiveStatusCounters object that specifies the number of training jobs, categorized by
    the status of their final objective metric, that this tuning job launched. Since 2018-06-04.
    """
    best_training_job: Final[HyperParameterTrainingJobSummary | None]
    """A TrainingJobSummary object that describes the training job that completed with the best current
    HyperParameterTuningJobObjective. Since 2018-06-04.
    """
    overall_best_training_job: Final[HyperParameterTrainingJobSummary | None]
    """If the hyperparameter tuning job is an warm start tuning job with a WarmStartType of
    IDENTICAL_DATA_AND_ALGORITHM, this is the TrainingJobSummary for the training job with the best
    objective metric value of all training jobs launched by this tuning job and all parent jobs
    specified for the warm start tuning job. Since 2018-11-14.
    """
    warm_start_config: Final[HyperParameterTuningJobWarmStartConfig | None]
    """The configuration for starting the hyperparameter parameter tuning job using one or more
    previous tuning jobs as a starting point. The results of previous tuning jobs are used to inform
    which combinations of hyperparameters to search over in the new tuning job. Since 2018-11-14.
    """
    autotune: Final[Autotune | None]
    """A flag to indicate if autotune is enabled for the hyperparameter tuning job. Since 2023-05-25.
    """
    failure_reason: Final[str | None]
    """If the tuning job failed, the reason it failed. Since 2018-06-04."""
    tuning_job_completion_details: Final[HyperParameterTuningJobCompletionDetails | None]
    """Tuning job completion information returned as the response from a hyperparameter tuning job.
    This information tells if your tuning job has or has not converged. It also includes the number
    of training jobs that have not improved model performance as evaluated against the objective
    function. Since 2023-01-31.
    """
    consumed_resources: Final[HyperParameterTuningJobConsumedResources | None]
    """The total resources consumed by your hyperparameter tuning job. Since 2023-01-31."""
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
        autotune: Autotune | None = None,
        failure_reason: str | None = None,
        tuning_job_completion_details: HyperParameterTuningJobCompletionDetails | None = None,
        consumed_resources: HyperParameterTuningJobConsumedResources | None = None,
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
        autotune: Autotune | None = ...,
        failure_reason: str | None = ...,
        tuning_job_completion_details: HyperParameterTuningJobCompletionDetails | None = ...,
        consumed_resources: HyperParameterTuningJobConsumedResources | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeImageRequest(Shape):
    """No description on the pages."""

    image_name: Final[str]
    """The name of the image to describe. Since 2020-10-26."""
    def __init__(
        self,
        *,
        image_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        image_name: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeImageResponse(OutputShape):
    """The result of ``describe_image`` (DescribeImage)."""

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
    role_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the IAM role that enables Amazon SageMaker to perform tasks on
    your behalf. Since 2020-10-26.
    """
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
        role_arn: str | None = None,
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
        role_arn: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeImageVersionRequest(Shape):
    """No description on the pages."""

    image_name: Final[str]
    """The name of the image. Since 2020-10-26."""
    version: Final[int | None]
    """The version of the image. If not specified, the latest version is described. Since 2020-10-26.
    """
    alias: Final[str | None]
    """The alias of the image version. Since 2022-12-19."""
    def __init__(
        self,
        *,
        image_name: str,
        version: int | None = None,
        alias: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        image_name: str = ...,
        version: int | None = ...,
        alias: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeImageVersionResponse(OutputShape):
    """The result of ``describe_image_version`` (DescribeImageVersion)."""

    base_image: Final[str | None]
    """The registry path of the container image on which this image version is based. Since 2020-10-26.
    """
    container_image: Final[str | None]
    """The registry path of the container image that contains this image version. Since 2020-10-26.
    """
    creation_time: Final[datetime | None]
    """When the version was created. Since 2020-10-26."""
    failure_reason: Final[str | None]
    """When a create or delete operation fails, the reason for the failure. Since 2020-10-26."""
    image_arn: Final[str | None]
    """The ARN of the image the version is based on. Since 2020-10-26."""
    image_version_arn: Final[str | None]
    """The ARN of the version. Since 2020-10-26."""
    image_version_status: Final[ImageVersionStatus | None]
    """The status of the version. Since 2020-10-26."""
    last_modified_time: Final[datetime | None]
    """When the version was last modified. Since 2020-10-26."""
    version: Final[int | None]
    """The version number. Since 2020-10-26."""
    vendor_guidance: Final[VendorGuidance | None]
    """The stability of the image version specified by the maintainer. Since 2022-12-19."""
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
        base_image: str | None = None,
        container_image: str | None = None,
        creation_time: datetime | None = None,
        failure_reason: str | None = None,
        image_arn: str | None = None,
        image_version_arn: str | None = None,
        image_version_status: ImageVersionStatus | ImageVersionStatusLiteral | None = None,
        last_modified_time: datetime | None = None,
        version: int | None = None,
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
        base_image: str | None = ...,
        container_image: str | None = ...,
        creation_time: datetime | None = ...,
        failure_reason: str | None = ...,
        image_arn: str | None = ...,
        image_version_arn: str | None = ...,
        image_version_status: ImageVersionStatus | ImageVersionStatusLiteral | None = ...,
        last_modified_time: datetime | None = ...,
        version: int | None = ...,
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

class DescribeInferenceComponentInput(Shape):
    """No description on the pages."""

    inference_component_name: Final[str]
    """The name of the inference component. Since 2023-11-29."""
    def __init__(
        self,
        *,
        inference_component_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        inference_component_name: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeInferenceComponentOutput(OutputShape):
    """The result of ``describe_inference_component`` (DescribeInferenceComponent)."""

    inference_component_name: Final[str | None]
    """The name of the inference component. Since 2023-11-29."""
    inference_component_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the inference component. Since 2023-11-29."""
    endpoint_name: Final[str | None]
    """The name of the endpoint that hosts the inference component. Since 2023-11-29."""
    endpoint_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the endpoint that hosts the inference component. Since
    2023-11-29.
    """
    variant_name: Final[str | None]
    """The name of the production variant that hosts the inference component. Since 2023-11-29."""
    failure_reason: Final[str | None]
    """If the inference component status is Failed, the reason for the failure. Since 2023-11-29."""
    specification: Final[InferenceComponentSpecificationSummary | None]
    """Details about the resources that are deployed with this inference component. Since 2023-11-29.
    """
    specifications: Final[list[InferenceComponentSpecificationSummary] | None]
    """A list of specification summaries for the inference component, one per instance type. This
    parameter is populated when the inference component was created with multiple specifications.
    When this parameter is populated, the singular Specification parameter is not returned. Since
    2026-04-30.
    """
    runtime_config: Final[InferenceComponentRuntimeConfigSummary | None]
    """Details about the runtime settings for the model that is deployed with the inference component.
    Since 2023-11-29.
    """
    creation_time: Final[datetime | None]
    """The time when the inference component was created. Since 2023-11-29."""
    last_modified_time: Final[datetime | None]
    """The time when the inference component was last updated. Since 2023-11-29."""
    inference_component_status: Final[InferenceComponentStatus | None]
    """The status of the inference component. Since 2023-11-29."""
    last_deployment_config: Final[InferenceComponentDeploymentConfig | None]
    """The deployment and rollback settings that you assigned to the inference component. Since
    2025-02-26.
    """
    def __init__(
        self,
        *,
        inference_component_name: str | None = None,
        inference_component_arn: str | None = None,
        endpoint_name: str | None = None,
        endpoint_arn: str | None = None,
        variant_name: str | None = None,
        failure_reason: str | None = None,
        specification: InferenceComponentSpecificationSummary | None = None,
        specifications: list[InferenceComponentSpecificationSummary] | None = None,
        runtime_config: InferenceComponentRuntimeConfigSummary | None = None,
        creation_time: datetime | None = None,
        last_modified_time: datetime | None = None,
        inference_component_status: InferenceComponentStatus | InferenceComponentStatusLiteral | None = None,
        last_deployment_config: InferenceComponentDeploymentConfig | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        inference_component_name: str | None = ...,
        inference_component_arn: str | None = ...,
        endpoint_name: str | None = ...,
        endpoint_arn: str | None = ...,
        variant_name: str | None = ...,
        failure_reason: str | None = ...,
        specification: InferenceComponentSpecificationSummary | None = ...,
        specifications: list[InferenceComponentSpecificationSummary] | None = ...,
        runtime_config: InferenceComponentRuntimeConfigSummary | None = ...,
        creation_time: datetime | None = ...,
        last_modified_time: datetime | None = ...,
        inference_component_status: InferenceComponentStatus | InferenceComponentStatusLiteral | None = ...,
        last_deployment_config: InferenceComponentDeploymentConfig | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeInferenceExperimentRequest(Shape):
    """No description on the pages."""

    name: Final[str]
    """The name of the inference experiment to describe. Since 2022-11-30."""
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

class DescribeInferenceExperimentResponse(OutputShape):
    """The result of ``describe_inference_experiment`` (DescribeInferenceExperiment)."""

    arn: Final[str | None]
    """The ARN of the inference experiment being described. Since 2022-11-30."""
    name: Final[str | None]
    """The name of the inference experiment. Since 2022-11-30."""
    type: Final[InferenceExperimentType | None]
    """The type of the inference experiment. Since 2022-11-30."""
    schedule: Final[InferenceExperimentSchedule | None]
    """The duration for which the inference experiment ran or will run. Since 2022-11-30."""
    status: Final[InferenceExperimentStatus | None]
    """The status of the inference experiment. The following are the possible statuses for an inference
    experiment: Since 2022-11-30.
    """
    status_reason: Final[str | None]
    """The error message or client-specified Reason from the StopInferenceExperiment API, that explains
    the status of the inference experiment. Since 2022-11-30.
    """
    description: Final[str | None]
    """The description of the inference experiment. Since 2022-11-30."""
    creation_time: Final[datetime | None]
    """The timestamp at which you created the inference experiment. Since 2022-11-30."""
    completion_time: Final[datetime | None]
    """The timestamp at which the inference experiment was completed. Since 2022-11-30."""
    last_modified_time: Final[datetime | None]
    """The timestamp at which you last modified the inference experiment. Since 2022-11-30."""
    role_arn: Final[str | None]
    """The ARN of the IAM role that Amazon SageMaker can assume to access model artifacts and container
    images, and manage Amazon SageMaker Inference endpoints for model deployment. Since 2022-11-30.
    """
    endpoint_metadata: Final[EndpointMetadata | None]
    """The metadata of the endpoint on which the inference experiment ran. Since 2022-11-30."""
    model_variants: Final[list[ModelVariantConfigSummary] | None]
    """An array of ModelVariantConfigSummary objects. There is one for each variant in the inference
    experiment. Each ModelVariantConfigSummary object in the array describes the infrastructure
    configuration for deploying the corresponding variant. Since 2022-11-30.
    """
    data_storage_config: Final[InferenceExperimentDataStorageConfig | None]
    """The Amazon S3 location and configuration for storing inference request and response data. Since
    2022-11-30.
    """
    shadow_mode_config: Final[ShadowModeConfig | None]
    """The configuration of ShadowMode inference experiment type, which shows the production variant
    that takes all the inference requests, and the shadow variant to which Amazon SageMaker
    replicates a percentage of the inference requests. For the shadow variant it also shows the
    percentage of requests that Amazon SageMaker replicates. Since 2022-11-30.
    """
    kms_key: Final[str | None]
    """The Amazon Web Services Key Management Service (Amazon Web Services KMS) key that Amazon
    SageMaker uses to encrypt data on the storage volume attached to the ML compute instance that
    hosts the endpoint. For more information, see CreateInferenceExperiment. Since 2022-11-30.
    """
    def __init__(
        self,
        *,
        arn: str | None = None,
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
        endpoint_metadata: EndpointMetadata | None = None,
        model_variants: list[ModelVariantConfigSummary] | None = None,
        data_storage_config: InferenceExperimentDataStorageConfig | None = None,
        shadow_mode_config: ShadowModeConfig | None = None,
        kms_key: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        arn: str | None = ...,
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
        endpoint_metadata: EndpointMetadata | None = ...,
        model_variants: list[ModelVariantConfigSummary] | None = ...,
        data_storage_config: InferenceExperimentDataStorageConfig | None = ...,
        shadow_mode_config: ShadowModeConfig | None = ...,
        kms_key: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeInferenceRecommendationsJobRequest(Shape):
    """No description on the pages."""

    job_name: Final[str]
    """The name of the job. The name must be unique within an Amazon Web Services Region in the Amazon
    Web Services account. Since 2021-12-01.
    """
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

class DescribeInferenceRecommendationsJobResponse(OutputShape):
    """The result of ``describe_inference_recommendations_job`` (DescribeInferenceRecommendationsJob)."""

    job_name: Final[str | None]
    """The name of the job. The name must be unique within an Amazon Web Services Region in the Amazon
    Web Services account. Since 2021-12-01.
    """
    job_description: Final[str | None]
    """The job description that you provided when you initiated the job. Since 2021-12-01."""
    job_type: Final[RecommendationJobType | None]
    """The job type that you provided when you initiated the job. Since 2021-12-01."""
    job_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the job. Since 2021-12-01."""
    role_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the Amazon Web Services Identity and Access Management (IAM)
    role you provided when you initiated the job. Since 2021-12-01.
    """
    status: Final[RecommendationJobStatus | None]
    """The status of the job. Since 2021-12-01."""
    creation_time: Final[datetime | None]
    """A timestamp that shows when the job was created. Since 2021-12-01."""
    completion_time: Final[datetime | None]
    """A timestamp that shows when the job completed. Since 2021-12-01."""
    last_modified_time: Final[datetime | None]
    """A timestamp that shows when the job was last modified. Since 2021-12-01."""
    failure_reason: Final[str | None]
    """If the job fails, provides information why the job failed. Since 2021-12-01."""
    input_config: Final[RecommendationJobInputConfig | None]
    """Returns information about the versioned model package Amazon Resource Name (ARN), the traffic
    pattern, and endpoint configurations you provided when you initiated the job. Since 2021-12-01.
    """
    stopping_conditions: Final[RecommendationJobStoppingConditions | None]
    """The stopping conditions that you provided when you initiated the job. Since 2021-12-01."""
    inference_recommendations: Final[list[InferenceRecommendation] | None]
    """The recommendations made by Inference Recommender. Since 2021-12-01."""
    endpoint_performances: Final[list[EndpointPerformance] | None]
    """The performance results from running an Inference Recommender job on an existing endpoint. Since
    2022-10-21.
    """
    def __init__(
        self,
        *,
        job_name: str | None = None,
        job_description: str | None = None,
        job_type: RecommendationJobType | RecommendationJobTypeLiteral | None = None,
        job_arn: str | None = None,
        role_arn: str | None = None,
        status: RecommendationJobStatus | RecommendationJobStatusLiteral | None = None,
        creation_time: datetime | None = None,
        completion_time: datetime | None = None,
        last_modified_time: datetime | None = None,
        failure_reason: str | None = None,
        input_config: RecommendationJobInputConfig | None = None,
        stopping_conditions: RecommendationJobStoppingConditions | None = None,
        inference_recommendations: list[InferenceRecommendation] | None = None,
        endpoint_performances: list[EndpointPerformance] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        job_name: str | None = ...,
        job_description: str | None = ...,
        job_type: RecommendationJobType | RecommendationJobTypeLiteral | None = ...,
        job_arn: str | None = ...,
        role_arn: str | None = ...,
        status: RecommendationJobStatus | RecommendationJobStatusLiteral | None = ...,
        creation_time: datetime | None = ...,
        completion_time: datetime | None = ...,
        last_modified_time: datetime | None = ...,
        failure_reason: str | None = ...,
        input_config: RecommendationJobInputConfig | None = ...,
        stopping_conditions: RecommendationJobStoppingConditions | None = ...,
        inference_recommendations: list[InferenceRecommendation] | None = ...,
        endpoint_performances: list[EndpointPerformance] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeJobRequest(Shape):
    """No description on the pages."""

    job_name: Final[str]
    """The name of the job to describe. Since 2026-06-02."""
    job_category: Final[JobCategory]
    """The category of the job. Since 2026-06-02."""
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

class DescribeJobResponse(OutputShape):
    """The result of ``describe_job`` (DescribeJob)."""

    job_name: Final[str | None]
    """The name of the job. Since 2026-06-02."""
    job_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the job. Since 2026-06-02."""
    role_arn: Final[str | None]
    """The ARN of the IAM role associated with the job. Since 2026-06-02."""
    job_category: Final[JobCategory | None]
    """The category of the job. Since 2026-06-02."""
    job_config_schema_version: Final[str | None]
    """The schema version used for the job configuration document. Since 2026-06-02."""
    job_config_document: Final[str | None]
    """The JSON configuration document for the job. Since 2026-06-02."""
    creation_time: Final[datetime | None]
    """The date and time that the job was created. Since 2026-06-02."""
    last_modified_time: Final[datetime | None]
    """The date and time that the job was last modified. Since 2026-06-02."""
    end_time: Final[datetime | None]
    """The date and time that the job ended. Since 2026-06-02."""
    job_status: Final[JobStatus | None]
    """The current status of the job. Since 2026-06-02."""
    secondary_status: Final[JobSecondaryStatus | None]
    """The detailed secondary status of the job, providing more granular information about the job's
    progress. Secondary statuses may change between releases. Since 2026-06-02.
    """
    secondary_status_transitions: Final[list[JobSecondaryStatusTransition] | None]
    """A list of secondary status transitions for the job, with timestamps and optional status
    messages. Since 2026-06-02.
    """
    failure_reason: Final[str | None]
    """If the job failed, the reason it failed. Since 2026-06-02."""
    tags: Final[list[Tag] | None]
    """The tags associated with the job. Since 2026-06-02."""
    def __init__(
        self,
        *,
        job_name: str | None = None,
        job_arn: str | None = None,
        role_arn: str | None = None,
        job_category: JobCategory | JobCategoryLiteral | None = None,
        job_config_schema_version: str | None = None,
        job_config_document: str | None = None,
        creation_time: datetime | None = None,
        last_modified_time: datetime | None = None,
        end_time: datetime | None = None,
        job_status: JobStatus | JobStatusLiteral | None = None,
        secondary_status: JobSecondaryStatus | JobSecondaryStatusLiteral | None = None,
        secondary_status_transitions: list[JobSecondaryStatusTransition] | None = None,
        failure_reason: str | None = None,
        tags: list[Tag] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        job_name: str | None = ...,
        job_arn: str | None = ...,
        role_arn: str | None = ...,
        job_category: JobCategory | JobCategoryLiteral | None = ...,
        job_config_schema_version: str | None = ...,
        job_config_document: str | None = ...,
        creation_time: datetime | None = ...,
        last_modified_time: datetime | None = ...,
        end_time: datetime | None = ...,
        job_status: JobStatus | JobStatusLiteral | None = ...,
        secondary_status: JobSecondaryStatus | JobSecondaryStatusLiteral | None = ...,
        secondary_status_transitions: list[JobSecondaryStatusTransition] | None = ...,
        failure_reason: str | None = ...,
        tags: list[Tag] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeJobSchemaVersionRequest(Shape):
    """No description on the pages."""

    job_category: Final[JobCategory]
    """The category of the job schema to describe. Since 2026-06-02."""
    job_config_schema_version: Final[str | None]
    """The version of the schema to retrieve. If not specified, the latest version is returned. Since
    2026-06-02.
    """
    def __init__(
        self,
        *,
        job_category: JobCategory | JobCategoryLiteral,
        job_config_schema_version: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        job_category: JobCategory | JobCategoryLiteral = ...,
        job_config_schema_version: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeJobSchemaVersionResponse(OutputShape):
    """The result of ``describe_job_schema_version`` (DescribeJobSchemaVersion)."""

    job_category: Final[JobCategory | None]
    """The category of the job schema. Since 2026-06-02."""
    job_config_schema_version: Final[str | None]
    """The version of the schema. Since 2026-06-02."""
    job_config_schema: Final[str | None]
    """The JSON schema document that defines the structure of the job configuration. Since 2026-06-02.
    """
    def __init__(
        self,
        *,
        job_category: JobCategory | JobCategoryLiteral | None = None,
        job_config_schema_version: str | None = None,
        job_config_schema: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        job_category: JobCategory | JobCategoryLiteral | None = ...,
        job_config_schema_version: str | None = ...,
        job_config_schema: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeLabelingJobRequest(Shape):
    """No description on the pages."""

    labeling_job_name: Final[str]
    """The name of the labeling job to return information for. Since 2018-11-28."""
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

class DescribeLabelingJobResponse(OutputShape):
    """The result of ``describe_labeling_job`` (DescribeLabelingJob)."""

    labeling_job_status: Final[LabelingJobStatus | None]
    """The processing status of the labeling job. Since 2018-11-28."""
    label_counters: Final[LabelCounters | None]
    """Provides a breakdown of the number of data objects labeled by humans, the number of objects
    labeled by machine, the number of objects than couldn't be labeled, and the total number of
    objects labeled. Since 2018-11-28.
    """
    failure_reason: Final[str | None]
    """If the job failed, the reason that it failed. Since 2018-11-28."""
    creation_time: Final[datetime | None]
    """The date and time that the labeling job was created. Since 2018-11-28."""
    last_modified_time: Final[datetime | None]
    """The date and time that the labeling job was last updated. Since 2018-11-28."""
    job_reference_code: Final[str | None]
    """A unique identifier for work done as part of a labeling job. Since 2018-11-28."""
    labeling_job_name: Final[str | None]
    """The name assigned to the labeling job when it was created. Since 2018-11-28."""
    labeling_job_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the labeling job. Since 2018-11-28."""
    label_attribute_name: Final[str | None]
    """The attribute used as the label in the output manifest file. Since 2018-11-28."""
    input_config: Final[LabelingJobInputConfig | None]
    """Input configuration information for the labeling job, such as the Amazon S3 location of the data
    objects and the location of the manifest file that describes the data objects. Since 2018-11-28.
    """
    output_config: Final[LabelingJobOutputConfig | None]
    """The location of the job's output data and the Amazon Web Services Key Management Service key ID
    for the key used to encrypt the output data, if any. Since 2018-11-28.
    """
    role_arn: Final[str | None]
    """The Amazon Resource Name (ARN) that SageMaker assumes to perform tasks on your behalf during
    data labeling. Since 2018-11-28.
    """
    label_category_config_s3_uri: Final[str | None]
    """The S3 location of the JSON file that defines the categories used to label data objects. Please
    note the following label-category limits: Since 2018-11-28.
    """
    stopping_conditions: Final[LabelingJobStoppingConditions | None]
    """A set of conditions for stopping a labeling job. If any of the conditions are met, the job is
    automatically stopped. Since 2018-11-28.
    """
    labeling_job_algorithms_config: Final[LabelingJobAlgorithmsConfig | None]
    """Configuration information for automated data labeling. Since 2018-11-28."""
    human_task_config: Final[HumanTaskConfig | None]
    """Configuration information required for human workers to complete a labeling task. Since
    2018-11-28.
    """
    tags: Final[list[Tag] | None]
    """An array of key-value pairs. You can use tags to categorize your Amazon Web Services resources
    in different ways, for example, by purpose, owner, or environment. For more information, see
    Tagging Amazon Web Services Resources. Since 2018-11-28.
    """
    labeling_job_output: Final[LabelingJobOutput | None]
    """The location of the output produced by the labeling job. Since 2018-11-28."""
    def __init__(
        self,
        *,
        labeling_job_status: LabelingJobStatus | LabelingJobStatusLiteral | None = None,
        label_counters: LabelCounters | None = None,
        failure_reason: str | None = None,
        creation_time: datetime | None = None,
        last_modified_time: datetime | None = None,
        job_reference_code: str | None = None,
        labeling_job_name: str | None = None,
        labeling_job_arn: str | None = None,
        label_attribute_name: str | None = None,
        input_config: LabelingJobInputConfig | None = None,
        output_config: LabelingJobOutputConfig | None = None,
        role_arn: str | None = None,
        label_category_config_s3_uri: str | None = None,
        stopping_conditions: LabelingJobStoppingConditions | None = None,
        labeling_job_algorithms_config: LabelingJobAlgorithmsConfig | None = None,
        human_task_config: HumanTaskConfig | None = None,
        tags: list[Tag] | None = None,
        labeling_job_output: LabelingJobOutput | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        labeling_job_status: LabelingJobStatus | LabelingJobStatusLiteral | None = ...,
        label_counters: LabelCounters | None = ...,
        failure_reason: str | None = ...,
        creation_time: datetime | None = ...,
        last_modified_time: datetime | None = ...,
        job_reference_code: str | None = ...,
        labeling_job_name: str | None = ...,
        labeling_job_arn: str | None = ...,
        label_attribute_name: str | None = ...,
        input_config: LabelingJobInputConfig | None = ...,
        output_config: LabelingJobOutputConfig | None = ...,
        role_arn: str | None = ...,
        label_category_config_s3_uri: str | None = ...,
        stopping_conditions: LabelingJobStoppingConditions | None = ...,
        labeling_job_algorithms_config: LabelingJobAlgorithmsConfig | None = ...,
        human_task_config: HumanTaskConfig | None = ...,
        tags: list[Tag] | None = ...,
        labeling_job_output: LabelingJobOutput | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeLineageGroupRequest(Shape):
    """No description on the pages."""

    lineage_group_name: Final[str]
    """The name of the lineage group. Since 2021-12-01."""
    def __init__(
        self,
        *,
        lineage_group_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        lineage_group_name: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeLineageGroupResponse(OutputShape):
    """The result of ``describe_lineage_group`` (DescribeLineageGroup)."""

    lineage_group_name: Final[str | None]
    """The name of the lineage group. Since 2021-12-01."""
    lineage_group_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the lineage group. Since 2021-12-01."""
    display_name: Final[str | None]
    """The display name of the lineage group. Since 2021-12-01."""
    description: Final[str | None]
    """The description of the lineage group. Since 2021-12-01."""
    creation_time: Final[datetime | None]
    """The creation time of lineage group. Since 2021-12-01."""
    created_by: Final[UserContext | None]
    """Information about the user who created or modified an experiment, trial, trial component,
    lineage group, project, or model card. Since 2021-12-01.
    """
    last_modified_time: Final[datetime | None]
    """The last modified time of the lineage group. Since 2021-12-01."""
    last_modified_by: Final[UserContext | None]
    """Information about the user who created or modified an experiment, trial, trial component,
    lineage group, project, or model card. Since 2021-12-01.
    """
    def __init__(
        self,
        *,
        lineage_group_name: str | None = None,
        lineage_group_arn: str | None = None,
        display_name: str | None = None,
        description: str | None = None,
        creation_time: datetime | None = None,
        created_by: UserContext | None = None,
        last_modified_time: datetime | None = None,
        last_modified_by: UserContext | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        lineage_group_name: str | None = ...,
        lineage_group_arn: str | None = ...,
        display_name: str | None = ...,
        description: str | None = ...,
        creation_time: datetime | None = ...,
        created_by: UserContext | None = ...,
        last_modified_time: datetime | None = ...,
        last_modified_by: UserContext | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeMlflowAppRequest(Shape):
    """No description on the pages."""

    arn: Final[str]
    """The ARN of the MLflow App for which to get information. Since 2025-12-02."""
    def __init__(
        self,
        *,
        arn: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        arn: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeMlflowAppResponse(OutputShape):
    """The result of ``describe_mlflow_app`` (DescribeMlflowApp)."""

    arn: Final[str | None]
    """The ARN of the MLflow App. Since 2025-12-02."""
    name: Final[str | None]
    """The name of the MLflow App. Since 2025-12-02."""
    artifact_store_uri: Final[str | None]
    """The S3 URI of the general purpose bucket used as the MLflow App artifact store. Since
    2025-12-02.
    """
    mlflow_version: Final[str | None]
    """The MLflow version used. Since 2025-12-02."""
    role_arn: Final[str | None]
    """The Amazon Resource Name (ARN) for an IAM role in your account that the MLflow App uses to
    access the artifact store in Amazon S3. Since 2025-12-02.
    """
    status: Final[MlflowAppStatus | None]
    """The current creation status of the described MLflow App. Since 2025-12-02."""
    model_registration_mode: Final[ModelRegistrationMode | None]
    """Whether automatic registration of new MLflow models to the SageMaker Model Registry is enabled.
    Since 2025-12-02.
    """
    account_default_status: Final[AccountDefaultStatus | None]
    """Indicates whether this MLflow app is the default for the entire account. Since 2025-12-02."""
    default_domain_id_list: Final[list[str] | None]
    """List of SageMaker Domain IDs for which this MLflow App is the default. Since 2025-12-02."""
    creation_time: Final[datetime | None]
    """The timestamp when the MLflow App was created. Since 2025-12-02."""
    created_by: Final[UserContext | None]
    """Information about the user who created or modified a SageMaker resource. Since 2025-12-02."""
    last_modified_time: Final[datetime | None]
    """The timestamp when the MLflow App was last modified. Since 2025-12-02."""
    last_modified_by: Final[UserContext | None]
    """Information about the user who created or modified a SageMaker resource. Since 2025-12-02."""
    weekly_maintenance_window_start: Final[str | None]
    """The day and time of the week when weekly maintenance occurs. Since 2025-12-02."""
    maintenance_status: Final[MaintenanceStatus | None]
    """Current maintenance status of the MLflow App. Since 2025-12-02."""
    def __init__(
        self,
        *,
        arn: str | None = None,
        name: str | None = None,
        artifact_store_uri: str | None = None,
        mlflow_version: str | None = None,
        role_arn: str | None = None,
        status: MlflowAppStatus | MlflowAppStatusLiteral | None = None,
        model_registration_mode: ModelRegistrationMode | ModelRegistrationModeLiteral | None = None,
        account_default_status: AccountDefaultStatus | AccountDefaultStatusLiteral | None = None,
        default_domain_id_list: list[str] | None = None,
        creation_time: datetime | None = None,
        created_by: UserContext | None = None,
        last_modified_time: datetime | None = None,
        last_modified_by: UserContext | None = None,
        weekly_maintenance_window_start: str | None = None,
        maintenance_status: MaintenanceStatus | MaintenanceStatusLiteral | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        arn: str | None = ...,
        name: str | None = ...,
        artifact_store_uri: str | None = ...,
        mlflow_version: str | None = ...,
        role_arn: str | None = ...,
        status: MlflowAppStatus | MlflowAppStatusLiteral | None = ...,
        model_registration_mode: ModelRegistrationMode | ModelRegistrationModeLiteral | None = ...,
        account_default_status: AccountDefaultStatus | AccountDefaultStatusLiteral | None = ...,
        default_domain_id_list: list[str] | None = ...,
        creation_time: datetime | None = ...,
        created_by: UserContext | None = ...,
        last_modified_time: datetime | None = ...,
        last_modified_by: UserContext | None = ...,
        weekly_maintenance_window_start: str | None = ...,
        maintenance_status: MaintenanceStatus | MaintenanceStatusLiteral | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeMlflowTrackingServerRequest(Shape):
    """No description on the pages."""

    tracking_server_name: Final[str]
    """The name of the MLflow Tracking Server to describe. Since 2024-06-18."""
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

class DescribeMlflowTrackingServerResponse(OutputShape):
    """The result of ``describe_mlflow_tracking_server`` (DescribeMlflowTrackingServer)."""

    tracking_server_arn: Final[str | None]
    """The ARN of the described tracking server. Since 2024-06-18."""
    tracking_server_name: Final[str | None]
    """The name of the described tracking server. Since 2024-06-18."""
    artifact_store_uri: Final[str | None]
    """The S3 URI of the general purpose bucket used as the MLflow Tracking Server artifact store.
    Since 2024-06-18.
    """
    tracking_server_size: Final[TrackingServerSize | None]
    """The size of the described tracking server. Since 2024-06-18."""
    mlflow_version: Final[str | None]
    """The MLflow version used for the described tracking server. Since 2024-06-18."""
    role_arn: Final[str | None]
    """The Amazon Resource Name (ARN) for an IAM role in your account that the described MLflow
    Tracking Server uses to access the artifact store in Amazon S3. Since 2024-06-18.
    """
    tracking_server_status: Final[TrackingServerStatus | None]
    """The current creation status of the described MLflow Tracking Server. Since 2024-06-18."""
    tracking_server_maintenance_status: Final[TrackingServerMaintenanceStatus | None]
    """The current maintenance status of the described MLflow Tracking Server. Since 2025-05-29."""
    is_active: Final[IsTrackingServerActive | None]
    """Whether the described MLflow Tracking Server is currently active. Since 2024-06-18."""
    tracking_server_url: Final[str | None]
    """The URL to connect to the MLflow user interface for the described tracking server. Since
    2024-06-18.
    """
    weekly_maintenance_window_start: Final[str | None]
    """The day and time of the week when weekly maintenance occurs on the described tracking server.
    Since 2024-06-18.
    """
    automatic_model_registration: Final[bool | None]
    """Whether automatic registration of new MLflow models to the SageMaker Model Registry is enabled.
    Since 2024-06-18.
    """
    creation_time: Final[datetime | None]
    """The timestamp of when the described MLflow Tracking Server was created. Since 2024-06-18."""
    created_by: Final[UserContext | None]
    """Information about the user who created or modified a SageMaker resource. Since 2024-06-18."""
    last_modified_time: Final[datetime | None]
    """The timestamp of when the described MLflow Tracking Server was last modified. Since 2024-06-18.
    """
    last_modified_by: Final[UserContext | None]
    """Information about the user who created or modified a SageMaker resource. Since 2024-06-18."""
    s3_bucket_owner_account_id: Final[str | None]
    """Expected Amazon Web Services account ID that owns the Amazon S3 bucket for artifact storage.
    Since 2026-03-05.
    """
    s3_bucket_owner_verification: Final[bool | None]
    """Whether Amazon S3 Bucket Ownership checks are enabled whenever the tracking server interacts
    with Amazon Amazon S3. Since 2026-03-05.
    """
    def __init__(
        self,
        *,
        tracking_server_arn: str | None = None,
        tracking_server_name: str | None = None,
        artifact_store_uri: str | None = None,
        tracking_server_size: TrackingServerSize | TrackingServerSizeLiteral | None = None,
        mlflow_version: str | None = None,
        role_arn: str | None = None,
        tracking_server_status: TrackingServerStatus | TrackingServerStatusLiteral | None = None,
        tracking_server_maintenance_status: TrackingServerMaintenanceStatus
        | TrackingServerMaintenanceStatusLiteral
        | None = None,
        is_active: IsTrackingServerActive | IsTrackingServerActiveLiteral | None = None,
        tracking_server_url: str | None = None,
        weekly_maintenance_window_start: str | None = None,
        automatic_model_registration: bool | None = None,
        creation_time: datetime | None = None,
        created_by: UserContext | None = None,
        last_modified_time: datetime | None = None,
        last_modified_by: UserContext | None = None,
        s3_bucket_owner_account_id: str | None = None,
        s3_bucket_owner_verification: bool | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        tracking_server_arn: str | None = ...,
        tracking_server_name: str | None = ...,
        artifact_store_uri: str | None = ...,
        tracking_server_size: TrackingServerSize | TrackingServerSizeLiteral | None = ...,
        mlflow_version: str | None = ...,
        role_arn: str | None = ...,
        tracking_server_status: TrackingServerStatus | TrackingServerStatusLiteral | None = ...,
        tracking_server_maintenance_status: TrackingServerMaintenanceStatus
        | TrackingServerMaintenanceStatusLiteral
        | None = ...,
        is_active: IsTrackingServerActive | IsTrackingServerActiveLiteral | None = ...,
        tracking_server_url: str | None = ...,
        weekly_maintenance_window_start: str | None = ...,
        automatic_model_registration: bool | None = ...,
        creation_time: datetime | None = ...,
        created_by: UserContext | None = ...,
        last_modified_time: datetime | None = ...,
        last_modified_by: UserContext | None = ...,
        s3_bucket_owner_account_id: str | None = ...,
        s3_bucket_owner_verification: bool | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeModelBiasJobDefinitionRequest(Shape):
    """No description on the pages."""

    job_definition_name: Final[str]
    """The name of the model bias job definition. The name must be unique within an Amazon Web Services
    Region in the Amazon Web Services account. Since 2020-12-08.
    """
    def __init__(
        self,
        *,
        job_definition_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        job_definition_name: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeModelBiasJobDefinitionResponse(OutputShape):
    """The result of ``describe_model_bias_job_definition`` (DescribeModelBiasJobDefinition)."""

    job_definition_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the model bias job. Since 2020-12-08."""
    job_definition_name: Final[str | None]
    """The name of the bias job definition. The name must be unique within an Amazon Web Services
    Region in the Amazon Web Services account. Since 2020-12-08.
    """
    creation_time: Final[datetime | None]
    """The time at which the model bias job was created. Since 2020-12-08."""
    model_bias_baseline_config: Final[ModelBiasBaselineConfig | None]
    """The baseline configuration for a model bias job. Since 2020-12-08."""
    model_bias_app_specification: Final[ModelBiasAppSpecification | None]
    """Configures the model bias job to run a specified Docker container image. Since 2020-12-08."""
    model_bias_job_input: Final[ModelBiasJobInput | None]
    """Inputs for the model bias job. Since 2020-12-08."""
    model_bias_job_output_config: Final[MonitoringOutputConfig | None]
    """The output configuration for monitoring jobs. Since 2020-12-08."""
    job_resources: Final[MonitoringResources | None]
    """Identifies the resources to deploy for a monitoring job. Since 2020-12-08."""
    network_config: Final[MonitoringNetworkConfig | None]
    """Networking options for a model bias job. Since 2020-12-08."""
    role_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the IAM role that has read permission to the input data
    location and write permission to the output data location in Amazon S3. Since 2020-12-08.
    """
    stopping_condition: Final[MonitoringStoppingCondition | None]
    """A time limit for how long the monitoring job is allowed to run before stopping. Since
    2020-12-08.
    """
    def __init__(
        self,
        *,
        job_definition_arn: str | None = None,
        job_definition_name: str | None = None,
        creation_time: datetime | None = None,
        model_bias_baseline_config: ModelBiasBaselineConfig | None = None,
        model_bias_app_specification: ModelBiasAppSpecification | None = None,
        model_bias_job_input: ModelBiasJobInput | None = None,
        model_bias_job_output_config: MonitoringOutputConfig | None = None,
        job_resources: MonitoringResources | None = None,
        network_config: MonitoringNetworkConfig | None = None,
        role_arn: str | None = None,
        stopping_condition: MonitoringStoppingCondition | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        job_definition_arn: str | None = ...,
        job_definition_name: str | None = ...,
        creation_time: datetime | None = ...,
        model_bias_baseline_config: ModelBiasBaselineConfig | None = ...,
        model_bias_app_specification: ModelBiasAppSpecification | None = ...,
        model_bias_job_input: ModelBiasJobInput | None = ...,
        model_bias_job_output_config: MonitoringOutputConfig | None = ...,
        job_resources: MonitoringResources | None = ...,
        network_config: MonitoringNetworkConfig | None = ...,
        role_arn: str | None = ...,
        stopping_condition: MonitoringStoppingCondition | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeModelCardExportJobRequest(Shape):
    """No description on the pages."""

    model_card_export_job_arn: Final[str]
    """The Amazon Resource Name (ARN) of the model card export job to describe. Since 2022-11-30."""
    def __init__(
        self,
        *,
        model_card_export_job_arn: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        model_card_export_job_arn: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeModelCardExportJobResponse(OutputShape):
    """The result of ``describe_model_card_export_job`` (DescribeModelCardExportJob)."""

    model_card_export_job_name: Final[str | None]
    """The name of the model card export job to describe. Since 2022-11-30."""
    model_card_export_job_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the model card export job. Since 2022-11-30."""
    status: Final[ModelCardExportJobStatus | None]
    """The completion status of the model card export job. Since 2022-11-30."""
    model_card_name: Final[str | None]
    """The name of the model card that the model export job exports. Since 2022-11-30."""
    model_card_version: Final[int | None]
    """The version of the model card that the model export job exports. Since 2022-11-30."""
    output_config: Final[ModelCardExportOutputConfig | None]
    """The export output details for the model card. Since 2022-11-30."""
    created_at: Final[datetime | None]
    """The date and time that the model export job was created. Since 2022-11-30."""
    last_modified_at: Final[datetime | None]
    """The date and time that the model export job was last modified. Since 2022-11-30."""
    failure_reason: Final[str | None]
    """The failure reason if the model export job fails. Since 2022-11-30."""
    export_artifacts: Final[ModelCardExportArtifacts | None]
    """The exported model card artifacts. Since 2022-11-30."""
    def __init__(
        self,
        *,
        model_card_export_job_name: str | None = None,
        model_card_export_job_arn: str | None = None,
        status: ModelCardExportJobStatus | ModelCardExportJobStatusLiteral | None = None,
        model_card_name: str | None = None,
        model_card_version: int | None = None,
        output_config: ModelCardExportOutputConfig | None = None,
        created_at: datetime | None = None,
        last_modified_at: datetime | None = None,
        failure_reason: str | None = None,
        export_artifacts: ModelCardExportArtifacts | None = None,
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
        output_config: ModelCardExportOutputConfig | None = ...,
        created_at: datetime | None = ...,
        last_modified_at: datetime | None = ...,
        failure_reason: str | None = ...,
        export_artifacts: ModelCardExportArtifacts | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeModelCardRequest(Shape):
    """No description on the pages."""

    model_card_name: Final[str]
    """The name or Amazon Resource Name (ARN) of the model card to describe. Since 2022-11-30."""
    model_card_version: Final[int | None]
    """The version of the model card to describe. If a version is not provided, then the latest version
    of the model card is described. Since 2022-11-30.
    """
    included_data: Final[IncludedData | None]
    """Specifies the level of model card data to include in the response. Use this parameter to call
    DescribeModelCard without requiring kms:Decrypt permission on the customer-managed Amazon Web
    Services KMS key. Since 2026-06-04.
    """
    def __init__(
        self,
        *,
        model_card_name: str,
        model_card_version: int | None = None,
        included_data: IncludedData | IncludedDataLiteral | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        model_card_name: str = ...,
        model_card_version: int | None = ...,
        included_data: IncludedData | IncludedDataLiteral | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeModelCardResponse(OutputShape):
    """The result of ``describe_model_card`` (DescribeModelCard)."""

    model_card_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the model card. Since 2022-11-30."""
    model_card_name: Final[str | None]
    """The name of the model card. Since 2022-11-30."""
    model_card_version: Final[int | None]
    """The version of the model card. Since 2022-11-30."""
    content: Final[str | None]
    """The content of the model card. Content is provided as a string in the model card JSON schema.
    Since 2022-11-30. Sensitive: ``repr()`` shows ``'***'``.
    """
    model_card_status: Final[ModelCardStatus | None]
    """The approval status of the model card within your organization. Different organizations might
    have different criteria for model card review and approval. Since 2022-11-30.
    """
    security_config: Final[ModelCardSecurityConfig | None]
    """The security configuration used to protect model card content. Since 2022-11-30."""
    creation_time: Final[datetime | None]
    """The date and time the model card was created. Since 2022-11-30."""
    created_by: Final[UserContext | None]
    """Information about the user who created or modified a SageMaker resource. Since 2022-11-30."""
    last_modified_time: Final[datetime | None]
    """The date and time the model card was last modified. Since 2022-11-30."""
    last_modified_by: Final[UserContext | None]
    """Information about the user who created or modified a SageMaker resource. Since 2022-11-30."""
    model_card_processing_status: Final[ModelCardProcessingStatus | None]
    """The processing status of model card deletion. The ModelCardProcessingStatus updates throughout
    the different deletion steps. Since 2022-11-30.
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
        model_card_processing_status: ModelCardProcessingStatus | ModelCardProcessingStatusLiteral | None = None,
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
        model_card_processing_status: ModelCardProcessingStatus | ModelCardProcessingStatusLiteral | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeModelExplainabilityJobDefinitionRequest(Shape):
    """No description on the pages."""

    job_definition_name: Final[str]
    """The name of the model explainability job definition. The name must be unique within an Amazon
    Web Services Region in the Amazon Web Services account. Since 2020-12-08.
    """
    def __init__(
        self,
        *,
        job_definition_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        job_definition_name: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeModelExplainabilityJobDefinitionResponse(OutputShape):
    """The result of ``describe_model_explainability_job_definition``
    (DescribeModelExplainabilityJobDefinition).
    """

    job_definition_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the model explainability job. Since 2020-12-08."""
    job_definition_name: Final[str | None]
    """The name of the explainability job definition. The name must be unique within an Amazon Web
    Services Region in the Amazon Web Services account. Since 2020-12-08.
    """
    creation_time: Final[datetime | None]
    """The time at which the model explainability job was created. Since 2020-12-08."""
    model_explainability_baseline_config: Final[ModelExplainabilityBaselineConfig | None]
    """The baseline configuration for a model explainability job. Since 2020-12-08."""
    model_explainability_app_specification: Final[ModelExplainabilityAppSpecification | None]
    """Configures the model explainability job to run a specified Docker container image. Since
    2020-12-08.
    """
    model_explainability_job_input: Final[ModelExplainabilityJobInput | None]
    """Inputs for the model explainability job. Since 2020-12-08."""
    model_explainability_job_output_config: Final[MonitoringOutputConfig | None]
    """The output configuration for monitoring jobs. Since 2020-12-08."""
    job_resources: Final[MonitoringResources | None]
    """Identifies the resources to deploy for a monitoring job. Since 2020-12-08."""
    network_config: Final[MonitoringNetworkConfig | None]
    """Networking options for a model explainability job. Since 2020-12-08."""
    role_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the IAM role that has read permission to the input data
    location and write permission to the output data location in Amazon S3. Since 2020-12-08.
    """
    stopping_condition: Final[MonitoringStoppingCondition | None]
    """A time limit for how long the monitoring job is allowed to run before stopping. Since
    2020-12-08.
    """
    def __init__(
        self,
        *,
        job_definition_arn: str | None = None,
        job_definition_name: str | None = None,
        creation_time: datetime | None = None,
        model_explainability_baseline_config: ModelExplainabilityBaselineConfig | None = None,
        model_explainability_app_specification: ModelExplainabilityAppSpecification | None = None,
        model_explainability_job_input: ModelExplainabilityJobInput | None = None,
        model_explainability_job_output_config: MonitoringOutputConfig | None = None,
        job_resources: MonitoringResources | None = None,
        network_config: MonitoringNetworkConfig | None = None,
        role_arn: str | None = None,
        stopping_condition: MonitoringStoppingCondition | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        job_definition_arn: str | None = ...,
        job_definition_name: str | None = ...,
        creation_time: datetime | None = ...,
        model_explainability_baseline_config: ModelExplainabilityBaselineConfig | None = ...,
        model_explainability_app_specification: ModelExplainabilityAppSpecification | None = ...,
        model_explainability_job_input: ModelExplainabilityJobInput | None = ...,
        model_explainability_job_output_config: MonitoringOutputConfig | None = ...,
        job_resources: MonitoringResources | None = ...,
        network_config: MonitoringNetworkConfig | None = ...,
        role_arn: str | None = ...,
        stopping_condition: MonitoringStoppingCondition | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeModelInput(Shape):
    """No description on the pages."""

    model_name: Final[str]
    """The name of the model. Since 2017-11-29."""
    def __init__(
        self,
        *,
        model_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        model_name: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeModelOutput(OutputShape):
    """The result of ``describe_model`` (DescribeModel)."""

    model_name: Final[str | None]
    """Name of the SageMaker model. Since 2017-11-29."""
    primary_container: Final[ContainerDefinition | None]
    """The location of the primary inference code, associated artifacts, and custom environment map
    that the inference code uses when it is deployed in production. Since 2017-11-29.
    """
    containers: Final[list[ContainerDefinition] | None]
    """The containers in the inference pipeline. Since 2018-11-28."""
    inference_execution_config: Final[InferenceExecutionConfig | None]
    """Specifies details of how containers in a multi-container endpoint are called. Since 2021-02-22.
    """
    execution_role_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the IAM role that you specified for the model. Since
    2017-11-29.
    """
    vpc_config: Final[VpcConfig | None]
    """A VpcConfig object that specifies the VPC that this model has access to. For more information,
    see Protect Endpoints by Using an Amazon Virtual Private Cloud Since 2018-04-30.
    """
    creation_time: Final[datetime | None]
    """A timestamp that shows when the model was created. Since 2017-11-29."""
    model_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the model. Since 2017-11-29."""
    enable_network_isolation: Final[bool | None]
    """If True, no inbound or outbound network calls can be made to or from the model container. Since
    2018-11-28.
    """
    deployment_recommendation: Final[DeploymentRecommendation | None]
    """A set of recommended deployment configurations for the model. Since 2023-05-24."""
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
        deployment_recommendation: DeploymentRecommendation | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeModelPackageGroupInput(Shape):
    """No description on the pages."""

    model_package_group_name: Final[str]
    """The name of the model group to describe. Since 2020-12-01."""
    def __init__(
        self,
        *,
        model_package_group_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        model_package_group_name: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeModelPackageGroupOutput(OutputShape):
    """The result of ``describe_model_package_group`` (DescribeModelPackageGroup)."""

    model_package_group_name: Final[str | None]
    """The name of the model group. Since 2020-12-01."""
    model_package_group_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the model group. Since 2020-12-01."""
    model_package_group_description: Final[str | None]
    """A description of the model group. Since 2020-12-01."""
    creation_time: Final[datetime | None]
    """The time that the model group was created. Since 2020-12-01."""
    created_by: Final[UserContext | None]
    """Information about the user who created or modified a SageMaker resource. Since 2020-12-01."""
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
        created_by: UserContext | None = None,
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
        created_by: UserContext | None = ...,
        model_package_group_status: ModelPackageGroupStatus | ModelPackageGroupStatusLiteral | None = ...,
        managed_configuration: ManagedConfiguration | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeModelPackageInput(Shape):
    """No description on the pages."""

    model_package_name: Final[str]
    """The name or Amazon Resource Name (ARN) of the model package to describe. Since 2018-11-28."""
    included_data: Final[IncludedData | None]
    """Specifies the level of model package data to include in the response. Use this parameter to call
    DescribeModelPackage on a model package that has an associated model card without requiring
    kms:Decrypt permission on the customer-managed KMS key associated with the embedded model card.
    Since 2026-06-04.
    """
    def __init__(
        self,
        *,
        model_package_name: str,
        included_data: IncludedData | IncludedDataLiteral | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        model_package_name: str = ...,
        included_data: IncludedData | IncludedDataLiteral | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeModelPackageOutput(OutputShape):
    """The result of ``describe_model_package`` (DescribeModelPackage)."""

    model_package_name: Final[str | None]
    """The name of the model package being described. Since 2018-11-28."""
    model_package_group_name: Final[str | None]
    """If the model is a versioned model, the name of the model group that the versioned model belongs
    to. Since 2020-12-01.
    """
    model_package_version: Final[int | None]
    """The version of the model package. Since 2020-12-01."""
    model_package_registration_type: Final[ModelPackageRegistrationType | None]
    """The package registration type of the model package output. Since 2025-12-03."""
    model_package_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the model package. Since 2018-11-28."""
    model_package_description: Final[str | None]
    """A brief summary of the model package. Since 2018-11-28."""
    creation_time: Final[datetime | None]
    """A timestamp specifying when the model package was created. Since 2018-11-28."""
    inference_specification: Final[InferenceSpecification | None]
    """Details about inference jobs that you can run with models based on this model package. Since
    2018-11-28.
    """
    source_algorithm_specification: Final[SourceAlgorithmSpecification | None]
    """Details about the algorithm that was used to create the model package. Since 2018-11-28."""
    validation_specification: Final[ModelPackageValidationSpecification | None]
    """Configurations for one or more transform jobs that SageMaker runs to test the model package.
    Since 2018-11-28.
    """
    model_package_status: Final[ModelPackageStatus | None]
    """The current status of the model package. Since 2018-11-28."""
    model_package_status_details: Final[ModelPackageStatusDetails | None]
    """Details about the current status of the model package. Since 2018-11-28."""
    certify_for_marketplace: Final[bool | None]
    """Whether the model package is certified for listing on Amazon Web Services Marketplace. Since
    2018-11-28.
    """
    model_approval_status: Final[ModelApprovalStatus | None]
    """The approval status of the model package. Since 2020-12-01."""
    created_by: Final[UserContext | None]
    """Information about the user who created or modified a SageMaker resource. Since 2020-12-01."""
    metadata_properties: Final[MetadataProperties | None]
    """Metadata properties of the tracking entity, trial, or trial component. Since 2020-12-01."""
    model_metrics: Final[ModelMetrics | None]
    """Metrics for the model. Since 2020-12-01."""
    last_modified_time: Final[datetime | None]
    """The last time that the model package was modified. Since 2020-12-01."""
    last_modified_by: Final[UserContext | None]
    """Information about the user who created or modified a SageMaker resource. Since 2020-12-01."""
    approval_description: Final[str | None]
    """A description provided for the model approval. Since 2020-12-01."""
    domain: Final[str | None]
    """The machine learning domain of the model package you specified. Common machine learning domains
    include computer vision and natural language processing. Since 2021-12-01.
    """
    task: Final[str | None]
    """The machine learning task you specified that your model package accomplishes. Common machine
    learning tasks include object detection and image classification. Since 2021-12-01.
    """
    sample_payload_url: Final[str | None]
    """The Amazon Simple Storage Service (Amazon S3) path where the sample payload are stored. This
    path points to a single gzip compressed tar archive (.tar.gz suffix). Since 2021-12-01.
    """
    customer_metadata_properties: Final[dict[str, str] | None]
    """The metadata properties associated with the model package versions. Since 2021-10-27."""
    drift_check_baselines: Final[DriftCheckBaselines | None]
    """Represents the drift check baselines that can be used when the model monitor is set using the
    model package. For more information, see the topic on Drift Detection against Previous Baselines
    in SageMaker Pipelines in the Amazon SageMaker Developer Guide. Since 2021-12-01.
    """
    additional_inference_specifications: Final[list[AdditionalInferenceSpecificationDefinition] | None]
    """An array of additional Inference Specification objects. Each additional Inference Specification
    specifies artifacts based on this model package that can be used on inference endpoints.
    Generally used with SageMaker Neo to store the compiled artifacts. Since 2021-12-01.
    """
    skip_model_validation: Final[SkipModelValidation | None]
    """Indicates if you want to skip model validation. Since 2023-09-15."""
    source_uri: Final[str | None]
    """The URI of the source for the model package. Since 2024-02-29."""
    security_config: Final[ModelPackageSecurityConfig | None]
    """The KMS Key ID ( KMSKeyId) used for encryption of model package information. Since 2024-05-30.
    """
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
    managed_storage_type: Final[ManagedStorageType | None]
    """The storage type of the model package. Since 2026-05-13."""
    def __init__(
        self,
        *,
        model_package_name: str | None = None,
        model_package_group_name: str | None = None,
        model_package_version: int | None = None,
        model_package_registration_type: ModelPackageRegistrationType
        | ModelPackageRegistrationTypeLiteral
        | None = None,
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
        customer_metadata_properties: dict[str, str] | None = None,
        drift_check_baselines: DriftCheckBaselines | None = None,
        additional_inference_specifications: list[AdditionalInferenceSpecificationDefinition] | None = None,
        skip_model_validation: SkipModelValidation | SkipModelValidationLiteral | None = None,
        source_uri: str | None = None,
        security_config: ModelPackageSecurityConfig | None = None,
        model_card: ModelPackageModelCard | None = None,
        model_life_cycle: ModelLifeCycle | None = None,
        managed_storage_type: ManagedStorageType | ManagedStorageTypeLiteral | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        model_package_name: str | None = ...,
        model_package_group_name: str | None = ...,
        model_package_version: int | None = ...,
        model_package_registration_type: ModelPackageRegistrationType
        | ModelPackageRegistrationTypeLiteral
        | None = ...,
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
        customer_metadata_properties: dict[str, str] | None = ...,
        drift_check_baselines: DriftCheckBaselines | None = ...,
        additional_inference_specifications: list[AdditionalInferenceSpecificationDefinition] | None = ...,
        skip_model_validation: SkipModelValidation | SkipModelValidationLiteral | None = ...,
        source_uri: str | None = ...,
        security_config: ModelPackageSecurityConfig | None = ...,
        model_card: ModelPackageModelCard | None = ...,
        model_life_cycle: ModelLifeCycle | None = ...,
        managed_storage_type: ManagedStorageType | ManagedStorageTypeLiteral | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeModelQualityJobDefinitionRequest(Shape):
    """No description on the pages."""

    job_definition_name: Final[str]
    """The name of the model quality job. The name must be unique within an Amazon Web Services Region
    in the Amazon Web Services account. Since 2020-12-08.
    """
    def __init__(
        self,
        *,
        job_definition_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        job_definition_name: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeModelQualityJobDefinitionResponse(OutputShape):
    """The result of ``describe_model_quality_job_definition`` (DescribeModelQualityJobDefinition)."""

    job_definition_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the model quality job. Since 2020-12-08."""
    job_definition_name: Final[str | None]
    """The name of the quality job definition. The name must be unique within an Amazon Web Services
    Region in the Amazon Web Services account. Since 2020-12-08.
    """
    creation_time: Final[datetime | None]
    """The time at which the model quality job was created. Since 2020-12-08."""
    model_quality_baseline_config: Final[ModelQualityBaselineConfig | None]
    """The baseline configuration for a model quality job. Since 2020-12-08."""
    model_quality_app_specification: Final[ModelQualityAppSpecification | None]
    """Configures the model quality job to run a specified Docker container image. Since 2020-12-08.
    """
    model_quality_job_input: Final[ModelQualityJobInput | None]
    """Inputs for the model quality job. Since 2020-12-08."""
    model_quality_job_output_config: Final[MonitoringOutputConfig | None]
    """The output configuration for monitoring jobs. Since 2020-12-08."""
    job_resources: Final[MonitoringResources | None]
    """Identifies the resources to deploy for a monitoring job. Since 2020-12-08."""
    network_config: Final[MonitoringNetworkConfig | None]
    """Networking options for a model quality job. Since 2020-12-08."""
    role_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of an IAM role that Amazon SageMaker AI can assume to perform
    tasks on your behalf. Since 2020-12-08.
    """
    stopping_condition: Final[MonitoringStoppingCondition | None]
    """A time limit for how long the monitoring job is allowed to run before stopping. Since
    2020-12-08.
    """
    def __init__(
        self,
        *,
        job_definition_arn: str | None = None,
        job_definition_name: str | None = None,
        creation_time: datetime | None = None,
        model_quality_baseline_config: ModelQualityBaselineConfig | None = None,
        model_quality_app_specification: ModelQualityAppSpecification | None = None,
        model_quality_job_input: ModelQualityJobInput | None = None,
        model_quality_job_output_config: MonitoringOutputConfig | None = None,
        job_resources: MonitoringResources | None = None,
        network_config: MonitoringNetworkConfig | None = None,
        role_arn: str | None = None,
        stopping_condition: MonitoringStoppingCondition | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        job_definition_arn: str | None = ...,
        job_definition_name: str | None = ...,
        creation_time: datetime | None = ...,
        model_quality_baseline_config: ModelQualityBaselineConfig | None = ...,
        model_quality_app_specification: ModelQualityAppSpecification | None = ...,
        model_quality_job_input: ModelQualityJobInput | None = ...,
        model_quality_job_output_config: MonitoringOutputConfig | None = ...,
        job_resources: MonitoringResources | None = ...,
        network_config: MonitoringNetworkConfig | None = ...,
        role_arn: str | None = ...,
        stopping_condition: MonitoringStoppingCondition | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeMonitoringScheduleRequest(Shape):
    """No description on the pages."""

    monitoring_schedule_name: Final[str]
    """Name of a previously created monitoring schedule. Since 2019-12-04."""
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

class DescribeMonitoringScheduleResponse(OutputShape):
    """The result of ``describe_monitoring_schedule`` (DescribeMonitoringSchedule)."""

    monitoring_schedule_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the monitoring schedule. Since 2019-12-04."""
    monitoring_schedule_name: Final[str | None]
    """Name of the monitoring schedule. Since 2019-12-04."""
    monitoring_schedule_status: Final[ScheduleStatus | None]
    """The status of an monitoring job. Since 2019-12-04."""
    monitoring_type: Final[MonitoringType | None]
    """The type of the monitoring job that this schedule runs. This is one of the following values.
    Since 2020-12-08.
    """
    failure_reason: Final[str | None]
    """A string, up to one KB in size, that contains the reason a monitoring job failed, if it failed.
    Since 2019-12-04.
    """
    creation_time: Final[datetime | None]
    """The time at which the monitoring job was created. Since 2019-12-04."""
    last_modified_time: Final[datetime | None]
    """The time at which the monitoring job was last modified. Since 2019-12-04."""
    monitoring_schedule_config: Final[MonitoringScheduleConfig | None]
    """The configuration object that specifies the monitoring schedule and defines the monitoring job.
    Since 2019-12-04.
    """
    endpoint_name: Final[str | None]
    """The name of the endpoint for the monitoring job. Since 2019-12-04."""
    last_monitoring_execution_summary: Final[MonitoringExecutionSummary | None]
    """Describes metadata on the last execution to run, if there was one. Since 2019-12-04."""
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
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeNotebookInstanceInput(Shape):
    """No description on the pages."""

    notebook_instance_name: Final[str]
    """The name of the notebook instance that you want information about. Since 2017-11-29."""
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

class DescribeNotebookInstanceLifecycleConfigInput(Shape):
    """No description on the pages."""

    notebook_instance_lifecycle_config_name: Final[str]
    """The name of the lifecycle configuration to describe. Since 2018-03-15."""
    def __init__(
        self,
        *,
        notebook_instance_lifecycle_config_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        notebook_instance_lifecycle_config_name: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeNotebookInstanceLifecycleConfigOutput(OutputShape):
    """The result of ``describe_notebook_instance_lifecycle_config``
    (DescribeNotebookInstanceLifecycleConfig).
    """

    notebook_instance_lifecycle_config_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the lifecycle configuration. Since 2018-03-15."""
    notebook_instance_lifecycle_config_name: Final[str | None]
    """The name of the lifecycle configuration. Since 2018-03-15."""
    on_create: Final[list[NotebookInstanceLifecycleHook] | None]
    """The shell script that runs only once, when you create a notebook instance. Since 2018-03-15.
    """
    on_start: Final[list[NotebookInstanceLifecycleHook] | None]
    """The shell script that runs every time you start a notebook instance, including when you create
    the notebook instance. Since 2018-03-15.
    """
    last_modified_time: Final[datetime | None]
    """A timestamp that tells when the lifecycle configuration was last modified. Since 2018-03-15.
    """
    creation_time: Final[datetime | None]
    """A timestamp that tells when the lifecycle configuration was created. Since 2018-03-15."""
    def __init__(
        self,
        *,
        notebook_instance_lifecycle_config_arn: str | None = None,
        notebook_instance_lifecycle_config_name: str | None = None,
        on_create: list[NotebookInstanceLifecycleHook] | None = None,
        on_start: list[NotebookInstanceLifecycleHook] | None = None,
        last_modified_time: datetime | None = None,
        creation_time: datetime | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        notebook_instance_lifecycle_config_arn: str | None = ...,
        notebook_instance_lifecycle_config_name: str | None = ...,
        on_create: list[NotebookInstanceLifecycleHook] | None = ...,
        on_start: list[NotebookInstanceLifecycleHook] | None = ...,
        last_modified_time: datetime | None = ...,
        creation_time: datetime | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeNotebookInstanceOutput(OutputShape):
    """The result of ``describe_notebook_instance`` (DescribeNotebookInstance)."""

    notebook_instance_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the notebook instance. Since 2017-11-29."""
    notebook_instance_name: Final[str | None]
    """The name of the SageMaker AI notebook instance. Since 2017-11-29."""
    notebook_instance_status: Final[NotebookInstanceStatus | None]
    """The status of the notebook instance. Since 2017-11-29."""
    failure_reason: Final[str | None]
    """If status is Failed, the reason it failed. Since 2017-11-29."""
    url: Final[str | None]
    """The URL that you use to connect to the Jupyter notebook that is running in your notebook
    instance. Since 2017-11-29.
    """
    instance_type: Final[InstanceType | None]
    """The type of ML compute instance running on the notebook instance. Since 2017-11-29."""
    ip_address_type: Final[IPAddressType | None]
    """The IP address type configured for the notebook instance. Returns ipv4 for IPv4-only
    connectivity or dualstack for both IPv4 and IPv6 connectivity. Since 2025-09-05.
    """
    subnet_id: Final[str | None]
    """The ID of the VPC subnet. Since 2017-11-29."""
    security_groups: Final[list[str] | None]
    """The IDs of the VPC security groups. Since 2017-11-29."""
    role_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the IAM role associated with the instance. Since 2017-11-29.
    """
    kms_key_id: Final[str | None]
    """The Amazon Web Services KMS key ID SageMaker AI uses to encrypt data when storing it on the ML
    storage volume attached to the instance. Since 2017-11-29.
    """
    network_interface_id: Final[str | None]
    """The network interface IDs that SageMaker AI created at the time of creating the instance. Since
    2017-11-29.
    """
    last_modified_time: Final[datetime | None]
    """A timestamp. Use this parameter to retrieve the time when the notebook instance was last
    modified. Since 2017-11-29.
    """
    creation_time: Final[datetime | None]
    """A timestamp. Use this parameter to return the time when the notebook instance was created Since
    2017-11-29.
    """
    notebook_instance_lifecycle_config_name: Final[str | None]
    """Returns the name of a notebook instance lifecycle configuration. Since 2018-03-15."""
    direct_internet_access: Final[DirectInternetAccess | None]
    """Describes whether SageMaker AI provides internet access to the notebook instance. If this value
    is set to Disabled, the notebook instance does not have internet access, and cannot connect to
    SageMaker AI training and endpoint services. Since 2018-03-15.
    """
    volume_size_in_gb: Final[int | None]
    """The size, in GB, of the ML storage volume attached to the notebook instance. Since 2018-10-26.
    """
    accelerator_types: Final[list[NotebookInstanceAcceleratorType | NotebookInstanceAcceleratorTypeLiteral] | None]
    """This parameter is no longer supported. Elastic Inference (EI) is no longer available. Since
    2018-11-28.
    """
    default_code_repository: Final[str | None]
    """The Git repository associated with the notebook instance as its default code repository. This
    can be either the name of a Git repository stored as a resource in your account, or the URL of a
    Git repository in Amazon Web Services CodeCommit or in any other Git repository. When you open a
    notebook instance, it opens in the directory that contains this repository. For more
    information, see Associating Git Repositories with SageMaker AI Notebook Instances. Since
    2018-11-28.
    """
    additional_code_repositories: Final[list[str] | None]
    """An array of up to three Git repositories associated with the notebook instance. These can be
    either the names of Git repositories stored as resources in your account, or the URL of Git
    repositories in Amazon Web Services CodeCommit or in any other Git repository. These
    repositories are cloned at the same level as the default repository of your notebook instance.
    For more information, see Associating Git Repositories with SageMaker AI Notebook Instances.
    Since 2018-11-28.
    """
    root_access: Final[RootAccess | None]
    """Whether root access is enabled or disabled for users of the notebook instance. Since 2019-03-08.
    """
    platform_identifier: Final[str | None]
    """The platform identifier of the notebook instance runtime environment. Since 2021-08-18."""
    instance_metadata_service_configuration: Final[InstanceMetadataServiceConfiguration | None]
    """Information on the IMDS configuration of the notebook instance Since 2022-05-27."""
    def __init__(
        self,
        *,
        notebook_instance_arn: str | None = None,
        notebook_instance_name: str | None = None,
        notebook_instance_status: NotebookInstanceStatus | NotebookInstanceStatusLiteral | None = None,
        failure_reason: str | None = None,
        url: str | None = None,
        instance_type: InstanceType | InstanceTypeLiteral | None = None,
        ip_address_type: IPAddressType | IPAddressTypeLiteral | None = None,
        subnet_id: str | None = None,
        security_groups: list[str] | None = None,
        role_arn: str | None = None,
        kms_key_id: str | None = None,
        network_interface_id: str | None = None,
        last_modified_time: datetime | None = None,
        creation_time: datetime | None = None,
        notebook_instance_lifecycle_config_name: str | None = None,
        direct_internet_access: DirectInternetAccess | DirectInternetAccessLiteral | None = None,
        volume_size_in_gb: int | None = None,
        accelerator_types: list[NotebookInstanceAcceleratorType | NotebookInstanceAcceleratorTypeLiteral] | None = None,
        default_code_repository: str | None = None,
        additional_code_repositories: list[str] | None = None,
        root_access: RootAccess | RootAccessLiteral | None = None,
        platform_identifier: str | None = None,
        instance_metadata_service_configuration: InstanceMetadataServiceConfiguration | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        notebook_instance_arn: str | None = ...,
        notebook_instance_name: str | None = ...,
        notebook_instance_status: NotebookInstanceStatus | NotebookInstanceStatusLiteral | None = ...,
        failure_reason: str | None = ...,
        url: str | None = ...,
        instance_type: InstanceType | InstanceTypeLiteral | None = ...,
        ip_address_type: IPAddressType | IPAddressTypeLiteral | None = ...,
        subnet_id: str | None = ...,
        security_groups: list[str] | None = ...,
        role_arn: str | None = ...,
        kms_key_id: str | None = ...,
        network_interface_id: str | None = ...,
        last_modified_time: datetime | None = ...,
        creation_time: datetime | None = ...,
        notebook_instance_lifecycle_config_name: str | None = ...,
        direct_internet_access: DirectInternetAccess | DirectInternetAccessLiteral | None = ...,
        volume_size_in_gb: int | None = ...,
        accelerator_types: list[NotebookInstanceAcceleratorType | NotebookInstanceAcceleratorTypeLiteral] | None = ...,
        default_code_repository: str | None = ...,
        additional_code_repositories: list[str] | None = ...,
        root_access: RootAccess | RootAccessLiteral | None = ...,
        platform_identifier: str | None = ...,
        instance_metadata_service_configuration: InstanceMetadataServiceConfiguration | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeOptimizationJobRequest(Shape):
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

class DescribeOptimizationJobResponse(OutputShape):
    """The result of ``describe_optimization_job`` (DescribeOptimizationJob)."""

    optimization_job_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the optimization job. Since 2024-07-09."""
    optimization_job_status: Final[OptimizationJobStatus | None]
    """The current status of the optimization job. Since 2024-07-09."""
    optimization_start_time: Final[datetime | None]
    """The time when the optimization job started. Since 2024-07-09."""
    optimization_end_time: Final[datetime | None]
    """The time when the optimization job finished processing. Since 2024-07-09."""
    creation_time: Final[datetime | None]
    """The time when you created the optimization job. Since 2024-07-09."""
    last_modified_time: Final[datetime | None]
    """The time when the optimization job was last updated. Since 2024-07-09."""
    failure_reason: Final[str | None]
    """If the optimization job status is FAILED, the reason for the failure. Since 2024-07-09."""
    optimization_job_name: Final[str | None]
    """The name that you assigned to the optimization job. Since 2024-07-09."""
    model_source: Final[OptimizationJobModelSource | None]
    """The location of the source model to optimize with an optimization job. Since 2024-07-09."""
    optimization_environment: Final[dict[str, str] | None]
    """The environment variables to set in the model container. Since 2024-07-09."""
    deployment_instance_type: Final[OptimizationJobDeploymentInstanceType | None]
    """The type of instance that hosts the optimized model that you create with the optimization job.
    Since 2024-07-09.
    """
    max_instance_count: Final[int | None]
    """The maximum number of instances to use for the optimization job. Since 2025-11-21."""
    optimization_configs: Final[list[OptimizationConfig] | None]
    """Settings for each of the optimization techniques that the job applies. Since 2024-07-09."""
    output_config: Final[OptimizationJobOutputConfig | None]
    """Details for where to store the optimized model that you create with the optimization job. Since
    2024-07-09.
    """
    optimization_output: Final[OptimizationOutput | None]
    """Output values produced by an optimization job. Since 2024-07-09."""
    role_arn: Final[str | None]
    """The ARN of the IAM role that you assigned to the optimization job. Since 2024-07-09."""
    stopping_condition: Final[StoppingCondition | None]
    """Specifies a limit to how long a job can run. When the job reaches the time limit, SageMaker ends
    the job. Use this API to cap costs. Since 2024-07-09.
    """
    vpc_config: Final[OptimizationVpcConfig | None]
    """A VPC in Amazon VPC that your optimized model has access to. Since 2024-07-09."""
    training_plan_arns: Final[list[str] | None]
    """The Amazon Resource Name (ARN) of the training plan associated with this optimization job. This
    field appears only when you specified a training plan when you created the job. Optimization
    jobs that use on-demand capacity don't return this field. Since 2026-07-27.
    """
    def __init__(
        self,
        *,
        optimization_job_arn: str | None = None,
        optimization_job_status: OptimizationJobStatus | OptimizationJobStatusLiteral | None = None,
        optimization_start_time: datetime | None = None,
        optimization_end_time: datetime | None = None,
        creation_time: datetime | None = None,
        last_modified_time: datetime | None = None,
        failure_reason: str | None = None,
        optimization_job_name: str | None = None,
        model_source: OptimizationJobModelSource | None = None,
        optimization_environment: dict[str, str] | None = None,
        deployment_instance_type: OptimizationJobDeploymentInstanceType
        | OptimizationJobDeploymentInstanceTypeLiteral
        | None = None,
        max_instance_count: int | None = None,
        optimization_configs: list[OptimizationConfig] | None = None,
        output_config: OptimizationJobOutputConfig | None = None,
        optimization_output: OptimizationOutput | None = None,
        role_arn: str | None = None,
        stopping_condition: StoppingCondition | None = None,
        vpc_config: OptimizationVpcConfig | None = None,
        training_plan_arns: list[str] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        optimization_job_arn: str | None = ...,
        optimization_job_status: OptimizationJobStatus | OptimizationJobStatusLiteral | None = ...,
        optimization_start_time: datetime | None = ...,
        optimization_end_time: datetime | None = ...,
        creation_time: datetime | None = ...,
        last_modified_time: datetime | None = ...,
        failure_reason: str | None = ...,
        optimization_job_name: str | None = ...,
        model_source: OptimizationJobModelSource | None = ...,
        optimization_environment: dict[str, str] | None = ...,
        deployment_instance_type: OptimizationJobDeploymentInstanceType
        | OptimizationJobDeploymentInstanceTypeLiteral
        | None = ...,
        max_instance_count: int | None = ...,
        optimization_configs: list[OptimizationConfig] | None = ...,
        output_config: OptimizationJobOutputConfig | None = ...,
        optimization_output: OptimizationOutput | None = ...,
        role_arn: str | None = ...,
        stopping_condition: StoppingCondition | None = ...,
        vpc_config: OptimizationVpcConfig | None = ...,
        training_plan_arns: list[str] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribePartnerAppRequest(Shape):
    """No description on the pages."""

    arn: Final[str]
    """The ARN of the SageMaker Partner AI App to describe. Since 2024-12-04."""
    include_available_upgrade: Final[bool | None]
    """When set to TRUE, the response includes available upgrade information for the SageMaker Partner
    AI App. Default is FALSE. Since 2025-11-13.
    """
    def __init__(
        self,
        *,
        arn: str,
        include_available_upgrade: bool | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        arn: str = ...,
        include_available_upgrade: bool | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribePartnerAppResponse(OutputShape):
    """The result of ``describe_partner_app`` (DescribePartnerApp)."""

    arn: Final[str | None]
    """The ARN of the SageMaker Partner AI App that was described. Since 2024-12-04."""
    name: Final[str | None]
    """The name of the SageMaker Partner AI App. Since 2024-12-04."""
    type: Final[PartnerAppType | None]
    """The type of SageMaker Partner AI App. Must be one of the following: lakera-guard, comet,
    deepchecks-llm-evaluation, or fiddler. Since 2024-12-04.
    """
    status: Final[PartnerAppStatus | None]
    """The status of the SageMaker Partner AI App. Since 2024-12-04."""
    creation_time: Final[datetime | None]
    """The time that the SageMaker Partner AI App was created. Since 2024-12-04."""
    last_modified_time: Final[datetime | None]
    """The time that the SageMaker Partner AI App was last modified. Since 2025-03-25."""
    execution_role_arn: Final[str | None]
    """The ARN of the IAM role associated with the SageMaker Partner AI App. Since 2024-12-04."""
    kms_key_id: Final[str | None]
    """The Amazon Web Services KMS customer managed key used to encrypt the data at rest associated
    with SageMaker Partner AI Apps. Since 2025-03-25.
    """
    base_url: Final[str | None]
    """The URL of the SageMaker Partner AI App that the Application SDK uses to support in-app calls
    for the user. Since 2024-12-04.
    """
    maintenance_config: Final[PartnerAppMaintenanceConfig | None]
    """Maintenance configuration settings for the SageMaker Partner AI App. Since 2024-12-04."""
    tier: Final[str | None]
    """The instance type and size of the cluster attached to the SageMaker Partner AI App. Since
    2024-12-04.
    """
    version: Final[str | None]
    """The version of the SageMaker Partner AI App. Since 2024-12-04."""
    application_config: Final[PartnerAppConfig | None]
    """Configuration settings for the SageMaker Partner AI App. Since 2024-12-04."""
    auth_type: Final[PartnerAppAuthType | None]
    """The authorization type that users use to access the SageMaker Partner AI App. Since 2024-12-04.
    """
    enable_iam_session_based_identity: Final[bool | None]
    """When set to TRUE, the SageMaker Partner AI App sets the Amazon Web Services IAM session name or
    the authenticated IAM user as the identity of the SageMaker Partner AI App user. Since
    2024-12-04.
    """
    error: Final[ErrorInfo | None]
    """This is an error field object that contains the error code and the reason for an operation
    failure. Since 2024-12-04.
    """
    enable_auto_minor_version_upgrade: Final[bool | None]
    """Indicates whether the SageMaker Partner AI App is configured for automatic minor version
    upgrades during scheduled maintenance windows. Since 2025-11-13.
    """
    current_version_eol_date: Final[datetime | None]
    """The end-of-life date for the current version of the SageMaker Partner AI App. Since 2025-11-13.
    """
    available_upgrade: Final[AvailableUpgrade | None]
    """A map of available minor version upgrades for the SageMaker Partner AI App. The key is the
    semantic version number, and the value is a list of release notes for that version. A null value
    indicates no upgrades are available. Since 2025-11-13.
    """
    def __init__(
        self,
        *,
        arn: str | None = None,
        name: str | None = None,
        type: PartnerAppType | PartnerAppTypeLiteral | None = None,
        status: PartnerAppStatus | PartnerAppStatusLiteral | None = None,
        creation_time: datetime | None = None,
        last_modified_time: datetime | None = None,
        execution_role_arn: str | None = None,
        kms_key_id: str | None = None,
        base_url: str | None = None,
        maintenance_config: PartnerAppMaintenanceConfig | None = None,
        tier: str | None = None,
        version: str | None = None,
        application_config: PartnerAppConfig | None = None,
        auth_type: PartnerAppAuthType | PartnerAppAuthTypeLiteral | None = None,
        enable_iam_session_based_identity: bool | None = None,
        error: ErrorInfo | None = None,
        enable_auto_minor_version_upgrade: bool | None = None,
        current_version_eol_date: datetime | None = None,
        available_upgrade: AvailableUpgrade | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        arn: str | None = ...,
        name: str | None = ...,
        type: PartnerAppType | PartnerAppTypeLiteral | None = ...,
        status: PartnerAppStatus | PartnerAppStatusLiteral | None = ...,
        creation_time: datetime | None = ...,
        last_modified_time: datetime | None = ...,
        execution_role_arn: str | None = ...,
        kms_key_id: str | None = ...,
        base_url: str | None = ...,
        maintenance_config: PartnerAppMaintenanceConfig | None = ...,
        tier: str | None = ...,
        version: str | None = ...,
        application_config: PartnerAppConfig | None = ...,
        auth_type: PartnerAppAuthType | PartnerAppAuthTypeLiteral | None = ...,
        enable_iam_session_based_identity: bool | None = ...,
        error: ErrorInfo | None = ...,
        enable_auto_minor_version_upgrade: bool | None = ...,
        current_version_eol_date: datetime | None = ...,
        available_upgrade: AvailableUpgrade | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribePipelineDefinitionForExecutionRequest(Shape):
    """No description on the pages."""

    pipeline_execution_arn: Final[str]
    """The Amazon Resource Name (ARN) of the pipeline execution. Since 2020-12-01."""
    def __init__(
        self,
        *,
        pipeline_execution_arn: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        pipeline_execution_arn: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribePipelineDefinitionForExecutionResponse(OutputShape):
    """The result of ``describe_pipeline_definition_for_execution``
    (DescribePipelineDefinitionForExecution).
    """

    pipeline_definition: Final[str | None]
    """The JSON pipeline definition. Since 2020-12-01."""
    creation_time: Final[datetime | None]
    """The time when the pipeline was created. Since 2020-12-01."""
    def __init__(
        self,
        *,
        pipeline_definition: str | None = None,
        creation_time: datetime | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        pipeline_definition: str | None = ...,
        creation_time: datetime | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribePipelineExecutionRequest(Shape):
    """No description on the pages."""

    pipeline_execution_arn: Final[str]
    """The Amazon Resource Name (ARN) of the pipeline execution. Since 2020-12-01."""
    def __init__(
        self,
        *,
        pipeline_execution_arn: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        pipeline_execution_arn: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribePipelineExecutionResponse(OutputShape):
    """The result of ``describe_pipeline_execution`` (DescribePipelineExecution)."""

    pipeline_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the pipeline. Since 2020-12-01."""
    pipeline_execution_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the pipeline execution. Since 2020-12-01."""
    pipeline_execution_display_name: Final[str | None]
    """The display name of the pipeline execution. Since 2020-12-01."""
    pipeline_execution_status: Final[PipelineExecutionStatus | None]
    """The status of the pipeline execution. Since 2020-12-01."""
    pipeline_execution_description: Final[str | None]
    """The description of the pipeline execution. Since 2020-12-01."""
    pipeline_experiment_config: Final[PipelineExperimentConfig | None]
    """Specifies the names of the experiment and trial created by a pipeline. Since 2021-06-07."""
    failure_reason: Final[str | None]
    """If the execution failed, a message describing why. Since 2021-06-07."""
    creation_time: Final[datetime | None]
    """The time when the pipeline execution was created. Since 2020-12-01."""
    last_modified_time: Final[datetime | None]
    """The time when the pipeline execution was modified last. Since 2020-12-01."""
    created_by: Final[UserContext | None]
    """Information about the user who created or modified a SageMaker resource. Since 2020-12-01."""
    last_modified_by: Final[UserContext | None]
    """Information about the user who created or modified a SageMaker resource. Since 2020-12-01."""
    parallelism_configuration: Final[ParallelismConfiguration | None]
    """The parallelism configuration applied to the pipeline. Since 2022-01-03."""
    selective_execution_config: Final[SelectiveExecutionConfig | None]
    """The selective execution configuration applied to the pipeline run. Since 2023-06-02."""
    pipeline_version_id: Final[int | None]
    """The ID of the pipeline version. Since 2025-07-15."""
    m_lflow_config: Final[MLflowConfiguration | None]
    """The MLflow configuration of the pipeline execution. Since 2025-12-03."""
    def __init__(
        self,
        *,
        pipeline_arn: str | None = None,
        pipeline_execution_arn: str | None = None,
        pipeline_execution_display_name: str | None = None,
        pipeline_execution_status: PipelineExecutionStatus | PipelineExecutionStatusLiteral | None = None,
        pipeline_execution_description: str | None = None,
        pipeline_experiment_config: PipelineExperimentConfig | None = None,
        failure_reason: str | None = None,
        creation_time: datetime | None = None,
        last_modified_time: datetime | None = None,
        created_by: UserContext | None = None,
        last_modified_by: UserContext | None = None,
        parallelism_configuration: ParallelismConfiguration | None = None,
        selective_execution_config: SelectiveExecutionConfig | None = None,
        pipeline_version_id: int | None = None,
        m_lflow_config: MLflowConfiguration | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        pipeline_arn: str | None = ...,
        pipeline_execution_arn: str | None = ...,
        pipeline_execution_display_name: str | None = ...,
        pipeline_execution_status: PipelineExecutionStatus | PipelineExecutionStatusLiteral | None = ...,
        pipeline_execution_description: str | None = ...,
        pipeline_experiment_config: PipelineExperimentConfig | None = ...,
        failure_reason: str | None = ...,
        creation_time: datetime | None = ...,
        last_modified_time: datetime | None = ...,
        created_by: UserContext | None = ...,
        last_modified_by: UserContext | None = ...,
        parallelism_configuration: ParallelismConfiguration | None = ...,
        selective_execution_config: SelectiveExecutionConfig | None = ...,
        pipeline_version_id: int | None = ...,
        m_lflow_config: MLflowConfiguration | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribePipelineRequest(Shape):
    """No description on the pages."""

    pipeline_name: Final[str]
    """The name or Amazon Resource Name (ARN) of the pipeline to describe. Since 2020-12-01."""
    pipeline_version_id: Final[int | None]
    """The ID of the pipeline version to describe. Since 2025-07-15."""
    def __init__(
        self,
        *,
        pipeline_name: str,
        pipeline_version_id: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        pipeline_name: str = ...,
        pipeline_version_id: int | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribePipelineResponse(OutputShape):
    """The result of ``describe_pipeline`` (DescribePipeline)."""

    pipeline_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the pipeline. Since 2020-12-01."""
    pipeline_name: Final[str | None]
    """The name of the pipeline. Since 2020-12-01."""
    pipeline_display_name: Final[str | None]
    """The display name of the pipeline. Since 2020-12-01."""
    pipeline_definition: Final[str | None]
    """The JSON pipeline definition. Since 2020-12-01."""
    pipeline_description: Final[str | None]
    """The description of the pipeline. Since 2020-12-01."""
    role_arn: Final[str | None]
    """The Amazon Resource Name (ARN) that the pipeline uses to execute. Since 2020-12-01."""
    pipeline_status: Final[PipelineStatus | None]
    """The status of the pipeline execution. Since 2020-12-01."""
    creation_time: Final[datetime | None]
    """The time when the pipeline was created. Since 2020-12-01."""
    last_modified_time: Final[datetime | None]
    """The time when the pipeline was last modified. Since 2020-12-01."""
    last_run_time: Final[datetime | None]
    """The time when the pipeline was last run. Since 2020-12-01."""
    created_by: Final[UserContext | None]
    """Information about the user who created or modified a SageMaker resource. Since 2020-12-01."""
    last_modified_by: Final[UserContext | None]
    """Information about the user who created or modified a SageMaker resource. Since 2020-12-01."""
    parallelism_configuration: Final[ParallelismConfiguration | None]
    """Lists the parallelism configuration applied to the pipeline. Since 2022-01-03."""
    pipeline_version_display_name: Final[str | None]
    """The display name of the pipeline version. Since 2025-07-15."""
    pipeline_version_description: Final[str | None]
    """The description of the pipeline version. Since 2025-07-15."""
    def __init__(
        self,
        *,
        pipeline_arn: str | None = None,
        pipeline_name: str | None = None,
        pipeline_display_name: str | None = None,
        pipeline_definition: str | None = None,
        pipeline_description: str | None = None,
        role_arn: str | None = None,
        pipeline_status: PipelineStatus | PipelineStatusLiteral | None = None,
        creation_time: datetime | None = None,
        last_modified_time: datetime | None = None,
        last_run_time: datetime | None = None,
        created_by: UserContext | None = None,
        last_modified_by: UserContext | None = None,
        parallelism_configuration: ParallelismConfiguration | None = None,
        pipeline_version_display_name: str | None = None,
        pipeline_version_description: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        pipeline_arn: str | None = ...,
        pipeline_name: str | None = ...,
        pipeline_display_name: str | None = ...,
        pipeline_definition: str | None = ...,
        pipeline_description: str | None = ...,
        role_arn: str | None = ...,
        pipeline_status: PipelineStatus | PipelineStatusLiteral | None = ...,
        creation_time: datetime | None = ...,
        last_modified_time: datetime | None = ...,
        last_run_time: datetime | None = ...,
        created_by: UserContext | None = ...,
        last_modified_by: UserContext | None = ...,
        parallelism_configuration: ParallelismConfiguration | None = ...,
        pipeline_version_display_name: str | None = ...,
        pipeline_version_description: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeProcessingJobRequest(Shape):
    """No description on the pages."""

    processing_job_name: Final[str]
    """The name of the processing job. The name must be unique within an Amazon Web Services Region in
    the Amazon Web Services account. Since 2019-12-04.
    """
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

class DescribeProcessingJobResponse(OutputShape):
    """The result of ``describe_processing_job`` (DescribeProcessingJob)."""

    processing_inputs: Final[list[ProcessingInput] | None]
    """The inputs for a processing job. Since 2019-12-04."""
    processing_output_config: Final[ProcessingOutputConfig | None]
    """Output configuration for the processing job. Since 2019-12-04."""
    processing_job_name: Final[str | None]
    """The name of the processing job. The name must be unique within an Amazon Web Services Region in
    the Amazon Web Services account. Since 2019-12-04.
    """
    processing_resources: Final[ProcessingResources | None]
    """Identifies the resources, ML compute instances, and ML storage volumes to deploy for a
    processing job. In distributed training, you specify more than one instance. Since 2019-12-04.
    """
    stopping_condition: Final[ProcessingStoppingCondition | None]
    """The time limit for how long the processing job is allowed to run. Since 2019-12-04."""
    app_specification: Final[AppSpecification | None]
    """Configures the processing job to run a specified container image. Since 2019-12-04."""
    environment: Final[dict[str, str] | None]
    """The environment variables set in the Docker container. Since 2019-12-04."""
    network_config: Final[NetworkConfig | None]
    """Networking options for a processing job. Since 2019-12-04."""
    role_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of an IAM role that Amazon SageMaker can assume to perform tasks
    on your behalf. Since 2019-12-04.
    """
    experiment_config: Final[ExperimentConfig | None]
    """The configuration information used to create an experiment. Since 2019-12-04."""
    processing_job_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the processing job. Since 2019-12-04."""
    processing_job_status: Final[ProcessingJobStatus | None]
    """Provides the status of a processing job. Since 2019-12-04."""
    exit_message: Final[str | None]
    """An optional string, up to one KB in size, that contains metadata from the processing container
    when the processing job exits. Since 2019-12-04.
    """
    failure_reason: Final[str | None]
    """A string, up to one KB in size, that contains the reason a processing job failed, if it failed.
    Since 2019-12-04.
    """
    processing_end_time: Final[datetime | None]
    """The time at which the processing job completed. Since 2019-12-04."""
    processing_start_time: Final[datetime | None]
    """The time at which the processing job started. Since 2019-12-04."""
    last_modified_time: Final[datetime | None]
    """The time at which the processing job was last modified. Since 2019-12-04."""
    creation_time: Final[datetime | None]
    """The time at which the processing job was created. Since 2019-12-04."""
    monitoring_schedule_arn: Final[str | None]
    """The ARN of a monitoring schedule for an endpoint associated with this processing job. Since
    2019-12-04.
    """
    auto_ml_job_arn: Final[str | None]
    """The ARN of an AutoML job associated with this processing job. Since 2019-12-04."""
    training_job_arn: Final[str | None]
    """The ARN of a training job associated with this processing job. Since 2019-12-04."""
    def __init__(
        self,
        *,
        processing_inputs: list[ProcessingInput] | None = None,
        processing_output_config: ProcessingOutputConfig | None = None,
        processing_job_name: str | None = None,
        processing_resources: ProcessingResources | None = None,
        stopping_condition: ProcessingStoppingCondition | None = None,
        app_specification: AppSpecification | None = None,
        environment: dict[str, str] | None = None,
        network_config: NetworkConfig | None = None,
        role_arn: str | None = None,
        experiment_config: ExperimentConfig | None = None,
        processing_job_arn: str | None = None,
        processing_job_status: ProcessingJobStatus | ProcessingJobStatusLiteral | None = None,
        exit_message: str | None = None,
        failure_reason: str | None = None,
        processing_end_time: datetime | None = None,
        processing_start_time: datetime | None = None,
        last_modified_time: datetime | None = None,
        creation_time: datetime | None = None,
        monitoring_schedule_arn: str | None = None,
        auto_ml_job_arn: str | None = None,
        training_job_arn: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        processing_inputs: list[ProcessingInput] | None = ...,
        processing_output_config: ProcessingOutputConfig | None = ...,
        processing_job_name: str | None = ...,
        processing_resources: ProcessingResources | None = ...,
        stopping_condition: ProcessingStoppingCondition | None = ...,
        app_specification: AppSpecification | None = ...,
        environment: dict[str, str] | None = ...,
        network_config: NetworkConfig | None = ...,
        role_arn: str | None = ...,
        experiment_config: ExperimentConfig | None = ...,
        processing_job_arn: str | None = ...,
        processing_job_status: ProcessingJobStatus | ProcessingJobStatusLiteral | None = ...,
        exit_message: str | None = ...,
        failure_reason: str | None = ...,
        processing_end_time: datetime | None = ...,
        processing_start_time: datetime | None = ...,
        last_modified_time: datetime | None = ...,
        creation_time: datetime | None = ...,
        monitoring_schedule_arn: str | None = ...,
        auto_ml_job_arn: str | None = ...,
        training_job_arn: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeProjectInput(Shape):
    """No description on the pages."""

    project_name: Final[str]
    """The name of the project to describe. Since 2020-12-01."""
    def __init__(
        self,
        *,
        project_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        project_name: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeProjectOutput(OutputShape):
    """The result of ``describe_project`` (DescribeProject)."""

    project_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the project. Since 2020-12-01."""
    project_name: Final[str | None]
    """The name of the project. Since 2020-12-01."""
    project_id: Final[str | None]
    """The ID of the project. Since 2020-12-01."""
    project_description: Final[str | None]
    """The description of the project. Since 2020-12-01."""
    service_catalog_provisioning_details: Final[ServiceCatalogProvisioningDetails | None]
    """Information used to provision a service catalog product. For information, see What is Amazon Web
    Services Service Catalog. Since 2020-12-01.
    """
    service_catalog_provisioned_product_details: Final[ServiceCatalogProvisionedProductDetails | None]
    """Information about a provisioned service catalog product. Since 2020-12-01."""
    project_status: Final[ProjectStatus | None]
    """The status of the project. Since 2020-12-01."""
    template_provider_details: Final[list[TemplateProviderDetail] | None]
    """An array of template providers associated with the project. Since 2025-06-19."""
    created_by: Final[UserContext | None]
    """Information about the user who created or modified an experiment, trial, trial component,
    lineage group, project, or model card. Since 2020-12-01.
    """
    creation_time: Final[datetime | None]
    """The time when the project was created. Since 2020-12-01."""
    last_modified_time: Final[datetime | None]
    """The timestamp when project was last modified. Since 2021-10-27."""
    last_modified_by: Final[UserContext | None]
    """Information about the user who created or modified an experiment, trial, trial component,
    lineage group, project, or model card. Since 2021-10-27.
    """
    def __init__(
        self,
        *,
        project_arn: str | None = None,
        project_name: str | None = None,
        project_id: str | None = None,
        project_description: str | None = None,
        service_catalog_provisioning_details: ServiceCatalogProvisioningDetails | None = None,
        service_catalog_provisioned_product_details: ServiceCatalogProvisionedProductDetails | None = None,
        project_status: ProjectStatus | ProjectStatusLiteral | None = None,
        template_provider_details: list[TemplateProviderDetail] | None = None,
        created_by: UserContext | None = None,
        creation_time: datetime | None = None,
        last_modified_time: datetime | None = None,
        last_modified_by: UserContext | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        project_arn: str | None = ...,
        project_name: str | None = ...,
        project_id: str | None = ...,
        project_description: str | None = ...,
        service_catalog_provisioning_details: ServiceCatalogProvisioningDetails | None = ...,
        service_catalog_provisioned_product_details: ServiceCatalogProvisionedProductDetails | None = ...,
        project_status: ProjectStatus | ProjectStatusLiteral | None = ...,
        template_provider_details: list[TemplateProviderDetail] | None = ...,
        created_by: UserContext | None = ...,
        creation_time: datetime | None = ...,
        last_modified_time: datetime | None = ...,
        last_modified_by: UserContext | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeReservedCapacityRequest(Shape):
    """No description on the pages."""

    reserved_capacity_arn: Final[str]
    """ARN of the reserved capacity to describe. Since 2025-08-08."""
    def __init__(
        self,
        *,
        reserved_capacity_arn: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        reserved_capacity_arn: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeReservedCapacityResponse(OutputShape):
    """The result of ``describe_reserved_capacity`` (DescribeReservedCapacity)."""

    reserved_capacity_arn: Final[str | None]
    """ARN of the reserved capacity. Since 2025-08-08."""
    reserved_capacity_type: Final[ReservedCapacityType | None]
    """The type of reserved capacity. Since 2025-08-08."""
    status: Final[ReservedCapacityStatus | None]
    """The current status of the reserved capacity. Since 2025-08-08."""
    availability_zone: Final[str | None]
    """The Availability Zone where the reserved capacity is provisioned. Since 2025-08-08."""
    duration_hours: Final[int | None]
    """The total duration of the reserved capacity in hours. Since 2025-08-08."""
    duration_minutes: Final[int | None]
    """The number of minutes for the duration of the reserved capacity. For example, if a reserved
    capacity starts at 08:55 and ends at 11:30, the minutes field would be 35. Since 2025-08-08.
    """
    start_time: Final[datetime | None]
    """The timestamp when the reserved capacity becomes active. Since 2025-08-08."""
    end_time: Final[datetime | None]
    """The timestamp when the reserved capacity expires. Since 2025-08-08."""
    instance_type: Final[ReservedCapacityInstanceType | None]
    """The Amazon EC2 instance type used in the reserved capacity. Since 2025-08-08."""
    total_instance_count: Final[int | None]
    """The total number of instances allocated to this reserved capacity. Since 2025-08-08."""
    available_instance_count: Final[int | None]
    """The number of instances currently available for use in this reserved capacity. Since 2025-08-08.
    """
    in_use_instance_count: Final[int | None]
    """The number of instances currently in use from this reserved capacity. Since 2025-08-08."""
    ultra_server_summary: Final[UltraServerSummary | None]
    """A summary of the UltraServer associated with this reserved capacity. Since 2025-08-08."""
    def __init__(
        self,
        *,
        reserved_capacity_arn: str | None = None,
        reserved_capacity_type: ReservedCapacityType | ReservedCapacityTypeLiteral | None = None,
        status: ReservedCapacityStatus | ReservedCapacityStatusLiteral | None = None,
        availability_zone: str | None = None,
        duration_hours: int | None = None,
        duration_minutes: int | None = None,
        start_time: datetime | None = None,
        end_time: datetime | None = None,
        instance_type: ReservedCapacityInstanceType | ReservedCapacityInstanceTypeLiteral | None = None,
        total_instance_count: int | None = None,
        available_instance_count: int | None = None,
        in_use_instance_count: int | None = None,
        ultra_server_summary: UltraServerSummary | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        reserved_capacity_arn: str | None = ...,
        reserved_capacity_type: ReservedCapacityType | ReservedCapacityTypeLiteral | None = ...,
        status: ReservedCapacityStatus | ReservedCapacityStatusLiteral | None = ...,
        availability_zone: str | None = ...,
        duration_hours: int | None = ...,
        duration_minutes: int | None = ...,
        start_time: datetime | None = ...,
        end_time: datetime | None = ...,
        instance_type: ReservedCapacityInstanceType | ReservedCapacityInstanceTypeLiteral | None = ...,
        total_instance_count: int | None = ...,
        available_instance_count: int | None = ...,
        in_use_instance_count: int | None = ...,
        ultra_server_summary: UltraServerSummary | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeSpaceRequest(Shape):
    """No description on the pages."""

    domain_id: Final[str]
    """The ID of the associated domain. Since 2022-11-30."""
    space_name: Final[str]
    """The name of the space. Since 2022-11-30."""
    def __init__(
        self,
        *,
        domain_id: str,
        space_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        domain_id: str = ...,
        space_name: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeSpaceResponse(OutputShape):
    """The result of ``describe_space`` (DescribeSpace)."""

    domain_id: Final[str | None]
    """The ID of the associated domain. Since 2022-11-30."""
    space_arn: Final[str | None]
    """The space's Amazon Resource Name (ARN). Since 2022-11-30."""
    space_name: Final[str | None]
    """The name of the space. Since 2022-11-30."""
    home_efs_file_system_uid: Final[str | None]
    """The ID of the space's profile in the Amazon EFS volume. Since 2022-11-30."""
    status: Final[SpaceStatus | None]
    """The status. Since 2022-11-30."""
    last_modified_time: Final[datetime | None]
    """The last modified time. Since 2022-11-30."""
    creation_time: Final[datetime | None]
    """The creation time. Since 2022-11-30."""
    failure_reason: Final[str | None]
    """The failure reason. Since 2022-11-30."""
    space_settings: Final[SpaceSettings | None]
    """A collection of space settings. Since 2022-11-30."""
    ownership_settings: Final[OwnershipSettings | None]
    """The collection of ownership settings for a space. Since 2023-11-30."""
    space_sharing_settings: Final[SpaceSharingSettings | None]
    """The collection of space sharing settings for a space. Since 2023-11-30."""
    space_display_name: Final[str | None]
    """The name of the space that appears in the Amazon SageMaker Studio UI. Since 2023-11-30."""
    url: Final[str | None]
    """Returns the URL of the space. If the space is created with Amazon Web Services IAM Identity
    Center (Successor to Amazon Web Services Single Sign-On) authentication, users can navigate to
    the URL after appending the respective redirect parameter for the application type to be
    federated through Amazon Web Services IAM Identity Center. Since 2023-11-29.
    """
    def __init__(
        self,
        *,
        domain_id: str | None = None,
        space_arn: str | None = None,
        space_name: str | None = None,
        home_efs_file_system_uid: str | None = None,
        status: SpaceStatus | SpaceStatusLiteral | None = None,
        last_modified_time: datetime | None = None,
        creation_time: datetime | None = None,
        failure_reason: str | None = None,
        space_settings: SpaceSettings | None = None,
        ownership_settings: OwnershipSettings | None = None,
        space_sharing_settings: SpaceSharingSettings | None = None,
        space_display_name: str | None = None,
        url: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        domain_id: str | None = ...,
        space_arn: str | None = ...,
        space_name: str | None = ...,
        home_efs_file_system_uid: str | None = ...,
        status: SpaceStatus | SpaceStatusLiteral | None = ...,
        last_modified_time: datetime | None = ...,
        creation_time: datetime | None = ...,
        failure_reason: str | None = ...,
        space_settings: SpaceSettings | None = ...,
        ownership_settings: OwnershipSettings | None = ...,
        space_sharing_settings: SpaceSharingSettings | None = ...,
        space_display_name: str | None = ...,
        url: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeStudioLifecycleConfigRequest(Shape):
    """No description on the pages."""

    studio_lifecycle_config_name: Final[str]
    """The name of the Amazon SageMaker Studio Lifecycle Configuration to describe. Since 2021-09-10.
    """
    def __init__(
        self,
        *,
        studio_lifecycle_config_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        studio_lifecycle_config_name: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeStudioLifecycleConfigResponse(OutputShape):
    """The result of ``describe_studio_lifecycle_config`` (DescribeStudioLifecycleConfig)."""

    studio_lifecycle_config_arn: Final[str | None]
    """The ARN of the Lifecycle Configuration to describe. Since 2021-09-10."""
    studio_lifecycle_config_name: Final[str | None]
    """The name of the Amazon SageMaker Studio Lifecycle Configuration that is described. Since
    2021-09-10.
    """
    creation_time: Final[datetime | None]
    """The creation time of the Amazon SageMaker Studio Lifecycle Configuration. Since 2021-09-10.
    """
    last_modified_time: Final[datetime | None]
    """This value is equivalent to CreationTime because Amazon SageMaker Studio Lifecycle
    Configurations are immutable. Since 2021-09-10.
    """
    studio_lifecycle_config_content: Final[str | None]
    """The content of your Amazon SageMaker Studio Lifecycle Configuration script. Since 2021-09-10.
    """
    studio_lifecycle_config_app_type: Final[StudioLifecycleConfigAppType | None]
    """The App type that the Lifecycle Configuration is attached to. Since 2021-09-10."""
    def __init__(
        self,
        *,
        studio_lifecycle_config_arn: str | None = None,
        studio_lifecycle_config_name: str | None = None,
        creation_time: datetime | None = None,
        last_modified_time: datetime | None = None,
        studio_lifecycle_config_content: str | None = None,
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
        studio_lifecycle_config_content: str | None = ...,
        studio_lifecycle_config_app_type: StudioLifecycleConfigAppType
        | StudioLifecycleConfigAppTypeLiteral
        | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeSubscribedWorkteamRequest(Shape):
    """No description on the pages."""

    workteam_arn: Final[str]
    """The Amazon Resource Name (ARN) of the subscribed work team to describe. Since 2018-11-28."""
    def __init__(
        self,
        *,
        workteam_arn: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        workteam_arn: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeSubscribedWorkteamResponse(OutputShape):
    """The result of ``describe_subscribed_workteam`` (DescribeSubscribedWorkteam)."""

    subscribed_workteam: Final[SubscribedWorkteam | None]
    """A Workteam instance that contains information about the work team. Since 2018-11-28."""
    def __init__(
        self,
        *,
        subscribed_workteam: SubscribedWorkteam | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        subscribed_workteam: SubscribedWorkteam | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeTrainingJobRequest(Shape):
    """No description on the pages."""

    training_job_name: Final[str]
    """The name of the training job. Since 2017-11-29."""
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

class DescribeTrainingJobResponse(OutputShape):
    """The result of ``describe_training_job`` (DescribeTrainingJob)."""

    training_job_name: Final[str | None]
    """Name of the model training job. Since 2017-11-29."""
    training_job_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the training job. Since 2017-11-29."""
    tuning_job_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the associated hyperparameter tuning job if the training job
    was launched by a hyperparameter tuning job. Since 2018-06-04.
    """
    labeling_job_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the SageMaker Ground Truth labeling job that created the
    transform or training job. Since 2018-11-28.
    """
    auto_ml_job_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of an AutoML job. Since 2019-12-04."""
    model_artifacts: Final[ModelArtifacts | None]
    """Information about the Amazon S3 location that is configured for storing model artifacts. Since
    2017-11-29.
    """
    training_job_status: Final[TrainingJobStatus | None]
    """The status of the training job. Since 2017-11-29."""
    secondary_status: Final[SecondaryStatus | None]
    """Provides detailed information about the state of the training job. For detailed information on
    the secondary status of the training job, see StatusMessage under SecondaryStatusTransition.
    Since 2017-11-29.
    """
    failure_reason: Final[str | None]
    """If the training job failed, the reason it failed. Since 2017-11-29."""
    hyper_parameters: Final[dict[str, str] | None]
    """Algorithm-specific parameters. Since 2017-11-29."""
    algorithm_specification: Final[AlgorithmSpecification | None]
    """Information about the algorithm used for training, and algorithm metadata. Since 2017-11-29.
    """
    role_arn: Final[str | None]
    """The Amazon Web Services Identity and Access Management (IAM) role configured for the training
    job. Since 2017-11-29.
    """
    input_data_config: Final[list[Channel] | None]
    """An array of Channel objects that describes each data input channel. Since 2017-11-29."""
    output_data_config: Final[OutputDataConfig | None]
    """The S3 path where model artifacts that you configured when creating the job are stored.
    SageMaker creates subfolders for model artifacts. Since 2017-11-29.
    """
    resource_config: Final[ResourceConfig | None]
    """Resources, including ML compute instances and ML storage volumes, that are configured for model
    training. Since 2017-11-29.
    """
    warm_pool_status: Final[WarmPoolStatus | None]
    """The status of the warm pool associated with the training job. Since 2022-09-29."""
    vpc_config: Final[VpcConfig | None]
    """A VpcConfig object that specifies the VPC that this training job has access to. For more
    information, see Protect Training Jobs by Using an Amazon Virtual Private Cloud. Since
    2018-04-30.
    """
    stopping_condition: Final[StoppingCondition | None]
    """Specifies a limit to how long a model training job can run. It also specifies how long a managed
    Spot training job has to complete. When the job reaches the time limit, SageMaker ends the
    training job. Use this API to cap model training costs. Since 2017-11-29.
    """
    creation_time: Final[datetime | None]
    """A timestamp that indicates when the training job was created. Since 2017-11-29."""
    training_start_time: Final[datetime | None]
    """Indicates the time when the training job starts on training instances. You are billed for the
    time interval between this time and the value of TrainingEndTime. The start time in CloudWatch
    Logs might be later than this time. The difference is due to the time it takes to download the
    training data and to the size of the training container. Since 2017-11-29.
    """
    training_end_time: Final[datetime | None]
    """Indicates the time when the training job ends on training instances. You are billed for the time
    interval between the value of TrainingStartTime and this time. For successful jobs and stopped
    jobs, this is the time after model artifacts are uploaded. For failed jobs, this is the time
    when SageMaker detects a job failure. Since 2017-11-29.
    """
    last_modified_time: Final[datetime | None]
    """A timestamp that indicates when the status of the training job was last modified. Since
    2017-11-29.
    """
    secondary_status_transitions: Final[list[SecondaryStatusTransition] | None]
    """A history of all of the secondary statuses that the training job has transitioned through. Since
    2018-07-30.
    """
    final_metric_data_list: Final[list[MetricData] | None]
    """A collection of MetricData objects that specify the names, values, and dates and times that the
    training algorithm emitted to Amazon CloudWatch. Since 2018-11-14.
    """
    enable_network_isolation: Final[bool | None]
    """If you want to allow inbound or outbound network calls, except for calls between peers within a
    training cluster for distributed training, choose True. If you enable network isolation for
    training jobs that are configured to use a VPC, SageMaker downloads and uploads customer data
    and model artifacts through the specified VPC, but the training container does not have network
    access. Since 2018-11-28.
    """
    enable_inter_container_traffic_encryption: Final[bool | None]
    """To encrypt all communications between ML compute instances in distributed training, choose True.
    Encryption provides greater security for distributed training, but training might take longer.
    How long it takes depends on the amount of communication between compute instances, especially
    if you use a deep learning algorithms in distributed training. Since 2019-01-10.
    """
    enable_managed_spot_training: Final[bool | None]
    """A Boolean indicating whether managed spot training is enabled ( True) or not ( False). Since
    2019-08-20.
    """
    checkpoint_config: Final[CheckpointConfig | None]
    """Contains information about the output location for managed spot training checkpoint data. Since
    2019-08-20.
    """
    training_time_in_seconds: Final[int | None]
    """The training time in seconds. Since 2019-08-20."""
    billable_time_in_seconds: Final[int | None]
    """The billable time in seconds. Billable time refers to the absolute wall-clock time. Since
    2019-08-20.
    """
    billable_token_count: Final[int | None]
    """The billable token count for eligible serverless training jobs. Since 2025-12-03."""
    debug_hook_config: Final[DebugHookConfig | None]
    """Configuration information for the Amazon SageMaker Debugger hook parameters, metric and tensor
    collections, and storage paths. To learn more about how to configure the DebugHookConfig
    parameter, see Use the SageMaker and Debugger Configuration API Operations to Create, Update,
    and Debug Your Training Job. Since 2019-12-04.
    """
    experiment_config: Final[ExperimentConfig | None]
    """Associates a SageMaker job as a trial component with an experiment and trial. Specified when you
    call the following APIs: Since 2019-12-04.
    """
    debug_rule_configurations: Final[list[DebugRuleConfiguration] | None]
    """Configuration information for Amazon SageMaker Debugger rules for debugging output tensors.
    Since 2019-12-04.
    """
    tensor_board_output_config: Final[TensorBoardOutputConfig | None]
    """Configuration of storage locations for the Amazon SageMaker Debugger TensorBoard output data.
    Since 2019-12-04.
    """
    debug_rule_evaluation_statuses: Final[list[DebugRuleEvaluationStatus] | None]
    """Evaluation status of Amazon SageMaker Debugger rules for debugging on a training job. Since
    2019-12-04.
    """
    profiler_config: Final[ProfilerConfig | None]
    """Configuration information for Amazon SageMaker Debugger system monitoring, framework profiling,
    and storage paths. Since 2020-12-08.
    """
    profiler_rule_configurations: Final[list[ProfilerRuleConfiguration] | None]
    """Configuration information for Amazon SageMaker Debugger rules for profiling system and framework
    metrics. Since 2020-12-08.
    """
    profiler_rule_evaluation_statuses: Final[list[ProfilerRuleEvaluationStatus] | None]
    """Evaluation status of Amazon SageMaker Debugger rules for profiling on a training job. Since
    2020-12-08.
    """
    profiling_status: Final[ProfilingStatus | None]
    """Profiling status of a training job. Since 2020-12-08."""
    environment: Final[dict[str, str] | None]
    """The environment variables to set in the Docker container. Since 2021-03-25."""
    retry_strategy: Final[RetryStrategy | None]
    """The number of times to retry the job when the job fails due to an InternalServerError. Since
    2021-05-04.
    """
    remote_debug_config: Final[RemoteDebugConfig | None]
    """Configuration for remote debugging. To learn more about the remote debugging functionality of
    SageMaker, see Access a training container through Amazon Web Services Systems Manager (SSM) for
    remote debugging. Since 2023-12-21.
    """
    infra_check_config: Final[InfraCheckConfig | None]
    """Contains information about the infrastructure health check configuration for the training job.
    Since 2023-11-29.
    """
    serverless_job_config: Final[ServerlessJobConfig | None]
    """The configuration for serverless training jobs. Since 2025-12-03."""
    mlflow_config: Final[MlflowConfig | None]
    """The MLflow configuration using SageMaker managed MLflow. Since 2025-12-03."""
    model_package_config: Final[ModelPackageConfig | None]
    """The configuration for the model package. Since 2025-12-03."""
    mlflow_details: Final[MlflowDetails | None]
    """The MLflow details of this job. Since 2025-12-03."""
    progress_info: Final[TrainingProgressInfo | None]
    """The Serverless training job progress information. Since 2025-12-03."""
    output_model_package_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the output model package containing model weights or
    checkpoints. Since 2025-12-03.
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
        warm_pool_status: WarmPoolStatus | None = None,
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
        billable_token_count: int | None = None,
        debug_hook_config: DebugHookConfig | None = None,
        experiment_config: ExperimentConfig | None = None,
        debug_rule_configurations: list[DebugRuleConfiguration] | None = None,
        tensor_board_output_config: TensorBoardOutputConfig | None = None,
        debug_rule_evaluation_statuses: list[DebugRuleEvaluationStatus] | None = None,
        profiler_config: ProfilerConfig | None = None,
        profiler_rule_configurations: list[ProfilerRuleConfiguration] | None = None,
        profiler_rule_evaluation_statuses: list[ProfilerRuleEvaluationStatus] | None = None,
        profiling_status: ProfilingStatus | ProfilingStatusLiteral | None = None,
        environment: dict[str, str] | None = None,
        retry_strategy: RetryStrategy | None = None,
        remote_debug_config: RemoteDebugConfig | None = None,
        infra_check_config: InfraCheckConfig | None = None,
        serverless_job_config: ServerlessJobConfig | None = None,
        mlflow_config: MlflowConfig | None = None,
        model_package_config: ModelPackageConfig | None = None,
        mlflow_details: MlflowDetails | None = None,
        progress_info: TrainingProgressInfo | None = None,
        output_model_package_arn: str | None = None,
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
        warm_pool_status: WarmPoolStatus | None = ...,
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
        billable_token_count: int | None = ...,
        debug_hook_config: DebugHookConfig | None = ...,
        experiment_config: ExperimentConfig | None = ...,
        debug_rule_configurations: list[DebugRuleConfiguration] | None = ...,
        tensor_board_output_config: TensorBoardOutputConfig | None = ...,
        debug_rule_evaluation_statuses: list[DebugRuleEvaluationStatus] | None = ...,
        profiler_config: ProfilerConfig | None = ...,
        profiler_rule_configurations: list[ProfilerRuleConfiguration] | None = ...,
        profiler_rule_evaluation_statuses: list[ProfilerRuleEvaluationStatus] | None = ...,
        profiling_status: ProfilingStatus | ProfilingStatusLiteral | None = ...,
        environment: dict[str, str] | None = ...,
        retry_strategy: RetryStrategy | None = ...,
        remote_debug_config: RemoteDebugConfig | None = ...,
        infra_check_config: InfraCheckConfig | None = ...,
        serverless_job_config: ServerlessJobConfig | None = ...,
        mlflow_config: MlflowConfig | None = ...,
        model_package_config: ModelPackageConfig | None = ...,
        mlflow_details: MlflowDetails | None = ...,
        progress_info: TrainingProgressInfo | None = ...,
        output_model_package_arn: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeTrainingPlanExtensionHistoryRequest(Shape):
    """No description on the pages."""

    training_plan_arn: Final[str]
    """The Amazon Resource Name (ARN); of the training plan to retrieve extension history for. Since
    2026-03-11.
    """
    next_token: Final[str | None]
    """A token to continue pagination if more results are available. Since 2026-03-11."""
    max_results: Final[int | None]
    """The maximum number of extensions to return in the response. Since 2026-03-11."""
    def __init__(
        self,
        *,
        training_plan_arn: str,
        next_token: str | None = None,
        max_results: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        training_plan_arn: str = ...,
        next_token: str | None = ...,
        max_results: int | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeTrainingPlanExtensionHistoryResponse(OutputShape):
    """The result of ``describe_training_plan_extension_history``
    (DescribeTrainingPlanExtensionHistory).
    """

    training_plan_extensions: Final[list[TrainingPlanExtension] | None]
    """A list of extensions for the specified training plan. Since 2026-03-11."""
    next_token: Final[str | None]
    """A token to continue pagination if more results are available. Since 2026-03-11."""
    def __init__(
        self,
        *,
        training_plan_extensions: list[TrainingPlanExtension] | None = None,
        next_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        training_plan_extensions: list[TrainingPlanExtension] | None = ...,
        next_token: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeTrainingPlanRequest(Shape):
    """No description on the pages."""

    training_plan_name: Final[str]
    """The name of the training plan to describe. Since 2024-12-04."""
    def __init__(
        self,
        *,
        training_plan_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        training_plan_name: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeTrainingPlanResponse(OutputShape):
    """The result of ``describe_training_plan`` (DescribeTrainingPlan)."""

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
    unhealthy_instance_count: Final[int | None]
    """The number of instances in the training plan that are currently in an unhealthy state. Since
    2025-08-08.
    """
    available_spare_instance_count: Final[int | None]
    """The number of available spare instances in the training plan. Since 2025-08-08."""
    total_ultra_server_count: Final[int | None]
    """The total number of UltraServers reserved to this training plan. Since 2025-08-08."""
    target_resources: Final[list[SageMakerResourceName | SageMakerResourceNameLiteral] | None]
    """The target resources (e.g., SageMaker Training Jobs, SageMaker HyperPod, SageMaker Endpoints,
    Studio apps) that can use this training plan. Since 2024-12-04.
    """
    reserved_capacity_summaries: Final[list[ReservedCapacitySummary] | None]
    """The list of Reserved Capacity providing the underlying compute resources of the plan. Since
    2024-12-04.
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
        unhealthy_instance_count: int | None = None,
        available_spare_instance_count: int | None = None,
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
        unhealthy_instance_count: int | None = ...,
        available_spare_instance_count: int | None = ...,
        total_ultra_server_count: int | None = ...,
        target_resources: list[SageMakerResourceName | SageMakerResourceNameLiteral] | None = ...,
        reserved_capacity_summaries: list[ReservedCapacitySummary] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeTransformJobRequest(Shape):
    """No description on the pages."""

    transform_job_name: Final[str]
    """The name of the transform job that you want to view details of. Since 2018-07-17."""
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

class DescribeTransformJobResponse(OutputShape):
    """The result of ``describe_transform_job`` (DescribeTransformJob)."""

    transform_job_name: Final[str | None]
    """The name of the transform job. Since 2018-07-17."""
    transform_job_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the transform job. Since 2018-07-17."""
    transform_job_status: Final[TransformJobStatus | None]
    """The status of the transform job. If the transform job failed, the reason is returned in the
    FailureReason field. Since 2018-07-17.
    """
    failure_reason: Final[str | None]
    """If the transform job failed, FailureReason describes why it failed. A transform job creates a
    log file, which includes error messages, and stores it as an Amazon S3 object. For more
    information, see Log Amazon SageMaker Events with Amazon CloudWatch. Since 2018-07-17.
    """
    model_name: Final[str | None]
    """The name of the model used in the transform job. Since 2018-07-17."""
    max_concurrent_transforms: Final[int | None]
    """The maximum number of parallel requests on each instance node that can be launched in a
    transform job. The default value is 1. Since 2018-07-17.
    """
    model_client_config: Final[ModelClientConfig | None]
    """The timeout and maximum number of retries for processing a transform job invocation. Since
    2020-06-26.
    """
    max_payload_in_mb: Final[int | None]
    """The maximum payload size, in MB, used in the transform job. Since 2018-07-17."""
    batch_strategy: Final[BatchStrategy | None]
    """Specifies the number of records to include in a mini-batch for an HTTP inference request. A
    record is a single unit of input data that inference can be made on. For example, a single line
    in a CSV file is a record. Since 2018-07-17.
    """
    environment: Final[dict[str, str] | None]
    """The environment variables to set in the Docker container. We support up to 16 key and values
    entries in the map. Since 2018-07-17.
    """
    transform_input: Final[TransformInput | None]
    """Describes the dataset to be transformed and the Amazon S3 location where it is stored. Since
    2018-07-17.
    """
    transform_output: Final[TransformOutput | None]
    """Identifies the Amazon S3 location where you want Amazon SageMaker to save the results from the
    transform job. Since 2018-07-17.
    """
    data_capture_config: Final[BatchDataCaptureConfig | None]
    """Configuration to control how SageMaker captures inference data. Since 2022-10-18."""
    transform_resources: Final[TransformResources | None]
    """Describes the resources, including ML instance types and ML instance count, to use for the
    transform job. Since 2018-07-17.
    """
    creation_time: Final[datetime | None]
    """A timestamp that shows when the transform Job was created. Since 2018-07-17."""
    transform_start_time: Final[datetime | None]
    """Indicates when the transform job starts on ML instances. You are billed for the time interval
    between this time and the value of TransformEndTime. Since 2018-07-17.
    """
    transform_end_time: Final[datetime | None]
    """Indicates when the transform job has been completed, or has stopped or failed. You are billed
    for the time interval between this time and the value of TransformStartTime. Since 2018-07-17.
    """
    labeling_job_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the Amazon SageMaker Ground Truth labeling job that created
    the transform or training job. Since 2018-11-28.
    """
    auto_ml_job_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the AutoML transform job. Since 2019-12-04."""
    data_processing: Final[DataProcessing | None]
    """The data structure used to specify the data to be used for inference in a batch transform job
    and to associate the data that is relevant to the prediction results in the output. The input
    filter provided allows you to exclude input data that is not needed for inference in a batch
    transform job. The output filter provided allows you to include input data relevant to
    interpreting the predictions in the output from the job. For more information, see Associate
    Prediction Results with their Corresponding Input Records. Since 2019-06-11.
    """
    experiment_config: Final[ExperimentConfig | None]
    """Associates a SageMaker job as a trial component with an experiment and trial. Specified when you
    call the following APIs: Since 2019-12-04.
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
        data_capture_config: BatchDataCaptureConfig | None = None,
        transform_resources: TransformResources | None = None,
        creation_time: datetime | None = None,
        transform_start_time: datetime | None = None,
        transform_end_time: datetime | None = None,
        labeling_job_arn: str | None = None,
        auto_ml_job_arn: str | None = None,
        data_processing: DataProcessing | None = None,
        experiment_config: ExperimentConfig | None = None,
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
        data_capture_config: BatchDataCaptureConfig | None = ...,
        transform_resources: TransformResources | None = ...,
        creation_time: datetime | None = ...,
        transform_start_time: datetime | None = ...,
        transform_end_time: datetime | None = ...,
        labeling_job_arn: str | None = ...,
        auto_ml_job_arn: str | None = ...,
        data_processing: DataProcessing | None = ...,
        experiment_config: ExperimentConfig | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeTrialComponentRequest(Shape):
    """No description on the pages."""

    trial_component_name: Final[str]
    """The name of the trial component to describe. Since 2019-12-04."""
    def __init__(
        self,
        *,
        trial_component_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        trial_component_name: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeTrialComponentResponse(OutputShape):
    """The result of ``describe_trial_component`` (DescribeTrialComponent)."""

    trial_component_name: Final[str | None]
    """The name of the trial component. Since 2019-12-04."""
    trial_component_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the trial component. Since 2019-12-04."""
    display_name: Final[str | None]
    """The name of the component as displayed. If DisplayName isn't specified, TrialComponentName is
    displayed. Since 2019-12-04.
    """
    source: Final[TrialComponentSource | None]
    """The Amazon Resource Name (ARN) of the source and, optionally, the job type. Since 2019-12-04.
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
    parameters: Final[dict[str, TrialComponentParameterValue] | None]
    """The hyperparameters of the component. Since 2019-12-04."""
    input_artifacts: Final[dict[str, TrialComponentArtifact] | None]
    """The input artifacts of the component. Since 2019-12-04."""
    output_artifacts: Final[dict[str, TrialComponentArtifact] | None]
    """The output artifacts of the component. Since 2019-12-04."""
    metadata_properties: Final[MetadataProperties | None]
    """Metadata properties of the tracking entity, trial, or trial component. Since 2020-12-01."""
    metrics: Final[list[TrialComponentMetricSummary] | None]
    """The metrics for the component. Since 2019-12-04."""
    lineage_group_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the lineage group. Since 2021-12-01."""
    sources: Final[list[TrialComponentSource] | None]
    """A list of ARNs and, if applicable, job types for multiple sources of an experiment run. Since
    2022-11-30.
    """
    def __init__(
        self,
        *,
        trial_component_name: str | None = None,
        trial_component_arn: str | None = None,
        display_name: str | None = None,
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
        metadata_properties: MetadataProperties | None = None,
        metrics: list[TrialComponentMetricSummary] | None = None,
        lineage_group_arn: str | None = None,
        sources: list[TrialComponentSource] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        trial_component_name: str | None = ...,
        trial_component_arn: str | None = ...,
        display_name: str | None = ...,
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
        metadata_properties: MetadataProperties | None = ...,
        metrics: list[TrialComponentMetricSummary] | None = ...,
        lineage_group_arn: str | None = ...,
        sources: list[TrialComponentSource] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeTrialRequest(Shape):
    """No description on the pages."""

    trial_name: Final[str]
    """The name of the trial to describe. Since 2019-12-04."""
    def __init__(
        self,
        *,
        trial_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        trial_name: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeTrialResponse(OutputShape):
    """The result of ``describe_trial`` (DescribeTrial)."""

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
    """The Amazon Resource Name (ARN) of the source and, optionally, the job type. Since 2019-12-04.
    """
    creation_time: Final[datetime | None]
    """When the trial was created. Since 2019-12-04."""
    created_by: Final[UserContext | None]
    """Who created the trial. Since 2019-12-04."""
    last_modified_time: Final[datetime | None]
    """When the trial was last modified. Since 2019-12-04."""
    last_modified_by: Final[UserContext | None]
    """Who last modified the trial. Since 2019-12-04."""
    metadata_properties: Final[MetadataProperties | None]
    """Metadata properties of the tracking entity, trial, or trial component. Since 2020-12-01."""
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
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeUserProfileRequest(Shape):
    """No description on the pages."""

    domain_id: Final[str]
    """The domain ID. Since 2019-12-04."""
    user_profile_name: Final[str]
    """The user profile name. This value is not case sensitive. Since 2019-12-04."""
    def __init__(
        self,
        *,
        domain_id: str,
        user_profile_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        domain_id: str = ...,
        user_profile_name: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeUserProfileResponse(OutputShape):
    """The result of ``describe_user_profile`` (DescribeUserProfile)."""

    domain_id: Final[str | None]
    """The ID of the domain that contains the profile. Since 2019-12-04."""
    user_profile_arn: Final[str | None]
    """The user profile Amazon Resource Name (ARN). Since 2019-12-04."""
    user_profile_name: Final[str | None]
    """The user profile name. Since 2019-12-04."""
    home_efs_file_system_uid: Final[str | None]
    """The ID of the user's profile in the Amazon Elastic File System volume. Since 2019-12-04."""
    status: Final[UserProfileStatus | None]
    """The status. Since 2019-12-04."""
    last_modified_time: Final[datetime | None]
    """The last modified time. Since 2019-12-04."""
    creation_time: Final[datetime | None]
    """The creation time. Since 2019-12-04."""
    failure_reason: Final[str | None]
    """The failure reason. Since 2019-12-04."""
    single_sign_on_user_identifier: Final[str | None]
    """The IAM Identity Center user identifier. Since 2019-12-04."""
    single_sign_on_user_value: Final[str | None]
    """The IAM Identity Center user value. Since 2019-12-04."""
    user_settings: Final[UserSettings | None]
    """A collection of settings. Since 2019-12-04."""
    def __init__(
        self,
        *,
        domain_id: str | None = None,
        user_profile_arn: str | None = None,
        user_profile_name: str | None = None,
        home_efs_file_system_uid: str | None = None,
        status: UserProfileStatus | UserProfileStatusLiteral | None = None,
        last_modified_time: datetime | None = None,
        creation_time: datetime | None = None,
        failure_reason: str | None = None,
        single_sign_on_user_identifier: str | None = None,
        single_sign_on_user_value: str | None = None,
        user_settings: UserSettings | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        domain_id: str | None = ...,
        user_profile_arn: str | None = ...,
        user_profile_name: str | None = ...,
        home_efs_file_system_uid: str | None = ...,
        status: UserProfileStatus | UserProfileStatusLiteral | None = ...,
        last_modified_time: datetime | None = ...,
        creation_time: datetime | None = ...,
        failure_reason: str | None = ...,
        single_sign_on_user_identifier: str | None = ...,
        single_sign_on_user_value: str | None = ...,
        user_settings: UserSettings | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeWorkforceRequest(Shape):
    """No description on the pages."""

    workforce_name: Final[str]
    """The name of the private workforce whose access you want to restrict. WorkforceName is
    automatically set to default when a workforce is created and cannot be modified. Since
    2020-01-16.
    """
    def __init__(
        self,
        *,
        workforce_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        workforce_name: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeWorkforceResponse(OutputShape):
    """The result of ``describe_workforce`` (DescribeWorkforce)."""

    workforce: Final[Workforce | None]
    """A single private workforce, which is automatically created when you create your first private
    work team. You can create one private work force in each Amazon Web Services Region. By default,
    any workforce-related API operation used in a specific region will apply to the workforce
    created in that region. To learn how to create a private workforce, see Create a Private
    Workforce. Since 2020-01-16.
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

class DescribeWorkteamRequest(Shape):
    """No description on the pages."""

    workteam_name: Final[str]
    """The name of the work team to return a description of. Since 2018-11-28."""
    def __init__(
        self,
        *,
        workteam_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        workteam_name: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DescribeWorkteamResponse(OutputShape):
    """The result of ``describe_workteam`` (DescribeWorkteam)."""

    workteam: Final[Workteam | None]
    """A Workteam instance that contains information about the work team. Since 2018-11-28."""
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

class DesiredWeightAndCapacity(Shape):
    """Specifies weight and capacity values for a production variant."""

    variant_name: Final[str]
    """The name of the variant to update. Since 2017-11-29."""
    desired_weight: Final[float | None]
    """The variant's weight. Since 2017-11-29."""
    desired_instance_count: Final[int | None]
    """The variant's capacity. Since 2017-11-29."""
    serverless_update_config: Final[ProductionVariantServerlessUpdateConfig | None]
    """Specifies the serverless update concurrency configuration for an endpoint variant. Since
    2023-05-09.
    """
    def __init__(
        self,
        *,
        variant_name: str,
        desired_weight: float | None = None,
        desired_instance_count: int | None = None,
        serverless_update_config: ProductionVariantServerlessUpdateConfig | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        variant_name: str = ...,
        desired_weight: float | None = ...,
        desired_instance_count: int | None = ...,
        serverless_update_config: ProductionVariantServerlessUpdateConfig | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DetachClusterNodeVolumeRequest(Shape):
    """No description on the pages."""

    cluster_arn: Final[str]
    """The Amazon Resource Name (ARN) of your SageMaker HyperPod cluster containing the target node.
    Your cluster must use EKS as the orchestration and be in the InService state. Since 2025-08-04.
    """
    node_id: Final[str]
    """The unique identifier of the cluster node from which you want to detach the volume. Since
    2025-08-04.
    """
    volume_id: Final[str]
    """The unique identifier of your EBS volume that you want to detach. Your volume must be currently
    attached to the specified node. Since 2025-08-04.
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

class DetachClusterNodeVolumeResponse(OutputShape):
    """The result of ``detach_cluster_node_volume`` (DetachClusterNodeVolume)."""

    cluster_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of your SageMaker HyperPod cluster where the volume detachment
    operation was performed. Since 2025-08-04.
    """
    node_id: Final[str | None]
    """The unique identifier of the cluster node from which your volume was detached. Since 2025-08-04.
    """
    volume_id: Final[str | None]
    """The unique identifier of your EBS volume that was detached. Since 2025-08-04."""
    attach_time: Final[datetime | None]
    """The original timestamp when your volume was initially attached to the node. Since 2025-08-04.
    """
    status: Final[VolumeAttachmentStatus | None]
    """The current status of your volume detachment operation. Since 2025-08-04."""
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

class Device(Shape):
    """Information of a particular device."""

    device_name: Final[str]
    """The name of the device. Since 2020-12-08."""
    description: Final[str | None]
    """Description of the device. Since 2020-12-08."""
    iot_thing_name: Final[str | None]
    """AWS Internet of Things (IoT) object name. Since 2020-12-08."""
    def __init__(
        self,
        *,
        device_name: str,
        description: str | None = None,
        iot_thing_name: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        device_name: str = ...,
        description: str | None = ...,
        iot_thing_name: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DeviceDeploymentSummary(Shape):
    """Contains information summarizing device details and deployment status."""

    edge_deployment_plan_arn: Final[str | None]
    """The ARN of the edge deployment plan. Since 2022-07-18."""
    edge_deployment_plan_name: Final[str | None]
    """The name of the edge deployment plan. Since 2022-07-18."""
    stage_name: Final[str | None]
    """The name of the stage in the edge deployment plan. Since 2022-07-18."""
    deployed_stage_name: Final[str | None]
    """The name of the deployed stage. Since 2022-07-18."""
    device_fleet_name: Final[str | None]
    """The name of the fleet to which the device belongs to. Since 2022-07-18."""
    device_name: Final[str | None]
    """The name of the device. Since 2022-07-18."""
    device_arn: Final[str | None]
    """The ARN of the device. Since 2022-07-18."""
    device_deployment_status: Final[DeviceDeploymentStatus | None]
    """The deployment status of the device. Since 2022-07-18."""
    device_deployment_status_message: Final[str | None]
    """The detailed error message for the deployoment status result. Since 2022-07-18."""
    description: Final[str | None]
    """The description of the device. Since 2022-07-18."""
    deployment_start_time: Final[datetime | None]
    """The time when the deployment on the device started. Since 2022-07-18."""
    def __init__(
        self,
        *,
        edge_deployment_plan_arn: str | None = None,
        edge_deployment_plan_name: str | None = None,
        stage_name: str | None = None,
        deployed_stage_name: str | None = None,
        device_fleet_name: str | None = None,
        device_name: str | None = None,
        device_arn: str | None = None,
        device_deployment_status: DeviceDeploymentStatus | DeviceDeploymentStatusLiteral | None = None,
        device_deployment_status_message: str | None = None,
        description: str | None = None,
        deployment_start_time: datetime | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        edge_deployment_plan_arn: str | None = ...,
        edge_deployment_plan_name: str | None = ...,
        stage_name: str | None = ...,
        deployed_stage_name: str | None = ...,
        device_fleet_name: str | None = ...,
        device_name: str | None = ...,
        device_arn: str | None = ...,
        device_deployment_status: DeviceDeploymentStatus | DeviceDeploymentStatusLiteral | None = ...,
        device_deployment_status_message: str | None = ...,
        description: str | None = ...,
        deployment_start_time: datetime | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DeviceFleetSummary(Shape):
    """Summary of the device fleet."""

    device_fleet_arn: Final[str | None]
    """Amazon Resource Name (ARN) of the device fleet. Since 2020-12-08."""
    device_fleet_name: Final[str | None]
    """Name of the device fleet. Since 2020-12-08."""
    creation_time: Final[datetime | None]
    """Timestamp of when the device fleet was created. Since 2020-12-08."""
    last_modified_time: Final[datetime | None]
    """Timestamp of when the device fleet was last updated. Since 2020-12-08."""
    def __init__(
        self,
        *,
        device_fleet_arn: str | None = None,
        device_fleet_name: str | None = None,
        creation_time: datetime | None = None,
        last_modified_time: datetime | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        device_fleet_arn: str | None = ...,
        device_fleet_name: str | None = ...,
        creation_time: datetime | None = ...,
        last_modified_time: datetime | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DeviceSelectionConfig(Shape):
    """Configuration of the devices in the stage."""

    device_subset_type: Final[DeviceSubsetType]
    """Type of device subsets to deploy to the current stage. Since 2022-07-18."""
    percentage: Final[int | None]
    """Percentage of devices in the fleet to deploy to the current stage. Since 2022-07-18."""
    device_names: Final[list[str] | None]
    """List of devices chosen to deploy. Since 2022-07-18."""
    device_name_contains: Final[str | None]
    """A filter to select devices with names containing this name. Since 2022-07-18."""
    def __init__(
        self,
        *,
        device_subset_type: DeviceSubsetType | DeviceSubsetTypeLiteral,
        percentage: int | None = None,
        device_names: list[str] | None = None,
        device_name_contains: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        device_subset_type: DeviceSubsetType | DeviceSubsetTypeLiteral = ...,
        percentage: int | None = ...,
        device_names: list[str] | None = ...,
        device_name_contains: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DeviceStats(Shape):
    """Status of devices."""

    connected_device_count: Final[int | None]
    """The number of devices connected with a heartbeat. Since 2020-12-08."""
    registered_device_count: Final[int | None]
    """The number of registered devices. Since 2020-12-08."""
    def __init__(
        self,
        *,
        connected_device_count: int | None = None,
        registered_device_count: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        connected_device_count: int | None = ...,
        registered_device_count: int | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DeviceSummary(Shape):
    """Summary of the device."""

    device_name: Final[str | None]
    """The unique identifier of the device. Since 2020-12-08."""
    device_arn: Final[str | None]
    """Amazon Resource Name (ARN) of the device. Since 2020-12-08."""
    description: Final[str | None]
    """A description of the device. Since 2020-12-08."""
    device_fleet_name: Final[str | None]
    """The name of the fleet the device belongs to. Since 2020-12-08."""
    iot_thing_name: Final[str | None]
    """The Amazon Web Services Internet of Things (IoT) object thing name associated with the device..
    Since 2020-12-08.
    """
    registration_time: Final[datetime | None]
    """The timestamp of the last registration or de-reregistration. Since 2020-12-08."""
    latest_heartbeat: Final[datetime | None]
    """The last heartbeat received from the device. Since 2020-12-08."""
    models: Final[list[EdgeModelSummary] | None]
    """Models on the device. Since 2020-12-08."""
    agent_version: Final[str | None]
    """Edge Manager agent version. Since 2021-11-04."""
    def __init__(
        self,
        *,
        device_name: str | None = None,
        device_arn: str | None = None,
        description: str | None = None,
        device_fleet_name: str | None = None,
        iot_thing_name: str | None = None,
        registration_time: datetime | None = None,
        latest_heartbeat: datetime | None = None,
        models: list[EdgeModelSummary] | None = None,
        agent_version: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        device_name: str | None = ...,
        device_arn: str | None = ...,
        description: str | None = ...,
        device_fleet_name: str | None = ...,
        iot_thing_name: str | None = ...,
        registration_time: datetime | None = ...,
        latest_heartbeat: datetime | None = ...,
        models: list[EdgeModelSummary] | None = ...,
        agent_version: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DirectDeploySettings(Shape):
    """The model deployment settings for the SageMaker Canvas application."""

    status: Final[FeatureStatus | None]
    """Describes whether model deployment permissions are enabled or disabled in the Canvas
    application. Since 2023-10-12.
    """
    def __init__(
        self,
        *,
        status: FeatureStatus | FeatureStatusLiteral | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        status: FeatureStatus | FeatureStatusLiteral | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DisableSagemakerServicecatalogPortfolioInput(Shape):
    """No description on the pages."""

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

class DisableSagemakerServicecatalogPortfolioOutput(OutputShape):
    """The result of ``disable_sagemaker_servicecatalog_portfolio``
    (DisableSagemakerServicecatalogPortfolio).
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

class DisassociateTrialComponentRequest(Shape):
    """No description on the pages."""

    trial_component_name: Final[str]
    """The name of the component to disassociate from the trial. Since 2019-12-04."""
    trial_name: Final[str]
    """The name of the trial to disassociate from. Since 2019-12-04."""
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

class DisassociateTrialComponentResponse(OutputShape):
    """The result of ``disassociate_trial_component`` (DisassociateTrialComponent)."""

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

class DockerSettings(Shape):
    """A collection of settings that configure the domain's Docker interaction."""

    enable_docker_access: Final[FeatureStatus | None]
    """Indicates whether the domain can access Docker. Since 2023-12-28."""
    vpc_only_trusted_accounts: Final[list[str] | None]
    """The list of Amazon Web Services accounts that are trusted when the domain is created in VPC-only
    mode. Since 2023-12-28.
    """
    rootless_docker: Final[FeatureStatus | None]
    """Indicates whether to use rootless Docker. Since 2025-08-22."""
    def __init__(
        self,
        *,
        enable_docker_access: FeatureStatus | FeatureStatusLiteral | None = None,
        vpc_only_trusted_accounts: list[str] | None = None,
        rootless_docker: FeatureStatus | FeatureStatusLiteral | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        enable_docker_access: FeatureStatus | FeatureStatusLiteral | None = ...,
        vpc_only_trusted_accounts: list[str] | None = ...,
        rootless_docker: FeatureStatus | FeatureStatusLiteral | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DomainDetails(Shape):
    """The domain's details."""

    domain_arn: Final[str | None]
    """The domain's Amazon Resource Name (ARN). Since 2019-12-04."""
    domain_id: Final[str | None]
    """The domain ID. Since 2019-12-04."""
    domain_name: Final[str | None]
    """The domain name. Since 2019-12-04."""
    status: Final[DomainStatus | None]
    """The status. Since 2019-12-04."""
    creation_time: Final[datetime | None]
    """The creation time. Since 2019-12-04."""
    last_modified_time: Final[datetime | None]
    """The last modified time. Since 2019-12-04."""
    url: Final[str | None]
    """The domain's URL. Since 2019-12-04."""
    def __init__(
        self,
        *,
        domain_arn: str | None = None,
        domain_id: str | None = None,
        domain_name: str | None = None,
        status: DomainStatus | DomainStatusLiteral | None = None,
        creation_time: datetime | None = None,
        last_modified_time: datetime | None = None,
        url: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        domain_arn: str | None = ...,
        domain_id: str | None = ...,
        domain_name: str | None = ...,
        status: DomainStatus | DomainStatusLiteral | None = ...,
        creation_time: datetime | None = ...,
        last_modified_time: datetime | None = ...,
        url: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DomainSettings(Shape):
    """A collection of Domain settings."""

    security_group_ids: Final[list[str] | None]
    """The security groups for the Amazon Virtual Private Cloud that the Domain uses for communication
    between Domain-level apps and user apps. Since 2021-10-28.
    """
    r_studio_server_pro_domain_settings: Final[RStudioServerProDomainSettings | None]
    """A collection of settings that configure the RStudioServerPro Domain-level app. Since 2021-10-28.
    """
    execution_role_identity_config: Final[ExecutionRoleIdentityConfig | None]
    """The configuration for attaching a SageMaker AI user profile name to the execution role as a
    sts:SourceIdentity key. Since 2022-09-02.
    """
    trusted_identity_propagation_settings: Final[TrustedIdentityPropagationSettings | None]
    """The Trusted Identity Propagation (TIP) settings for the SageMaker domain. These settings
    determine how user identities from IAM Identity Center are propagated through the domain to TIP
    enabled Amazon Web Services services. Since 2025-08-12.
    """
    docker_settings: Final[DockerSettings | None]
    """A collection of settings that configure the domain's Docker interaction. Since 2023-12-28."""
    amazon_q_settings: Final[AmazonQSettings | None]
    """A collection of settings that configure the Amazon Q experience within the domain. The AuthMode
    that you use to create the domain must be SSO. Since 2024-07-09.
    """
    unified_studio_settings: Final[UnifiedStudioSettings | None]
    """The settings that apply to an SageMaker AI domain when you use it in Amazon SageMaker Unified
    Studio. Since 2025-05-07.
    """
    ip_address_type: Final[IPAddressType | None]
    """The IP address type for the domain. Specify ipv4 for IPv4-only connectivity or dualstack for
    both IPv4 and IPv6 connectivity. When you specify dualstack, the subnet must support IPv6 CIDR
    blocks. If not specified, defaults to ipv4. Since 2025-09-09.
    """
    def __init__(
        self,
        *,
        security_group_ids: list[str] | None = None,
        r_studio_server_pro_domain_settings: RStudioServerProDomainSettings | None = None,
        execution_role_identity_config: ExecutionRoleIdentityConfig | ExecutionRoleIdentityConfigLiteral | None = None,
        trusted_identity_propagation_settings: TrustedIdentityPropagationSettings | None = None,
        docker_settings: DockerSettings | None = None,
        amazon_q_settings: AmazonQSettings | None = None,
        unified_studio_settings: UnifiedStudioSettings | None = None,
        ip_address_type: IPAddressType | IPAddressTypeLiteral | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        security_group_ids: list[str] | None = ...,
        r_studio_server_pro_domain_settings: RStudioServerProDomainSettings | None = ...,
        execution_role_identity_config: ExecutionRoleIdentityConfig | ExecutionRoleIdentityConfigLiteral | None = ...,
        trusted_identity_propagation_settings: TrustedIdentityPropagationSettings | None = ...,
        docker_settings: DockerSettings | None = ...,
        amazon_q_settings: AmazonQSettings | None = ...,
        unified_studio_settings: UnifiedStudioSettings | None = ...,
        ip_address_type: IPAddressType | IPAddressTypeLiteral | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DomainSettingsForUpdate(Shape):
    """A collection of DomainSettings configuration values to update."""

    r_studio_server_pro_domain_settings_for_update: Final[RStudioServerProDomainSettingsForUpdate | None]
    """A collection of RStudioServerPro Domain-level app settings to update. A single RStudioServerPro
    application is created for a domain. Since 2021-10-28.
    """
    execution_role_identity_config: Final[ExecutionRoleIdentityConfig | None]
    """The configuration for attaching a SageMaker AI user profile name to the execution role as a
    sts:SourceIdentity key. This configuration can only be modified if there are no apps in the
    InService or Pending state. Since 2022-09-02.
    """
    security_group_ids: Final[list[str] | None]
    """The security groups for the Amazon Virtual Private Cloud that the Domain uses for communication
    between Domain-level apps and user apps. Since 2022-12-21.
    """
    trusted_identity_propagation_settings: Final[TrustedIdentityPropagationSettings | None]
    """The Trusted Identity Propagation (TIP) settings for the SageMaker domain. These settings
    determine how user identities from IAM Identity Center are propagated through the domain to TIP
    enabled Amazon Web Services services. Since 2025-08-12.
    """
    docker_settings: Final[DockerSettings | None]
    """A collection of settings that configure the domain's Docker interaction. Since 2023-12-28."""
    amazon_q_settings: Final[AmazonQSettings | None]
    """A collection of settings that configure the Amazon Q experience within the domain. Since
    2024-07-09.
    """
    unified_studio_settings: Final[UnifiedStudioSettings | None]
    """The settings that apply to an SageMaker AI domain when you use it in Amazon SageMaker Unified
    Studio. Since 2025-05-07.
    """
    ip_address_type: Final[IPAddressType | None]
    """The IP address type for the domain. Specify ipv4 for IPv4-only connectivity or dualstack for
    both IPv4 and IPv6 connectivity. When you specify dualstack, the subnet must support IPv6 CIDR
    blocks. Since 2025-09-09.
    """
    def __init__(
        self,
        *,
        r_studio_server_pro_domain_settings_for_update: RStudioServerProDomainSettingsForUpdate | None = None,
        execution_role_identity_config: ExecutionRoleIdentityConfig | ExecutionRoleIdentityConfigLiteral | None = None,
        security_group_ids: list[str] | None = None,
        trusted_identity_propagation_settings: TrustedIdentityPropagationSettings | None = None,
        docker_settings: DockerSettings | None = None,
        amazon_q_settings: AmazonQSettings | None = None,
        unified_studio_settings: UnifiedStudioSettings | None = None,
        ip_address_type: IPAddressType | IPAddressTypeLiteral | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        r_studio_server_pro_domain_settings_for_update: RStudioServerProDomainSettingsForUpdate | None = ...,
        execution_role_identity_config: ExecutionRoleIdentityConfig | ExecutionRoleIdentityConfigLiteral | None = ...,
        security_group_ids: list[str] | None = ...,
        trusted_identity_propagation_settings: TrustedIdentityPropagationSettings | None = ...,
        docker_settings: DockerSettings | None = ...,
        amazon_q_settings: AmazonQSettings | None = ...,
        unified_studio_settings: UnifiedStudioSettings | None = ...,
        ip_address_type: IPAddressType | IPAddressTypeLiteral | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DriftCheckBaselines(Shape):
    """Represents the drift check baselines that can be used when the model monitor is set using the
    model package. For more information, see the topic on Drift Detection against Previous Baselines
    in SageMaker Pipelines in the Amazon SageMaker Developer Guide.
    """

    bias: Final[DriftCheckBias | None]
    """Represents the drift check bias baselines that can be used when the model monitor is set using
    the model package. Since 2021-12-01.
    """
    explainability: Final[DriftCheckExplainability | None]
    """Represents the drift check explainability baselines that can be used when the model monitor is
    set using the model package. Since 2021-12-01.
    """
    model_quality: Final[DriftCheckModelQuality | None]
    """Represents the drift check model quality baselines that can be used when the model monitor is
    set using the model package. Since 2021-12-01.
    """
    model_data_quality: Final[DriftCheckModelDataQuality | None]
    """Represents the drift check model data quality baselines that can be used when the model monitor
    is set using the model package. Since 2021-12-01.
    """
    def __init__(
        self,
        *,
        bias: DriftCheckBias | None = None,
        explainability: DriftCheckExplainability | None = None,
        model_quality: DriftCheckModelQuality | None = None,
        model_data_quality: DriftCheckModelDataQuality | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        bias: DriftCheckBias | None = ...,
        explainability: DriftCheckExplainability | None = ...,
        model_quality: DriftCheckModelQuality | None = ...,
        model_data_quality: DriftCheckModelDataQuality | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DriftCheckBias(Shape):
    """Represents the drift check bias baselines that can be used when the model monitor is set using
    the model package.
    """

    config_file: Final[FileSource | None]
    """The bias config file for a model. Since 2021-12-01."""
    pre_training_constraints: Final[MetricsSource | None]
    """The pre-training constraints. Since 2021-12-01."""
    post_training_constraints: Final[MetricsSource | None]
    """The post-training constraints. Since 2021-12-01."""
    def __init__(
        self,
        *,
        config_file: FileSource | None = None,
        pre_training_constraints: MetricsSource | None = None,
        post_training_constraints: MetricsSource | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        config_file: FileSource | None = ...,
        pre_training_constraints: MetricsSource | None = ...,
        post_training_constraints: MetricsSource | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DriftCheckExplainability(Shape):
    """Represents the drift check explainability baselines that can be used when the model monitor is
    set using the model package.
    """

    constraints: Final[MetricsSource | None]
    """The drift check explainability constraints. Since 2021-12-01."""
    config_file: Final[FileSource | None]
    """The explainability config file for the model. Since 2021-12-01."""
    def __init__(
        self,
        *,
        constraints: MetricsSource | None = None,
        config_file: FileSource | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        constraints: MetricsSource | None = ...,
        config_file: FileSource | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class DriftCheckModelDataQuality(Shape):
    """Represents the drift check model data quality baselines that can be used when the model monitor
    is set using the model package.
    """

    statistics: Final[MetricsSource | None]
    """The drift check model data quality statistics. Since 2021-12-01."""
    constraints: Final[MetricsSource | None]
    """The drift check model data quality constraints. Since 2021-12-01."""
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

class DriftCheckModelQuality(Shape):
    """Represents the drift check model quality baselines that can be used when the model monitor is
    set using the model package.
    """

    statistics: Final[MetricsSource | None]
    """The drift check model quality statistics. Since 2021-12-01."""
    constraints: Final[MetricsSource | None]
    """The drift check model quality constraints. Since 2021-12-01."""
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

class DynamicScalingConfiguration(Shape):
    """An object with the recommended values for you to specify when creating an autoscaling policy."""

    min_capacity: Final[int | None]
    """The recommended minimum capacity to specify for your autoscaling policy. Since 2023-08-02."""
    max_capacity: Final[int | None]
    """The recommended maximum capacity to specify for your autoscaling policy. Since 2023-08-02."""
    scale_in_cooldown: Final[int | None]
    """The recommended scale in cooldown time for your autoscaling policy. Since 2023-08-02."""
    scale_out_cooldown: Final[int | None]
    """The recommended scale out cooldown time for your autoscaling policy. Since 2023-08-02."""
    scaling_policies: Final[list[ScalingPolicy] | None]
    """An object of the scaling policies for each metric. Since 2023-08-02."""
    def __init__(
        self,
        *,
        min_capacity: int | None = None,
        max_capacity: int | None = None,
        scale_in_cooldown: int | None = None,
        scale_out_cooldown: int | None = None,
        scaling_policies: list[ScalingPolicy] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        min_capacity: int | None = ...,
        max_capacity: int | None = ...,
        scale_in_cooldown: int | None = ...,
        scale_out_cooldown: int | None = ...,
        scaling_policies: list[ScalingPolicy] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""
