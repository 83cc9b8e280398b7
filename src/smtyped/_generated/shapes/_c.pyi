# Generated stub. Do not edit.
# Every shape whose name starts with "C", as type checkers see it. At run time each
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
    AppType,
    AppTypeLiteral,
    AuthMode,
    AuthModeLiteral,
)
from smtyped._generated.enums._b import BatchStrategy, BatchStrategyLiteral
from smtyped._generated.enums._c import (
    CapacityReservationType,
    CapacityReservationTypeLiteral,
    CapacitySizeType,
    CapacitySizeTypeLiteral,
    CaptureMode,
    CaptureModeLiteral,
    ClarifyFeatureType,
    ClarifyFeatureTypeLiteral,
    ClarifyTextGranularity,
    ClarifyTextGranularityLiteral,
    ClarifyTextLanguage,
    ClarifyTextLanguageLiteral,
    ClusterAutoScalerType,
    ClusterAutoScalerTypeLiteral,
    ClusterAutoScalingMode,
    ClusterAutoScalingModeLiteral,
    ClusterAutoScalingStatus,
    ClusterAutoScalingStatusLiteral,
    ClusterCapacityType,
    ClusterCapacityTypeLiteral,
    ClusterConfigMode,
    ClusterConfigModeLiteral,
    ClusterEventLevel,
    ClusterEventLevelLiteral,
    ClusterEventResourceType,
    ClusterEventResourceTypeLiteral,
    ClusterFSxLustreDeletionPolicy,
    ClusterFSxLustreDeletionPolicyLiteral,
    ClusterImageVersionStatus,
    ClusterImageVersionStatusLiteral,
    ClusterInstanceStatus,
    ClusterInstanceStatusLiteral,
    ClusterInstanceType,
    ClusterInstanceTypeLiteral,
    ClusterInterfaceType,
    ClusterInterfaceTypeLiteral,
    ClusterKubernetesTaintEffect,
    ClusterKubernetesTaintEffectLiteral,
    ClusterNodeProvisioningMode,
    ClusterNodeProvisioningModeLiteral,
    ClusterNodeRecovery,
    ClusterNodeRecoveryLiteral,
    ClusterPatchingStrategy,
    ClusterPatchingStrategyLiteral,
    ClusterSlurmConfigStrategy,
    ClusterSlurmConfigStrategyLiteral,
    ClusterSlurmNodeType,
    ClusterSlurmNodeTypeLiteral,
    ClusterStatus,
    ClusterStatusLiteral,
    CompilationJobStatus,
    CompilationJobStatusLiteral,
    CompleteOnConvergence,
    CompleteOnConvergenceLiteral,
    CompressionType,
    CompressionTypeLiteral,
    ConditionOutcome,
    ConditionOutcomeLiteral,
    ContainerMode,
    ContainerModeLiteral,
)
from smtyped._generated.enums._d import (
    DeepHealthCheckType,
    DeepHealthCheckTypeLiteral,
    DirectInternetAccess,
    DirectInternetAccessLiteral,
)
from smtyped._generated.enums._h import (
    HomeEfsFileSystemCreation,
    HomeEfsFileSystemCreationLiteral,
    HubContentType,
    HubContentTypeLiteral,
    HyperParameterScalingType,
    HyperParameterScalingTypeLiteral,
)
from smtyped._generated.enums._i import (
    InferenceExperimentType,
    InferenceExperimentTypeLiteral,
    InstanceGroupStatus,
    InstanceGroupStatusLiteral,
    InstanceType,
    InstanceTypeLiteral,
    IPAddressType,
    IPAddressTypeLiteral,
)
from smtyped._generated.enums._j import JobCategory, JobCategoryLiteral, JobType, JobTypeLiteral
from smtyped._generated.enums._m import (
    ManagedStorageType,
    ManagedStorageTypeLiteral,
    ModelApprovalStatus,
    ModelApprovalStatusLiteral,
    ModelCardStatus,
    ModelCardStatusLiteral,
    ModelPackageRegistrationType,
    ModelPackageRegistrationTypeLiteral,
    ModelRegistrationMode,
    ModelRegistrationModeLiteral,
)
from smtyped._generated.enums._n import (
    NodeUnavailabilityType,
    NodeUnavailabilityTypeLiteral,
    NotebookInstanceAcceleratorType,
    NotebookInstanceAcceleratorTypeLiteral,
)
from smtyped._generated.enums._o import (
    OptimizationJobDeploymentInstanceType,
    OptimizationJobDeploymentInstanceTypeLiteral,
)
from smtyped._generated.enums._p import (
    PartnerAppAuthType,
    PartnerAppAuthTypeLiteral,
    PartnerAppType,
    PartnerAppTypeLiteral,
    PreemptTeamTasks,
    PreemptTeamTasksLiteral,
    ProblemType,
    ProblemTypeLiteral,
    Processor,
    ProcessorLiteral,
)
from smtyped._generated.enums._r import (
    RecommendationJobType,
    RecommendationJobTypeLiteral,
    RecordWrapper,
    RecordWrapperLiteral,
    RootAccess,
    RootAccessLiteral,
)
from smtyped._generated.enums._s import (
    SchedulerResourceStatus,
    SchedulerResourceStatusLiteral,
    SkipModelValidation,
    SkipModelValidationLiteral,
    SoftwareUpdateStatus,
    SoftwareUpdateStatusLiteral,
    Statistic,
    StatisticLiteral,
    StudioLifecycleConfigAppType,
    StudioLifecycleConfigAppTypeLiteral,
)
from smtyped._generated.enums._t import (
    TagPropagation,
    TagPropagationLiteral,
    TargetDevice,
    TargetDeviceLiteral,
    TargetPlatformAccelerator,
    TargetPlatformAcceleratorLiteral,
    TargetPlatformArch,
    TargetPlatformArchLiteral,
    TargetPlatformOs,
    TargetPlatformOsLiteral,
    TrackingServerSize,
    TrackingServerSizeLiteral,
    TrainingInputMode,
    TrainingInputModeLiteral,
)
from smtyped._generated.enums._v import VendorGuidance, VendorGuidanceLiteral
from smtyped._generated.enums._w import WorkforceIpAddressType, WorkforceIpAddressTypeLiteral
from smtyped._generated.shapes._a import (
    AcceleratorPartitionConfig,
    ActionSource,
    AdditionalInferenceSpecificationDefinition,
    AdditionalModelDataSource,
    AIAdapterSource,
    AIBenchmarkNetworkConfig,
    AIBenchmarkOutputConfig,
    AIBenchmarkTarget,
    AIDatasetConfig,
    AIModelSource,
    AIRecommendationComputeSpec,
    AIRecommendationInferenceSpecification,
    AIRecommendationOutputConfig,
    AIRecommendationPerformanceTarget,
    AIWorkloadConfigs,
    AlgorithmSpecification,
    AlgorithmValidationSpecification,
    AppLifecycleManagement,
    AppSpecification,
    ArtifactSource,
    AsyncInferenceConfig,
    AuthorizedUrl,
    AutoMLAlgorithmConfig,
    AutoMLChannel,
    AutoMLComputeConfig,
    AutoMLDataSplitConfig,
    AutoMLJobChannel,
    AutoMLJobConfig,
    AutoMLJobObjective,
    AutoMLOutputDataConfig,
    AutoMLProblemTypeConfig,
    AutoMLSecurityConfig,
    Autotune,
)
from smtyped._generated.shapes._b import BatchDataCaptureConfig
from smtyped._generated.shapes._d import (
    DataCaptureConfig,
    DataProcessing,
    DataQualityAppSpecification,
    DataQualityBaselineConfig,
    DataQualityJobInput,
    DataSource,
    DebugHookConfig,
    DebugRuleConfiguration,
    DefaultSpaceSettings,
    DeploymentConfig,
    DeploymentConfiguration,
    DeploymentStage,
    DirectDeploySettings,
    DomainSettings,
    DriftCheckBaselines,
)
from smtyped._generated.shapes._e import (
    EdgeDeploymentModelConfig,
    EdgeOutputConfig,
    EFSFileSystem,
    EFSFileSystemConfig,
    EmrServerlessSettings,
    EnvironmentConfig,
    EnvironmentConfigDetails,
    EventDetails,
    ExperimentConfig,
    ExplainerConfig,
)
from smtyped._generated.shapes._f import (
    FeatureDefinition,
    FileSystemConfig,
    FlowDefinitionOutputConfig,
    FSxLustreConfig,
    FSxLustreFileSystem,
    FSxLustreFileSystemConfig,
)
from smtyped._generated.shapes._g import GenerativeAiSettings, GitConfig
from smtyped._generated.shapes._h import (
    HubS3StorageConfig,
    HumanLoopActivationConfig,
    HumanLoopConfig,
    HumanLoopRequestSource,
    HumanTaskConfig,
    HyperParameterTrainingJobDefinition,
    HyperParameterTuningJobConfig,
    HyperParameterTuningJobWarmStartConfig,
)
from smtyped._generated.shapes._i import (
    IdentityProviderOAuthSetting,
    ImageConfig,
    InferenceComponentRuntimeConfig,
    InferenceComponentSpecification,
    InferenceExecutionConfig,
    InferenceExperimentDataStorageConfig,
    InferenceExperimentSchedule,
    InferenceSpecification,
    InfraCheckConfig,
    InputConfig,
    InstanceMetadataServiceConfiguration,
)
from smtyped._generated.shapes._j import JupyterLabAppImageConfig
from smtyped._generated.shapes._k import KendraSettings, KernelGatewayImageConfig
from smtyped._generated.shapes._l import (
    LabelingJobAlgorithmsConfig,
    LabelingJobInputConfig,
    LabelingJobOutputConfig,
    LabelingJobStoppingConditions,
)
from smtyped._generated.shapes._m import (
    ManagedConfiguration,
    MemberDefinition,
    MetadataProperties,
    MetricDatum,
    MetricsConfig,
    MetricsEndpoint,
    MlflowConfig,
    ModelBiasAppSpecification,
    ModelBiasBaselineConfig,
    ModelBiasJobInput,
    ModelCardExportOutputConfig,
    ModelCardSecurityConfig,
    ModelClientConfig,
    ModelDataSource,
    ModelDeployConfig,
    ModelExplainabilityAppSpecification,
    ModelExplainabilityBaselineConfig,
    ModelExplainabilityJobInput,
    ModelLifeCycle,
    ModelMetrics,
    ModelPackageConfig,
    ModelPackageModelCard,
    ModelPackageSecurityConfig,
    ModelPackageValidationSpecification,
    ModelQualityAppSpecification,
    ModelQualityBaselineConfig,
    ModelQualityJobInput,
    ModelRegisterSettings,
    ModelVariantConfig,
    MonitoringNetworkConfig,
    MonitoringOutputConfig,
    MonitoringResources,
    MonitoringScheduleConfig,
    MonitoringStoppingCondition,
    MultiModelConfig,
)
from smtyped._generated.shapes._n import (
    NeoVpcConfig,
    NetworkConfig,
    NotebookInstanceLifecycleHook,
    NotificationConfiguration,
)
from smtyped._generated.shapes._o import (
    OfflineStoreConfig,
    OidcConfig,
    OnlineStoreConfig,
    OptimizationConfig,
    OptimizationJobModelSource,
    OptimizationJobOutputConfig,
    OptimizationVpcConfig,
    OutputConfig,
    OutputDataConfig,
    OutputParameter,
    OwnershipSettings,
)
from smtyped._generated.shapes._p import (
    ParallelismConfiguration,
    PartnerAppConfig,
    PartnerAppMaintenanceConfig,
    PipelineDefinitionS3Location,
    PresignedUrlAccessConfig,
    ProcessingInput,
    ProcessingOutputConfig,
    ProcessingResources,
    ProcessingStoppingCondition,
    ProductionVariant,
    ProfilerConfig,
    ProfilerRuleConfiguration,
)
from smtyped._generated.shapes._r import (
    RecommendationJobInputConfig,
    RecommendationJobOutputConfig,
    RecommendationJobStoppingConditions,
    RemoteDebugConfig,
    ResourceConfig,
    ResourceSharingConfig,
    ResourceSpec,
    RetryStrategy,
)
from smtyped._generated.shapes._s import (
    S3FileSystem,
    S3FileSystemConfig,
    ScheduledUpdateConfig,
    SchedulerConfig,
    ServerlessJobConfig,
    ServiceCatalogProvisioningDetails,
    SessionChainingConfig,
    ShadowModeConfig,
    ShuffleConfig,
    SourceAlgorithmSpecification,
    SourceIpConfig,
    SpaceSettings,
    SpaceSharingSettings,
    StoppingCondition,
)
from smtyped._generated.shapes._t import (
    Tag,
    TensorBoardOutputConfig,
    ThroughputConfig,
    TimeSeriesForecastingSettings,
    TrainingSpecification,
    TransformInput,
    TransformOutput,
    TransformResources,
    TrialComponentArtifact,
    TrialComponentParameterValue,
    TrialComponentStatus,
)
from smtyped._generated.shapes._u import UiTemplate, UltraServerInfo, UserSettings
from smtyped._generated.shapes._v import VectorConfig, VpcConfig
from smtyped._generated.shapes._w import WorkerAccessConfiguration, WorkforceVpcConfigRequest, WorkspaceSettings

class CacheHitResult(Shape):
    """If this pipeline execution step was cached, details on the cache hit."""

    source_pipeline_execution_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the pipeline execution. Since 2020-12-01."""
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

class CallbackStepMetadata(Shape):
    """The URL of the Amazon SQS queue used by this step execution, the pipeline generated token, and a
    list of output parameters.
    """

    callback_token: Final[str | None]
    """The pipeline generated token from the Amazon SQS queue. Since 2021-06-07."""
    sqs_queue_url: Final[str | None]
    """The URL of the Amazon Simple Queue Service (Amazon SQS) queue used by the callback step. Since
    2021-06-07.
    """
    output_parameters: Final[list[OutputParameter] | None]
    """A list of the output parameters of the callback step. Since 2021-06-07."""
    def __init__(
        self,
        *,
        callback_token: str | None = None,
        sqs_queue_url: str | None = None,
        output_parameters: list[OutputParameter] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        callback_token: str | None = ...,
        sqs_queue_url: str | None = ...,
        output_parameters: list[OutputParameter] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CandidateArtifactLocations(Shape):
    """The Amazon S3 prefix to the artifacts generated for an AutoML candidate."""

    explainability: Final[str | None]
    """The Amazon S3 prefix to the explainability artifacts generated for the AutoML candidate. Since
    2021-03-30.
    """
    model_insights: Final[str | None]
    """The Amazon S3 prefix to the model insight artifacts generated for the AutoML candidate. Since
    2022-02-08.
    """
    backtest_results: Final[str | None]
    """The Amazon S3 prefix to the accuracy metrics and the inference results observed over the testing
    window. Available only for the time-series forecasting problem type. Since 2023-06-29.
    """
    def __init__(
        self,
        *,
        explainability: str | None = None,
        model_insights: str | None = None,
        backtest_results: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        explainability: str | None = ...,
        model_insights: str | None = ...,
        backtest_results: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CandidateGenerationConfig(Shape):
    """Stores the configuration information for how model candidates are generated using an AutoML job
    V2.
    """

    algorithms_config: Final[list[AutoMLAlgorithmConfig] | None]
    """Your Autopilot job trains a default set of algorithms on your dataset. For tabular and
    time-series data, you can customize the algorithm list by selecting a subset of algorithms for
    your problem type. Since 2023-06-19.
    """
    def __init__(
        self,
        *,
        algorithms_config: list[AutoMLAlgorithmConfig] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        algorithms_config: list[AutoMLAlgorithmConfig] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CandidateProperties(Shape):
    """The properties of an AutoML candidate job."""

    candidate_artifact_locations: Final[CandidateArtifactLocations | None]
    """The Amazon S3 prefix to the artifacts generated for an AutoML candidate. Since 2021-03-30."""
    candidate_metrics: Final[list[MetricDatum] | None]
    """Information about the candidate metrics for an AutoML job. Since 2021-08-12."""
    def __init__(
        self,
        *,
        candidate_artifact_locations: CandidateArtifactLocations | None = None,
        candidate_metrics: list[MetricDatum] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        candidate_artifact_locations: CandidateArtifactLocations | None = ...,
        candidate_metrics: list[MetricDatum] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CanvasAppSettings(Shape):
    """The Canvas app settings."""

    time_series_forecasting_settings: Final[TimeSeriesForecastingSettings | None]
    """Time series forecast settings for the SageMaker Canvas application. Since 2022-09-21."""
    model_register_settings: Final[ModelRegisterSettings | None]
    """The model registry settings for the SageMaker Canvas application. Since 2023-04-20."""
    workspace_settings: Final[WorkspaceSettings | None]
    """The workspace settings for the SageMaker Canvas application. Since 2023-07-13."""
    identity_provider_o_auth_settings: Final[list[IdentityProviderOAuthSetting] | None]
    """The settings for connecting to an external data source with OAuth. Since 2023-08-30."""
    direct_deploy_settings: Final[DirectDeploySettings | None]
    """The model deployment settings for the SageMaker Canvas application. Since 2023-10-12."""
    kendra_settings: Final[KendraSettings | None]
    """The settings for document querying. Since 2023-10-12."""
    generative_ai_settings: Final[GenerativeAiSettings | None]
    """The generative AI settings for the SageMaker Canvas application. Since 2024-02-02."""
    emr_serverless_settings: Final[EmrServerlessSettings | None]
    """The settings for running Amazon EMR Serverless data processing jobs in SageMaker Canvas. Since
    2024-08-12.
    """
    def __init__(
        self,
        *,
        time_series_forecasting_settings: TimeSeriesForecastingSettings | None = None,
        model_register_settings: ModelRegisterSettings | None = None,
        workspace_settings: WorkspaceSettings | None = None,
        identity_provider_o_auth_settings: list[IdentityProviderOAuthSetting] | None = None,
        direct_deploy_settings: DirectDeploySettings | None = None,
        kendra_settings: KendraSettings | None = None,
        generative_ai_settings: GenerativeAiSettings | None = None,
        emr_serverless_settings: EmrServerlessSettings | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        time_series_forecasting_settings: TimeSeriesForecastingSettings | None = ...,
        model_register_settings: ModelRegisterSettings | None = ...,
        workspace_settings: WorkspaceSettings | None = ...,
        identity_provider_o_auth_settings: list[IdentityProviderOAuthSetting] | None = ...,
        direct_deploy_settings: DirectDeploySettings | None = ...,
        kendra_settings: KendraSettings | None = ...,
        generative_ai_settings: GenerativeAiSettings | None = ...,
        emr_serverless_settings: EmrServerlessSettings | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CapacityReservation(Shape):
    """Information about the Capacity Reservation used by the instance group."""

    arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the Capacity Reservation. Since 2025-08-05."""
    type: Final[CapacityReservationType | None]
    """The type of Capacity Reservation. Valid values are ODCR (On-Demand Capacity Reservation) or CRG
    (Capacity Reservation Group). Since 2025-08-05.
    """
    def __init__(
        self,
        *,
        arn: str | None = None,
        type: CapacityReservationType | CapacityReservationTypeLiteral | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        arn: str | None = ...,
        type: CapacityReservationType | CapacityReservationTypeLiteral | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CapacitySize(Shape):
    """Batch size for the first step to turn on traffic on the new endpoint fleet. Value must be less
    than or equal to 50% of the variant's total instance count.
    """

    type: Final[CapacitySizeType]
    """Specifies the endpoint capacity type. Since 2020-12-01."""
    value: Final[int]
    """Defines the capacity size, either as a number of instances or a capacity percentage. Since
    2020-12-01.
    """
    def __init__(
        self,
        *,
        type: CapacitySizeType | CapacitySizeTypeLiteral,
        value: int,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        type: CapacitySizeType | CapacitySizeTypeLiteral = ...,
        value: int = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CapacitySizeConfig(Shape):
    """The maximum amount of instances in the cluster that SageMaker can update at a time."""

    type: Final[NodeUnavailabilityType]
    """Specifies whether SageMaker should process the update by amount or percentage of instances.
    Since 2025-05-01.
    """
    value: Final[int]
    """Specifies the amount or percentage of instances SageMaker updates at a time. Since 2025-05-01.
    """
    def __init__(
        self,
        *,
        type: NodeUnavailabilityType | NodeUnavailabilityTypeLiteral,
        value: int,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        type: NodeUnavailabilityType | NodeUnavailabilityTypeLiteral = ...,
        value: int = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CaptureContentTypeHeader(Shape):
    """Configuration specifying how to treat different headers. If no headers are specified SageMaker
    AI will by default base64 encode when capturing the data.
    """

    csv_content_types: Final[list[str] | None]
    """The list of all content type headers that Amazon SageMaker AI will treat as CSV and capture
    accordingly. Since 2019-12-04.
    """
    json_content_types: Final[list[str] | None]
    """The list of all content type headers that SageMaker AI will treat as JSON and capture
    accordingly. Since 2019-12-04.
    """
    def __init__(
        self,
        *,
        csv_content_types: list[str] | None = None,
        json_content_types: list[str] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        csv_content_types: list[str] | None = ...,
        json_content_types: list[str] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CaptureOption(Shape):
    """Specifies data Model Monitor will capture."""

    capture_mode: Final[CaptureMode]
    """Specify the boundary of data to capture. Since 2019-12-04."""
    def __init__(
        self,
        *,
        capture_mode: CaptureMode | CaptureModeLiteral,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        capture_mode: CaptureMode | CaptureModeLiteral = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CategoricalParameter(Shape):
    """Environment parameters you want to benchmark your load test against."""

    name: Final[str]
    """The Name of the environment variable. Since 2021-12-01."""
    value: Final[list[str]]
    """The list of values you can pass. Since 2021-12-01."""
    def __init__(
        self,
        *,
        name: str,
        value: list[str],
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        name: str = ...,
        value: list[str] = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CategoricalParameterRange(Shape):
    """A list of categorical hyperparameters to tune."""

    name: Final[str]
    """The name of the categorical hyperparameter to tune. Since 2018-06-04."""
    values: Final[list[str]]
    """A list of the categories for the hyperparameter. Since 2018-06-04."""
    def __init__(
        self,
        *,
        name: str,
        values: list[str],
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        name: str = ...,
        values: list[str] = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CategoricalParameterRangeSpecification(Shape):
    """A CategoricalParameterRangeSpecification object that defines the possible values for a
    categorical hyperparameter.
    """

    values: Final[list[str]]
    """The allowed categories for the hyperparameter. Since 2018-11-28."""
    def __init__(
        self,
        *,
        values: list[str],
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        values: list[str] = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CfnCreateTemplateProvider(Shape):
    """The CloudFormation template provider configuration for creating infrastructure resources."""

    template_name: Final[str]
    """A unique identifier for the template within the project. Since 2025-06-19."""
    template_url: Final[str]
    """The Amazon S3 URL of the CloudFormation template. Since 2025-06-19."""
    role_arn: Final[str | None]
    """The IAM role that CloudFormation assumes when creating the stack. Since 2025-06-19."""
    parameters: Final[list[CfnStackCreateParameter] | None]
    """An array of CloudFormation stack parameters. Since 2025-06-19."""
    def __init__(
        self,
        *,
        template_name: str,
        template_url: str,
        role_arn: str | None = None,
        parameters: list[CfnStackCreateParameter] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        template_name: str = ...,
        template_url: str = ...,
        role_arn: str | None = ...,
        parameters: list[CfnStackCreateParameter] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CfnStackCreateParameter(Shape):
    """A key-value pair that represents a parameter for the CloudFormation stack."""

    key: Final[str]
    """The name of the CloudFormation parameter. Since 2025-06-19."""
    value: Final[str | None]
    """The value of the CloudFormation parameter. Since 2025-06-19."""
    def __init__(
        self,
        *,
        key: str,
        value: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        key: str = ...,
        value: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CfnStackDetail(Shape):
    """Information about the CloudFormation stack created by the template provider."""

    name: Final[str | None]
    """The name of the CloudFormation stack. Since 2025-06-19."""
    id: Final[str | None]
    """The unique identifier of the CloudFormation stack. Since 2025-06-19."""
    status_message: Final[str | None]
    """A human-readable message about the stack's current status. Since 2025-06-19."""
    def __init__(
        self,
        *,
        name: str | None = None,
        id: str | None = None,
        status_message: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        name: str | None = ...,
        id: str | None = ...,
        status_message: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CfnStackParameter(Shape):
    """A key-value pair representing a parameter used in the CloudFormation stack."""

    key: Final[str | None]
    """The name of the CloudFormation parameter. Since 2025-06-19."""
    value: Final[str | None]
    """The value of the CloudFormation parameter. Since 2025-06-19."""
    def __init__(
        self,
        *,
        key: str | None = None,
        value: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        key: str | None = ...,
        value: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CfnStackUpdateParameter(Shape):
    """A key-value pair representing a parameter used in the CloudFormation stack."""

    key: Final[str]
    """The name of the CloudFormation parameter. Since 2025-06-19."""
    value: Final[str | None]
    """The value of the CloudFormation parameter. Since 2025-06-19."""
    def __init__(
        self,
        *,
        key: str,
        value: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        key: str = ...,
        value: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CfnTemplateProviderDetail(Shape):
    """Details about a CloudFormation template provider configuration and associated provisioning
    information.
    """

    template_name: Final[str | None]
    """The unique identifier of the template within the project. Since 2025-06-19."""
    template_url: Final[str | None]
    """The Amazon S3 URL of the CloudFormation template. Since 2025-06-19."""
    role_arn: Final[str | None]
    """The IAM role used by CloudFormation to create the stack. Since 2025-06-19."""
    parameters: Final[list[CfnStackParameter] | None]
    """An array of CloudFormation stack parameters. Since 2025-06-19."""
    stack_detail: Final[CfnStackDetail | None]
    """Information about the CloudFormation stack created by the template provider. Since 2025-06-19.
    """
    def __init__(
        self,
        *,
        template_name: str | None = None,
        template_url: str | None = None,
        role_arn: str | None = None,
        parameters: list[CfnStackParameter] | None = None,
        stack_detail: CfnStackDetail | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        template_name: str | None = ...,
        template_url: str | None = ...,
        role_arn: str | None = ...,
        parameters: list[CfnStackParameter] | None = ...,
        stack_detail: CfnStackDetail | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CfnUpdateTemplateProvider(Shape):
    """The CloudFormation template provider configuration to update."""

    template_name: Final[str]
    """The unique identifier of the template to update within the project. Since 2025-06-19."""
    template_url: Final[str]
    """The Amazon S3 URL of the CloudFormation template. Since 2025-06-19."""
    parameters: Final[list[CfnStackUpdateParameter] | None]
    """An array of CloudFormation stack parameters. Since 2025-06-19."""
    def __init__(
        self,
        *,
        template_name: str,
        template_url: str,
        parameters: list[CfnStackUpdateParameter] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        template_name: str = ...,
        template_url: str = ...,
        parameters: list[CfnStackUpdateParameter] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class Channel(Shape):
    """A channel is a named input source that training algorithms can consume."""

    channel_name: Final[str]
    """The name of the channel. Since 2017-11-29."""
    data_source: Final[DataSource]
    """The location of the channel data. Since 2017-11-29."""
    content_type: Final[str | None]
    """The MIME type of the data. Since 2017-11-29."""
    compression_type: Final[CompressionType | None]
    """If training data is compressed, the compression type. The default value is None. CompressionType
    is used only in Pipe input mode. In File mode, leave this field unset or set it to None. Since
    2017-11-29.
    """
    record_wrapper_type: Final[RecordWrapper | None]
    """Specify RecordIO as the value when input data is in raw format but the training algorithm
    requires the RecordIO format. In this case, SageMaker wraps each individual S3 object in a
    RecordIO record. If the input data is already in RecordIO format, you don't need to set this
    attribute. For more information, see Create a Dataset Using RecordIO. Since 2017-11-29.
    """
    input_mode: Final[TrainingInputMode | None]
    """(Optional) The input mode to use for the data channel in a training job. If you don't set a
    value for InputMode, SageMaker uses the value set for TrainingInputMode. Use this parameter to
    override the TrainingInputMode setting in a AlgorithmSpecification request when you have a
    channel that needs a different input mode from the training job's general setting. To download
    the data from Amazon Simple Storage Service (Amazon S3) to the provisioned ML storage volume,
    and mount the directory to a Docker volume, use File input mode. To stream data directly from
    Amazon S3 to the container, choose Pipe input mode. Since 2018-10-26.
    """
    shuffle_config: Final[ShuffleConfig | None]
    """A configuration for a shuffle option for input data in a channel. If you use S3Prefix for
    S3DataType, this shuffles the results of the S3 key prefix matches. If you use ManifestFile, the
    order of the S3 object references in the ManifestFile is shuffled. If you use
    AugmentedManifestFile, the order of the JSON lines in the AugmentedManifestFile is shuffled. The
    shuffling order is determined using the Seed value. Since 2018-11-28.
    """
    def __init__(
        self,
        *,
        channel_name: str,
        data_source: DataSource,
        content_type: str | None = None,
        compression_type: CompressionType | CompressionTypeLiteral | None = None,
        record_wrapper_type: RecordWrapper | RecordWrapperLiteral | None = None,
        input_mode: TrainingInputMode | TrainingInputModeLiteral | None = None,
        shuffle_config: ShuffleConfig | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        channel_name: str = ...,
        data_source: DataSource = ...,
        content_type: str | None = ...,
        compression_type: CompressionType | CompressionTypeLiteral | None = ...,
        record_wrapper_type: RecordWrapper | RecordWrapperLiteral | None = ...,
        input_mode: TrainingInputMode | TrainingInputModeLiteral | None = ...,
        shuffle_config: ShuffleConfig | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ChannelSpecification(Shape):
    """Defines a named input source, called a channel, to be used by an algorithm."""

    name: Final[str]
    """The name of the channel. Since 2018-11-28."""
    description: Final[str | None]
    """A brief description of the channel. Since 2018-11-28."""
    is_required: Final[bool | None]
    """Indicates whether the channel is required by the algorithm. Since 2018-11-28."""
    supported_content_types: Final[list[str]]
    """The supported MIME types for the data. Since 2018-11-28."""
    supported_compression_types: Final[list[CompressionType | CompressionTypeLiteral] | None]
    """The allowed compression types, if data compression is used. Since 2018-11-28."""
    supported_input_modes: Final[list[TrainingInputMode | TrainingInputModeLiteral]]
    """The allowed input mode, either FILE or PIPE. Since 2018-11-28."""
    def __init__(
        self,
        *,
        name: str,
        supported_content_types: list[str],
        supported_input_modes: list[TrainingInputMode | TrainingInputModeLiteral],
        description: str | None = None,
        is_required: bool | None = None,
        supported_compression_types: list[CompressionType | CompressionTypeLiteral] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        name: str = ...,
        description: str | None = ...,
        is_required: bool | None = ...,
        supported_content_types: list[str] = ...,
        supported_compression_types: list[CompressionType | CompressionTypeLiteral] | None = ...,
        supported_input_modes: list[TrainingInputMode | TrainingInputModeLiteral] = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CheckpointConfig(Shape):
    """Contains information about the output location for managed spot training checkpoint data."""

    s3_uri: Final[str]
    """Identifies the S3 path where you want SageMaker to store checkpoints. For example,
    s3://bucket-name/key-name-prefix. Since 2019-08-20.
    """
    local_path: Final[str | None]
    """(Optional) The local directory where checkpoints are written. The default directory is
    /opt/ml/checkpoints/. Since 2019-08-20.
    """
    def __init__(
        self,
        *,
        s3_uri: str,
        local_path: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        s3_uri: str = ...,
        local_path: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ClarifyCheckStepMetadata(Shape):
    """Container for the metadata for a Clarify check step. The configurations and outcomes of the
    check step execution. This includes:
    """

    check_type: Final[str | None]
    """The type of the Clarify Check step Since 2021-12-01."""
    baseline_used_for_drift_check_constraints: Final[str | None]
    """The Amazon S3 URI of baseline constraints file to be used for the drift check. Since 2021-12-01.
    """
    calculated_baseline_constraints: Final[str | None]
    """The Amazon S3 URI of the newly calculated baseline constraints file. Since 2021-12-01."""
    model_package_group_name: Final[str | None]
    """The model package group name. Since 2021-12-01."""
    violation_report: Final[str | None]
    """The Amazon S3 URI of the violation report if violations are detected. Since 2021-12-01."""
    check_job_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the check processing job that was run by this step's
    execution. Since 2021-12-01.
    """
    skip_check: Final[bool | None]
    """This flag indicates if the drift check against the previous baseline will be skipped or not. If
    it is set to False, the previous baseline of the configured check type must be available. Since
    2021-12-01.
    """
    register_new_baseline: Final[bool | None]
    """This flag indicates if a newly calculated baseline can be accessed through step properties
    BaselineUsedForDriftCheckConstraints and BaselineUsedForDriftCheckStatistics. If it is set to
    False, the previous baseline of the configured check type must also be available. These can be
    accessed through the BaselineUsedForDriftCheckConstraints property. Since 2021-12-01.
    """
    def __init__(
        self,
        *,
        check_type: str | None = None,
        baseline_used_for_drift_check_constraints: str | None = None,
        calculated_baseline_constraints: str | None = None,
        model_package_group_name: str | None = None,
        violation_report: str | None = None,
        check_job_arn: str | None = None,
        skip_check: bool | None = None,
        register_new_baseline: bool | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        check_type: str | None = ...,
        baseline_used_for_drift_check_constraints: str | None = ...,
        calculated_baseline_constraints: str | None = ...,
        model_package_group_name: str | None = ...,
        violation_report: str | None = ...,
        check_job_arn: str | None = ...,
        skip_check: bool | None = ...,
        register_new_baseline: bool | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ClarifyExplainerConfig(Shape):
    """A member of ExplainerConfig that contains configuration parameters for the SageMaker Clarify
    explainer.
    """

    enable_explanations: Final[str | None]
    """A JMESPath boolean expression used to filter which records to explain. Explanations are
    activated by default. See `EnableExplanations
    <https://docs.aws.amazon.com/sagemaker/latest/dg/clarify-online-explainability-create-endpoint.html#clarify-online-explainability-create-endpoint-enable>`__for
    additional information. Since 2022-09-30.
    """
    inference_config: Final[ClarifyInferenceConfig | None]
    """The inference configuration parameter for the model container. Since 2022-09-30."""
    shap_config: Final[ClarifyShapConfig]
    """The configuration for SHAP analysis. Since 2022-09-30."""
    def __init__(
        self,
        *,
        shap_config: ClarifyShapConfig,
        enable_explanations: str | None = None,
        inference_config: ClarifyInferenceConfig | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        enable_explanations: str | None = ...,
        inference_config: ClarifyInferenceConfig | None = ...,
        shap_config: ClarifyShapConfig = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ClarifyInferenceConfig(Shape):
    """The inference configuration parameter for the model container."""

    features_attribute: Final[str | None]
    """Provides the JMESPath expression to extract the features from a model container input in JSON
    Lines format. For example, if FeaturesAttribute is the JMESPath expression 'myfeatures', it
    extracts a list of features [1,2,3] from request data '{"myfeatures":[1,2,3]}'. Since
    2022-09-30.
    """
    content_template: Final[str | None]
    """A template string used to format a JSON record into an acceptable model container input. For
    example, a ContentTemplate string '{"myfeatures":$features}' will format a list of features
    [1,2,3] into the record string '{"myfeatures":[1,2,3]}'. Required only when the model container
    input is in JSON Lines format. Since 2022-09-30.
    """
    max_record_count: Final[int | None]
    """The maximum number of records in a request that the model container can process when querying
    the model container for the predictions of a synthetic dataset. A record is a unit of input data
    that inference can be made on, for example, a single line in CSV data. If MaxRecordCount is 1,
    the model container expects one record per request. A value of 2 or greater means that the model
    expects batch requests, which can reduce overhead and speed up the inferencing process. If this
    parameter is not provided, the explainer will tune the record count per request according to the
    model container's capacity at runtime. Since 2022-09-30.
    """
    max_payload_in_mb: Final[int | None]
    """The maximum payload size (MB) allowed of a request from the explainer to the model container.
    Defaults to 6 MB. Since 2022-09-30.
    """
    probability_index: Final[int | None]
    """A zero-based index used to extract a probability value (score) or list from model container
    output in CSV format. If this value is not provided, the entire model container output will be
    treated as a probability value (score) or list. Since 2022-09-30.
    """
    label_index: Final[int | None]
    """A zero-based index used to extract a label header or list of label headers from model container
    output in CSV format. Since 2022-09-30.
    """
    probability_attribute: Final[str | None]
    """A JMESPath expression used to extract the probability (or score) from the model container output
    if the model container is in JSON Lines format. Since 2022-09-30.
    """
    label_attribute: Final[str | None]
    """A JMESPath expression used to locate the list of label headers in the model container output.
    Since 2022-09-30.
    """
    label_headers: Final[list[str] | None]
    """For multiclass classification problems, the label headers are the names of the classes.
    Otherwise, the label header is the name of the predicted label. These are used to help
    readability for the output of the InvokeEndpoint API. See the response section under Invoke the
    endpoint in the Developer Guide for more information. If there are no label headers in the model
    container output, provide them manually using this parameter. Since 2022-09-30.
    """
    feature_headers: Final[list[str] | None]
    """The names of the features. If provided, these are included in the endpoint response payload to
    help readability of the InvokeEndpoint output. See the Response section under Invoke the
    endpoint in the Developer Guide for more information. Since 2022-09-30.
    """
    feature_types: Final[list[ClarifyFeatureType | ClarifyFeatureTypeLiteral] | None]
    """A list of data types of the features (optional). Applicable only to NLP explainability. If
    provided, FeatureTypes must have at least one 'text' string (for example, ['text']). If
    FeatureTypes is not provided, the explainer infers the feature types based on the baseline data.
    The feature types are included in the endpoint response payload. For additional information see
    the response section under Invoke the endpoint in the Developer Guide for more information.
    Since 2022-09-30.
    """
    def __init__(
        self,
        *,
        features_attribute: str | None = None,
        content_template: str | None = None,
        max_record_count: int | None = None,
        max_payload_in_mb: int | None = None,
        probability_index: int | None = None,
        label_index: int | None = None,
        probability_attribute: str | None = None,
        label_attribute: str | None = None,
        label_headers: list[str] | None = None,
        feature_headers: list[str] | None = None,
        feature_types: list[ClarifyFeatureType | ClarifyFeatureTypeLiteral] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        features_attribute: str | None = ...,
        content_template: str | None = ...,
        max_record_count: int | None = ...,
        max_payload_in_mb: int | None = ...,
        probability_index: int | None = ...,
        label_index: int | None = ...,
        probability_attribute: str | None = ...,
        label_attribute: str | None = ...,
        label_headers: list[str] | None = ...,
        feature_headers: list[str] | None = ...,
        feature_types: list[ClarifyFeatureType | ClarifyFeatureTypeLiteral] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ClarifyShapBaselineConfig(Shape):
    """The configuration for the SHAP baseline of the Kernal SHAP algorithm."""

    mime_type: Final[str | None]
    """The MIME type of the baseline data. Choose from 'text/csv' or 'application/jsonlines'. Defaults
    to 'text/csv'. Since 2022-09-30.
    """
    shap_baseline: Final[str | None]
    """The inline SHAP baseline data in string format. ShapBaseline can have one or multiple records to
    be used as the baseline dataset. The format of the SHAP baseline file should be the same format
    as the training dataset. For example, if the training dataset is in CSV format and each record
    contains four features, and all features are numerical, then the format of the baseline data
    should also share these characteristics. For natural language processing (NLP) of text columns,
    the baseline value should be the value used to replace the unit of text specified by the
    Granularity of the TextConfig parameter. The size limit for ShapBasline is 4 KB. Use the
    ShapBaselineUri parameter if you want to provide more than 4 KB of baseline data. Since
    2022-09-30.
    """
    shap_baseline_uri: Final[str | None]
    """The uniform resource identifier (URI) of the S3 bucket where the SHAP baseline file is stored.
    The format of the SHAP baseline file should be the same format as the format of the training
    dataset. For example, if the training dataset is in CSV format, and each record in the training
    dataset has four features, and all features are numerical, then the baseline file should also
    have this same format. Each record should contain only the features. If you are using a virtual
    private cloud (VPC), the ShapBaselineUri should be accessible to the VPC. For more information
    about setting up endpoints with Amazon Virtual Private Cloud, see Give SageMaker access to
    Resources in your Amazon Virtual Private Cloud. Since 2022-09-30.
    """
    def __init__(
        self,
        *,
        mime_type: str | None = None,
        shap_baseline: str | None = None,
        shap_baseline_uri: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        mime_type: str | None = ...,
        shap_baseline: str | None = ...,
        shap_baseline_uri: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ClarifyShapConfig(Shape):
    """The configuration for SHAP analysis."""

    shap_baseline_config: Final[ClarifyShapBaselineConfig]
    """The configuration for the SHAP baseline of the Kernal SHAP algorithm. Since 2022-09-30."""
    number_of_samples: Final[int | None]
    """The number of samples to be used for analysis by the Kernal SHAP algorithm. Since 2022-09-30.
    """
    use_logit: Final[bool | None]
    """A Boolean toggle to indicate if you want to use the logit function (true) or log-odds units
    (false) for model predictions. Defaults to false. Since 2022-09-30.
    """
    seed: Final[int | None]
    """The starting value used to initialize the random number generator in the explainer. Provide a
    value for this parameter to obtain a deterministic SHAP result. Since 2022-09-30.
    """
    text_config: Final[ClarifyTextConfig | None]
    """A parameter that indicates if text features are treated as text and explanations are provided
    for individual units of text. Required for natural language processing (NLP) explainability
    only. Since 2022-09-30.
    """
    def __init__(
        self,
        *,
        shap_baseline_config: ClarifyShapBaselineConfig,
        number_of_samples: int | None = None,
        use_logit: bool | None = None,
        seed: int | None = None,
        text_config: ClarifyTextConfig | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        shap_baseline_config: ClarifyShapBaselineConfig = ...,
        number_of_samples: int | None = ...,
        use_logit: bool | None = ...,
        seed: int | None = ...,
        text_config: ClarifyTextConfig | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ClarifyTextConfig(Shape):
    """A parameter that indicates if text features are treated as text and explanations are provided
    for individual units of text. Required for natural language processing (NLP) explainability
    only.
    """

    language: Final[ClarifyTextLanguage]
    """Specifies the language of the text features in ISO 639-1 or ISO 639-3 code of a supported
    language. Since 2022-09-30.
    """
    granularity: Final[ClarifyTextGranularity]
    """The unit of granularity for the analysis of text features. For example, if the unit is 'token',
    then each token (like a word in English) of the text is treated as a feature. SHAP values are
    computed for each unit/feature. Since 2022-09-30.
    """
    def __init__(
        self,
        *,
        language: ClarifyTextLanguage | ClarifyTextLanguageLiteral,
        granularity: ClarifyTextGranularity | ClarifyTextGranularityLiteral,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        language: ClarifyTextLanguage | ClarifyTextLanguageLiteral = ...,
        granularity: ClarifyTextGranularity | ClarifyTextGranularityLiteral = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ClusterAutoPatchConfig(Shape):
    """The configuration for automatic OS security patching. If present, the system automatically
    applies PATCH AMI updates to this instance group.
    """

    patching_strategy: Final[ClusterPatchingStrategy]
    """The strategy for applying patches to instances in the group. Since 2026-06-18."""
    patch_schedule: Final[ClusterPatchSchedule | None]
    """The schedule for automatic patching, including the next patch date. Since 2026-06-18."""
    deployment_config: Final[DeploymentConfiguration | None]
    """The deployment configuration for rolling patch updates, including rollback settings and batch
    sizes. Only applicable when using a rolling patching strategy. Since 2026-06-18.
    """
    def __init__(
        self,
        *,
        patching_strategy: ClusterPatchingStrategy | ClusterPatchingStrategyLiteral,
        patch_schedule: ClusterPatchSchedule | None = None,
        deployment_config: DeploymentConfiguration | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        patching_strategy: ClusterPatchingStrategy | ClusterPatchingStrategyLiteral = ...,
        patch_schedule: ClusterPatchSchedule | None = ...,
        deployment_config: DeploymentConfiguration | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ClusterAutoPatchConfigDetails(Shape):
    """The auto-patching configuration for the instance group, including the current patching strategy
    and next scheduled patch date.
    """

    patching_strategy: Final[ClusterPatchingStrategy | None]
    """The strategy used for applying patches to instances in the group. Since 2026-06-18."""
    current_patch_schedule: Final[ClusterPatchScheduleDetails | None]
    """The currently active patch schedule that the system will execute. Since 2026-06-18."""
    desired_patch_schedule: Final[ClusterPatchScheduleDetails | None]
    """The requested patch schedule. Differs from CurrentPatchSchedule when a reschedule request is
    pending. Since 2026-06-18.
    """
    deployment_config: Final[DeploymentConfiguration | None]
    """The deployment configuration for rolling patch updates. Since 2026-06-18."""
    def __init__(
        self,
        *,
        patching_strategy: ClusterPatchingStrategy | ClusterPatchingStrategyLiteral | None = None,
        current_patch_schedule: ClusterPatchScheduleDetails | None = None,
        desired_patch_schedule: ClusterPatchScheduleDetails | None = None,
        deployment_config: DeploymentConfiguration | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        patching_strategy: ClusterPatchingStrategy | ClusterPatchingStrategyLiteral | None = ...,
        current_patch_schedule: ClusterPatchScheduleDetails | None = ...,
        desired_patch_schedule: ClusterPatchScheduleDetails | None = ...,
        deployment_config: DeploymentConfiguration | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ClusterAutoScalingConfig(Shape):
    """The autoscaling configuration for the cluster. Enables automatic scaling of cluster nodes based
    on workload demand using a Karpenter-based system.
    """

    mode: Final[ClusterAutoScalingMode]
    """Describes whether autoscaling is enabled or disabled for the cluster. Valid values are Enable
    and Disable. Since 2025-08-27.
    """
    auto_scaler_type: Final[ClusterAutoScalerType | None]
    """The type of autoscaler to use. Currently supported value is Karpenter. Since 2025-08-27."""
    def __init__(
        self,
        *,
        mode: ClusterAutoScalingMode | ClusterAutoScalingModeLiteral,
        auto_scaler_type: ClusterAutoScalerType | ClusterAutoScalerTypeLiteral | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        mode: ClusterAutoScalingMode | ClusterAutoScalingModeLiteral = ...,
        auto_scaler_type: ClusterAutoScalerType | ClusterAutoScalerTypeLiteral | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ClusterAutoScalingConfigOutput(Shape):
    """The current autoscaling configuration and status for the autoscaler."""

    mode: Final[ClusterAutoScalingMode | None]
    """Describes whether autoscaling is enabled or disabled for the cluster. Since 2025-08-27."""
    auto_scaler_type: Final[ClusterAutoScalerType | None]
    """The type of autoscaler configured for the cluster. Since 2025-08-27."""
    status: Final[ClusterAutoScalingStatus | None]
    """The current status of the autoscaling configuration. Valid values are InService, Failed,
    Creating, and Deleting. Since 2025-08-27.
    """
    failure_message: Final[str | None]
    """If the autoscaling status is Failed, this field contains a message describing the failure. Since
    2025-08-27.
    """
    def __init__(
        self,
        *,
        mode: ClusterAutoScalingMode | ClusterAutoScalingModeLiteral | None = None,
        auto_scaler_type: ClusterAutoScalerType | ClusterAutoScalerTypeLiteral | None = None,
        status: ClusterAutoScalingStatus | ClusterAutoScalingStatusLiteral | None = None,
        failure_message: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        mode: ClusterAutoScalingMode | ClusterAutoScalingModeLiteral | None = ...,
        auto_scaler_type: ClusterAutoScalerType | ClusterAutoScalerTypeLiteral | None = ...,
        status: ClusterAutoScalingStatus | ClusterAutoScalingStatusLiteral | None = ...,
        failure_message: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ClusterCapacityRequirements(Shape):
    """Specifies the capacity requirements for the instance group."""

    spot: Final[ClusterSpotOptions | None]
    """Configuration options specific to Spot instances. Since 2025-11-21."""
    on_demand: Final[ClusterOnDemandOptions | None]
    """Configuration options specific to On-Demand instances. Since 2025-11-21."""
    def __init__(
        self,
        *,
        spot: ClusterSpotOptions | None = None,
        on_demand: ClusterOnDemandOptions | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        spot: ClusterSpotOptions | None = ...,
        on_demand: ClusterOnDemandOptions | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ClusterEbsVolumeConfig(Shape):
    """Defines the configuration for attaching additional Amazon Elastic Block Store (EBS) volumes to
    the instances in the SageMaker HyperPod cluster instance group. The additional EBS volume is
    attached to each instance within the SageMaker HyperPod cluster instance group and mounted to
    /opt/sagemaker.
    """

    volume_size_in_gb: Final[int | None]
    """The size in gigabytes (GB) of the additional EBS volume to be attached to the instances in the
    SageMaker HyperPod cluster instance group. The additional EBS volume is attached to each
    instance within the SageMaker HyperPod cluster instance group and mounted to /opt/sagemaker.
    Since 2024-06-18.
    """
    volume_kms_key_id: Final[str | None]
    """The ID of a KMS key to encrypt the Amazon EBS volume. Since 2025-08-18."""
    root_volume: Final[bool | None]
    """Specifies whether the configuration is for the cluster's root or secondary Amazon EBS volume.
    You can specify two ClusterEbsVolumeConfig fields to configure both the root and secondary
    volumes. Set the value to True if you'd like to provide your own customer managed Amazon Web
    Services KMS key to encrypt the root volume. When True: Since 2025-08-18.
    """
    def __init__(
        self,
        *,
        volume_size_in_gb: int | None = None,
        volume_kms_key_id: str | None = None,
        root_volume: bool | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        volume_size_in_gb: int | None = ...,
        volume_kms_key_id: str | None = ...,
        root_volume: bool | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ClusterEventDetail(Shape):
    """Detailed information about the requested cluster event, including event metadata for various
    resource types such as Cluster, InstanceGroup, Instance, and their associated attributes.
    """

    event_id: Final[str | None]
    """The unique identifier (UUID) of the event. Since 2025-08-05."""
    cluster_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the HyperPod cluster associated with the event. Since
    2025-08-05.
    """
    cluster_name: Final[str | None]
    """The name of the HyperPod cluster associated with the event. Since 2025-08-05."""
    instance_group_name: Final[str | None]
    """The name of the instance group associated with the event, if applicable. Since 2025-08-05."""
    instance_id: Final[str | None]
    """The EC2 instance ID associated with the event, if applicable. Since 2025-08-05."""
    resource_type: Final[ClusterEventResourceType | None]
    """The type of resource associated with the event. Valid values are Cluster, InstanceGroup, or
    Instance. Since 2025-08-05.
    """
    event_time: Final[datetime | None]
    """The timestamp when the event occurred. Since 2025-08-05."""
    event_details: Final[EventDetails | None]
    """Additional details about the event, including event-specific metadata. Since 2025-08-05."""
    description: Final[str | None]
    """A human-readable description of the event. Since 2025-08-05."""
    event_level: Final[ClusterEventLevel | None]
    """The severity level of the event. Valid values are Info, Warn, and Error. Since 2026-05-13."""
    def __init__(
        self,
        *,
        event_id: str | None = None,
        cluster_arn: str | None = None,
        cluster_name: str | None = None,
        instance_group_name: str | None = None,
        instance_id: str | None = None,
        resource_type: ClusterEventResourceType | ClusterEventResourceTypeLiteral | None = None,
        event_time: datetime | None = None,
        event_details: EventDetails | None = None,
        description: str | None = None,
        event_level: ClusterEventLevel | ClusterEventLevelLiteral | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        event_id: str | None = ...,
        cluster_arn: str | None = ...,
        cluster_name: str | None = ...,
        instance_group_name: str | None = ...,
        instance_id: str | None = ...,
        resource_type: ClusterEventResourceType | ClusterEventResourceTypeLiteral | None = ...,
        event_time: datetime | None = ...,
        event_details: EventDetails | None = ...,
        description: str | None = ...,
        event_level: ClusterEventLevel | ClusterEventLevelLiteral | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ClusterEventSummary(Shape):
    """A summary of an event in a HyperPod cluster."""

    event_id: Final[str | None]
    """The unique identifier (UUID) of the event. Since 2025-08-05."""
    cluster_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the HyperPod cluster associated with the event. Since
    2025-08-05.
    """
    cluster_name: Final[str | None]
    """The name of the HyperPod cluster associated with the event. Since 2025-08-05."""
    instance_group_name: Final[str | None]
    """The name of the instance group associated with the event, if applicable. Since 2025-08-05."""
    instance_id: Final[str | None]
    """The Amazon Elastic Compute Cloud (EC2) instance ID associated with the event, if applicable.
    Since 2025-08-05.
    """
    resource_type: Final[ClusterEventResourceType | None]
    """The type of resource associated with the event. Valid values are Cluster, InstanceGroup, or
    Instance. Since 2025-08-05.
    """
    event_time: Final[datetime | None]
    """The timestamp when the event occurred. Since 2025-08-05."""
    description: Final[str | None]
    """A brief, human-readable description of the event. Since 2025-08-05."""
    event_level: Final[ClusterEventLevel | None]
    """The severity level of the event. Valid values are Info, Warn, and Error. Since 2026-05-13."""
    def __init__(
        self,
        *,
        event_id: str | None = None,
        cluster_arn: str | None = None,
        cluster_name: str | None = None,
        instance_group_name: str | None = None,
        instance_id: str | None = None,
        resource_type: ClusterEventResourceType | ClusterEventResourceTypeLiteral | None = None,
        event_time: datetime | None = None,
        description: str | None = None,
        event_level: ClusterEventLevel | ClusterEventLevelLiteral | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        event_id: str | None = ...,
        cluster_arn: str | None = ...,
        cluster_name: str | None = ...,
        instance_group_name: str | None = ...,
        instance_id: str | None = ...,
        resource_type: ClusterEventResourceType | ClusterEventResourceTypeLiteral | None = ...,
        event_time: datetime | None = ...,
        description: str | None = ...,
        event_level: ClusterEventLevel | ClusterEventLevelLiteral | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ClusterFsxLustreConfig(Shape):
    """Defines the configuration for attaching an Amazon FSx for Lustre file system to the instances in
    the SageMaker HyperPod cluster instance group.
    """

    dns_name: Final[str]
    """The DNS name of the Amazon FSx for Lustre file system. Since 2026-02-13."""
    mount_name: Final[str]
    """The mount name of the Amazon FSx for Lustre file system. Since 2026-02-13."""
    mount_path: Final[str | None]
    """The local path where the Amazon FSx for Lustre file system is mounted on instances. Since
    2026-02-13.
    """
    def __init__(
        self,
        *,
        dns_name: str,
        mount_name: str,
        mount_path: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        dns_name: str = ...,
        mount_name: str = ...,
        mount_path: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ClusterFsxOpenZfsConfig(Shape):
    """Defines the configuration for attaching an Amazon FSx for OpenZFS file system to the instances
    in the SageMaker HyperPod cluster instance group.
    """

    dns_name: Final[str]
    """The DNS name of the Amazon FSx for OpenZFS file system. Since 2026-02-13."""
    mount_path: Final[str | None]
    """The local path where the Amazon FSx for OpenZFS file system is mounted on instances. Since
    2026-02-13.
    """
    def __init__(
        self,
        *,
        dns_name: str,
        mount_path: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        dns_name: str = ...,
        mount_path: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ClusterInstanceGroupDetails(Shape):
    """Details of an instance group in a SageMaker HyperPod cluster."""

    current_count: Final[int | None]
    """The number of instances that are currently in the instance group of a SageMaker HyperPod
    cluster. Since 2023-11-29.
    """
    target_count: Final[int | None]
    """The number of instances you specified to add to the instance group of a SageMaker HyperPod
    cluster. Since 2023-11-29.
    """
    min_count: Final[int | None]
    """The minimum number of instances that must be available in the instance group of a SageMaker
    HyperPod cluster before it transitions to InService status. Since 2025-11-21.
    """
    instance_group_name: Final[str | None]
    """The name of the instance group of a SageMaker HyperPod cluster. Since 2023-11-29."""
    instance_type: Final[ClusterInstanceType | None]
    """The instance type of the instance group of a SageMaker HyperPod cluster. Since 2023-11-29."""
    instance_requirements: Final[ClusterInstanceRequirementDetails | None]
    """The instance requirements for the instance group, including the current and desired instance
    types. This field is present for flexible instance groups that support multiple instance types.
    Since 2026-04-10.
    """
    instance_type_details: Final[list[ClusterInstanceTypeDetail] | None]
    """Details about the instance types in the instance group, including the count and configuration of
    each instance type. This field is present for flexible instance groups that support multiple
    instance types. Since 2026-04-10.
    """
    life_cycle_config: Final[ClusterLifeCycleConfig | None]
    """Details of LifeCycle configuration for the instance group. Since 2023-11-29."""
    execution_role: Final[str | None]
    """The execution role for the instance group to assume. Since 2023-11-29."""
    threads_per_core: Final[int | None]
    """The number you specified to TreadsPerCore in CreateCluster for enabling or disabling
    multithreading. For instance types that support multithreading, you can specify 1 for disabling
    multithreading and 2 for enabling multithreading. For more information, see the reference table
    of CPU cores and threads per CPU core per instance type in the Amazon Elastic Compute Cloud User
    Guide. Since 2023-11-29.
    """
    instance_storage_configs: Final[list[ClusterInstanceStorageConfig] | None]
    """The additional storage configurations for the instances in the SageMaker HyperPod cluster
    instance group. Since 2024-06-18.
    """
    on_start_deep_health_checks: Final[list[DeepHealthCheckType | DeepHealthCheckTypeLiteral] | None]
    """A flag indicating whether deep health checks should be performed when the cluster instance group
    is created or updated. Since 2024-09-09.
    """
    status: Final[InstanceGroupStatus | None]
    """The current status of the cluster instance group. Since 2024-12-04."""
    training_plan_arn: Final[str | None]
    """The Amazon Resource Name (ARN); of the training plan associated with this cluster instance
    group. Since 2024-12-04.
    """
    training_plan_status: Final[str | None]
    """The current status of the training plan associated with this cluster instance group. Since
    2024-12-04.
    """
    override_vpc_config: Final[VpcConfig | None]
    """The customized Amazon VPC configuration at the instance group level that overrides the default
    Amazon VPC configuration of the SageMaker HyperPod cluster. Since 2024-11-22.
    """
    scheduled_update_config: Final[ScheduledUpdateConfig | None]
    """The configuration object of the schedule that SageMaker follows when updating the AMI. Since
    2025-05-01.
    """
    auto_patch_config: Final[ClusterAutoPatchConfigDetails | None]
    """The auto-patching configuration for the instance group, including the current patching strategy
    and next scheduled patch date. Since 2026-06-18.
    """
    current_image_id: Final[str | None]
    """The ID of the Amazon Machine Image (AMI) currently in use by the instance group. Since
    2025-08-05.
    """
    desired_image_id: Final[str | None]
    """The ID of the Amazon Machine Image (AMI) desired for the instance group. Since 2025-08-05."""
    current_image_release_version: Final[str | None]
    """The version of the HyperPod-managed AMI currently running on the instance group. Since
    2026-06-18.
    """
    desired_image_release_version: Final[str | None]
    """The desired version of the HyperPod-managed AMI for the instance group. This may differ from the
    current version when an update is pending. Since 2026-06-18.
    """
    image_version_status: Final[ClusterImageVersionStatus | None]
    """The status of the image version for the instance group. Indicates whether the instance group is
    running the latest image version or if an update is available. Since 2026-05-06.
    """
    active_operations: Final[dict[str, int] | None]
    """A map indicating active operations currently in progress for the instance group of a SageMaker
    HyperPod cluster. When there is a scaling operation in progress, this map contains a key Scaling
    with value 1. Since 2025-11-21.
    """
    kubernetes_config: Final[ClusterKubernetesConfigDetails | None]
    """The Kubernetes configuration for the instance group that contains labels and taints to be
    applied for the nodes in this instance group. Since 2025-11-21.
    """
    capacity_requirements: Final[ClusterCapacityRequirements | None]
    """The instance capacity requirements for the instance group. Since 2025-11-21."""
    target_state_count: Final[int | None]
    """Represents the number of running nodes using the desired Image ID. Since 2025-11-05."""
    software_update_status: Final[SoftwareUpdateStatus | None]
    """Status of the last software udpate request. Since 2025-11-05."""
    active_software_update_config: Final[DeploymentConfiguration | None]
    """The configuration to use when updating the AMI versions. Since 2025-11-05."""
    slurm_config: Final[ClusterSlurmConfigDetails | None]
    """The Slurm configuration for the instance group. Since 2026-02-13."""
    network_interface: Final[ClusterNetworkInterfaceDetails | None]
    """The network interface configuration for the instance group. Since 2026-04-17."""
    def __init__(
        self,
        *,
        current_count: int | None = None,
        target_count: int | None = None,
        min_count: int | None = None,
        instance_group_name: str | None = None,
        instance_type: ClusterInstanceType | ClusterInstanceTypeLiteral | None = None,
        instance_requirements: ClusterInstanceRequirementDetails | None = None,
        instance_type_details: list[ClusterInstanceTypeDetail] | None = None,
        life_cycle_config: ClusterLifeCycleConfig | None = None,
        execution_role: str | None = None,
        threads_per_core: int | None = None,
        instance_storage_configs: list[ClusterInstanceStorageConfig] | None = None,
        on_start_deep_health_checks: list[DeepHealthCheckType | DeepHealthCheckTypeLiteral] | None = None,
        status: InstanceGroupStatus | InstanceGroupStatusLiteral | None = None,
        training_plan_arn: str | None = None,
        training_plan_status: str | None = None,
        override_vpc_config: VpcConfig | None = None,
        scheduled_update_config: ScheduledUpdateConfig | None = None,
        auto_patch_config: ClusterAutoPatchConfigDetails | None = None,
        current_image_id: str | None = None,
        desired_image_id: str | None = None,
        current_image_release_version: str | None = None,
        desired_image_release_version: str | None = None,
        image_version_status: ClusterImageVersionStatus | ClusterImageVersionStatusLiteral | None = None,
        active_operations: dict[str, int] | None = None,
        kubernetes_config: ClusterKubernetesConfigDetails | None = None,
        capacity_requirements: ClusterCapacityRequirements | None = None,
        target_state_count: int | None = None,
        software_update_status: SoftwareUpdateStatus | SoftwareUpdateStatusLiteral | None = None,
        active_software_update_config: DeploymentConfiguration | None = None,
        slurm_config: ClusterSlurmConfigDetails | None = None,
        network_interface: ClusterNetworkInterfaceDetails | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        current_count: int | None = ...,
        target_count: int | None = ...,
        min_count: int | None = ...,
        instance_group_name: str | None = ...,
        instance_type: ClusterInstanceType | ClusterInstanceTypeLiteral | None = ...,
        instance_requirements: ClusterInstanceRequirementDetails | None = ...,
        instance_type_details: list[ClusterInstanceTypeDetail] | None = ...,
        life_cycle_config: ClusterLifeCycleConfig | None = ...,
        execution_role: str | None = ...,
        threads_per_core: int | None = ...,
        instance_storage_configs: list[ClusterInstanceStorageConfig] | None = ...,
        on_start_deep_health_checks: list[DeepHealthCheckType | DeepHealthCheckTypeLiteral] | None = ...,
        status: InstanceGroupStatus | InstanceGroupStatusLiteral | None = ...,
        training_plan_arn: str | None = ...,
        training_plan_status: str | None = ...,
        override_vpc_config: VpcConfig | None = ...,
        scheduled_update_config: ScheduledUpdateConfig | None = ...,
        auto_patch_config: ClusterAutoPatchConfigDetails | None = ...,
        current_image_id: str | None = ...,
        desired_image_id: str | None = ...,
        current_image_release_version: str | None = ...,
        desired_image_release_version: str | None = ...,
        image_version_status: ClusterImageVersionStatus | ClusterImageVersionStatusLiteral | None = ...,
        active_operations: dict[str, int] | None = ...,
        kubernetes_config: ClusterKubernetesConfigDetails | None = ...,
        capacity_requirements: ClusterCapacityRequirements | None = ...,
        target_state_count: int | None = ...,
        software_update_status: SoftwareUpdateStatus | SoftwareUpdateStatusLiteral | None = ...,
        active_software_update_config: DeploymentConfiguration | None = ...,
        slurm_config: ClusterSlurmConfigDetails | None = ...,
        network_interface: ClusterNetworkInterfaceDetails | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ClusterInstanceGroupSpecification(Shape):
    """The specifications of an instance group that you need to define."""

    instance_count: Final[int]
    """Specifies the number of instances to add to the instance group of a SageMaker HyperPod cluster.
    Since 2023-11-29.
    """
    min_instance_count: Final[int | None]
    """Defines the minimum number of instances required for an instance group to become InService. If
    this threshold isn't met within 3 hours, the instance group rolls back to its previous state -
    zero instances for new instance groups, or previous settings for existing instance groups.
    MinInstanceCount only affects the initial transition to InService and does not guarantee
    maintaining this minimum afterward. Since 2025-11-21.
    """
    instance_group_name: Final[str]
    """Specifies the name of the instance group. Since 2023-11-29."""
    instance_type: Final[ClusterInstanceType | None]
    """Specifies the instance type of the instance group. Since 2023-11-29."""
    instance_requirements: Final[ClusterInstanceRequirements | None]
    """The instance requirements for the instance group, including the instance types to use. Use this
    to create a flexible instance group that supports multiple instance types. The InstanceType and
    InstanceRequirements properties are mutually exclusive. Since 2026-04-10.
    """
    life_cycle_config: Final[ClusterLifeCycleConfig | None]
    """Specifies the LifeCycle configuration for the instance group. Since 2023-11-29."""
    execution_role: Final[str]
    """Specifies an IAM execution role to be assumed by the instance group. Since 2023-11-29."""
    threads_per_core: Final[int | None]
    """Specifies the value for Threads per core. For instance types that support multithreading, you
    can specify 1 for disabling multithreading and 2 for enabling multithreading. For instance types
    that doesn't support multithreading, specify 1. For more information, see the reference table of
    CPU cores and threads per CPU core per instance type in the Amazon Elastic Compute Cloud User
    Guide. Since 2023-11-29.
    """
    instance_storage_configs: Final[list[ClusterInstanceStorageConfig] | None]
    """Specifies the additional storage configurations for the instances in the SageMaker HyperPod
    cluster instance group. Since 2024-06-18.
    """
    on_start_deep_health_checks: Final[list[DeepHealthCheckType | DeepHealthCheckTypeLiteral] | None]
    """A flag indicating whether deep health checks should be performed when the cluster instance group
    is created or updated. Since 2024-09-09.
    """
    training_plan_arn: Final[str | None]
    """The Amazon Resource Name (ARN); of the training plan to use for this cluster instance group.
    Since 2024-12-04.
    """
    override_vpc_config: Final[VpcConfig | None]
    """To configure multi-AZ deployments, customize the Amazon VPC configuration at the instance group
    level. You can specify different subnets and security groups across different AZs in the
    instance group specification to override a SageMaker HyperPod cluster's default Amazon VPC
    configuration. For more information about deploying a cluster in multiple AZs, see Setting up
    SageMaker HyperPod clusters across multiple AZs. Since 2024-11-22.
    """
    scheduled_update_config: Final[ScheduledUpdateConfig | None]
    """The configuration object of the schedule that SageMaker uses to update the AMI. Since
    2025-05-01.
    """
    image_id: Final[str | None]
    """When configuring your HyperPod cluster, you can specify an image ID using one of the following
    options: Since 2025-08-05.
    """
    auto_patch_config: Final[ClusterAutoPatchConfig | None]
    """The configuration for automatic OS security patching. If present, the system automatically
    applies PATCH AMI updates to this instance group. Since 2026-06-18.
    """
    image_release_version: Final[str | None]
    """The version of the HyperPod-managed AMI to use for the instance group. Uses semantic versioning
    in the format MAJOR.MINOR.PATCH (for example, 1.2.3). If omitted, the latest available version
    is used. Since 2026-06-18.
    """
    kubernetes_config: Final[ClusterKubernetesConfig | None]
    """Specifies the Kubernetes configuration for the instance group. You describe what you want the
    labels and taints to look like, and the cluster works to reconcile the actual state with the
    declared state for nodes in this instance group. Since 2025-11-21.
    """
    slurm_config: Final[ClusterSlurmConfig | None]
    """Specifies the Slurm configuration for the instance group. Since 2026-02-13."""
    capacity_requirements: Final[ClusterCapacityRequirements | None]
    """Specifies the capacity requirements for the instance group. Since 2025-11-21."""
    network_interface: Final[ClusterNetworkInterface | None]
    """The network interface configuration for the instance group. Since 2026-04-17."""
    def __init__(
        self,
        *,
        instance_count: int,
        instance_group_name: str,
        execution_role: str,
        min_instance_count: int | None = None,
        instance_type: ClusterInstanceType | ClusterInstanceTypeLiteral | None = None,
        instance_requirements: ClusterInstanceRequirements | None = None,
        life_cycle_config: ClusterLifeCycleConfig | None = None,
        threads_per_core: int | None = None,
        instance_storage_configs: list[ClusterInstanceStorageConfig] | None = None,
        on_start_deep_health_checks: list[DeepHealthCheckType | DeepHealthCheckTypeLiteral] | None = None,
        training_plan_arn: str | None = None,
        override_vpc_config: VpcConfig | None = None,
        scheduled_update_config: ScheduledUpdateConfig | None = None,
        image_id: str | None = None,
        auto_patch_config: ClusterAutoPatchConfig | None = None,
        image_release_version: str | None = None,
        kubernetes_config: ClusterKubernetesConfig | None = None,
        slurm_config: ClusterSlurmConfig | None = None,
        capacity_requirements: ClusterCapacityRequirements | None = None,
        network_interface: ClusterNetworkInterface | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        instance_count: int = ...,
        min_instance_count: int | None = ...,
        instance_group_name: str = ...,
        instance_type: ClusterInstanceType | ClusterInstanceTypeLiteral | None = ...,
        instance_requirements: ClusterInstanceRequirements | None = ...,
        life_cycle_config: ClusterLifeCycleConfig | None = ...,
        execution_role: str = ...,
        threads_per_core: int | None = ...,
        instance_storage_configs: list[ClusterInstanceStorageConfig] | None = ...,
        on_start_deep_health_checks: list[DeepHealthCheckType | DeepHealthCheckTypeLiteral] | None = ...,
        training_plan_arn: str | None = ...,
        override_vpc_config: VpcConfig | None = ...,
        scheduled_update_config: ScheduledUpdateConfig | None = ...,
        image_id: str | None = ...,
        auto_patch_config: ClusterAutoPatchConfig | None = ...,
        image_release_version: str | None = ...,
        kubernetes_config: ClusterKubernetesConfig | None = ...,
        slurm_config: ClusterSlurmConfig | None = ...,
        capacity_requirements: ClusterCapacityRequirements | None = ...,
        network_interface: ClusterNetworkInterface | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ClusterInstancePlacement(Shape):
    """The placement details of the SageMaker HyperPod cluster node."""

    availability_zone: Final[str | None]
    """The Availability Zone where the node in the SageMaker HyperPod cluster is launched. Since
    2024-06-04.
    """
    availability_zone_id: Final[str | None]
    """The unique identifier (ID) of the Availability Zone where the node in the SageMaker HyperPod
    cluster is launched. Since 2024-06-04.
    """
    def __init__(
        self,
        *,
        availability_zone: str | None = None,
        availability_zone_id: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        availability_zone: str | None = ...,
        availability_zone_id: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ClusterInstanceRequirementDetails(Shape):
    """The instance requirements for the instance group, including the current and desired instance
    types. This field is present for flexible instance groups that support multiple instance types.
    """

    current_instance_types: Final[list[ClusterInstanceType | ClusterInstanceTypeLiteral] | None]
    """The instance types currently in use by the instance group. Since 2026-04-10."""
    desired_instance_types: Final[list[ClusterInstanceType | ClusterInstanceTypeLiteral] | None]
    """The desired instance types for the instance group, as specified in the most recent update
    request. Since 2026-04-10.
    """
    def __init__(
        self,
        *,
        current_instance_types: list[ClusterInstanceType | ClusterInstanceTypeLiteral] | None = None,
        desired_instance_types: list[ClusterInstanceType | ClusterInstanceTypeLiteral] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        current_instance_types: list[ClusterInstanceType | ClusterInstanceTypeLiteral] | None = ...,
        desired_instance_types: list[ClusterInstanceType | ClusterInstanceTypeLiteral] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ClusterInstanceRequirements(Shape):
    """The instance requirements for the instance group, including the instance types to use. Use this
    to create a flexible instance group that supports multiple instance types. The InstanceType and
    InstanceRequirements properties are mutually exclusive.
    """

    instance_types: Final[list[ClusterInstanceType | ClusterInstanceTypeLiteral]]
    """The list of instance types that the instance group can use. The order of instance types
    determines the priority—HyperPod attempts to provision instances using the first instance type
    in the list and falls back to subsequent types if capacity is unavailable. Since 2026-04-10.
    """
    def __init__(
        self,
        *,
        instance_types: list[ClusterInstanceType | ClusterInstanceTypeLiteral],
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        instance_types: list[ClusterInstanceType | ClusterInstanceTypeLiteral] = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ClusterInstanceStatusDetails(Shape):
    """The status of the instance."""

    status: Final[ClusterInstanceStatus | None]
    """The status of an instance in a SageMaker HyperPod cluster. Since 2023-11-29."""
    message: Final[str | None]
    """The message from an instance in a SageMaker HyperPod cluster. Since 2023-11-29."""
    def __init__(
        self,
        *,
        status: ClusterInstanceStatus | ClusterInstanceStatusLiteral | None = None,
        message: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        status: ClusterInstanceStatus | ClusterInstanceStatusLiteral | None = ...,
        message: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ClusterInstanceStorageConfig(Shape):
    """Defines the configuration for attaching additional storage to the instances in the SageMaker
    HyperPod cluster instance group. To learn more, see SageMaker HyperPod release notes: June 20,
    2024. A tagged union: at most one attribute is set.
    """

    ebs_volume_config: Final[ClusterEbsVolumeConfig | None]
    """Defines the configuration for attaching additional Amazon Elastic Block Store (EBS) volumes to
    the instances in the SageMaker HyperPod cluster instance group. The additional EBS volume is
    attached to each instance within the SageMaker HyperPod cluster instance group and mounted to
    /opt/sagemaker. Since 2024-06-18.
    """
    fsx_lustre_config: Final[ClusterFsxLustreConfig | None]
    """Defines the configuration for attaching an Amazon FSx for Lustre file system to the instances in
    the SageMaker HyperPod cluster instance group. Since 2026-02-13.
    """
    fsx_open_zfs_config: Final[ClusterFsxOpenZfsConfig | None]
    """Defines the configuration for attaching an Amazon FSx for OpenZFS file system to the instances
    in the SageMaker HyperPod cluster instance group. Since 2026-02-13.
    """
    def __init__(
        self,
        *,
        ebs_volume_config: ClusterEbsVolumeConfig | None = None,
        fsx_lustre_config: ClusterFsxLustreConfig | None = None,
        fsx_open_zfs_config: ClusterFsxOpenZfsConfig | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        ebs_volume_config: ClusterEbsVolumeConfig | None = ...,
        fsx_lustre_config: ClusterFsxLustreConfig | None = ...,
        fsx_open_zfs_config: ClusterFsxOpenZfsConfig | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ClusterInstanceTypeDetail(Shape):
    """Details about a specific instance type within a flexible instance group, including the count and
    configuration.
    """

    instance_type: Final[ClusterInstanceType | None]
    """The instance type. Since 2026-04-10."""
    current_count: Final[int | None]
    """The number of instances of this type currently running in the instance group. Since 2026-04-10.
    """
    threads_per_core: Final[int | None]
    """The number of threads per CPU core for this instance type. Since 2026-04-10."""
    def __init__(
        self,
        *,
        instance_type: ClusterInstanceType | ClusterInstanceTypeLiteral | None = None,
        current_count: int | None = None,
        threads_per_core: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        instance_type: ClusterInstanceType | ClusterInstanceTypeLiteral | None = ...,
        current_count: int | None = ...,
        threads_per_core: int | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ClusterKubernetesConfig(Shape):
    """Specifies the Kubernetes configuration for the instance group. You describe what you want the
    labels and taints to look like, and the cluster works to reconcile the actual state with the
    declared state for nodes in this instance group.
    """

    labels: Final[dict[str, str] | None]
    """Key-value pairs of labels to be applied to cluster nodes. Since 2025-11-21."""
    taints: Final[list[ClusterKubernetesTaint] | None]
    """List of taints to be applied to cluster nodes. Since 2025-11-21."""
    def __init__(
        self,
        *,
        labels: dict[str, str] | None = None,
        taints: list[ClusterKubernetesTaint] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        labels: dict[str, str] | None = ...,
        taints: list[ClusterKubernetesTaint] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ClusterKubernetesConfigDetails(Shape):
    """The Kubernetes configuration for the instance group that contains labels and taints to be
    applied for the nodes in this instance group.
    """

    current_labels: Final[dict[str, str] | None]
    """The current labels applied to cluster nodes of an instance group. Since 2025-11-21."""
    desired_labels: Final[dict[str, str] | None]
    """The desired labels to be applied to cluster nodes of an instance group. Since 2025-11-21."""
    current_taints: Final[list[ClusterKubernetesTaint] | None]
    """The current taints applied to cluster nodes of an instance group. Since 2025-11-21."""
    desired_taints: Final[list[ClusterKubernetesTaint] | None]
    """The desired taints to be applied to cluster nodes of an instance group. Since 2025-11-21."""
    def __init__(
        self,
        *,
        current_labels: dict[str, str] | None = None,
        desired_labels: dict[str, str] | None = None,
        current_taints: list[ClusterKubernetesTaint] | None = None,
        desired_taints: list[ClusterKubernetesTaint] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        current_labels: dict[str, str] | None = ...,
        desired_labels: dict[str, str] | None = ...,
        current_taints: list[ClusterKubernetesTaint] | None = ...,
        desired_taints: list[ClusterKubernetesTaint] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ClusterKubernetesConfigNodeDetails(Shape):
    """The Kubernetes configuration applied to this node, showing both the current and desired state of
    labels and taints. The cluster works to reconcile the actual state with the declared state.
    """

    current_labels: Final[dict[str, str] | None]
    """The current labels applied to the cluster node. Since 2025-11-21."""
    desired_labels: Final[dict[str, str] | None]
    """The desired labels to be applied to the cluster node. Since 2025-11-21."""
    current_taints: Final[list[ClusterKubernetesTaint] | None]
    """The current taints applied to the cluster node. Since 2025-11-21."""
    desired_taints: Final[list[ClusterKubernetesTaint] | None]
    """The desired taints to be applied to the cluster node. Since 2025-11-21."""
    def __init__(
        self,
        *,
        current_labels: dict[str, str] | None = None,
        desired_labels: dict[str, str] | None = None,
        current_taints: list[ClusterKubernetesTaint] | None = None,
        desired_taints: list[ClusterKubernetesTaint] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        current_labels: dict[str, str] | None = ...,
        desired_labels: dict[str, str] | None = ...,
        current_taints: list[ClusterKubernetesTaint] | None = ...,
        desired_taints: list[ClusterKubernetesTaint] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ClusterKubernetesTaint(Shape):
    """A Kubernetes taint that can be applied to cluster nodes."""

    key: Final[str]
    """The key of the taint. Since 2025-11-21."""
    value: Final[str | None]
    """The value of the taint. Since 2025-11-21."""
    effect: Final[ClusterKubernetesTaintEffect]
    """The effect of the taint. Valid values are NoSchedule, PreferNoSchedule, and NoExecute. Since
    2025-11-21.
    """
    def __init__(
        self,
        *,
        key: str,
        effect: ClusterKubernetesTaintEffect | ClusterKubernetesTaintEffectLiteral,
        value: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        key: str = ...,
        value: str | None = ...,
        effect: ClusterKubernetesTaintEffect | ClusterKubernetesTaintEffectLiteral = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ClusterLifeCycleConfig(Shape):
    """Specifies the LifeCycle configuration for the instance group."""

    source_s3_uri: Final[str | None]
    """An Amazon S3 bucket path where your lifecycle scripts are stored. Since 2023-11-29."""
    on_create: Final[str | None]
    """The file name of the entrypoint script of lifecycle scripts under SourceS3Uri. This entrypoint
    script runs during cluster creation. Since 2023-11-29.
    """
    on_init_complete: Final[str | None]
    """The file name of the entrypoint script of lifecycle scripts under SourceS3Uri. This script runs
    on the node after the AMI-based initialization is complete. Since 2026-04-17.
    """
    def __init__(
        self,
        *,
        source_s3_uri: str | None = None,
        on_create: str | None = None,
        on_init_complete: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        source_s3_uri: str | None = ...,
        on_create: str | None = ...,
        on_init_complete: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ClusterMetadata(Shape):
    """Metadata specific to cluster-level events."""

    failure_message: Final[str | None]
    """An error message describing why the cluster level operation (such as creating, updating, or
    deleting) failed. Since 2025-08-05.
    """
    eks_role_access_entries: Final[list[str] | None]
    """A list of Amazon EKS IAM role ARNs associated with the cluster. This is created by HyperPod on
    your behalf and only applies for EKS orchestrated clusters. Since 2025-08-05.
    """
    slr_access_entry: Final[str | None]
    """The Service-Linked Role (SLR) associated with the cluster. This is created by HyperPod on your
    behalf and only applies for EKS orchestrated clusters. Since 2025-08-05.
    """
    def __init__(
        self,
        *,
        failure_message: str | None = None,
        eks_role_access_entries: list[str] | None = None,
        slr_access_entry: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        failure_message: str | None = ...,
        eks_role_access_entries: list[str] | None = ...,
        slr_access_entry: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ClusterNetworkInterface(Shape):
    """The network interface configuration for the instance group."""

    interface_type: Final[ClusterInterfaceType | None]
    """The type of network interface for the instance group. Valid values: Since 2026-04-17."""
    def __init__(
        self,
        *,
        interface_type: ClusterInterfaceType | ClusterInterfaceTypeLiteral | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        interface_type: ClusterInterfaceType | ClusterInterfaceTypeLiteral | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ClusterNetworkInterfaceDetails(Shape):
    """The network interface configuration for the instance group."""

    interface_type: Final[ClusterInterfaceType | None]
    """The type of network interface for the instance group. Valid values are efa and efa-only. Since
    2026-04-17.
    """
    def __init__(
        self,
        *,
        interface_type: ClusterInterfaceType | ClusterInterfaceTypeLiteral | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        interface_type: ClusterInterfaceType | ClusterInterfaceTypeLiteral | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ClusterNodeDetails(Shape):
    """The details of the SageMaker HyperPod cluster node."""

    instance_group_name: Final[str | None]
    """The instance group name in which the instance is. Since 2023-11-29."""
    instance_id: Final[str | None]
    """The ID of the instance. Since 2023-11-29."""
    node_logical_id: Final[str | None]
    """A unique identifier for the node that persists throughout its lifecycle, from provisioning
    request to termination. This identifier can be used to track the node even before it has an
    assigned InstanceId. Since 2025-08-05.
    """
    instance_status: Final[ClusterInstanceStatusDetails | None]
    """The status of the instance. Since 2023-11-29."""
    instance_type: Final[ClusterInstanceType | None]
    """The type of the instance. Since 2023-11-29."""
    launch_time: Final[datetime | None]
    """The time when the instance is launched. Since 2023-11-29."""
    last_software_update_time: Final[datetime | None]
    """The time when the cluster was last updated. Since 2025-05-01."""
    life_cycle_config: Final[ClusterLifeCycleConfig | None]
    """The LifeCycle configuration applied to the instance. Since 2023-11-29."""
    override_vpc_config: Final[VpcConfig | None]
    """The customized Amazon VPC configuration at the instance group level that overrides the default
    Amazon VPC configuration of the SageMaker HyperPod cluster. Since 2024-11-22.
    """
    threads_per_core: Final[int | None]
    """The number of threads per CPU core you specified under CreateCluster. Since 2023-11-29."""
    instance_storage_configs: Final[list[ClusterInstanceStorageConfig] | None]
    """The configurations of additional storage specified to the instance group where the instance
    (node) is launched. Since 2024-06-18.
    """
    private_primary_ip: Final[str | None]
    """The private primary IP address of the SageMaker HyperPod cluster node. Since 2024-06-04."""
    private_primary_ipv6: Final[str | None]
    """The private primary IPv6 address of the SageMaker HyperPod cluster node when configured with an
    Amazon VPC that supports IPv6 and includes subnets with IPv6 addressing enabled in either the
    cluster Amazon VPC configuration or the instance group Amazon VPC configuration. Since
    2025-01-08.
    """
    private_dns_hostname: Final[str | None]
    """The private DNS hostname of the SageMaker HyperPod cluster node. Since 2024-06-04."""
    placement: Final[ClusterInstancePlacement | None]
    """The placement details of the SageMaker HyperPod cluster node. Since 2024-06-04."""
    current_image_id: Final[str | None]
    """The ID of the Amazon Machine Image (AMI) currently in use by the node. Since 2025-08-05."""
    desired_image_id: Final[str | None]
    """The ID of the Amazon Machine Image (AMI) desired for the node. Since 2025-08-05."""
    current_image_release_version: Final[str | None]
    """The version of the HyperPod-managed AMI currently running on the node. Since 2026-06-18."""
    desired_image_release_version: Final[str | None]
    """The desired version of the HyperPod-managed AMI for the node. This may differ from the current
    version when an update is pending. Since 2026-06-18.
    """
    image_version_status: Final[ClusterImageVersionStatus | None]
    """The status of the image version for the cluster node. Since 2026-05-06."""
    ultra_server_info: Final[UltraServerInfo | None]
    """Contains information about the UltraServer. Since 2025-08-08."""
    kubernetes_config: Final[ClusterKubernetesConfigNodeDetails | None]
    """The Kubernetes configuration applied to this node, showing both the current and desired state of
    labels and taints. The cluster works to reconcile the actual state with the declared state.
    Since 2025-11-21.
    """
    capacity_type: Final[ClusterCapacityType | None]
    """The capacity type of the node. Valid values are OnDemand and Spot. When set to OnDemand, the
    node is launched as an On-Demand instance. When set to Spot, the node is launched as a Spot
    instance. Since 2025-11-21.
    """
    network_interface: Final[ClusterNetworkInterfaceDetails | None]
    """The network interface configuration for the cluster node. Since 2026-04-17."""
    def __init__(
        self,
        *,
        instance_group_name: str | None = None,
        instance_id: str | None = None,
        node_logical_id: str | None = None,
        instance_status: ClusterInstanceStatusDetails | None = None,
        instance_type: ClusterInstanceType | ClusterInstanceTypeLiteral | None = None,
        launch_time: datetime | None = None,
        last_software_update_time: datetime | None = None,
        life_cycle_config: ClusterLifeCycleConfig | None = None,
        override_vpc_config: VpcConfig | None = None,
        threads_per_core: int | None = None,
        instance_storage_configs: list[ClusterInstanceStorageConfig] | None = None,
        private_primary_ip: str | None = None,
        private_primary_ipv6: str | None = None,
        private_dns_hostname: str | None = None,
        placement: ClusterInstancePlacement | None = None,
        current_image_id: str | None = None,
        desired_image_id: str | None = None,
        current_image_release_version: str | None = None,
        desired_image_release_version: str | None = None,
        image_version_status: ClusterImageVersionStatus | ClusterImageVersionStatusLiteral | None = None,
        ultra_server_info: UltraServerInfo | None = None,
        kubernetes_config: ClusterKubernetesConfigNodeDetails | None = None,
        capacity_type: ClusterCapacityType | ClusterCapacityTypeLiteral | None = None,
        network_interface: ClusterNetworkInterfaceDetails | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        instance_group_name: str | None = ...,
        instance_id: str | None = ...,
        node_logical_id: str | None = ...,
        instance_status: ClusterInstanceStatusDetails | None = ...,
        instance_type: ClusterInstanceType | ClusterInstanceTypeLiteral | None = ...,
        launch_time: datetime | None = ...,
        last_software_update_time: datetime | None = ...,
        life_cycle_config: ClusterLifeCycleConfig | None = ...,
        override_vpc_config: VpcConfig | None = ...,
        threads_per_core: int | None = ...,
        instance_storage_configs: list[ClusterInstanceStorageConfig] | None = ...,
        private_primary_ip: str | None = ...,
        private_primary_ipv6: str | None = ...,
        private_dns_hostname: str | None = ...,
        placement: ClusterInstancePlacement | None = ...,
        current_image_id: str | None = ...,
        desired_image_id: str | None = ...,
        current_image_release_version: str | None = ...,
        desired_image_release_version: str | None = ...,
        image_version_status: ClusterImageVersionStatus | ClusterImageVersionStatusLiteral | None = ...,
        ultra_server_info: UltraServerInfo | None = ...,
        kubernetes_config: ClusterKubernetesConfigNodeDetails | None = ...,
        capacity_type: ClusterCapacityType | ClusterCapacityTypeLiteral | None = ...,
        network_interface: ClusterNetworkInterfaceDetails | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ClusterNodeSummary(Shape):
    """Lists a summary of the properties of an instance (also called a node interchangeably) of a
    SageMaker HyperPod cluster.
    """

    instance_group_name: Final[str | None]
    """The name of the instance group in which the instance is. Since 2023-11-29."""
    instance_id: Final[str | None]
    """The ID of the instance. Since 2023-11-29."""
    node_logical_id: Final[str | None]
    """A unique identifier for the node that persists throughout its lifecycle, from provisioning
    request to termination. This identifier can be used to track the node even before it has an
    assigned InstanceId. This field is only included when IncludeNodeLogicalIds is set to True in
    the ListClusterNodes request. Since 2025-08-05.
    """
    instance_type: Final[ClusterInstanceType | None]
    """The type of the instance. Since 2023-11-29."""
    launch_time: Final[datetime | None]
    """The time when the instance is launched. Since 2023-11-29."""
    last_software_update_time: Final[datetime | None]
    """The time when SageMaker last updated the software of the instances in the cluster. Since
    2025-05-01.
    """
    instance_status: Final[ClusterInstanceStatusDetails | None]
    """The status of the instance. Since 2023-11-29."""
    ultra_server_info: Final[UltraServerInfo | None]
    """Contains information about the UltraServer. Since 2025-08-08."""
    private_dns_hostname: Final[str | None]
    """The private DNS hostname of the SageMaker HyperPod cluster node. Since 2025-11-20."""
    current_image_release_version: Final[str | None]
    """The version of the HyperPod-managed AMI currently running on the node. Since 2026-06-18."""
    image_version_status: Final[ClusterImageVersionStatus | None]
    """The status of the image version for the cluster node. Since 2026-05-06."""
    def __init__(
        self,
        *,
        instance_group_name: str | None = None,
        instance_id: str | None = None,
        node_logical_id: str | None = None,
        instance_type: ClusterInstanceType | ClusterInstanceTypeLiteral | None = None,
        launch_time: datetime | None = None,
        last_software_update_time: datetime | None = None,
        instance_status: ClusterInstanceStatusDetails | None = None,
        ultra_server_info: UltraServerInfo | None = None,
        private_dns_hostname: str | None = None,
        current_image_release_version: str | None = None,
        image_version_status: ClusterImageVersionStatus | ClusterImageVersionStatusLiteral | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        instance_group_name: str | None = ...,
        instance_id: str | None = ...,
        node_logical_id: str | None = ...,
        instance_type: ClusterInstanceType | ClusterInstanceTypeLiteral | None = ...,
        launch_time: datetime | None = ...,
        last_software_update_time: datetime | None = ...,
        instance_status: ClusterInstanceStatusDetails | None = ...,
        ultra_server_info: UltraServerInfo | None = ...,
        private_dns_hostname: str | None = ...,
        current_image_release_version: str | None = ...,
        image_version_status: ClusterImageVersionStatus | ClusterImageVersionStatusLiteral | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ClusterOnDemandOptions(Shape):
    """Configuration options specific to On-Demand instances."""

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

class ClusterOrchestrator(Shape):
    """The type of orchestrator to use for the SageMaker HyperPod cluster. Currently, supported values
    are "Eks" and "Slurm", which is to use an Amazon Elastic Kubernetes Service or Slurm cluster as
    the orchestrator.
    """

    eks: Final[ClusterOrchestratorEksConfig | None]
    """The Amazon EKS cluster used as the orchestrator for the SageMaker HyperPod cluster. Since
    2024-09-09.
    """
    slurm: Final[ClusterOrchestratorSlurmConfig | None]
    """The Slurm orchestrator configuration for the SageMaker HyperPod cluster. Since 2026-02-13."""
    def __init__(
        self,
        *,
        eks: ClusterOrchestratorEksConfig | None = None,
        slurm: ClusterOrchestratorSlurmConfig | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        eks: ClusterOrchestratorEksConfig | None = ...,
        slurm: ClusterOrchestratorSlurmConfig | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ClusterOrchestratorEksConfig(Shape):
    """The Amazon EKS cluster used as the orchestrator for the SageMaker HyperPod cluster."""

    cluster_arn: Final[str]
    """The Amazon Resource Name (ARN) of the Amazon EKS cluster associated with the SageMaker HyperPod
    cluster. Since 2024-09-09.
    """
    def __init__(
        self,
        *,
        cluster_arn: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        cluster_arn: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ClusterOrchestratorSlurmConfig(Shape):
    """The Slurm orchestrator configuration for the SageMaker HyperPod cluster."""

    slurm_config_strategy: Final[ClusterSlurmConfigStrategy | None]
    """The strategy for managing partitions for the Slurm configuration. Valid values are Managed,
    Overwrite, and Merge. Since 2026-02-13.
    """
    def __init__(
        self,
        *,
        slurm_config_strategy: ClusterSlurmConfigStrategy | ClusterSlurmConfigStrategyLiteral | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        slurm_config_strategy: ClusterSlurmConfigStrategy | ClusterSlurmConfigStrategyLiteral | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ClusterPatchSchedule(Shape):
    """The schedule for automatic patching, including the next patch date."""

    next_patch_date: Final[datetime | None]
    """The date and time of the next scheduled automatic patch. The system sets this automatically when
    a patch is detected. Use this field to reschedule the patch to a different date. Since
    2026-06-18.
    """
    def __init__(
        self,
        *,
        next_patch_date: datetime | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        next_patch_date: datetime | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ClusterPatchScheduleDetails(Shape):
    """The currently active patch schedule that the system will execute."""

    next_patch_date: Final[datetime | None]
    """The date and time of the next scheduled automatic patch. Since 2026-06-18."""
    def __init__(
        self,
        *,
        next_patch_date: datetime | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        next_patch_date: datetime | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ClusterRestrictedInstanceGroupDetails(Shape):
    """The instance group details of the restricted instance group (RIG)."""

    current_count: Final[int | None]
    """The number of instances that are currently in the restricted instance group of a SageMaker
    HyperPod cluster. Since 2025-07-15.
    """
    target_count: Final[int | None]
    """The number of instances you specified to add to the restricted instance group of a SageMaker
    HyperPod cluster. Since 2025-07-15.
    """
    instance_group_name: Final[str | None]
    """The name of the restricted instance group of a SageMaker HyperPod cluster. Since 2025-07-15.
    """
    instance_type: Final[ClusterInstanceType | None]
    """The instance type of the restricted instance group of a SageMaker HyperPod cluster. Since
    2025-07-15.
    """
    execution_role: Final[str | None]
    """The execution role for the restricted instance group to assume. Since 2025-07-15."""
    threads_per_core: Final[int | None]
    """The number you specified to TreadsPerCore in CreateCluster for enabling or disabling
    multithreading. For instance types that support multithreading, you can specify 1 for disabling
    multithreading and 2 for enabling multithreading. For more information, see the reference table
    of CPU cores and threads per CPU core per instance type in the Amazon Elastic Compute Cloud User
    Guide. Since 2025-07-15.
    """
    instance_storage_configs: Final[list[ClusterInstanceStorageConfig] | None]
    """The additional storage configurations for the instances in the SageMaker HyperPod cluster
    restricted instance group. Since 2025-07-15.
    """
    on_start_deep_health_checks: Final[list[DeepHealthCheckType | DeepHealthCheckTypeLiteral] | None]
    """A flag indicating whether deep health checks should be performed when the cluster's restricted
    instance group is created or updated. Since 2025-07-15.
    """
    status: Final[InstanceGroupStatus | None]
    """The current status of the cluster's restricted instance group. Since 2025-07-15."""
    training_plan_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the training plan to filter clusters by. For more information
    about reserving GPU capacity for your SageMaker HyperPod clusters using Amazon SageMaker
    Training Plan, see ``CreateTrainingPlan ``. Since 2025-07-15.
    """
    training_plan_status: Final[str | None]
    """The current status of the training plan associated with this cluster restricted instance group.
    Since 2025-07-15.
    """
    override_vpc_config: Final[VpcConfig | None]
    """Specifies an Amazon Virtual Private Cloud (VPC) that your SageMaker jobs, hosted models, and
    compute resources have access to. You can control access to and from your resources by
    configuring a VPC. For more information, see Give SageMaker Access to Resources in your Amazon
    VPC. Since 2025-07-15.
    """
    scheduled_update_config: Final[ScheduledUpdateConfig | None]
    """The configuration object of the schedule that SageMaker follows when updating the AMI. Since
    2025-07-15.
    """
    environment_config: Final[EnvironmentConfigDetails | None]
    """The configuration for the restricted instance groups (RIG) environment. Since 2025-07-15."""
    def __init__(
        self,
        *,
        current_count: int | None = None,
        target_count: int | None = None,
        instance_group_name: str | None = None,
        instance_type: ClusterInstanceType | ClusterInstanceTypeLiteral | None = None,
        execution_role: str | None = None,
        threads_per_core: int | None = None,
        instance_storage_configs: list[ClusterInstanceStorageConfig] | None = None,
        on_start_deep_health_checks: list[DeepHealthCheckType | DeepHealthCheckTypeLiteral] | None = None,
        status: InstanceGroupStatus | InstanceGroupStatusLiteral | None = None,
        training_plan_arn: str | None = None,
        training_plan_status: str | None = None,
        override_vpc_config: VpcConfig | None = None,
        scheduled_update_config: ScheduledUpdateConfig | None = None,
        environment_config: EnvironmentConfigDetails | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        current_count: int | None = ...,
        target_count: int | None = ...,
        instance_group_name: str | None = ...,
        instance_type: ClusterInstanceType | ClusterInstanceTypeLiteral | None = ...,
        execution_role: str | None = ...,
        threads_per_core: int | None = ...,
        instance_storage_configs: list[ClusterInstanceStorageConfig] | None = ...,
        on_start_deep_health_checks: list[DeepHealthCheckType | DeepHealthCheckTypeLiteral] | None = ...,
        status: InstanceGroupStatus | InstanceGroupStatusLiteral | None = ...,
        training_plan_arn: str | None = ...,
        training_plan_status: str | None = ...,
        override_vpc_config: VpcConfig | None = ...,
        scheduled_update_config: ScheduledUpdateConfig | None = ...,
        environment_config: EnvironmentConfigDetails | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ClusterRestrictedInstanceGroupSpecification(Shape):
    """The specifications of a restricted instance group that you need to define."""

    instance_count: Final[int]
    """Specifies the number of instances to add to the restricted instance group of a SageMaker
    HyperPod cluster. Since 2025-07-15.
    """
    instance_group_name: Final[str]
    """Specifies the name of the restricted instance group. Since 2025-07-15."""
    instance_type: Final[ClusterInstanceType]
    """Specifies the instance type of the restricted instance group. Since 2025-07-15."""
    execution_role: Final[str]
    """Specifies an IAM execution role to be assumed by the restricted instance group. Since
    2025-07-15.
    """
    threads_per_core: Final[int | None]
    """The number you specified to TreadsPerCore in CreateCluster for enabling or disabling
    multithreading. For instance types that support multithreading, you can specify 1 for disabling
    multithreading and 2 for enabling multithreading. For more information, see the reference table
    of CPU cores and threads per CPU core per instance type in the Amazon Elastic Compute Cloud User
    Guide. Since 2025-07-15.
    """
    instance_storage_configs: Final[list[ClusterInstanceStorageConfig] | None]
    """Specifies the additional storage configurations for the instances in the SageMaker HyperPod
    cluster restricted instance group. Since 2025-07-15.
    """
    on_start_deep_health_checks: Final[list[DeepHealthCheckType | DeepHealthCheckTypeLiteral] | None]
    """A flag indicating whether deep health checks should be performed when the cluster restricted
    instance group is created or updated. Since 2025-07-15.
    """
    training_plan_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the training plan to filter clusters by. For more information
    about reserving GPU capacity for your SageMaker HyperPod clusters using Amazon SageMaker
    Training Plan, see ``CreateTrainingPlan ``. Since 2025-07-15.
    """
    override_vpc_config: Final[VpcConfig | None]
    """Specifies an Amazon Virtual Private Cloud (VPC) that your SageMaker jobs, hosted models, and
    compute resources have access to. You can control access to and from your resources by
    configuring a VPC. For more information, see Give SageMaker Access to Resources in your Amazon
    VPC. Since 2025-07-15.
    """
    scheduled_update_config: Final[ScheduledUpdateConfig | None]
    """The configuration object of the schedule that SageMaker follows when updating the AMI. Since
    2025-07-15.
    """
    environment_config: Final[EnvironmentConfig | None]
    """The configuration for the restricted instance groups (RIG) environment. Since 2025-07-15."""
    def __init__(
        self,
        *,
        instance_count: int,
        instance_group_name: str,
        instance_type: ClusterInstanceType | ClusterInstanceTypeLiteral,
        execution_role: str,
        threads_per_core: int | None = None,
        instance_storage_configs: list[ClusterInstanceStorageConfig] | None = None,
        on_start_deep_health_checks: list[DeepHealthCheckType | DeepHealthCheckTypeLiteral] | None = None,
        training_plan_arn: str | None = None,
        override_vpc_config: VpcConfig | None = None,
        scheduled_update_config: ScheduledUpdateConfig | None = None,
        environment_config: EnvironmentConfig | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        instance_count: int = ...,
        instance_group_name: str = ...,
        instance_type: ClusterInstanceType | ClusterInstanceTypeLiteral = ...,
        execution_role: str = ...,
        threads_per_core: int | None = ...,
        instance_storage_configs: list[ClusterInstanceStorageConfig] | None = ...,
        on_start_deep_health_checks: list[DeepHealthCheckType | DeepHealthCheckTypeLiteral] | None = ...,
        training_plan_arn: str | None = ...,
        override_vpc_config: VpcConfig | None = ...,
        scheduled_update_config: ScheduledUpdateConfig | None = ...,
        environment_config: EnvironmentConfig | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ClusterRestrictedInstanceGroupsConfig(Shape):
    """The configuration for the restricted instance groups (RIG) in the SageMaker HyperPod cluster."""

    shared_environment_config: Final[ClusterSharedEnvironmentConfig]
    """The shared environment configuration for the restricted instance groups (RIG). Since 2026-05-27.
    """
    def __init__(
        self,
        *,
        shared_environment_config: ClusterSharedEnvironmentConfig,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        shared_environment_config: ClusterSharedEnvironmentConfig = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ClusterRestrictedInstanceGroupsConfigOutput(Shape):
    """The configuration for the restricted instance groups (RIG) in the SageMaker HyperPod cluster."""

    shared_environment_config: Final[ClusterSharedEnvironmentConfigDetails | None]
    """The shared environment configuration details for the restricted instance groups (RIG). Since
    2026-05-27.
    """
    def __init__(
        self,
        *,
        shared_environment_config: ClusterSharedEnvironmentConfigDetails | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        shared_environment_config: ClusterSharedEnvironmentConfigDetails | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ClusterSchedulerConfigSummary(Shape):
    """Summary of the cluster policy."""

    cluster_scheduler_config_arn: Final[str | None]
    """ARN of the cluster policy. Since 2024-12-04."""
    cluster_scheduler_config_id: Final[str | None]
    """ID of the cluster policy. Since 2024-12-04."""
    cluster_scheduler_config_version: Final[int | None]
    """Version of the cluster policy. Since 2024-12-04."""
    name: Final[str | None]
    """Name of the cluster policy. Since 2024-12-04."""
    creation_time: Final[datetime | None]
    """Creation time of the cluster policy. Since 2024-12-04."""
    last_modified_time: Final[datetime | None]
    """Last modified time of the cluster policy. Since 2024-12-04."""
    status: Final[SchedulerResourceStatus | None]
    """Status of the cluster policy. Since 2024-12-04."""
    cluster_arn: Final[str | None]
    """ARN of the cluster. Since 2024-12-04."""
    def __init__(
        self,
        *,
        cluster_scheduler_config_arn: str | None = None,
        cluster_scheduler_config_id: str | None = None,
        cluster_scheduler_config_version: int | None = None,
        name: str | None = None,
        creation_time: datetime | None = None,
        last_modified_time: datetime | None = None,
        status: SchedulerResourceStatus | SchedulerResourceStatusLiteral | None = None,
        cluster_arn: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        cluster_scheduler_config_arn: str | None = ...,
        cluster_scheduler_config_id: str | None = ...,
        cluster_scheduler_config_version: int | None = ...,
        name: str | None = ...,
        creation_time: datetime | None = ...,
        last_modified_time: datetime | None = ...,
        status: SchedulerResourceStatus | SchedulerResourceStatusLiteral | None = ...,
        cluster_arn: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ClusterSharedEnvironmentConfig(Shape):
    """The shared environment configuration for the restricted instance groups (RIG)."""

    f_sx_lustre_deletion_policy: Final[ClusterFSxLustreDeletionPolicy]
    """The deletion policy for the Amazon FSx for Lustre file system in the shared environment. Since
    2026-05-27.
    """
    f_sx_lustre_config: Final[FSxLustreConfig]
    """Configuration settings for an Amazon FSx for Lustre file system in the shared environment. Since
    2026-05-27.
    """
    def __init__(
        self,
        *,
        f_sx_lustre_deletion_policy: ClusterFSxLustreDeletionPolicy | ClusterFSxLustreDeletionPolicyLiteral,
        f_sx_lustre_config: FSxLustreConfig,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        f_sx_lustre_deletion_policy: ClusterFSxLustreDeletionPolicy | ClusterFSxLustreDeletionPolicyLiteral = ...,
        f_sx_lustre_config: FSxLustreConfig = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ClusterSharedEnvironmentConfigDetails(Shape):
    """The shared environment configuration details for the restricted instance groups (RIG)."""

    current_f_sx_lustre_config: Final[FSxLustreConfig | None]
    """The current Amazon FSx for Lustre file system configuration in the shared environment. Since
    2026-05-27.
    """
    desired_f_sx_lustre_config: Final[FSxLustreConfig | None]
    """The desired Amazon FSx for Lustre file system configuration in the shared environment. Since
    2026-05-27.
    """
    current_f_sx_lustre_deletion_policy: Final[ClusterFSxLustreDeletionPolicy | None]
    """The current deletion policy for the Amazon FSx for Lustre file system in the shared environment.
    Since 2026-05-27.
    """
    desired_f_sx_lustre_deletion_policy: Final[ClusterFSxLustreDeletionPolicy | None]
    """The desired deletion policy for the Amazon FSx for Lustre file system in the shared environment.
    Since 2026-05-27.
    """
    def __init__(
        self,
        *,
        current_f_sx_lustre_config: FSxLustreConfig | None = None,
        desired_f_sx_lustre_config: FSxLustreConfig | None = None,
        current_f_sx_lustre_deletion_policy: ClusterFSxLustreDeletionPolicy
        | ClusterFSxLustreDeletionPolicyLiteral
        | None = None,
        desired_f_sx_lustre_deletion_policy: ClusterFSxLustreDeletionPolicy
        | ClusterFSxLustreDeletionPolicyLiteral
        | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        current_f_sx_lustre_config: FSxLustreConfig | None = ...,
        desired_f_sx_lustre_config: FSxLustreConfig | None = ...,
        current_f_sx_lustre_deletion_policy: ClusterFSxLustreDeletionPolicy
        | ClusterFSxLustreDeletionPolicyLiteral
        | None = ...,
        desired_f_sx_lustre_deletion_policy: ClusterFSxLustreDeletionPolicy
        | ClusterFSxLustreDeletionPolicyLiteral
        | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ClusterSlurmConfig(Shape):
    """Specifies the Slurm configuration for the instance group."""

    node_type: Final[ClusterSlurmNodeType]
    """The type of Slurm node for the instance group. Valid values are Controller, Worker, and Login.
    Since 2026-02-13.
    """
    partition_names: Final[list[str] | None]
    """The list of Slurm partition names that the instance group belongs to. Since 2026-02-13."""
    def __init__(
        self,
        *,
        node_type: ClusterSlurmNodeType | ClusterSlurmNodeTypeLiteral,
        partition_names: list[str] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        node_type: ClusterSlurmNodeType | ClusterSlurmNodeTypeLiteral = ...,
        partition_names: list[str] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ClusterSlurmConfigDetails(Shape):
    """The Slurm configuration for the instance group."""

    node_type: Final[ClusterSlurmNodeType | None]
    """The type of Slurm node for the instance group. Valid values are Controller, Worker, and Login.
    Since 2026-02-13.
    """
    partition_names: Final[list[str] | None]
    """The list of Slurm partition names that the instance group belongs to. Since 2026-02-13."""
    def __init__(
        self,
        *,
        node_type: ClusterSlurmNodeType | ClusterSlurmNodeTypeLiteral | None = None,
        partition_names: list[str] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        node_type: ClusterSlurmNodeType | ClusterSlurmNodeTypeLiteral | None = ...,
        partition_names: list[str] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ClusterSpotOptions(Shape):
    """Configuration options specific to Spot instances."""

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

class ClusterSummary(Shape):
    """Lists a summary of the properties of a SageMaker HyperPod cluster."""

    cluster_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the SageMaker HyperPod cluster. Since 2023-11-29."""
    cluster_name: Final[str | None]
    """The name of the SageMaker HyperPod cluster. Since 2023-11-29."""
    creation_time: Final[datetime | None]
    """The time when the SageMaker HyperPod cluster is created. Since 2023-11-29."""
    cluster_status: Final[ClusterStatus | None]
    """The status of the SageMaker HyperPod cluster. Since 2023-11-29."""
    training_plan_arns: Final[list[str] | None]
    """A list of Amazon Resource Names (ARNs) of the training plans associated with this cluster. Since
    2024-12-04.
    """
    image_version_status: Final[ClusterImageVersionStatus | None]
    """The aggregate status of the image version across the cluster's instance groups. Since
    2026-06-18.
    """
    def __init__(
        self,
        *,
        cluster_arn: str | None = None,
        cluster_name: str | None = None,
        creation_time: datetime | None = None,
        cluster_status: ClusterStatus | ClusterStatusLiteral | None = None,
        training_plan_arns: list[str] | None = None,
        image_version_status: ClusterImageVersionStatus | ClusterImageVersionStatusLiteral | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        cluster_arn: str | None = ...,
        cluster_name: str | None = ...,
        creation_time: datetime | None = ...,
        cluster_status: ClusterStatus | ClusterStatusLiteral | None = ...,
        training_plan_arns: list[str] | None = ...,
        image_version_status: ClusterImageVersionStatus | ClusterImageVersionStatusLiteral | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ClusterTieredStorageConfig(Shape):
    """The configuration for managed tier checkpointing on the HyperPod cluster. When enabled, this
    feature uses a multi-tier storage approach for storing model checkpoints, providing faster
    checkpoint operations and improved fault tolerance across cluster nodes.
    """

    mode: Final[ClusterConfigMode]
    """Specifies whether managed tier checkpointing is enabled or disabled for the HyperPod cluster.
    When set to Enable, the system installs a memory management daemon that provides disaggregated
    memory as a service for checkpoint storage. When set to Disable, the feature is turned off and
    the memory management daemon is removed from the cluster. Since 2025-09-05.
    """
    instance_memory_allocation_percentage: Final[int | None]
    """The percentage (int) of cluster memory to allocate for checkpointing. Since 2025-09-05."""
    def __init__(
        self,
        *,
        mode: ClusterConfigMode | ClusterConfigModeLiteral,
        instance_memory_allocation_percentage: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        mode: ClusterConfigMode | ClusterConfigModeLiteral = ...,
        instance_memory_allocation_percentage: int | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CodeEditorAppImageConfig(Shape):
    """The CodeEditorAppImageConfig . You can only specify one image kernel in the AppImageConfig API.
    This kernel is shown to users before the image starts. After the image runs, all kernels are
    visible in Code Editor.
    """

    file_system_config: Final[FileSystemConfig | None]
    """The Amazon Elastic File System storage configuration for a SageMaker image. Since 2024-03-29.
    """
    container_config: Final[ContainerConfig | None]
    """The configuration used to run the application image container. Since 2024-03-29."""
    def __init__(
        self,
        *,
        file_system_config: FileSystemConfig | None = None,
        container_config: ContainerConfig | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        file_system_config: FileSystemConfig | None = ...,
        container_config: ContainerConfig | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CodeEditorAppSettings(Shape):
    """The Code Editor application settings."""

    default_resource_spec: Final[ResourceSpec | None]
    """Specifies the ARN's of a SageMaker AI image and SageMaker AI image version, and the instance
    type that the version runs on. Since 2023-11-30.
    """
    custom_images: Final[list[CustomImage] | None]
    """A list of custom SageMaker images that are configured to run as a Code Editor app. Since
    2024-03-29.
    """
    lifecycle_config_arns: Final[list[str] | None]
    """The Amazon Resource Name (ARN) of the Code Editor application lifecycle configuration. Since
    2023-11-30.
    """
    app_lifecycle_management: Final[AppLifecycleManagement | None]
    """Settings that are used to configure and manage the lifecycle of CodeEditor applications. Since
    2024-09-05.
    """
    built_in_lifecycle_config_arn: Final[str | None]
    """The lifecycle configuration that runs before the default lifecycle configuration. It can
    override changes made in the default lifecycle configuration. Since 2024-10-02.
    """
    def __init__(
        self,
        *,
        default_resource_spec: ResourceSpec | None = None,
        custom_images: list[CustomImage] | None = None,
        lifecycle_config_arns: list[str] | None = None,
        app_lifecycle_management: AppLifecycleManagement | None = None,
        built_in_lifecycle_config_arn: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        default_resource_spec: ResourceSpec | None = ...,
        custom_images: list[CustomImage] | None = ...,
        lifecycle_config_arns: list[str] | None = ...,
        app_lifecycle_management: AppLifecycleManagement | None = ...,
        built_in_lifecycle_config_arn: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CodeRepository(Shape):
    """A Git repository that SageMaker AI automatically displays to users for cloning in the
    JupyterServer application.
    """

    repository_url: Final[str]
    """The URL of the Git repository. Since 2022-11-30."""
    def __init__(
        self,
        *,
        repository_url: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        repository_url: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CodeRepositorySummary(Shape):
    """Specifies summary information about a git repository."""

    code_repository_name: Final[str | None]
    """The name of the git repository. Since 2018-11-28."""
    code_repository_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the git repository. Since 2018-11-28."""
    creation_time: Final[datetime | None]
    """The date and time that the git repository was created. Since 2018-11-28."""
    last_modified_time: Final[datetime | None]
    """The date and time that the git repository was last modified. Since 2018-11-28."""
    git_config: Final[GitConfig | None]
    """Configuration details for the git repository, including the URL where it is located and the ARN
    of the AWS Secrets Manager secret that contains the credentials used to access the repository.
    Since 2018-11-28.
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

class CognitoConfig(Shape):
    """Use this parameter to configure an Amazon Cognito private workforce. A single Cognito workforce
    is created using and corresponds to a single Amazon Cognito user pool.
    """

    user_pool: Final[str]
    """A user pool is a user directory in Amazon Cognito. With a user pool, your users can sign in to
    your web or mobile app through Amazon Cognito. Your users can also sign in through social
    identity providers like Google, Facebook, Amazon, or Apple, and through SAML identity providers.
    Since 2020-07-24.
    """
    client_id: Final[str]
    """The client ID for your Amazon Cognito user pool. Since 2020-07-24."""
    def __init__(
        self,
        *,
        user_pool: str,
        client_id: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        user_pool: str = ...,
        client_id: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CognitoMemberDefinition(Shape):
    """The Amazon Cognito user group that is part of the work team."""

    user_pool: Final[str]
    """An identifier for a user pool. The user pool must be in the same region as the service that you
    are calling. Since 2018-11-28.
    """
    user_group: Final[str]
    """An identifier for a user group. Since 2018-11-28."""
    client_id: Final[str]
    """An identifier for an application client. You must create the app client ID using Amazon Cognito.
    Since 2018-11-28.
    """
    def __init__(
        self,
        *,
        user_pool: str,
        user_group: str,
        client_id: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        user_pool: str = ...,
        user_group: str = ...,
        client_id: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CollectionConfig(Shape):
    """Configuration for your collection. A tagged union: at most one attribute is set."""

    vector_config: Final[VectorConfig | None]
    """Configuration for your vector collection type. Since 2023-09-28."""
    def __init__(
        self,
        *,
        vector_config: VectorConfig | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        vector_config: VectorConfig | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CollectionConfiguration(Shape):
    """Configuration information for the Amazon SageMaker Debugger output tensor collections."""

    collection_name: Final[str | None]
    """The name of the tensor collection. The name must be unique relative to other rule configuration
    names. Since 2019-12-04.
    """
    collection_parameters: Final[dict[str, str] | None]
    """Parameter values for the tensor collection. The allowed parameters are "name", "include_regex",
    "reduction_config", "save_config", "tensor_names", and "save_histogram". Since 2019-12-04.
    """
    def __init__(
        self,
        *,
        collection_name: str | None = None,
        collection_parameters: dict[str, str] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        collection_name: str | None = ...,
        collection_parameters: dict[str, str] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CompilationJobSummary(Shape):
    """A summary of a model compilation job."""

    compilation_job_name: Final[str | None]
    """The name of the model compilation job that you want a summary for. Since 2018-11-28."""
    compilation_job_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the model compilation job. Since 2018-11-28."""
    creation_time: Final[datetime | None]
    """The time when the model compilation job was created. Since 2018-11-28."""
    compilation_start_time: Final[datetime | None]
    """The time when the model compilation job started. Since 2018-12-19."""
    compilation_end_time: Final[datetime | None]
    """The time when the model compilation job completed. Since 2018-11-28."""
    compilation_target_device: Final[TargetDevice | None]
    """The type of device that the model will run on after the compilation job has completed. Since
    2018-11-28.
    """
    compilation_target_platform_os: Final[TargetPlatformOs | None]
    """The type of OS that the model will run on after the compilation job has completed. Since
    2020-07-24.
    """
    compilation_target_platform_arch: Final[TargetPlatformArch | None]
    """The type of architecture that the model will run on after the compilation job has completed.
    Since 2020-07-24.
    """
    compilation_target_platform_accelerator: Final[TargetPlatformAccelerator | None]
    """The type of accelerator that the model will run on after the compilation job has completed.
    Since 2020-07-24.
    """
    last_modified_time: Final[datetime | None]
    """The time when the model compilation job was last modified. Since 2018-11-28."""
    compilation_job_status: Final[CompilationJobStatus | None]
    """The status of the model compilation job. Since 2018-11-28."""
    def __init__(
        self,
        *,
        compilation_job_name: str | None = None,
        compilation_job_arn: str | None = None,
        creation_time: datetime | None = None,
        compilation_start_time: datetime | None = None,
        compilation_end_time: datetime | None = None,
        compilation_target_device: TargetDevice | TargetDeviceLiteral | None = None,
        compilation_target_platform_os: TargetPlatformOs | TargetPlatformOsLiteral | None = None,
        compilation_target_platform_arch: TargetPlatformArch | TargetPlatformArchLiteral | None = None,
        compilation_target_platform_accelerator: TargetPlatformAccelerator
        | TargetPlatformAcceleratorLiteral
        | None = None,
        last_modified_time: datetime | None = None,
        compilation_job_status: CompilationJobStatus | CompilationJobStatusLiteral | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        compilation_job_name: str | None = ...,
        compilation_job_arn: str | None = ...,
        creation_time: datetime | None = ...,
        compilation_start_time: datetime | None = ...,
        compilation_end_time: datetime | None = ...,
        compilation_target_device: TargetDevice | TargetDeviceLiteral | None = ...,
        compilation_target_platform_os: TargetPlatformOs | TargetPlatformOsLiteral | None = ...,
        compilation_target_platform_arch: TargetPlatformArch | TargetPlatformArchLiteral | None = ...,
        compilation_target_platform_accelerator: TargetPlatformAccelerator
        | TargetPlatformAcceleratorLiteral
        | None = ...,
        last_modified_time: datetime | None = ...,
        compilation_job_status: CompilationJobStatus | CompilationJobStatusLiteral | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ComputeQuotaConfig(Shape):
    """Configuration of the compute allocation definition. This includes the resource sharing option,
    and the setting to preempt low priority tasks.
    """

    compute_quota_resources: Final[list[ComputeQuotaResourceConfig] | None]
    """Allocate compute resources by instance types. Since 2024-12-04."""
    resource_sharing_config: Final[ResourceSharingConfig | None]
    """Resource sharing configuration. This defines how an entity can lend and borrow idle compute with
    other entities within the cluster. Since 2024-12-04.
    """
    preempt_team_tasks: Final[PreemptTeamTasks | None]
    """Allows workloads from within an entity to preempt same-team workloads. When set to
    LowerPriority, the entity's lower priority tasks are preempted by their own higher priority
    tasks. Since 2024-12-04.
    """
    def __init__(
        self,
        *,
        compute_quota_resources: list[ComputeQuotaResourceConfig] | None = None,
        resource_sharing_config: ResourceSharingConfig | None = None,
        preempt_team_tasks: PreemptTeamTasks | PreemptTeamTasksLiteral | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        compute_quota_resources: list[ComputeQuotaResourceConfig] | None = ...,
        resource_sharing_config: ResourceSharingConfig | None = ...,
        preempt_team_tasks: PreemptTeamTasks | PreemptTeamTasksLiteral | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ComputeQuotaResourceConfig(Shape):
    """Configuration of the resources used for the compute allocation definition."""

    instance_type: Final[ClusterInstanceType]
    """The instance type of the instance group for the cluster. Since 2024-12-04."""
    count: Final[int | None]
    """The number of instances to add to the instance group of a SageMaker HyperPod cluster. Since
    2024-12-04.
    """
    accelerators: Final[int | None]
    """The number of accelerators to allocate. If you don't specify a value for vCPU and MemoryInGiB,
    SageMaker AI automatically allocates ratio-based values for those parameters based on the number
    of accelerators you provide. For example, if you allocate 16 out of 32 total accelerators,
    SageMaker AI uses the ratio of 0.5 and allocates values to vCPU and MemoryInGiB. Since
    2025-08-13.
    """
    v_cpu: Final[float | None]
    """The number of vCPU to allocate. If you specify a value only for vCPU, SageMaker AI automatically
    allocates ratio-based values for MemoryInGiB based on this vCPU parameter. For example, if you
    allocate 20 out of 40 total vCPU, SageMaker AI uses the ratio of 0.5 and allocates values to
    MemoryInGiB. Accelerators are set to 0. Since 2025-08-13.
    """
    memory_in_gi_b: Final[float | None]
    """The amount of memory in GiB to allocate. If you specify a value only for this parameter,
    SageMaker AI automatically allocates a ratio-based value for vCPU based on this memory that you
    provide. For example, if you allocate 200 out of 400 total memory in GiB, SageMaker AI uses the
    ratio of 0.5 and allocates values to vCPU. Accelerators are set to 0. Since 2025-08-13.
    """
    accelerator_partition: Final[AcceleratorPartitionConfig | None]
    """The accelerator partition configuration for fractional GPU allocation. Since 2025-11-20."""
    def __init__(
        self,
        *,
        instance_type: ClusterInstanceType | ClusterInstanceTypeLiteral,
        count: int | None = None,
        accelerators: int | None = None,
        v_cpu: float | None = None,
        memory_in_gi_b: float | None = None,
        accelerator_partition: AcceleratorPartitionConfig | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        instance_type: ClusterInstanceType | ClusterInstanceTypeLiteral = ...,
        count: int | None = ...,
        accelerators: int | None = ...,
        v_cpu: float | None = ...,
        memory_in_gi_b: float | None = ...,
        accelerator_partition: AcceleratorPartitionConfig | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ComputeQuotaSummary(Shape):
    """Summary of the compute allocation definition."""

    compute_quota_arn: Final[str | None]
    """ARN of the compute allocation definition. Since 2024-12-04."""
    compute_quota_id: Final[str | None]
    """ID of the compute allocation definition. Since 2024-12-04."""
    name: Final[str | None]
    """Name of the compute allocation definition. Since 2024-12-04."""
    compute_quota_version: Final[int | None]
    """Version of the compute allocation definition. Since 2024-12-04."""
    status: Final[SchedulerResourceStatus | None]
    """Status of the compute allocation definition. Since 2024-12-04."""
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
    """Creation time of the compute allocation definition. Since 2024-12-04."""
    last_modified_time: Final[datetime | None]
    """Last modified time of the compute allocation definition. Since 2024-12-04."""
    def __init__(
        self,
        *,
        compute_quota_arn: str | None = None,
        compute_quota_id: str | None = None,
        name: str | None = None,
        compute_quota_version: int | None = None,
        status: SchedulerResourceStatus | SchedulerResourceStatusLiteral | None = None,
        cluster_arn: str | None = None,
        compute_quota_config: ComputeQuotaConfig | None = None,
        compute_quota_target: ComputeQuotaTarget | None = None,
        activation_state: ActivationState | ActivationStateLiteral | None = None,
        creation_time: datetime | None = None,
        last_modified_time: datetime | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        compute_quota_arn: str | None = ...,
        compute_quota_id: str | None = ...,
        name: str | None = ...,
        compute_quota_version: int | None = ...,
        status: SchedulerResourceStatus | SchedulerResourceStatusLiteral | None = ...,
        cluster_arn: str | None = ...,
        compute_quota_config: ComputeQuotaConfig | None = ...,
        compute_quota_target: ComputeQuotaTarget | None = ...,
        activation_state: ActivationState | ActivationStateLiteral | None = ...,
        creation_time: datetime | None = ...,
        last_modified_time: datetime | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ComputeQuotaTarget(Shape):
    """The target entity to allocate compute resources to."""

    team_name: Final[str]
    """Name of the team to allocate compute resources to. Since 2024-12-04."""
    fair_share_weight: Final[int | None]
    """Assigned entity fair-share weight. Idle compute will be shared across entities based on these
    assigned weights. This weight is only used when FairShare is enabled. Since 2024-12-04.
    """
    def __init__(
        self,
        *,
        team_name: str,
        fair_share_weight: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        team_name: str = ...,
        fair_share_weight: int | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ConditionStepMetadata(Shape):
    """The outcome of the condition evaluation that was run by this step execution."""

    outcome: Final[ConditionOutcome | None]
    """The outcome of the Condition step evaluation. Since 2020-12-01."""
    def __init__(
        self,
        *,
        outcome: ConditionOutcome | ConditionOutcomeLiteral | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        outcome: ConditionOutcome | ConditionOutcomeLiteral | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ContainerConfig(Shape):
    """The configuration used to run the application image container."""

    container_arguments: Final[list[str] | None]
    """The arguments for the container when you're running the application. Since 2023-11-30."""
    container_entrypoint: Final[list[str] | None]
    """The entrypoint used to run the application in the container. Since 2023-11-30."""
    container_environment_variables: Final[dict[str, str] | None]
    """The environment variables to set in the container Since 2023-11-30."""
    def __init__(
        self,
        *,
        container_arguments: list[str] | None = None,
        container_entrypoint: list[str] | None = None,
        container_environment_variables: dict[str, str] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        container_arguments: list[str] | None = ...,
        container_entrypoint: list[str] | None = ...,
        container_environment_variables: dict[str, str] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ContainerDefinition(Shape):
    """The location of the primary inference code, associated artifacts, and custom environment map
    that the inference code uses when it is deployed in production.
    """

    container_hostname: Final[str | None]
    """This parameter is ignored for models that contain only a PrimaryContainer. Since 2017-11-29.
    """
    image: Final[str | None]
    """The path where inference code is stored. This can be either in Amazon EC2 Container Registry or
    in a Docker registry that is accessible from the same VPC that you configure for your endpoint.
    If you are using your own custom algorithm instead of an algorithm provided by SageMaker, the
    inference code must meet SageMaker requirements. SageMaker supports both
    registry/repository[:tag] and registry/repository[@digest] image path formats. For more
    information, see Using Your Own Algorithms with Amazon SageMaker. Since 2017-11-29.
    """
    image_config: Final[ImageConfig | None]
    """Specifies whether the model container is in Amazon ECR or a private Docker registry accessible
    from your Amazon Virtual Private Cloud (VPC). For information about storing containers in a
    private Docker registry, see Use a Private Docker Registry for Real-Time Inference Containers.
    Since 2020-08-14.
    """
    mode: Final[ContainerMode | None]
    """Whether the container hosts a single model or multiple models. Since 2019-11-18."""
    model_data_url: Final[str | None]
    """The S3 path where the model artifacts, which result from model training, are stored. This path
    must point to a single gzip compressed tar archive (.tar.gz suffix). The S3 path is required for
    SageMaker built-in algorithms, but not if you use your own algorithms. For more information on
    built-in algorithms, see Common Parameters. Since 2017-11-29.
    """
    model_data_source: Final[ModelDataSource | None]
    """Specifies the location of ML model data to deploy. Since 2023-06-21."""
    additional_model_data_sources: Final[list[AdditionalModelDataSource] | None]
    """Data sources that are available to your model in addition to the one that you specify for
    ModelDataSource when you use the CreateModel action. Since 2024-07-09.
    """
    environment: Final[dict[str, str] | None]
    """The environment variables to set in the Docker container. Don't include any sensitive data in
    your environment variables. Since 2017-11-29.
    """
    model_package_name: Final[str | None]
    """The name or Amazon Resource Name (ARN) of the model package to use to create the model. Since
    2018-11-28.
    """
    inference_specification_name: Final[str | None]
    """The inference specification name in the model package version. Since 2021-12-01."""
    multi_model_config: Final[MultiModelConfig | None]
    """Specifies additional configuration for multi-model endpoints. Since 2021-01-14."""
    container_metrics_config: Final[ContainerMetricsConfig | None]
    """The configuration for container metrics scraping. Specifies the metrics endpoint path and
    publishing frequency. If not specified when EnableDetailedObservability is True, the default
    path /metrics on port 8080 is used. For first-party and Deep Learning Containers (DLC), the
    endpoint path is determined automatically and this configuration is optional. Since 2026-06-16.
    """
    def __init__(
        self,
        *,
        container_hostname: str | None = None,
        image: str | None = None,
        image_config: ImageConfig | None = None,
        mode: ContainerMode | ContainerModeLiteral | None = None,
        model_data_url: str | None = None,
        model_data_source: ModelDataSource | None = None,
        additional_model_data_sources: list[AdditionalModelDataSource] | None = None,
        environment: dict[str, str] | None = None,
        model_package_name: str | None = None,
        inference_specification_name: str | None = None,
        multi_model_config: MultiModelConfig | None = None,
        container_metrics_config: ContainerMetricsConfig | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        container_hostname: str | None = ...,
        image: str | None = ...,
        image_config: ImageConfig | None = ...,
        mode: ContainerMode | ContainerModeLiteral | None = ...,
        model_data_url: str | None = ...,
        model_data_source: ModelDataSource | None = ...,
        additional_model_data_sources: list[AdditionalModelDataSource] | None = ...,
        environment: dict[str, str] | None = ...,
        model_package_name: str | None = ...,
        inference_specification_name: str | None = ...,
        multi_model_config: MultiModelConfig | None = ...,
        container_metrics_config: ContainerMetricsConfig | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ContainerMetricsConfig(Shape):
    """The configuration for container metrics scraping. Specifies the metrics endpoint path and
    publishing frequency for the inference component's container. If not specified when
    EnableDetailedObservability is True, the default path /metrics on port 8080 is used. For
    first-party and Deep Learning Containers (DLC), the endpoint path is determined automatically
    and this configuration is optional.
    """

    metrics_endpoints: Final[list[MetricsEndpoint] | None]
    """A list of metrics endpoints to scrape from the container. Each endpoint specifies the path where
    the container exposes Prometheus-formatted metrics and the frequency at which to publish them.
    You can specify a maximum of 1 endpoint. Since 2026-06-16.
    """
    def __init__(
        self,
        *,
        metrics_endpoints: list[MetricsEndpoint] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        metrics_endpoints: list[MetricsEndpoint] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ContextSource(Shape):
    """The source of the context."""

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

class ContextSummary(Shape):
    """Lists a summary of the properties of a context. A context provides a logical grouping of other
    entities.
    """

    context_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the context. Since 2020-12-01."""
    context_name: Final[str | None]
    """The name of the context. Since 2020-12-01."""
    source: Final[ContextSource | None]
    """The source of the context. Since 2020-12-01."""
    context_type: Final[str | None]
    """The type of the context. Since 2020-12-01."""
    creation_time: Final[datetime | None]
    """When the context was created. Since 2020-12-01."""
    last_modified_time: Final[datetime | None]
    """When the context was last modified. Since 2020-12-01."""
    def __init__(
        self,
        *,
        context_arn: str | None = None,
        context_name: str | None = None,
        source: ContextSource | None = None,
        context_type: str | None = None,
        creation_time: datetime | None = None,
        last_modified_time: datetime | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        context_arn: str | None = ...,
        context_name: str | None = ...,
        source: ContextSource | None = ...,
        context_type: str | None = ...,
        creation_time: datetime | None = ...,
        last_modified_time: datetime | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class ContinuousParameterRange(Shape):
    """A list of continuous hyperparameters to tune."""

    name: Final[str]
    """The name of the continuous hyperparameter to tune. Since 2018-06-04."""
    min_value: Final[str]
    """The minimum value for the hyperparameter. The tuning job uses floating-point values between this
    value and ``MaxValue``for tuning. Since 2018-06-04.
    """
    max_value: Final[str]
    """The maximum value for the hyperparameter. The tuning job uses floating-point values between
    MinValue value and this value for tuning. Since 2018-06-04.
    """
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

class ContinuousParameterRangeSpecification(Shape):
    """A ContinuousParameterRangeSpecification object that defines the possible values for a continuous
    hyperparameter.
    """

    min_value: Final[str]
    """The minimum floating-point value allowed. Since 2018-11-28."""
    max_value: Final[str]
    """The maximum floating-point value allowed. Since 2018-11-28."""
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

class ConvergenceDetected(Shape):
    """A flag to top your hyperparameter tuning job if automatic model tuning (AMT) has detected that
    your model has converged as evaluated against your objective function.
    """

    complete_on_convergence: Final[CompleteOnConvergence | None]
    """A flag to stop a tuning job once AMT has detected that the job has converged. Since 2023-01-31.
    """
    def __init__(
        self,
        *,
        complete_on_convergence: CompleteOnConvergence | CompleteOnConvergenceLiteral | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        complete_on_convergence: CompleteOnConvergence | CompleteOnConvergenceLiteral | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CreateAIBenchmarkJobRequest(Shape):
    """No description on the pages."""

    ai_benchmark_job_name: Final[str]
    """The name of the AI benchmark job. The name must be unique within your Amazon Web Services
    account in the current Amazon Web Services Region. Since 2026-04-21.
    """
    benchmark_target: Final[AIBenchmarkTarget]
    """The target endpoint to benchmark. Specify a SageMaker endpoint by providing its name or Amazon
    Resource Name (ARN). Since 2026-04-21.
    """
    output_config: Final[AIBenchmarkOutputConfig]
    """The output configuration for the benchmark job, including the Amazon S3 location where benchmark
    results are stored. Since 2026-04-21.
    """
    ai_workload_config_identifier: Final[str]
    """The name or Amazon Resource Name (ARN) of the AI workload configuration to use for this
    benchmark job. Since 2026-04-21.
    """
    role_arn: Final[str]
    """The Amazon Resource Name (ARN) of an IAM role that enables Amazon SageMaker AI to perform tasks
    on your behalf. Since 2026-04-21.
    """
    network_config: Final[AIBenchmarkNetworkConfig | None]
    """The network configuration for the benchmark job, including VPC settings. Since 2026-04-21."""
    tags: Final[list[Tag] | None]
    """The metadata that you apply to Amazon Web Services resources to help you categorize and organize
    them. Each tag consists of a key and a value, both of which you define. Since 2026-04-21.
    """
    def __init__(
        self,
        *,
        ai_benchmark_job_name: str,
        benchmark_target: AIBenchmarkTarget,
        output_config: AIBenchmarkOutputConfig,
        ai_workload_config_identifier: str,
        role_arn: str,
        network_config: AIBenchmarkNetworkConfig | None = None,
        tags: list[Tag] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        ai_benchmark_job_name: str = ...,
        benchmark_target: AIBenchmarkTarget = ...,
        output_config: AIBenchmarkOutputConfig = ...,
        ai_workload_config_identifier: str = ...,
        role_arn: str = ...,
        network_config: AIBenchmarkNetworkConfig | None = ...,
        tags: list[Tag] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CreateAIBenchmarkJobResponse(OutputShape):
    """The result of ``create_ai_benchmark_job`` (CreateAIBenchmarkJob)."""

    ai_benchmark_job_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the created benchmark job. Since 2026-04-21."""
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

class CreateAIRecommendationJobRequest(Shape):
    """No description on the pages."""

    ai_recommendation_job_name: Final[str]
    """The name of the AI recommendation job. The name must be unique within your Amazon Web Services
    account in the current Amazon Web Services Region. Since 2026-04-21.
    """
    model_source: Final[AIModelSource]
    """The source of the model to optimize. Specify the Amazon S3 location of the model artifacts.
    Since 2026-04-21.
    """
    output_config: Final[AIRecommendationOutputConfig]
    """The output configuration for the recommendation job, including the Amazon S3 location for
    results and an optional model package group where the optimized model is registered. Since
    2026-04-21.
    """
    ai_workload_config_identifier: Final[str]
    """The name or Amazon Resource Name (ARN) of the AI workload configuration to use for this
    recommendation job. Since 2026-04-21.
    """
    performance_target: Final[AIRecommendationPerformanceTarget]
    """The performance targets for the recommendation job. Specify constraints on metrics such as time
    to first token ( ttft-ms), throughput, or cost. Since 2026-04-21.
    """
    role_arn: Final[str]
    """The Amazon Resource Name (ARN) of an IAM role that enables Amazon SageMaker AI to perform tasks
    on your behalf. Since 2026-04-21.
    """
    inference_specification: Final[AIRecommendationInferenceSpecification | None]
    """The inference framework configuration. Specify the framework (such as LMI or vLLM) for the
    recommendation job. Since 2026-04-21.
    """
    optimize_model: Final[bool | None]
    """Whether to allow model optimization techniques such as quantization, speculative decoding, and
    kernel tuning. The default is true. Since 2026-04-21.
    """
    compute_spec: Final[AIRecommendationComputeSpec | None]
    """The compute resource specification for the recommendation job. You can specify up to 3 instance
    types to consider, and optionally provide capacity reservation configuration. Since 2026-04-21.
    """
    adapter_source: Final[AIAdapterSource | None]
    """The LoRA adapter source for the recommendation job. Specify either a list of model package ARNs
    or Amazon S3 URIs for your LoRA adapters. When this parameter is absent, the recommendation job
    runs without LoRA adapter support. Since 2026-07-27.
    """
    tags: Final[list[Tag] | None]
    """The metadata that you apply to Amazon Web Services resources to help you categorize and organize
    them. Since 2026-04-21.
    """
    def __init__(
        self,
        *,
        ai_recommendation_job_name: str,
        model_source: AIModelSource,
        output_config: AIRecommendationOutputConfig,
        ai_workload_config_identifier: str,
        performance_target: AIRecommendationPerformanceTarget,
        role_arn: str,
        inference_specification: AIRecommendationInferenceSpecification | None = None,
        optimize_model: bool | None = None,
        compute_spec: AIRecommendationComputeSpec | None = None,
        adapter_source: AIAdapterSource | None = None,
        tags: list[Tag] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        ai_recommendation_job_name: str = ...,
        model_source: AIModelSource = ...,
        output_config: AIRecommendationOutputConfig = ...,
        ai_workload_config_identifier: str = ...,
        performance_target: AIRecommendationPerformanceTarget = ...,
        role_arn: str = ...,
        inference_specification: AIRecommendationInferenceSpecification | None = ...,
        optimize_model: bool | None = ...,
        compute_spec: AIRecommendationComputeSpec | None = ...,
        adapter_source: AIAdapterSource | None = ...,
        tags: list[Tag] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CreateAIRecommendationJobResponse(OutputShape):
    """The result of ``create_ai_recommendation_job`` (CreateAIRecommendationJob)."""

    ai_recommendation_job_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the created recommendation job. Since 2026-04-21."""
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

class CreateAIWorkloadConfigRequest(Shape):
    """No description on the pages."""

    ai_workload_config_name: Final[str]
    """The name of the AI workload configuration. The name must be unique within your Amazon Web
    Services account in the current Amazon Web Services Region. Since 2026-04-21.
    """
    dataset_config: Final[AIDatasetConfig | None]
    """The dataset configuration for the workload. Specify input data channels with their data sources
    for benchmark workloads. Since 2026-04-21.
    """
    ai_workload_configs: Final[AIWorkloadConfigs | None]
    """The benchmark tool configuration and workload specification. Provide the specification as an
    inline YAML or JSON string. Since 2026-04-21.
    """
    tags: Final[list[Tag] | None]
    """The metadata that you apply to Amazon Web Services resources to help you categorize and organize
    them. Each tag consists of a key and a value, both of which you define. For more information,
    see Tagging Amazon Web Services Resources in the Amazon Web Services General Reference. Since
    2026-04-21.
    """
    def __init__(
        self,
        *,
        ai_workload_config_name: str,
        dataset_config: AIDatasetConfig | None = None,
        ai_workload_configs: AIWorkloadConfigs | None = None,
        tags: list[Tag] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        ai_workload_config_name: str = ...,
        dataset_config: AIDatasetConfig | None = ...,
        ai_workload_configs: AIWorkloadConfigs | None = ...,
        tags: list[Tag] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CreateAIWorkloadConfigResponse(OutputShape):
    """The result of ``create_ai_workload_config`` (CreateAIWorkloadConfig)."""

    ai_workload_config_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the created AI workload configuration. Since 2026-04-21."""
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

class CreateActionRequest(Shape):
    """No description on the pages."""

    action_name: Final[str]
    """The name of the action. Must be unique to your account in an AWS Region. Since 2020-12-01."""
    source: Final[ActionSource]
    """The source type, ID, and URI. Since 2020-12-01."""
    action_type: Final[str]
    """The action type. Since 2020-12-01."""
    description: Final[str | None]
    """The description of the action. Since 2020-12-01."""
    status: Final[ActionStatus | None]
    """The status of the action. Since 2020-12-01."""
    properties: Final[dict[str, str] | None]
    """A list of properties to add to the action. Since 2020-12-01."""
    metadata_properties: Final[MetadataProperties | None]
    """Metadata properties of the tracking entity, trial, or trial component. Since 2020-12-01."""
    tags: Final[list[Tag] | None]
    """A list of tags to apply to the action. Since 2020-12-01."""
    def __init__(
        self,
        *,
        action_name: str,
        source: ActionSource,
        action_type: str,
        description: str | None = None,
        status: ActionStatus | ActionStatusLiteral | None = None,
        properties: dict[str, str] | None = None,
        metadata_properties: MetadataProperties | None = None,
        tags: list[Tag] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        action_name: str = ...,
        source: ActionSource = ...,
        action_type: str = ...,
        description: str | None = ...,
        status: ActionStatus | ActionStatusLiteral | None = ...,
        properties: dict[str, str] | None = ...,
        metadata_properties: MetadataProperties | None = ...,
        tags: list[Tag] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CreateActionResponse(OutputShape):
    """The result of ``create_action`` (CreateAction)."""

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

class CreateAlgorithmInput(Shape):
    """No description on the pages."""

    algorithm_name: Final[str]
    """The name of the algorithm. Since 2018-11-28."""
    algorithm_description: Final[str | None]
    """A description of the algorithm. Since 2018-11-28."""
    training_specification: Final[TrainingSpecification]
    """Specifies details about training jobs run by this algorithm, including the following: Since
    2018-11-28.
    """
    inference_specification: Final[InferenceSpecification | None]
    """Specifies details about inference jobs that the algorithm runs, including the following: Since
    2018-11-28.
    """
    validation_specification: Final[AlgorithmValidationSpecification | None]
    """Specifies configurations for one or more training jobs and that SageMaker runs to test the
    algorithm's training code and, optionally, one or more batch transform jobs that SageMaker runs
    to test the algorithm's inference code. Since 2018-11-28.
    """
    certify_for_marketplace: Final[bool | None]
    """Whether to certify the algorithm so that it can be listed in Amazon Web Services Marketplace.
    Since 2018-11-28.
    """
    tags: Final[list[Tag] | None]
    """An array of key-value pairs. You can use tags to categorize your Amazon Web Services resources
    in different ways, for example, by purpose, owner, or environment. For more information, see
    Tagging Amazon Web Services Resources. Since 2020-12-01.
    """
    def __init__(
        self,
        *,
        algorithm_name: str,
        training_specification: TrainingSpecification,
        algorithm_description: str | None = None,
        inference_specification: InferenceSpecification | None = None,
        validation_specification: AlgorithmValidationSpecification | None = None,
        certify_for_marketplace: bool | None = None,
        tags: list[Tag] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        algorithm_name: str = ...,
        algorithm_description: str | None = ...,
        training_specification: TrainingSpecification = ...,
        inference_specification: InferenceSpecification | None = ...,
        validation_specification: AlgorithmValidationSpecification | None = ...,
        certify_for_marketplace: bool | None = ...,
        tags: list[Tag] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CreateAlgorithmOutput(OutputShape):
    """The result of ``create_algorithm`` (CreateAlgorithm)."""

    algorithm_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the new algorithm. Since 2018-11-28."""
    def __init__(
        self,
        *,
        algorithm_arn: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        algorithm_arn: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CreateAppImageConfigRequest(Shape):
    """No description on the pages."""

    app_image_config_name: Final[str]
    """The name of the AppImageConfig. Must be unique to your account. Since 2020-10-26."""
    tags: Final[list[Tag] | None]
    """A list of tags to apply to the AppImageConfig. Since 2020-10-26."""
    kernel_gateway_image_config: Final[KernelGatewayImageConfig | None]
    """The KernelGatewayImageConfig. You can only specify one image kernel in the AppImageConfig API.
    This kernel will be shown to users before the image starts. Once the image runs, all kernels are
    visible in JupyterLab. Since 2020-10-26.
    """
    jupyter_lab_app_image_config: Final[JupyterLabAppImageConfig | None]
    """The JupyterLabAppImageConfig . You can only specify one image kernel in the AppImageConfig API.
    This kernel is shown to users before the image starts. After the image runs, all kernels are
    visible in JupyterLab. Since 2023-11-30.
    """
    code_editor_app_image_config: Final[CodeEditorAppImageConfig | None]
    """The CodeEditorAppImageConfig . You can only specify one image kernel in the AppImageConfig API.
    This kernel is shown to users before the image starts. After the image runs, all kernels are
    visible in Code Editor. Since 2024-03-29.
    """
    def __init__(
        self,
        *,
        app_image_config_name: str,
        tags: list[Tag] | None = None,
        kernel_gateway_image_config: KernelGatewayImageConfig | None = None,
        jupyter_lab_app_image_config: JupyterLabAppImageConfig | None = None,
        code_editor_app_image_config: CodeEditorAppImageConfig | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        app_image_config_name: str = ...,
        tags: list[Tag] | None = ...,
        kernel_gateway_image_config: KernelGatewayImageConfig | None = ...,
        jupyter_lab_app_image_config: JupyterLabAppImageConfig | None = ...,
        code_editor_app_image_config: CodeEditorAppImageConfig | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CreateAppImageConfigResponse(OutputShape):
    """The result of ``create_app_image_config`` (CreateAppImageConfig)."""

    app_image_config_arn: Final[str | None]
    """The ARN of the AppImageConfig. Since 2020-10-26."""
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

class CreateAppRequest(Shape):
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
    tags: Final[list[Tag] | None]
    """Each tag consists of a key and an optional value. Tag keys must be unique per resource. Since
    2019-12-04.
    """
    resource_spec: Final[ResourceSpec | None]
    """The instance type and the Amazon Resource Name (ARN) of the SageMaker AI image created on the
    instance. Since 2019-12-04.
    """
    recovery_mode: Final[bool | None]
    """Indicates whether the application is launched in recovery mode. Since 2025-03-27."""
    def __init__(
        self,
        *,
        domain_id: str,
        app_type: AppType | AppTypeLiteral,
        app_name: str,
        user_profile_name: str | None = None,
        space_name: str | None = None,
        tags: list[Tag] | None = None,
        resource_spec: ResourceSpec | None = None,
        recovery_mode: bool | None = None,
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
        tags: list[Tag] | None = ...,
        resource_spec: ResourceSpec | None = ...,
        recovery_mode: bool | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CreateAppResponse(OutputShape):
    """The result of ``create_app`` (CreateApp)."""

    app_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the app. Since 2019-12-04."""
    def __init__(
        self,
        *,
        app_arn: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        app_arn: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CreateArtifactRequest(Shape):
    """No description on the pages."""

    artifact_name: Final[str | None]
    """The name of the artifact. Must be unique to your account in an AWS Region. Since 2020-12-01.
    """
    source: Final[ArtifactSource]
    """The ID, ID type, and URI of the source. Since 2020-12-01."""
    artifact_type: Final[str]
    """The artifact type. Since 2020-12-01."""
    properties: Final[dict[str, str] | None]
    """A list of properties to add to the artifact. Since 2020-12-01."""
    metadata_properties: Final[MetadataProperties | None]
    """Metadata properties of the tracking entity, trial, or trial component. Since 2020-12-01."""
    tags: Final[list[Tag] | None]
    """A list of tags to apply to the artifact. Since 2020-12-01."""
    def __init__(
        self,
        *,
        source: ArtifactSource,
        artifact_type: str,
        artifact_name: str | None = None,
        properties: dict[str, str] | None = None,
        metadata_properties: MetadataProperties | None = None,
        tags: list[Tag] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        artifact_name: str | None = ...,
        source: ArtifactSource = ...,
        artifact_type: str = ...,
        properties: dict[str, str] | None = ...,
        metadata_properties: MetadataProperties | None = ...,
        tags: list[Tag] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CreateArtifactResponse(OutputShape):
    """The result of ``create_artifact`` (CreateArtifact)."""

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

class CreateAutoMLJobRequest(Shape):
    """No description on the pages."""

    auto_ml_job_name: Final[str]
    """Identifies an Autopilot job. The name must be unique to your account and is case insensitive.
    Since 2019-12-04.
    """
    input_data_config: Final[list[AutoMLChannel]]
    """An array of channel objects that describes the input data and its location. Each channel is a
    named input source. Similar to InputDataConfig supported by HyperParameterTrainingJobDefinition.
    Format(s) supported: CSV, Parquet. A minimum of 500 rows is required for the training dataset.
    There is not a minimum number of rows required for the validation dataset. Since 2019-12-04.
    """
    output_data_config: Final[AutoMLOutputDataConfig]
    """Provides information about encryption and the Amazon S3 output path needed to store artifacts
    from an AutoML job. Format(s) supported: CSV. Since 2019-12-04.
    """
    problem_type: Final[ProblemType | None]
    """Defines the type of supervised learning problem available for the candidates. For more
    information, see SageMaker Autopilot problem types. Since 2019-12-04.
    """
    auto_ml_job_objective: Final[AutoMLJobObjective | None]
    """Specifies a metric to minimize or maximize as the objective of a job. If not specified, the
    default objective metric depends on the problem type. See AutoMLJobObjective for the default
    values. Since 2019-12-04.
    """
    auto_ml_job_config: Final[AutoMLJobConfig | None]
    """A collection of settings used to configure an AutoML job. Since 2019-12-04."""
    role_arn: Final[str]
    """The ARN of the role that is used to access the data. Since 2019-12-04."""
    generate_candidate_definitions_only: Final[bool | None]
    """Generates possible candidates without training the models. A candidate is a combination of data
    preprocessors, algorithms, and algorithm parameter settings. Since 2019-12-04.
    """
    tags: Final[list[Tag] | None]
    """An array of key-value pairs. You can use tags to categorize your Amazon Web Services resources
    in different ways, for example, by purpose, owner, or environment. For more information, see
    Tagging Amazon Web ServicesResources. Tag keys must be unique per resource. Since 2019-12-04.
    """
    model_deploy_config: Final[ModelDeployConfig | None]
    """Specifies how to generate the endpoint name for an automatic one-click Autopilot model
    deployment. Since 2021-05-05.
    """
    def __init__(
        self,
        *,
        auto_ml_job_name: str,
        input_data_config: list[AutoMLChannel],
        output_data_config: AutoMLOutputDataConfig,
        role_arn: str,
        problem_type: ProblemType | ProblemTypeLiteral | None = None,
        auto_ml_job_objective: AutoMLJobObjective | None = None,
        auto_ml_job_config: AutoMLJobConfig | None = None,
        generate_candidate_definitions_only: bool | None = None,
        tags: list[Tag] | None = None,
        model_deploy_config: ModelDeployConfig | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        auto_ml_job_name: str = ...,
        input_data_config: list[AutoMLChannel] = ...,
        output_data_config: AutoMLOutputDataConfig = ...,
        problem_type: ProblemType | ProblemTypeLiteral | None = ...,
        auto_ml_job_objective: AutoMLJobObjective | None = ...,
        auto_ml_job_config: AutoMLJobConfig | None = ...,
        role_arn: str = ...,
        generate_candidate_definitions_only: bool | None = ...,
        tags: list[Tag] | None = ...,
        model_deploy_config: ModelDeployConfig | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CreateAutoMLJobResponse(OutputShape):
    """The result of ``create_auto_ml_job`` (CreateAutoMLJob)."""

    auto_ml_job_arn: Final[str | None]
    """The unique ARN assigned to the AutoML job when it is created. Since 2019-12-04."""
    def __init__(
        self,
        *,
        auto_ml_job_arn: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        auto_ml_job_arn: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CreateAutoMLJobV2Request(Shape):
    """No description on the pages."""

    auto_ml_job_name: Final[str]
    """Identifies an Autopilot job. The name must be unique to your account and is case insensitive.
    Since 2023-03-23.
    """
    auto_ml_job_input_data_config: Final[list[AutoMLJobChannel]]
    """An array of channel objects describing the input data and their location. Each channel is a
    named input source. Similar to the InputDataConfig attribute in the CreateAutoMLJob input
    parameters. The supported formats depend on the problem type: Since 2023-03-23.
    """
    output_data_config: Final[AutoMLOutputDataConfig]
    """Provides information about encryption and the Amazon S3 output path needed to store artifacts
    from an AutoML job. Since 2023-03-23.
    """
    auto_ml_problem_type_config: Final[AutoMLProblemTypeConfig]
    """Defines the configuration settings of one of the supported problem types. Since 2023-03-23.
    """
    role_arn: Final[str]
    """The ARN of the role that is used to access the data. Since 2023-03-23."""
    tags: Final[list[Tag] | None]
    """An array of key-value pairs. You can use tags to categorize your Amazon Web Services resources
    in different ways, such as by purpose, owner, or environment. For more information, see Tagging
    Amazon Web ServicesResources. Tag keys must be unique per resource. Since 2023-03-23.
    """
    security_config: Final[AutoMLSecurityConfig | None]
    """The security configuration for traffic encryption or Amazon VPC settings. Since 2023-03-23.
    """
    auto_ml_job_objective: Final[AutoMLJobObjective | None]
    """Specifies a metric to minimize or maximize as the objective of a job. If not specified, the
    default objective metric depends on the problem type. For the list of default values per problem
    type, see AutoMLJobObjective. Since 2023-03-23.
    """
    model_deploy_config: Final[ModelDeployConfig | None]
    """Specifies how to generate the endpoint name for an automatic one-click Autopilot model
    deployment. Since 2023-03-23.
    """
    data_split_config: Final[AutoMLDataSplitConfig | None]
    """This structure specifies how to split the data into train and validation datasets. Since
    2023-03-23.
    """
    auto_ml_compute_config: Final[AutoMLComputeConfig | None]
    """Specifies the compute configuration for the AutoML job V2. Since 2024-08-12."""
    def __init__(
        self,
        *,
        auto_ml_job_name: str,
        auto_ml_job_input_data_config: list[AutoMLJobChannel],
        output_data_config: AutoMLOutputDataConfig,
        auto_ml_problem_type_config: AutoMLProblemTypeConfig,
        role_arn: str,
        tags: list[Tag] | None = None,
        security_config: AutoMLSecurityConfig | None = None,
        auto_ml_job_objective: AutoMLJobObjective | None = None,
        model_deploy_config: ModelDeployConfig | None = None,
        data_split_config: AutoMLDataSplitConfig | None = None,
        auto_ml_compute_config: AutoMLComputeConfig | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        auto_ml_job_name: str = ...,
        auto_ml_job_input_data_config: list[AutoMLJobChannel] = ...,
        output_data_config: AutoMLOutputDataConfig = ...,
        auto_ml_problem_type_config: AutoMLProblemTypeConfig = ...,
        role_arn: str = ...,
        tags: list[Tag] | None = ...,
        security_config: AutoMLSecurityConfig | None = ...,
        auto_ml_job_objective: AutoMLJobObjective | None = ...,
        model_deploy_config: ModelDeployConfig | None = ...,
        data_split_config: AutoMLDataSplitConfig | None = ...,
        auto_ml_compute_config: AutoMLComputeConfig | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CreateAutoMLJobV2Response(OutputShape):
    """The result of ``create_auto_ml_job_v2`` (CreateAutoMLJobV2)."""

    auto_ml_job_arn: Final[str | None]
    """The unique ARN assigned to the AutoMLJob when it is created. Since 2023-03-23."""
    def __init__(
        self,
        *,
        auto_ml_job_arn: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        auto_ml_job_arn: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CreateClusterRequest(Shape):
    """No description on the pages."""

    cluster_name: Final[str]
    """The name for the new SageMaker HyperPod cluster. Since 2023-11-29."""
    instance_groups: Final[list[ClusterInstanceGroupSpecification] | None]
    """The instance groups to be created in the SageMaker HyperPod cluster. Since 2023-11-29."""
    restricted_instance_groups: Final[list[ClusterRestrictedInstanceGroupSpecification] | None]
    """The specialized instance groups for training models like Amazon Nova to be created in the
    SageMaker HyperPod cluster. Since 2025-07-15.
    """
    restricted_instance_groups_config: Final[ClusterRestrictedInstanceGroupsConfig | None]
    """The configuration for the restricted instance groups (RIG) in the SageMaker HyperPod cluster.
    Since 2026-05-27.
    """
    vpc_config: Final[VpcConfig | None]
    """Specifies the Amazon Virtual Private Cloud (VPC) that is associated with the Amazon SageMaker
    HyperPod cluster. You can control access to and from your resources by configuring your VPC. For
    more information, see Give SageMaker access to resources in your Amazon VPC. Since 2023-11-29.
    """
    tags: Final[list[Tag] | None]
    """Custom tags for managing the SageMaker HyperPod cluster as an Amazon Web Services resource. You
    can add tags to your cluster in the same way you add them in other Amazon Web Services services
    that support tagging. To learn more about tagging Amazon Web Services resources in general, see
    Tagging Amazon Web Services Resources User Guide. Since 2023-11-29.
    """
    orchestrator: Final[ClusterOrchestrator | None]
    """The type of orchestrator to use for the SageMaker HyperPod cluster. Currently, supported values
    are "Eks" and "Slurm", which is to use an Amazon Elastic Kubernetes Service or Slurm cluster as
    the orchestrator. Since 2024-09-09.
    """
    node_recovery: Final[ClusterNodeRecovery | None]
    """The node recovery mode for the SageMaker HyperPod cluster. When set to Automatic, SageMaker
    HyperPod will automatically reboot or replace faulty nodes when issues are detected. When set to
    None, cluster administrators will need to manually manage any faulty cluster instances. Since
    2024-09-09.
    """
    tiered_storage_config: Final[ClusterTieredStorageConfig | None]
    """The configuration for managed tier checkpointing on the HyperPod cluster. When enabled, this
    feature uses a multi-tier storage approach for storing model checkpoints, providing faster
    checkpoint operations and improved fault tolerance across cluster nodes. Since 2025-09-05.
    """
    node_provisioning_mode: Final[ClusterNodeProvisioningMode | None]
    """The mode for provisioning nodes in the cluster. You can specify the following modes: Since
    2025-08-05.
    """
    cluster_role: Final[str | None]
    """The Amazon Resource Name (ARN) of the IAM role that HyperPod assumes to perform cluster
    autoscaling operations. This role must have permissions for sagemaker:BatchAddClusterNodes and
    sagemaker:BatchDeleteClusterNodes. This is only required when autoscaling is enabled and when
    HyperPod is performing autoscaling operations. Since 2025-08-27.
    """
    auto_scaling: Final[ClusterAutoScalingConfig | None]
    """The autoscaling configuration for the cluster. Enables automatic scaling of cluster nodes based
    on workload demand using a Karpenter-based system. Since 2025-08-27.
    """
    def __init__(
        self,
        *,
        cluster_name: str,
        instance_groups: list[ClusterInstanceGroupSpecification] | None = None,
        restricted_instance_groups: list[ClusterRestrictedInstanceGroupSpecification] | None = None,
        restricted_instance_groups_config: ClusterRestrictedInstanceGroupsConfig | None = None,
        vpc_config: VpcConfig | None = None,
        tags: list[Tag] | None = None,
        orchestrator: ClusterOrchestrator | None = None,
        node_recovery: ClusterNodeRecovery | ClusterNodeRecoveryLiteral | None = None,
        tiered_storage_config: ClusterTieredStorageConfig | None = None,
        node_provisioning_mode: ClusterNodeProvisioningMode | ClusterNodeProvisioningModeLiteral | None = None,
        cluster_role: str | None = None,
        auto_scaling: ClusterAutoScalingConfig | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        cluster_name: str = ...,
        instance_groups: list[ClusterInstanceGroupSpecification] | None = ...,
        restricted_instance_groups: list[ClusterRestrictedInstanceGroupSpecification] | None = ...,
        restricted_instance_groups_config: ClusterRestrictedInstanceGroupsConfig | None = ...,
        vpc_config: VpcConfig | None = ...,
        tags: list[Tag] | None = ...,
        orchestrator: ClusterOrchestrator | None = ...,
        node_recovery: ClusterNodeRecovery | ClusterNodeRecoveryLiteral | None = ...,
        tiered_storage_config: ClusterTieredStorageConfig | None = ...,
        node_provisioning_mode: ClusterNodeProvisioningMode | ClusterNodeProvisioningModeLiteral | None = ...,
        cluster_role: str | None = ...,
        auto_scaling: ClusterAutoScalingConfig | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CreateClusterResponse(OutputShape):
    """The result of ``create_cluster`` (CreateCluster)."""

    cluster_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the cluster. Since 2023-11-29."""
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

class CreateClusterSchedulerConfigRequest(Shape):
    """No description on the pages."""

    name: Final[str]
    """Name for the cluster policy. Since 2024-12-04."""
    cluster_arn: Final[str]
    """ARN of the cluster. Since 2024-12-04."""
    scheduler_config: Final[SchedulerConfig]
    """Configuration about the monitoring schedule. Since 2024-12-04."""
    description: Final[str | None]
    """Description of the cluster policy. Since 2024-12-04."""
    tags: Final[list[Tag] | None]
    """Tags of the cluster policy. Since 2024-12-04."""
    def __init__(
        self,
        *,
        name: str,
        cluster_arn: str,
        scheduler_config: SchedulerConfig,
        description: str | None = None,
        tags: list[Tag] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        name: str = ...,
        cluster_arn: str = ...,
        scheduler_config: SchedulerConfig = ...,
        description: str | None = ...,
        tags: list[Tag] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CreateClusterSchedulerConfigResponse(OutputShape):
    """The result of ``create_cluster_scheduler_config`` (CreateClusterSchedulerConfig)."""

    cluster_scheduler_config_arn: Final[str | None]
    """ARN of the cluster policy. Since 2024-12-04."""
    cluster_scheduler_config_id: Final[str | None]
    """ID of the cluster policy. Since 2024-12-04."""
    def __init__(
        self,
        *,
        cluster_scheduler_config_arn: str | None = None,
        cluster_scheduler_config_id: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        cluster_scheduler_config_arn: str | None = ...,
        cluster_scheduler_config_id: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CreateCodeRepositoryInput(Shape):
    """No description on the pages."""

    code_repository_name: Final[str]
    """The name of the Git repository. The name must have 1 to 63 characters. Valid characters are a-z,
    A-Z, 0-9, and - (hyphen). Since 2018-11-28.
    """
    git_config: Final[GitConfig]
    """Specifies details about the repository, including the URL where the repository is located, the
    default branch, and credentials to use to access the repository. Since 2018-11-28.
    """
    tags: Final[list[Tag] | None]
    """An array of key-value pairs. You can use tags to categorize your AWS resources in different
    ways, for example, by purpose, owner, or environment. For more information, see Tagging AWS
    Resources. Since 2020-12-01.
    """
    def __init__(
        self,
        *,
        code_repository_name: str,
        git_config: GitConfig,
        tags: list[Tag] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        code_repository_name: str = ...,
        git_config: GitConfig = ...,
        tags: list[Tag] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CreateCodeRepositoryOutput(OutputShape):
    """The result of ``create_code_repository`` (CreateCodeRepository)."""

    code_repository_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the new repository. Since 2018-11-28."""
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

class CreateCompilationJobRequest(Shape):
    """No description on the pages."""

    compilation_job_name: Final[str]
    """A name for the model compilation job. The name must be unique within the Amazon Web Services
    Region and within your Amazon Web Services account. Since 2018-11-28.
    """
    role_arn: Final[str]
    """The Amazon Resource Name (ARN) of an IAM role that enables Amazon SageMaker to perform tasks on
    your behalf. Since 2018-11-28.
    """
    model_package_version_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of a versioned model package. Provide either a
    ModelPackageVersionArn or an InputConfig object in the request syntax. The presence of both
    objects in the CreateCompilationJob request will return an exception. Since 2021-12-01.
    """
    input_config: Final[InputConfig | None]
    """Provides information about the location of input model artifacts, the name and shape of the
    expected data inputs, and the framework in which the model was trained. Since 2018-11-28.
    """
    output_config: Final[OutputConfig]
    """Provides information about the output location for the compiled model and the target device the
    model runs on. Since 2018-11-28.
    """
    vpc_config: Final[NeoVpcConfig | None]
    """A VpcConfig object that specifies the VPC that you want your compilation job to connect to.
    Control access to your models by configuring the VPC. For more information, see Protect
    Compilation Jobs by Using an Amazon Virtual Private Cloud. Since 2021-06-28.
    """
    stopping_condition: Final[StoppingCondition]
    """Specifies a limit to how long a model compilation job can run. When the job reaches the time
    limit, Amazon SageMaker ends the compilation job. Use this API to cap model training costs.
    Since 2018-11-28.
    """
    tags: Final[list[Tag] | None]
    """An array of key-value pairs. You can use tags to categorize your Amazon Web Services resources
    in different ways, for example, by purpose, owner, or environment. For more information, see
    Tagging Amazon Web Services Resources. Since 2020-10-26.
    """
    def __init__(
        self,
        *,
        compilation_job_name: str,
        role_arn: str,
        output_config: OutputConfig,
        stopping_condition: StoppingCondition,
        model_package_version_arn: str | None = None,
        input_config: InputConfig | None = None,
        vpc_config: NeoVpcConfig | None = None,
        tags: list[Tag] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        compilation_job_name: str = ...,
        role_arn: str = ...,
        model_package_version_arn: str | None = ...,
        input_config: InputConfig | None = ...,
        output_config: OutputConfig = ...,
        vpc_config: NeoVpcConfig | None = ...,
        stopping_condition: StoppingCondition = ...,
        tags: list[Tag] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CreateCompilationJobResponse(OutputShape):
    """The result of ``create_compilation_job`` (CreateCompilationJob)."""

    compilation_job_arn: Final[str | None]
    """If the action is successful, the service sends back an HTTP 200 response. Amazon SageMaker
    returns the following data in JSON format: Since 2018-11-28.
    """
    def __init__(
        self,
        *,
        compilation_job_arn: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        compilation_job_arn: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CreateComputeQuotaRequest(Shape):
    """No description on the pages."""

    name: Final[str]
    """Name to the compute allocation definition. Since 2024-12-04."""
    description: Final[str | None]
    """Description of the compute allocation definition. Since 2024-12-04."""
    cluster_arn: Final[str]
    """ARN of the cluster. Since 2024-12-04."""
    compute_quota_config: Final[ComputeQuotaConfig]
    """Configuration of the compute allocation definition. This includes the resource sharing option,
    and the setting to preempt low priority tasks. Since 2024-12-04.
    """
    compute_quota_target: Final[ComputeQuotaTarget]
    """The target entity to allocate compute resources to. Since 2024-12-04."""
    activation_state: Final[ActivationState | None]
    """The state of the compute allocation being described. Use to enable or disable compute
    allocation. Since 2024-12-04.
    """
    tags: Final[list[Tag] | None]
    """Tags of the compute allocation definition. Since 2024-12-04."""
    def __init__(
        self,
        *,
        name: str,
        cluster_arn: str,
        compute_quota_config: ComputeQuotaConfig,
        compute_quota_target: ComputeQuotaTarget,
        description: str | None = None,
        activation_state: ActivationState | ActivationStateLiteral | None = None,
        tags: list[Tag] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        name: str = ...,
        description: str | None = ...,
        cluster_arn: str = ...,
        compute_quota_config: ComputeQuotaConfig = ...,
        compute_quota_target: ComputeQuotaTarget = ...,
        activation_state: ActivationState | ActivationStateLiteral | None = ...,
        tags: list[Tag] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CreateComputeQuotaResponse(OutputShape):
    """The result of ``create_compute_quota`` (CreateComputeQuota)."""

    compute_quota_arn: Final[str | None]
    """ARN of the compute allocation definition. Since 2024-12-04."""
    compute_quota_id: Final[str | None]
    """ID of the compute allocation definition. Since 2024-12-04."""
    def __init__(
        self,
        *,
        compute_quota_arn: str | None = None,
        compute_quota_id: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        compute_quota_arn: str | None = ...,
        compute_quota_id: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CreateContextRequest(Shape):
    """No description on the pages."""

    context_name: Final[str]
    """The name of the context. Must be unique to your account in an AWS Region. Since 2020-12-01.
    """
    source: Final[ContextSource]
    """The source type, ID, and URI. Since 2020-12-01."""
    context_type: Final[str]
    """The context type. Since 2020-12-01."""
    description: Final[str | None]
    """The description of the context. Since 2020-12-01."""
    properties: Final[dict[str, str] | None]
    """A list of properties to add to the context. Since 2020-12-01."""
    tags: Final[list[Tag] | None]
    """A list of tags to apply to the context. Since 2020-12-01."""
    def __init__(
        self,
        *,
        context_name: str,
        source: ContextSource,
        context_type: str,
        description: str | None = None,
        properties: dict[str, str] | None = None,
        tags: list[Tag] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        context_name: str = ...,
        source: ContextSource = ...,
        context_type: str = ...,
        description: str | None = ...,
        properties: dict[str, str] | None = ...,
        tags: list[Tag] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CreateContextResponse(OutputShape):
    """The result of ``create_context`` (CreateContext)."""

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

class CreateDataQualityJobDefinitionRequest(Shape):
    """No description on the pages."""

    job_definition_name: Final[str]
    """The name for the monitoring job definition. Since 2020-12-08."""
    data_quality_baseline_config: Final[DataQualityBaselineConfig | None]
    """Configures the constraints and baselines for the monitoring job. Since 2020-12-08."""
    data_quality_app_specification: Final[DataQualityAppSpecification]
    """Specifies the container that runs the monitoring job. Since 2020-12-08."""
    data_quality_job_input: Final[DataQualityJobInput]
    """A list of inputs for the monitoring job. Currently endpoints are supported as monitoring inputs.
    Since 2020-12-08.
    """
    data_quality_job_output_config: Final[MonitoringOutputConfig]
    """The output configuration for monitoring jobs. Since 2020-12-08."""
    job_resources: Final[MonitoringResources]
    """Identifies the resources to deploy for a monitoring job. Since 2020-12-08."""
    network_config: Final[MonitoringNetworkConfig | None]
    """Specifies networking configuration for the monitoring job. Since 2020-12-08."""
    role_arn: Final[str]
    """The Amazon Resource Name (ARN) of an IAM role that Amazon SageMaker AI can assume to perform
    tasks on your behalf. Since 2020-12-08.
    """
    stopping_condition: Final[MonitoringStoppingCondition | None]
    """A time limit for how long the monitoring job is allowed to run before stopping. Since
    2020-12-08.
    """
    tags: Final[list[Tag] | None]
    """(Optional) An array of key-value pairs. For more information, see Using Cost Allocation Tags in
    the Amazon Web Services Billing and Cost Management User Guide. Since 2020-12-08.
    """
    def __init__(
        self,
        *,
        job_definition_name: str,
        data_quality_app_specification: DataQualityAppSpecification,
        data_quality_job_input: DataQualityJobInput,
        data_quality_job_output_config: MonitoringOutputConfig,
        job_resources: MonitoringResources,
        role_arn: str,
        data_quality_baseline_config: DataQualityBaselineConfig | None = None,
        network_config: MonitoringNetworkConfig | None = None,
        stopping_condition: MonitoringStoppingCondition | None = None,
        tags: list[Tag] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        job_definition_name: str = ...,
        data_quality_baseline_config: DataQualityBaselineConfig | None = ...,
        data_quality_app_specification: DataQualityAppSpecification = ...,
        data_quality_job_input: DataQualityJobInput = ...,
        data_quality_job_output_config: MonitoringOutputConfig = ...,
        job_resources: MonitoringResources = ...,
        network_config: MonitoringNetworkConfig | None = ...,
        role_arn: str = ...,
        stopping_condition: MonitoringStoppingCondition | None = ...,
        tags: list[Tag] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CreateDataQualityJobDefinitionResponse(OutputShape):
    """The result of ``create_data_quality_job_definition`` (CreateDataQualityJobDefinition)."""

    job_definition_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the job definition. Since 2020-12-08."""
    def __init__(
        self,
        *,
        job_definition_arn: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        job_definition_arn: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CreateDeviceFleetRequest(Shape):
    """No description on the pages."""

    device_fleet_name: Final[str]
    """The name of the fleet that the device belongs to. Since 2020-12-08."""
    role_arn: Final[str | None]
    """The Amazon Resource Name (ARN) that has access to AWS Internet of Things (IoT). Since
    2020-12-08.
    """
    description: Final[str | None]
    """A description of the fleet. Since 2020-12-08."""
    output_config: Final[EdgeOutputConfig]
    """The output configuration for storing sample data collected by the fleet. Since 2020-12-08."""
    tags: Final[list[Tag] | None]
    """Creates tags for the specified fleet. Since 2020-12-08."""
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
        tags: list[Tag] | None = None,
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
        tags: list[Tag] | None = ...,
        enable_iot_role_alias: bool | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CreateDeviceFleetResponse(OutputShape):
    """The result of ``create_device_fleet`` (CreateDeviceFleet)."""

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

class CreateDomainRequest(Shape):
    """No description on the pages."""

    domain_name: Final[str]
    """A name for the domain. Since 2019-12-04."""
    auth_mode: Final[AuthMode]
    """The mode of authentication that members use to access the domain. Since 2019-12-04."""
    default_user_settings: Final[UserSettings]
    """The default settings to use to create a user profile when UserSettings isn't specified in the
    call to the CreateUserProfile API. Since 2019-12-04.
    """
    domain_settings: Final[DomainSettings | None]
    """A collection of Domain settings. Since 2021-10-28."""
    subnet_ids: Final[list[str] | None]
    """The VPC subnets that the domain uses for communication. Since 2019-12-04."""
    vpc_id: Final[str | None]
    """The ID of the Amazon Virtual Private Cloud (VPC) that the domain uses for communication. Since
    2019-12-04.
    """
    tags: Final[list[Tag] | None]
    """Tags to associated with the Domain. Each tag consists of a key and an optional value. Tag keys
    must be unique per resource. Tags are searchable using the Search API. Since 2019-12-04.
    """
    app_network_access_type: Final[AppNetworkAccessType | None]
    """Specifies the VPC used for non-EFS traffic. The default value is PublicInternetOnly. Since
    2020-10-05.
    """
    home_efs_file_system_kms_key_id: Final[str | None]
    """Deprecated: This property is deprecated, use KmsKeyId instead. Use KmsKeyId. Since 2019-12-04.
    """
    kms_key_id: Final[str | None]
    """SageMaker AI uses Amazon Web Services KMS to encrypt EFS and EBS volumes attached to the domain
    with an Amazon Web Services managed key by default. For more control, specify a customer managed
    key. Since 2020-11-16.
    """
    app_security_group_management: Final[AppSecurityGroupManagement | None]
    """The entity that creates and manages the required security groups for inter-app communication in
    VPCOnly mode. Required when CreateDomain.AppNetworkAccessType is VPCOnly and
    DomainSettings.RStudioServerProDomainSettings.DomainExecutionRoleArn is provided. If setting up
    the domain for use with RStudio, this value must be set to Service. Since 2021-10-28.
    """
    home_efs_file_system_creation: Final[HomeEfsFileSystemCreation | None]
    """Indicates whether to create a home EFS file system for the domain. Defaults to Enabled. Set to
    Disabled to skip EFS creation and reduce domain creation time. You can enable EFS later by
    calling UpdateDomain. Since 2026-05-21.
    """
    tag_propagation: Final[TagPropagation | None]
    """Indicates whether custom tag propagation is supported for the domain. Defaults to DISABLED.
    Since 2024-09-26.
    """
    default_space_settings: Final[DefaultSpaceSettings | None]
    """The default settings for shared spaces that users create in the domain. Since 2022-11-30."""
    def __init__(
        self,
        *,
        domain_name: str,
        auth_mode: AuthMode | AuthModeLiteral,
        default_user_settings: UserSettings,
        domain_settings: DomainSettings | None = None,
        subnet_ids: list[str] | None = None,
        vpc_id: str | None = None,
        tags: list[Tag] | None = None,
        app_network_access_type: AppNetworkAccessType | AppNetworkAccessTypeLiteral | None = None,
        home_efs_file_system_kms_key_id: str | None = None,
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
        domain_name: str = ...,
        auth_mode: AuthMode | AuthModeLiteral = ...,
        default_user_settings: UserSettings = ...,
        domain_settings: DomainSettings | None = ...,
        subnet_ids: list[str] | None = ...,
        vpc_id: str | None = ...,
        tags: list[Tag] | None = ...,
        app_network_access_type: AppNetworkAccessType | AppNetworkAccessTypeLiteral | None = ...,
        home_efs_file_system_kms_key_id: str | None = ...,
        kms_key_id: str | None = ...,
        app_security_group_management: AppSecurityGroupManagement | AppSecurityGroupManagementLiteral | None = ...,
        home_efs_file_system_creation: HomeEfsFileSystemCreation | HomeEfsFileSystemCreationLiteral | None = ...,
        tag_propagation: TagPropagation | TagPropagationLiteral | None = ...,
        default_space_settings: DefaultSpaceSettings | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CreateDomainResponse(OutputShape):
    """The result of ``create_domain`` (CreateDomain)."""

    domain_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the created domain. Since 2019-12-04."""
    domain_id: Final[str | None]
    """The ID of the created domain. Since 2025-03-03."""
    url: Final[str | None]
    """The URL to the created domain. Since 2019-12-04."""
    def __init__(
        self,
        *,
        domain_arn: str | None = None,
        domain_id: str | None = None,
        url: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        domain_arn: str | None = ...,
        domain_id: str | None = ...,
        url: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CreateEdgeDeploymentPlanRequest(Shape):
    """No description on the pages."""

    edge_deployment_plan_name: Final[str]
    """The name of the edge deployment plan. Since 2022-07-18."""
    model_configs: Final[list[EdgeDeploymentModelConfig]]
    """List of models associated with the edge deployment plan. Since 2022-07-18."""
    device_fleet_name: Final[str]
    """The device fleet used for this edge deployment plan. Since 2022-07-18."""
    stages: Final[list[DeploymentStage] | None]
    """List of stages of the edge deployment plan. The number of stages is limited to 10 per
    deployment. Since 2022-07-18.
    """
    tags: Final[list[Tag] | None]
    """List of tags with which to tag the edge deployment plan. Since 2022-07-18."""
    def __init__(
        self,
        *,
        edge_deployment_plan_name: str,
        model_configs: list[EdgeDeploymentModelConfig],
        device_fleet_name: str,
        stages: list[DeploymentStage] | None = None,
        tags: list[Tag] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        edge_deployment_plan_name: str = ...,
        model_configs: list[EdgeDeploymentModelConfig] = ...,
        device_fleet_name: str = ...,
        stages: list[DeploymentStage] | None = ...,
        tags: list[Tag] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CreateEdgeDeploymentPlanResponse(OutputShape):
    """The result of ``create_edge_deployment_plan`` (CreateEdgeDeploymentPlan)."""

    edge_deployment_plan_arn: Final[str | None]
    """The ARN of the edge deployment plan. Since 2022-07-18."""
    def __init__(
        self,
        *,
        edge_deployment_plan_arn: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        edge_deployment_plan_arn: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CreateEdgeDeploymentStageRequest(Shape):
    """No description on the pages."""

    edge_deployment_plan_name: Final[str]
    """The name of the edge deployment plan. Since 2022-07-18."""
    stages: Final[list[DeploymentStage]]
    """List of stages to be added to the edge deployment plan. Since 2022-07-18."""
    def __init__(
        self,
        *,
        edge_deployment_plan_name: str,
        stages: list[DeploymentStage],
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        edge_deployment_plan_name: str = ...,
        stages: list[DeploymentStage] = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CreateEdgeDeploymentStageResponse(OutputShape):
    """The result of ``create_edge_deployment_stage`` (CreateEdgeDeploymentStage)."""

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

class CreateEdgePackagingJobRequest(Shape):
    """No description on the pages."""

    edge_packaging_job_name: Final[str]
    """The name of the edge packaging job. Since 2020-12-08."""
    compilation_job_name: Final[str]
    """The name of the SageMaker Neo compilation job that will be used to locate model artifacts for
    packaging. Since 2020-12-08.
    """
    model_name: Final[str]
    """The name of the model. Since 2020-12-08."""
    model_version: Final[str]
    """The version of the model. Since 2020-12-08."""
    role_arn: Final[str]
    """The Amazon Resource Name (ARN) of an IAM role that enables Amazon SageMaker to download and
    upload the model, and to contact SageMaker Neo. Since 2020-12-08.
    """
    output_config: Final[EdgeOutputConfig]
    """Provides information about the output location for the packaged model. Since 2020-12-08."""
    resource_key: Final[str | None]
    """The CMK to use when encrypting the EBS volume the edge packaging job runs on. Since 2020-12-08.
    """
    tags: Final[list[Tag] | None]
    """Creates tags for the packaging job. Since 2020-12-08."""
    def __init__(
        self,
        *,
        edge_packaging_job_name: str,
        compilation_job_name: str,
        model_name: str,
        model_version: str,
        role_arn: str,
        output_config: EdgeOutputConfig,
        resource_key: str | None = None,
        tags: list[Tag] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        edge_packaging_job_name: str = ...,
        compilation_job_name: str = ...,
        model_name: str = ...,
        model_version: str = ...,
        role_arn: str = ...,
        output_config: EdgeOutputConfig = ...,
        resource_key: str | None = ...,
        tags: list[Tag] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CreateEdgePackagingJobResponse(OutputShape):
    """The result of ``create_edge_packaging_job`` (CreateEdgePackagingJob)."""

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

class CreateEndpointConfigInput(Shape):
    """No description on the pages."""

    endpoint_config_name: Final[str]
    """The name of the endpoint configuration. You specify this name in a CreateEndpoint request. Since
    2017-11-29.
    """
    production_variants: Final[list[ProductionVariant]]
    """An array of ProductionVariant objects, one for each model that you want to host at this
    endpoint. Since 2017-11-29.
    """
    data_capture_config: Final[DataCaptureConfig | None]
    """Configuration to control how SageMaker AI captures inference data. Since 2019-12-04."""
    tags: Final[list[Tag] | None]
    """An array of key-value pairs. You can use tags to categorize your Amazon Web Services resources
    in different ways, for example, by purpose, owner, or environment. For more information, see
    Tagging Amazon Web Services Resources. Since 2017-11-29.
    """
    kms_key_id: Final[str | None]
    """The Amazon Resource Name (ARN) of a Amazon Web Services Key Management Service key that
    SageMaker uses to encrypt data on the storage volume attached to the ML compute instance that
    hosts the endpoint. Since 2018-01-17.
    """
    async_inference_config: Final[AsyncInferenceConfig | None]
    """Specifies configuration for how an endpoint performs asynchronous inference. This is a required
    field in order for your Endpoint to be invoked using InvokeEndpointAsync. Since 2021-08-18.
    """
    explainer_config: Final[ExplainerConfig | None]
    """A member of CreateEndpointConfig that enables explainers. Since 2022-09-30."""
    shadow_production_variants: Final[list[ProductionVariant] | None]
    """An array of ProductionVariant objects, one for each model that you want to host at this endpoint
    in shadow mode with production traffic replicated from the model specified on
    ProductionVariants. If you use this field, you can only specify one variant for
    ProductionVariants and one variant for ShadowProductionVariants. Since 2022-11-30.
    """
    execution_role_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of an IAM role that Amazon SageMaker AI can assume to perform
    actions on your behalf. For more information, see SageMaker AI Roles. Since 2023-11-29.
    """
    vpc_config: Final[VpcConfig | None]
    """Specifies an Amazon Virtual Private Cloud (VPC) that your SageMaker jobs, hosted models, and
    compute resources have access to. You can control access to and from your resources by
    configuring a VPC. For more information, see Give SageMaker Access to Resources in your Amazon
    VPC. Since 2023-11-29.
    """
    enable_network_isolation: Final[bool | None]
    """Sets whether all model containers deployed to the endpoint are isolated. If they are, no inbound
    or outbound network calls can be made to or from the model containers. Since 2023-11-29.
    """
    metrics_config: Final[MetricsConfig | None]
    """The configuration parameters for utilization metrics. Since 2025-11-19."""
    def __init__(
        self,
        *,
        endpoint_config_name: str,
        production_variants: list[ProductionVariant],
        data_capture_config: DataCaptureConfig | None = None,
        tags: list[Tag] | None = None,
        kms_key_id: str | None = None,
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
        endpoint_config_name: str = ...,
        production_variants: list[ProductionVariant] = ...,
        data_capture_config: DataCaptureConfig | None = ...,
        tags: list[Tag] | None = ...,
        kms_key_id: str | None = ...,
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

class CreateEndpointConfigOutput(OutputShape):
    """The result of ``create_endpoint_config`` (CreateEndpointConfig)."""

    endpoint_config_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the endpoint configuration. Since 2017-11-29."""
    def __init__(
        self,
        *,
        endpoint_config_arn: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        endpoint_config_arn: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CreateEndpointInput(Shape):
    """No description on the pages."""

    endpoint_name: Final[str]
    """The name of the endpoint.The name must be unique within an Amazon Web Services Region in your
    Amazon Web Services account. The name is case-insensitive in CreateEndpoint , but the case is
    preserved and must be matched in InvokeEndpoint. Since 2017-11-29.
    """
    endpoint_config_name: Final[str]
    """The name of an endpoint configuration. For more information, see CreateEndpointConfig. Since
    2017-11-29.
    """
    deployment_config: Final[DeploymentConfig | None]
    """The deployment configuration for an endpoint, which contains the desired deployment strategy and
    rollback configurations. Since 2021-11-08.
    """
    tags: Final[list[Tag] | None]
    """An array of key-value pairs. You can use tags to categorize your Amazon Web Services resources
    in different ways, for example, by purpose, owner, or environment. For more information, see
    Tagging Amazon Web Services Resources. Since 2017-11-29.
    """
    def __init__(
        self,
        *,
        endpoint_name: str,
        endpoint_config_name: str,
        deployment_config: DeploymentConfig | None = None,
        tags: list[Tag] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        endpoint_name: str = ...,
        endpoint_config_name: str = ...,
        deployment_config: DeploymentConfig | None = ...,
        tags: list[Tag] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CreateEndpointOutput(OutputShape):
    """The result of ``create_endpoint`` (CreateEndpoint)."""

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

class CreateExperimentRequest(Shape):
    """No description on the pages."""

    experiment_name: Final[str]
    """The name of the experiment. The name must be unique in your AWS account and is not
    case-sensitive. Since 2019-12-04.
    """
    display_name: Final[str | None]
    """The name of the experiment as displayed. The name doesn't need to be unique. If you don't
    specify DisplayName , the value in ExperimentName is displayed. Since 2019-12-04.
    """
    description: Final[str | None]
    """The description of the experiment. Since 2019-12-04."""
    tags: Final[list[Tag] | None]
    """A list of tags to associate with the experiment. You can use Search API to search on the tags.
    Since 2019-12-04.
    """
    def __init__(
        self,
        *,
        experiment_name: str,
        display_name: str | None = None,
        description: str | None = None,
        tags: list[Tag] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        experiment_name: str = ...,
        display_name: str | None = ...,
        description: str | None = ...,
        tags: list[Tag] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CreateExperimentResponse(OutputShape):
    """The result of ``create_experiment`` (CreateExperiment)."""

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

class CreateFeatureGroupRequest(Shape):
    """No description on the pages."""

    feature_group_name: Final[str]
    """The name of the FeatureGroup . The name must be unique within an Amazon Web Services Region in
    an Amazon Web Services account. The name: Since 2020-12-01.
    """
    record_identifier_feature_name: Final[str]
    """The name of the Feature whose value uniquely identifies a Record defined in the FeatureStore .
    Only the latest record per identifier value will be stored in the OnlineStore .
    RecordIdentifierFeatureName must be one of feature definitions' names. Since 2020-12-01.
    """
    event_time_feature_name: Final[str]
    """The name of the feature that stores the EventTime of a Record in a FeatureGroup . Since
    2020-12-01.
    """
    feature_definitions: Final[list[FeatureDefinition]]
    """A list of Feature names and types. Name and Type is compulsory per Feature . Since 2020-12-01.
    """
    online_store_config: Final[OnlineStoreConfig | None]
    """You can turn the OnlineStore on or off by specifying True for the EnableOnlineStore flag in
    OnlineStoreConfig . Since 2020-12-01.
    """
    offline_store_config: Final[OfflineStoreConfig | None]
    """Use this to configure an OfflineFeatureStore . This parameter allows you to specify: Since
    2020-12-01.
    """
    throughput_config: Final[ThroughputConfig | None]
    """Used to set feature group throughput configuration. There are two modes: ON_DEMAND and
    PROVISIONED . With on-demand mode, you are charged for data reads and writes that your
    application performs on your feature group. You do not need to specify read and write throughput
    because Feature Store accommodates your workloads as they ramp up and down. You can switch a
    feature group to on-demand only once in a 24 hour period. With provisioned throughput mode, you
    specify the read and write capacity per second that you expect your application to require, and
    you are billed based on those limits. Exceeding provisioned throughput will result in your
    requests being throttled. Since 2024-01-04.
    """
    role_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the IAM execution role used to persist data into the
    OfflineStore if an OfflineStoreConfig is provided. Since 2020-12-01.
    """
    description: Final[str | None]
    """A free-form description of a FeatureGroup . Since 2020-12-01."""
    tags: Final[list[Tag] | None]
    """Tags used to identify Features in each FeatureGroup . Since 2020-12-01."""
    def __init__(
        self,
        *,
        feature_group_name: str,
        record_identifier_feature_name: str,
        event_time_feature_name: str,
        feature_definitions: list[FeatureDefinition],
        online_store_config: OnlineStoreConfig | None = None,
        offline_store_config: OfflineStoreConfig | None = None,
        throughput_config: ThroughputConfig | None = None,
        role_arn: str | None = None,
        description: str | None = None,
        tags: list[Tag] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        feature_group_name: str = ...,
        record_identifier_feature_name: str = ...,
        event_time_feature_name: str = ...,
        feature_definitions: list[FeatureDefinition] = ...,
        online_store_config: OnlineStoreConfig | None = ...,
        offline_store_config: OfflineStoreConfig | None = ...,
        throughput_config: ThroughputConfig | None = ...,
        role_arn: str | None = ...,
        description: str | None = ...,
        tags: list[Tag] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CreateFeatureGroupResponse(OutputShape):
    """The result of ``create_feature_group`` (CreateFeatureGroup)."""

    feature_group_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the FeatureGroup . This is a unique identifier for the feature
    group. Since 2020-12-01.
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

class CreateFlowDefinitionRequest(Shape):
    """No description on the pages."""

    flow_definition_name: Final[str]
    """The name of your flow definition. Since 2019-12-04."""
    human_loop_request_source: Final[HumanLoopRequestSource | None]
    """Container for configuring the source of human task requests. Use to specify if Amazon
    Rekognition or Amazon Textract is used as an integration source. Since 2020-03-26.
    """
    human_loop_activation_config: Final[HumanLoopActivationConfig | None]
    """An object containing information about the events that trigger a human workflow. Since
    2019-12-04.
    """
    human_loop_config: Final[HumanLoopConfig | None]
    """An object containing information about the tasks the human reviewers will perform. Since
    2019-12-04.
    """
    output_config: Final[FlowDefinitionOutputConfig]
    """An object containing information about where the human review results will be uploaded. Since
    2019-12-04.
    """
    role_arn: Final[str]
    """The Amazon Resource Name (ARN) of the role needed to call other services on your behalf. For
    example, arn:aws:iam::1234567890:role/service-role/AmazonSageMaker-ExecutionRole-20180111T151298
    . Since 2019-12-04.
    """
    tags: Final[list[Tag] | None]
    """An array of key-value pairs that contain metadata to help you categorize and organize a flow
    definition. Each tag consists of a key and a value, both of which you define. Since 2019-12-04.
    """
    def __init__(
        self,
        *,
        flow_definition_name: str,
        output_config: FlowDefinitionOutputConfig,
        role_arn: str,
        human_loop_request_source: HumanLoopRequestSource | None = None,
        human_loop_activation_config: HumanLoopActivationConfig | None = None,
        human_loop_config: HumanLoopConfig | None = None,
        tags: list[Tag] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        flow_definition_name: str = ...,
        human_loop_request_source: HumanLoopRequestSource | None = ...,
        human_loop_activation_config: HumanLoopActivationConfig | None = ...,
        human_loop_config: HumanLoopConfig | None = ...,
        output_config: FlowDefinitionOutputConfig = ...,
        role_arn: str = ...,
        tags: list[Tag] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CreateFlowDefinitionResponse(OutputShape):
    """The result of ``create_flow_definition`` (CreateFlowDefinition)."""

    flow_definition_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the flow definition you create. Since 2019-12-04."""
    def __init__(
        self,
        *,
        flow_definition_arn: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        flow_definition_arn: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CreateHubContentPresignedUrlsRequest(Shape):
    """No description on the pages."""

    hub_name: Final[str]
    """The name or Amazon Resource Name (ARN) of the hub that contains the content. For public content,
    use SageMakerPublicHub. Since 2025-07-03.
    """
    hub_content_type: Final[HubContentType]
    """The type of hub content to access. Valid values include Model, Notebook, and ModelReference.
    Since 2025-07-03.
    """
    hub_content_name: Final[str]
    """The name of the hub content for which to generate presigned URLs. This identifies the specific
    model or content within the hub. Since 2025-07-03.
    """
    hub_content_version: Final[str | None]
    """The version of the hub content. If not specified, the latest version is used. Since 2025-07-03.
    """
    access_config: Final[PresignedUrlAccessConfig | None]
    """Configuration settings for accessing the hub content, including end-user license agreement
    acceptance for gated models and expected S3 URL validation. Since 2025-07-03.
    """
    max_results: Final[int | None]
    """The maximum number of presigned URLs to return in the response. Default value is 100. Large
    models may contain hundreds of files, requiring pagination to retrieve all URLs. Since
    2025-07-03.
    """
    next_token: Final[str | None]
    """A token for pagination. Use this token to retrieve the next set of presigned URLs when the
    response is truncated. Since 2025-07-03.
    """
    def __init__(
        self,
        *,
        hub_name: str,
        hub_content_type: HubContentType | HubContentTypeLiteral,
        hub_content_name: str,
        hub_content_version: str | None = None,
        access_config: PresignedUrlAccessConfig | None = None,
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
        hub_content_version: str | None = ...,
        access_config: PresignedUrlAccessConfig | None = ...,
        max_results: int | None = ...,
        next_token: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CreateHubContentPresignedUrlsResponse(OutputShape):
    """The result of ``create_hub_content_presigned_urls`` (CreateHubContentPresignedUrls)."""

    authorized_url_configs: Final[list[AuthorizedUrl] | None]
    """An array of authorized URL configurations, each containing a presigned URL and its corresponding
    local file path for proper file organization during download. Since 2025-07-03.
    """
    next_token: Final[str | None]
    """A token for pagination. If present, indicates that more presigned URLs are available. Use this
    token in a subsequent request to retrieve additional URLs. Since 2025-07-03.
    """
    def __init__(
        self,
        *,
        authorized_url_configs: list[AuthorizedUrl] | None = None,
        next_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        authorized_url_configs: list[AuthorizedUrl] | None = ...,
        next_token: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CreateHubContentReferenceRequest(Shape):
    """No description on the pages."""

    hub_name: Final[str]
    """The name of the hub to add the hub content reference to. Since 2024-06-20."""
    sage_maker_public_hub_content_arn: Final[str]
    """The ARN of the public hub content to reference. Since 2024-06-20."""
    hub_content_name: Final[str | None]
    """The name of the hub content to reference. Since 2024-06-20."""
    min_version: Final[str | None]
    """The minimum version of the hub content to reference. Since 2024-06-20."""
    tags: Final[list[Tag] | None]
    """Any tags associated with the hub content to reference. Since 2024-06-20."""
    def __init__(
        self,
        *,
        hub_name: str,
        sage_maker_public_hub_content_arn: str,
        hub_content_name: str | None = None,
        min_version: str | None = None,
        tags: list[Tag] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        hub_name: str = ...,
        sage_maker_public_hub_content_arn: str = ...,
        hub_content_name: str | None = ...,
        min_version: str | None = ...,
        tags: list[Tag] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CreateHubContentReferenceResponse(OutputShape):
    """The result of ``create_hub_content_reference`` (CreateHubContentReference)."""

    hub_arn: Final[str | None]
    """The ARN of the hub that the hub content reference was added to. Since 2024-06-20."""
    hub_content_arn: Final[str | None]
    """The ARN of the hub content. Since 2024-06-20."""
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

class CreateHubRequest(Shape):
    """No description on the pages."""

    hub_name: Final[str]
    """The name of the hub to create. Since 2022-11-30."""
    hub_description: Final[str]
    """A description of the hub. Since 2022-11-30."""
    hub_display_name: Final[str | None]
    """The display name of the hub. Since 2022-11-30."""
    hub_search_keywords: Final[list[str] | None]
    """The searchable keywords for the hub. Since 2022-11-30."""
    s3_storage_config: Final[HubS3StorageConfig | None]
    """The Amazon S3 storage configuration for the hub. Since 2022-11-30."""
    tags: Final[list[Tag] | None]
    """Any tags to associate with the hub. Since 2022-11-30."""
    def __init__(
        self,
        *,
        hub_name: str,
        hub_description: str,
        hub_display_name: str | None = None,
        hub_search_keywords: list[str] | None = None,
        s3_storage_config: HubS3StorageConfig | None = None,
        tags: list[Tag] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        hub_name: str = ...,
        hub_description: str = ...,
        hub_display_name: str | None = ...,
        hub_search_keywords: list[str] | None = ...,
        s3_storage_config: HubS3StorageConfig | None = ...,
        tags: list[Tag] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CreateHubResponse(OutputShape):
    """The result of ``create_hub`` (CreateHub)."""

    hub_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the hub. Since 2022-11-30."""
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

class CreateHumanTaskUiRequest(Shape):
    """No description on the pages."""

    human_task_ui_name: Final[str]
    """The name of the user interface you are creating. Since 2019-12-04."""
    ui_template: Final[UiTemplate]
    """The Liquid template for the worker user interface. Since 2019-12-04."""
    tags: Final[list[Tag] | None]
    """An array of key-value pairs that contain metadata to help you categorize and organize a human
    review workflow user interface. Each tag consists of a key and a value, both of which you
    define. Since 2019-12-04.
    """
    def __init__(
        self,
        *,
        human_task_ui_name: str,
        ui_template: UiTemplate,
        tags: list[Tag] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        human_task_ui_name: str = ...,
        ui_template: UiTemplate = ...,
        tags: list[Tag] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CreateHumanTaskUiResponse(OutputShape):
    """The result of ``create_human_task_ui`` (CreateHumanTaskUi)."""

    human_task_ui_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the human review workflow user interface you create. Since
    2019-12-04.
    """
    def __init__(
        self,
        *,
        human_task_ui_arn: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        human_task_ui_arn: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CreateHyperParameterTuningJobRequest(Shape):
    """No description on the pages."""

    hyper_parameter_tuning_job_name: Final[str]
    """The name of the tuning job. This name is the prefix for the names of all training jobs that this
    tuning job launches. The name must be unique within the same Amazon Web Services account and
    Amazon Web Services Region. The name must have 1 to 32 characters. Valid characters are a-z,
    A-Z, 0-9, and : + = @ _ % - (hyphen). The name is not case sensitive. Since 2018-06-04.
    """
    hyper_parameter_tuning_job_config: Final[HyperParameterTuningJobConfig]
    """The HyperParameterTuningJobConfig object that describes the tuning job, including the search
    strategy, the objective metric used to evaluate training jobs, ranges of parameters to search,
    and resource limits for the tuning job. For more information, see How Hyperparameter Tuning
    Works. Since 2018-06-04.
    """
    training_job_definition: Final[HyperParameterTrainingJobDefinition | None]
    """The HyperParameterTrainingJobDefinition object that describes the training jobs that this tuning
    job launches, including static hyperparameters, input data configuration, output data
    configuration, resource configuration, and stopping condition. Since 2018-06-04.
    """
    training_job_definitions: Final[list[HyperParameterTrainingJobDefinition] | None]
    """A list of the HyperParameterTrainingJobDefinition objects launched for this tuning job. Since
    2019-12-04.
    """
    warm_start_config: Final[HyperParameterTuningJobWarmStartConfig | None]
    """Specifies the configuration for starting the hyperparameter tuning job using one or more
    previous tuning jobs as a starting point. The results of previous tuning jobs are used to inform
    which combinations of hyperparameters to search over in the new tuning job. Since 2018-11-14.
    """
    tags: Final[list[Tag] | None]
    """An array of key-value pairs. You can use tags to categorize your Amazon Web Services resources
    in different ways, for example, by purpose, owner, or environment. For more information, see
    Tagging Amazon Web Services Resources. Since 2018-06-04.
    """
    autotune: Final[Autotune | None]
    """Configures SageMaker Automatic model tuning (AMT) to automatically find optimal parameters for
    the following fields: Since 2023-05-25.
    """
    def __init__(
        self,
        *,
        hyper_parameter_tuning_job_name: str,
        hyper_parameter_tuning_job_config: HyperParameterTuningJobConfig,
        training_job_definition: HyperParameterTrainingJobDefinition | None = None,
        training_job_definitions: list[HyperParameterTrainingJobDefinition] | None = None,
        warm_start_config: HyperParameterTuningJobWarmStartConfig | None = None,
        tags: list[Tag] | None = None,
        autotune: Autotune | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        hyper_parameter_tuning_job_name: str = ...,
        hyper_parameter_tuning_job_config: HyperParameterTuningJobConfig = ...,
        training_job_definition: HyperParameterTrainingJobDefinition | None = ...,
        training_job_definitions: list[HyperParameterTrainingJobDefinition] | None = ...,
        warm_start_config: HyperParameterTuningJobWarmStartConfig | None = ...,
        tags: list[Tag] | None = ...,
        autotune: Autotune | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CreateHyperParameterTuningJobResponse(OutputShape):
    """The result of ``create_hyper_parameter_tuning_job`` (CreateHyperParameterTuningJob)."""

    hyper_parameter_tuning_job_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the tuning job. SageMaker assigns an ARN to a hyperparameter
    tuning job when you create it. Since 2018-06-04.
    """
    def __init__(
        self,
        *,
        hyper_parameter_tuning_job_arn: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        hyper_parameter_tuning_job_arn: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CreateImageRequest(Shape):
    """No description on the pages."""

    description: Final[str | None]
    """The description of the image. Since 2020-10-26."""
    display_name: Final[str | None]
    """The display name of the image. When the image is added to a domain, DisplayName must be unique
    to the domain. Since 2020-10-26.
    """
    image_name: Final[str]
    """The name of the image. Must be unique to your account. Since 2020-10-26."""
    role_arn: Final[str]
    """The Amazon Resource Name (ARN) of an IAM role that enables Amazon SageMaker to perform tasks on
    your behalf. Since 2020-10-26.
    """
    tags: Final[list[Tag] | None]
    """A list of tags to apply to the image. Since 2020-10-26."""
    def __init__(
        self,
        *,
        image_name: str,
        role_arn: str,
        description: str | None = None,
        display_name: str | None = None,
        tags: list[Tag] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        description: str | None = ...,
        display_name: str | None = ...,
        image_name: str = ...,
        role_arn: str = ...,
        tags: list[Tag] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CreateImageResponse(OutputShape):
    """The result of ``create_image`` (CreateImage)."""

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

class CreateImageVersionRequest(Shape):
    """No description on the pages."""

    base_image: Final[str]
    """The registry path of the container image to use as the starting point for this version. The path
    is an Amazon Elastic Container Registry (ECR) URI in the following format: Since 2020-10-26.
    """
    client_token: Final[str]
    """A unique ID. If not specified, the Amazon Web Services CLI and Amazon Web Services SDKs, such as
    the SDK for Python (Boto3), add a unique value to the call. Since 2020-10-26.
    """
    image_name: Final[str]
    """The ImageName of the Image to create a version of. Since 2020-10-26."""
    aliases: Final[list[str] | None]
    """A list of aliases created with the image version. Since 2022-12-19."""
    vendor_guidance: Final[VendorGuidance | None]
    """The stability of the image version, specified by the maintainer. Since 2022-12-19."""
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
        base_image: str,
        client_token: str,
        image_name: str,
        aliases: list[str] | None = None,
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
        base_image: str = ...,
        client_token: str = ...,
        image_name: str = ...,
        aliases: list[str] | None = ...,
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

class CreateImageVersionResponse(OutputShape):
    """The result of ``create_image_version`` (CreateImageVersion)."""

    image_version_arn: Final[str | None]
    """The ARN of the image version. Since 2020-10-26."""
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

class CreateInferenceComponentInput(Shape):
    """No description on the pages."""

    inference_component_name: Final[str]
    """A unique name to assign to the inference component. Since 2023-11-29."""
    endpoint_name: Final[str]
    """The name of an existing endpoint where you host the inference component. Since 2023-11-29."""
    variant_name: Final[str | None]
    """The name of an existing production variant where you host the inference component. Since
    2023-11-29.
    """
    specification: Final[InferenceComponentSpecification | None]
    """Details about the resources to deploy with this inference component, including the model,
    container, and compute resources. Since 2023-11-29.
    """
    specifications: Final[list[InferenceComponentSpecification] | None]
    """A list of specification objects for the inference component, one per instance type. Use this
    parameter when you want to deploy a different model or resource configuration for the inference
    component on each instance type. You can use either this parameter or the singular Specification
    parameter, but not both. Since 2026-04-30.
    """
    runtime_config: Final[InferenceComponentRuntimeConfig | None]
    """Runtime settings for a model that is deployed with an inference component. Since 2023-11-29.
    """
    tags: Final[list[Tag] | None]
    """A list of key-value pairs associated with the model. For more information, see Tagging Amazon
    Web Services resources in the Amazon Web Services General Reference. Since 2023-11-29.
    """
    def __init__(
        self,
        *,
        inference_component_name: str,
        endpoint_name: str,
        variant_name: str | None = None,
        specification: InferenceComponentSpecification | None = None,
        specifications: list[InferenceComponentSpecification] | None = None,
        runtime_config: InferenceComponentRuntimeConfig | None = None,
        tags: list[Tag] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        inference_component_name: str = ...,
        endpoint_name: str = ...,
        variant_name: str | None = ...,
        specification: InferenceComponentSpecification | None = ...,
        specifications: list[InferenceComponentSpecification] | None = ...,
        runtime_config: InferenceComponentRuntimeConfig | None = ...,
        tags: list[Tag] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CreateInferenceComponentOutput(OutputShape):
    """The result of ``create_inference_component`` (CreateInferenceComponent)."""

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

class CreateInferenceExperimentRequest(Shape):
    """No description on the pages."""

    name: Final[str]
    """The name for the inference experiment. Since 2022-11-30."""
    type: Final[InferenceExperimentType]
    """The type of the inference experiment that you want to run. The following types of experiments
    are possible: Since 2022-11-30.
    """
    schedule: Final[InferenceExperimentSchedule | None]
    """The duration for which you want the inference experiment to run. If you don't specify this
    field, the experiment automatically starts immediately upon creation and concludes after 7 days.
    Since 2022-11-30.
    """
    description: Final[str | None]
    """A description for the inference experiment. Since 2022-11-30."""
    role_arn: Final[str]
    """The ARN of the IAM role that Amazon SageMaker can assume to access model artifacts and container
    images, and manage Amazon SageMaker Inference endpoints for model deployment. Since 2022-11-30.
    """
    endpoint_name: Final[str]
    """The name of the Amazon SageMaker endpoint on which you want to run the inference experiment.
    Since 2022-11-30.
    """
    model_variants: Final[list[ModelVariantConfig]]
    """An array of ModelVariantConfig objects. There is one for each variant in the inference
    experiment. Each ModelVariantConfig object in the array describes the infrastructure
    configuration for the corresponding variant. Since 2022-11-30.
    """
    data_storage_config: Final[InferenceExperimentDataStorageConfig | None]
    """The Amazon S3 location and configuration for storing inference request and response data. Since
    2022-11-30.
    """
    shadow_mode_config: Final[ShadowModeConfig]
    """The configuration of ShadowMode inference experiment type. Use this field to specify a
    production variant which takes all the inference requests, and a shadow variant to which Amazon
    SageMaker replicates a percentage of the inference requests. For the shadow variant also specify
    the percentage of requests that Amazon SageMaker replicates. Since 2022-11-30.
    """
    kms_key: Final[str | None]
    """The Amazon Web Services Key Management Service (Amazon Web Services KMS) key that Amazon
    SageMaker uses to encrypt data on the storage volume attached to the ML compute instance that
    hosts the endpoint. The KmsKey can be any of the following formats: Since 2022-11-30.
    """
    tags: Final[list[Tag] | None]
    """Array of key-value pairs. You can use tags to categorize your Amazon Web Services resources in
    different ways, for example, by purpose, owner, or environment. For more information, see
    Tagging your Amazon Web Services Resources. Since 2022-11-30.
    """
    def __init__(
        self,
        *,
        name: str,
        type: InferenceExperimentType | InferenceExperimentTypeLiteral,
        role_arn: str,
        endpoint_name: str,
        model_variants: list[ModelVariantConfig],
        shadow_mode_config: ShadowModeConfig,
        schedule: InferenceExperimentSchedule | None = None,
        description: str | None = None,
        data_storage_config: InferenceExperimentDataStorageConfig | None = None,
        kms_key: str | None = None,
        tags: list[Tag] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        name: str = ...,
        type: InferenceExperimentType | InferenceExperimentTypeLiteral = ...,
        schedule: InferenceExperimentSchedule | None = ...,
        description: str | None = ...,
        role_arn: str = ...,
        endpoint_name: str = ...,
        model_variants: list[ModelVariantConfig] = ...,
        data_storage_config: InferenceExperimentDataStorageConfig | None = ...,
        shadow_mode_config: ShadowModeConfig = ...,
        kms_key: str | None = ...,
        tags: list[Tag] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CreateInferenceExperimentResponse(OutputShape):
    """The result of ``create_inference_experiment`` (CreateInferenceExperiment)."""

    inference_experiment_arn: Final[str | None]
    """The ARN for your inference experiment. Since 2022-11-30."""
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

class CreateInferenceRecommendationsJobRequest(Shape):
    """No description on the pages."""

    job_name: Final[str]
    """A name for the recommendation job. The name must be unique within the Amazon Web Services Region
    and within your Amazon Web Services account. The job name is passed down to the resources
    created by the recommendation job. The names of resources (such as the model, endpoint
    configuration, endpoint, and compilation) that are prefixed with the job name are truncated at
    40 characters. Since 2021-12-01.
    """
    job_type: Final[RecommendationJobType]
    """Defines the type of recommendation job. Specify Default to initiate an instance recommendation
    and Advanced to initiate a load test. If left unspecified, Amazon SageMaker Inference
    Recommender will run an instance recommendation ( DEFAULT) job. Since 2021-12-01.
    """
    role_arn: Final[str]
    """The Amazon Resource Name (ARN) of an IAM role that enables Amazon SageMaker to perform tasks on
    your behalf. Since 2021-12-01.
    """
    input_config: Final[RecommendationJobInputConfig]
    """Provides information about the versioned model package Amazon Resource Name (ARN), the traffic
    pattern, and endpoint configurations. Since 2021-12-01.
    """
    job_description: Final[str | None]
    """Description of the recommendation job. Since 2021-12-01."""
    stopping_conditions: Final[RecommendationJobStoppingConditions | None]
    """A set of conditions for stopping a recommendation job. If any of the conditions are met, the job
    is automatically stopped. Since 2021-12-01.
    """
    output_config: Final[RecommendationJobOutputConfig | None]
    """Provides information about the output artifacts and the KMS key to use for Amazon S3 server-side
    encryption. Since 2022-04-26.
    """
    tags: Final[list[Tag] | None]
    """The metadata that you apply to Amazon Web Services resources to help you categorize and organize
    them. Each tag consists of a key and a value, both of which you define. For more information,
    see Tagging Amazon Web Services Resources in the Amazon Web Services General Reference. Since
    2021-12-01.
    """
    def __init__(
        self,
        *,
        job_name: str,
        job_type: RecommendationJobType | RecommendationJobTypeLiteral,
        role_arn: str,
        input_config: RecommendationJobInputConfig,
        job_description: str | None = None,
        stopping_conditions: RecommendationJobStoppingConditions | None = None,
        output_config: RecommendationJobOutputConfig | None = None,
        tags: list[Tag] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        job_name: str = ...,
        job_type: RecommendationJobType | RecommendationJobTypeLiteral = ...,
        role_arn: str = ...,
        input_config: RecommendationJobInputConfig = ...,
        job_description: str | None = ...,
        stopping_conditions: RecommendationJobStoppingConditions | None = ...,
        output_config: RecommendationJobOutputConfig | None = ...,
        tags: list[Tag] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CreateInferenceRecommendationsJobResponse(OutputShape):
    """The result of ``create_inference_recommendations_job`` (CreateInferenceRecommendationsJob)."""

    job_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the recommendation job. Since 2021-12-01."""
    def __init__(
        self,
        *,
        job_arn: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        job_arn: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CreateJobRequest(Shape):
    """No description on the pages."""

    job_name: Final[str]
    """The name of the job. The name must be unique within your account and Amazon Web Services Region.
    Since 2026-06-02.
    """
    role_arn: Final[str]
    """The Amazon Resource Name (ARN) of the IAM role that Amazon SageMaker assumes to perform the job.
    The role must have the necessary permissions to access the resources required by the job
    configuration. Since 2026-06-02.
    """
    job_category: Final[JobCategory]
    """The category of the job. The category determines the type of workload that the job runs. Since
    2026-06-02.
    """
    job_config_schema_version: Final[str]
    """The version of the configuration schema to use for the job configuration document. Use
    ListJobSchemaVersions to get available schema versions for a job category. Since 2026-06-02.
    """
    job_config_document: Final[str]
    """The JSON configuration document for the job. The document must conform to the schema specified
    by JobConfigSchemaVersion. Use DescribeJobSchemaVersion to retrieve the schema for validation.
    Since 2026-06-02.
    """
    tags: Final[list[Tag] | None]
    """An array of key-value pairs to apply to the job as tags. For more information, see Tagging
    Amazon Web Services Resources. Since 2026-06-02.
    """
    def __init__(
        self,
        *,
        job_name: str,
        role_arn: str,
        job_category: JobCategory | JobCategoryLiteral,
        job_config_schema_version: str,
        job_config_document: str,
        tags: list[Tag] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        job_name: str = ...,
        role_arn: str = ...,
        job_category: JobCategory | JobCategoryLiteral = ...,
        job_config_schema_version: str = ...,
        job_config_document: str = ...,
        tags: list[Tag] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CreateJobResponse(OutputShape):
    """The result of ``create_job`` (CreateJob)."""

    job_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the job. Since 2026-06-02."""
    def __init__(
        self,
        *,
        job_arn: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        job_arn: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CreateLabelingJobRequest(Shape):
    """No description on the pages."""

    labeling_job_name: Final[str]
    """The name of the labeling job. This name is used to identify the job in a list of labeling jobs.
    Labeling job names must be unique within an Amazon Web Services account and region.
    LabelingJobName is not case sensitive. For example, Example-job and example-job are considered
    the same labeling job name by Ground Truth. Since 2018-11-28.
    """
    label_attribute_name: Final[str]
    """The attribute name to use for the label in the output manifest file. This is the key for the
    key/value pair formed with the label that a worker assigns to the object. The LabelAttributeName
    must meet the following requirements. Since 2018-11-28.
    """
    input_config: Final[LabelingJobInputConfig]
    """Input data for the labeling job, such as the Amazon S3 location of the data objects and the
    location of the manifest file that describes the data objects. Since 2018-11-28.
    """
    output_config: Final[LabelingJobOutputConfig]
    """The location of the output data and the Amazon Web Services Key Management Service key ID for
    the key used to encrypt the output data, if any. Since 2018-11-28.
    """
    role_arn: Final[str]
    """The Amazon Resource Number (ARN) that Amazon SageMaker assumes to perform tasks on your behalf
    during data labeling. You must grant this role the necessary permissions so that Amazon
    SageMaker can successfully complete data labeling. Since 2018-11-28.
    """
    label_category_config_s3_uri: Final[str | None]
    """The S3 URI of the file, referred to as a label category configuration file , that defines the
    categories used to label the data objects. Since 2018-11-28.
    """
    stopping_conditions: Final[LabelingJobStoppingConditions | None]
    """A set of conditions for stopping the labeling job. If any of the conditions are met, the job is
    automatically stopped. You can use these conditions to control the cost of data labeling. Since
    2018-11-28.
    """
    labeling_job_algorithms_config: Final[LabelingJobAlgorithmsConfig | None]
    """Configures the information required to perform automated data labeling. Since 2018-11-28."""
    human_task_config: Final[HumanTaskConfig]
    """Configures the labeling task and how it is presented to workers; including, but not limited to
    price, keywords, and batch size (task count). Since 2018-11-28.
    """
    tags: Final[list[Tag] | None]
    """An array of key/value pairs. For more information, see Using Cost Allocation Tags in the Amazon
    Web Services Billing and Cost Management User Guide . Since 2018-11-28.
    """
    def __init__(
        self,
        *,
        labeling_job_name: str,
        label_attribute_name: str,
        input_config: LabelingJobInputConfig,
        output_config: LabelingJobOutputConfig,
        role_arn: str,
        human_task_config: HumanTaskConfig,
        label_category_config_s3_uri: str | None = None,
        stopping_conditions: LabelingJobStoppingConditions | None = None,
        labeling_job_algorithms_config: LabelingJobAlgorithmsConfig | None = None,
        tags: list[Tag] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        labeling_job_name: str = ...,
        label_attribute_name: str = ...,
        input_config: LabelingJobInputConfig = ...,
        output_config: LabelingJobOutputConfig = ...,
        role_arn: str = ...,
        label_category_config_s3_uri: str | None = ...,
        stopping_conditions: LabelingJobStoppingConditions | None = ...,
        labeling_job_algorithms_config: LabelingJobAlgorithmsConfig | None = ...,
        human_task_config: HumanTaskConfig = ...,
        tags: list[Tag] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CreateLabelingJobResponse(OutputShape):
    """The result of ``create_labeling_job`` (CreateLabelingJob)."""

    labeling_job_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the labeling job. You use this ARN to identify the labeling
    job. Since 2018-11-28.
    """
    def __init__(
        self,
        *,
        labeling_job_arn: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        labeling_job_arn: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CreateMlflowAppRequest(Shape):
    """No description on the pages."""

    name: Final[str]
    """A string identifying the MLflow app name. This string is not part of the tracking server ARN.
    Since 2025-12-02.
    """
    artifact_store_uri: Final[str]
    """The S3 URI for a general purpose bucket to use as the MLflow App artifact store. Since
    2025-12-02.
    """
    role_arn: Final[str]
    """The Amazon Resource Name (ARN) for an IAM role in your account that the MLflow App uses to
    access the artifact store in Amazon S3. The role should have the AmazonS3FullAccess permission.
    Since 2025-12-02.
    """
    model_registration_mode: Final[ModelRegistrationMode | None]
    """Whether to enable or disable automatic registration of new MLflow models to the SageMaker Model
    Registry. To enable automatic model registration, set this value to
    AutoModelRegistrationEnabled. To disable automatic model registration, set this value to
    AutoModelRegistrationDisabled. If not specified, AutomaticModelRegistration defaults to
    AutoModelRegistrationDisabled. Since 2025-12-02.
    """
    weekly_maintenance_window_start: Final[str | None]
    """The day and time of the week in Coordinated Universal Time (UTC) 24-hour standard time that
    weekly maintenance updates are scheduled. For example: TUE:03:30. Since 2025-12-02.
    """
    account_default_status: Final[AccountDefaultStatus | None]
    """Indicates whether this MLflow app is the default for the entire account. Since 2025-12-02."""
    default_domain_id_list: Final[list[str] | None]
    """List of SageMaker domain IDs for which this MLflow App is used as the default. Since 2025-12-02.
    """
    tags: Final[list[Tag] | None]
    """Tags consisting of key-value pairs used to manage metadata for the MLflow App. Since 2025-12-02.
    """
    def __init__(
        self,
        *,
        name: str,
        artifact_store_uri: str,
        role_arn: str,
        model_registration_mode: ModelRegistrationMode | ModelRegistrationModeLiteral | None = None,
        weekly_maintenance_window_start: str | None = None,
        account_default_status: AccountDefaultStatus | AccountDefaultStatusLiteral | None = None,
        default_domain_id_list: list[str] | None = None,
        tags: list[Tag] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        name: str = ...,
        artifact_store_uri: str = ...,
        role_arn: str = ...,
        model_registration_mode: ModelRegistrationMode | ModelRegistrationModeLiteral | None = ...,
        weekly_maintenance_window_start: str | None = ...,
        account_default_status: AccountDefaultStatus | AccountDefaultStatusLiteral | None = ...,
        default_domain_id_list: list[str] | None = ...,
        tags: list[Tag] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CreateMlflowAppResponse(OutputShape):
    """The result of ``create_mlflow_app`` (CreateMlflowApp)."""

    arn: Final[str | None]
    """The ARN of the MLflow App. Since 2025-12-02."""
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

class CreateMlflowTrackingServerRequest(Shape):
    """No description on the pages."""

    tracking_server_name: Final[str]
    """A unique string identifying the tracking server name. This string is part of the tracking server
    ARN. Since 2024-06-18.
    """
    artifact_store_uri: Final[str]
    """The S3 URI for a general purpose bucket to use as the MLflow Tracking Server artifact store.
    Since 2024-06-18.
    """
    tracking_server_size: Final[TrackingServerSize | None]
    """The size of the tracking server you want to create. You can choose between "Small", "Medium",
    and "Large". The default MLflow Tracking Server configuration size is "Small". You can choose a
    size depending on the projected use of the tracking server such as the volume of data logged,
    number of users, and frequency of use. Since 2024-06-18.
    """
    mlflow_version: Final[str | None]
    """The version of MLflow that the tracking server uses. To see which MLflow versions are available
    to use, see How it works. Since 2024-06-18.
    """
    role_arn: Final[str]
    """The Amazon Resource Name (ARN) for an IAM role in your account that the MLflow Tracking Server
    uses to access the artifact store in Amazon S3. The role should have AmazonS3FullAccess
    permissions. For more information on IAM permissions for tracking server creation, see Set up
    IAM permissions for MLflow. Since 2024-06-18.
    """
    automatic_model_registration: Final[bool | None]
    """Whether to enable or disable automatic registration of new MLflow models to the SageMaker Model
    Registry. To enable automatic model registration, set this value to True. To disable automatic
    model registration, set this value to False. If not specified, AutomaticModelRegistration
    defaults to False. Since 2024-06-18.
    """
    weekly_maintenance_window_start: Final[str | None]
    """The day and time of the week in Coordinated Universal Time (UTC) 24-hour standard time that
    weekly maintenance updates are scheduled. For example: TUE:03:30. Since 2024-06-18.
    """
    tags: Final[list[Tag] | None]
    """Tags consisting of key-value pairs used to manage metadata for the tracking server. Since
    2024-06-18.
    """
    s3_bucket_owner_account_id: Final[str | None]
    """Expected Amazon Web Services account ID that owns the Amazon S3 bucket for artifact storage.
    Defaults to caller's account ID if not provided. Since 2026-03-05.
    """
    s3_bucket_owner_verification: Final[bool | None]
    """Enable Amazon S3 Ownership checks when interacting with Amazon S3 buckets from a SageMaker
    Managed MLflow Tracking Server. Defaults to True if not provided. Since 2026-03-05.
    """
    def __init__(
        self,
        *,
        tracking_server_name: str,
        artifact_store_uri: str,
        role_arn: str,
        tracking_server_size: TrackingServerSize | TrackingServerSizeLiteral | None = None,
        mlflow_version: str | None = None,
        automatic_model_registration: bool | None = None,
        weekly_maintenance_window_start: str | None = None,
        tags: list[Tag] | None = None,
        s3_bucket_owner_account_id: str | None = None,
        s3_bucket_owner_verification: bool | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        tracking_server_name: str = ...,
        artifact_store_uri: str = ...,
        tracking_server_size: TrackingServerSize | TrackingServerSizeLiteral | None = ...,
        mlflow_version: str | None = ...,
        role_arn: str = ...,
        automatic_model_registration: bool | None = ...,
        weekly_maintenance_window_start: str | None = ...,
        tags: list[Tag] | None = ...,
        s3_bucket_owner_account_id: str | None = ...,
        s3_bucket_owner_verification: bool | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CreateMlflowTrackingServerResponse(OutputShape):
    """The result of ``create_mlflow_tracking_server`` (CreateMlflowTrackingServer)."""

    tracking_server_arn: Final[str | None]
    """The ARN of the tracking server. Since 2024-06-18."""
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

class CreateModelBiasJobDefinitionRequest(Shape):
    """No description on the pages."""

    job_definition_name: Final[str]
    """The name of the bias job definition. The name must be unique within an Amazon Web Services
    Region in the Amazon Web Services account. Since 2020-12-08.
    """
    model_bias_baseline_config: Final[ModelBiasBaselineConfig | None]
    """The baseline configuration for a model bias job. Since 2020-12-08."""
    model_bias_app_specification: Final[ModelBiasAppSpecification]
    """Configures the model bias job to run a specified Docker container image. Since 2020-12-08."""
    model_bias_job_input: Final[ModelBiasJobInput]
    """Inputs for the model bias job. Since 2020-12-08."""
    model_bias_job_output_config: Final[MonitoringOutputConfig]
    """The output configuration for monitoring jobs. Since 2020-12-08."""
    job_resources: Final[MonitoringResources]
    """Identifies the resources to deploy for a monitoring job. Since 2020-12-08."""
    network_config: Final[MonitoringNetworkConfig | None]
    """Networking options for a model bias job. Since 2020-12-08."""
    role_arn: Final[str]
    """The Amazon Resource Name (ARN) of an IAM role that Amazon SageMaker AI can assume to perform
    tasks on your behalf. Since 2020-12-08.
    """
    stopping_condition: Final[MonitoringStoppingCondition | None]
    """A time limit for how long the monitoring job is allowed to run before stopping. Since
    2020-12-08.
    """
    tags: Final[list[Tag] | None]
    """(Optional) An array of key-value pairs. For more information, see Using Cost Allocation Tags in
    the Amazon Web Services Billing and Cost Management User Guide. Since 2020-12-08.
    """
    def __init__(
        self,
        *,
        job_definition_name: str,
        model_bias_app_specification: ModelBiasAppSpecification,
        model_bias_job_input: ModelBiasJobInput,
        model_bias_job_output_config: MonitoringOutputConfig,
        job_resources: MonitoringResources,
        role_arn: str,
        model_bias_baseline_config: ModelBiasBaselineConfig | None = None,
        network_config: MonitoringNetworkConfig | None = None,
        stopping_condition: MonitoringStoppingCondition | None = None,
        tags: list[Tag] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        job_definition_name: str = ...,
        model_bias_baseline_config: ModelBiasBaselineConfig | None = ...,
        model_bias_app_specification: ModelBiasAppSpecification = ...,
        model_bias_job_input: ModelBiasJobInput = ...,
        model_bias_job_output_config: MonitoringOutputConfig = ...,
        job_resources: MonitoringResources = ...,
        network_config: MonitoringNetworkConfig | None = ...,
        role_arn: str = ...,
        stopping_condition: MonitoringStoppingCondition | None = ...,
        tags: list[Tag] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CreateModelBiasJobDefinitionResponse(OutputShape):
    """The result of ``create_model_bias_job_definition`` (CreateModelBiasJobDefinition)."""

    job_definition_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the model bias job. Since 2020-12-08."""
    def __init__(
        self,
        *,
        job_definition_arn: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        job_definition_arn: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CreateModelCardExportJobRequest(Shape):
    """No description on the pages."""

    model_card_name: Final[str]
    """The name of the model card to export. Since 2022-11-30."""
    model_card_version: Final[int | None]
    """The version of the model card to export. If a version is not provided, then the latest version
    of the model card is exported. Since 2022-11-30.
    """
    model_card_export_job_name: Final[str]
    """The name of the model card export job. Since 2022-11-30."""
    output_config: Final[ModelCardExportOutputConfig]
    """The model card output configuration that specifies the Amazon S3 path for exporting. Since
    2022-11-30.
    """
    def __init__(
        self,
        *,
        model_card_name: str,
        model_card_export_job_name: str,
        output_config: ModelCardExportOutputConfig,
        model_card_version: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        model_card_name: str = ...,
        model_card_version: int | None = ...,
        model_card_export_job_name: str = ...,
        output_config: ModelCardExportOutputConfig = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CreateModelCardExportJobResponse(OutputShape):
    """The result of ``create_model_card_export_job`` (CreateModelCardExportJob)."""

    model_card_export_job_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the model card export job. Since 2022-11-30."""
    def __init__(
        self,
        *,
        model_card_export_job_arn: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        model_card_export_job_arn: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CreateModelCardRequest(Shape):
    """No description on the pages."""

    model_card_name: Final[str]
    """The unique name of the model card. Since 2022-11-30."""
    security_config: Final[ModelCardSecurityConfig | None]
    """An optional Key Management Service key to encrypt, decrypt, and re-encrypt model card content
    for regulated workloads with highly sensitive data. Since 2022-11-30.
    """
    content: Final[str]
    """The content of the model card. Content must be in model card JSON schema and provided as a
    string. Since 2022-11-30. Sensitive: ``repr()`` shows ``'***'``.
    """
    model_card_status: Final[ModelCardStatus]
    """The approval status of the model card within your organization. Different organizations might
    have different criteria for model card review and approval. Since 2022-11-30.
    """
    tags: Final[list[Tag] | None]
    """Key-value pairs used to manage metadata for model cards. Since 2022-11-30."""
    def __init__(
        self,
        *,
        model_card_name: str,
        content: str,
        model_card_status: ModelCardStatus | ModelCardStatusLiteral,
        security_config: ModelCardSecurityConfig | None = None,
        tags: list[Tag] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        model_card_name: str = ...,
        security_config: ModelCardSecurityConfig | None = ...,
        content: str = ...,
        model_card_status: ModelCardStatus | ModelCardStatusLiteral = ...,
        tags: list[Tag] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CreateModelCardResponse(OutputShape):
    """The result of ``create_model_card`` (CreateModelCard)."""

    model_card_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the successfully created model card. Since 2022-11-30."""
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

class CreateModelExplainabilityJobDefinitionRequest(Shape):
    """No description on the pages."""

    job_definition_name: Final[str]
    """The name of the model explainability job definition. The name must be unique within an Amazon
    Web Services Region in the Amazon Web Services account. Since 2020-12-08.
    """
    model_explainability_baseline_config: Final[ModelExplainabilityBaselineConfig | None]
    """The baseline configuration for a model explainability job. Since 2020-12-08."""
    model_explainability_app_specification: Final[ModelExplainabilityAppSpecification]
    """Configures the model explainability job to run a specified Docker container image. Since
    2020-12-08.
    """
    model_explainability_job_input: Final[ModelExplainabilityJobInput]
    """Inputs for the model explainability job. Since 2020-12-08."""
    model_explainability_job_output_config: Final[MonitoringOutputConfig]
    """The output configuration for monitoring jobs. Since 2020-12-08."""
    job_resources: Final[MonitoringResources]
    """Identifies the resources to deploy for a monitoring job. Since 2020-12-08."""
    network_config: Final[MonitoringNetworkConfig | None]
    """Networking options for a model explainability job. Since 2020-12-08."""
    role_arn: Final[str]
    """The Amazon Resource Name (ARN) of an IAM role that Amazon SageMaker AI can assume to perform
    tasks on your behalf. Since 2020-12-08.
    """
    stopping_condition: Final[MonitoringStoppingCondition | None]
    """A time limit for how long the monitoring job is allowed to run before stopping. Since
    2020-12-08.
    """
    tags: Final[list[Tag] | None]
    """(Optional) An array of key-value pairs. For more information, see Using Cost Allocation Tags in
    the Amazon Web Services Billing and Cost Management User Guide. Since 2020-12-08.
    """
    def __init__(
        self,
        *,
        job_definition_name: str,
        model_explainability_app_specification: ModelExplainabilityAppSpecification,
        model_explainability_job_input: ModelExplainabilityJobInput,
        model_explainability_job_output_config: MonitoringOutputConfig,
        job_resources: MonitoringResources,
        role_arn: str,
        model_explainability_baseline_config: ModelExplainabilityBaselineConfig | None = None,
        network_config: MonitoringNetworkConfig | None = None,
        stopping_condition: MonitoringStoppingCondition | None = None,
        tags: list[Tag] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        job_definition_name: str = ...,
        model_explainability_baseline_config: ModelExplainabilityBaselineConfig | None = ...,
        model_explainability_app_specification: ModelExplainabilityAppSpecification = ...,
        model_explainability_job_input: ModelExplainabilityJobInput = ...,
        model_explainability_job_output_config: MonitoringOutputConfig = ...,
        job_resources: MonitoringResources = ...,
        network_config: MonitoringNetworkConfig | None = ...,
        role_arn: str = ...,
        stopping_condition: MonitoringStoppingCondition | None = ...,
        tags: list[Tag] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CreateModelExplainabilityJobDefinitionResponse(OutputShape):
    """The result of ``create_model_explainability_job_definition``
    (CreateModelExplainabilityJobDefinition).
    """

    job_definition_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the model explainability job. Since 2020-12-08."""
    def __init__(
        self,
        *,
        job_definition_arn: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        job_definition_arn: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CreateModelInput(Shape):
    """No description on the pages."""

    model_name: Final[str]
    """The name of the new model. Since 2017-11-29."""
    primary_container: Final[ContainerDefinition | None]
    """The location of the primary docker image containing inference code, associated artifacts, and
    custom environment map that the inference code uses when the model is deployed for predictions.
    Since 2017-11-29.
    """
    containers: Final[list[ContainerDefinition] | None]
    """Specifies the containers in the inference pipeline. Since 2018-11-28."""
    inference_execution_config: Final[InferenceExecutionConfig | None]
    """Specifies details of how containers in a multi-container endpoint are called. Since 2021-02-22.
    """
    execution_role_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the IAM role that SageMaker can assume to access model
    artifacts and docker image for deployment on ML compute instances or for batch transform jobs.
    Deploying on ML compute instances is part of model hosting. For more information, see SageMaker
    Roles. Since 2017-11-29.
    """
    tags: Final[list[Tag] | None]
    """An array of key-value pairs. You can use tags to categorize your Amazon Web Services resources
    in different ways, for example, by purpose, owner, or environment. For more information, see
    Tagging Amazon Web Services Resources. Since 2017-11-29.
    """
    vpc_config: Final[VpcConfig | None]
    """A VpcConfig object that specifies the VPC that you want your model to connect to. Control access
    to and from your model container by configuring the VPC. VpcConfig is used in hosting services
    and in batch transform. For more information, see Protect Endpoints by Using an Amazon Virtual
    Private Cloud and Protect Data in Batch Transform Jobs by Using an Amazon Virtual Private Cloud.
    Since 2018-04-30.
    """
    enable_network_isolation: Final[bool | None]
    """Isolates the model container. No inbound or outbound network calls can be made to or from the
    model container. Since 2018-11-28.
    """
    def __init__(
        self,
        *,
        model_name: str,
        primary_container: ContainerDefinition | None = None,
        containers: list[ContainerDefinition] | None = None,
        inference_execution_config: InferenceExecutionConfig | None = None,
        execution_role_arn: str | None = None,
        tags: list[Tag] | None = None,
        vpc_config: VpcConfig | None = None,
        enable_network_isolation: bool | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        model_name: str = ...,
        primary_container: ContainerDefinition | None = ...,
        containers: list[ContainerDefinition] | None = ...,
        inference_execution_config: InferenceExecutionConfig | None = ...,
        execution_role_arn: str | None = ...,
        tags: list[Tag] | None = ...,
        vpc_config: VpcConfig | None = ...,
        enable_network_isolation: bool | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CreateModelOutput(OutputShape):
    """The result of ``create_model`` (CreateModel)."""

    model_arn: Final[str | None]
    """The ARN of the model created in SageMaker. Since 2017-11-29."""
    def __init__(
        self,
        *,
        model_arn: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        model_arn: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CreateModelPackageGroupInput(Shape):
    """No description on the pages."""

    model_package_group_name: Final[str]
    """The name of the model group. Since 2020-12-01."""
    model_package_group_description: Final[str | None]
    """A description for the model group. Since 2020-12-01."""
    tags: Final[list[Tag] | None]
    """A list of key value pairs associated with the model group. For more information, see Tagging
    Amazon Web Services resources in the Amazon Web Services General Reference Guide. Since
    2020-12-01.
    """
    managed_configuration: Final[ManagedConfiguration | None]
    """The managed configuration of the model package group. Since 2026-05-13."""
    def __init__(
        self,
        *,
        model_package_group_name: str,
        model_package_group_description: str | None = None,
        tags: list[Tag] | None = None,
        managed_configuration: ManagedConfiguration | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        model_package_group_name: str = ...,
        model_package_group_description: str | None = ...,
        tags: list[Tag] | None = ...,
        managed_configuration: ManagedConfiguration | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CreateModelPackageGroupOutput(OutputShape):
    """The result of ``create_model_package_group`` (CreateModelPackageGroup)."""

    model_package_group_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the model group. Since 2020-12-01."""
    def __init__(
        self,
        *,
        model_package_group_arn: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        model_package_group_arn: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CreateModelPackageInput(Shape):
    """No description on the pages."""

    model_package_name: Final[str | None]
    """The name of the model package. The name must have 1 to 63 characters. Valid characters are a-z,
    A-Z, 0-9, and - (hyphen). Since 2018-11-28.
    """
    model_package_group_name: Final[str | None]
    """The name or Amazon Resource Name (ARN) of the model package group that this model version
    belongs to. Since 2020-12-01.
    """
    model_package_description: Final[str | None]
    """A description of the model package. Since 2018-11-28."""
    model_package_registration_type: Final[ModelPackageRegistrationType | None]
    """The package registration type of the model package input. Since 2025-12-03."""
    inference_specification: Final[InferenceSpecification | None]
    """Specifies details about inference jobs that you can run with models based on this model package,
    including the following information: Since 2018-11-28.
    """
    validation_specification: Final[ModelPackageValidationSpecification | None]
    """Specifies configurations for one or more transform jobs that SageMaker runs to test the model
    package. Since 2018-11-28.
    """
    source_algorithm_specification: Final[SourceAlgorithmSpecification | None]
    """Details about the algorithm that was used to create the model package. Since 2018-11-28."""
    certify_for_marketplace: Final[bool | None]
    """Whether to certify the model package for listing on Amazon Web Services Marketplace. Since
    2018-11-28.
    """
    tags: Final[list[Tag] | None]
    """A list of key value pairs associated with the model. For more information, see Tagging Amazon
    Web Services resources in the Amazon Web Services General Reference Guide. Since 2020-12-01.
    """
    model_approval_status: Final[ModelApprovalStatus | None]
    """Whether the model is approved for deployment. Since 2020-12-01."""
    metadata_properties: Final[MetadataProperties | None]
    """Metadata properties of the tracking entity, trial, or trial component. Since 2020-12-01."""
    model_metrics: Final[ModelMetrics | None]
    """A structure that contains model metrics reports. Since 2020-12-01."""
    client_token: Final[str | None]
    """A unique token that guarantees that the call to this API is idempotent. Since 2020-12-01."""
    domain: Final[str | None]
    """The machine learning domain of your model package and its components. Common machine learning
    domains include computer vision and natural language processing. Since 2021-12-01.
    """
    task: Final[str | None]
    """The machine learning task your model package accomplishes. Common machine learning tasks include
    object detection and image classification. The following tasks are supported by Inference
    Recommender: "IMAGE_CLASSIFICATION" | "OBJECT_DETECTION" | "TEXT_GENERATION" |
    "IMAGE_SEGMENTATION" | "FILL_MASK" | "CLASSIFICATION" | "REGRESSION" | "OTHER". Since
    2021-12-01.
    """
    sample_payload_url: Final[str | None]
    """The Amazon Simple Storage Service (Amazon S3) path where the sample payload is stored. This path
    must point to a single gzip compressed tar archive (.tar.gz suffix). This archive can hold
    multiple files that are all equally used in the load test. Each file in the archive must satisfy
    the size constraints of the InvokeEndpoint call. Since 2021-12-01.
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
    """The URI of the source for the model package. If you want to clone a model package, set it to the
    model package Amazon Resource Name (ARN). If you want to register a model, set it to the model
    ARN. Since 2024-02-29.
    """
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
        model_package_description: str | None = None,
        model_package_registration_type: ModelPackageRegistrationType
        | ModelPackageRegistrationTypeLiteral
        | None = None,
        inference_specification: InferenceSpecification | None = None,
        validation_specification: ModelPackageValidationSpecification | None = None,
        source_algorithm_specification: SourceAlgorithmSpecification | None = None,
        certify_for_marketplace: bool | None = None,
        tags: list[Tag] | None = None,
        model_approval_status: ModelApprovalStatus | ModelApprovalStatusLiteral | None = None,
        metadata_properties: MetadataProperties | None = None,
        model_metrics: ModelMetrics | None = None,
        client_token: str | None = None,
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
        model_package_description: str | None = ...,
        model_package_registration_type: ModelPackageRegistrationType
        | ModelPackageRegistrationTypeLiteral
        | None = ...,
        inference_specification: InferenceSpecification | None = ...,
        validation_specification: ModelPackageValidationSpecification | None = ...,
        source_algorithm_specification: SourceAlgorithmSpecification | None = ...,
        certify_for_marketplace: bool | None = ...,
        tags: list[Tag] | None = ...,
        model_approval_status: ModelApprovalStatus | ModelApprovalStatusLiteral | None = ...,
        metadata_properties: MetadataProperties | None = ...,
        model_metrics: ModelMetrics | None = ...,
        client_token: str | None = ...,
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

class CreateModelPackageOutput(OutputShape):
    """The result of ``create_model_package`` (CreateModelPackage)."""

    model_package_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the new model package. Since 2018-11-28."""
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

class CreateModelQualityJobDefinitionRequest(Shape):
    """No description on the pages."""

    job_definition_name: Final[str]
    """The name of the monitoring job definition. Since 2020-12-08."""
    model_quality_baseline_config: Final[ModelQualityBaselineConfig | None]
    """Specifies the constraints and baselines for the monitoring job. Since 2020-12-08."""
    model_quality_app_specification: Final[ModelQualityAppSpecification]
    """The container that runs the monitoring job. Since 2020-12-08."""
    model_quality_job_input: Final[ModelQualityJobInput]
    """A list of the inputs that are monitored. Currently endpoints are supported. Since 2020-12-08.
    """
    model_quality_job_output_config: Final[MonitoringOutputConfig]
    """The output configuration for monitoring jobs. Since 2020-12-08."""
    job_resources: Final[MonitoringResources]
    """Identifies the resources to deploy for a monitoring job. Since 2020-12-08."""
    network_config: Final[MonitoringNetworkConfig | None]
    """Specifies the network configuration for the monitoring job. Since 2020-12-08."""
    role_arn: Final[str]
    """The Amazon Resource Name (ARN) of an IAM role that Amazon SageMaker AI can assume to perform
    tasks on your behalf. Since 2020-12-08.
    """
    stopping_condition: Final[MonitoringStoppingCondition | None]
    """A time limit for how long the monitoring job is allowed to run before stopping. Since
    2020-12-08.
    """
    tags: Final[list[Tag] | None]
    """(Optional) An array of key-value pairs. For more information, see Using Cost Allocation Tags in
    the Amazon Web Services Billing and Cost Management User Guide. Since 2020-12-08.
    """
    def __init__(
        self,
        *,
        job_definition_name: str,
        model_quality_app_specification: ModelQualityAppSpecification,
        model_quality_job_input: ModelQualityJobInput,
        model_quality_job_output_config: MonitoringOutputConfig,
        job_resources: MonitoringResources,
        role_arn: str,
        model_quality_baseline_config: ModelQualityBaselineConfig | None = None,
        network_config: MonitoringNetworkConfig | None = None,
        stopping_condition: MonitoringStoppingCondition | None = None,
        tags: list[Tag] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        job_definition_name: str = ...,
        model_quality_baseline_config: ModelQualityBaselineConfig | None = ...,
        model_quality_app_specification: ModelQualityAppSpecification = ...,
        model_quality_job_input: ModelQualityJobInput = ...,
        model_quality_job_output_config: MonitoringOutputConfig = ...,
        job_resources: MonitoringResources = ...,
        network_config: MonitoringNetworkConfig | None = ...,
        role_arn: str = ...,
        stopping_condition: MonitoringStoppingCondition | None = ...,
        tags: list[Tag] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CreateModelQualityJobDefinitionResponse(OutputShape):
    """The result of ``create_model_quality_job_definition`` (CreateModelQualityJobDefinition)."""

    job_definition_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the model quality monitoring job. Since 2020-12-08."""
    def __init__(
        self,
        *,
        job_definition_arn: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        job_definition_arn: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CreateMonitoringScheduleRequest(Shape):
    """No description on the pages."""

    monitoring_schedule_name: Final[str]
    """The name of the monitoring schedule. The name must be unique within an Amazon Web Services
    Region within an Amazon Web Services account. Since 2019-12-04.
    """
    monitoring_schedule_config: Final[MonitoringScheduleConfig]
    """The configuration object that specifies the monitoring schedule and defines the monitoring job.
    Since 2019-12-04.
    """
    tags: Final[list[Tag] | None]
    """(Optional) An array of key-value pairs. For more information, see Using Cost Allocation Tags in
    the Amazon Web Services Billing and Cost Management User Guide. Since 2019-12-04.
    """
    def __init__(
        self,
        *,
        monitoring_schedule_name: str,
        monitoring_schedule_config: MonitoringScheduleConfig,
        tags: list[Tag] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        monitoring_schedule_name: str = ...,
        monitoring_schedule_config: MonitoringScheduleConfig = ...,
        tags: list[Tag] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CreateMonitoringScheduleResponse(OutputShape):
    """The result of ``create_monitoring_schedule`` (CreateMonitoringSchedule)."""

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

class CreateNotebookInstanceInput(Shape):
    """No description on the pages."""

    notebook_instance_name: Final[str]
    """The name of the new notebook instance. Since 2017-11-29."""
    instance_type: Final[InstanceType]
    """The type of ML compute instance to launch for the notebook instance. Since 2017-11-29."""
    subnet_id: Final[str | None]
    """The ID of the subnet in a VPC to which you would like to have a connectivity from your ML
    compute instance. Since 2017-11-29.
    """
    security_group_ids: Final[list[str] | None]
    """The VPC security group IDs, in the form sg-xxxxxxxx. The security groups must be for the same
    VPC as specified in the subnet. Since 2017-11-29.
    """
    ip_address_type: Final[IPAddressType | None]
    """The IP address type for the notebook instance. Specify ipv4 for IPv4-only connectivity or
    dualstack for both IPv4 and IPv6 connectivity. When you specify dualstack, the subnet must
    support IPv6 CIDR blocks. If not specified, defaults to ipv4. Since 2025-09-05.
    """
    role_arn: Final[str]
    """When you send any requests to Amazon Web Services resources from the notebook instance,
    SageMaker AI assumes this role to perform tasks on your behalf. You must grant this role
    necessary permissions so SageMaker AI can perform these tasks. The policy must allow the
    SageMaker AI service principal (sagemaker.amazonaws.com) permissions to assume this role. For
    more information, see SageMaker AI Roles. Since 2017-11-29.
    """
    kms_key_id: Final[str | None]
    """The Amazon Resource Name (ARN) of a Amazon Web Services Key Management Service key that
    SageMaker AI uses to encrypt data on the storage volume attached to your notebook instance. The
    KMS key you provide must be enabled. For information, see Enabling and Disabling Keys in the
    Amazon Web Services Key Management Service Developer Guide. Since 2017-11-29.
    """
    tags: Final[list[Tag] | None]
    """An array of key-value pairs. You can use tags to categorize your Amazon Web Services resources
    in different ways, for example, by purpose, owner, or environment. For more information, see
    Tagging Amazon Web Services Resources. Since 2017-11-29.
    """
    lifecycle_config_name: Final[str | None]
    """The name of a lifecycle configuration to associate with the notebook instance. For information
    about lifestyle configurations, see Step 2.1: (Optional) Customize a Notebook Instance. Since
    2018-03-15.
    """
    direct_internet_access: Final[DirectInternetAccess | None]
    """Sets whether SageMaker AI provides internet access to the notebook instance. If you set this to
    Disabled this notebook instance is able to access resources only in your VPC, and is not be able
    to connect to SageMaker AI training and endpoint services unless you configure a NAT Gateway in
    your VPC. Since 2018-03-15.
    """
    volume_size_in_gb: Final[int | None]
    """The size, in GB, of the ML storage volume to attach to the notebook instance. The default value
    is 5 GB. Since 2018-10-26.
    """
    accelerator_types: Final[list[NotebookInstanceAcceleratorType | NotebookInstanceAcceleratorTypeLiteral] | None]
    """This parameter is no longer supported. Elastic Inference (EI) is no longer available. Since
    2018-11-28.
    """
    default_code_repository: Final[str | None]
    """A Git repository to associate with the notebook instance as its default code repository. This
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
    root_access: Final[RootAccess | None]
    """Whether root access is enabled or disabled for users of the notebook instance. The default value
    is Enabled. Since 2019-03-08.
    """
    platform_identifier: Final[str | None]
    """The platform identifier of the notebook instance runtime environment. The default value is
    notebook-al2023-v1. Since 2021-08-18.
    """
    instance_metadata_service_configuration: Final[InstanceMetadataServiceConfiguration | None]
    """Information on the IMDS configuration of the notebook instance Since 2022-05-27."""
    def __init__(
        self,
        *,
        notebook_instance_name: str,
        instance_type: InstanceType | InstanceTypeLiteral,
        role_arn: str,
        subnet_id: str | None = None,
        security_group_ids: list[str] | None = None,
        ip_address_type: IPAddressType | IPAddressTypeLiteral | None = None,
        kms_key_id: str | None = None,
        tags: list[Tag] | None = None,
        lifecycle_config_name: str | None = None,
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
        notebook_instance_name: str = ...,
        instance_type: InstanceType | InstanceTypeLiteral = ...,
        subnet_id: str | None = ...,
        security_group_ids: list[str] | None = ...,
        ip_address_type: IPAddressType | IPAddressTypeLiteral | None = ...,
        role_arn: str = ...,
        kms_key_id: str | None = ...,
        tags: list[Tag] | None = ...,
        lifecycle_config_name: str | None = ...,
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

class CreateNotebookInstanceLifecycleConfigInput(Shape):
    """No description on the pages."""

    notebook_instance_lifecycle_config_name: Final[str]
    """The name of the lifecycle configuration. Since 2018-03-15."""
    on_create: Final[list[NotebookInstanceLifecycleHook] | None]
    """A shell script that runs only once, when you create a notebook instance. The shell script must
    be a base64-encoded string. Since 2018-03-15.
    """
    on_start: Final[list[NotebookInstanceLifecycleHook] | None]
    """A shell script that runs every time you start a notebook instance, including when you create the
    notebook instance. The shell script must be a base64-encoded string. Since 2018-03-15.
    """
    tags: Final[list[Tag] | None]
    """An array of key-value pairs. You can use tags to categorize your Amazon Web Services resources
    in different ways, for example, by purpose, owner, or environment. For more information, see
    Tagging Amazon Web Services Resources. Since 2025-04-01.
    """
    def __init__(
        self,
        *,
        notebook_instance_lifecycle_config_name: str,
        on_create: list[NotebookInstanceLifecycleHook] | None = None,
        on_start: list[NotebookInstanceLifecycleHook] | None = None,
        tags: list[Tag] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        notebook_instance_lifecycle_config_name: str = ...,
        on_create: list[NotebookInstanceLifecycleHook] | None = ...,
        on_start: list[NotebookInstanceLifecycleHook] | None = ...,
        tags: list[Tag] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CreateNotebookInstanceLifecycleConfigOutput(OutputShape):
    """The result of ``create_notebook_instance_lifecycle_config``
    (CreateNotebookInstanceLifecycleConfig).
    """

    notebook_instance_lifecycle_config_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the lifecycle configuration. Since 2018-03-15."""
    def __init__(
        self,
        *,
        notebook_instance_lifecycle_config_arn: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        notebook_instance_lifecycle_config_arn: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CreateNotebookInstanceOutput(OutputShape):
    """The result of ``create_notebook_instance`` (CreateNotebookInstance)."""

    notebook_instance_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the notebook instance. Since 2017-11-29."""
    def __init__(
        self,
        *,
        notebook_instance_arn: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        notebook_instance_arn: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CreateOptimizationJobRequest(Shape):
    """No description on the pages."""

    optimization_job_name: Final[str]
    """A custom name for the new optimization job. Since 2024-07-09."""
    role_arn: Final[str]
    """The Amazon Resource Name (ARN) of an IAM role that enables Amazon SageMaker AI to perform tasks
    on your behalf. Since 2024-07-09.
    """
    model_source: Final[OptimizationJobModelSource]
    """The location of the source model to optimize with an optimization job. Since 2024-07-09."""
    deployment_instance_type: Final[OptimizationJobDeploymentInstanceType]
    """The type of instance that hosts the optimized model that you create with the optimization job.
    Since 2024-07-09.
    """
    max_instance_count: Final[int | None]
    """The maximum number of instances to use for the optimization job. Since 2025-11-21."""
    optimization_environment: Final[dict[str, str] | None]
    """The environment variables to set in the model container. Since 2024-07-09."""
    optimization_configs: Final[list[OptimizationConfig]]
    """Settings for each of the optimization techniques that the job applies. Since 2024-07-09."""
    output_config: Final[OptimizationJobOutputConfig]
    """Details for where to store the optimized model that you create with the optimization job. Since
    2024-07-09.
    """
    stopping_condition: Final[StoppingCondition]
    """Specifies a limit to how long a job can run. When the job reaches the time limit, SageMaker ends
    the job. Use this API to cap costs. Since 2024-07-09.
    """
    tags: Final[list[Tag] | None]
    """A list of key-value pairs associated with the optimization job. For more information, see
    Tagging Amazon Web Services resources in the Amazon Web Services General Reference Guide. Since
    2024-07-09.
    """
    vpc_config: Final[OptimizationVpcConfig | None]
    """A VPC in Amazon VPC that your optimized model has access to. Since 2024-07-09."""
    training_plan_arns: Final[list[str] | None]
    """The Amazon Resource Name (ARN) of the training plan to use for this optimization job. Since
    2026-07-27.
    """
    def __init__(
        self,
        *,
        optimization_job_name: str,
        role_arn: str,
        model_source: OptimizationJobModelSource,
        deployment_instance_type: OptimizationJobDeploymentInstanceType | OptimizationJobDeploymentInstanceTypeLiteral,
        optimization_configs: list[OptimizationConfig],
        output_config: OptimizationJobOutputConfig,
        stopping_condition: StoppingCondition,
        max_instance_count: int | None = None,
        optimization_environment: dict[str, str] | None = None,
        tags: list[Tag] | None = None,
        vpc_config: OptimizationVpcConfig | None = None,
        training_plan_arns: list[str] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        optimization_job_name: str = ...,
        role_arn: str = ...,
        model_source: OptimizationJobModelSource = ...,
        deployment_instance_type: OptimizationJobDeploymentInstanceType
        | OptimizationJobDeploymentInstanceTypeLiteral = ...,
        max_instance_count: int | None = ...,
        optimization_environment: dict[str, str] | None = ...,
        optimization_configs: list[OptimizationConfig] = ...,
        output_config: OptimizationJobOutputConfig = ...,
        stopping_condition: StoppingCondition = ...,
        tags: list[Tag] | None = ...,
        vpc_config: OptimizationVpcConfig | None = ...,
        training_plan_arns: list[str] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CreateOptimizationJobResponse(OutputShape):
    """The result of ``create_optimization_job`` (CreateOptimizationJob)."""

    optimization_job_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the optimization job. Since 2024-07-09."""
    def __init__(
        self,
        *,
        optimization_job_arn: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        optimization_job_arn: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CreatePartnerAppPresignedUrlRequest(Shape):
    """No description on the pages."""

    arn: Final[str]
    """The ARN of the SageMaker Partner AI App to create the presigned URL for. Since 2024-12-04."""
    expires_in_seconds: Final[int | None]
    """The time that will pass before the presigned URL expires. Since 2024-12-04."""
    session_expiration_duration_in_seconds: Final[int | None]
    """Indicates how long the Amazon SageMaker Partner AI App session can be accessed for after logging
    in. Since 2024-12-04.
    """
    def __init__(
        self,
        *,
        arn: str,
        expires_in_seconds: int | None = None,
        session_expiration_duration_in_seconds: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        arn: str = ...,
        expires_in_seconds: int | None = ...,
        session_expiration_duration_in_seconds: int | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CreatePartnerAppPresignedUrlResponse(OutputShape):
    """The result of ``create_partner_app_presigned_url`` (CreatePartnerAppPresignedUrl)."""

    url: Final[str | None]
    """The presigned URL that you can use to access the SageMaker Partner AI App. Since 2024-12-04.
    """
    def __init__(
        self,
        *,
        url: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        url: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CreatePartnerAppRequest(Shape):
    """No description on the pages."""

    name: Final[str]
    """The name to give the SageMaker Partner AI App. Since 2024-12-04."""
    type: Final[PartnerAppType]
    """The type of SageMaker Partner AI App to create. Must be one of the following: lakera-guard,
    comet, deepchecks-llm-evaluation, or fiddler. Since 2024-12-04.
    """
    execution_role_arn: Final[str]
    """The ARN of the IAM role that the partner application uses. Since 2024-12-04."""
    kms_key_id: Final[str | None]
    """SageMaker Partner AI Apps uses Amazon Web Services KMS to encrypt data at rest using an Amazon
    Web Services managed key by default. For more control, specify a customer managed key. Since
    2025-03-25.
    """
    maintenance_config: Final[PartnerAppMaintenanceConfig | None]
    """Maintenance configuration settings for the SageMaker Partner AI App. Since 2024-12-04."""
    tier: Final[str]
    """Indicates the instance type and size of the cluster attached to the SageMaker Partner AI App.
    Since 2024-12-04.
    """
    application_config: Final[PartnerAppConfig | None]
    """Configuration settings for the SageMaker Partner AI App. Since 2024-12-04."""
    auth_type: Final[PartnerAppAuthType]
    """The authorization type that users use to access the SageMaker Partner AI App. Since 2024-12-04.
    """
    enable_iam_session_based_identity: Final[bool | None]
    """When set to TRUE, the SageMaker Partner AI App sets the Amazon Web Services IAM session name or
    the authenticated IAM user as the identity of the SageMaker Partner AI App user. Since
    2024-12-04.
    """
    enable_auto_minor_version_upgrade: Final[bool | None]
    """When set to TRUE, the SageMaker Partner AI App is automatically upgraded to the latest minor
    version during the next scheduled maintenance window, if one is available. Default is FALSE.
    Since 2025-11-13.
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
        name: str,
        type: PartnerAppType | PartnerAppTypeLiteral,
        execution_role_arn: str,
        tier: str,
        auth_type: PartnerAppAuthType | PartnerAppAuthTypeLiteral,
        kms_key_id: str | None = None,
        maintenance_config: PartnerAppMaintenanceConfig | None = None,
        application_config: PartnerAppConfig | None = None,
        enable_iam_session_based_identity: bool | None = None,
        enable_auto_minor_version_upgrade: bool | None = None,
        client_token: str | None = None,
        tags: list[Tag] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        name: str = ...,
        type: PartnerAppType | PartnerAppTypeLiteral = ...,
        execution_role_arn: str = ...,
        kms_key_id: str | None = ...,
        maintenance_config: PartnerAppMaintenanceConfig | None = ...,
        tier: str = ...,
        application_config: PartnerAppConfig | None = ...,
        auth_type: PartnerAppAuthType | PartnerAppAuthTypeLiteral = ...,
        enable_iam_session_based_identity: bool | None = ...,
        enable_auto_minor_version_upgrade: bool | None = ...,
        client_token: str | None = ...,
        tags: list[Tag] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CreatePartnerAppResponse(OutputShape):
    """The result of ``create_partner_app`` (CreatePartnerApp)."""

    arn: Final[str | None]
    """The ARN of the SageMaker Partner AI App. Since 2024-12-04."""
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

class CreatePipelineRequest(Shape):
    """No description on the pages."""

    pipeline_name: Final[str]
    """The name of the pipeline. Since 2020-12-01."""
    pipeline_display_name: Final[str | None]
    """The display name of the pipeline. Since 2020-12-01."""
    pipeline_definition: Final[str | None]
    """The JSON pipeline definition of the pipeline. Since 2020-12-01."""
    pipeline_definition_s3_location: Final[PipelineDefinitionS3Location | None]
    """The location of the pipeline definition stored in Amazon S3. If specified, SageMaker will
    retrieve the pipeline definition from this location. Since 2022-01-03.
    """
    pipeline_description: Final[str | None]
    """A description of the pipeline. Since 2020-12-01."""
    client_request_token: Final[str]
    """A unique, case-sensitive identifier that you provide to ensure the idempotency of the operation.
    An idempotent operation completes no more than one time. Since 2020-12-01.
    """
    role_arn: Final[str]
    """The Amazon Resource Name (ARN) of the role used by the pipeline to access and create resources.
    Since 2020-12-01.
    """
    tags: Final[list[Tag] | None]
    """A list of tags to apply to the created pipeline. Since 2020-12-01."""
    parallelism_configuration: Final[ParallelismConfiguration | None]
    """This is the configuration that controls the parallelism of the pipeline. If specified, it
    applies to all runs of this pipeline by default. Since 2022-01-03.
    """
    def __init__(
        self,
        *,
        pipeline_name: str,
        client_request_token: str,
        role_arn: str,
        pipeline_display_name: str | None = None,
        pipeline_definition: str | None = None,
        pipeline_definition_s3_location: PipelineDefinitionS3Location | None = None,
        pipeline_description: str | None = None,
        tags: list[Tag] | None = None,
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
        client_request_token: str = ...,
        role_arn: str = ...,
        tags: list[Tag] | None = ...,
        parallelism_configuration: ParallelismConfiguration | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CreatePipelineResponse(OutputShape):
    """The result of ``create_pipeline`` (CreatePipeline)."""

    pipeline_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the created pipeline. Since 2020-12-01."""
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

class CreatePresignedDomainUrlRequest(Shape):
    """No description on the pages."""

    domain_id: Final[str]
    """The domain ID. Since 2019-12-04."""
    user_profile_name: Final[str]
    """The name of the UserProfile to sign-in as. Since 2019-12-04."""
    session_expiration_duration_in_seconds: Final[int | None]
    """The session expiration duration in seconds. This value defaults to 43200. Since 2019-12-04.
    """
    expires_in_seconds: Final[int | None]
    """The number of seconds until the pre-signed URL expires. This value defaults to 300. Since
    2021-02-18.
    """
    space_name: Final[str | None]
    """The name of the space. Since 2022-11-30."""
    landing_uri: Final[str | None]
    """The landing page that the user is directed to when accessing the presigned URL. Using this
    value, users can access Studio or Studio Classic, even if it is not the default experience for
    the domain. The supported values are: Since 2023-11-29.
    """
    def __init__(
        self,
        *,
        domain_id: str,
        user_profile_name: str,
        session_expiration_duration_in_seconds: int | None = None,
        expires_in_seconds: int | None = None,
        space_name: str | None = None,
        landing_uri: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        domain_id: str = ...,
        user_profile_name: str = ...,
        session_expiration_duration_in_seconds: int | None = ...,
        expires_in_seconds: int | None = ...,
        space_name: str | None = ...,
        landing_uri: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CreatePresignedDomainUrlResponse(OutputShape):
    """The result of ``create_presigned_domain_url`` (CreatePresignedDomainUrl)."""

    authorized_url: Final[str | None]
    """The presigned URL. Since 2019-12-04."""
    def __init__(
        self,
        *,
        authorized_url: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        authorized_url: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CreatePresignedMlflowAppUrlRequest(Shape):
    """No description on the pages."""

    arn: Final[str]
    """The ARN of the MLflow App to connect to your MLflow UI. Since 2025-12-02."""
    expires_in_seconds: Final[int | None]
    """The duration in seconds that your presigned URL is valid. The presigned URL can be used only
    once. Since 2025-12-02.
    """
    session_expiration_duration_in_seconds: Final[int | None]
    """The duration in seconds that your presigned URL is valid. The presigned URL can be used only
    once. Since 2025-12-02.
    """
    def __init__(
        self,
        *,
        arn: str,
        expires_in_seconds: int | None = None,
        session_expiration_duration_in_seconds: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        arn: str = ...,
        expires_in_seconds: int | None = ...,
        session_expiration_duration_in_seconds: int | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CreatePresignedMlflowAppUrlResponse(OutputShape):
    """The result of ``create_presigned_mlflow_app_url`` (CreatePresignedMlflowAppUrl)."""

    authorized_url: Final[str | None]
    """A presigned URL with an authorization token. Since 2025-12-02."""
    def __init__(
        self,
        *,
        authorized_url: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        authorized_url: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CreatePresignedMlflowTrackingServerUrlRequest(Shape):
    """No description on the pages."""

    tracking_server_name: Final[str]
    """The name of the tracking server to connect to your MLflow UI. Since 2024-06-18."""
    expires_in_seconds: Final[int | None]
    """The duration in seconds that your presigned URL is valid. The presigned URL can be used only
    once. Since 2024-06-18.
    """
    session_expiration_duration_in_seconds: Final[int | None]
    """The duration in seconds that your MLflow UI session is valid. Since 2024-06-18."""
    def __init__(
        self,
        *,
        tracking_server_name: str,
        expires_in_seconds: int | None = None,
        session_expiration_duration_in_seconds: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        tracking_server_name: str = ...,
        expires_in_seconds: int | None = ...,
        session_expiration_duration_in_seconds: int | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CreatePresignedMlflowTrackingServerUrlResponse(OutputShape):
    """The result of ``create_presigned_mlflow_tracking_server_url``
    (CreatePresignedMlflowTrackingServerUrl).
    """

    authorized_url: Final[str | None]
    """A presigned URL with an authorization token. Since 2024-06-18."""
    def __init__(
        self,
        *,
        authorized_url: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        authorized_url: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CreatePresignedNotebookInstanceUrlInput(Shape):
    """No description on the pages."""

    notebook_instance_name: Final[str]
    """The name of the notebook instance. Since 2017-11-29."""
    session_expiration_duration_in_seconds: Final[int | None]
    """The duration of the session, in seconds. The default is 12 hours. Since 2017-11-29."""
    def __init__(
        self,
        *,
        notebook_instance_name: str,
        session_expiration_duration_in_seconds: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        notebook_instance_name: str = ...,
        session_expiration_duration_in_seconds: int | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CreatePresignedNotebookInstanceUrlOutput(OutputShape):
    """The result of ``create_presigned_notebook_instance_url`` (CreatePresignedNotebookInstanceUrl)."""

    authorized_url: Final[str | None]
    """A JSON object that contains the URL string. Since 2017-11-29."""
    def __init__(
        self,
        *,
        authorized_url: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        authorized_url: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CreateProcessingJobRequest(Shape):
    """No description on the pages."""

    processing_inputs: Final[list[ProcessingInput] | None]
    """An array of inputs configuring the data to download into the processing container. Since
    2019-12-04.
    """
    processing_output_config: Final[ProcessingOutputConfig | None]
    """Output configuration for the processing job. Since 2019-12-04."""
    processing_job_name: Final[str]
    """The name of the processing job. The name must be unique within an Amazon Web Services Region in
    the Amazon Web Services account. Since 2019-12-04.
    """
    processing_resources: Final[ProcessingResources]
    """Identifies the resources, ML compute instances, and ML storage volumes to deploy for a
    processing job. In distributed training, you specify more than one instance. Since 2019-12-04.
    """
    stopping_condition: Final[ProcessingStoppingCondition | None]
    """The time limit for how long the processing job is allowed to run. Since 2019-12-04."""
    app_specification: Final[AppSpecification]
    """Configures the processing job to run a specified Docker container image. Since 2019-12-04."""
    environment: Final[dict[str, str] | None]
    """The environment variables to set in the Docker container. Up to 100 key and values entries in
    the map are supported. Since 2019-12-04.
    """
    network_config: Final[NetworkConfig | None]
    """Networking options for a processing job, such as whether to allow inbound and outbound network
    calls to and from processing containers, and the VPC subnets and security groups to use for
    VPC-enabled processing jobs. Since 2019-12-04.
    """
    role_arn: Final[str]
    """The Amazon Resource Name (ARN) of an IAM role that Amazon SageMaker can assume to perform tasks
    on your behalf. Since 2019-12-04.
    """
    tags: Final[list[Tag] | None]
    """(Optional) An array of key-value pairs. For more information, see Using Cost Allocation Tags in
    the Amazon Web Services Billing and Cost Management User Guide. Since 2019-12-04.
    """
    experiment_config: Final[ExperimentConfig | None]
    """Associates a SageMaker job as a trial component with an experiment and trial. Specified when you
    call the following APIs: Since 2019-12-04.
    """
    def __init__(
        self,
        *,
        processing_job_name: str,
        processing_resources: ProcessingResources,
        app_specification: AppSpecification,
        role_arn: str,
        processing_inputs: list[ProcessingInput] | None = None,
        processing_output_config: ProcessingOutputConfig | None = None,
        stopping_condition: ProcessingStoppingCondition | None = None,
        environment: dict[str, str] | None = None,
        network_config: NetworkConfig | None = None,
        tags: list[Tag] | None = None,
        experiment_config: ExperimentConfig | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        processing_inputs: list[ProcessingInput] | None = ...,
        processing_output_config: ProcessingOutputConfig | None = ...,
        processing_job_name: str = ...,
        processing_resources: ProcessingResources = ...,
        stopping_condition: ProcessingStoppingCondition | None = ...,
        app_specification: AppSpecification = ...,
        environment: dict[str, str] | None = ...,
        network_config: NetworkConfig | None = ...,
        role_arn: str = ...,
        tags: list[Tag] | None = ...,
        experiment_config: ExperimentConfig | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CreateProcessingJobResponse(OutputShape):
    """The result of ``create_processing_job`` (CreateProcessingJob)."""

    processing_job_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the processing job. Since 2019-12-04."""
    def __init__(
        self,
        *,
        processing_job_arn: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        processing_job_arn: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CreateProjectInput(Shape):
    """No description on the pages."""

    project_name: Final[str]
    """The name of the project. Since 2020-12-01."""
    project_description: Final[str | None]
    """A description for the project. Since 2020-12-01."""
    service_catalog_provisioning_details: Final[ServiceCatalogProvisioningDetails | None]
    """The product ID and provisioning artifact ID to provision a service catalog. The provisioning
    artifact ID will default to the latest provisioning artifact ID of the product, if you don't
    provide the provisioning artifact ID. For more information, see What is Amazon Web Services
    Service Catalog. Since 2020-12-01.
    """
    tags: Final[list[Tag] | None]
    """An array of key-value pairs that you want to use to organize and track your Amazon Web Services
    resource costs. For more information, see Tagging Amazon Web Services resources in the Amazon
    Web Services General Reference Guide. Since 2020-12-01.
    """
    template_providers: Final[list[CreateTemplateProvider] | None]
    """An array of template provider configurations for creating infrastructure resources for the
    project. Since 2025-06-19.
    """
    def __init__(
        self,
        *,
        project_name: str,
        project_description: str | None = None,
        service_catalog_provisioning_details: ServiceCatalogProvisioningDetails | None = None,
        tags: list[Tag] | None = None,
        template_providers: list[CreateTemplateProvider] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        project_name: str = ...,
        project_description: str | None = ...,
        service_catalog_provisioning_details: ServiceCatalogProvisioningDetails | None = ...,
        tags: list[Tag] | None = ...,
        template_providers: list[CreateTemplateProvider] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CreateProjectOutput(OutputShape):
    """The result of ``create_project`` (CreateProject)."""

    project_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the project. Since 2020-12-01."""
    project_id: Final[str | None]
    """The ID of the new project. Since 2020-12-01."""
    def __init__(
        self,
        *,
        project_arn: str | None = None,
        project_id: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        project_arn: str | None = ...,
        project_id: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CreateSpaceRequest(Shape):
    """No description on the pages."""

    domain_id: Final[str]
    """The ID of the associated domain. Since 2022-11-30."""
    space_name: Final[str]
    """The name of the space. Since 2022-11-30."""
    tags: Final[list[Tag] | None]
    """Tags to associated with the space. Each tag consists of a key and an optional value. Tag keys
    must be unique for each resource. Tags are searchable using the Search API. Since 2022-11-30.
    """
    space_settings: Final[SpaceSettings | None]
    """A collection of space settings. Since 2022-11-30."""
    ownership_settings: Final[OwnershipSettings | None]
    """A collection of ownership settings. Since 2023-11-30."""
    space_sharing_settings: Final[SpaceSharingSettings | None]
    """A collection of space sharing settings. Since 2023-11-30."""
    space_display_name: Final[str | None]
    """The name of the space that appears in the SageMaker Studio UI. Since 2023-11-30."""
    def __init__(
        self,
        *,
        domain_id: str,
        space_name: str,
        tags: list[Tag] | None = None,
        space_settings: SpaceSettings | None = None,
        ownership_settings: OwnershipSettings | None = None,
        space_sharing_settings: SpaceSharingSettings | None = None,
        space_display_name: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        domain_id: str = ...,
        space_name: str = ...,
        tags: list[Tag] | None = ...,
        space_settings: SpaceSettings | None = ...,
        ownership_settings: OwnershipSettings | None = ...,
        space_sharing_settings: SpaceSharingSettings | None = ...,
        space_display_name: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CreateSpaceResponse(OutputShape):
    """The result of ``create_space`` (CreateSpace)."""

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

class CreateStudioLifecycleConfigRequest(Shape):
    """No description on the pages."""

    studio_lifecycle_config_name: Final[str]
    """The name of the Amazon SageMaker Studio Lifecycle Configuration to create. Since 2021-09-10.
    """
    studio_lifecycle_config_content: Final[str]
    """The content of your Amazon SageMaker Studio Lifecycle Configuration script. This content must be
    base64 encoded. Since 2021-09-10.
    """
    studio_lifecycle_config_app_type: Final[StudioLifecycleConfigAppType]
    """The App type that the Lifecycle Configuration is attached to. Since 2021-09-10."""
    tags: Final[list[Tag] | None]
    """Tags to be associated with the Lifecycle Configuration. Each tag consists of a key and an
    optional value. Tag keys must be unique per resource. Tags are searchable using the Search API.
    Since 2021-09-10.
    """
    def __init__(
        self,
        *,
        studio_lifecycle_config_name: str,
        studio_lifecycle_config_content: str,
        studio_lifecycle_config_app_type: StudioLifecycleConfigAppType | StudioLifecycleConfigAppTypeLiteral,
        tags: list[Tag] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        studio_lifecycle_config_name: str = ...,
        studio_lifecycle_config_content: str = ...,
        studio_lifecycle_config_app_type: StudioLifecycleConfigAppType | StudioLifecycleConfigAppTypeLiteral = ...,
        tags: list[Tag] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CreateStudioLifecycleConfigResponse(OutputShape):
    """The result of ``create_studio_lifecycle_config`` (CreateStudioLifecycleConfig)."""

    studio_lifecycle_config_arn: Final[str | None]
    """The ARN of your created Lifecycle Configuration. Since 2021-09-10."""
    def __init__(
        self,
        *,
        studio_lifecycle_config_arn: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        studio_lifecycle_config_arn: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CreateTemplateProvider(Shape):
    """Contains configuration details for a template provider. Only one type of template provider can
    be specified.
    """

    cfn_template_provider: Final[CfnCreateTemplateProvider | None]
    """The CloudFormation template provider configuration for creating infrastructure resources. Since
    2025-06-19.
    """
    def __init__(
        self,
        *,
        cfn_template_provider: CfnCreateTemplateProvider | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        cfn_template_provider: CfnCreateTemplateProvider | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CreateTrainingJobRequest(Shape):
    """No description on the pages."""

    training_job_name: Final[str]
    """The name of the training job. The name must be unique within an Amazon Web Services Region in an
    Amazon Web Services account. Since 2017-11-29.
    """
    hyper_parameters: Final[dict[str, str] | None]
    """Algorithm-specific parameters that influence the quality of the model. You set hyperparameters
    before you start the learning process. For a list of hyperparameters for each training algorithm
    provided by SageMaker, see Algorithms. Since 2017-11-29.
    """
    algorithm_specification: Final[AlgorithmSpecification | None]
    """The registry path of the Docker image that contains the training algorithm and
    algorithm-specific metadata, including the input mode. For more information about algorithms
    provided by SageMaker, see Algorithms. For information about providing your own algorithms, see
    Using Your Own Algorithms with Amazon SageMaker. Since 2017-11-29.
    """
    role_arn: Final[str]
    """The Amazon Resource Name (ARN) of an IAM role that SageMaker can assume to perform tasks on your
    behalf. Since 2017-11-29.
    """
    input_data_config: Final[list[Channel] | None]
    """An array of Channel objects. Each channel is a named input source. InputDataConfig describes the
    input data and its location. Since 2017-11-29.
    """
    output_data_config: Final[OutputDataConfig]
    """Specifies the path to the S3 location where you want to store model artifacts. SageMaker creates
    subfolders for the artifacts. Since 2017-11-29.
    """
    resource_config: Final[ResourceConfig | None]
    """The resources, including the ML compute instances and ML storage volumes, to use for model
    training. Since 2017-11-29.
    """
    vpc_config: Final[VpcConfig | None]
    """A VpcConfig object that specifies the VPC that you want your training job to connect to. Control
    access to and from your training container by configuring the VPC. For more information, see
    Protect Training Jobs by Using an Amazon Virtual Private Cloud. Since 2018-04-30.
    """
    stopping_condition: Final[StoppingCondition | None]
    """Specifies a limit to how long a model training job can run. It also specifies how long a managed
    Spot training job has to complete. When the job reaches the time limit, SageMaker ends the
    training job. Use this API to cap model training costs. Since 2017-11-29.
    """
    tags: Final[list[Tag] | None]
    """An array of key-value pairs. You can use tags to categorize your Amazon Web Services resources
    in different ways, for example, by purpose, owner, or environment. For more information, see
    Tagging Amazon Web Services Resources. Since 2017-11-29.
    """
    enable_network_isolation: Final[bool | None]
    """Isolates the training container. No inbound or outbound network calls can be made, except for
    calls between peers within a training cluster for distributed training. If you enable network
    isolation for training jobs that are configured to use a VPC, SageMaker downloads and uploads
    customer data and model artifacts through the specified VPC, but the training container does not
    have network access. Since 2018-11-28.
    """
    enable_inter_container_traffic_encryption: Final[bool | None]
    """To encrypt all communications between ML compute instances in distributed training, choose True.
    Encryption provides greater security for distributed training, but training might take longer.
    How long it takes depends on the amount of communication between compute instances, especially
    if you use a deep learning algorithm in distributed training. For more information, see Protect
    Communications Between ML Compute Instances in a Distributed Training Job. Since 2019-01-10.
    """
    enable_managed_spot_training: Final[bool | None]
    """To train models using managed spot training, choose True. Managed spot training provides a fully
    managed and scalable infrastructure for training machine learning models. this option is useful
    when training jobs can be interrupted and when there is flexibility when the training job is
    run. Since 2019-08-20.
    """
    checkpoint_config: Final[CheckpointConfig | None]
    """Contains information about the output location for managed spot training checkpoint data. Since
    2019-08-20.
    """
    debug_hook_config: Final[DebugHookConfig | None]
    """Configuration information for the Amazon SageMaker Debugger hook parameters, metric and tensor
    collections, and storage paths. To learn more about how to configure the DebugHookConfig
    parameter, see Use the SageMaker and Debugger Configuration API Operations to Create, Update,
    and Debug Your Training Job. Since 2019-12-04.
    """
    debug_rule_configurations: Final[list[DebugRuleConfiguration] | None]
    """Configuration information for Amazon SageMaker Debugger rules for debugging output tensors.
    Since 2019-12-04.
    """
    tensor_board_output_config: Final[TensorBoardOutputConfig | None]
    """Configuration of storage locations for the Amazon SageMaker Debugger TensorBoard output data.
    Since 2019-12-04.
    """
    experiment_config: Final[ExperimentConfig | None]
    """Associates a SageMaker job as a trial component with an experiment and trial. Specified when you
    call the following APIs: Since 2019-12-04.
    """
    profiler_config: Final[ProfilerConfig | None]
    """Configuration information for Amazon SageMaker Debugger system monitoring, framework profiling,
    and storage paths. Since 2020-12-08.
    """
    profiler_rule_configurations: Final[list[ProfilerRuleConfiguration] | None]
    """Configuration information for Amazon SageMaker Debugger rules for profiling system and framework
    metrics. Since 2020-12-08.
    """
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
    session_chaining_config: Final[SessionChainingConfig | None]
    """Contains information about attribute-based access control (ABAC) for the training job. Since
    2024-04-30.
    """
    serverless_job_config: Final[ServerlessJobConfig | None]
    """The configuration for serverless training jobs. Since 2025-12-03."""
    mlflow_config: Final[MlflowConfig | None]
    """The MLflow configuration using SageMaker managed MLflow. Since 2025-12-03."""
    model_package_config: Final[ModelPackageConfig | None]
    """The configuration for the model package. Since 2025-12-03."""
    def __init__(
        self,
        *,
        training_job_name: str,
        role_arn: str,
        output_data_config: OutputDataConfig,
        hyper_parameters: dict[str, str] | None = None,
        algorithm_specification: AlgorithmSpecification | None = None,
        input_data_config: list[Channel] | None = None,
        resource_config: ResourceConfig | None = None,
        vpc_config: VpcConfig | None = None,
        stopping_condition: StoppingCondition | None = None,
        tags: list[Tag] | None = None,
        enable_network_isolation: bool | None = None,
        enable_inter_container_traffic_encryption: bool | None = None,
        enable_managed_spot_training: bool | None = None,
        checkpoint_config: CheckpointConfig | None = None,
        debug_hook_config: DebugHookConfig | None = None,
        debug_rule_configurations: list[DebugRuleConfiguration] | None = None,
        tensor_board_output_config: TensorBoardOutputConfig | None = None,
        experiment_config: ExperimentConfig | None = None,
        profiler_config: ProfilerConfig | None = None,
        profiler_rule_configurations: list[ProfilerRuleConfiguration] | None = None,
        environment: dict[str, str] | None = None,
        retry_strategy: RetryStrategy | None = None,
        remote_debug_config: RemoteDebugConfig | None = None,
        infra_check_config: InfraCheckConfig | None = None,
        session_chaining_config: SessionChainingConfig | None = None,
        serverless_job_config: ServerlessJobConfig | None = None,
        mlflow_config: MlflowConfig | None = None,
        model_package_config: ModelPackageConfig | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        training_job_name: str = ...,
        hyper_parameters: dict[str, str] | None = ...,
        algorithm_specification: AlgorithmSpecification | None = ...,
        role_arn: str = ...,
        input_data_config: list[Channel] | None = ...,
        output_data_config: OutputDataConfig = ...,
        resource_config: ResourceConfig | None = ...,
        vpc_config: VpcConfig | None = ...,
        stopping_condition: StoppingCondition | None = ...,
        tags: list[Tag] | None = ...,
        enable_network_isolation: bool | None = ...,
        enable_inter_container_traffic_encryption: bool | None = ...,
        enable_managed_spot_training: bool | None = ...,
        checkpoint_config: CheckpointConfig | None = ...,
        debug_hook_config: DebugHookConfig | None = ...,
        debug_rule_configurations: list[DebugRuleConfiguration] | None = ...,
        tensor_board_output_config: TensorBoardOutputConfig | None = ...,
        experiment_config: ExperimentConfig | None = ...,
        profiler_config: ProfilerConfig | None = ...,
        profiler_rule_configurations: list[ProfilerRuleConfiguration] | None = ...,
        environment: dict[str, str] | None = ...,
        retry_strategy: RetryStrategy | None = ...,
        remote_debug_config: RemoteDebugConfig | None = ...,
        infra_check_config: InfraCheckConfig | None = ...,
        session_chaining_config: SessionChainingConfig | None = ...,
        serverless_job_config: ServerlessJobConfig | None = ...,
        mlflow_config: MlflowConfig | None = ...,
        model_package_config: ModelPackageConfig | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CreateTrainingJobResponse(OutputShape):
    """The result of ``create_training_job`` (CreateTrainingJob)."""

    training_job_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the training job. Since 2017-11-29."""
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

class CreateTrainingPlanRequest(Shape):
    """No description on the pages."""

    training_plan_name: Final[str]
    """The name of the training plan to create. Since 2024-12-04."""
    training_plan_offering_id: Final[str]
    """The unique identifier of the training plan offering to use for creating this plan. Since
    2024-12-04.
    """
    spare_instance_count_per_ultra_server: Final[int | None]
    """Number of spare instances to reserve per UltraServer for enhanced resiliency. Default is 1.
    Since 2025-08-08.
    """
    tags: Final[list[Tag] | None]
    """An array of key-value pairs to apply to this training plan. Since 2024-12-04."""
    def __init__(
        self,
        *,
        training_plan_name: str,
        training_plan_offering_id: str,
        spare_instance_count_per_ultra_server: int | None = None,
        tags: list[Tag] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        training_plan_name: str = ...,
        training_plan_offering_id: str = ...,
        spare_instance_count_per_ultra_server: int | None = ...,
        tags: list[Tag] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CreateTrainingPlanResponse(OutputShape):
    """The result of ``create_training_plan`` (CreateTrainingPlan)."""

    training_plan_arn: Final[str | None]
    """The Amazon Resource Name (ARN); of the created training plan. Since 2024-12-04."""
    def __init__(
        self,
        *,
        training_plan_arn: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        training_plan_arn: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CreateTransformJobRequest(Shape):
    """No description on the pages."""

    transform_job_name: Final[str]
    """The name of the transform job. The name must be unique within an Amazon Web Services Region in
    an Amazon Web Services account. Since 2018-07-17.
    """
    model_name: Final[str]
    """The name of the model that you want to use for the transform job. ModelName must be the name of
    an existing Amazon SageMaker model within an Amazon Web Services Region in an Amazon Web
    Services account. Since 2018-07-17.
    """
    max_concurrent_transforms: Final[int | None]
    """The maximum number of parallel requests that can be sent to each instance in a transform job. If
    MaxConcurrentTransforms is set to 0 or left unset, Amazon SageMaker checks the optional
    execution-parameters to determine the settings for your chosen algorithm. If the
    execution-parameters endpoint is not enabled, the default value is 1. For more information on
    execution-parameters, see How Containers Serve Requests. For built-in algorithms, you don't need
    to set a value for MaxConcurrentTransforms. Since 2018-07-17.
    """
    model_client_config: Final[ModelClientConfig | None]
    """Configures the timeout and maximum number of retries for processing a transform job invocation.
    Since 2020-06-26.
    """
    max_payload_in_mb: Final[int | None]
    """The maximum allowed size of the payload, in MB. A payload is the data portion of a record
    (without metadata). The value in MaxPayloadInMB must be greater than, or equal to, the size of a
    single record. To estimate the size of a record in MB, divide the size of your dataset by the
    number of records. To ensure that the records fit within the maximum payload size, we recommend
    using a slightly larger value. The default value is 6 MB. Since 2018-07-17.
    """
    batch_strategy: Final[BatchStrategy | None]
    """Specifies the number of records to include in a mini-batch for an HTTP inference request. A
    record is a single unit of input data that inference can be made on. For example, a single line
    in a CSV file is a record. Since 2018-07-17.
    """
    environment: Final[dict[str, str] | None]
    """The environment variables to set in the Docker container. Don't include any sensitive data in
    your environment variables. We support up to 16 key and values entries in the map. Since
    2018-07-17.
    """
    transform_input: Final[TransformInput]
    """Describes the input source and the way the transform job consumes it. Since 2018-07-17."""
    transform_output: Final[TransformOutput]
    """Describes the results of the transform job. Since 2018-07-17."""
    data_capture_config: Final[BatchDataCaptureConfig | None]
    """Configuration to control how SageMaker captures inference data. Since 2022-10-18."""
    transform_resources: Final[TransformResources]
    """Describes the resources, including ML instance types and ML instance count, to use for the
    transform job. Since 2018-07-17.
    """
    data_processing: Final[DataProcessing | None]
    """The data structure used to specify the data to be used for inference in a batch transform job
    and to associate the data that is relevant to the prediction results in the output. The input
    filter provided allows you to exclude input data that is not needed for inference in a batch
    transform job. The output filter provided allows you to include input data relevant to
    interpreting the predictions in the output from the job. For more information, see Associate
    Prediction Results with their Corresponding Input Records. Since 2019-06-11.
    """
    tags: Final[list[Tag] | None]
    """(Optional) An array of key-value pairs. For more information, see Using Cost Allocation Tags in
    the Amazon Web Services Billing and Cost Management User Guide. Since 2018-07-17.
    """
    experiment_config: Final[ExperimentConfig | None]
    """Associates a SageMaker job as a trial component with an experiment and trial. Specified when you
    call the following APIs: Since 2019-12-04.
    """
    def __init__(
        self,
        *,
        transform_job_name: str,
        model_name: str,
        transform_input: TransformInput,
        transform_output: TransformOutput,
        transform_resources: TransformResources,
        max_concurrent_transforms: int | None = None,
        model_client_config: ModelClientConfig | None = None,
        max_payload_in_mb: int | None = None,
        batch_strategy: BatchStrategy | BatchStrategyLiteral | None = None,
        environment: dict[str, str] | None = None,
        data_capture_config: BatchDataCaptureConfig | None = None,
        data_processing: DataProcessing | None = None,
        tags: list[Tag] | None = None,
        experiment_config: ExperimentConfig | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        transform_job_name: str = ...,
        model_name: str = ...,
        max_concurrent_transforms: int | None = ...,
        model_client_config: ModelClientConfig | None = ...,
        max_payload_in_mb: int | None = ...,
        batch_strategy: BatchStrategy | BatchStrategyLiteral | None = ...,
        environment: dict[str, str] | None = ...,
        transform_input: TransformInput = ...,
        transform_output: TransformOutput = ...,
        data_capture_config: BatchDataCaptureConfig | None = ...,
        transform_resources: TransformResources = ...,
        data_processing: DataProcessing | None = ...,
        tags: list[Tag] | None = ...,
        experiment_config: ExperimentConfig | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CreateTransformJobResponse(OutputShape):
    """The result of ``create_transform_job`` (CreateTransformJob)."""

    transform_job_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the transform job. Since 2018-07-17."""
    def __init__(
        self,
        *,
        transform_job_arn: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        transform_job_arn: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CreateTrialComponentRequest(Shape):
    """No description on the pages."""

    trial_component_name: Final[str]
    """The name of the component. The name must be unique in your AWS account and is not
    case-sensitive. Since 2019-12-04.
    """
    display_name: Final[str | None]
    """The name of the component as displayed. The name doesn't need to be unique. If DisplayName isn't
    specified, TrialComponentName is displayed. Since 2019-12-04.
    """
    status: Final[TrialComponentStatus | None]
    """The status of the component. States include: Since 2019-12-04."""
    start_time: Final[datetime | None]
    """When the component started. Since 2019-12-04."""
    end_time: Final[datetime | None]
    """When the component ended. Since 2019-12-04."""
    parameters: Final[dict[str, TrialComponentParameterValue] | None]
    """The hyperparameters for the component. Since 2019-12-04."""
    input_artifacts: Final[dict[str, TrialComponentArtifact] | None]
    """The input artifacts for the component. Examples of input artifacts are datasets, algorithms,
    hyperparameters, source code, and instance types. Since 2019-12-04.
    """
    output_artifacts: Final[dict[str, TrialComponentArtifact] | None]
    """The output artifacts for the component. Examples of output artifacts are metrics, snapshots,
    logs, and images. Since 2019-12-04.
    """
    metadata_properties: Final[MetadataProperties | None]
    """Metadata properties of the tracking entity, trial, or trial component. Since 2020-12-01."""
    tags: Final[list[Tag] | None]
    """A list of tags to associate with the component. You can use Search API to search on the tags.
    Since 2019-12-04.
    """
    def __init__(
        self,
        *,
        trial_component_name: str,
        display_name: str | None = None,
        status: TrialComponentStatus | None = None,
        start_time: datetime | None = None,
        end_time: datetime | None = None,
        parameters: dict[str, TrialComponentParameterValue] | None = None,
        input_artifacts: dict[str, TrialComponentArtifact] | None = None,
        output_artifacts: dict[str, TrialComponentArtifact] | None = None,
        metadata_properties: MetadataProperties | None = None,
        tags: list[Tag] | None = None,
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
        input_artifacts: dict[str, TrialComponentArtifact] | None = ...,
        output_artifacts: dict[str, TrialComponentArtifact] | None = ...,
        metadata_properties: MetadataProperties | None = ...,
        tags: list[Tag] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CreateTrialComponentResponse(OutputShape):
    """The result of ``create_trial_component`` (CreateTrialComponent)."""

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

class CreateTrialRequest(Shape):
    """No description on the pages."""

    trial_name: Final[str]
    """The name of the trial. The name must be unique in your AWS account and is not case-sensitive.
    Since 2019-12-04.
    """
    display_name: Final[str | None]
    """The name of the trial as displayed. The name doesn't need to be unique. If DisplayName isn't
    specified, TrialName is displayed. Since 2019-12-04.
    """
    experiment_name: Final[str]
    """The name of the experiment to associate the trial with. Since 2019-12-04."""
    metadata_properties: Final[MetadataProperties | None]
    """Metadata properties of the tracking entity, trial, or trial component. Since 2020-12-01."""
    tags: Final[list[Tag] | None]
    """A list of tags to associate with the trial. You can use Search API to search on the tags. Since
    2019-12-04.
    """
    def __init__(
        self,
        *,
        trial_name: str,
        experiment_name: str,
        display_name: str | None = None,
        metadata_properties: MetadataProperties | None = None,
        tags: list[Tag] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        trial_name: str = ...,
        display_name: str | None = ...,
        experiment_name: str = ...,
        metadata_properties: MetadataProperties | None = ...,
        tags: list[Tag] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CreateTrialResponse(OutputShape):
    """The result of ``create_trial`` (CreateTrial)."""

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

class CreateUserProfileRequest(Shape):
    """No description on the pages."""

    domain_id: Final[str]
    """The ID of the associated Domain. Since 2019-12-04."""
    user_profile_name: Final[str]
    """A name for the UserProfile. This value is not case sensitive. Since 2019-12-04."""
    single_sign_on_user_identifier: Final[str | None]
    """A specifier for the type of value specified in SingleSignOnUserValue. Currently, the only
    supported value is "UserName". If the Domain's AuthMode is IAM Identity Center, this field is
    required. If the Domain's AuthMode is not IAM Identity Center, this field cannot be specified.
    Since 2019-12-04.
    """
    single_sign_on_user_value: Final[str | None]
    """The username of the associated Amazon Web Services Single Sign-On User for this UserProfile. If
    the Domain's AuthMode is IAM Identity Center, this field is required, and must match a valid
    username of a user in your directory. If the Domain's AuthMode is not IAM Identity Center, this
    field cannot be specified. Since 2019-12-04.
    """
    tags: Final[list[Tag] | None]
    """Each tag consists of a key and an optional value. Tag keys must be unique per resource. Since
    2019-12-04.
    """
    user_settings: Final[UserSettings | None]
    """A collection of settings. Since 2019-12-04."""
    def __init__(
        self,
        *,
        domain_id: str,
        user_profile_name: str,
        single_sign_on_user_identifier: str | None = None,
        single_sign_on_user_value: str | None = None,
        tags: list[Tag] | None = None,
        user_settings: UserSettings | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        domain_id: str = ...,
        user_profile_name: str = ...,
        single_sign_on_user_identifier: str | None = ...,
        single_sign_on_user_value: str | None = ...,
        tags: list[Tag] | None = ...,
        user_settings: UserSettings | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CreateUserProfileResponse(OutputShape):
    """The result of ``create_user_profile`` (CreateUserProfile)."""

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

class CreateWorkforceRequest(Shape):
    """No description on the pages."""

    cognito_config: Final[CognitoConfig | None]
    """Use this parameter to configure an Amazon Cognito private workforce. A single Cognito workforce
    is created using and corresponds to a single Amazon Cognito user pool. Since 2020-07-24.
    """
    oidc_config: Final[OidcConfig | None]
    """Use this parameter to configure a private workforce using your own OIDC Identity Provider. Since
    2020-07-24.
    """
    source_ip_config: Final[SourceIpConfig | None]
    """A list of IP address ranges ( CIDRs). Used to create an allow list of IP addresses for a private
    workforce. Workers will only be able to log in to their worker portal from an IP address within
    this range. By default, a workforce isn't restricted to specific IP addresses. Since 2020-07-24.
    """
    workforce_name: Final[str]
    """The name of the private workforce. Since 2020-07-24."""
    tags: Final[list[Tag] | None]
    """An array of key-value pairs that contain metadata to help you categorize and organize our
    workforce. Each tag consists of a key and a value, both of which you define. Since 2020-07-24.
    """
    workforce_vpc_config: Final[WorkforceVpcConfigRequest | None]
    """Use this parameter to configure a workforce using VPC. Since 2022-06-23."""
    ip_address_type: Final[WorkforceIpAddressType | None]
    """Use this parameter to specify whether you want IPv4 only or dualstack ( IPv4 and IPv6) to
    support your labeling workforce. Since 2025-07-21.
    """
    def __init__(
        self,
        *,
        workforce_name: str,
        cognito_config: CognitoConfig | None = None,
        oidc_config: OidcConfig | None = None,
        source_ip_config: SourceIpConfig | None = None,
        tags: list[Tag] | None = None,
        workforce_vpc_config: WorkforceVpcConfigRequest | None = None,
        ip_address_type: WorkforceIpAddressType | WorkforceIpAddressTypeLiteral | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        cognito_config: CognitoConfig | None = ...,
        oidc_config: OidcConfig | None = ...,
        source_ip_config: SourceIpConfig | None = ...,
        workforce_name: str = ...,
        tags: list[Tag] | None = ...,
        workforce_vpc_config: WorkforceVpcConfigRequest | None = ...,
        ip_address_type: WorkforceIpAddressType | WorkforceIpAddressTypeLiteral | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CreateWorkforceResponse(OutputShape):
    """The result of ``create_workforce`` (CreateWorkforce)."""

    workforce_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the workforce. Since 2020-07-24."""
    def __init__(
        self,
        *,
        workforce_arn: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        workforce_arn: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CreateWorkteamRequest(Shape):
    """No description on the pages."""

    workteam_name: Final[str]
    """The name of the work team. Use this name to identify the work team. Since 2018-11-28."""
    workforce_name: Final[str | None]
    """The name of the workforce. Since 2020-07-24."""
    member_definitions: Final[list[MemberDefinition]]
    """A list of MemberDefinition objects that contains objects that identify the workers that make up
    the work team. Since 2018-11-28.
    """
    description: Final[str]
    """A description of the work team. Since 2018-11-28."""
    notification_configuration: Final[NotificationConfiguration | None]
    """Configures notification of workers regarding available or expiring work items. Since 2019-05-08.
    """
    worker_access_configuration: Final[WorkerAccessConfiguration | None]
    """Use this optional parameter to constrain access to an Amazon S3 resource based on the IP address
    using supported IAM global condition keys. The Amazon S3 resource is accessed in the worker
    portal using a Amazon S3 presigned URL. Since 2024-05-16.
    """
    tags: Final[list[Tag] | None]
    """An array of key-value pairs. Since 2018-11-28."""
    def __init__(
        self,
        *,
        workteam_name: str,
        member_definitions: list[MemberDefinition],
        description: str,
        workforce_name: str | None = None,
        notification_configuration: NotificationConfiguration | None = None,
        worker_access_configuration: WorkerAccessConfiguration | None = None,
        tags: list[Tag] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        workteam_name: str = ...,
        workforce_name: str | None = ...,
        member_definitions: list[MemberDefinition] = ...,
        description: str = ...,
        notification_configuration: NotificationConfiguration | None = ...,
        worker_access_configuration: WorkerAccessConfiguration | None = ...,
        tags: list[Tag] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CreateWorkteamResponse(OutputShape):
    """The result of ``create_workteam`` (CreateWorkteam)."""

    workteam_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the work team. You can use this ARN to identify the work team.
    Since 2018-11-28.
    """
    def __init__(
        self,
        *,
        workteam_arn: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        workteam_arn: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CustomFileSystem(Shape):
    """A file system, created by you, that you assign to a user profile or space for an Amazon
    SageMaker AI Domain. Permitted users can access this file system in Amazon SageMaker AI Studio.
    A tagged union: at most one attribute is set.
    """

    efs_file_system: Final[EFSFileSystem | None]
    """A custom file system in Amazon EFS. Since 2023-11-30."""
    f_sx_lustre_file_system: Final[FSxLustreFileSystem | None]
    """A custom file system in Amazon FSx for Lustre. Since 2024-12-04."""
    s3_file_system: Final[S3FileSystem | None]
    """A custom file system in Amazon S3. This is only supported in Amazon SageMaker Unified Studio.
    Since 2025-07-21.
    """
    def __init__(
        self,
        *,
        efs_file_system: EFSFileSystem | None = None,
        f_sx_lustre_file_system: FSxLustreFileSystem | None = None,
        s3_file_system: S3FileSystem | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        efs_file_system: EFSFileSystem | None = ...,
        f_sx_lustre_file_system: FSxLustreFileSystem | None = ...,
        s3_file_system: S3FileSystem | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CustomFileSystemConfig(Shape):
    """The settings for assigning a custom file system to a user profile or space for an Amazon
    SageMaker AI Domain. Permitted users can access this file system in Amazon SageMaker AI Studio.
    A tagged union: at most one attribute is set.
    """

    efs_file_system_config: Final[EFSFileSystemConfig | None]
    """The settings for a custom Amazon EFS file system. Since 2023-11-30."""
    f_sx_lustre_file_system_config: Final[FSxLustreFileSystemConfig | None]
    """The settings for a custom Amazon FSx for Lustre file system. Since 2024-12-04."""
    s3_file_system_config: Final[S3FileSystemConfig | None]
    """Configuration settings for a custom Amazon S3 file system. Since 2025-07-21."""
    def __init__(
        self,
        *,
        efs_file_system_config: EFSFileSystemConfig | None = None,
        f_sx_lustre_file_system_config: FSxLustreFileSystemConfig | None = None,
        s3_file_system_config: S3FileSystemConfig | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        efs_file_system_config: EFSFileSystemConfig | None = ...,
        f_sx_lustre_file_system_config: FSxLustreFileSystemConfig | None = ...,
        s3_file_system_config: S3FileSystemConfig | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CustomImage(Shape):
    """A custom SageMaker AI image. For more information, see Bring your own SageMaker AI image."""

    image_name: Final[str]
    """The name of the CustomImage. Must be unique to your account. Since 2020-10-26."""
    image_version_number: Final[int | None]
    """The version number of the CustomImage. Since 2020-10-26."""
    app_image_config_name: Final[str]
    """The name of the AppImageConfig. Since 2020-10-26."""
    def __init__(
        self,
        *,
        image_name: str,
        app_image_config_name: str,
        image_version_number: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        image_name: str = ...,
        image_version_number: int | None = ...,
        app_image_config_name: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CustomPosixUserConfig(Shape):
    """Details about the POSIX identity that is used for file system operations."""

    uid: Final[int]
    """The POSIX user ID. Since 2023-11-30."""
    gid: Final[int]
    """The POSIX group ID. Since 2023-11-30."""
    def __init__(
        self,
        *,
        uid: int,
        gid: int,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        uid: int = ...,
        gid: int = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class CustomizedMetricSpecification(Shape):
    """Information about a customized metric."""

    metric_name: Final[str | None]
    """The name of the customized metric. Since 2023-08-02."""
    namespace: Final[str | None]
    """The namespace of the customized metric. Since 2023-08-02."""
    statistic: Final[Statistic | None]
    """The statistic of the customized metric. Since 2023-08-02."""
    def __init__(
        self,
        *,
        metric_name: str | None = None,
        namespace: str | None = None,
        statistic: Statistic | StatisticLiteral | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        metric_name: str | None = ...,
        namespace: str | None = ...,
        statistic: Statistic | StatisticLiteral | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""
