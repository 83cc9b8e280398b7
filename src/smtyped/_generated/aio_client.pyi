# Generated stub for the module beside it. Do not edit.
# Signatures only, naming the classes of the stub-only group modules: type checkers read
# this instead of the client's method bodies.
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any

from smtyped._aio import AsyncBaseClient as BaseClient
from smtyped._aio import AsyncPages as Pages
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
    AlgorithmSortBy,
    AlgorithmSortByLiteral,
    AppImageConfigSortKey,
    AppImageConfigSortKeyLiteral,
    AppNetworkAccessType,
    AppNetworkAccessTypeLiteral,
    AppSecurityGroupManagement,
    AppSecurityGroupManagementLiteral,
    AppSortKey,
    AppSortKeyLiteral,
    AppType,
    AppTypeLiteral,
    AssociationEdgeType,
    AssociationEdgeTypeLiteral,
    AuthMode,
    AuthModeLiteral,
    AutoMLJobStatus,
    AutoMLJobStatusLiteral,
    AutoMLSortBy,
    AutoMLSortByLiteral,
    AutoMLSortOrder,
    AutoMLSortOrderLiteral,
)
from smtyped._generated.enums._b import BatchStrategy, BatchStrategyLiteral
from smtyped._generated.enums._c import (
    CandidateSortBy,
    CandidateSortByLiteral,
    CandidateStatus,
    CandidateStatusLiteral,
    ClusterEventResourceType,
    ClusterEventResourceTypeLiteral,
    ClusterNodeProvisioningMode,
    ClusterNodeProvisioningModeLiteral,
    ClusterNodeRecovery,
    ClusterNodeRecoveryLiteral,
    ClusterSortBy,
    ClusterSortByLiteral,
    CodeRepositorySortBy,
    CodeRepositorySortByLiteral,
    CodeRepositorySortOrder,
    CodeRepositorySortOrderLiteral,
    CompilationJobStatus,
    CompilationJobStatusLiteral,
    CrossAccountFilterOption,
    CrossAccountFilterOptionLiteral,
)
from smtyped._generated.enums._d import DirectInternetAccess, DirectInternetAccessLiteral, Direction, DirectionLiteral
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
    HomeEfsFileSystemCreation,
    HomeEfsFileSystemCreationLiteral,
    HubContentSortBy,
    HubContentSortByLiteral,
    HubContentSupportStatus,
    HubContentSupportStatusLiteral,
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
    IncludedData,
    IncludedDataLiteral,
    InferenceComponentSortKey,
    InferenceComponentSortKeyLiteral,
    InferenceComponentStatus,
    InferenceComponentStatusLiteral,
    InferenceExperimentStatus,
    InferenceExperimentStatusLiteral,
    InferenceExperimentStopDesiredState,
    InferenceExperimentStopDesiredStateLiteral,
    InferenceExperimentType,
    InferenceExperimentTypeLiteral,
    InstanceType,
    InstanceTypeLiteral,
    IPAddressType,
    IPAddressTypeLiteral,
)
from smtyped._generated.enums._j import (
    JobCategory,
    JobCategoryLiteral,
    JobStatus,
    JobStatusLiteral,
    JobType,
    JobTypeLiteral,
)
from smtyped._generated.enums._l import (
    LabelingJobStatus,
    LabelingJobStatusLiteral,
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
    ManagedStorageType,
    ManagedStorageTypeLiteral,
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
    ModelPackageRegistrationType,
    ModelPackageRegistrationTypeLiteral,
    ModelPackageSortBy,
    ModelPackageSortByLiteral,
    ModelPackageType,
    ModelPackageTypeLiteral,
    ModelRegistrationMode,
    ModelRegistrationModeLiteral,
    ModelSortKey,
    ModelSortKeyLiteral,
    ModelVariantAction,
    ModelVariantActionLiteral,
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
    NotebookInstanceAcceleratorType,
    NotebookInstanceAcceleratorTypeLiteral,
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
    OptimizationJobDeploymentInstanceType,
    OptimizationJobDeploymentInstanceTypeLiteral,
    OptimizationJobStatus,
    OptimizationJobStatusLiteral,
    OrderKey,
    OrderKeyLiteral,
)
from smtyped._generated.enums._p import (
    PartnerAppAuthType,
    PartnerAppAuthTypeLiteral,
    PartnerAppType,
    PartnerAppTypeLiteral,
    ProblemType,
    ProblemTypeLiteral,
    ProcessingJobStatus,
    ProcessingJobStatusLiteral,
    Processor,
    ProcessorLiteral,
    ProjectSortBy,
    ProjectSortByLiteral,
    ProjectSortOrder,
    ProjectSortOrderLiteral,
)
from smtyped._generated.enums._r import (
    RecommendationJobStatus,
    RecommendationJobStatusLiteral,
    RecommendationJobType,
    RecommendationJobTypeLiteral,
    RecommendationStepType,
    RecommendationStepTypeLiteral,
    ReservedCapacityInstanceType,
    ReservedCapacityInstanceTypeLiteral,
    ResourceCatalogSortBy,
    ResourceCatalogSortByLiteral,
    ResourceCatalogSortOrder,
    ResourceCatalogSortOrderLiteral,
    ResourceType,
    ResourceTypeLiteral,
    RootAccess,
    RootAccessLiteral,
)
from smtyped._generated.enums._s import (
    SageMakerResourceName,
    SageMakerResourceNameLiteral,
    SchedulerResourceStatus,
    SchedulerResourceStatusLiteral,
    ScheduleStatus,
    ScheduleStatusLiteral,
    SearchSortOrder,
    SearchSortOrderLiteral,
    SkipModelValidation,
    SkipModelValidationLiteral,
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
    TagPropagation,
    TagPropagationLiteral,
    TrackingServerSize,
    TrackingServerSizeLiteral,
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
from smtyped._generated.enums._v import VendorGuidance, VendorGuidanceLiteral
from smtyped._generated.enums._w import (
    WarmPoolResourceStatus,
    WarmPoolResourceStatusLiteral,
    WorkforceIpAddressType,
    WorkforceIpAddressTypeLiteral,
)
from smtyped._generated.shapes._a import (
    ActionSource,
    ActionSummary,
    AddAssociationResponse,
    AddClusterNodeSpecification,
    AdditionalInferenceSpecificationDefinition,
    AddTagsOutput,
    AIAdapterSource,
    AIBenchmarkJobSummary,
    AIBenchmarkNetworkConfig,
    AIBenchmarkOutputConfig,
    AIBenchmarkTarget,
    AIDatasetConfig,
    AIModelSource,
    AIRecommendationComputeSpec,
    AIRecommendationInferenceSpecification,
    AIRecommendationJobSummary,
    AIRecommendationOutputConfig,
    AIRecommendationPerformanceTarget,
    AIWorkloadConfigs,
    AIWorkloadConfigSummary,
    AlgorithmSpecification,
    AlgorithmSummary,
    AlgorithmValidationSpecification,
    AppDetails,
    AppImageConfigDetails,
    AppSpecification,
    ArtifactSource,
    ArtifactSummary,
    AssociateTrialComponentResponse,
    AssociationSummary,
    AsyncInferenceConfig,
    AttachClusterNodeVolumeResponse,
    AuthorizedUrl,
    AutoMLCandidate,
    AutoMLChannel,
    AutoMLComputeConfig,
    AutoMLDataSplitConfig,
    AutoMLJobChannel,
    AutoMLJobConfig,
    AutoMLJobObjective,
    AutoMLJobSummary,
    AutoMLOutputDataConfig,
    AutoMLProblemTypeConfig,
    AutoMLSecurityConfig,
    Autotune,
)
from smtyped._generated.shapes._b import (
    BatchAddClusterNodesResponse,
    BatchDataCaptureConfig,
    BatchDeleteClusterNodesResponse,
    BatchDescribeModelPackageOutput,
    BatchRebootClusterNodesResponse,
    BatchReplaceClusterNodesResponse,
)
from smtyped._generated.shapes._c import (
    Channel,
    CheckpointConfig,
    ClusterAutoScalingConfig,
    ClusterEventSummary,
    ClusterInstanceGroupSpecification,
    ClusterNodeSummary,
    ClusterOrchestrator,
    ClusterRestrictedInstanceGroupsConfig,
    ClusterRestrictedInstanceGroupSpecification,
    ClusterSchedulerConfigSummary,
    ClusterSummary,
    ClusterTieredStorageConfig,
    CodeEditorAppImageConfig,
    CodeRepositorySummary,
    CognitoConfig,
    CompilationJobSummary,
    ComputeQuotaConfig,
    ComputeQuotaSummary,
    ComputeQuotaTarget,
    ContainerDefinition,
    ContextSource,
    ContextSummary,
    CreateActionResponse,
    CreateAIBenchmarkJobResponse,
    CreateAIRecommendationJobResponse,
    CreateAIWorkloadConfigResponse,
    CreateAlgorithmOutput,
    CreateAppImageConfigResponse,
    CreateAppResponse,
    CreateArtifactResponse,
    CreateAutoMLJobResponse,
    CreateAutoMLJobV2Response,
    CreateClusterResponse,
    CreateClusterSchedulerConfigResponse,
    CreateCodeRepositoryOutput,
    CreateCompilationJobResponse,
    CreateComputeQuotaResponse,
    CreateContextResponse,
    CreateDataQualityJobDefinitionResponse,
    CreateDeviceFleetResponse,
    CreateDomainResponse,
    CreateEdgeDeploymentPlanResponse,
    CreateEdgeDeploymentStageResponse,
    CreateEdgePackagingJobResponse,
    CreateEndpointConfigOutput,
    CreateEndpointOutput,
    CreateExperimentResponse,
    CreateFeatureGroupResponse,
    CreateFlowDefinitionResponse,
    CreateHubContentPresignedUrlsResponse,
    CreateHubContentReferenceResponse,
    CreateHubResponse,
    CreateHumanTaskUiResponse,
    CreateHyperParameterTuningJobResponse,
    CreateImageResponse,
    CreateImageVersionResponse,
    CreateInferenceComponentOutput,
    CreateInferenceExperimentResponse,
    CreateInferenceRecommendationsJobResponse,
    CreateJobResponse,
    CreateLabelingJobResponse,
    CreateMlflowAppResponse,
    CreateMlflowTrackingServerResponse,
    CreateModelBiasJobDefinitionResponse,
    CreateModelCardExportJobResponse,
    CreateModelCardResponse,
    CreateModelExplainabilityJobDefinitionResponse,
    CreateModelOutput,
    CreateModelPackageGroupOutput,
    CreateModelPackageOutput,
    CreateModelQualityJobDefinitionResponse,
    CreateMonitoringScheduleResponse,
    CreateNotebookInstanceLifecycleConfigOutput,
    CreateNotebookInstanceOutput,
    CreateOptimizationJobResponse,
    CreatePartnerAppPresignedUrlResponse,
    CreatePartnerAppResponse,
    CreatePipelineResponse,
    CreatePresignedDomainUrlResponse,
    CreatePresignedMlflowAppUrlResponse,
    CreatePresignedMlflowTrackingServerUrlResponse,
    CreatePresignedNotebookInstanceUrlOutput,
    CreateProcessingJobResponse,
    CreateProjectOutput,
    CreateSpaceResponse,
    CreateStudioLifecycleConfigResponse,
    CreateTemplateProvider,
    CreateTrainingJobResponse,
    CreateTrainingPlanResponse,
    CreateTransformJobResponse,
    CreateTrialComponentResponse,
    CreateTrialResponse,
    CreateUserProfileResponse,
    CreateWorkforceResponse,
    CreateWorkteamResponse,
)
from smtyped._generated.shapes._d import (
    DataCaptureConfig,
    DataProcessing,
    DataQualityAppSpecification,
    DataQualityBaselineConfig,
    DataQualityJobInput,
    DebugHookConfig,
    DebugRuleConfiguration,
    DefaultSpaceSettings,
    DeleteActionResponse,
    DeleteAIBenchmarkJobResponse,
    DeleteAIRecommendationJobResponse,
    DeleteAIWorkloadConfigResponse,
    DeleteAlgorithmResponse,
    DeleteAppImageConfigResponse,
    DeleteAppResponse,
    DeleteArtifactResponse,
    DeleteAssociationResponse,
    DeleteClusterResponse,
    DeleteClusterSchedulerConfigResponse,
    DeleteCodeRepositoryResponse,
    DeleteCompilationJobResponse,
    DeleteComputeQuotaResponse,
    DeleteContextResponse,
    DeleteDataQualityJobDefinitionResponse,
    DeleteDeviceFleetResponse,
    DeleteDomainResponse,
    DeleteEdgeDeploymentPlanResponse,
    DeleteEdgeDeploymentStageResponse,
    DeleteEndpointConfigResponse,
    DeleteEndpointResponse,
    DeleteExperimentResponse,
    DeleteFeatureGroupResponse,
    DeleteFlowDefinitionResponse,
    DeleteHubContentReferenceResponse,
    DeleteHubContentResponse,
    DeleteHubResponse,
    DeleteHumanTaskUiResponse,
    DeleteHyperParameterTuningJobResponse,
    DeleteImageResponse,
    DeleteImageVersionResponse,
    DeleteInferenceComponentResponse,
    DeleteInferenceExperimentResponse,
    DeleteJobResponse,
    DeleteMlflowAppResponse,
    DeleteMlflowTrackingServerResponse,
    DeleteModelBiasJobDefinitionResponse,
    DeleteModelCardResponse,
    DeleteModelExplainabilityJobDefinitionResponse,
    DeleteModelPackageGroupPolicyResponse,
    DeleteModelPackageGroupResponse,
    DeleteModelPackageResponse,
    DeleteModelQualityJobDefinitionResponse,
    DeleteModelResponse,
    DeleteMonitoringScheduleResponse,
    DeleteNotebookInstanceLifecycleConfigResponse,
    DeleteNotebookInstanceResponse,
    DeleteOptimizationJobResponse,
    DeletePartnerAppResponse,
    DeletePipelineResponse,
    DeleteProcessingJobResponse,
    DeleteProjectResponse,
    DeleteSpaceResponse,
    DeleteStudioLifecycleConfigResponse,
    DeleteTagsOutput,
    DeleteTrainingJobResponse,
    DeleteTrialComponentResponse,
    DeleteTrialResponse,
    DeleteUserProfileResponse,
    DeleteWorkforceResponse,
    DeleteWorkteamResponse,
    DeploymentConfig,
    DeploymentConfiguration,
    DeploymentStage,
    DeregisterDevicesResponse,
    DescribeActionResponse,
    DescribeAIBenchmarkJobResponse,
    DescribeAIRecommendationJobResponse,
    DescribeAIWorkloadConfigResponse,
    DescribeAlgorithmOutput,
    DescribeAppImageConfigResponse,
    DescribeAppResponse,
    DescribeArtifactResponse,
    DescribeAutoMLJobResponse,
    DescribeAutoMLJobV2Response,
    DescribeClusterEventResponse,
    DescribeClusterNodeResponse,
    DescribeClusterResponse,
    DescribeClusterSchedulerConfigResponse,
    DescribeCodeRepositoryOutput,
    DescribeCompilationJobResponse,
    DescribeComputeQuotaResponse,
    DescribeContextResponse,
    DescribeDataQualityJobDefinitionResponse,
    DescribeDeviceFleetResponse,
    DescribeDeviceResponse,
    DescribeDomainResponse,
    DescribeEdgeDeploymentPlanResponse,
    DescribeEdgePackagingJobResponse,
    DescribeEndpointConfigOutput,
    DescribeEndpointOutput,
    DescribeExperimentResponse,
    DescribeFeatureGroupResponse,
    DescribeFeatureMetadataResponse,
    DescribeFlowDefinitionResponse,
    DescribeHubContentResponse,
    DescribeHubResponse,
    DescribeHumanTaskUiResponse,
    DescribeHyperParameterTuningJobResponse,
    DescribeImageResponse,
    DescribeImageVersionResponse,
    DescribeInferenceComponentOutput,
    DescribeInferenceExperimentResponse,
    DescribeInferenceRecommendationsJobResponse,
    DescribeJobResponse,
    DescribeJobSchemaVersionResponse,
    DescribeLabelingJobResponse,
    DescribeLineageGroupResponse,
    DescribeMlflowAppResponse,
    DescribeMlflowTrackingServerResponse,
    DescribeModelBiasJobDefinitionResponse,
    DescribeModelCardExportJobResponse,
    DescribeModelCardResponse,
    DescribeModelExplainabilityJobDefinitionResponse,
    DescribeModelOutput,
    DescribeModelPackageGroupOutput,
    DescribeModelPackageOutput,
    DescribeModelQualityJobDefinitionResponse,
    DescribeMonitoringScheduleResponse,
    DescribeNotebookInstanceLifecycleConfigOutput,
    DescribeNotebookInstanceOutput,
    DescribeOptimizationJobResponse,
    DescribePartnerAppResponse,
    DescribePipelineDefinitionForExecutionResponse,
    DescribePipelineExecutionResponse,
    DescribePipelineResponse,
    DescribeProcessingJobResponse,
    DescribeProjectOutput,
    DescribeReservedCapacityResponse,
    DescribeSpaceResponse,
    DescribeStudioLifecycleConfigResponse,
    DescribeSubscribedWorkteamResponse,
    DescribeTrainingJobResponse,
    DescribeTrainingPlanExtensionHistoryResponse,
    DescribeTrainingPlanResponse,
    DescribeTransformJobResponse,
    DescribeTrialComponentResponse,
    DescribeTrialResponse,
    DescribeUserProfileResponse,
    DescribeWorkforceResponse,
    DescribeWorkteamResponse,
    DesiredWeightAndCapacity,
    DetachClusterNodeVolumeResponse,
    Device,
    DeviceDeploymentSummary,
    DeviceFleetSummary,
    DeviceSummary,
    DisableSagemakerServicecatalogPortfolioOutput,
    DisassociateTrialComponentResponse,
    DomainDetails,
    DomainSettings,
    DomainSettingsForUpdate,
    DriftCheckBaselines,
)
from smtyped._generated.shapes._e import (
    EdgeDeploymentModelConfig,
    EdgeDeploymentPlanSummary,
    EdgeModel,
    EdgeOutputConfig,
    EdgePackagingJobSummary,
    EnableSagemakerServicecatalogPortfolioOutput,
    EndpointConfigSummary,
    EndpointSummary,
    ExperimentConfig,
    ExperimentSummary,
    ExplainerConfig,
    ExtendTrainingPlanResponse,
)
from smtyped._generated.shapes._f import (
    FeatureDefinition,
    FeatureGroupSummary,
    FeatureParameter,
    FlowDefinitionOutputConfig,
    FlowDefinitionSummary,
)
from smtyped._generated.shapes._g import (
    GetDeviceFleetReportResponse,
    GetLineageGroupPolicyResponse,
    GetModelPackageGroupPolicyOutput,
    GetSagemakerServicecatalogPortfolioStatusOutput,
    GetScalingConfigurationRecommendationResponse,
    GetSearchSuggestionsResponse,
    GitConfig,
    GitConfigForUpdate,
)
from smtyped._generated.shapes._h import (
    HubContentInfo,
    HubInfo,
    HubS3StorageConfig,
    HumanLoopActivationConfig,
    HumanLoopConfig,
    HumanLoopRequestSource,
    HumanTaskConfig,
    HumanTaskUiSummary,
    HyperParameterTrainingJobDefinition,
    HyperParameterTrainingJobSummary,
    HyperParameterTuningJobConfig,
    HyperParameterTuningJobSummary,
    HyperParameterTuningJobWarmStartConfig,
)
from smtyped._generated.shapes._i import (
    Image,
    ImageVersion,
    ImportHubContentResponse,
    InferenceComponentDeploymentConfig,
    InferenceComponentRuntimeConfig,
    InferenceComponentSpecification,
    InferenceComponentSummary,
    InferenceExecutionConfig,
    InferenceExperimentDataStorageConfig,
    InferenceExperimentSchedule,
    InferenceExperimentSummary,
    InferenceRecommendationsJob,
    InferenceRecommendationsJobStep,
    InferenceSpecification,
    InfraCheckConfig,
    InputConfig,
    InstanceGroupHealthCheckConfiguration,
    InstanceMetadataServiceConfiguration,
)
from smtyped._generated.shapes._j import JobConfigSchemaVersionSummary, JobSummary, JupyterLabAppImageConfig
from smtyped._generated.shapes._k import KernelGatewayImageConfig
from smtyped._generated.shapes._l import (
    LabelingJobAlgorithmsConfig,
    LabelingJobForWorkteamSummary,
    LabelingJobInputConfig,
    LabelingJobOutputConfig,
    LabelingJobStoppingConditions,
    LabelingJobSummary,
    LineageGroupSummary,
    ListActionsResponse,
    ListAIBenchmarkJobsResponse,
    ListAIRecommendationJobsResponse,
    ListAIWorkloadConfigsResponse,
    ListAlgorithmsOutput,
    ListAliasesResponse,
    ListAppImageConfigsResponse,
    ListAppsResponse,
    ListArtifactsResponse,
    ListAssociationsResponse,
    ListAutoMLJobsResponse,
    ListCandidatesForAutoMLJobResponse,
    ListClusterEventsResponse,
    ListClusterNodesResponse,
    ListClusterSchedulerConfigsResponse,
    ListClustersResponse,
    ListCodeRepositoriesOutput,
    ListCompilationJobsResponse,
    ListComputeQuotasResponse,
    ListContextsResponse,
    ListDataQualityJobDefinitionsResponse,
    ListDeviceFleetsResponse,
    ListDevicesResponse,
    ListDomainsResponse,
    ListEdgeDeploymentPlansResponse,
    ListEdgePackagingJobsResponse,
    ListEndpointConfigsOutput,
    ListEndpointsOutput,
    ListExperimentsResponse,
    ListFeatureGroupsResponse,
    ListFlowDefinitionsResponse,
    ListHubContentsResponse,
    ListHubContentVersionsResponse,
    ListHubsResponse,
    ListHumanTaskUisResponse,
    ListHyperParameterTuningJobsResponse,
    ListImagesResponse,
    ListImageVersionsResponse,
    ListInferenceComponentsOutput,
    ListInferenceExperimentsResponse,
    ListInferenceRecommendationsJobsResponse,
    ListInferenceRecommendationsJobStepsResponse,
    ListJobSchemaVersionsResponse,
    ListJobsResponse,
    ListLabelingJobsForWorkteamResponse,
    ListLabelingJobsResponse,
    ListLineageGroupsResponse,
    ListMlflowAppsResponse,
    ListMlflowTrackingServersResponse,
    ListModelBiasJobDefinitionsResponse,
    ListModelCardExportJobsResponse,
    ListModelCardsResponse,
    ListModelCardVersionsResponse,
    ListModelExplainabilityJobDefinitionsResponse,
    ListModelMetadataResponse,
    ListModelPackageGroupsOutput,
    ListModelPackagesOutput,
    ListModelQualityJobDefinitionsResponse,
    ListModelsOutput,
    ListMonitoringAlertHistoryResponse,
    ListMonitoringAlertsResponse,
    ListMonitoringExecutionsResponse,
    ListMonitoringSchedulesResponse,
    ListNotebookInstanceLifecycleConfigsOutput,
    ListNotebookInstancesOutput,
    ListOptimizationJobsResponse,
    ListPartnerAppsResponse,
    ListPipelineExecutionsResponse,
    ListPipelineExecutionStepsResponse,
    ListPipelineParametersForExecutionResponse,
    ListPipelinesResponse,
    ListPipelineVersionsResponse,
    ListProcessingJobsResponse,
    ListProjectsOutput,
    ListResourceCatalogsResponse,
    ListSpacesResponse,
    ListStageDevicesResponse,
    ListStudioLifecycleConfigsResponse,
    ListSubscribedWorkteamsResponse,
    ListTagsOutput,
    ListTrainingJobsForHyperParameterTuningJobResponse,
    ListTrainingJobsResponse,
    ListTrainingPlansResponse,
    ListTransformJobsResponse,
    ListTrialComponentsResponse,
    ListTrialsResponse,
    ListUltraServersByReservedCapacityResponse,
    ListUserProfilesResponse,
    ListWorkforcesResponse,
    ListWorkteamsResponse,
)
from smtyped._generated.shapes._m import (
    ManagedConfiguration,
    MemberDefinition,
    MetadataProperties,
    MetricsConfig,
    MlflowAppSummary,
    MlflowConfig,
    ModelBiasAppSpecification,
    ModelBiasBaselineConfig,
    ModelBiasJobInput,
    ModelCardExportJobSummary,
    ModelCardExportOutputConfig,
    ModelCardSecurityConfig,
    ModelCardSummary,
    ModelCardVersionSummary,
    ModelClientConfig,
    ModelDeployConfig,
    ModelExplainabilityAppSpecification,
    ModelExplainabilityBaselineConfig,
    ModelExplainabilityJobInput,
    ModelLifeCycle,
    ModelMetadataSearchExpression,
    ModelMetadataSummary,
    ModelMetrics,
    ModelPackageConfig,
    ModelPackageGroupSummary,
    ModelPackageModelCard,
    ModelPackageSecurityConfig,
    ModelPackageSummary,
    ModelPackageValidationSpecification,
    ModelQualityAppSpecification,
    ModelQualityBaselineConfig,
    ModelQualityJobInput,
    ModelSummary,
    ModelVariantConfig,
    MonitoringAlertHistorySummary,
    MonitoringAlertSummary,
    MonitoringExecutionSummary,
    MonitoringJobDefinitionSummary,
    MonitoringNetworkConfig,
    MonitoringOutputConfig,
    MonitoringResources,
    MonitoringScheduleConfig,
    MonitoringScheduleSummary,
    MonitoringStoppingCondition,
)
from smtyped._generated.shapes._n import (
    NeoVpcConfig,
    NetworkConfig,
    NotebookInstanceLifecycleConfigSummary,
    NotebookInstanceLifecycleHook,
    NotebookInstanceSummary,
    NotificationConfiguration,
)
from smtyped._generated.shapes._o import (
    OfflineStoreConfig,
    OidcConfig,
    OnlineStoreConfig,
    OnlineStoreConfigUpdate,
    OptimizationConfig,
    OptimizationJobModelSource,
    OptimizationJobOutputConfig,
    OptimizationJobSummary,
    OptimizationVpcConfig,
    OutputConfig,
    OutputDataConfig,
    OutputParameter,
    OwnershipSettings,
)
from smtyped._generated.shapes._p import (
    ParallelismConfiguration,
    Parameter,
    PartnerAppConfig,
    PartnerAppMaintenanceConfig,
    PartnerAppSummary,
    PipelineDefinitionS3Location,
    PipelineExecutionStep,
    PipelineExecutionSummary,
    PipelineSummary,
    PipelineVersionSummary,
    PresignedUrlAccessConfig,
    ProcessingInput,
    ProcessingJobSummary,
    ProcessingOutputConfig,
    ProcessingResources,
    ProcessingStoppingCondition,
    ProductionVariant,
    ProfilerConfig,
    ProfilerConfigForUpdate,
    ProfilerRuleConfiguration,
    ProjectSummary,
    PutModelPackageGroupPolicyOutput,
)
from smtyped._generated.shapes._q import QueryFilters, QueryLineageResponse
from smtyped._generated.shapes._r import (
    RecommendationJobInputConfig,
    RecommendationJobOutputConfig,
    RecommendationJobStoppingConditions,
    RegisterDevicesResponse,
    RemoteDebugConfig,
    RemoteDebugConfigForUpdate,
    RenderableTask,
    RenderUiTemplateResponse,
    ResourceCatalog,
    ResourceConfig,
    ResourceConfigForUpdate,
    ResourceSpec,
    RetentionPolicy,
    RetryPipelineExecutionResponse,
    RetryStrategy,
)
from smtyped._generated.shapes._s import (
    ScalingPolicyObjective,
    SchedulerConfig,
    SearchExpression,
    SearchRecord,
    SearchResponse,
    SearchTrainingPlanOfferingsResponse,
    SelectiveExecutionConfig,
    SendPipelineExecutionStepFailureResponse,
    SendPipelineExecutionStepSuccessResponse,
    ServerlessJobConfig,
    ServiceCatalogProvisioningDetails,
    ServiceCatalogProvisioningUpdateDetails,
    SessionChainingConfig,
    ShadowModeConfig,
    SourceAlgorithmSpecification,
    SourceIpConfig,
    SpaceDetails,
    SpaceSettings,
    SpaceSharingSettings,
    StartClusterHealthCheckResponse,
    StartEdgeDeploymentStageResponse,
    StartInferenceExperimentResponse,
    StartMlflowTrackingServerResponse,
    StartMonitoringScheduleResponse,
    StartNotebookInstanceResponse,
    StartPipelineExecutionResponse,
    StartSessionResponse,
    StopAIBenchmarkJobResponse,
    StopAIRecommendationJobResponse,
    StopAutoMLJobResponse,
    StopCompilationJobResponse,
    StopEdgeDeploymentStageResponse,
    StopEdgePackagingJobResponse,
    StopHyperParameterTuningJobResponse,
    StopInferenceExperimentResponse,
    StopInferenceRecommendationsJobResponse,
    StopJobResponse,
    StopLabelingJobResponse,
    StopMlflowTrackingServerResponse,
    StopMonitoringScheduleResponse,
    StopNotebookInstanceResponse,
    StopOptimizationJobResponse,
    StoppingCondition,
    StopPipelineExecutionResponse,
    StopProcessingJobResponse,
    StopTrainingJobResponse,
    StopTransformJobResponse,
    StudioLifecycleConfigDetails,
    SubscribedWorkteam,
    SuggestionQuery,
)
from smtyped._generated.shapes._t import (
    Tag,
    TensorBoardOutputConfig,
    ThroughputConfig,
    ThroughputConfigUpdate,
    TrackingServerSummary,
    TrainingJobSummary,
    TrainingPlanExtension,
    TrainingPlanFilter,
    TrainingPlanSummary,
    TrainingSpecification,
    TransformInput,
    TransformJobSummary,
    TransformOutput,
    TransformResources,
    TrialComponentArtifact,
    TrialComponentParameterValue,
    TrialComponentStatus,
    TrialComponentSummary,
    TrialSummary,
)
from smtyped._generated.shapes._u import (
    UiTemplate,
    UltraServer,
    UpdateActionResponse,
    UpdateAppImageConfigResponse,
    UpdateArtifactResponse,
    UpdateClusterResponse,
    UpdateClusterSchedulerConfigResponse,
    UpdateClusterSoftwareInstanceGroupSpecification,
    UpdateClusterSoftwareResponse,
    UpdateCodeRepositoryOutput,
    UpdateComputeQuotaResponse,
    UpdateContextResponse,
    UpdateDeviceFleetResponse,
    UpdateDevicesResponse,
    UpdateDomainResponse,
    UpdateEndpointOutput,
    UpdateEndpointWeightsAndCapacitiesOutput,
    UpdateExperimentResponse,
    UpdateFeatureGroupResponse,
    UpdateFeatureMetadataResponse,
    UpdateHubContentReferenceResponse,
    UpdateHubContentResponse,
    UpdateHubResponse,
    UpdateImageResponse,
    UpdateImageVersionResponse,
    UpdateInferenceComponentOutput,
    UpdateInferenceComponentRuntimeConfigOutput,
    UpdateInferenceExperimentResponse,
    UpdateMlflowAppResponse,
    UpdateMlflowTrackingServerResponse,
    UpdateModelCardResponse,
    UpdateModelPackageOutput,
    UpdateMonitoringAlertResponse,
    UpdateMonitoringScheduleResponse,
    UpdateNotebookInstanceLifecycleConfigOutput,
    UpdateNotebookInstanceOutput,
    UpdatePartnerAppResponse,
    UpdatePipelineExecutionResponse,
    UpdatePipelineResponse,
    UpdatePipelineVersionResponse,
    UpdateProjectOutput,
    UpdateSpaceResponse,
    UpdateTemplateProvider,
    UpdateTrainingJobResponse,
    UpdateTrialComponentResponse,
    UpdateTrialResponse,
    UpdateUserProfileResponse,
    UpdateWorkforceResponse,
    UpdateWorkteamResponse,
    UserProfileDetails,
    UserSettings,
)
from smtyped._generated.shapes._v import VariantProperty, VisibilityConditions, VpcConfig
from smtyped._generated.shapes._w import WorkerAccessConfiguration, Workforce, WorkforceVpcConfigRequest, Workteam

__all__ = ["AsyncSageMakerClient"]

class AsyncSageMakerClient(BaseClient):
    """Typed client for Amazon SageMaker Service; ``client`` is the wrapped botocore client."""

    async def add_association(
        self,
        *,
        source_arn: str,
        destination_arn: str,
        association_type: AssociationEdgeType | AssociationEdgeTypeLiteral | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> AddAssociationResponse:
        """Creates an association between the source and the destination. A source can be associated
        with multiple destinations, and a destination can be associated with multiple sources. An
        association is a lineage tracking entity. For more information, see Amazon SageMaker ML
        Lineage Tracking. (Operation since 2020-12-01.)

        Args:
            source_arn: The ARN of the source. Since 2020-12-01.
            destination_arn: The Amazon Resource Name (ARN) of the destination. Since
                2020-12-01.
            association_type: The type of association. The following are suggested uses for each
                type. Amazon SageMaker places no restrictions on their use. Since 2020-12-01.

        Returns:
            AddAssociationResponse: the typed response.
        """

    async def add_tags(
        self,
        *,
        resource_arn: str,
        tags: list[Tag],
        extra: Mapping[str, Any] | None = None,
    ) -> AddTagsOutput:
        """Adds or overwrites one or more tags for the specified Amazon SageMaker resource. You can add
        tags to notebook instances, training jobs, models, endpoint configurations, and endpoints.

        Args:
            resource_arn: The Amazon Resource Name (ARN) of the resource that you want to tag.
                Since 2017-11-29.
            tags: An array of Tag objects. Each tag is a key-value pair. Only the key parameter
                is required. If you don't specify a value, Amazon SageMaker sets the value to an
                empty string. Since 2017-11-29.

        Returns:
            AddTagsOutput: the typed response.
        """

    async def associate_trial_component(
        self,
        *,
        trial_component_name: str,
        trial_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> AssociateTrialComponentResponse:
        """Associates a trial component with a trial. A trial component can be associated with multiple
        trials. To disassociate a trial component from a trial, call the DisassociateTrialComponent
        API. (Operation since 2019-12-04.)

        Args:
            trial_component_name: The name of the component to associated with the trial. Since
                2019-12-04.
            trial_name: The name of the trial to associate with. Since 2019-12-04.

        Returns:
            AssociateTrialComponentResponse: the typed response.
        """

    async def attach_cluster_node_volume(
        self,
        *,
        cluster_arn: str,
        node_id: str,
        volume_id: str,
        extra: Mapping[str, Any] | None = None,
    ) -> AttachClusterNodeVolumeResponse:
        """Attaches your Amazon Elastic Block Store (Amazon EBS) volume to a node in your
        EKS-orchestrated HyperPod cluster. (Operation since 2025-08-04.)

        Args:
            cluster_arn: The Amazon Resource Name (ARN) of your SageMaker HyperPod cluster
                containing the target node. Your cluster must use EKS as the orchestration and be in
                the InService state. Since 2025-08-04.
            node_id: The unique identifier of the cluster node to which you want to attach the
                volume. The node must belong to your specified HyperPod cluster and cannot be part
                of a Restricted Instance Group (RIG). Since 2025-08-04.
            volume_id: The unique identifier of your EBS volume to attach. The volume must be in
                the available state. Since 2025-08-04.

        Returns:
            AttachClusterNodeVolumeResponse: the typed response.
        """

    async def batch_add_cluster_nodes(
        self,
        *,
        cluster_name: str,
        nodes_to_add: list[AddClusterNodeSpecification],
        client_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> BatchAddClusterNodesResponse:
        """Adds nodes to a HyperPod cluster by incrementing the target count for one or more instance
        groups. This operation returns a unique NodeLogicalId for each node being added, which can
        be used to track the provisioning status of the node. This API provides a safer alternative
        to UpdateCluster for scaling operations by avoiding unintended configuration changes.
        (Operation since 2025-08-05.)

        Args:
            cluster_name: The name of the HyperPod cluster to which you want to add nodes. Since
                2025-08-05.
            client_token: A unique, case-sensitive identifier that you provide to ensure the
                idempotency of the request. This token is valid for 8 hours. If you retry the
                request with the same client token within this timeframe and the same parameters,
                the API returns the same set of NodeLogicalIds with their latest status. Since
                2025-08-05.
            nodes_to_add: A list of instance groups and the number of nodes to add to each. You
                can specify up to 5 instance groups in a single request, with a maximum of 50 nodes
                total across all instance groups. Since 2025-08-05.

        Returns:
            BatchAddClusterNodesResponse: the typed response.
        """

    async def batch_delete_cluster_nodes(
        self,
        *,
        cluster_name: str,
        node_ids: list[str] | None = None,
        node_logical_ids: list[str] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> BatchDeleteClusterNodesResponse:
        """Deletes specific nodes within a SageMaker HyperPod cluster. BatchDeleteClusterNodes accepts
        a cluster name and a list of node IDs. (Operation since 2024-10-31.)

        Args:
            cluster_name: The name of the SageMaker HyperPod cluster from which to delete the
                specified nodes. Since 2024-10-31.
            node_ids: A list of node IDs to be deleted from the specified cluster. Since
                2024-10-31.
            node_logical_ids: A list of NodeLogicalIds identifying the nodes to be deleted. You
                can specify up to 50 NodeLogicalIds. You must specify either NodeLogicalIds,
                InstanceIds, or both, with a combined maximum of 50 identifiers. Since 2025-08-05.

        Returns:
            BatchDeleteClusterNodesResponse: the typed response.
        """

    async def batch_describe_model_package(
        self,
        *,
        model_package_arn_list: list[str],
        extra: Mapping[str, Any] | None = None,
    ) -> BatchDescribeModelPackageOutput:
        """This action batch describes a list of versioned model packages (Operation since 2021-10-27.)

        Args:
            model_package_arn_list: The list of Amazon Resource Name (ARN) of the model package
                groups. Since 2021-10-27.

        Returns:
            BatchDescribeModelPackageOutput: the typed response.
        """

    async def batch_reboot_cluster_nodes(
        self,
        *,
        cluster_name: str,
        node_ids: list[str] | None = None,
        node_logical_ids: list[str] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> BatchRebootClusterNodesResponse:
        """Reboots specific nodes within a SageMaker HyperPod cluster using a soft recovery mechanism.
        BatchRebootClusterNodes performs a graceful reboot of the specified nodes by calling the
        Amazon Elastic Compute Cloud RebootInstances API, which attempts to cleanly shut down the
        operating system before restarting the instance. (Operation since 2025-11-20.)

        Args:
            cluster_name: The name or Amazon Resource Name (ARN) of the SageMaker HyperPod
                cluster containing the nodes to reboot. Since 2025-11-20.
            node_ids: A list of EC2 instance IDs to reboot using soft recovery. You can specify
                between 1 and 25 instance IDs. Since 2025-11-20.
            node_logical_ids: A list of logical node IDs to reboot using soft recovery. You can
                specify between 1 and 25 logical node IDs. Since 2025-11-20.

        Returns:
            BatchRebootClusterNodesResponse: the typed response.
        """

    async def batch_replace_cluster_nodes(
        self,
        *,
        cluster_name: str,
        node_ids: list[str] | None = None,
        node_logical_ids: list[str] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> BatchReplaceClusterNodesResponse:
        """Replaces specific nodes within a SageMaker HyperPod cluster with new hardware.
        BatchReplaceClusterNodes terminates the specified instances and provisions new replacement
        instances with the same configuration but fresh hardware. The Amazon Machine Image (AMI) and
        instance configuration remain the same. (Operation since 2025-11-20.)

        Args:
            cluster_name: The name or Amazon Resource Name (ARN) of the SageMaker HyperPod
                cluster containing the nodes to replace. Since 2025-11-20.
            node_ids: A list of EC2 instance IDs to replace with new hardware. You can specify
                between 1 and 25 instance IDs. Since 2025-11-20.
            node_logical_ids: A list of logical node IDs to replace with new hardware. You can
                specify between 1 and 25 logical node IDs. Since 2025-11-20.

        Returns:
            BatchReplaceClusterNodesResponse: the typed response.
        """

    async def create_ai_benchmark_job(
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
    ) -> CreateAIBenchmarkJobResponse:
        """Creates a benchmark job that runs performance benchmarks against inference infrastructure
        using a predefined AI workload configuration. The benchmark job measures metrics such as
        latency, throughput, and cost for your generative AI inference endpoints. (Operation since
        2026-04-21.)

        Args:
            ai_benchmark_job_name: The name of the AI benchmark job. The name must be unique
                within your Amazon Web Services account in the current Amazon Web Services Region.
                Since 2026-04-21.
            benchmark_target: The target endpoint to benchmark. Specify a SageMaker endpoint by
                providing its name or Amazon Resource Name (ARN). Since 2026-04-21.
            output_config: The output configuration for the benchmark job, including the Amazon
                S3 location where benchmark results are stored. Since 2026-04-21.
            ai_workload_config_identifier: The name or Amazon Resource Name (ARN) of the AI
                workload configuration to use for this benchmark job. Since 2026-04-21.
            role_arn: The Amazon Resource Name (ARN) of an IAM role that enables Amazon
                SageMaker AI to perform tasks on your behalf. Since 2026-04-21.
            network_config: The network configuration for the benchmark job, including VPC
                settings. Since 2026-04-21.
            tags: The metadata that you apply to Amazon Web Services resources to help you
                categorize and organize them. Each tag consists of a key and a value, both of which
                you define. Since 2026-04-21.

        Returns:
            CreateAIBenchmarkJobResponse: the typed response.
        """

    async def create_ai_recommendation_job(
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
    ) -> CreateAIRecommendationJobResponse:
        """Creates a recommendation job that generates intelligent optimization recommendations for
        generative AI inference deployments. The job analyzes your model, workload configuration,
        and performance targets to recommend optimal instance types, model optimization techniques
        (such as quantization and speculative decoding), and deployment configurations. (Operation
        since 2026-04-21.)

        Args:
            ai_recommendation_job_name: The name of the AI recommendation job. The name must be
                unique within your Amazon Web Services account in the current Amazon Web Services
                Region. Since 2026-04-21.
            model_source: The source of the model to optimize. Specify the Amazon S3 location of
                the model artifacts. Since 2026-04-21.
            output_config: The output configuration for the recommendation job, including the
                Amazon S3 location for results and an optional model package group where the
                optimized model is registered. Since 2026-04-21.
            ai_workload_config_identifier: The name or Amazon Resource Name (ARN) of the AI
                workload configuration to use for this recommendation job. Since 2026-04-21.
            performance_target: The performance targets for the recommendation job. Specify
                constraints on metrics such as time to first token ( ttft-ms), throughput, or cost.
                Since 2026-04-21.
            role_arn: The Amazon Resource Name (ARN) of an IAM role that enables Amazon
                SageMaker AI to perform tasks on your behalf. Since 2026-04-21.
            inference_specification: The inference framework configuration. Specify the
                framework (such as LMI or vLLM) for the recommendation job. Since 2026-04-21.
            optimize_model: Whether to allow model optimization techniques such as quantization,
                speculative decoding, and kernel tuning. The default is true. Since 2026-04-21.
            compute_spec: The compute resource specification for the recommendation job. You can
                specify up to 3 instance types to consider, and optionally provide capacity
                reservation configuration. Since 2026-04-21.
            adapter_source: The LoRA adapter source for the recommendation job. Specify either a
                list of model package ARNs or Amazon S3 URIs for your LoRA adapters. When this
                parameter is absent, the recommendation job runs without LoRA adapter support. Since
                2026-07-27.
            tags: The metadata that you apply to Amazon Web Services resources to help you
                categorize and organize them. Since 2026-04-21.

        Returns:
            CreateAIRecommendationJobResponse: the typed response.
        """

    async def create_ai_workload_config(
        self,
        *,
        ai_workload_config_name: str,
        dataset_config: AIDatasetConfig | None = None,
        ai_workload_configs: AIWorkloadConfigs | None = None,
        tags: list[Tag] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> CreateAIWorkloadConfigResponse:
        """Creates a reusable AI workload configuration that defines datasets, data sources, and
        benchmark tool settings for consistent performance testing of generative AI inference
        deployments on Amazon SageMaker AI. (Operation since 2026-04-21.)

        Args:
            ai_workload_config_name: The name of the AI workload configuration. The name must be
                unique within your Amazon Web Services account in the current Amazon Web Services
                Region. Since 2026-04-21.
            dataset_config: The dataset configuration for the workload. Specify input data
                channels with their data sources for benchmark workloads. Since 2026-04-21.
            ai_workload_configs: The benchmark tool configuration and workload specification.
                Provide the specification as an inline YAML or JSON string. Since 2026-04-21.
            tags: The metadata that you apply to Amazon Web Services resources to help you
                categorize and organize them. Each tag consists of a key and a value, both of which
                you define. For more information, see Tagging Amazon Web Services Resources in the
                Amazon Web Services General Reference. Since 2026-04-21.

        Returns:
            CreateAIWorkloadConfigResponse: the typed response.
        """

    async def create_action(
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
    ) -> CreateActionResponse:
        """Creates an action . An action is a lineage tracking entity that represents an action or
        activity. For example, a model deployment or an HPO job. Generally, an action involves at
        least one input or output artifact. For more information, see Amazon SageMaker ML Lineage
        Tracking. (Operation since 2020-12-01.)

        Args:
            action_name: The name of the action. Must be unique to your account in an AWS
                Region. Since 2020-12-01.
            source: The source type, ID, and URI. Since 2020-12-01.
            action_type: The action type. Since 2020-12-01.
            description: The description of the action. Since 2020-12-01.
            status: The status of the action. Since 2020-12-01.
            properties: A list of properties to add to the action. Since 2020-12-01.
            metadata_properties: Metadata properties of the tracking entity, trial, or trial
                component. Since 2020-12-01.
            tags: A list of tags to apply to the action. Since 2020-12-01.

        Returns:
            CreateActionResponse: the typed response.
        """

    async def create_algorithm(
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
    ) -> CreateAlgorithmOutput:
        """Create a machine learning algorithm that you can use in SageMaker and list in the Amazon Web
        Services Marketplace. (Operation since 2018-11-28.)

        Args:
            algorithm_name: The name of the algorithm. Since 2018-11-28.
            algorithm_description: A description of the algorithm. Since 2018-11-28.
            training_specification: Specifies details about training jobs run by this algorithm,
                including the following: Since 2018-11-28.
            inference_specification: Specifies details about inference jobs that the algorithm
                runs, including the following: Since 2018-11-28.
            validation_specification: Specifies configurations for one or more training jobs and
                that SageMaker runs to test the algorithm's training code and, optionally, one or
                more batch transform jobs that SageMaker runs to test the algorithm's inference
                code. Since 2018-11-28.
            certify_for_marketplace: Whether to certify the algorithm so that it can be listed
                in Amazon Web Services Marketplace. Since 2018-11-28.
            tags: An array of key-value pairs. You can use tags to categorize your Amazon Web
                Services resources in different ways, for example, by purpose, owner, or
                environment. For more information, see Tagging Amazon Web Services Resources. Since
                2020-12-01.

        Returns:
            CreateAlgorithmOutput: the typed response.
        """

    async def create_app(
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
    ) -> CreateAppResponse:
        """Creates a running app for the specified UserProfile. This operation is automatically invoked
        by Amazon SageMaker AI upon access to the associated Domain, and when new kernel
        configurations are selected by the user. A user may have multiple Apps active
        simultaneously. (Operation since 2019-12-04.)

        Args:
            domain_id: The domain ID. Since 2019-12-04.
            user_profile_name: The user profile name. If this value is not set, then SpaceName
                must be set. Since 2019-12-04.
            space_name: The name of the space. If this value is not set, then UserProfileName
                must be set. Since 2022-11-30.
            app_type: The type of app. Since 2019-12-04.
            app_name: The name of the app. Since 2019-12-04.
            tags: Each tag consists of a key and an optional value. Tag keys must be unique per
                resource. Since 2019-12-04.
            resource_spec: The instance type and the Amazon Resource Name (ARN) of the SageMaker
                AI image created on the instance. Since 2019-12-04.
            recovery_mode: Indicates whether the application is launched in recovery mode. Since
                2025-03-27.

        Returns:
            CreateAppResponse: the typed response.
        """

    async def create_app_image_config(
        self,
        *,
        app_image_config_name: str,
        tags: list[Tag] | None = None,
        kernel_gateway_image_config: KernelGatewayImageConfig | None = None,
        jupyter_lab_app_image_config: JupyterLabAppImageConfig | None = None,
        code_editor_app_image_config: CodeEditorAppImageConfig | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> CreateAppImageConfigResponse:
        """Creates a configuration for running a SageMaker image as a KernelGateway app. The
        configuration specifies the Amazon Elastic File System storage volume on the image, and a
        list of the kernels in the image. (Operation since 2020-10-26.)

        Args:
            app_image_config_name: The name of the AppImageConfig. Must be unique to your
                account. Since 2020-10-26.
            tags: A list of tags to apply to the AppImageConfig. Since 2020-10-26.
            kernel_gateway_image_config: The KernelGatewayImageConfig. You can only specify one
                image kernel in the AppImageConfig API. This kernel will be shown to users before
                the image starts. Once the image runs, all kernels are visible in JupyterLab. Since
                2020-10-26.
            jupyter_lab_app_image_config: The JupyterLabAppImageConfig . You can only specify
                one image kernel in the AppImageConfig API. This kernel is shown to users before the
                image starts. After the image runs, all kernels are visible in JupyterLab. Since
                2023-11-30.
            code_editor_app_image_config: The CodeEditorAppImageConfig . You can only specify
                one image kernel in the AppImageConfig API. This kernel is shown to users before the
                image starts. After the image runs, all kernels are visible in Code Editor. Since
                2024-03-29.

        Returns:
            CreateAppImageConfigResponse: the typed response.
        """

    async def create_artifact(
        self,
        *,
        source: ArtifactSource,
        artifact_type: str,
        artifact_name: str | None = None,
        properties: dict[str, str] | None = None,
        metadata_properties: MetadataProperties | None = None,
        tags: list[Tag] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> CreateArtifactResponse:
        """Creates an artifact . An artifact is a lineage tracking entity that represents a URI
        addressable object or data. Some examples are the S3 URI of a dataset and the ECR registry
        path of an image. For more information, see Amazon SageMaker ML Lineage Tracking. (Operation
        since 2020-12-01.)

        Args:
            artifact_name: The name of the artifact. Must be unique to your account in an AWS
                Region. Since 2020-12-01.
            source: The ID, ID type, and URI of the source. Since 2020-12-01.
            artifact_type: The artifact type. Since 2020-12-01.
            properties: A list of properties to add to the artifact. Since 2020-12-01.
            metadata_properties: Metadata properties of the tracking entity, trial, or trial
                component. Since 2020-12-01.
            tags: A list of tags to apply to the artifact. Since 2020-12-01.

        Returns:
            CreateArtifactResponse: the typed response.
        """

    async def create_auto_ml_job(
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
    ) -> CreateAutoMLJobResponse:
        """Creates an Autopilot job also referred to as Autopilot experiment or AutoML job. (Operation
        since 2019-12-04.)

        Args:
            auto_ml_job_name: Identifies an Autopilot job. The name must be unique to your
                account and is case insensitive. Since 2019-12-04.
            input_data_config: An array of channel objects that describes the input data and its
                location. Each channel is a named input source. Similar to InputDataConfig supported
                by HyperParameterTrainingJobDefinition. Format(s) supported: CSV, Parquet. A minimum
                of 500 rows is required for the training dataset. There is not a minimum number of
                rows required for the validation dataset. Since 2019-12-04.
            output_data_config: Provides information about encryption and the Amazon S3 output
                path needed to store artifacts from an AutoML job. Format(s) supported: CSV. Since
                2019-12-04.
            problem_type: Defines the type of supervised learning problem available for the
                candidates. For more information, see SageMaker Autopilot problem types. Since
                2019-12-04.
            auto_ml_job_objective: Specifies a metric to minimize or maximize as the objective
                of a job. If not specified, the default objective metric depends on the problem
                type. See AutoMLJobObjective for the default values. Since 2019-12-04.
            auto_ml_job_config: A collection of settings used to configure an AutoML job. Since
                2019-12-04.
            role_arn: The ARN of the role that is used to access the data. Since 2019-12-04.
            generate_candidate_definitions_only: Generates possible candidates without training
                the models. A candidate is a combination of data preprocessors, algorithms, and
                algorithm parameter settings. Since 2019-12-04.
            tags: An array of key-value pairs. You can use tags to categorize your Amazon Web
                Services resources in different ways, for example, by purpose, owner, or
                environment. For more information, see Tagging Amazon Web ServicesResources. Tag
                keys must be unique per resource. Since 2019-12-04.
            model_deploy_config: Specifies how to generate the endpoint name for an automatic
                one-click Autopilot model deployment. Since 2021-05-05.

        Returns:
            CreateAutoMLJobResponse: the typed response.
        """

    async def create_auto_ml_job_v2(
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
    ) -> CreateAutoMLJobV2Response:
        """Creates an Autopilot job also referred to as Autopilot experiment or AutoML job V2.
        (Operation since 2023-03-23.)

        Args:
            auto_ml_job_name: Identifies an Autopilot job. The name must be unique to your
                account and is case insensitive. Since 2023-03-23.
            auto_ml_job_input_data_config: An array of channel objects describing the input data
                and their location. Each channel is a named input source. Similar to the
                InputDataConfig attribute in the CreateAutoMLJob input parameters. The supported
                formats depend on the problem type: Since 2023-03-23.
            output_data_config: Provides information about encryption and the Amazon S3 output
                path needed to store artifacts from an AutoML job. Since 2023-03-23.
            auto_ml_problem_type_config: Defines the configuration settings of one of the
                supported problem types. Since 2023-03-23.
            role_arn: The ARN of the role that is used to access the data. Since 2023-03-23.
            tags: An array of key-value pairs. You can use tags to categorize your Amazon Web
                Services resources in different ways, such as by purpose, owner, or environment. For
                more information, see Tagging Amazon Web ServicesResources. Tag keys must be unique
                per resource. Since 2023-03-23.
            security_config: The security configuration for traffic encryption or Amazon VPC
                settings. Since 2023-03-23.
            auto_ml_job_objective: Specifies a metric to minimize or maximize as the objective
                of a job. If not specified, the default objective metric depends on the problem
                type. For the list of default values per problem type, see AutoMLJobObjective. Since
                2023-03-23.
            model_deploy_config: Specifies how to generate the endpoint name for an automatic
                one-click Autopilot model deployment. Since 2023-03-23.
            data_split_config: This structure specifies how to split the data into train and
                validation datasets. Since 2023-03-23.
            auto_ml_compute_config: Specifies the compute configuration for the AutoML job V2.
                Since 2024-08-12.

        Returns:
            CreateAutoMLJobV2Response: the typed response.
        """

    async def create_cluster(
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
    ) -> CreateClusterResponse:
        """Creates an Amazon SageMaker HyperPod cluster. SageMaker HyperPod is a capability of
        SageMaker for creating and managing persistent clusters for developing large machine
        learning models, such as large language models (LLMs) and diffusion models. To learn more,
        see Amazon SageMaker HyperPod in the Amazon SageMaker Developer Guide. (Operation since
        2023-11-29.)

        Args:
            cluster_name: The name for the new SageMaker HyperPod cluster. Since 2023-11-29.
            instance_groups: The instance groups to be created in the SageMaker HyperPod
                cluster. Since 2023-11-29.
            restricted_instance_groups: The specialized instance groups for training models like
                Amazon Nova to be created in the SageMaker HyperPod cluster. Since 2025-07-15.
            restricted_instance_groups_config: The configuration for the restricted instance
                groups (RIG) in the SageMaker HyperPod cluster. Since 2026-05-27.
            vpc_config: Specifies the Amazon Virtual Private Cloud (VPC) that is associated with
                the Amazon SageMaker HyperPod cluster. You can control access to and from your
                resources by configuring your VPC. For more information, see Give SageMaker access
                to resources in your Amazon VPC. Since 2023-11-29.
            tags: Custom tags for managing the SageMaker HyperPod cluster as an Amazon Web
                Services resource. You can add tags to your cluster in the same way you add them in
                other Amazon Web Services services that support tagging. To learn more about tagging
                Amazon Web Services resources in general, see Tagging Amazon Web Services Resources
                User Guide. Since 2023-11-29.
            orchestrator: The type of orchestrator to use for the SageMaker HyperPod cluster.
                Currently, supported values are "Eks" and "Slurm", which is to use an Amazon Elastic
                Kubernetes Service or Slurm cluster as the orchestrator. Since 2024-09-09.
            node_recovery: The node recovery mode for the SageMaker HyperPod cluster. When set
                to Automatic, SageMaker HyperPod will automatically reboot or replace faulty nodes
                when issues are detected. When set to None, cluster administrators will need to
                manually manage any faulty cluster instances. Since 2024-09-09.
            tiered_storage_config: The configuration for managed tier checkpointing on the
                HyperPod cluster. When enabled, this feature uses a multi-tier storage approach for
                storing model checkpoints, providing faster checkpoint operations and improved fault
                tolerance across cluster nodes. Since 2025-09-05.
            node_provisioning_mode: The mode for provisioning nodes in the cluster. You can
                specify the following modes: Since 2025-08-05.
            cluster_role: The Amazon Resource Name (ARN) of the IAM role that HyperPod assumes
                to perform cluster autoscaling operations. This role must have permissions for
                sagemaker:BatchAddClusterNodes and sagemaker:BatchDeleteClusterNodes. This is only
                required when autoscaling is enabled and when HyperPod is performing autoscaling
                operations. Since 2025-08-27.
            auto_scaling: The autoscaling configuration for the cluster. Enables automatic
                scaling of cluster nodes based on workload demand using a Karpenter-based system.
                Since 2025-08-27.

        Returns:
            CreateClusterResponse: the typed response.
        """

    async def create_cluster_scheduler_config(
        self,
        *,
        name: str,
        cluster_arn: str,
        scheduler_config: SchedulerConfig,
        description: str | None = None,
        tags: list[Tag] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> CreateClusterSchedulerConfigResponse:
        """Create cluster policy configuration. This policy is used for task prioritization and
        fair-share allocation of idle compute. This helps prioritize critical workloads and
        distributes idle compute across entities. (Operation since 2024-12-04.)

        Args:
            name: Name for the cluster policy. Since 2024-12-04.
            cluster_arn: ARN of the cluster. Since 2024-12-04.
            scheduler_config: Configuration about the monitoring schedule. Since 2024-12-04.
            description: Description of the cluster policy. Since 2024-12-04.
            tags: Tags of the cluster policy. Since 2024-12-04.

        Returns:
            CreateClusterSchedulerConfigResponse: the typed response.
        """

    async def create_code_repository(
        self,
        *,
        code_repository_name: str,
        git_config: GitConfig,
        tags: list[Tag] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> CreateCodeRepositoryOutput:
        """Creates a Git repository as a resource in your Amazon SageMaker account. You can associate
        the repository with notebook instances so that you can use Git source control for the
        notebooks you create. The Git repository is a resource in your Amazon SageMaker account, so
        it can be associated with more than one notebook instance, and it persists independently
        from the lifecycle of any notebook instances it is associated with. (Operation since
        2018-11-28.)

        Args:
            code_repository_name: The name of the Git repository. The name must have 1 to 63
                characters. Valid characters are a-z, A-Z, 0-9, and - (hyphen). Since 2018-11-28.
            git_config: Specifies details about the repository, including the URL where the
                repository is located, the default branch, and credentials to use to access the
                repository. Since 2018-11-28.
            tags: An array of key-value pairs. You can use tags to categorize your AWS resources
                in different ways, for example, by purpose, owner, or environment. For more
                information, see Tagging AWS Resources. Since 2020-12-01.

        Returns:
            CreateCodeRepositoryOutput: the typed response.
        """

    async def create_compilation_job(
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
    ) -> CreateCompilationJobResponse:
        """Starts a model compilation job. After the model has been compiled, Amazon SageMaker saves
        the resulting model artifacts to an Amazon Simple Storage Service (Amazon S3) bucket that
        you specify. (Operation since 2018-11-28.)

        Args:
            compilation_job_name: A name for the model compilation job. The name must be unique
                within the Amazon Web Services Region and within your Amazon Web Services account.
                Since 2018-11-28.
            role_arn: The Amazon Resource Name (ARN) of an IAM role that enables Amazon
                SageMaker to perform tasks on your behalf. Since 2018-11-28.
            model_package_version_arn: The Amazon Resource Name (ARN) of a versioned model
                package. Provide either a ModelPackageVersionArn or an InputConfig object in the
                request syntax. The presence of both objects in the CreateCompilationJob request
                will return an exception. Since 2021-12-01.
            input_config: Provides information about the location of input model artifacts, the
                name and shape of the expected data inputs, and the framework in which the model was
                trained. Since 2018-11-28.
            output_config: Provides information about the output location for the compiled model
                and the target device the model runs on. Since 2018-11-28.
            vpc_config: A VpcConfig object that specifies the VPC that you want your compilation
                job to connect to. Control access to your models by configuring the VPC. For more
                information, see Protect Compilation Jobs by Using an Amazon Virtual Private Cloud.
                Since 2021-06-28.
            stopping_condition: Specifies a limit to how long a model compilation job can run.
                When the job reaches the time limit, Amazon SageMaker ends the compilation job. Use
                this API to cap model training costs. Since 2018-11-28.
            tags: An array of key-value pairs. You can use tags to categorize your Amazon Web
                Services resources in different ways, for example, by purpose, owner, or
                environment. For more information, see Tagging Amazon Web Services Resources. Since
                2020-10-26.

        Returns:
            CreateCompilationJobResponse: the typed response.
        """

    async def create_compute_quota(
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
    ) -> CreateComputeQuotaResponse:
        """Create compute allocation definition. This defines how compute is allocated, shared, and
        borrowed for specified entities. Specifically, how to lend and borrow idle compute and
        assign a fair-share weight to the specified entities. (Operation since 2024-12-04.)

        Args:
            name: Name to the compute allocation definition. Since 2024-12-04.
            description: Description of the compute allocation definition. Since 2024-12-04.
            cluster_arn: ARN of the cluster. Since 2024-12-04.
            compute_quota_config: Configuration of the compute allocation definition. This
                includes the resource sharing option, and the setting to preempt low priority tasks.
                Since 2024-12-04.
            compute_quota_target: The target entity to allocate compute resources to. Since
                2024-12-04.
            activation_state: The state of the compute allocation being described. Use to enable
                or disable compute allocation. Since 2024-12-04.
            tags: Tags of the compute allocation definition. Since 2024-12-04.

        Returns:
            CreateComputeQuotaResponse: the typed response.
        """

    async def create_context(
        self,
        *,
        context_name: str,
        source: ContextSource,
        context_type: str,
        description: str | None = None,
        properties: dict[str, str] | None = None,
        tags: list[Tag] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> CreateContextResponse:
        """Creates a context . A context is a lineage tracking entity that represents a logical
        grouping of other tracking or experiment entities. Some examples are an endpoint and a model
        package. For more information, see Amazon SageMaker ML Lineage Tracking. (Operation since
        2020-12-01.)

        Args:
            context_name: The name of the context. Must be unique to your account in an AWS
                Region. Since 2020-12-01.
            source: The source type, ID, and URI. Since 2020-12-01.
            context_type: The context type. Since 2020-12-01.
            description: The description of the context. Since 2020-12-01.
            properties: A list of properties to add to the context. Since 2020-12-01.
            tags: A list of tags to apply to the context. Since 2020-12-01.

        Returns:
            CreateContextResponse: the typed response.
        """

    async def create_data_quality_job_definition(
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
    ) -> CreateDataQualityJobDefinitionResponse:
        """Creates a definition for a job that monitors data quality and drift. For information about
        model monitor, see Amazon SageMaker AI Model Monitor. (Operation since 2020-12-08.)

        Args:
            job_definition_name: The name for the monitoring job definition. Since 2020-12-08.
            data_quality_baseline_config: Configures the constraints and baselines for the
                monitoring job. Since 2020-12-08.
            data_quality_app_specification: Specifies the container that runs the monitoring
                job. Since 2020-12-08.
            data_quality_job_input: A list of inputs for the monitoring job. Currently endpoints
                are supported as monitoring inputs. Since 2020-12-08.
            data_quality_job_output_config: The output configuration for monitoring jobs. Since
                2020-12-08.
            job_resources: Identifies the resources to deploy for a monitoring job. Since
                2020-12-08.
            network_config: Specifies networking configuration for the monitoring job. Since
                2020-12-08.
            role_arn: The Amazon Resource Name (ARN) of an IAM role that Amazon SageMaker AI can
                assume to perform tasks on your behalf. Since 2020-12-08.
            stopping_condition: A time limit for how long the monitoring job is allowed to run
                before stopping. Since 2020-12-08.
            tags: (Optional) An array of key-value pairs. For more information, see Using Cost
                Allocation Tags in the Amazon Web Services Billing and Cost Management User Guide.
                Since 2020-12-08.

        Returns:
            CreateDataQualityJobDefinitionResponse: the typed response.
        """

    async def create_device_fleet(
        self,
        *,
        device_fleet_name: str,
        output_config: EdgeOutputConfig,
        role_arn: str | None = None,
        description: str | None = None,
        tags: list[Tag] | None = None,
        enable_iot_role_alias: bool | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> CreateDeviceFleetResponse:
        """Creates a device fleet. (Operation since 2020-12-08.)

        Args:
            device_fleet_name: The name of the fleet that the device belongs to. Since
                2020-12-08.
            role_arn: The Amazon Resource Name (ARN) that has access to AWS Internet of Things
                (IoT). Since 2020-12-08.
            description: A description of the fleet. Since 2020-12-08.
            output_config: The output configuration for storing sample data collected by the
                fleet. Since 2020-12-08.
            tags: Creates tags for the specified fleet. Since 2020-12-08.
            enable_iot_role_alias: Whether to create an AWS IoT Role Alias during device fleet
                creation. The name of the role alias generated will match this pattern:
                "SageMakerEdge-{DeviceFleetName}". Since 2021-06-10.

        Returns:
            CreateDeviceFleetResponse: the typed response.
        """

    async def create_domain(
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
    ) -> CreateDomainResponse:
        """Creates a Domain. A domain consists of an associated Amazon Elastic File System volume, a
        list of authorized users, and a variety of security, application, policy, and Amazon Virtual
        Private Cloud (VPC) configurations. Users within a domain can share notebook files and other
        artifacts with each other. (Operation since 2019-12-04.)

        Args:
            domain_name: A name for the domain. Since 2019-12-04.
            auth_mode: The mode of authentication that members use to access the domain. Since
                2019-12-04.
            default_user_settings: The default settings to use to create a user profile when
                UserSettings isn't specified in the call to the CreateUserProfile API. Since
                2019-12-04.
            domain_settings: A collection of Domain settings. Since 2021-10-28.
            subnet_ids: The VPC subnets that the domain uses for communication. Since
                2019-12-04.
            vpc_id: The ID of the Amazon Virtual Private Cloud (VPC) that the domain uses for
                communication. Since 2019-12-04.
            tags: Tags to associated with the Domain. Each tag consists of a key and an optional
                value. Tag keys must be unique per resource. Tags are searchable using the Search
                API. Since 2019-12-04.
            app_network_access_type: Specifies the VPC used for non-EFS traffic. The default
                value is PublicInternetOnly. Since 2020-10-05.
            home_efs_file_system_kms_key_id: Use KmsKeyId. Since 2019-12-04.
            kms_key_id: SageMaker AI uses Amazon Web Services KMS to encrypt EFS and EBS volumes
                attached to the domain with an Amazon Web Services managed key by default. For more
                control, specify a customer managed key. Since 2020-11-16.
            app_security_group_management: The entity that creates and manages the required
                security groups for inter-app communication in VPCOnly mode. Required when
                CreateDomain.AppNetworkAccessType is VPCOnly and
                DomainSettings.RStudioServerProDomainSettings.DomainExecutionRoleArn is provided. If
                setting up the domain for use with RStudio, this value must be set to Service. Since
                2021-10-28.
            home_efs_file_system_creation: Indicates whether to create a home EFS file system
                for the domain. Defaults to Enabled. Set to Disabled to skip EFS creation and reduce
                domain creation time. You can enable EFS later by calling UpdateDomain. Since
                2026-05-21.
            tag_propagation: Indicates whether custom tag propagation is supported for the
                domain. Defaults to DISABLED. Since 2024-09-26.
            default_space_settings: The default settings for shared spaces that users create in
                the domain. Since 2022-11-30.

        Returns:
            CreateDomainResponse: the typed response.
        """

    async def create_edge_deployment_plan(
        self,
        *,
        edge_deployment_plan_name: str,
        model_configs: list[EdgeDeploymentModelConfig],
        device_fleet_name: str,
        stages: list[DeploymentStage] | None = None,
        tags: list[Tag] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> CreateEdgeDeploymentPlanResponse:
        """Creates an edge deployment plan, consisting of multiple stages. Each stage may have a
        different deployment configuration and devices. (Operation since 2022-07-18.)

        Args:
            edge_deployment_plan_name: The name of the edge deployment plan. Since 2022-07-18.
            model_configs: List of models associated with the edge deployment plan. Since
                2022-07-18.
            device_fleet_name: The device fleet used for this edge deployment plan. Since
                2022-07-18.
            stages: List of stages of the edge deployment plan. The number of stages is limited
                to 10 per deployment. Since 2022-07-18.
            tags: List of tags with which to tag the edge deployment plan. Since 2022-07-18.

        Returns:
            CreateEdgeDeploymentPlanResponse: the typed response.
        """

    async def create_edge_deployment_stage(
        self,
        *,
        edge_deployment_plan_name: str,
        stages: list[DeploymentStage],
        extra: Mapping[str, Any] | None = None,
    ) -> CreateEdgeDeploymentStageResponse:
        """Creates a new stage in an existing edge deployment plan. (Operation since 2022-07-18.)

        Args:
            edge_deployment_plan_name: The name of the edge deployment plan. Since 2022-07-18.
            stages: List of stages to be added to the edge deployment plan. Since 2022-07-18.

        Returns:
            CreateEdgeDeploymentStageResponse: the typed response.
        """

    async def create_edge_packaging_job(
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
    ) -> CreateEdgePackagingJobResponse:
        """Starts a SageMaker Edge Manager model packaging job. Edge Manager will use the model
        artifacts from the Amazon Simple Storage Service bucket that you specify. After the model
        has been packaged, Amazon SageMaker saves the resulting artifacts to an S3 bucket that you
        specify. (Operation since 2020-12-08.)

        Args:
            edge_packaging_job_name: The name of the edge packaging job. Since 2020-12-08.
            compilation_job_name: The name of the SageMaker Neo compilation job that will be
                used to locate model artifacts for packaging. Since 2020-12-08.
            model_name: The name of the model. Since 2020-12-08.
            model_version: The version of the model. Since 2020-12-08.
            role_arn: The Amazon Resource Name (ARN) of an IAM role that enables Amazon
                SageMaker to download and upload the model, and to contact SageMaker Neo. Since
                2020-12-08.
            output_config: Provides information about the output location for the packaged
                model. Since 2020-12-08.
            resource_key: The CMK to use when encrypting the EBS volume the edge packaging job
                runs on. Since 2020-12-08.
            tags: Creates tags for the packaging job. Since 2020-12-08.

        Returns:
            CreateEdgePackagingJobResponse: the typed response.
        """

    async def create_endpoint(
        self,
        *,
        endpoint_name: str,
        endpoint_config_name: str,
        deployment_config: DeploymentConfig | None = None,
        tags: list[Tag] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> CreateEndpointOutput:
        """Creates an endpoint using the endpoint configuration specified in the request. SageMaker
        uses the endpoint to provision resources and deploy models. You create the endpoint
        configuration with the CreateEndpointConfig API.

        Args:
            endpoint_name: The name of the endpoint.The name must be unique within an Amazon Web
                Services Region in your Amazon Web Services account. The name is case-insensitive in
                CreateEndpoint , but the case is preserved and must be matched in InvokeEndpoint.
                Since 2017-11-29.
            endpoint_config_name: The name of an endpoint configuration. For more information,
                see CreateEndpointConfig. Since 2017-11-29.
            deployment_config: The deployment configuration for an endpoint, which contains the
                desired deployment strategy and rollback configurations. Since 2021-11-08.
            tags: An array of key-value pairs. You can use tags to categorize your Amazon Web
                Services resources in different ways, for example, by purpose, owner, or
                environment. For more information, see Tagging Amazon Web Services Resources. Since
                2017-11-29.

        Returns:
            CreateEndpointOutput: the typed response.
        """

    async def create_endpoint_config(
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
    ) -> CreateEndpointConfigOutput:
        """Creates an endpoint configuration that SageMaker hosting services uses to deploy models. In
        the configuration, you identify one or more models, created using the CreateModel API, to
        deploy and the resources that you want SageMaker to provision. Then you call the
        CreateEndpoint API.

        Args:
            endpoint_config_name: The name of the endpoint configuration. You specify this name
                in a CreateEndpoint request. Since 2017-11-29.
            production_variants: An array of ProductionVariant objects, one for each model that
                you want to host at this endpoint. Since 2017-11-29.
            data_capture_config: Configuration to control how SageMaker AI captures inference
                data. Since 2019-12-04.
            tags: An array of key-value pairs. You can use tags to categorize your Amazon Web
                Services resources in different ways, for example, by purpose, owner, or
                environment. For more information, see Tagging Amazon Web Services Resources. Since
                2017-11-29.
            kms_key_id: The Amazon Resource Name (ARN) of a Amazon Web Services Key Management
                Service key that SageMaker uses to encrypt data on the storage volume attached to
                the ML compute instance that hosts the endpoint. Since 2018-01-17.
            async_inference_config: Specifies configuration for how an endpoint performs
                asynchronous inference. This is a required field in order for your Endpoint to be
                invoked using InvokeEndpointAsync. Since 2021-08-18.
            explainer_config: A member of CreateEndpointConfig that enables explainers. Since
                2022-09-30.
            shadow_production_variants: An array of ProductionVariant objects, one for each
                model that you want to host at this endpoint in shadow mode with production traffic
                replicated from the model specified on ProductionVariants. If you use this field,
                you can only specify one variant for ProductionVariants and one variant for
                ShadowProductionVariants. Since 2022-11-30.
            execution_role_arn: The Amazon Resource Name (ARN) of an IAM role that Amazon
                SageMaker AI can assume to perform actions on your behalf. For more information, see
                SageMaker AI Roles. Since 2023-11-29.
            vpc_config: Specifies an Amazon Virtual Private Cloud (VPC) that your SageMaker
                jobs, hosted models, and compute resources have access to. You can control access to
                and from your resources by configuring a VPC. For more information, see Give
                SageMaker Access to Resources in your Amazon VPC. Since 2023-11-29.
            enable_network_isolation: Sets whether all model containers deployed to the endpoint
                are isolated. If they are, no inbound or outbound network calls can be made to or
                from the model containers. Since 2023-11-29.
            metrics_config: The configuration parameters for utilization metrics. Since
                2025-11-19.

        Returns:
            CreateEndpointConfigOutput: the typed response.
        """

    async def create_experiment(
        self,
        *,
        experiment_name: str,
        display_name: str | None = None,
        description: str | None = None,
        tags: list[Tag] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> CreateExperimentResponse:
        """Creates an Amazon SageMaker experiment . An experiment is a collection of trials that are
        observed, compared and evaluated as a group. A trial is a set of steps, called trial
        components , that produce a machine learning model. (Operation since 2019-12-04.)

        Args:
            experiment_name: The name of the experiment. The name must be unique in your AWS
                account and is not case-sensitive. Since 2019-12-04.
            display_name: The name of the experiment as displayed. The name doesn't need to be
                unique. If you don't specify DisplayName , the value in ExperimentName is displayed.
                Since 2019-12-04.
            description: The description of the experiment. Since 2019-12-04.
            tags: A list of tags to associate with the experiment. You can use Search API to
                search on the tags. Since 2019-12-04.

        Returns:
            CreateExperimentResponse: the typed response.
        """

    async def create_feature_group(
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
    ) -> CreateFeatureGroupResponse:
        """Create a new FeatureGroup . A FeatureGroup is a group of Features defined in the
        FeatureStore to describe a Record . (Operation since 2020-12-01.)

        Args:
            feature_group_name: The name of the FeatureGroup . The name must be unique within an
                Amazon Web Services Region in an Amazon Web Services account. The name: Since
                2020-12-01.
            record_identifier_feature_name: The name of the Feature whose value uniquely
                identifies a Record defined in the FeatureStore . Only the latest record per
                identifier value will be stored in the OnlineStore . RecordIdentifierFeatureName
                must be one of feature definitions' names. Since 2020-12-01.
            event_time_feature_name: The name of the feature that stores the EventTime of a
                Record in a FeatureGroup . Since 2020-12-01.
            feature_definitions: A list of Feature names and types. Name and Type is compulsory
                per Feature . Since 2020-12-01.
            online_store_config: You can turn the OnlineStore on or off by specifying True for
                the EnableOnlineStore flag in OnlineStoreConfig . Since 2020-12-01.
            offline_store_config: Use this to configure an OfflineFeatureStore . This parameter
                allows you to specify: Since 2020-12-01.
            throughput_config: Used to set feature group throughput configuration. There are two
                modes: ON_DEMAND and PROVISIONED . With on-demand mode, you are charged for data
                reads and writes that your application performs on your feature group. You do not
                need to specify read and write throughput because Feature Store accommodates your
                workloads as they ramp up and down. You can switch a feature group to on-demand only
                once in a 24 hour period. With provisioned throughput mode, you specify the read and
                write capacity per second that you expect your application to require, and you are
                billed based on those limits. Exceeding provisioned throughput will result in your
                requests being throttled. Since 2024-01-04.
            role_arn: The Amazon Resource Name (ARN) of the IAM execution role used to persist
                data into the OfflineStore if an OfflineStoreConfig is provided. Since 2020-12-01.
            description: A free-form description of a FeatureGroup . Since 2020-12-01.
            tags: Tags used to identify Features in each FeatureGroup . Since 2020-12-01.

        Returns:
            CreateFeatureGroupResponse: the typed response.
        """

    async def create_flow_definition(
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
    ) -> CreateFlowDefinitionResponse:
        """Creates a flow definition. (Operation since 2019-12-04.)

        Args:
            flow_definition_name: The name of your flow definition. Since 2019-12-04.
            human_loop_request_source: Container for configuring the source of human task
                requests. Use to specify if Amazon Rekognition or Amazon Textract is used as an
                integration source. Since 2020-03-26.
            human_loop_activation_config: An object containing information about the events that
                trigger a human workflow. Since 2019-12-04.
            human_loop_config: An object containing information about the tasks the human
                reviewers will perform. Since 2019-12-04.
            output_config: An object containing information about where the human review results
                will be uploaded. Since 2019-12-04.
            role_arn: The Amazon Resource Name (ARN) of the role needed to call other services
                on your behalf. For example,
                arn:aws:iam::1234567890:role/service-role/AmazonSageMaker-ExecutionRole-20180111T151298
                . Since 2019-12-04.
            tags: An array of key-value pairs that contain metadata to help you categorize and
                organize a flow definition. Each tag consists of a key and a value, both of which
                you define. Since 2019-12-04.

        Returns:
            CreateFlowDefinitionResponse: the typed response.
        """

    async def create_hub(
        self,
        *,
        hub_name: str,
        hub_description: str,
        hub_display_name: str | None = None,
        hub_search_keywords: list[str] | None = None,
        s3_storage_config: HubS3StorageConfig | None = None,
        tags: list[Tag] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> CreateHubResponse:
        """Create a hub. (Operation since 2022-11-30.)

        Args:
            hub_name: The name of the hub to create. Since 2022-11-30.
            hub_description: A description of the hub. Since 2022-11-30.
            hub_display_name: The display name of the hub. Since 2022-11-30.
            hub_search_keywords: The searchable keywords for the hub. Since 2022-11-30.
            s3_storage_config: The Amazon S3 storage configuration for the hub. Since
                2022-11-30.
            tags: Any tags to associate with the hub. Since 2022-11-30.

        Returns:
            CreateHubResponse: the typed response.
        """

    async def create_hub_content_presigned_urls(
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
    ) -> CreateHubContentPresignedUrlsResponse:
        """Creates presigned URLs for accessing hub content artifacts. This operation generates
        time-limited, secure URLs that allow direct download of model artifacts and associated files
        from Amazon SageMaker hub content, including gated models that require end-user license
        agreement acceptance. (Operation since 2025-07-03.)

        Args:
            hub_name: The name or Amazon Resource Name (ARN) of the hub that contains the
                content. For public content, use SageMakerPublicHub. Since 2025-07-03.
            hub_content_type: The type of hub content to access. Valid values include Model,
                Notebook, and ModelReference. Since 2025-07-03.
            hub_content_name: The name of the hub content for which to generate presigned URLs.
                This identifies the specific model or content within the hub. Since 2025-07-03.
            hub_content_version: The version of the hub content. If not specified, the latest
                version is used. Since 2025-07-03.
            access_config: Configuration settings for accessing the hub content, including
                end-user license agreement acceptance for gated models and expected S3 URL
                validation. Since 2025-07-03.
            max_results: The maximum number of presigned URLs to return in the response. Default
                value is 100. Large models may contain hundreds of files, requiring pagination to
                retrieve all URLs. Since 2025-07-03.
            next_token: A token for pagination. Use this token to retrieve the next set of
                presigned URLs when the response is truncated. Since 2025-07-03.

        Returns:
            CreateHubContentPresignedUrlsResponse: the typed response.
        """
    def paginate_create_hub_content_presigned_urls(
        self,
        *,
        hub_name: str,
        hub_content_type: HubContentType | HubContentTypeLiteral,
        hub_content_name: str,
        hub_content_version: str | None = None,
        access_config: PresignedUrlAccessConfig | None = None,
        max_results: int | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> Pages[AuthorizedUrl, CreateHubContentPresignedUrlsResponse]: ...
    async def create_hub_content_reference(
        self,
        *,
        hub_name: str,
        sage_maker_public_hub_content_arn: str,
        hub_content_name: str | None = None,
        min_version: str | None = None,
        tags: list[Tag] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> CreateHubContentReferenceResponse:
        """Create a hub content reference in order to add a model in the JumpStart public hub to a
        private hub. (Operation since 2024-06-20.)

        Args:
            hub_name: The name of the hub to add the hub content reference to. Since 2024-06-20.
            sage_maker_public_hub_content_arn: The ARN of the public hub content to reference.
                Since 2024-06-20.
            hub_content_name: The name of the hub content to reference. Since 2024-06-20.
            min_version: The minimum version of the hub content to reference. Since 2024-06-20.
            tags: Any tags associated with the hub content to reference. Since 2024-06-20.

        Returns:
            CreateHubContentReferenceResponse: the typed response.
        """

    async def create_human_task_ui(
        self,
        *,
        human_task_ui_name: str,
        ui_template: UiTemplate,
        tags: list[Tag] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> CreateHumanTaskUiResponse:
        """Defines the settings you will use for the human review workflow user interface. Reviewers
        will see a three-panel interface with an instruction area, the item to review, and an input
        area. (Operation since 2019-12-04.)

        Args:
            human_task_ui_name: The name of the user interface you are creating. Since
                2019-12-04.
            ui_template: The Liquid template for the worker user interface. Since 2019-12-04.
            tags: An array of key-value pairs that contain metadata to help you categorize and
                organize a human review workflow user interface. Each tag consists of a key and a
                value, both of which you define. Since 2019-12-04.

        Returns:
            CreateHumanTaskUiResponse: the typed response.
        """

    async def create_hyper_parameter_tuning_job(
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
    ) -> CreateHyperParameterTuningJobResponse:
        """Starts a hyperparameter tuning job. A hyperparameter tuning job finds the best version of a
        model by running many training jobs on your dataset using the algorithm you choose and
        values for hyperparameters within ranges that you specify. It then chooses the
        hyperparameter values that result in a model that performs the best, as measured by an
        objective metric that you choose. (Operation since 2018-06-04.)

        Args:
            hyper_parameter_tuning_job_name: The name of the tuning job. This name is the prefix
                for the names of all training jobs that this tuning job launches. The name must be
                unique within the same Amazon Web Services account and Amazon Web Services Region.
                The name must have 1 to 32 characters. Valid characters are a-z, A-Z, 0-9, and : + =
                @ _ % - (hyphen). The name is not case sensitive. Since 2018-06-04.
            hyper_parameter_tuning_job_config: The HyperParameterTuningJobConfig object that
                describes the tuning job, including the search strategy, the objective metric used
                to evaluate training jobs, ranges of parameters to search, and resource limits for
                the tuning job. For more information, see How Hyperparameter Tuning Works. Since
                2018-06-04.
            training_job_definition: The HyperParameterTrainingJobDefinition object that
                describes the training jobs that this tuning job launches, including static
                hyperparameters, input data configuration, output data configuration, resource
                configuration, and stopping condition. Since 2018-06-04.
            training_job_definitions: A list of the HyperParameterTrainingJobDefinition objects
                launched for this tuning job. Since 2019-12-04.
            warm_start_config: Specifies the configuration for starting the hyperparameter
                tuning job using one or more previous tuning jobs as a starting point. The results
                of previous tuning jobs are used to inform which combinations of hyperparameters to
                search over in the new tuning job. Since 2018-11-14.
            tags: An array of key-value pairs. You can use tags to categorize your Amazon Web
                Services resources in different ways, for example, by purpose, owner, or
                environment. For more information, see Tagging Amazon Web Services Resources. Since
                2018-06-04.
            autotune: Configures SageMaker Automatic model tuning (AMT) to automatically find
                optimal parameters for the following fields: Since 2023-05-25.

        Returns:
            CreateHyperParameterTuningJobResponse: the typed response.
        """

    async def create_image(
        self,
        *,
        image_name: str,
        role_arn: str,
        description: str | None = None,
        display_name: str | None = None,
        tags: list[Tag] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> CreateImageResponse:
        """Creates a SageMaker Image . A SageMaker image represents a set of container images. Each of
        these container images is represented by a SageMaker ImageVersion . (Operation since
        2020-10-26.)

        Args:
            description: The description of the image. Since 2020-10-26.
            display_name: The display name of the image. When the image is added to a domain,
                DisplayName must be unique to the domain. Since 2020-10-26.
            image_name: The name of the image. Must be unique to your account. Since 2020-10-26.
            role_arn: The Amazon Resource Name (ARN) of an IAM role that enables Amazon
                SageMaker to perform tasks on your behalf. Since 2020-10-26.
            tags: A list of tags to apply to the image. Since 2020-10-26.

        Returns:
            CreateImageResponse: the typed response.
        """

    async def create_image_version(
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
    ) -> CreateImageVersionResponse:
        """Creates a version of the SageMaker image specified by ImageName . The version represents the
        Amazon Elastic Container Registry (ECR) container image specified by BaseImage . (Operation
        since 2020-10-26.)

        Args:
            base_image: The registry path of the container image to use as the starting point
                for this version. The path is an Amazon Elastic Container Registry (ECR) URI in the
                following format: Since 2020-10-26.
            client_token: A unique ID. If not specified, the Amazon Web Services CLI and Amazon
                Web Services SDKs, such as the SDK for Python (Boto3), add a unique value to the
                call. Since 2020-10-26.
            image_name: The ImageName of the Image to create a version of. Since 2020-10-26.
            aliases: A list of aliases created with the image version. Since 2022-12-19.
            vendor_guidance: The stability of the image version, specified by the maintainer.
                Since 2022-12-19.
            job_type: Indicates SageMaker job type compatibility. Since 2022-12-19.
            ml_framework: The machine learning framework vended in the image version. Since
                2022-12-19.
            programming_lang: The supported programming language and its version. Since
                2022-12-19.
            processor: Indicates CPU or GPU compatibility. Since 2022-12-19.
            horovod: Indicates Horovod compatibility. Since 2022-12-19.
            release_notes: The maintainer description of the image version. Since 2022-12-19.

        Returns:
            CreateImageVersionResponse: the typed response.
        """

    async def create_inference_component(
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
    ) -> CreateInferenceComponentOutput:
        """Creates an inference component, which is a SageMaker AI hosting object that you can use to
        deploy a model to an endpoint. In the inference component settings, you specify the model,
        the endpoint, and how the model utilizes the resources that the endpoint hosts. You can
        optimize resource utilization by tailoring how the required CPU cores, accelerators, and
        memory are allocated. You can deploy multiple inference components to an endpoint, where
        each inference component contains one model and the resource utilization needs for that
        individual model. After you deploy an inference component, you can directly invoke the
        associated model when you use the InvokeEndpoint API action. (Operation since 2023-11-29.)

        Args:
            inference_component_name: A unique name to assign to the inference component. Since
                2023-11-29.
            endpoint_name: The name of an existing endpoint where you host the inference
                component. Since 2023-11-29.
            variant_name: The name of an existing production variant where you host the
                inference component. Since 2023-11-29.
            specification: Details about the resources to deploy with this inference component,
                including the model, container, and compute resources. Since 2023-11-29.
            specifications: A list of specification objects for the inference component, one per
                instance type. Use this parameter when you want to deploy a different model or
                resource configuration for the inference component on each instance type. You can
                use either this parameter or the singular Specification parameter, but not both.
                Since 2026-04-30.
            runtime_config: Runtime settings for a model that is deployed with an inference
                component. Since 2023-11-29.
            tags: A list of key-value pairs associated with the model. For more information, see
                Tagging Amazon Web Services resources in the Amazon Web Services General Reference.
                Since 2023-11-29.

        Returns:
            CreateInferenceComponentOutput: the typed response.
        """

    async def create_inference_experiment(
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
    ) -> CreateInferenceExperimentResponse:
        """Creates an inference experiment using the configurations specified in the request.
        (Operation since 2022-11-30.)

        Args:
            name: The name for the inference experiment. Since 2022-11-30.
            type: The type of the inference experiment that you want to run. The following types
                of experiments are possible: Since 2022-11-30.
            schedule: The duration for which you want the inference experiment to run. If you
                don't specify this field, the experiment automatically starts immediately upon
                creation and concludes after 7 days. Since 2022-11-30.
            description: A description for the inference experiment. Since 2022-11-30.
            role_arn: The ARN of the IAM role that Amazon SageMaker can assume to access model
                artifacts and container images, and manage Amazon SageMaker Inference endpoints for
                model deployment. Since 2022-11-30.
            endpoint_name: The name of the Amazon SageMaker endpoint on which you want to run
                the inference experiment. Since 2022-11-30.
            model_variants: An array of ModelVariantConfig objects. There is one for each
                variant in the inference experiment. Each ModelVariantConfig object in the array
                describes the infrastructure configuration for the corresponding variant. Since
                2022-11-30.
            data_storage_config: The Amazon S3 location and configuration for storing inference
                request and response data. Since 2022-11-30.
            shadow_mode_config: The configuration of ShadowMode inference experiment type. Use
                this field to specify a production variant which takes all the inference requests,
                and a shadow variant to which Amazon SageMaker replicates a percentage of the
                inference requests. For the shadow variant also specify the percentage of requests
                that Amazon SageMaker replicates. Since 2022-11-30.
            kms_key: The Amazon Web Services Key Management Service (Amazon Web Services KMS)
                key that Amazon SageMaker uses to encrypt data on the storage volume attached to the
                ML compute instance that hosts the endpoint. The KmsKey can be any of the following
                formats: Since 2022-11-30.
            tags: Array of key-value pairs. You can use tags to categorize your Amazon Web
                Services resources in different ways, for example, by purpose, owner, or
                environment. For more information, see Tagging your Amazon Web Services Resources.
                Since 2022-11-30.

        Returns:
            CreateInferenceExperimentResponse: the typed response.
        """

    async def create_inference_recommendations_job(
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
    ) -> CreateInferenceRecommendationsJobResponse:
        """Starts a recommendation job. You can create either an instance recommendation or load test
        job. (Operation since 2021-12-01.)

        Args:
            job_name: A name for the recommendation job. The name must be unique within the
                Amazon Web Services Region and within your Amazon Web Services account. The job name
                is passed down to the resources created by the recommendation job. The names of
                resources (such as the model, endpoint configuration, endpoint, and compilation)
                that are prefixed with the job name are truncated at 40 characters. Since
                2021-12-01.
            job_type: Defines the type of recommendation job. Specify Default to initiate an
                instance recommendation and Advanced to initiate a load test. If left unspecified,
                Amazon SageMaker Inference Recommender will run an instance recommendation (
                DEFAULT) job. Since 2021-12-01.
            role_arn: The Amazon Resource Name (ARN) of an IAM role that enables Amazon
                SageMaker to perform tasks on your behalf. Since 2021-12-01.
            input_config: Provides information about the versioned model package Amazon Resource
                Name (ARN), the traffic pattern, and endpoint configurations. Since 2021-12-01.
            job_description: Description of the recommendation job. Since 2021-12-01.
            stopping_conditions: A set of conditions for stopping a recommendation job. If any
                of the conditions are met, the job is automatically stopped. Since 2021-12-01.
            output_config: Provides information about the output artifacts and the KMS key to
                use for Amazon S3 server-side encryption. Since 2022-04-26.
            tags: The metadata that you apply to Amazon Web Services resources to help you
                categorize and organize them. Each tag consists of a key and a value, both of which
                you define. For more information, see Tagging Amazon Web Services Resources in the
                Amazon Web Services General Reference. Since 2021-12-01.

        Returns:
            CreateInferenceRecommendationsJobResponse: the typed response.
        """

    async def create_job(
        self,
        *,
        job_name: str,
        role_arn: str,
        job_category: JobCategory | JobCategoryLiteral,
        job_config_schema_version: str,
        job_config_document: str,
        tags: list[Tag] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> CreateJobResponse:
        """Creates a model customization job in Amazon SageMaker. A job runs a workload based on the
        job category and configuration you provide. You specify the job category, a schema-versioned
        configuration document, and an IAM role that grants Amazon SageMaker permission to access
        resources on your behalf. (Operation since 2026-06-02.)

        Args:
            job_name: The name of the job. The name must be unique within your account and
                Amazon Web Services Region. Since 2026-06-02.
            role_arn: The Amazon Resource Name (ARN) of the IAM role that Amazon SageMaker
                assumes to perform the job. The role must have the necessary permissions to access
                the resources required by the job configuration. Since 2026-06-02.
            job_category: The category of the job. The category determines the type of workload
                that the job runs. Since 2026-06-02.
            job_config_schema_version: The version of the configuration schema to use for the
                job configuration document. Use ListJobSchemaVersions to get available schema
                versions for a job category. Since 2026-06-02.
            job_config_document: The JSON configuration document for the job. The document must
                conform to the schema specified by JobConfigSchemaVersion. Use
                DescribeJobSchemaVersion to retrieve the schema for validation. Since 2026-06-02.
            tags: An array of key-value pairs to apply to the job as tags. For more information,
                see Tagging Amazon Web Services Resources. Since 2026-06-02.

        Returns:
            CreateJobResponse: the typed response.
        """

    async def create_labeling_job(
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
    ) -> CreateLabelingJobResponse:
        """Creates a job that uses workers to label the data objects in your input dataset. You can use
        the labeled data to train machine learning models. (Operation since 2018-11-28.)

        Args:
            labeling_job_name: The name of the labeling job. This name is used to identify the
                job in a list of labeling jobs. Labeling job names must be unique within an Amazon
                Web Services account and region. LabelingJobName is not case sensitive. For example,
                Example-job and example-job are considered the same labeling job name by Ground
                Truth. Since 2018-11-28.
            label_attribute_name: The attribute name to use for the label in the output manifest
                file. This is the key for the key/value pair formed with the label that a worker
                assigns to the object. The LabelAttributeName must meet the following requirements.
                Since 2018-11-28.
            input_config: Input data for the labeling job, such as the Amazon S3 location of the
                data objects and the location of the manifest file that describes the data objects.
                Since 2018-11-28.
            output_config: The location of the output data and the Amazon Web Services Key
                Management Service key ID for the key used to encrypt the output data, if any. Since
                2018-11-28.
            role_arn: The Amazon Resource Number (ARN) that Amazon SageMaker assumes to perform
                tasks on your behalf during data labeling. You must grant this role the necessary
                permissions so that Amazon SageMaker can successfully complete data labeling. Since
                2018-11-28.
            label_category_config_s3_uri: The S3 URI of the file, referred to as a label
                category configuration file , that defines the categories used to label the data
                objects. Since 2018-11-28.
            stopping_conditions: A set of conditions for stopping the labeling job. If any of
                the conditions are met, the job is automatically stopped. You can use these
                conditions to control the cost of data labeling. Since 2018-11-28.
            labeling_job_algorithms_config: Configures the information required to perform
                automated data labeling. Since 2018-11-28.
            human_task_config: Configures the labeling task and how it is presented to workers;
                including, but not limited to price, keywords, and batch size (task count). Since
                2018-11-28.
            tags: An array of key/value pairs. For more information, see Using Cost Allocation
                Tags in the Amazon Web Services Billing and Cost Management User Guide . Since
                2018-11-28.

        Returns:
            CreateLabelingJobResponse: the typed response.
        """

    async def create_mlflow_app(
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
    ) -> CreateMlflowAppResponse:
        """Creates an MLflow Tracking Server using a general purpose Amazon S3 bucket as the artifact
        store. (Operation since 2025-12-02.)

        Args:
            name: A string identifying the MLflow app name. This string is not part of the
                tracking server ARN. Since 2025-12-02.
            artifact_store_uri: The S3 URI for a general purpose bucket to use as the MLflow App
                artifact store. Since 2025-12-02.
            role_arn: The Amazon Resource Name (ARN) for an IAM role in your account that the
                MLflow App uses to access the artifact store in Amazon S3. The role should have the
                AmazonS3FullAccess permission. Since 2025-12-02.
            model_registration_mode: Whether to enable or disable automatic registration of new
                MLflow models to the SageMaker Model Registry. To enable automatic model
                registration, set this value to AutoModelRegistrationEnabled. To disable automatic
                model registration, set this value to AutoModelRegistrationDisabled. If not
                specified, AutomaticModelRegistration defaults to AutoModelRegistrationDisabled.
                Since 2025-12-02.
            weekly_maintenance_window_start: The day and time of the week in Coordinated
                Universal Time (UTC) 24-hour standard time that weekly maintenance updates are
                scheduled. For example: TUE:03:30. Since 2025-12-02.
            account_default_status: Indicates whether this MLflow app is the default for the
                entire account. Since 2025-12-02.
            default_domain_id_list: List of SageMaker domain IDs for which this MLflow App is
                used as the default. Since 2025-12-02.
            tags: Tags consisting of key-value pairs used to manage metadata for the MLflow App.
                Since 2025-12-02.

        Returns:
            CreateMlflowAppResponse: the typed response.
        """

    async def create_mlflow_tracking_server(
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
    ) -> CreateMlflowTrackingServerResponse:
        """Creates an MLflow Tracking Server using a general purpose Amazon S3 bucket as the artifact
        store. For more information, see Create an MLflow Tracking Server. (Operation since
        2024-06-18.)

        Args:
            tracking_server_name: A unique string identifying the tracking server name. This
                string is part of the tracking server ARN. Since 2024-06-18.
            artifact_store_uri: The S3 URI for a general purpose bucket to use as the MLflow
                Tracking Server artifact store. Since 2024-06-18.
            tracking_server_size: The size of the tracking server you want to create. You can
                choose between "Small", "Medium", and "Large". The default MLflow Tracking Server
                configuration size is "Small". You can choose a size depending on the projected use
                of the tracking server such as the volume of data logged, number of users, and
                frequency of use. Since 2024-06-18.
            mlflow_version: The version of MLflow that the tracking server uses. To see which
                MLflow versions are available to use, see How it works. Since 2024-06-18.
            role_arn: The Amazon Resource Name (ARN) for an IAM role in your account that the
                MLflow Tracking Server uses to access the artifact store in Amazon S3. The role
                should have AmazonS3FullAccess permissions. For more information on IAM permissions
                for tracking server creation, see Set up IAM permissions for MLflow. Since
                2024-06-18.
            automatic_model_registration: Whether to enable or disable automatic registration of
                new MLflow models to the SageMaker Model Registry. To enable automatic model
                registration, set this value to True. To disable automatic model registration, set
                this value to False. If not specified, AutomaticModelRegistration defaults to False.
                Since 2024-06-18.
            weekly_maintenance_window_start: The day and time of the week in Coordinated
                Universal Time (UTC) 24-hour standard time that weekly maintenance updates are
                scheduled. For example: TUE:03:30. Since 2024-06-18.
            tags: Tags consisting of key-value pairs used to manage metadata for the tracking
                server. Since 2024-06-18.
            s3_bucket_owner_account_id: Expected Amazon Web Services account ID that owns the
                Amazon S3 bucket for artifact storage. Defaults to caller's account ID if not
                provided. Since 2026-03-05.
            s3_bucket_owner_verification: Enable Amazon S3 Ownership checks when interacting
                with Amazon S3 buckets from a SageMaker Managed MLflow Tracking Server. Defaults to
                True if not provided. Since 2026-03-05.

        Returns:
            CreateMlflowTrackingServerResponse: the typed response.
        """

    async def create_model(
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
    ) -> CreateModelOutput:
        """Creates a model in SageMaker. In the request, you name the model and describe a primary
        container. For the primary container, you specify the Docker image that contains inference
        code, artifacts (from prior training), and a custom environment map that the inference code
        uses when you deploy the model for predictions.

        Args:
            model_name: The name of the new model. Since 2017-11-29.
            primary_container: The location of the primary docker image containing inference
                code, associated artifacts, and custom environment map that the inference code uses
                when the model is deployed for predictions. Since 2017-11-29.
            containers: Specifies the containers in the inference pipeline. Since 2018-11-28.
            inference_execution_config: Specifies details of how containers in a multi-container
                endpoint are called. Since 2021-02-22.
            execution_role_arn: The Amazon Resource Name (ARN) of the IAM role that SageMaker
                can assume to access model artifacts and docker image for deployment on ML compute
                instances or for batch transform jobs. Deploying on ML compute instances is part of
                model hosting. For more information, see SageMaker Roles. Since 2017-11-29.
            tags: An array of key-value pairs. You can use tags to categorize your Amazon Web
                Services resources in different ways, for example, by purpose, owner, or
                environment. For more information, see Tagging Amazon Web Services Resources. Since
                2017-11-29.
            vpc_config: A VpcConfig object that specifies the VPC that you want your model to
                connect to. Control access to and from your model container by configuring the VPC.
                VpcConfig is used in hosting services and in batch transform. For more information,
                see Protect Endpoints by Using an Amazon Virtual Private Cloud and Protect Data in
                Batch Transform Jobs by Using an Amazon Virtual Private Cloud. Since 2018-04-30.
            enable_network_isolation: Isolates the model container. No inbound or outbound
                network calls can be made to or from the model container. Since 2018-11-28.

        Returns:
            CreateModelOutput: the typed response.
        """

    async def create_model_bias_job_definition(
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
    ) -> CreateModelBiasJobDefinitionResponse:
        """Creates the definition for a model bias job. (Operation since 2020-12-08.)

        Args:
            job_definition_name: The name of the bias job definition. The name must be unique
                within an Amazon Web Services Region in the Amazon Web Services account. Since
                2020-12-08.
            model_bias_baseline_config: The baseline configuration for a model bias job. Since
                2020-12-08.
            model_bias_app_specification: Configures the model bias job to run a specified
                Docker container image. Since 2020-12-08.
            model_bias_job_input: Inputs for the model bias job. Since 2020-12-08.
            model_bias_job_output_config: The output configuration for monitoring jobs. Since
                2020-12-08.
            job_resources: Identifies the resources to deploy for a monitoring job. Since
                2020-12-08.
            network_config: Networking options for a model bias job. Since 2020-12-08.
            role_arn: The Amazon Resource Name (ARN) of an IAM role that Amazon SageMaker AI can
                assume to perform tasks on your behalf. Since 2020-12-08.
            stopping_condition: A time limit for how long the monitoring job is allowed to run
                before stopping. Since 2020-12-08.
            tags: (Optional) An array of key-value pairs. For more information, see Using Cost
                Allocation Tags in the Amazon Web Services Billing and Cost Management User Guide.
                Since 2020-12-08.

        Returns:
            CreateModelBiasJobDefinitionResponse: the typed response.
        """

    async def create_model_card(
        self,
        *,
        model_card_name: str,
        content: str,
        model_card_status: ModelCardStatus | ModelCardStatusLiteral,
        security_config: ModelCardSecurityConfig | None = None,
        tags: list[Tag] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> CreateModelCardResponse:
        """Creates an Amazon SageMaker Model Card. (Operation since 2022-11-30.)

        Args:
            model_card_name: The unique name of the model card. Since 2022-11-30.
            security_config: An optional Key Management Service key to encrypt, decrypt, and
                re-encrypt model card content for regulated workloads with highly sensitive data.
                Since 2022-11-30.
            content: The content of the model card. Content must be in model card JSON schema
                and provided as a string. Since 2022-11-30.
            model_card_status: The approval status of the model card within your organization.
                Different organizations might have different criteria for model card review and
                approval. Since 2022-11-30.
            tags: Key-value pairs used to manage metadata for model cards. Since 2022-11-30.

        Returns:
            CreateModelCardResponse: the typed response.
        """

    async def create_model_card_export_job(
        self,
        *,
        model_card_name: str,
        model_card_export_job_name: str,
        output_config: ModelCardExportOutputConfig,
        model_card_version: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> CreateModelCardExportJobResponse:
        """Creates an Amazon SageMaker Model Card export job. (Operation since 2022-11-30.)

        Args:
            model_card_name: The name of the model card to export. Since 2022-11-30.
            model_card_version: The version of the model card to export. If a version is not
                provided, then the latest version of the model card is exported. Since 2022-11-30.
            model_card_export_job_name: The name of the model card export job. Since 2022-11-30.
            output_config: The model card output configuration that specifies the Amazon S3 path
                for exporting. Since 2022-11-30.

        Returns:
            CreateModelCardExportJobResponse: the typed response.
        """

    async def create_model_explainability_job_definition(
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
    ) -> CreateModelExplainabilityJobDefinitionResponse:
        """Creates the definition for a model explainability job. (Operation since 2020-12-08.)

        Args:
            job_definition_name: The name of the model explainability job definition. The name
                must be unique within an Amazon Web Services Region in the Amazon Web Services
                account. Since 2020-12-08.
            model_explainability_baseline_config: The baseline configuration for a model
                explainability job. Since 2020-12-08.
            model_explainability_app_specification: Configures the model explainability job to
                run a specified Docker container image. Since 2020-12-08.
            model_explainability_job_input: Inputs for the model explainability job. Since
                2020-12-08.
            model_explainability_job_output_config: The output configuration for monitoring
                jobs. Since 2020-12-08.
            job_resources: Identifies the resources to deploy for a monitoring job. Since
                2020-12-08.
            network_config: Networking options for a model explainability job. Since 2020-12-08.
            role_arn: The Amazon Resource Name (ARN) of an IAM role that Amazon SageMaker AI can
                assume to perform tasks on your behalf. Since 2020-12-08.
            stopping_condition: A time limit for how long the monitoring job is allowed to run
                before stopping. Since 2020-12-08.
            tags: (Optional) An array of key-value pairs. For more information, see Using Cost
                Allocation Tags in the Amazon Web Services Billing and Cost Management User Guide.
                Since 2020-12-08.

        Returns:
            CreateModelExplainabilityJobDefinitionResponse: the typed response.
        """

    async def create_model_package(
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
    ) -> CreateModelPackageOutput:
        """Creates a model package that you can use to create SageMaker models or list on Amazon Web
        Services Marketplace, or a versioned model that is part of a model group. Buyers can
        subscribe to model packages listed on Amazon Web Services Marketplace to create models in
        SageMaker. (Operation since 2018-11-28.)

        Args:
            model_package_name: The name of the model package. The name must have 1 to 63
                characters. Valid characters are a-z, A-Z, 0-9, and - (hyphen). Since 2018-11-28.
            model_package_group_name: The name or Amazon Resource Name (ARN) of the model
                package group that this model version belongs to. Since 2020-12-01.
            model_package_description: A description of the model package. Since 2018-11-28.
            model_package_registration_type: The package registration type of the model package
                input. Since 2025-12-03.
            inference_specification: Specifies details about inference jobs that you can run
                with models based on this model package, including the following information: Since
                2018-11-28.
            validation_specification: Specifies configurations for one or more transform jobs
                that SageMaker runs to test the model package. Since 2018-11-28.
            source_algorithm_specification: Details about the algorithm that was used to create
                the model package. Since 2018-11-28.
            certify_for_marketplace: Whether to certify the model package for listing on Amazon
                Web Services Marketplace. Since 2018-11-28.
            tags: A list of key value pairs associated with the model. For more information, see
                Tagging Amazon Web Services resources in the Amazon Web Services General Reference
                Guide. Since 2020-12-01.
            model_approval_status: Whether the model is approved for deployment. Since
                2020-12-01.
            metadata_properties: Metadata properties of the tracking entity, trial, or trial
                component. Since 2020-12-01.
            model_metrics: A structure that contains model metrics reports. Since 2020-12-01.
            client_token: A unique token that guarantees that the call to this API is
                idempotent. Since 2020-12-01.
            domain: The machine learning domain of your model package and its components. Common
                machine learning domains include computer vision and natural language processing.
                Since 2021-12-01.
            task: The machine learning task your model package accomplishes. Common machine
                learning tasks include object detection and image classification. The following
                tasks are supported by Inference Recommender: "IMAGE_CLASSIFICATION" |
                "OBJECT_DETECTION" | "TEXT_GENERATION" | "IMAGE_SEGMENTATION" | "FILL_MASK" |
                "CLASSIFICATION" | "REGRESSION" | "OTHER". Since 2021-12-01.
            sample_payload_url: The Amazon Simple Storage Service (Amazon S3) path where the
                sample payload is stored. This path must point to a single gzip compressed tar
                archive (.tar.gz suffix). This archive can hold multiple files that are all equally
                used in the load test. Each file in the archive must satisfy the size constraints of
                the InvokeEndpoint call. Since 2021-12-01.
            customer_metadata_properties: The metadata properties associated with the model
                package versions. Since 2021-10-27.
            drift_check_baselines: Represents the drift check baselines that can be used when
                the model monitor is set using the model package. For more information, see the
                topic on Drift Detection against Previous Baselines in SageMaker Pipelines in the
                Amazon SageMaker Developer Guide. Since 2021-12-01.
            additional_inference_specifications: An array of additional Inference Specification
                objects. Each additional Inference Specification specifies artifacts based on this
                model package that can be used on inference endpoints. Generally used with SageMaker
                Neo to store the compiled artifacts. Since 2021-12-01.
            skip_model_validation: Indicates if you want to skip model validation. Since
                2023-09-15.
            source_uri: The URI of the source for the model package. If you want to clone a
                model package, set it to the model package Amazon Resource Name (ARN). If you want
                to register a model, set it to the model ARN. Since 2024-02-29.
            security_config: The KMS Key ID ( KMSKeyId) used for encryption of model package
                information. Since 2024-05-30.
            model_card: The model card associated with the model package. Since
                ModelPackageModelCard is tied to a model package, it is a specific usage of a model
                card and its schema is simplified compared to the schema of ModelCard. The
                ModelPackageModelCard schema does not include model_package_details, and
                model_overview is composed of the model_creator and model_artifact properties. For
                more information about the model package model card schema, see Model package model
                card schema. For more information about the model card associated with the model
                package, see View the Details of a Model Version. Since 2024-05-30.
            model_life_cycle: A structure describing the current state of the model in its life
                cycle. Since 2024-10-30.
            managed_storage_type: The storage type of the model package. Since 2026-05-13.

        Returns:
            CreateModelPackageOutput: the typed response.
        """

    async def create_model_package_group(
        self,
        *,
        model_package_group_name: str,
        model_package_group_description: str | None = None,
        tags: list[Tag] | None = None,
        managed_configuration: ManagedConfiguration | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> CreateModelPackageGroupOutput:
        """Creates a model group. A model group contains a group of model versions. (Operation since
        2020-12-01.)

        Args:
            model_package_group_name: The name of the model group. Since 2020-12-01.
            model_package_group_description: A description for the model group. Since
                2020-12-01.
            tags: A list of key value pairs associated with the model group. For more
                information, see Tagging Amazon Web Services resources in the Amazon Web Services
                General Reference Guide. Since 2020-12-01.
            managed_configuration: The managed configuration of the model package group. Since
                2026-05-13.

        Returns:
            CreateModelPackageGroupOutput: the typed response.
        """

    async def create_model_quality_job_definition(
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
    ) -> CreateModelQualityJobDefinitionResponse:
        """Creates a definition for a job that monitors model quality and drift. For information about
        model monitor, see Amazon SageMaker AI Model Monitor. (Operation since 2020-12-08.)

        Args:
            job_definition_name: The name of the monitoring job definition. Since 2020-12-08.
            model_quality_baseline_config: Specifies the constraints and baselines for the
                monitoring job. Since 2020-12-08.
            model_quality_app_specification: The container that runs the monitoring job. Since
                2020-12-08.
            model_quality_job_input: A list of the inputs that are monitored. Currently
                endpoints are supported. Since 2020-12-08.
            model_quality_job_output_config: The output configuration for monitoring jobs. Since
                2020-12-08.
            job_resources: Identifies the resources to deploy for a monitoring job. Since
                2020-12-08.
            network_config: Specifies the network configuration for the monitoring job. Since
                2020-12-08.
            role_arn: The Amazon Resource Name (ARN) of an IAM role that Amazon SageMaker AI can
                assume to perform tasks on your behalf. Since 2020-12-08.
            stopping_condition: A time limit for how long the monitoring job is allowed to run
                before stopping. Since 2020-12-08.
            tags: (Optional) An array of key-value pairs. For more information, see Using Cost
                Allocation Tags in the Amazon Web Services Billing and Cost Management User Guide.
                Since 2020-12-08.

        Returns:
            CreateModelQualityJobDefinitionResponse: the typed response.
        """

    async def create_monitoring_schedule(
        self,
        *,
        monitoring_schedule_name: str,
        monitoring_schedule_config: MonitoringScheduleConfig,
        tags: list[Tag] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> CreateMonitoringScheduleResponse:
        """Creates a schedule that regularly starts Amazon SageMaker AI Processing Jobs to monitor the
        data captured for an Amazon SageMaker AI Endpoint. (Operation since 2019-12-04.)

        Args:
            monitoring_schedule_name: The name of the monitoring schedule. The name must be
                unique within an Amazon Web Services Region within an Amazon Web Services account.
                Since 2019-12-04.
            monitoring_schedule_config: The configuration object that specifies the monitoring
                schedule and defines the monitoring job. Since 2019-12-04.
            tags: (Optional) An array of key-value pairs. For more information, see Using Cost
                Allocation Tags in the Amazon Web Services Billing and Cost Management User Guide.
                Since 2019-12-04.

        Returns:
            CreateMonitoringScheduleResponse: the typed response.
        """

    async def create_notebook_instance(
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
    ) -> CreateNotebookInstanceOutput:
        """Creates an SageMaker AI notebook instance. A notebook instance is a machine learning (ML)
        compute instance running on a Jupyter notebook.

        Args:
            notebook_instance_name: The name of the new notebook instance. Since 2017-11-29.
            instance_type: The type of ML compute instance to launch for the notebook instance.
                Since 2017-11-29.
            subnet_id: The ID of the subnet in a VPC to which you would like to have a
                connectivity from your ML compute instance. Since 2017-11-29.
            security_group_ids: The VPC security group IDs, in the form sg-xxxxxxxx. The
                security groups must be for the same VPC as specified in the subnet. Since
                2017-11-29.
            ip_address_type: The IP address type for the notebook instance. Specify ipv4 for
                IPv4-only connectivity or dualstack for both IPv4 and IPv6 connectivity. When you
                specify dualstack, the subnet must support IPv6 CIDR blocks. If not specified,
                defaults to ipv4. Since 2025-09-05.
            role_arn: When you send any requests to Amazon Web Services resources from the
                notebook instance, SageMaker AI assumes this role to perform tasks on your behalf.
                You must grant this role necessary permissions so SageMaker AI can perform these
                tasks. The policy must allow the SageMaker AI service principal
                (sagemaker.amazonaws.com) permissions to assume this role. For more information, see
                SageMaker AI Roles. Since 2017-11-29.
            kms_key_id: The Amazon Resource Name (ARN) of a Amazon Web Services Key Management
                Service key that SageMaker AI uses to encrypt data on the storage volume attached to
                your notebook instance. The KMS key you provide must be enabled. For information,
                see Enabling and Disabling Keys in the Amazon Web Services Key Management Service
                Developer Guide. Since 2017-11-29.
            tags: An array of key-value pairs. You can use tags to categorize your Amazon Web
                Services resources in different ways, for example, by purpose, owner, or
                environment. For more information, see Tagging Amazon Web Services Resources. Since
                2017-11-29.
            lifecycle_config_name: The name of a lifecycle configuration to associate with the
                notebook instance. For information about lifestyle configurations, see Step 2.1:
                (Optional) Customize a Notebook Instance. Since 2018-03-15.
            direct_internet_access: Sets whether SageMaker AI provides internet access to the
                notebook instance. If you set this to Disabled this notebook instance is able to
                access resources only in your VPC, and is not be able to connect to SageMaker AI
                training and endpoint services unless you configure a NAT Gateway in your VPC. Since
                2018-03-15.
            volume_size_in_gb: The size, in GB, of the ML storage volume to attach to the
                notebook instance. The default value is 5 GB. Since 2018-10-26.
            accelerator_types: This parameter is no longer supported. Elastic Inference (EI) is
                no longer available. Since 2018-11-28.
            default_code_repository: A Git repository to associate with the notebook instance as
                its default code repository. This can be either the name of a Git repository stored
                as a resource in your account, or the URL of a Git repository in Amazon Web Services
                CodeCommit or in any other Git repository. When you open a notebook instance, it
                opens in the directory that contains this repository. For more information, see
                Associating Git Repositories with SageMaker AI Notebook Instances. Since 2018-11-28.
            additional_code_repositories: An array of up to three Git repositories to associate
                with the notebook instance. These can be either the names of Git repositories stored
                as resources in your account, or the URL of Git repositories in Amazon Web Services
                CodeCommit or in any other Git repository. These repositories are cloned at the same
                level as the default repository of your notebook instance. For more information, see
                Associating Git Repositories with SageMaker AI Notebook Instances. Since 2018-11-28.
            root_access: Whether root access is enabled or disabled for users of the notebook
                instance. The default value is Enabled. Since 2019-03-08.
            platform_identifier: The platform identifier of the notebook instance runtime
                environment. The default value is notebook-al2023-v1. Since 2021-08-18.
            instance_metadata_service_configuration: Information on the IMDS configuration of
                the notebook instance Since 2022-05-27.

        Returns:
            CreateNotebookInstanceOutput: the typed response.
        """

    async def create_notebook_instance_lifecycle_config(
        self,
        *,
        notebook_instance_lifecycle_config_name: str,
        on_create: list[NotebookInstanceLifecycleHook] | None = None,
        on_start: list[NotebookInstanceLifecycleHook] | None = None,
        tags: list[Tag] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> CreateNotebookInstanceLifecycleConfigOutput:
        """Creates a lifecycle configuration that you can associate with a notebook instance. A
        lifecycle configuration is a collection of shell scripts that run when you create or start a
        notebook instance. (Operation since 2018-03-15.)

        Args:
            notebook_instance_lifecycle_config_name: The name of the lifecycle configuration.
                Since 2018-03-15.
            on_create: A shell script that runs only once, when you create a notebook instance.
                The shell script must be a base64-encoded string. Since 2018-03-15.
            on_start: A shell script that runs every time you start a notebook instance,
                including when you create the notebook instance. The shell script must be a
                base64-encoded string. Since 2018-03-15.
            tags: An array of key-value pairs. You can use tags to categorize your Amazon Web
                Services resources in different ways, for example, by purpose, owner, or
                environment. For more information, see Tagging Amazon Web Services Resources. Since
                2025-04-01.

        Returns:
            CreateNotebookInstanceLifecycleConfigOutput: the typed response.
        """

    async def create_optimization_job(
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
    ) -> CreateOptimizationJobResponse:
        """Creates a job that optimizes a model for inference performance. To create the job, you
        provide the location of a source model, and you provide the settings for the optimization
        techniques that you want the job to apply. When the job completes successfully, SageMaker
        uploads the new optimized model to the output destination that you specify. (Operation since
        2024-07-09.)

        Args:
            optimization_job_name: A custom name for the new optimization job. Since 2024-07-09.
            role_arn: The Amazon Resource Name (ARN) of an IAM role that enables Amazon
                SageMaker AI to perform tasks on your behalf. Since 2024-07-09.
            model_source: The location of the source model to optimize with an optimization job.
                Since 2024-07-09.
            deployment_instance_type: The type of instance that hosts the optimized model that
                you create with the optimization job. Since 2024-07-09.
            max_instance_count: The maximum number of instances to use for the optimization job.
                Since 2025-11-21.
            optimization_environment: The environment variables to set in the model container.
                Since 2024-07-09.
            optimization_configs: Settings for each of the optimization techniques that the job
                applies. Since 2024-07-09.
            output_config: Details for where to store the optimized model that you create with
                the optimization job. Since 2024-07-09.
            stopping_condition: Specifies a limit to how long a job can run. When the job
                reaches the time limit, SageMaker ends the job. Use this API to cap costs. Since
                2024-07-09.
            tags: A list of key-value pairs associated with the optimization job. For more
                information, see Tagging Amazon Web Services resources in the Amazon Web Services
                General Reference Guide. Since 2024-07-09.
            vpc_config: A VPC in Amazon VPC that your optimized model has access to. Since
                2024-07-09.
            training_plan_arns: The Amazon Resource Name (ARN) of the training plan to use for
                this optimization job. Since 2026-07-27.

        Returns:
            CreateOptimizationJobResponse: the typed response.
        """

    async def create_partner_app(
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
    ) -> CreatePartnerAppResponse:
        """Creates an Amazon SageMaker Partner AI App. (Operation since 2024-12-04.)

        Args:
            name: The name to give the SageMaker Partner AI App. Since 2024-12-04.
            type: The type of SageMaker Partner AI App to create. Must be one of the following:
                lakera-guard, comet, deepchecks-llm-evaluation, or fiddler. Since 2024-12-04.
            execution_role_arn: The ARN of the IAM role that the partner application uses. Since
                2024-12-04.
            kms_key_id: SageMaker Partner AI Apps uses Amazon Web Services KMS to encrypt data
                at rest using an Amazon Web Services managed key by default. For more control,
                specify a customer managed key. Since 2025-03-25.
            maintenance_config: Maintenance configuration settings for the SageMaker Partner AI
                App. Since 2024-12-04.
            tier: Indicates the instance type and size of the cluster attached to the SageMaker
                Partner AI App. Since 2024-12-04.
            application_config: Configuration settings for the SageMaker Partner AI App. Since
                2024-12-04.
            auth_type: The authorization type that users use to access the SageMaker Partner AI
                App. Since 2024-12-04.
            enable_iam_session_based_identity: When set to TRUE, the SageMaker Partner AI App
                sets the Amazon Web Services IAM session name or the authenticated IAM user as the
                identity of the SageMaker Partner AI App user. Since 2024-12-04.
            enable_auto_minor_version_upgrade: When set to TRUE, the SageMaker Partner AI App is
                automatically upgraded to the latest minor version during the next scheduled
                maintenance window, if one is available. Default is FALSE. Since 2025-11-13.
            client_token: A unique token that guarantees that the call to this API is
                idempotent. Since 2024-12-04.
            tags: Each tag consists of a key and an optional value. Tag keys must be unique per
                resource. Since 2024-12-04.

        Returns:
            CreatePartnerAppResponse: the typed response.
        """

    async def create_partner_app_presigned_url(
        self,
        *,
        arn: str,
        expires_in_seconds: int | None = None,
        session_expiration_duration_in_seconds: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> CreatePartnerAppPresignedUrlResponse:
        """Creates a presigned URL to access an Amazon SageMaker Partner AI App. (Operation since
        2024-12-04.)

        Args:
            arn: The ARN of the SageMaker Partner AI App to create the presigned URL for. Since
                2024-12-04.
            expires_in_seconds: The time that will pass before the presigned URL expires. Since
                2024-12-04.
            session_expiration_duration_in_seconds: Indicates how long the Amazon SageMaker
                Partner AI App session can be accessed for after logging in. Since 2024-12-04.

        Returns:
            CreatePartnerAppPresignedUrlResponse: the typed response.
        """

    async def create_pipeline(
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
    ) -> CreatePipelineResponse:
        """Creates a pipeline using a JSON pipeline definition. (Operation since 2020-12-01.)

        Args:
            pipeline_name: The name of the pipeline. Since 2020-12-01.
            pipeline_display_name: The display name of the pipeline. Since 2020-12-01.
            pipeline_definition: The JSON pipeline definition of the pipeline. Since 2020-12-01.
            pipeline_definition_s3_location: The location of the pipeline definition stored in
                Amazon S3. If specified, SageMaker will retrieve the pipeline definition from this
                location. Since 2022-01-03.
            pipeline_description: A description of the pipeline. Since 2020-12-01.
            client_request_token: A unique, case-sensitive identifier that you provide to ensure
                the idempotency of the operation. An idempotent operation completes no more than one
                time. Since 2020-12-01.
            role_arn: The Amazon Resource Name (ARN) of the role used by the pipeline to access
                and create resources. Since 2020-12-01.
            tags: A list of tags to apply to the created pipeline. Since 2020-12-01.
            parallelism_configuration: This is the configuration that controls the parallelism
                of the pipeline. If specified, it applies to all runs of this pipeline by default.
                Since 2022-01-03.

        Returns:
            CreatePipelineResponse: the typed response.
        """

    async def create_presigned_domain_url(
        self,
        *,
        domain_id: str,
        user_profile_name: str,
        session_expiration_duration_in_seconds: int | None = None,
        expires_in_seconds: int | None = None,
        space_name: str | None = None,
        landing_uri: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> CreatePresignedDomainUrlResponse:
        """Creates a URL for a specified UserProfile in a Domain. When accessed in a web browser, the
        user will be automatically signed in to the domain, and granted access to all of the Apps
        and files associated with the Domain's Amazon Elastic File System (EFS) volume. This
        operation can only be called when the authentication mode equals IAM. (Operation since
        2019-12-04.)

        Args:
            domain_id: The domain ID. Since 2019-12-04.
            user_profile_name: The name of the UserProfile to sign-in as. Since 2019-12-04.
            session_expiration_duration_in_seconds: The session expiration duration in seconds.
                This value defaults to 43200. Since 2019-12-04.
            expires_in_seconds: The number of seconds until the pre-signed URL expires. This
                value defaults to 300. Since 2021-02-18.
            space_name: The name of the space. Since 2022-11-30.
            landing_uri: The landing page that the user is directed to when accessing the
                presigned URL. Using this value, users can access Studio or Studio Classic, even if
                it is not the default experience for the domain. The supported values are: Since
                2023-11-29.

        Returns:
            CreatePresignedDomainUrlResponse: the typed response.
        """

    async def create_presigned_mlflow_app_url(
        self,
        *,
        arn: str,
        expires_in_seconds: int | None = None,
        session_expiration_duration_in_seconds: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> CreatePresignedMlflowAppUrlResponse:
        """Returns a presigned URL that you can use to connect to the MLflow UI attached to your MLflow
        App. For more information, see Launch the MLflow UI using a presigned URL. (Operation since
        2025-12-02.)

        Args:
            arn: The ARN of the MLflow App to connect to your MLflow UI. Since 2025-12-02.
            expires_in_seconds: The duration in seconds that your presigned URL is valid. The
                presigned URL can be used only once. Since 2025-12-02.
            session_expiration_duration_in_seconds: The duration in seconds that your presigned
                URL is valid. The presigned URL can be used only once. Since 2025-12-02.

        Returns:
            CreatePresignedMlflowAppUrlResponse: the typed response.
        """

    async def create_presigned_mlflow_tracking_server_url(
        self,
        *,
        tracking_server_name: str,
        expires_in_seconds: int | None = None,
        session_expiration_duration_in_seconds: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> CreatePresignedMlflowTrackingServerUrlResponse:
        """Returns a presigned URL that you can use to connect to the MLflow UI attached to your
        tracking server. For more information, see Launch the MLflow UI using a presigned URL.
        (Operation since 2024-06-18.)

        Args:
            tracking_server_name: The name of the tracking server to connect to your MLflow UI.
                Since 2024-06-18.
            expires_in_seconds: The duration in seconds that your presigned URL is valid. The
                presigned URL can be used only once. Since 2024-06-18.
            session_expiration_duration_in_seconds: The duration in seconds that your MLflow UI
                session is valid. Since 2024-06-18.

        Returns:
            CreatePresignedMlflowTrackingServerUrlResponse: the typed response.
        """

    async def create_presigned_notebook_instance_url(
        self,
        *,
        notebook_instance_name: str,
        session_expiration_duration_in_seconds: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> CreatePresignedNotebookInstanceUrlOutput:
        """Returns a URL that you can use to connect to the Juypter server from a notebook instance. In
        the Amazon SageMaker console, when you choose Open next to a notebook instance, Amazon
        SageMaker opens a new tab showing the Jupyter server home page from the notebook instance.
        The console uses this API to get the URL and show the page.

        Args:
            notebook_instance_name: The name of the notebook instance. Since 2017-11-29.
            session_expiration_duration_in_seconds: The duration of the session, in seconds. The
                default is 12 hours. Since 2017-11-29.

        Returns:
            CreatePresignedNotebookInstanceUrlOutput: the typed response.
        """

    async def create_processing_job(
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
    ) -> CreateProcessingJobResponse:
        """Creates a processing job. (Operation since 2019-12-04.)

        Args:
            processing_inputs: An array of inputs configuring the data to download into the
                processing container. Since 2019-12-04.
            processing_output_config: Output configuration for the processing job. Since
                2019-12-04.
            processing_job_name: The name of the processing job. The name must be unique within
                an Amazon Web Services Region in the Amazon Web Services account. Since 2019-12-04.
            processing_resources: Identifies the resources, ML compute instances, and ML storage
                volumes to deploy for a processing job. In distributed training, you specify more
                than one instance. Since 2019-12-04.
            stopping_condition: The time limit for how long the processing job is allowed to
                run. Since 2019-12-04.
            app_specification: Configures the processing job to run a specified Docker container
                image. Since 2019-12-04.
            environment: The environment variables to set in the Docker container. Up to 100 key
                and values entries in the map are supported. Since 2019-12-04.
            network_config: Networking options for a processing job, such as whether to allow
                inbound and outbound network calls to and from processing containers, and the VPC
                subnets and security groups to use for VPC-enabled processing jobs. Since
                2019-12-04.
            role_arn: The Amazon Resource Name (ARN) of an IAM role that Amazon SageMaker can
                assume to perform tasks on your behalf. Since 2019-12-04.
            tags: (Optional) An array of key-value pairs. For more information, see Using Cost
                Allocation Tags in the Amazon Web Services Billing and Cost Management User Guide.
                Since 2019-12-04.
            experiment_config: Associates a SageMaker job as a trial component with an
                experiment and trial. Specified when you call the following APIs: Since 2019-12-04.

        Returns:
            CreateProcessingJobResponse: the typed response.
        """

    async def create_project(
        self,
        *,
        project_name: str,
        project_description: str | None = None,
        service_catalog_provisioning_details: ServiceCatalogProvisioningDetails | None = None,
        tags: list[Tag] | None = None,
        template_providers: list[CreateTemplateProvider] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> CreateProjectOutput:
        """Creates a machine learning (ML) project that can contain one or more templates that set up
        an ML pipeline from training to deploying an approved model. (Operation since 2020-12-01.)

        Args:
            project_name: The name of the project. Since 2020-12-01.
            project_description: A description for the project. Since 2020-12-01.
            service_catalog_provisioning_details: The product ID and provisioning artifact ID to
                provision a service catalog. The provisioning artifact ID will default to the latest
                provisioning artifact ID of the product, if you don't provide the provisioning
                artifact ID. For more information, see What is Amazon Web Services Service Catalog.
                Since 2020-12-01.
            tags: An array of key-value pairs that you want to use to organize and track your
                Amazon Web Services resource costs. For more information, see Tagging Amazon Web
                Services resources in the Amazon Web Services General Reference Guide. Since
                2020-12-01.
            template_providers: An array of template provider configurations for creating
                infrastructure resources for the project. Since 2025-06-19.

        Returns:
            CreateProjectOutput: the typed response.
        """

    async def create_space(
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
    ) -> CreateSpaceResponse:
        """Creates a private space or a space used for real time collaboration in a domain. (Operation
        since 2022-11-30.)

        Args:
            domain_id: The ID of the associated domain. Since 2022-11-30.
            space_name: The name of the space. Since 2022-11-30.
            tags: Tags to associated with the space. Each tag consists of a key and an optional
                value. Tag keys must be unique for each resource. Tags are searchable using the
                Search API. Since 2022-11-30.
            space_settings: A collection of space settings. Since 2022-11-30.
            ownership_settings: A collection of ownership settings. Since 2023-11-30.
            space_sharing_settings: A collection of space sharing settings. Since 2023-11-30.
            space_display_name: The name of the space that appears in the SageMaker Studio UI.
                Since 2023-11-30.

        Returns:
            CreateSpaceResponse: the typed response.
        """

    async def create_studio_lifecycle_config(
        self,
        *,
        studio_lifecycle_config_name: str,
        studio_lifecycle_config_content: str,
        studio_lifecycle_config_app_type: StudioLifecycleConfigAppType | StudioLifecycleConfigAppTypeLiteral,
        tags: list[Tag] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> CreateStudioLifecycleConfigResponse:
        """Creates a new Amazon SageMaker Studio Lifecycle Configuration. (Operation since 2021-09-10.)

        Args:
            studio_lifecycle_config_name: The name of the Amazon SageMaker Studio Lifecycle
                Configuration to create. Since 2021-09-10.
            studio_lifecycle_config_content: The content of your Amazon SageMaker Studio
                Lifecycle Configuration script. This content must be base64 encoded. Since
                2021-09-10.
            studio_lifecycle_config_app_type: The App type that the Lifecycle Configuration is
                attached to. Since 2021-09-10.
            tags: Tags to be associated with the Lifecycle Configuration. Each tag consists of a
                key and an optional value. Tag keys must be unique per resource. Tags are searchable
                using the Search API. Since 2021-09-10.

        Returns:
            CreateStudioLifecycleConfigResponse: the typed response.
        """

    async def create_training_job(
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
    ) -> CreateTrainingJobResponse:
        """Starts a model training job. After training completes, SageMaker saves the resulting model
        artifacts to an Amazon S3 location that you specify.

        Args:
            training_job_name: The name of the training job. The name must be unique within an
                Amazon Web Services Region in an Amazon Web Services account. Since 2017-11-29.
            hyper_parameters: Algorithm-specific parameters that influence the quality of the
                model. You set hyperparameters before you start the learning process. For a list of
                hyperparameters for each training algorithm provided by SageMaker, see Algorithms.
                Since 2017-11-29.
            algorithm_specification: The registry path of the Docker image that contains the
                training algorithm and algorithm-specific metadata, including the input mode. For
                more information about algorithms provided by SageMaker, see Algorithms. For
                information about providing your own algorithms, see Using Your Own Algorithms with
                Amazon SageMaker. Since 2017-11-29.
            role_arn: The Amazon Resource Name (ARN) of an IAM role that SageMaker can assume to
                perform tasks on your behalf. Since 2017-11-29.
            input_data_config: An array of Channel objects. Each channel is a named input
                source. InputDataConfig describes the input data and its location. Since 2017-11-29.
            output_data_config: Specifies the path to the S3 location where you want to store
                model artifacts. SageMaker creates subfolders for the artifacts. Since 2017-11-29.
            resource_config: The resources, including the ML compute instances and ML storage
                volumes, to use for model training. Since 2017-11-29.
            vpc_config: A VpcConfig object that specifies the VPC that you want your training
                job to connect to. Control access to and from your training container by configuring
                the VPC. For more information, see Protect Training Jobs by Using an Amazon Virtual
                Private Cloud. Since 2018-04-30.
            stopping_condition: Specifies a limit to how long a model training job can run. It
                also specifies how long a managed Spot training job has to complete. When the job
                reaches the time limit, SageMaker ends the training job. Use this API to cap model
                training costs. Since 2017-11-29.
            tags: An array of key-value pairs. You can use tags to categorize your Amazon Web
                Services resources in different ways, for example, by purpose, owner, or
                environment. For more information, see Tagging Amazon Web Services Resources. Since
                2017-11-29.
            enable_network_isolation: Isolates the training container. No inbound or outbound
                network calls can be made, except for calls between peers within a training cluster
                for distributed training. If you enable network isolation for training jobs that are
                configured to use a VPC, SageMaker downloads and uploads customer data and model
                artifacts through the specified VPC, but the training container does not have
                network access. Since 2018-11-28.
            enable_inter_container_traffic_encryption: To encrypt all communications between ML
                compute instances in distributed training, choose True. Encryption provides greater
                security for distributed training, but training might take longer. How long it takes
                depends on the amount of communication between compute instances, especially if you
                use a deep learning algorithm in distributed training. For more information, see
                Protect Communications Between ML Compute Instances in a Distributed Training Job.
                Since 2019-01-10.
            enable_managed_spot_training: To train models using managed spot training, choose
                True. Managed spot training provides a fully managed and scalable infrastructure for
                training machine learning models. this option is useful when training jobs can be
                interrupted and when there is flexibility when the training job is run. Since
                2019-08-20.
            checkpoint_config: Contains information about the output location for managed spot
                training checkpoint data. Since 2019-08-20.
            debug_hook_config: Configuration information for the Amazon SageMaker Debugger hook
                parameters, metric and tensor collections, and storage paths. To learn more about
                how to configure the DebugHookConfig parameter, see Use the SageMaker and Debugger
                Configuration API Operations to Create, Update, and Debug Your Training Job. Since
                2019-12-04.
            debug_rule_configurations: Configuration information for Amazon SageMaker Debugger
                rules for debugging output tensors. Since 2019-12-04.
            tensor_board_output_config: Configuration of storage locations for the Amazon
                SageMaker Debugger TensorBoard output data. Since 2019-12-04.
            experiment_config: Associates a SageMaker job as a trial component with an
                experiment and trial. Specified when you call the following APIs: Since 2019-12-04.
            profiler_config: Configuration information for Amazon SageMaker Debugger system
                monitoring, framework profiling, and storage paths. Since 2020-12-08.
            profiler_rule_configurations: Configuration information for Amazon SageMaker
                Debugger rules for profiling system and framework metrics. Since 2020-12-08.
            environment: The environment variables to set in the Docker container. Since
                2021-03-25.
            retry_strategy: The number of times to retry the job when the job fails due to an
                InternalServerError. Since 2021-05-04.
            remote_debug_config: Configuration for remote debugging. To learn more about the
                remote debugging functionality of SageMaker, see Access a training container through
                Amazon Web Services Systems Manager (SSM) for remote debugging. Since 2023-12-21.
            infra_check_config: Contains information about the infrastructure health check
                configuration for the training job. Since 2023-11-29.
            session_chaining_config: Contains information about attribute-based access control
                (ABAC) for the training job. Since 2024-04-30.
            serverless_job_config: The configuration for serverless training jobs. Since
                2025-12-03.
            mlflow_config: The MLflow configuration using SageMaker managed MLflow. Since
                2025-12-03.
            model_package_config: The configuration for the model package. Since 2025-12-03.

        Returns:
            CreateTrainingJobResponse: the typed response.
        """

    async def create_training_plan(
        self,
        *,
        training_plan_name: str,
        training_plan_offering_id: str,
        spare_instance_count_per_ultra_server: int | None = None,
        tags: list[Tag] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> CreateTrainingPlanResponse:
        """Creates a new training plan in SageMaker to reserve compute capacity. (Operation since
        2024-12-04.)

        Args:
            training_plan_name: The name of the training plan to create. Since 2024-12-04.
            training_plan_offering_id: The unique identifier of the training plan offering to
                use for creating this plan. Since 2024-12-04.
            spare_instance_count_per_ultra_server: Number of spare instances to reserve per
                UltraServer for enhanced resiliency. Default is 1. Since 2025-08-08.
            tags: An array of key-value pairs to apply to this training plan. Since 2024-12-04.

        Returns:
            CreateTrainingPlanResponse: the typed response.
        """

    async def create_transform_job(
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
    ) -> CreateTransformJobResponse:
        """Starts a transform job. A transform job uses a trained model to get inferences on a dataset
        and saves these results to an Amazon S3 location that you specify. (Operation since
        2018-07-17.)

        Args:
            transform_job_name: The name of the transform job. The name must be unique within an
                Amazon Web Services Region in an Amazon Web Services account. Since 2018-07-17.
            model_name: The name of the model that you want to use for the transform job.
                ModelName must be the name of an existing Amazon SageMaker model within an Amazon
                Web Services Region in an Amazon Web Services account. Since 2018-07-17.
            max_concurrent_transforms: The maximum number of parallel requests that can be sent
                to each instance in a transform job. If MaxConcurrentTransforms is set to 0 or left
                unset, Amazon SageMaker checks the optional execution-parameters to determine the
                settings for your chosen algorithm. If the execution-parameters endpoint is not
                enabled, the default value is 1. For more information on execution-parameters, see
                How Containers Serve Requests. For built-in algorithms, you don't need to set a
                value for MaxConcurrentTransforms. Since 2018-07-17.
            model_client_config: Configures the timeout and maximum number of retries for
                processing a transform job invocation. Since 2020-06-26.
            max_payload_in_mb: The maximum allowed size of the payload, in MB. A payload is the
                data portion of a record (without metadata). The value in MaxPayloadInMB must be
                greater than, or equal to, the size of a single record. To estimate the size of a
                record in MB, divide the size of your dataset by the number of records. To ensure
                that the records fit within the maximum payload size, we recommend using a slightly
                larger value. The default value is 6 MB. Since 2018-07-17.
            batch_strategy: Specifies the number of records to include in a mini-batch for an
                HTTP inference request. A record is a single unit of input data that inference can
                be made on. For example, a single line in a CSV file is a record. Since 2018-07-17.
            environment: The environment variables to set in the Docker container. Don't include
                any sensitive data in your environment variables. We support up to 16 key and values
                entries in the map. Since 2018-07-17.
            transform_input: Describes the input source and the way the transform job consumes
                it. Since 2018-07-17.
            transform_output: Describes the results of the transform job. Since 2018-07-17.
            data_capture_config: Configuration to control how SageMaker captures inference data.
                Since 2022-10-18.
            transform_resources: Describes the resources, including ML instance types and ML
                instance count, to use for the transform job. Since 2018-07-17.
            data_processing: The data structure used to specify the data to be used for
                inference in a batch transform job and to associate the data that is relevant to the
                prediction results in the output. The input filter provided allows you to exclude
                input data that is not needed for inference in a batch transform job. The output
                filter provided allows you to include input data relevant to interpreting the
                predictions in the output from the job. For more information, see Associate
                Prediction Results with their Corresponding Input Records. Since 2019-06-11.
            tags: (Optional) An array of key-value pairs. For more information, see Using Cost
                Allocation Tags in the Amazon Web Services Billing and Cost Management User Guide.
                Since 2018-07-17.
            experiment_config: Associates a SageMaker job as a trial component with an
                experiment and trial. Specified when you call the following APIs: Since 2019-12-04.

        Returns:
            CreateTransformJobResponse: the typed response.
        """

    async def create_trial(
        self,
        *,
        trial_name: str,
        experiment_name: str,
        display_name: str | None = None,
        metadata_properties: MetadataProperties | None = None,
        tags: list[Tag] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> CreateTrialResponse:
        """Creates an Amazon SageMaker trial . A trial is a set of steps called trial components that
        produce a machine learning model. A trial is part of a single Amazon SageMaker experiment .
        (Operation since 2019-12-04.)

        Args:
            trial_name: The name of the trial. The name must be unique in your AWS account and
                is not case-sensitive. Since 2019-12-04.
            display_name: The name of the trial as displayed. The name doesn't need to be
                unique. If DisplayName isn't specified, TrialName is displayed. Since 2019-12-04.
            experiment_name: The name of the experiment to associate the trial with. Since
                2019-12-04.
            metadata_properties: Metadata properties of the tracking entity, trial, or trial
                component. Since 2020-12-01.
            tags: A list of tags to associate with the trial. You can use Search API to search
                on the tags. Since 2019-12-04.

        Returns:
            CreateTrialResponse: the typed response.
        """

    async def create_trial_component(
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
    ) -> CreateTrialComponentResponse:
        """Creates a trial component , which is a stage of a machine learning trial . A trial is
        composed of one or more trial components. A trial component can be used in multiple trials.
        (Operation since 2019-12-04.)

        Args:
            trial_component_name: The name of the component. The name must be unique in your AWS
                account and is not case-sensitive. Since 2019-12-04.
            display_name: The name of the component as displayed. The name doesn't need to be
                unique. If DisplayName isn't specified, TrialComponentName is displayed. Since
                2019-12-04.
            status: The status of the component. States include: Since 2019-12-04.
            start_time: When the component started. Since 2019-12-04.
            end_time: When the component ended. Since 2019-12-04.
            parameters: The hyperparameters for the component. Since 2019-12-04.
            input_artifacts: The input artifacts for the component. Examples of input artifacts
                are datasets, algorithms, hyperparameters, source code, and instance types. Since
                2019-12-04.
            output_artifacts: The output artifacts for the component. Examples of output
                artifacts are metrics, snapshots, logs, and images. Since 2019-12-04.
            metadata_properties: Metadata properties of the tracking entity, trial, or trial
                component. Since 2020-12-01.
            tags: A list of tags to associate with the component. You can use Search API to
                search on the tags. Since 2019-12-04.

        Returns:
            CreateTrialComponentResponse: the typed response.
        """

    async def create_user_profile(
        self,
        *,
        domain_id: str,
        user_profile_name: str,
        single_sign_on_user_identifier: str | None = None,
        single_sign_on_user_value: str | None = None,
        tags: list[Tag] | None = None,
        user_settings: UserSettings | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> CreateUserProfileResponse:
        """Creates a user profile. A user profile represents a single user within a domain, and is the
        main way to reference a "person" for the purposes of sharing, reporting, and other
        user-oriented features. This entity is created when a user onboards to a domain. If an
        administrator invites a person by email or imports them from IAM Identity Center, a user
        profile is automatically created. A user profile is the primary holder of settings for an
        individual user and has a reference to the user's private Amazon Elastic File System home
        directory. (Operation since 2019-12-04.)

        Args:
            domain_id: The ID of the associated Domain. Since 2019-12-04.
            user_profile_name: A name for the UserProfile. This value is not case sensitive.
                Since 2019-12-04.
            single_sign_on_user_identifier: A specifier for the type of value specified in
                SingleSignOnUserValue. Currently, the only supported value is "UserName". If the
                Domain's AuthMode is IAM Identity Center, this field is required. If the Domain's
                AuthMode is not IAM Identity Center, this field cannot be specified. Since
                2019-12-04.
            single_sign_on_user_value: The username of the associated Amazon Web Services Single
                Sign-On User for this UserProfile. If the Domain's AuthMode is IAM Identity Center,
                this field is required, and must match a valid username of a user in your directory.
                If the Domain's AuthMode is not IAM Identity Center, this field cannot be specified.
                Since 2019-12-04.
            tags: Each tag consists of a key and an optional value. Tag keys must be unique per
                resource. Since 2019-12-04.
            user_settings: A collection of settings. Since 2019-12-04.

        Returns:
            CreateUserProfileResponse: the typed response.
        """

    async def create_workforce(
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
    ) -> CreateWorkforceResponse:
        """Use this operation to create a workforce. This operation will return an error if a workforce
        already exists in the Amazon Web Services Region that you specify. You can only create one
        workforce in each Amazon Web Services Region per Amazon Web Services account. (Operation
        since 2020-07-24.)

        Args:
            cognito_config: Use this parameter to configure an Amazon Cognito private workforce.
                A single Cognito workforce is created using and corresponds to a single Amazon
                Cognito user pool. Since 2020-07-24.
            oidc_config: Use this parameter to configure a private workforce using your own OIDC
                Identity Provider. Since 2020-07-24.
            source_ip_config: A list of IP address ranges ( CIDRs). Used to create an allow list
                of IP addresses for a private workforce. Workers will only be able to log in to
                their worker portal from an IP address within this range. By default, a workforce
                isn't restricted to specific IP addresses. Since 2020-07-24.
            workforce_name: The name of the private workforce. Since 2020-07-24.
            tags: An array of key-value pairs that contain metadata to help you categorize and
                organize our workforce. Each tag consists of a key and a value, both of which you
                define. Since 2020-07-24.
            workforce_vpc_config: Use this parameter to configure a workforce using VPC. Since
                2022-06-23.
            ip_address_type: Use this parameter to specify whether you want IPv4 only or
                dualstack ( IPv4 and IPv6) to support your labeling workforce. Since 2025-07-21.

        Returns:
            CreateWorkforceResponse: the typed response.
        """

    async def create_workteam(
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
    ) -> CreateWorkteamResponse:
        """Creates a new work team for labeling your data. A work team is defined by one or more Amazon
        Cognito user pools. You must first create the user pools before you can create a work team.
        (Operation since 2018-11-28.)

        Args:
            workteam_name: The name of the work team. Use this name to identify the work team.
                Since 2018-11-28.
            workforce_name: The name of the workforce. Since 2020-07-24.
            member_definitions: A list of MemberDefinition objects that contains objects that
                identify the workers that make up the work team. Since 2018-11-28.
            description: A description of the work team. Since 2018-11-28.
            notification_configuration: Configures notification of workers regarding available
                or expiring work items. Since 2019-05-08.
            worker_access_configuration: Use this optional parameter to constrain access to an
                Amazon S3 resource based on the IP address using supported IAM global condition
                keys. The Amazon S3 resource is accessed in the worker portal using a Amazon S3
                presigned URL. Since 2024-05-16.
            tags: An array of key-value pairs. Since 2018-11-28.

        Returns:
            CreateWorkteamResponse: the typed response.
        """

    async def delete_ai_benchmark_job(
        self,
        *,
        ai_benchmark_job_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> DeleteAIBenchmarkJobResponse:
        """Deletes the specified AI benchmark job. (Operation since 2026-04-21.)

        Args:
            ai_benchmark_job_name: The name of the AI benchmark job to delete. Since 2026-04-21.

        Returns:
            DeleteAIBenchmarkJobResponse: the typed response.
        """

    async def delete_ai_recommendation_job(
        self,
        *,
        ai_recommendation_job_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> DeleteAIRecommendationJobResponse:
        """Deletes the specified AI recommendation job. (Operation since 2026-04-21.)

        Args:
            ai_recommendation_job_name: The name of the AI recommendation job to delete. Since
                2026-04-21.

        Returns:
            DeleteAIRecommendationJobResponse: the typed response.
        """

    async def delete_ai_workload_config(
        self,
        *,
        ai_workload_config_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> DeleteAIWorkloadConfigResponse:
        """Deletes the specified AI workload configuration. You cannot delete a configuration that is
        referenced by an active benchmark job. (Operation since 2026-04-21.)

        Args:
            ai_workload_config_name: The name of the AI workload configuration to delete. Since
                2026-04-21.

        Returns:
            DeleteAIWorkloadConfigResponse: the typed response.
        """

    async def delete_action(
        self,
        *,
        action_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> DeleteActionResponse:
        """Deletes an action. (Operation since 2020-12-01.)

        Args:
            action_name: The name of the action to delete. Since 2020-12-01.

        Returns:
            DeleteActionResponse: the typed response.
        """

    async def delete_algorithm(
        self,
        *,
        algorithm_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> DeleteAlgorithmResponse:
        """Removes the specified algorithm from your account. (Operation since 2018-11-28.)

        Args:
            algorithm_name: The name of the algorithm to delete. Since 2018-11-28.

        Returns:
            DeleteAlgorithmResponse: the typed response.
        """

    async def delete_app(
        self,
        *,
        domain_id: str,
        app_type: AppType | AppTypeLiteral,
        app_name: str,
        user_profile_name: str | None = None,
        space_name: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> DeleteAppResponse:
        """Used to stop and delete an app. (Operation since 2019-12-04.)

        Args:
            domain_id: The domain ID. Since 2019-12-04.
            user_profile_name: The user profile name. If this value is not set, then SpaceName
                must be set. Since 2019-12-04.
            space_name: The name of the space. If this value is not set, then UserProfileName
                must be set. Since 2022-11-30.
            app_type: The type of app. Since 2019-12-04.
            app_name: The name of the app. Since 2019-12-04.

        Returns:
            DeleteAppResponse: the typed response.
        """

    async def delete_app_image_config(
        self,
        *,
        app_image_config_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> DeleteAppImageConfigResponse:
        """Deletes an AppImageConfig. (Operation since 2020-10-26.)

        Args:
            app_image_config_name: The name of the AppImageConfig to delete. Since 2020-10-26.

        Returns:
            DeleteAppImageConfigResponse: the typed response.
        """

    async def delete_artifact(
        self,
        *,
        artifact_arn: str | None = None,
        source: ArtifactSource | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> DeleteArtifactResponse:
        """Deletes an artifact. Either ArtifactArn or Source must be specified. (Operation since
        2020-12-01.)

        Args:
            artifact_arn: The Amazon Resource Name (ARN) of the artifact to delete. Since
                2020-12-01.
            source: The URI of the source. Since 2020-12-01.

        Returns:
            DeleteArtifactResponse: the typed response.
        """

    async def delete_association(
        self,
        *,
        source_arn: str,
        destination_arn: str,
        extra: Mapping[str, Any] | None = None,
    ) -> DeleteAssociationResponse:
        """Deletes an association. (Operation since 2020-12-01.)

        Args:
            source_arn: The ARN of the source. Since 2020-12-01.
            destination_arn: The Amazon Resource Name (ARN) of the destination. Since
                2020-12-01.

        Returns:
            DeleteAssociationResponse: the typed response.
        """

    async def delete_cluster(
        self,
        *,
        cluster_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> DeleteClusterResponse:
        """Delete a SageMaker HyperPod cluster. (Operation since 2023-11-29.)

        Args:
            cluster_name: The string name or the Amazon Resource Name (ARN) of the SageMaker
                HyperPod cluster to delete. Since 2023-11-29.

        Returns:
            DeleteClusterResponse: the typed response.
        """

    async def delete_cluster_scheduler_config(
        self,
        *,
        cluster_scheduler_config_id: str,
        extra: Mapping[str, Any] | None = None,
    ) -> DeleteClusterSchedulerConfigResponse:
        """Deletes the cluster policy of the cluster. (Operation since 2024-12-04.)

        Args:
            cluster_scheduler_config_id: ID of the cluster policy. Since 2024-12-04.

        Returns:
            DeleteClusterSchedulerConfigResponse: the typed response.
        """

    async def delete_code_repository(
        self,
        *,
        code_repository_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> DeleteCodeRepositoryResponse:
        """Deletes the specified git repository from your account. (Operation since 2018-11-28.)

        Args:
            code_repository_name: The name of the git repository to delete. Since 2018-11-28.

        Returns:
            DeleteCodeRepositoryResponse: the typed response.
        """

    async def delete_compilation_job(
        self,
        *,
        compilation_job_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> DeleteCompilationJobResponse:
        """Deletes the specified compilation job. This action deletes only the compilation job resource
        in Amazon SageMaker. It doesn't delete other resources that are related to that job, such as
        the model artifacts that the job creates, the compilation logs in CloudWatch, the compiled
        model, or the IAM role. (Operation since 2023-12-15.)

        Args:
            compilation_job_name: The name of the compilation job to delete. Since 2023-12-15.

        Returns:
            DeleteCompilationJobResponse: the typed response.
        """

    async def delete_compute_quota(
        self,
        *,
        compute_quota_id: str,
        extra: Mapping[str, Any] | None = None,
    ) -> DeleteComputeQuotaResponse:
        """Deletes the compute allocation from the cluster. (Operation since 2024-12-04.)

        Args:
            compute_quota_id: ID of the compute allocation definition. Since 2024-12-04.

        Returns:
            DeleteComputeQuotaResponse: the typed response.
        """

    async def delete_context(
        self,
        *,
        context_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> DeleteContextResponse:
        """Deletes an context. (Operation since 2020-12-01.)

        Args:
            context_name: The name of the context to delete. Since 2020-12-01.

        Returns:
            DeleteContextResponse: the typed response.
        """

    async def delete_data_quality_job_definition(
        self,
        *,
        job_definition_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> DeleteDataQualityJobDefinitionResponse:
        """Deletes a data quality monitoring job definition. (Operation since 2020-12-08.)

        Args:
            job_definition_name: The name of the data quality monitoring job definition to
                delete. Since 2020-12-08.

        Returns:
            DeleteDataQualityJobDefinitionResponse: the typed response.
        """

    async def delete_device_fleet(
        self,
        *,
        device_fleet_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> DeleteDeviceFleetResponse:
        """Deletes a fleet. (Operation since 2020-12-08.)

        Args:
            device_fleet_name: The name of the fleet to delete. Since 2020-12-08.

        Returns:
            DeleteDeviceFleetResponse: the typed response.
        """

    async def delete_domain(
        self,
        *,
        domain_id: str,
        retention_policy: RetentionPolicy | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> DeleteDomainResponse:
        """Used to delete a domain. If you on-boarded with IAM mode, you will need to delete your
        domain to on-board again using SSO. Use with caution. All of the members of the domain will
        lose access to their EFS volume, including data, notebooks, and other artifacts. (Operation
        since 2019-12-04.)

        Args:
            domain_id: The domain ID. Since 2019-12-04.
            retention_policy: The retention policy for this domain, which specifies which
                resources will be retained after the Domain is deleted. By default, all resources
                are retained (not automatically deleted). Since 2019-12-04.

        Returns:
            DeleteDomainResponse: the typed response.
        """

    async def delete_edge_deployment_plan(
        self,
        *,
        edge_deployment_plan_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> DeleteEdgeDeploymentPlanResponse:
        """Deletes an edge deployment plan if (and only if) all the stages in the plan are inactive or
        there are no stages in the plan. (Operation since 2022-07-18.)

        Args:
            edge_deployment_plan_name: The name of the edge deployment plan to delete. Since
                2022-07-18.

        Returns:
            DeleteEdgeDeploymentPlanResponse: the typed response.
        """

    async def delete_edge_deployment_stage(
        self,
        *,
        edge_deployment_plan_name: str,
        stage_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> DeleteEdgeDeploymentStageResponse:
        """Delete a stage in an edge deployment plan if (and only if) the stage is inactive. (Operation
        since 2022-07-18.)

        Args:
            edge_deployment_plan_name: The name of the edge deployment plan from which the stage
                will be deleted. Since 2022-07-18.
            stage_name: The name of the stage. Since 2022-07-18.

        Returns:
            DeleteEdgeDeploymentStageResponse: the typed response.
        """

    async def delete_endpoint(
        self,
        *,
        endpoint_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> DeleteEndpointResponse:
        """Deletes an endpoint. Amazon SageMaker frees up all of the resources that were deployed when
        the endpoint was created.

        Args:
            endpoint_name: The name of the endpoint that you want to delete. Since 2017-11-29.

        Returns:
            DeleteEndpointResponse: the typed response.
        """

    async def delete_endpoint_config(
        self,
        *,
        endpoint_config_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> DeleteEndpointConfigResponse:
        """Deletes an endpoint configuration. The DeleteEndpoingConfig API deletes only the specified
        configuration. It does not delete endpoints created using the configuration.

        Args:
            endpoint_config_name: The name of the endpoint configuration that you want to
                delete. Since 2017-11-29.

        Returns:
            DeleteEndpointConfigResponse: the typed response.
        """

    async def delete_experiment(
        self,
        *,
        experiment_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> DeleteExperimentResponse:
        """Deletes an Amazon SageMaker experiment. All trials associated with the experiment must be
        deleted first. Use the ListTrials API to get a list of the trials associated with the
        experiment. (Operation since 2019-12-04.)

        Args:
            experiment_name: The name of the experiment to delete. Since 2019-12-04.

        Returns:
            DeleteExperimentResponse: the typed response.
        """

    async def delete_feature_group(
        self,
        *,
        feature_group_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> DeleteFeatureGroupResponse:
        """Delete the FeatureGroup and any data that was written to the OnlineStore of the FeatureGroup
        . Data cannot be accessed from the OnlineStore immediately after DeleteFeatureGroup is
        called. (Operation since 2020-12-01.)

        Args:
            feature_group_name: The name of the FeatureGroup you want to delete. The name must
                be unique within an AWS Region in an AWS account. Since 2020-12-01.

        Returns:
            DeleteFeatureGroupResponse: the typed response.
        """

    async def delete_flow_definition(
        self,
        *,
        flow_definition_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> DeleteFlowDefinitionResponse:
        """Deletes the specified flow definition. (Operation since 2019-12-04.)

        Args:
            flow_definition_name: The name of the flow definition you are deleting. Since
                2019-12-04.

        Returns:
            DeleteFlowDefinitionResponse: the typed response.
        """

    async def delete_hub(
        self,
        *,
        hub_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> DeleteHubResponse:
        """Delete a hub. (Operation since 2022-11-30.)

        Args:
            hub_name: The name of the hub to delete. Since 2022-11-30.

        Returns:
            DeleteHubResponse: the typed response.
        """

    async def delete_hub_content(
        self,
        *,
        hub_name: str,
        hub_content_type: HubContentType | HubContentTypeLiteral,
        hub_content_name: str,
        hub_content_version: str,
        extra: Mapping[str, Any] | None = None,
    ) -> DeleteHubContentResponse:
        """Delete the contents of a hub. (Operation since 2022-11-30.)

        Args:
            hub_name: The name of the hub that you want to delete content in. Since 2022-11-30.
            hub_content_type: The type of content that you want to delete from a hub. Since
                2022-11-30.
            hub_content_name: The name of the content that you want to delete from a hub. Since
                2022-11-30.
            hub_content_version: The version of the content that you want to delete from a hub.
                Since 2022-11-30.

        Returns:
            DeleteHubContentResponse: the typed response.
        """

    async def delete_hub_content_reference(
        self,
        *,
        hub_name: str,
        hub_content_type: HubContentType | HubContentTypeLiteral,
        hub_content_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> DeleteHubContentReferenceResponse:
        """Delete a hub content reference in order to remove a model from a private hub. (Operation
        since 2024-06-20.)

        Args:
            hub_name: The name of the hub to delete the hub content reference from. Since
                2024-06-20.
            hub_content_type: The type of hub content reference to delete. The only supported
                type of hub content reference to delete is ModelReference. Since 2024-06-20.
            hub_content_name: The name of the hub content to delete. Since 2024-06-20.

        Returns:
            DeleteHubContentReferenceResponse: the typed response.
        """

    async def delete_human_task_ui(
        self,
        *,
        human_task_ui_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> DeleteHumanTaskUiResponse:
        """Use this operation to delete a worker task template ( HumanTaskUi ). (Operation since
        2020-07-09.)

        Args:
            human_task_ui_name: The name of the human task user interface (work task template)
                you want to delete. Since 2020-07-09.

        Returns:
            DeleteHumanTaskUiResponse: the typed response.
        """

    async def delete_hyper_parameter_tuning_job(
        self,
        *,
        hyper_parameter_tuning_job_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> DeleteHyperParameterTuningJobResponse:
        """Deletes a hyperparameter tuning job. The DeleteHyperParameterTuningJob API deletes only the
        tuning job entry that was created in SageMaker when you called the
        CreateHyperParameterTuningJob API. It does not delete training jobs, artifacts, or the IAM
        role that you specified when creating the model. (Operation since 2024-01-26.)

        Args:
            hyper_parameter_tuning_job_name: The name of the hyperparameter tuning job that you
                want to delete. Since 2024-01-26.

        Returns:
            DeleteHyperParameterTuningJobResponse: the typed response.
        """

    async def delete_image(
        self,
        *,
        image_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> DeleteImageResponse:
        """Deletes a SageMaker image and all versions of the image. The container images aren't
        deleted. (Operation since 2020-10-26.)

        Args:
            image_name: The name of the image to delete. Since 2020-10-26.

        Returns:
            DeleteImageResponse: the typed response.
        """

    async def delete_image_version(
        self,
        *,
        image_name: str,
        version: int | None = None,
        alias: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> DeleteImageVersionResponse:
        """Deletes a version of a SageMaker image. The container image the version represents isn't
        deleted. (Operation since 2020-10-26.)

        Args:
            image_name: The name of the image to delete. Since 2020-10-26.
            version: The version to delete. Since 2020-10-26.
            alias: The alias of the image to delete. Since 2022-12-19.

        Returns:
            DeleteImageVersionResponse: the typed response.
        """

    async def delete_inference_component(
        self,
        *,
        inference_component_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> DeleteInferenceComponentResponse:
        """Deletes an inference component. (Operation since 2023-11-29.)

        Args:
            inference_component_name: The name of the inference component to delete. Since
                2023-11-29.

        Returns:
            DeleteInferenceComponentResponse: the typed response.
        """

    async def delete_inference_experiment(
        self,
        *,
        name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> DeleteInferenceExperimentResponse:
        """Deletes an inference experiment. (Operation since 2022-11-30.)

        Args:
            name: The name of the inference experiment you want to delete. Since 2022-11-30.

        Returns:
            DeleteInferenceExperimentResponse: the typed response.
        """

    async def delete_job(
        self,
        *,
        job_name: str,
        job_category: JobCategory | JobCategoryLiteral,
        extra: Mapping[str, Any] | None = None,
    ) -> DeleteJobResponse:
        """Deletes a job. This operation is idempotent. If the job is currently running, you must stop
        it before deleting it by calling StopJob. (Operation since 2026-06-02.)

        Args:
            job_name: The name of the job to delete. Since 2026-06-02.
            job_category: The category of the job to delete. Since 2026-06-02.

        Returns:
            DeleteJobResponse: the typed response.
        """

    async def delete_mlflow_app(
        self,
        *,
        arn: str,
        extra: Mapping[str, Any] | None = None,
    ) -> DeleteMlflowAppResponse:
        """Deletes an MLflow App. (Operation since 2025-12-02.)

        Args:
            arn: The ARN of the MLflow App to delete. Since 2025-12-02.

        Returns:
            DeleteMlflowAppResponse: the typed response.
        """

    async def delete_mlflow_tracking_server(
        self,
        *,
        tracking_server_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> DeleteMlflowTrackingServerResponse:
        """Deletes an MLflow Tracking Server. For more information, see Clean up MLflow resources.
        (Operation since 2024-06-18.)

        Args:
            tracking_server_name: The name of the the tracking server to delete. Since
                2024-06-18.

        Returns:
            DeleteMlflowTrackingServerResponse: the typed response.
        """

    async def delete_model(
        self,
        *,
        model_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> DeleteModelResponse:
        """Deletes a model. The DeleteModel API deletes only the model entry that was created in Amazon
        SageMaker when you called the CreateModel API. It does not delete model artifacts, inference
        code, or the IAM role that you specified when creating the model.

        Args:
            model_name: The name of the model to delete. Since 2017-11-29.

        Returns:
            DeleteModelResponse: the typed response.
        """

    async def delete_model_bias_job_definition(
        self,
        *,
        job_definition_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> DeleteModelBiasJobDefinitionResponse:
        """Deletes an Amazon SageMaker model bias job definition. (Operation since 2020-12-08.)

        Args:
            job_definition_name: The name of the model bias job definition to delete. Since
                2020-12-08.

        Returns:
            DeleteModelBiasJobDefinitionResponse: the typed response.
        """

    async def delete_model_card(
        self,
        *,
        model_card_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> DeleteModelCardResponse:
        """Deletes an Amazon SageMaker Model Card. (Operation since 2022-11-30.)

        Args:
            model_card_name: The name of the model card to delete. Since 2022-11-30.

        Returns:
            DeleteModelCardResponse: the typed response.
        """

    async def delete_model_explainability_job_definition(
        self,
        *,
        job_definition_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> DeleteModelExplainabilityJobDefinitionResponse:
        """Deletes an Amazon SageMaker model explainability job definition. (Operation since
        2020-12-08.)

        Args:
            job_definition_name: The name of the model explainability job definition to delete.
                Since 2020-12-08.

        Returns:
            DeleteModelExplainabilityJobDefinitionResponse: the typed response.
        """

    async def delete_model_package(
        self,
        *,
        model_package_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> DeleteModelPackageResponse:
        """Deletes a model package. (Operation since 2018-11-28.)

        Args:
            model_package_name: The name of the model package. The name must have 1 to 63
                characters. Valid characters are a-z, A-Z, 0-9, and - (hyphen). Since 2018-11-28.

        Returns:
            DeleteModelPackageResponse: the typed response.
        """

    async def delete_model_package_group(
        self,
        *,
        model_package_group_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> DeleteModelPackageGroupResponse:
        """Deletes the specified model group. (Operation since 2020-12-01.)

        Args:
            model_package_group_name: The name of the model group to delete. Since 2020-12-01.

        Returns:
            DeleteModelPackageGroupResponse: the typed response.
        """

    async def delete_model_package_group_policy(
        self,
        *,
        model_package_group_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> DeleteModelPackageGroupPolicyResponse:
        """Deletes a model group resource policy. (Operation since 2020-12-01.)

        Args:
            model_package_group_name: The name of the model group for which to delete the
                policy. Since 2020-12-01.

        Returns:
            DeleteModelPackageGroupPolicyResponse: the typed response.
        """

    async def delete_model_quality_job_definition(
        self,
        *,
        job_definition_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> DeleteModelQualityJobDefinitionResponse:
        """Deletes the secified model quality monitoring job definition. (Operation since 2020-12-08.)

        Args:
            job_definition_name: The name of the model quality monitoring job definition to
                delete. Since 2020-12-08.

        Returns:
            DeleteModelQualityJobDefinitionResponse: the typed response.
        """

    async def delete_monitoring_schedule(
        self,
        *,
        monitoring_schedule_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> DeleteMonitoringScheduleResponse:
        """Deletes a monitoring schedule. Also stops the schedule had not already been stopped. This
        does not delete the job execution history of the monitoring schedule. (Operation since
        2019-12-04.)

        Args:
            monitoring_schedule_name: The name of the monitoring schedule to delete. Since
                2019-12-04.

        Returns:
            DeleteMonitoringScheduleResponse: the typed response.
        """

    async def delete_notebook_instance(
        self,
        *,
        notebook_instance_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> DeleteNotebookInstanceResponse:
        """Deletes an Amazon SageMaker notebook instance. Before you can delete a notebook instance,
        you must call the StopNotebookInstance API.

        Args:
            notebook_instance_name: The name of the Amazon SageMaker notebook instance to
                delete. Since 2017-11-29.

        Returns:
            DeleteNotebookInstanceResponse: the typed response.
        """

    async def delete_notebook_instance_lifecycle_config(
        self,
        *,
        notebook_instance_lifecycle_config_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> DeleteNotebookInstanceLifecycleConfigResponse:
        """Deletes a notebook instance lifecycle configuration. (Operation since 2018-03-15.)

        Args:
            notebook_instance_lifecycle_config_name: The name of the lifecycle configuration to
                delete. Since 2018-03-15.

        Returns:
            DeleteNotebookInstanceLifecycleConfigResponse: the typed response.
        """

    async def delete_optimization_job(
        self,
        *,
        optimization_job_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> DeleteOptimizationJobResponse:
        """Deletes an optimization job. (Operation since 2024-07-09.)

        Args:
            optimization_job_name: The name that you assigned to the optimization job. Since
                2024-07-09.

        Returns:
            DeleteOptimizationJobResponse: the typed response.
        """

    async def delete_partner_app(
        self,
        *,
        arn: str,
        client_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> DeletePartnerAppResponse:
        """Deletes a SageMaker Partner AI App. (Operation since 2024-12-04.)

        Args:
            arn: The ARN of the SageMaker Partner AI App to delete. Since 2024-12-04.
            client_token: A unique token that guarantees that the call to this API is
                idempotent. Since 2024-12-04.

        Returns:
            DeletePartnerAppResponse: the typed response.
        """

    async def delete_pipeline(
        self,
        *,
        pipeline_name: str,
        client_request_token: str,
        extra: Mapping[str, Any] | None = None,
    ) -> DeletePipelineResponse:
        """Deletes a pipeline. (Operation since 2020-12-01.)

        Args:
            pipeline_name: The name of the pipeline to delete. Since 2020-12-01.
            client_request_token: A unique, case-sensitive identifier that you provide to ensure
                the idempotency of the operation. An idempotent operation completes no more than one
                time. Since 2020-12-01.

        Returns:
            DeletePipelineResponse: the typed response.
        """

    async def delete_processing_job(
        self,
        *,
        processing_job_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> DeleteProcessingJobResponse:
        """Deletes a processing job. After Amazon SageMaker deletes a processing job, all of the
        metadata for the processing job is lost. You can delete only processing jobs that are in a
        terminal state ( Stopped, Failed, or Completed). You cannot delete a job that is in the
        InProgress or Stopping state. After deleting the job, you can reuse its name to create
        another processing job. (Operation since 2025-10-28.)

        Args:
            processing_job_name: The name of the processing job to delete. Since 2025-10-28.

        Returns:
            DeleteProcessingJobResponse: the typed response.
        """

    async def delete_project(
        self,
        *,
        project_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> DeleteProjectResponse:
        """Delete the specified project. (Operation since 2020-12-01.)

        Args:
            project_name: The name of the project to delete. Since 2020-12-01.

        Returns:
            DeleteProjectResponse: the typed response.
        """

    async def delete_space(
        self,
        *,
        domain_id: str,
        space_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> DeleteSpaceResponse:
        """Used to delete a space. (Operation since 2022-11-30.)

        Args:
            domain_id: The ID of the associated Domain. Since 2022-11-30.
            space_name: The name of the space. Since 2022-11-30.

        Returns:
            DeleteSpaceResponse: the typed response.
        """

    async def delete_studio_lifecycle_config(
        self,
        *,
        studio_lifecycle_config_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> DeleteStudioLifecycleConfigResponse:
        """Deletes the Studio Lifecycle Configuration. In order to delete the Lifecycle Configuration,
        there must be no running apps using the Lifecycle Configuration. You must also remove the
        Lifecycle Configuration from UserSettings in all Domains and UserProfiles. (Operation since
        2021-09-10.)

        Args:
            studio_lifecycle_config_name: The name of the Studio Lifecycle Configuration to
                delete. Since 2021-09-10.

        Returns:
            DeleteStudioLifecycleConfigResponse: the typed response.
        """

    async def delete_tags(
        self,
        *,
        resource_arn: str,
        tag_keys: list[str],
        extra: Mapping[str, Any] | None = None,
    ) -> DeleteTagsOutput:
        """Deletes the specified tags from an Amazon SageMaker resource.

        Args:
            resource_arn: The Amazon Resource Name (ARN) of the resource whose tags you want to
                delete. Since 2017-11-29.
            tag_keys: An array or one or more tag keys to delete. Since 2017-11-29.

        Returns:
            DeleteTagsOutput: the typed response.
        """

    async def delete_training_job(
        self,
        *,
        training_job_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> DeleteTrainingJobResponse:
        """Deletes a training job. After SageMaker deletes a training job, all of the metadata for the
        training job is lost. You can delete only training jobs that are in a terminal state (
        Stopped, Failed, or Completed) and don't retain an Available managed warm pool. You cannot
        delete a job that is in the InProgress or Stopping state. After deleting the job, you can
        reuse its name to create another training job. (Operation since 2025-10-28.)

        Args:
            training_job_name: The name of the training job to delete. Since 2025-10-28.

        Returns:
            DeleteTrainingJobResponse: the typed response.
        """

    async def delete_trial(
        self,
        *,
        trial_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> DeleteTrialResponse:
        """Deletes the specified trial. All trial components that make up the trial must be deleted
        first. Use the DescribeTrialComponent API to get the list of trial components. (Operation
        since 2019-12-04.)

        Args:
            trial_name: The name of the trial to delete. Since 2019-12-04.

        Returns:
            DeleteTrialResponse: the typed response.
        """

    async def delete_trial_component(
        self,
        *,
        trial_component_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> DeleteTrialComponentResponse:
        """Deletes the specified trial component. A trial component must be disassociated from all
        trials before the trial component can be deleted. To disassociate a trial component from a
        trial, call the DisassociateTrialComponent API. (Operation since 2019-12-04.)

        Args:
            trial_component_name: The name of the component to delete. Since 2019-12-04.

        Returns:
            DeleteTrialComponentResponse: the typed response.
        """

    async def delete_user_profile(
        self,
        *,
        domain_id: str,
        user_profile_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> DeleteUserProfileResponse:
        """Deletes a user profile. (Operation since 2019-12-04.)

        Args:
            domain_id: The domain ID. Since 2019-12-04.
            user_profile_name: The user profile name. Since 2019-12-04.

        Returns:
            DeleteUserProfileResponse: the typed response.
        """

    async def delete_workforce(
        self,
        *,
        workforce_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> DeleteWorkforceResponse:
        """Use this operation to delete a workforce. (Operation since 2020-07-24.)

        Args:
            workforce_name: The name of the workforce. Since 2020-07-24.

        Returns:
            DeleteWorkforceResponse: the typed response.
        """

    async def delete_workteam(
        self,
        *,
        workteam_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> DeleteWorkteamResponse:
        """Deletes an existing work team. This operation can't be undone. (Operation since 2018-11-28.)

        Args:
            workteam_name: The name of the work team to delete. Since 2018-11-28.

        Returns:
            DeleteWorkteamResponse: the typed response.
        """

    async def deregister_devices(
        self,
        *,
        device_fleet_name: str,
        device_names: list[str],
        extra: Mapping[str, Any] | None = None,
    ) -> DeregisterDevicesResponse:
        """Deregisters the specified devices. After you deregister a device, you will need to
        re-register the devices. (Operation since 2020-12-08.)

        Args:
            device_fleet_name: The name of the fleet the devices belong to. Since 2020-12-08.
            device_names: The unique IDs of the devices. Since 2020-12-08.

        Returns:
            DeregisterDevicesResponse: the typed response.
        """

    async def describe_ai_benchmark_job(
        self,
        *,
        ai_benchmark_job_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> DescribeAIBenchmarkJobResponse:
        """Returns details of an AI benchmark job, including its status, configuration, target
        endpoint, and timing information. (Operation since 2026-04-21.)

        Args:
            ai_benchmark_job_name: The name of the AI benchmark job to describe. Since
                2026-04-21.

        Returns:
            DescribeAIBenchmarkJobResponse: the typed response.
        """

    async def describe_ai_recommendation_job(
        self,
        *,
        ai_recommendation_job_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> DescribeAIRecommendationJobResponse:
        """Returns details of an AI recommendation job, including its status, model source, performance
        targets, optimization recommendations, and deployment configurations. (Operation since
        2026-04-21.)

        Args:
            ai_recommendation_job_name: The name of the AI recommendation job to describe. Since
                2026-04-21.

        Returns:
            DescribeAIRecommendationJobResponse: the typed response.
        """

    async def describe_ai_workload_config(
        self,
        *,
        ai_workload_config_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> DescribeAIWorkloadConfigResponse:
        """Returns details of an AI workload configuration, including the dataset configuration,
        benchmark tool settings, tags, and creation time. (Operation since 2026-04-21.)

        Args:
            ai_workload_config_name: The name of the AI workload configuration to describe.
                Since 2026-04-21.

        Returns:
            DescribeAIWorkloadConfigResponse: the typed response.
        """

    async def describe_action(
        self,
        *,
        action_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> DescribeActionResponse:
        """Describes an action. (Operation since 2020-12-01.)

        Args:
            action_name: The name of the action to describe. Since 2020-12-01.

        Returns:
            DescribeActionResponse: the typed response.
        """

    async def describe_algorithm(
        self,
        *,
        algorithm_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> DescribeAlgorithmOutput:
        """Returns a description of the specified algorithm that is in your account. (Operation since
        2018-11-28.)

        Args:
            algorithm_name: The name of the algorithm to describe. Since 2018-11-28.

        Returns:
            DescribeAlgorithmOutput: the typed response.
        """

    async def describe_app(
        self,
        *,
        domain_id: str,
        app_type: AppType | AppTypeLiteral,
        app_name: str,
        user_profile_name: str | None = None,
        space_name: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> DescribeAppResponse:
        """Describes the app. (Operation since 2019-12-04.)

        Args:
            domain_id: The domain ID. Since 2019-12-04.
            user_profile_name: The user profile name. If this value is not set, then SpaceName
                must be set. Since 2019-12-04.
            space_name: The name of the space. Since 2022-11-30.
            app_type: The type of app. Since 2019-12-04.
            app_name: The name of the app. Since 2019-12-04.

        Returns:
            DescribeAppResponse: the typed response.
        """

    async def describe_app_image_config(
        self,
        *,
        app_image_config_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> DescribeAppImageConfigResponse:
        """Describes an AppImageConfig. (Operation since 2020-10-26.)

        Args:
            app_image_config_name: The name of the AppImageConfig to describe. Since 2020-10-26.

        Returns:
            DescribeAppImageConfigResponse: the typed response.
        """

    async def describe_artifact(
        self,
        *,
        artifact_arn: str,
        extra: Mapping[str, Any] | None = None,
    ) -> DescribeArtifactResponse:
        """Describes an artifact. (Operation since 2020-12-01.)

        Args:
            artifact_arn: The Amazon Resource Name (ARN) of the artifact to describe. Since
                2020-12-01.

        Returns:
            DescribeArtifactResponse: the typed response.
        """

    async def describe_auto_ml_job(
        self,
        *,
        auto_ml_job_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> DescribeAutoMLJobResponse:
        """Returns information about an AutoML job created by calling CreateAutoMLJob. (Operation since
        2019-12-04.)

        Args:
            auto_ml_job_name: Requests information about an AutoML job using its unique name.
                Since 2019-12-04.

        Returns:
            DescribeAutoMLJobResponse: the typed response.
        """

    async def describe_auto_ml_job_v2(
        self,
        *,
        auto_ml_job_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> DescribeAutoMLJobV2Response:
        """Returns information about an AutoML job created by calling CreateAutoMLJobV2 or
        CreateAutoMLJob. (Operation since 2023-03-23.)

        Args:
            auto_ml_job_name: Requests information about an AutoML job V2 using its unique name.
                Since 2023-03-23.

        Returns:
            DescribeAutoMLJobV2Response: the typed response.
        """

    async def describe_cluster(
        self,
        *,
        cluster_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> DescribeClusterResponse:
        """Retrieves information of a SageMaker HyperPod cluster. (Operation since 2023-11-29.)

        Args:
            cluster_name: The string name or the Amazon Resource Name (ARN) of the SageMaker
                HyperPod cluster. Since 2023-11-29.

        Returns:
            DescribeClusterResponse: the typed response.
        """

    async def describe_cluster_event(
        self,
        *,
        event_id: str,
        cluster_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> DescribeClusterEventResponse:
        """Retrieves detailed information about a specific event for a given HyperPod cluster. This
        functionality is only supported when the NodeProvisioningMode is set to Continuous.
        (Operation since 2025-08-05.)

        Args:
            event_id: The unique identifier (UUID) of the event to describe. This ID can be
                obtained from the ListClusterEvents operation. Since 2025-08-05.
            cluster_name: The name or Amazon Resource Name (ARN) of the HyperPod cluster
                associated with the event. Since 2025-08-05.

        Returns:
            DescribeClusterEventResponse: the typed response.
        """

    async def describe_cluster_node(
        self,
        *,
        cluster_name: str,
        node_id: str | None = None,
        node_logical_id: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> DescribeClusterNodeResponse:
        """Retrieves information of a node (also called a instance interchangeably) of a SageMaker
        HyperPod cluster. (Operation since 2023-11-29.)

        Args:
            cluster_name: The string name or the Amazon Resource Name (ARN) of the SageMaker
                HyperPod cluster in which the node is. Since 2023-11-29.
            node_id: The ID of the SageMaker HyperPod cluster node. Since 2023-11-29.
            node_logical_id: The logical identifier of the node to describe. You can specify
                either NodeLogicalId or InstanceId, but not both. NodeLogicalId can be used to
                describe nodes that are still being provisioned and don't yet have an InstanceId
                assigned. Since 2025-08-05.

        Returns:
            DescribeClusterNodeResponse: the typed response.
        """

    async def describe_cluster_scheduler_config(
        self,
        *,
        cluster_scheduler_config_id: str,
        cluster_scheduler_config_version: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> DescribeClusterSchedulerConfigResponse:
        """Description of the cluster policy. This policy is used for task prioritization and
        fair-share allocation. This helps prioritize critical workloads and distributes idle compute
        across entities. (Operation since 2024-12-04.)

        Args:
            cluster_scheduler_config_id: ID of the cluster policy. Since 2024-12-04.
            cluster_scheduler_config_version: Version of the cluster policy. Since 2024-12-04.

        Returns:
            DescribeClusterSchedulerConfigResponse: the typed response.
        """

    async def describe_code_repository(
        self,
        *,
        code_repository_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> DescribeCodeRepositoryOutput:
        """Gets details about the specified git repository. (Operation since 2018-11-28.)

        Args:
            code_repository_name: The name of the git repository to describe. Since 2018-11-28.

        Returns:
            DescribeCodeRepositoryOutput: the typed response.
        """

    async def describe_compilation_job(
        self,
        *,
        compilation_job_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> DescribeCompilationJobResponse:
        """Returns information about a model compilation job. (Operation since 2018-11-28.)

        Args:
            compilation_job_name: The name of the model compilation job that you want
                information about. Since 2018-11-28.

        Returns:
            DescribeCompilationJobResponse: the typed response.
        """

    async def describe_compute_quota(
        self,
        *,
        compute_quota_id: str,
        compute_quota_version: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> DescribeComputeQuotaResponse:
        """Description of the compute allocation definition. (Operation since 2024-12-04.)

        Args:
            compute_quota_id: ID of the compute allocation definition. Since 2024-12-04.
            compute_quota_version: Version of the compute allocation definition. Since
                2024-12-04.

        Returns:
            DescribeComputeQuotaResponse: the typed response.
        """

    async def describe_context(
        self,
        *,
        context_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> DescribeContextResponse:
        """Describes a context. (Operation since 2020-12-01.)

        Args:
            context_name: The name of the context to describe. Since 2020-12-01.

        Returns:
            DescribeContextResponse: the typed response.
        """

    async def describe_data_quality_job_definition(
        self,
        *,
        job_definition_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> DescribeDataQualityJobDefinitionResponse:
        """Gets the details of a data quality monitoring job definition. (Operation since 2020-12-08.)

        Args:
            job_definition_name: The name of the data quality monitoring job definition to
                describe. Since 2020-12-08.

        Returns:
            DescribeDataQualityJobDefinitionResponse: the typed response.
        """

    async def describe_device(
        self,
        *,
        device_name: str,
        device_fleet_name: str,
        next_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> DescribeDeviceResponse:
        """Describes the device. (Operation since 2020-12-08.)

        Args:
            next_token: Next token of device description. Since 2020-12-08.
            device_name: The unique ID of the device. Since 2020-12-08.
            device_fleet_name: The name of the fleet the devices belong to. Since 2020-12-08.

        Returns:
            DescribeDeviceResponse: the typed response.
        """
    def paginate_describe_device(
        self,
        *,
        device_name: str,
        device_fleet_name: str,
        page_size: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> Pages[EdgeModel, DescribeDeviceResponse]: ...
    async def describe_device_fleet(
        self,
        *,
        device_fleet_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> DescribeDeviceFleetResponse:
        """A description of the fleet the device belongs to. (Operation since 2020-12-08.)

        Args:
            device_fleet_name: The name of the fleet. Since 2020-12-08.

        Returns:
            DescribeDeviceFleetResponse: the typed response.
        """

    async def describe_domain(
        self,
        *,
        domain_id: str,
        extra: Mapping[str, Any] | None = None,
    ) -> DescribeDomainResponse:
        """The description of the domain. (Operation since 2019-12-04.)

        Args:
            domain_id: The domain ID. Since 2019-12-04.

        Returns:
            DescribeDomainResponse: the typed response.
        """

    async def describe_edge_deployment_plan(
        self,
        *,
        edge_deployment_plan_name: str,
        next_token: str | None = None,
        max_results: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> DescribeEdgeDeploymentPlanResponse:
        """Describes an edge deployment plan with deployment status per stage. (Operation since
        2022-07-18.)

        Args:
            edge_deployment_plan_name: The name of the deployment plan to describe. Since
                2022-07-18.
            next_token: If the edge deployment plan has enough stages to require tokening, then
                this is the response from the last list of stages returned. Since 2022-07-18.
            max_results: The maximum number of results to select (50 by default). Since
                2022-07-18.

        Returns:
            DescribeEdgeDeploymentPlanResponse: the typed response.
        """

    async def describe_edge_packaging_job(
        self,
        *,
        edge_packaging_job_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> DescribeEdgePackagingJobResponse:
        """A description of edge packaging jobs. (Operation since 2020-12-08.)

        Args:
            edge_packaging_job_name: The name of the edge packaging job. Since 2020-12-08.

        Returns:
            DescribeEdgePackagingJobResponse: the typed response.
        """

    async def describe_endpoint(
        self,
        *,
        endpoint_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> DescribeEndpointOutput:
        """Returns the description of an endpoint.

        Args:
            endpoint_name: The name of the endpoint. Since 2017-11-29.

        Returns:
            DescribeEndpointOutput: the typed response.
        """

    async def describe_endpoint_config(
        self,
        *,
        endpoint_config_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> DescribeEndpointConfigOutput:
        """Returns the description of an endpoint configuration created using the CreateEndpointConfig
        API.

        Args:
            endpoint_config_name: The name of the endpoint configuration. Since 2017-11-29.

        Returns:
            DescribeEndpointConfigOutput: the typed response.
        """

    async def describe_experiment(
        self,
        *,
        experiment_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> DescribeExperimentResponse:
        """Provides a list of an experiment's properties. (Operation since 2019-12-04.)

        Args:
            experiment_name: The name of the experiment to describe. Since 2019-12-04.

        Returns:
            DescribeExperimentResponse: the typed response.
        """

    async def describe_feature_group(
        self,
        *,
        feature_group_name: str,
        next_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> DescribeFeatureGroupResponse:
        """Use this operation to describe a FeatureGroup . The response includes information on the
        creation time, FeatureGroup name, the unique identifier for each FeatureGroup , and more.
        (Operation since 2020-12-01.)

        Args:
            feature_group_name: The name or Amazon Resource Name (ARN) of the FeatureGroup you
                want described. Since 2020-12-01.
            next_token: A token to resume pagination of the list of Features (
                FeatureDefinitions ). 2,500 Features are returned by default. Since 2020-12-01.

        Returns:
            DescribeFeatureGroupResponse: the typed response.
        """
    def paginate_describe_feature_group(
        self,
        *,
        feature_group_name: str,
        page_size: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> Pages[FeatureDefinition, DescribeFeatureGroupResponse]: ...
    async def describe_feature_metadata(
        self,
        *,
        feature_group_name: str,
        feature_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> DescribeFeatureMetadataResponse:
        """Shows the metadata for a feature within a feature group. (Operation since 2022-06-29.)

        Args:
            feature_group_name: The name of the feature group containing the feature. Since
                2022-06-29.
            feature_name: The name of the feature. Since 2022-06-29.

        Returns:
            DescribeFeatureMetadataResponse: the typed response.
        """

    async def describe_flow_definition(
        self,
        *,
        flow_definition_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> DescribeFlowDefinitionResponse:
        """Returns information about the specified flow definition. (Operation since 2019-12-04.)

        Args:
            flow_definition_name: The name of the flow definition. Since 2019-12-04.

        Returns:
            DescribeFlowDefinitionResponse: the typed response.
        """

    async def describe_hub(
        self,
        *,
        hub_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> DescribeHubResponse:
        """Describe a hub. (Operation since 2022-11-30.)

        Args:
            hub_name: The name of the hub to describe. Since 2022-11-30.

        Returns:
            DescribeHubResponse: the typed response.
        """

    async def describe_hub_content(
        self,
        *,
        hub_name: str,
        hub_content_type: HubContentType | HubContentTypeLiteral,
        hub_content_name: str,
        hub_content_version: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> DescribeHubContentResponse:
        """Describe the content of a hub. (Operation since 2022-11-30.)

        Args:
            hub_name: The name of the hub that contains the content to describe. Since
                2022-11-30.
            hub_content_type: The type of content in the hub. Since 2022-11-30.
            hub_content_name: The name of the content to describe. Since 2022-11-30.
            hub_content_version: The version of the content to describe. Since 2022-11-30.

        Returns:
            DescribeHubContentResponse: the typed response.
        """

    async def describe_human_task_ui(
        self,
        *,
        human_task_ui_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> DescribeHumanTaskUiResponse:
        """Returns information about the requested human task user interface (worker task template).
        (Operation since 2019-12-04.)

        Args:
            human_task_ui_name: The name of the human task user interface (worker task template)
                you want information about. Since 2019-12-04.

        Returns:
            DescribeHumanTaskUiResponse: the typed response.
        """

    async def describe_hyper_parameter_tuning_job(
        self,
        *,
        hyper_parameter_tuning_job_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> DescribeHyperParameterTuningJobResponse:
        """Returns a description of a hyperparameter tuning job, depending on the fields selected.
        These fields can include the name, Amazon Resource Name (ARN), job status of your tuning job
        and more. (Operation since 2018-06-04.)

        Args:
            hyper_parameter_tuning_job_name: The name of the tuning job. Since 2018-06-04.

        Returns:
            DescribeHyperParameterTuningJobResponse: the typed response.
        """

    async def describe_image(
        self,
        *,
        image_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> DescribeImageResponse:
        """Describes a SageMaker image. (Operation since 2020-10-26.)

        Args:
            image_name: The name of the image to describe. Since 2020-10-26.

        Returns:
            DescribeImageResponse: the typed response.
        """

    async def describe_image_version(
        self,
        *,
        image_name: str,
        version: int | None = None,
        alias: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> DescribeImageVersionResponse:
        """Describes a version of a SageMaker image. (Operation since 2020-10-26.)

        Args:
            image_name: The name of the image. Since 2020-10-26.
            version: The version of the image. If not specified, the latest version is
                described. Since 2020-10-26.
            alias: The alias of the image version. Since 2022-12-19.

        Returns:
            DescribeImageVersionResponse: the typed response.
        """

    async def describe_inference_component(
        self,
        *,
        inference_component_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> DescribeInferenceComponentOutput:
        """Returns information about an inference component. (Operation since 2023-11-29.)

        Args:
            inference_component_name: The name of the inference component. Since 2023-11-29.

        Returns:
            DescribeInferenceComponentOutput: the typed response.
        """

    async def describe_inference_experiment(
        self,
        *,
        name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> DescribeInferenceExperimentResponse:
        """Returns details about an inference experiment. (Operation since 2022-11-30.)

        Args:
            name: The name of the inference experiment to describe. Since 2022-11-30.

        Returns:
            DescribeInferenceExperimentResponse: the typed response.
        """

    async def describe_inference_recommendations_job(
        self,
        *,
        job_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> DescribeInferenceRecommendationsJobResponse:
        """Provides the results of the Inference Recommender job. One or more recommendation jobs are
        returned. (Operation since 2021-12-01.)

        Args:
            job_name: The name of the job. The name must be unique within an Amazon Web Services
                Region in the Amazon Web Services account. Since 2021-12-01.

        Returns:
            DescribeInferenceRecommendationsJobResponse: the typed response.
        """

    async def describe_job(
        self,
        *,
        job_name: str,
        job_category: JobCategory | JobCategoryLiteral,
        extra: Mapping[str, Any] | None = None,
    ) -> DescribeJobResponse:
        """Returns detailed information about a job, including its current status, secondary status,
        configuration, and timestamps. Use SecondaryStatus for granular progress tracking and
        SecondaryStatusTransitions to see the full history of status changes with timestamps.
        (Operation since 2026-06-02.)

        Args:
            job_name: The name of the job to describe. Since 2026-06-02.
            job_category: The category of the job. Since 2026-06-02.

        Returns:
            DescribeJobResponse: the typed response.
        """

    async def describe_job_schema_version(
        self,
        *,
        job_category: JobCategory | JobCategoryLiteral,
        job_config_schema_version: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> DescribeJobSchemaVersionResponse:
        """Returns the JSON schema for a specified job category and schema version. Use this schema to
        validate your JobConfigDocument before calling CreateJob. If you don't specify a schema
        version, the latest version is returned. The schema defines required fields, allowed values,
        and constraints for the job configuration. (Operation since 2026-06-02.)

        Args:
            job_category: The category of the job schema to describe. Since 2026-06-02.
            job_config_schema_version: The version of the schema to retrieve. If not specified,
                the latest version is returned. Since 2026-06-02.

        Returns:
            DescribeJobSchemaVersionResponse: the typed response.
        """

    async def describe_labeling_job(
        self,
        *,
        labeling_job_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> DescribeLabelingJobResponse:
        """Gets information about a labeling job. (Operation since 2018-11-28.)

        Args:
            labeling_job_name: The name of the labeling job to return information for. Since
                2018-11-28.

        Returns:
            DescribeLabelingJobResponse: the typed response.
        """

    async def describe_lineage_group(
        self,
        *,
        lineage_group_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> DescribeLineageGroupResponse:
        """Provides a list of properties for the requested lineage group. For more information, see
        Cross-Account Lineage Tracking in the Amazon SageMaker Developer Guide . (Operation since
        2021-12-01.)

        Args:
            lineage_group_name: The name of the lineage group. Since 2021-12-01.

        Returns:
            DescribeLineageGroupResponse: the typed response.
        """

    async def describe_mlflow_app(
        self,
        *,
        arn: str,
        extra: Mapping[str, Any] | None = None,
    ) -> DescribeMlflowAppResponse:
        """Returns information about an MLflow App. (Operation since 2025-12-02.)

        Args:
            arn: The ARN of the MLflow App for which to get information. Since 2025-12-02.

        Returns:
            DescribeMlflowAppResponse: the typed response.
        """

    async def describe_mlflow_tracking_server(
        self,
        *,
        tracking_server_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> DescribeMlflowTrackingServerResponse:
        """Returns information about an MLflow Tracking Server. (Operation since 2024-06-18.)

        Args:
            tracking_server_name: The name of the MLflow Tracking Server to describe. Since
                2024-06-18.

        Returns:
            DescribeMlflowTrackingServerResponse: the typed response.
        """

    async def describe_model(
        self,
        *,
        model_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> DescribeModelOutput:
        """Describes a model that you created using the CreateModel API.

        Args:
            model_name: The name of the model. Since 2017-11-29.

        Returns:
            DescribeModelOutput: the typed response.
        """

    async def describe_model_bias_job_definition(
        self,
        *,
        job_definition_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> DescribeModelBiasJobDefinitionResponse:
        """Returns a description of a model bias job definition. (Operation since 2020-12-08.)

        Args:
            job_definition_name: The name of the model bias job definition. The name must be
                unique within an Amazon Web Services Region in the Amazon Web Services account.
                Since 2020-12-08.

        Returns:
            DescribeModelBiasJobDefinitionResponse: the typed response.
        """

    async def describe_model_card(
        self,
        *,
        model_card_name: str,
        model_card_version: int | None = None,
        included_data: IncludedData | IncludedDataLiteral | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> DescribeModelCardResponse:
        """Describes the content, creation time, and security configuration of an Amazon SageMaker
        Model Card. (Operation since 2022-11-30.)

        Args:
            model_card_name: The name or Amazon Resource Name (ARN) of the model card to
                describe. Since 2022-11-30.
            model_card_version: The version of the model card to describe. If a version is not
                provided, then the latest version of the model card is described. Since 2022-11-30.
            included_data: Specifies the level of model card data to include in the response.
                Use this parameter to call DescribeModelCard without requiring kms:Decrypt
                permission on the customer-managed Amazon Web Services KMS key. Since 2026-06-04.

        Returns:
            DescribeModelCardResponse: the typed response.
        """

    async def describe_model_card_export_job(
        self,
        *,
        model_card_export_job_arn: str,
        extra: Mapping[str, Any] | None = None,
    ) -> DescribeModelCardExportJobResponse:
        """Describes an Amazon SageMaker Model Card export job. (Operation since 2022-11-30.)

        Args:
            model_card_export_job_arn: The Amazon Resource Name (ARN) of the model card export
                job to describe. Since 2022-11-30.

        Returns:
            DescribeModelCardExportJobResponse: the typed response.
        """

    async def describe_model_explainability_job_definition(
        self,
        *,
        job_definition_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> DescribeModelExplainabilityJobDefinitionResponse:
        """Returns a description of a model explainability job definition. (Operation since
        2020-12-08.)

        Args:
            job_definition_name: The name of the model explainability job definition. The name
                must be unique within an Amazon Web Services Region in the Amazon Web Services
                account. Since 2020-12-08.

        Returns:
            DescribeModelExplainabilityJobDefinitionResponse: the typed response.
        """

    async def describe_model_package(
        self,
        *,
        model_package_name: str,
        included_data: IncludedData | IncludedDataLiteral | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> DescribeModelPackageOutput:
        """Returns a description of the specified model package, which is used to create SageMaker
        models or list them on Amazon Web Services Marketplace. (Operation since 2018-11-28.)

        Args:
            model_package_name: The name or Amazon Resource Name (ARN) of the model package to
                describe. Since 2018-11-28.
            included_data: Specifies the level of model package data to include in the response.
                Use this parameter to call DescribeModelPackage on a model package that has an
                associated model card without requiring kms:Decrypt permission on the
                customer-managed KMS key associated with the embedded model card. Since 2026-06-04.

        Returns:
            DescribeModelPackageOutput: the typed response.
        """

    async def describe_model_package_group(
        self,
        *,
        model_package_group_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> DescribeModelPackageGroupOutput:
        """Gets a description for the specified model group. (Operation since 2020-12-01.)

        Args:
            model_package_group_name: The name of the model group to describe. Since 2020-12-01.

        Returns:
            DescribeModelPackageGroupOutput: the typed response.
        """

    async def describe_model_quality_job_definition(
        self,
        *,
        job_definition_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> DescribeModelQualityJobDefinitionResponse:
        """Returns a description of a model quality job definition. (Operation since 2020-12-08.)

        Args:
            job_definition_name: The name of the model quality job. The name must be unique
                within an Amazon Web Services Region in the Amazon Web Services account. Since
                2020-12-08.

        Returns:
            DescribeModelQualityJobDefinitionResponse: the typed response.
        """

    async def describe_monitoring_schedule(
        self,
        *,
        monitoring_schedule_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> DescribeMonitoringScheduleResponse:
        """Describes the schedule for a monitoring job. (Operation since 2019-12-04.)

        Args:
            monitoring_schedule_name: Name of a previously created monitoring schedule. Since
                2019-12-04.

        Returns:
            DescribeMonitoringScheduleResponse: the typed response.
        """

    async def describe_notebook_instance(
        self,
        *,
        notebook_instance_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> DescribeNotebookInstanceOutput:
        """Returns information about a notebook instance.

        Args:
            notebook_instance_name: The name of the notebook instance that you want information
                about. Since 2017-11-29.

        Returns:
            DescribeNotebookInstanceOutput: the typed response.
        """

    async def describe_notebook_instance_lifecycle_config(
        self,
        *,
        notebook_instance_lifecycle_config_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> DescribeNotebookInstanceLifecycleConfigOutput:
        """Returns a description of a notebook instance lifecycle configuration. (Operation since
        2018-03-15.)

        Args:
            notebook_instance_lifecycle_config_name: The name of the lifecycle configuration to
                describe. Since 2018-03-15.

        Returns:
            DescribeNotebookInstanceLifecycleConfigOutput: the typed response.
        """

    async def describe_optimization_job(
        self,
        *,
        optimization_job_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> DescribeOptimizationJobResponse:
        """Provides the properties of the specified optimization job. (Operation since 2024-07-09.)

        Args:
            optimization_job_name: The name that you assigned to the optimization job. Since
                2024-07-09.

        Returns:
            DescribeOptimizationJobResponse: the typed response.
        """

    async def describe_partner_app(
        self,
        *,
        arn: str,
        include_available_upgrade: bool | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> DescribePartnerAppResponse:
        """Gets information about a SageMaker Partner AI App. (Operation since 2024-12-04.)

        Args:
            arn: The ARN of the SageMaker Partner AI App to describe. Since 2024-12-04.
            include_available_upgrade: When set to TRUE, the response includes available upgrade
                information for the SageMaker Partner AI App. Default is FALSE. Since 2025-11-13.

        Returns:
            DescribePartnerAppResponse: the typed response.
        """

    async def describe_pipeline(
        self,
        *,
        pipeline_name: str,
        pipeline_version_id: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> DescribePipelineResponse:
        """Describes the details of a pipeline. (Operation since 2020-12-01.)

        Args:
            pipeline_name: The name or Amazon Resource Name (ARN) of the pipeline to describe.
                Since 2020-12-01.
            pipeline_version_id: The ID of the pipeline version to describe. Since 2025-07-15.

        Returns:
            DescribePipelineResponse: the typed response.
        """

    async def describe_pipeline_definition_for_execution(
        self,
        *,
        pipeline_execution_arn: str,
        extra: Mapping[str, Any] | None = None,
    ) -> DescribePipelineDefinitionForExecutionResponse:
        """Describes the details of an execution's pipeline definition. (Operation since 2020-12-01.)

        Args:
            pipeline_execution_arn: The Amazon Resource Name (ARN) of the pipeline execution.
                Since 2020-12-01.

        Returns:
            DescribePipelineDefinitionForExecutionResponse: the typed response.
        """

    async def describe_pipeline_execution(
        self,
        *,
        pipeline_execution_arn: str,
        extra: Mapping[str, Any] | None = None,
    ) -> DescribePipelineExecutionResponse:
        """Describes the details of a pipeline execution. (Operation since 2020-12-01.)

        Args:
            pipeline_execution_arn: The Amazon Resource Name (ARN) of the pipeline execution.
                Since 2020-12-01.

        Returns:
            DescribePipelineExecutionResponse: the typed response.
        """

    async def describe_processing_job(
        self,
        *,
        processing_job_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> DescribeProcessingJobResponse:
        """Returns a description of a processing job. (Operation since 2019-12-04.)

        Args:
            processing_job_name: The name of the processing job. The name must be unique within
                an Amazon Web Services Region in the Amazon Web Services account. Since 2019-12-04.

        Returns:
            DescribeProcessingJobResponse: the typed response.
        """

    async def describe_project(
        self,
        *,
        project_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> DescribeProjectOutput:
        """Describes the details of a project. (Operation since 2020-12-01.)

        Args:
            project_name: The name of the project to describe. Since 2020-12-01.

        Returns:
            DescribeProjectOutput: the typed response.
        """

    async def describe_reserved_capacity(
        self,
        *,
        reserved_capacity_arn: str,
        extra: Mapping[str, Any] | None = None,
    ) -> DescribeReservedCapacityResponse:
        """Retrieves details about a reserved capacity. (Operation since 2025-08-08.)

        Args:
            reserved_capacity_arn: ARN of the reserved capacity to describe. Since 2025-08-08.

        Returns:
            DescribeReservedCapacityResponse: the typed response.
        """

    async def describe_space(
        self,
        *,
        domain_id: str,
        space_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> DescribeSpaceResponse:
        """Describes the space. (Operation since 2022-11-30.)

        Args:
            domain_id: The ID of the associated domain. Since 2022-11-30.
            space_name: The name of the space. Since 2022-11-30.

        Returns:
            DescribeSpaceResponse: the typed response.
        """

    async def describe_studio_lifecycle_config(
        self,
        *,
        studio_lifecycle_config_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> DescribeStudioLifecycleConfigResponse:
        """Describes the Amazon SageMaker Studio Lifecycle Configuration. (Operation since 2021-09-10.)

        Args:
            studio_lifecycle_config_name: The name of the Amazon SageMaker Studio Lifecycle
                Configuration to describe. Since 2021-09-10.

        Returns:
            DescribeStudioLifecycleConfigResponse: the typed response.
        """

    async def describe_subscribed_workteam(
        self,
        *,
        workteam_arn: str,
        extra: Mapping[str, Any] | None = None,
    ) -> DescribeSubscribedWorkteamResponse:
        """Gets information about a work team provided by a vendor. It returns details about the
        subscription with a vendor in the AWS Marketplace. (Operation since 2018-11-28.)

        Args:
            workteam_arn: The Amazon Resource Name (ARN) of the subscribed work team to
                describe. Since 2018-11-28.

        Returns:
            DescribeSubscribedWorkteamResponse: the typed response.
        """

    async def describe_training_job(
        self,
        *,
        training_job_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> DescribeTrainingJobResponse:
        """Returns information about a training job.

        Args:
            training_job_name: The name of the training job. Since 2017-11-29.

        Returns:
            DescribeTrainingJobResponse: the typed response.
        """

    async def describe_training_plan(
        self,
        *,
        training_plan_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> DescribeTrainingPlanResponse:
        """Retrieves detailed information about a specific training plan. (Operation since 2024-12-04.)

        Args:
            training_plan_name: The name of the training plan to describe. Since 2024-12-04.

        Returns:
            DescribeTrainingPlanResponse: the typed response.
        """

    async def describe_training_plan_extension_history(
        self,
        *,
        training_plan_arn: str,
        next_token: str | None = None,
        max_results: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> DescribeTrainingPlanExtensionHistoryResponse:
        """Retrieves the extension history for a specified training plan. The response includes details
        about each extension, such as the offering ID, start and end dates, status, payment status,
        and cost information. (Operation since 2026-03-11.)

        Args:
            training_plan_arn: The Amazon Resource Name (ARN); of the training plan to retrieve
                extension history for. Since 2026-03-11.
            next_token: A token to continue pagination if more results are available. Since
                2026-03-11.
            max_results: The maximum number of extensions to return in the response. Since
                2026-03-11.

        Returns:
            DescribeTrainingPlanExtensionHistoryResponse: the typed response.
        """
    def paginate_describe_training_plan_extension_history(
        self,
        *,
        training_plan_arn: str,
        max_results: int | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> Pages[TrainingPlanExtension, DescribeTrainingPlanExtensionHistoryResponse]: ...
    async def describe_transform_job(
        self,
        *,
        transform_job_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> DescribeTransformJobResponse:
        """Returns information about a transform job. (Operation since 2018-07-17.)

        Args:
            transform_job_name: The name of the transform job that you want to view details of.
                Since 2018-07-17.

        Returns:
            DescribeTransformJobResponse: the typed response.
        """

    async def describe_trial(
        self,
        *,
        trial_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> DescribeTrialResponse:
        """Provides a list of a trial's properties. (Operation since 2019-12-04.)

        Args:
            trial_name: The name of the trial to describe. Since 2019-12-04.

        Returns:
            DescribeTrialResponse: the typed response.
        """

    async def describe_trial_component(
        self,
        *,
        trial_component_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> DescribeTrialComponentResponse:
        """Provides a list of a trials component's properties. (Operation since 2019-12-04.)

        Args:
            trial_component_name: The name of the trial component to describe. Since 2019-12-04.

        Returns:
            DescribeTrialComponentResponse: the typed response.
        """

    async def describe_user_profile(
        self,
        *,
        domain_id: str,
        user_profile_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> DescribeUserProfileResponse:
        """Describes a user profile. For more information, see CreateUserProfile. (Operation since
        2019-12-04.)

        Args:
            domain_id: The domain ID. Since 2019-12-04.
            user_profile_name: The user profile name. This value is not case sensitive. Since
                2019-12-04.

        Returns:
            DescribeUserProfileResponse: the typed response.
        """

    async def describe_workforce(
        self,
        *,
        workforce_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> DescribeWorkforceResponse:
        """Lists private workforce information, including workforce name, Amazon Resource Name (ARN),
        and, if applicable, allowed IP address ranges ( CIDRs). Allowable IP address ranges are the
        IP addresses that workers can use to access tasks. (Operation since 2020-01-16.)

        Args:
            workforce_name: The name of the private workforce whose access you want to restrict.
                WorkforceName is automatically set to default when a workforce is created and cannot
                be modified. Since 2020-01-16.

        Returns:
            DescribeWorkforceResponse: the typed response.
        """

    async def describe_workteam(
        self,
        *,
        workteam_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> DescribeWorkteamResponse:
        """Gets information about a specific work team. You can see information such as the create
        date, the last updated date, membership information, and the work team's Amazon Resource
        Name (ARN). (Operation since 2018-11-28.)

        Args:
            workteam_name: The name of the work team to return a description of. Since
                2018-11-28.

        Returns:
            DescribeWorkteamResponse: the typed response.
        """

    async def detach_cluster_node_volume(
        self,
        *,
        cluster_arn: str,
        node_id: str,
        volume_id: str,
        extra: Mapping[str, Any] | None = None,
    ) -> DetachClusterNodeVolumeResponse:
        """Detaches your Amazon Elastic Block Store (Amazon EBS) volume from a node in your
        EKS-orchestrated SageMaker HyperPod cluster. (Operation since 2025-08-04.)

        Args:
            cluster_arn: The Amazon Resource Name (ARN) of your SageMaker HyperPod cluster
                containing the target node. Your cluster must use EKS as the orchestration and be in
                the InService state. Since 2025-08-04.
            node_id: The unique identifier of the cluster node from which you want to detach the
                volume. Since 2025-08-04.
            volume_id: The unique identifier of your EBS volume that you want to detach. Your
                volume must be currently attached to the specified node. Since 2025-08-04.

        Returns:
            DetachClusterNodeVolumeResponse: the typed response.
        """

    async def disable_sagemaker_servicecatalog_portfolio(
        self,
        *,
        extra: Mapping[str, Any] | None = None,
    ) -> DisableSagemakerServicecatalogPortfolioOutput:
        """Disables using Service Catalog in SageMaker. Service Catalog is used to create SageMaker
        projects. (Operation since 2020-12-01.)

        Returns:
            DisableSagemakerServicecatalogPortfolioOutput: the typed response.
        """

    async def disassociate_trial_component(
        self,
        *,
        trial_component_name: str,
        trial_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> DisassociateTrialComponentResponse:
        """Disassociates a trial component from a trial. This doesn't effect other trials the component
        is associated with. Before you can delete a component, you must disassociate the component
        from all trials it is associated with. To associate a trial component with a trial, call the
        AssociateTrialComponent API. (Operation since 2019-12-04.)

        Args:
            trial_component_name: The name of the component to disassociate from the trial.
                Since 2019-12-04.
            trial_name: The name of the trial to disassociate from. Since 2019-12-04.

        Returns:
            DisassociateTrialComponentResponse: the typed response.
        """

    async def enable_sagemaker_servicecatalog_portfolio(
        self,
        *,
        extra: Mapping[str, Any] | None = None,
    ) -> EnableSagemakerServicecatalogPortfolioOutput:
        """Enables using Service Catalog in SageMaker. Service Catalog is used to create SageMaker
        projects. (Operation since 2020-12-01.)

        Returns:
            EnableSagemakerServicecatalogPortfolioOutput: the typed response.
        """

    async def extend_training_plan(
        self,
        *,
        training_plan_extension_offering_id: str,
        extra: Mapping[str, Any] | None = None,
    ) -> ExtendTrainingPlanResponse:
        """Extends an existing training plan by purchasing an extension offering. This allows you to
        add additional compute capacity time to your training plan without creating a new plan or
        reconfiguring your workloads. (Operation since 2026-03-11.)

        Args:
            training_plan_extension_offering_id: The unique identifier of the extension offering
                to purchase. You can retrieve this ID from the TrainingPlanExtensionOfferings in the
                response of the SearchTrainingPlanOfferings API. Since 2026-03-11.

        Returns:
            ExtendTrainingPlanResponse: the typed response.
        """

    async def get_device_fleet_report(
        self,
        *,
        device_fleet_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> GetDeviceFleetReportResponse:
        """Describes a fleet. (Operation since 2020-12-08.)

        Args:
            device_fleet_name: The name of the fleet. Since 2020-12-08.

        Returns:
            GetDeviceFleetReportResponse: the typed response.
        """

    async def get_lineage_group_policy(
        self,
        *,
        lineage_group_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> GetLineageGroupPolicyResponse:
        """The resource policy for the lineage group. (Operation since 2021-12-01.)

        Args:
            lineage_group_name: The name or Amazon Resource Name (ARN) of the lineage group.
                Since 2021-12-01.

        Returns:
            GetLineageGroupPolicyResponse: the typed response.
        """

    async def get_model_package_group_policy(
        self,
        *,
        model_package_group_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> GetModelPackageGroupPolicyOutput:
        """Gets a resource policy that manages access for a model group. For information about resource
        policies, see Identity-based policies and resource-based policies in the AWS Identity and
        Access Management User Guide. . (Operation since 2020-12-01.)

        Args:
            model_package_group_name: The name of the model group for which to get the resource
                policy. Since 2020-12-01.

        Returns:
            GetModelPackageGroupPolicyOutput: the typed response.
        """

    async def get_sagemaker_servicecatalog_portfolio_status(
        self,
        *,
        extra: Mapping[str, Any] | None = None,
    ) -> GetSagemakerServicecatalogPortfolioStatusOutput:
        """Gets the status of Service Catalog in SageMaker. Service Catalog is used to create SageMaker
        projects. (Operation since 2020-12-01.)

        Returns:
            GetSagemakerServicecatalogPortfolioStatusOutput: the typed response.
        """

    async def get_scaling_configuration_recommendation(
        self,
        *,
        inference_recommendations_job_name: str,
        recommendation_id: str | None = None,
        endpoint_name: str | None = None,
        target_cpu_utilization_per_core: int | None = None,
        scaling_policy_objective: ScalingPolicyObjective | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> GetScalingConfigurationRecommendationResponse:
        """Starts an Amazon SageMaker Inference Recommender autoscaling recommendation job. Returns
        recommendations for autoscaling policies that you can apply to your SageMaker endpoint.
        (Operation since 2023-08-02.)

        Args:
            inference_recommendations_job_name: The name of a previously completed Inference
                Recommender job. Since 2023-08-02.
            recommendation_id: The recommendation ID of a previously completed inference
                recommendation. This ID should come from one of the recommendations returned by the
                job specified in the InferenceRecommendationsJobName field. Since 2023-08-02.
            endpoint_name: The name of an endpoint benchmarked during a previously completed
                inference recommendation job. This name should come from one of the recommendations
                returned by the job specified in the InferenceRecommendationsJobName field. Since
                2023-08-02.
            target_cpu_utilization_per_core: The percentage of how much utilization you want an
                instance to use before autoscaling. The default value is 50%. Since 2023-08-02.
            scaling_policy_objective: An object where you specify the anticipated traffic
                pattern for an endpoint. Since 2023-08-02.

        Returns:
            GetScalingConfigurationRecommendationResponse: the typed response.
        """

    async def get_search_suggestions(
        self,
        *,
        resource: ResourceType | ResourceTypeLiteral,
        suggestion_query: SuggestionQuery | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> GetSearchSuggestionsResponse:
        """An auto-complete API for the search functionality in the SageMaker console. It returns
        suggestions of possible matches for the property name to use in Search queries. Provides
        suggestions for HyperParameters, Tags, and Metrics. (Operation since 2018-11-28.)

        Args:
            resource: The name of the SageMaker resource to search for. Since 2018-11-28.
            suggestion_query: Limits the property names that are included in the response. Since
                2018-11-28.

        Returns:
            GetSearchSuggestionsResponse: the typed response.
        """

    async def import_hub_content(
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
    ) -> ImportHubContentResponse:
        """Import hub content. (Operation since 2022-11-30.)

        Args:
            hub_content_name: The name of the hub content to import. Since 2022-11-30.
            hub_content_version: The version of the hub content to import. Since 2022-11-30.
            hub_content_type: The type of hub content to import. Since 2022-11-30.
            document_schema_version: The version of the hub content schema to import. Since
                2022-11-30.
            hub_name: The name of the hub to import content into. Since 2022-11-30.
            hub_content_display_name: The display name of the hub content to import. Since
                2022-11-30.
            hub_content_description: A description of the hub content to import. Since
                2022-11-30.
            hub_content_markdown: A string that provides a description of the hub content. This
                string can include links, tables, and standard markdown formating. Since 2022-11-30.
            hub_content_document: The hub content document that describes information about the
                hub content such as type, associated containers, scripts, and more. Since
                2022-11-30.
            support_status: The status of the hub content resource. Since 2025-02-27.
            hub_content_search_keywords: The searchable keywords of the hub content. Since
                2022-11-30.
            tags: Any tags associated with the hub content. Since 2022-11-30.

        Returns:
            ImportHubContentResponse: the typed response.
        """

    async def list_ai_benchmark_jobs(
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
    ) -> ListAIBenchmarkJobsResponse:
        """Returns a list of AI benchmark jobs in your account. You can filter the results by name,
        status, and creation time, and sort the results. The response is paginated. (Operation since
        2026-04-21.)

        Args:
            max_results: The maximum number of benchmark jobs to return in the response. Since
                2026-04-21.
            next_token: If the previous call to ListAIBenchmarkJobs didn't return the full set
                of jobs, the call returns a token for getting the next set. Since 2026-04-21.
            name_contains: A string in the job name. This filter returns only jobs whose name
                contains the specified string. Since 2026-04-21.
            status_equals: A filter that returns only benchmark jobs with the specified status.
                Since 2026-04-21.
            creation_time_after: A filter that returns only jobs created after the specified
                time. Since 2026-04-21.
            creation_time_before: A filter that returns only jobs created before the specified
                time. Since 2026-04-21.
            sort_by: The field to sort results by. The default is CreationTime. Since
                2026-04-21.
            sort_order: The sort order for results. The default is Descending. Since 2026-04-21.

        Returns:
            ListAIBenchmarkJobsResponse: the typed response.
        """
    def paginate_list_ai_benchmark_jobs(
        self,
        *,
        max_results: int | None = None,
        name_contains: str | None = None,
        status_equals: AIBenchmarkJobStatus | AIBenchmarkJobStatusLiteral | None = None,
        creation_time_after: datetime | None = None,
        creation_time_before: datetime | None = None,
        sort_by: ListAIBenchmarkJobsSortBy | ListAIBenchmarkJobsSortByLiteral | None = None,
        sort_order: SortOrder | SortOrderLiteral | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> Pages[AIBenchmarkJobSummary, ListAIBenchmarkJobsResponse]: ...
    async def list_ai_recommendation_jobs(
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
    ) -> ListAIRecommendationJobsResponse:
        """Returns a list of AI recommendation jobs in your account. You can filter the results by
        name, status, and creation time, and sort the results. The response is paginated. (Operation
        since 2026-04-21.)

        Args:
            max_results: The maximum number of recommendation jobs to return in the response.
                Since 2026-04-21.
            next_token: If the previous call to ListAIRecommendationJobs didn't return the full
                set of jobs, the call returns a token for getting the next set. Since 2026-04-21.
            name_contains: A string in the job name. This filter returns only jobs whose name
                contains the specified string. Since 2026-04-21.
            status_equals: A filter that returns only recommendation jobs with the specified
                status. Since 2026-04-21.
            creation_time_after: A filter that returns only jobs created after the specified
                time. Since 2026-04-21.
            creation_time_before: A filter that returns only jobs created before the specified
                time. Since 2026-04-21.
            sort_by: The field to sort results by. The default is CreationTime. Since
                2026-04-21.
            sort_order: The sort order for results. The default is Descending. Since 2026-04-21.

        Returns:
            ListAIRecommendationJobsResponse: the typed response.
        """
    def paginate_list_ai_recommendation_jobs(
        self,
        *,
        max_results: int | None = None,
        name_contains: str | None = None,
        status_equals: AIRecommendationJobStatus | AIRecommendationJobStatusLiteral | None = None,
        creation_time_after: datetime | None = None,
        creation_time_before: datetime | None = None,
        sort_by: ListAIRecommendationJobsSortBy | ListAIRecommendationJobsSortByLiteral | None = None,
        sort_order: SortOrder | SortOrderLiteral | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> Pages[AIRecommendationJobSummary, ListAIRecommendationJobsResponse]: ...
    async def list_ai_workload_configs(
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
    ) -> ListAIWorkloadConfigsResponse:
        """Returns a list of AI workload configurations in your account. You can filter the results by
        name and creation time, and sort the results. The response is paginated. (Operation since
        2026-04-21.)

        Args:
            max_results: The maximum number of AI workload configurations to return in the
                response. Since 2026-04-21.
            next_token: If the previous call to ListAIWorkloadConfigs didn't return the full set
                of configurations, the call returns a token for getting the next set of
                configurations. Since 2026-04-21.
            name_contains: A string in the configuration name. This filter returns only
                configurations whose name contains the specified string. Since 2026-04-21.
            creation_time_after: A filter that returns only configurations created after the
                specified time. Since 2026-04-21.
            creation_time_before: A filter that returns only configurations created before the
                specified time. Since 2026-04-21.
            sort_by: The field to sort results by. The default is CreationTime. Since
                2026-04-21.
            sort_order: The sort order for results. The default is Descending. Since 2026-04-21.

        Returns:
            ListAIWorkloadConfigsResponse: the typed response.
        """
    def paginate_list_ai_workload_configs(
        self,
        *,
        max_results: int | None = None,
        name_contains: str | None = None,
        creation_time_after: datetime | None = None,
        creation_time_before: datetime | None = None,
        sort_by: ListAIWorkloadConfigsSortBy | ListAIWorkloadConfigsSortByLiteral | None = None,
        sort_order: SortOrder | SortOrderLiteral | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> Pages[AIWorkloadConfigSummary, ListAIWorkloadConfigsResponse]: ...
    async def list_actions(
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
    ) -> ListActionsResponse:
        """Lists the actions in your account and their properties. (Operation since 2020-12-01.)

        Args:
            source_uri: A filter that returns only actions with the specified source URI. Since
                2020-12-01.
            action_type: A filter that returns only actions of the specified type. Since
                2020-12-01.
            created_after: A filter that returns only actions created on or after the specified
                time. Since 2020-12-01.
            created_before: A filter that returns only actions created on or before the
                specified time. Since 2020-12-01.
            sort_by: The property used to sort results. The default value is CreationTime .
                Since 2020-12-01.
            sort_order: The sort order. The default value is Descending . Since 2020-12-01.
            next_token: If the previous call to ListActions didn't return the full set of
                actions, the call returns a token for getting the next set of actions. Since
                2020-12-01.
            max_results: The maximum number of actions to return in the response. The default
                value is 10. Since 2020-12-01.

        Returns:
            ListActionsResponse: the typed response.
        """
    def paginate_list_actions(
        self,
        *,
        source_uri: str | None = None,
        action_type: str | None = None,
        created_after: datetime | None = None,
        created_before: datetime | None = None,
        sort_by: SortActionsBy | SortActionsByLiteral | None = None,
        sort_order: SortOrder | SortOrderLiteral | None = None,
        max_results: int | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> Pages[ActionSummary, ListActionsResponse]: ...
    async def list_algorithms(
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
    ) -> ListAlgorithmsOutput:
        """Lists the machine learning algorithms that have been created. (Operation since 2018-11-28.)

        Args:
            creation_time_after: A filter that returns only algorithms created after the
                specified time (timestamp). Since 2018-11-28.
            creation_time_before: A filter that returns only algorithms created before the
                specified time (timestamp). Since 2018-11-28.
            max_results: The maximum number of algorithms to return in the response. Since
                2018-11-28.
            name_contains: A string in the algorithm name. This filter returns only algorithms
                whose name contains the specified string. Since 2018-11-28.
            next_token: If the response to a previous ListAlgorithms request was truncated, the
                response includes a NextToken . To retrieve the next set of algorithms, use the
                token in the next request. Since 2018-11-28.
            sort_by: The parameter by which to sort the results. The default is CreationTime .
                Since 2018-11-28.
            sort_order: The sort order for the results. The default is Ascending . Since
                2018-11-28.

        Returns:
            ListAlgorithmsOutput: the typed response.
        """
    def paginate_list_algorithms(
        self,
        *,
        creation_time_after: datetime | None = None,
        creation_time_before: datetime | None = None,
        max_results: int | None = None,
        name_contains: str | None = None,
        sort_by: AlgorithmSortBy | AlgorithmSortByLiteral | None = None,
        sort_order: SortOrder | SortOrderLiteral | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> Pages[AlgorithmSummary, ListAlgorithmsOutput]: ...
    async def list_aliases(
        self,
        *,
        image_name: str,
        alias: str | None = None,
        version: int | None = None,
        max_results: int | None = None,
        next_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> ListAliasesResponse:
        """Lists the aliases of a specified image or image version. (Operation since 2022-12-19.)

        Args:
            image_name: The name of the image. Since 2022-12-19.
            alias: The alias of the image version. Since 2022-12-19.
            version: The version of the image. If image version is not specified, the aliases of
                all versions of the image are listed. Since 2022-12-19.
            max_results: The maximum number of aliases to return. Since 2022-12-19.
            next_token: If the previous call to ListAliases didn't return the full set of
                aliases, the call returns a token for retrieving the next set of aliases. Since
                2022-12-19.

        Returns:
            ListAliasesResponse: the typed response.
        """
    def paginate_list_aliases(
        self,
        *,
        image_name: str,
        alias: str | None = None,
        version: int | None = None,
        max_results: int | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> Pages[str, ListAliasesResponse]: ...
    async def list_app_image_configs(
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
    ) -> ListAppImageConfigsResponse:
        """Lists the AppImageConfigs in your account and their properties. The list can be filtered by
        creation time or modified time, and whether the AppImageConfig name contains a specified
        string. (Operation since 2020-10-26.)

        Args:
            max_results: The total number of items to return in the response. If the total
                number of items available is more than the value specified, a NextToken is provided
                in the response. To resume pagination, provide the NextToken value in the as part of
                a subsequent call. The default value is 10. Since 2020-10-26.
            next_token: If the previous call to ListImages didn't return the full set of
                AppImageConfigs, the call returns a token for getting the next set of
                AppImageConfigs. Since 2020-10-26.
            name_contains: A filter that returns only AppImageConfigs whose name contains the
                specified string. Since 2020-10-26.
            creation_time_before: A filter that returns only AppImageConfigs created on or
                before the specified time. Since 2020-10-26.
            creation_time_after: A filter that returns only AppImageConfigs created on or after
                the specified time. Since 2020-10-26.
            modified_time_before: A filter that returns only AppImageConfigs modified on or
                before the specified time. Since 2020-10-26.
            modified_time_after: A filter that returns only AppImageConfigs modified on or after
                the specified time. Since 2020-10-26.
            sort_by: The property used to sort results. The default value is CreationTime .
                Since 2020-10-26.
            sort_order: The sort order. The default value is Descending . Since 2020-10-26.

        Returns:
            ListAppImageConfigsResponse: the typed response.
        """
    def paginate_list_app_image_configs(
        self,
        *,
        max_results: int | None = None,
        name_contains: str | None = None,
        creation_time_before: datetime | None = None,
        creation_time_after: datetime | None = None,
        modified_time_before: datetime | None = None,
        modified_time_after: datetime | None = None,
        sort_by: AppImageConfigSortKey | AppImageConfigSortKeyLiteral | None = None,
        sort_order: SortOrder | SortOrderLiteral | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> Pages[AppImageConfigDetails, ListAppImageConfigsResponse]: ...
    async def list_apps(
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
    ) -> ListAppsResponse:
        """Lists apps. (Operation since 2019-12-04.)

        Args:
            next_token: If the previous response was truncated, you will receive this token. Use
                it in your next request to receive the next set of results. Since 2019-12-04.
            max_results: This parameter defines the maximum number of results that can be return
                in a single response. The MaxResults parameter is an upper bound, not a target. If
                there are more results available than the value specified, a NextToken is provided
                in the response. The NextToken indicates that the user should get the next set of
                results by providing this token as a part of a subsequent call. The default value
                for MaxResults is 10. Since 2019-12-04.
            sort_order: The sort order for the results. The default is Ascending. Since
                2019-12-04.
            sort_by: The parameter by which to sort the results. The default is CreationTime.
                Since 2019-12-04.
            domain_id_equals: A parameter to search for the domain ID. Since 2019-12-04.
            user_profile_name_equals: A parameter to search by user profile name. If
                SpaceNameEquals is set, then this value cannot be set. Since 2019-12-04.
            space_name_equals: A parameter to search by space name. If UserProfileNameEquals is
                set, then this value cannot be set. Since 2022-11-30.

        Returns:
            ListAppsResponse: the typed response.
        """
    def paginate_list_apps(
        self,
        *,
        max_results: int | None = None,
        sort_order: SortOrder | SortOrderLiteral | None = None,
        sort_by: AppSortKey | AppSortKeyLiteral | None = None,
        domain_id_equals: str | None = None,
        user_profile_name_equals: str | None = None,
        space_name_equals: str | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> Pages[AppDetails, ListAppsResponse]: ...
    async def list_artifacts(
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
    ) -> ListArtifactsResponse:
        """Lists the artifacts in your account and their properties. (Operation since 2020-12-01.)

        Args:
            source_uri: A filter that returns only artifacts with the specified source URI.
                Since 2020-12-01.
            artifact_type: A filter that returns only artifacts of the specified type. Since
                2020-12-01.
            created_after: A filter that returns only artifacts created on or after the
                specified time. Since 2020-12-01.
            created_before: A filter that returns only artifacts created on or before the
                specified time. Since 2020-12-01.
            sort_by: The property used to sort results. The default value is CreationTime .
                Since 2020-12-01.
            sort_order: The sort order. The default value is Descending . Since 2020-12-01.
            next_token: If the previous call to ListArtifacts didn't return the full set of
                artifacts, the call returns a token for getting the next set of artifacts. Since
                2020-12-01.
            max_results: The maximum number of artifacts to return in the response. The default
                value is 10. Since 2020-12-01.

        Returns:
            ListArtifactsResponse: the typed response.
        """
    def paginate_list_artifacts(
        self,
        *,
        source_uri: str | None = None,
        artifact_type: str | None = None,
        created_after: datetime | None = None,
        created_before: datetime | None = None,
        sort_by: SortArtifactsBy | SortArtifactsByLiteral | None = None,
        sort_order: SortOrder | SortOrderLiteral | None = None,
        max_results: int | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> Pages[ArtifactSummary, ListArtifactsResponse]: ...
    async def list_associations(
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
    ) -> ListAssociationsResponse:
        """Lists the associations in your account and their properties. (Operation since 2020-12-01.)

        Args:
            source_arn: A filter that returns only associations with the specified source ARN.
                Since 2020-12-01.
            destination_arn: A filter that returns only associations with the specified
                destination Amazon Resource Name (ARN). Since 2020-12-01.
            source_type: A filter that returns only associations with the specified source type.
                Since 2020-12-01.
            destination_type: A filter that returns only associations with the specified
                destination type. Since 2020-12-01.
            association_type: A filter that returns only associations of the specified type.
                Since 2020-12-01.
            created_after: A filter that returns only associations created on or after the
                specified time. Since 2020-12-01.
            created_before: A filter that returns only associations created on or before the
                specified time. Since 2020-12-01.
            sort_by: The property used to sort results. The default value is CreationTime .
                Since 2020-12-01.
            sort_order: The sort order. The default value is Descending . Since 2020-12-01.
            next_token: If the previous call to ListAssociations didn't return the full set of
                associations, the call returns a token for getting the next set of associations.
                Since 2020-12-01.
            max_results: The maximum number of associations to return in the response. The
                default value is 10. Since 2020-12-01.

        Returns:
            ListAssociationsResponse: the typed response.
        """
    def paginate_list_associations(
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
        max_results: int | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> Pages[AssociationSummary, ListAssociationsResponse]: ...
    async def list_auto_ml_jobs(
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
    ) -> ListAutoMLJobsResponse:
        """Request a list of jobs. (Operation since 2019-12-04.)

        Args:
            creation_time_after: Request a list of jobs, using a filter for time. Since
                2019-12-04.
            creation_time_before: Request a list of jobs, using a filter for time. Since
                2019-12-04.
            last_modified_time_after: Request a list of jobs, using a filter for time. Since
                2019-12-04.
            last_modified_time_before: Request a list of jobs, using a filter for time. Since
                2019-12-04.
            name_contains: Request a list of jobs, using a search filter for name. Since
                2019-12-04.
            status_equals: Request a list of jobs, using a filter for status. Since 2019-12-04.
            sort_order: The sort order for the results. The default is Descending . Since
                2019-12-04.
            sort_by: The parameter by which to sort the results. The default is Name . Since
                2019-12-04.
            max_results: Request a list of jobs up to a specified limit. Since 2019-12-04.
            next_token: If the previous response was truncated, you receive this token. Use it
                in your next request to receive the next set of results. Since 2019-12-04.

        Returns:
            ListAutoMLJobsResponse: the typed response.
        """
    def paginate_list_auto_ml_jobs(
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
        page_size: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> Pages[AutoMLJobSummary, ListAutoMLJobsResponse]: ...
    async def list_candidates_for_auto_ml_job(
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
    ) -> ListCandidatesForAutoMLJobResponse:
        """List the candidates created for the job. (Operation since 2019-12-04.)

        Args:
            auto_ml_job_name: List the candidates created for the job by providing the job's
                name. Since 2019-12-04.
            status_equals: List the candidates for the job and filter by status. Since
                2019-12-04.
            candidate_name_equals: List the candidates for the job and filter by candidate name.
                Since 2019-12-04.
            sort_order: The sort order for the results. The default is Ascending . Since
                2019-12-04.
            sort_by: The parameter by which to sort the results. The default is Descending .
                Since 2019-12-04.
            max_results: List the job's candidates up to a specified limit. Since 2019-12-04.
            next_token: If the previous response was truncated, you receive this token. Use it
                in your next request to receive the next set of results. Since 2019-12-04.

        Returns:
            ListCandidatesForAutoMLJobResponse: the typed response.
        """
    def paginate_list_candidates_for_auto_ml_job(
        self,
        *,
        auto_ml_job_name: str,
        status_equals: CandidateStatus | CandidateStatusLiteral | None = None,
        candidate_name_equals: str | None = None,
        sort_order: AutoMLSortOrder | AutoMLSortOrderLiteral | None = None,
        sort_by: CandidateSortBy | CandidateSortByLiteral | None = None,
        max_results: int | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> Pages[AutoMLCandidate, ListCandidatesForAutoMLJobResponse]: ...
    async def list_cluster_events(
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
    ) -> ListClusterEventsResponse:
        """Retrieves a list of event summaries for a specified HyperPod cluster. The operation supports
        filtering, sorting, and pagination of results. This functionality is only supported when the
        NodeProvisioningMode is set to Continuous. (Operation since 2025-08-05.)

        Args:
            cluster_name: The name or Amazon Resource Name (ARN) of the HyperPod cluster for
                which to list events. Since 2025-08-05.
            instance_group_name: The name of the instance group to filter events. If specified,
                only events related to this instance group are returned. Since 2025-08-05.
            node_id: The EC2 instance ID to filter events. If specified, only events related to
                this instance are returned. Since 2025-08-05.
            event_time_after: The start of the time range for filtering events. Only events that
                occurred after this time are included in the results. Since 2025-08-05.
            event_time_before: The end of the time range for filtering events. Only events that
                occurred before this time are included in the results. Since 2025-08-05.
            sort_by: The field to use for sorting the event list. Currently, the only supported
                value is EventTime. Since 2025-08-05.
            sort_order: The order in which to sort the results. Valid values are Ascending or
                Descending (the default is Descending). Since 2025-08-05.
            resource_type: The type of resource for which to filter events. Valid values are
                Cluster, InstanceGroup, or Instance. Since 2025-08-05.
            max_results: The maximum number of events to return in the response. Valid range is
                1 to 100. Since 2025-08-05.
            next_token: A token to retrieve the next set of results. This token is obtained from
                the output of a previous ListClusterEvents call. Since 2025-08-05.

        Returns:
            ListClusterEventsResponse: the typed response.
        """
    def paginate_list_cluster_events(
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
        page_size: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> Pages[ClusterEventSummary, ListClusterEventsResponse]: ...
    async def list_cluster_nodes(
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
    ) -> ListClusterNodesResponse:
        """Retrieves the list of instances (also called nodes interchangeably) in a SageMaker HyperPod
        cluster. (Operation since 2023-11-29.)

        Args:
            cluster_name: The string name or the Amazon Resource Name (ARN) of the SageMaker
                HyperPod cluster in which you want to retrieve the list of nodes. Since 2023-11-29.
            creation_time_after: A filter that returns nodes in a SageMaker HyperPod cluster
                created after the specified time. Timestamps are formatted according to the ISO 8601
                standard. Since 2023-11-29.
            creation_time_before: A filter that returns nodes in a SageMaker HyperPod cluster
                created before the specified time. The acceptable formats are the same as the
                timestamp formats for CreationTimeAfter. For more information about the timestamp
                format, see Timestamp in the Amazon Web Services Command Line Interface User Guide.
                Since 2023-11-29.
            instance_group_name_contains: A filter that returns the instance groups whose name
                contain a specified string. Since 2023-11-29.
            max_results: The maximum number of nodes to return in the response. Since
                2023-11-29.
            next_token: If the result of the previous ListClusterNodes request was truncated,
                the response includes a NextToken. To retrieve the next set of cluster nodes, use
                the token in the next request. Since 2023-11-29.
            sort_by: The field by which to sort results. The default value is CREATION_TIME.
                Since 2023-11-29.
            sort_order: The sort order for results. The default value is Ascending. Since
                2023-11-29.
            include_node_logical_ids: Specifies whether to include nodes that are still being
                provisioned in the response. When set to true, the response includes all nodes
                regardless of their provisioning status. When set to False (default), only nodes
                with assigned InstanceIds are returned. Since 2025-08-05.

        Returns:
            ListClusterNodesResponse: the typed response.
        """
    def paginate_list_cluster_nodes(
        self,
        *,
        cluster_name: str,
        creation_time_after: datetime | None = None,
        creation_time_before: datetime | None = None,
        instance_group_name_contains: str | None = None,
        max_results: int | None = None,
        sort_by: ClusterSortBy | ClusterSortByLiteral | None = None,
        sort_order: SortOrder | SortOrderLiteral | None = None,
        include_node_logical_ids: bool | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> Pages[ClusterNodeSummary, ListClusterNodesResponse]: ...
    async def list_cluster_scheduler_configs(
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
    ) -> ListClusterSchedulerConfigsResponse:
        """List the cluster policy configurations. (Operation since 2024-12-04.)

        Args:
            created_after: Filter for after this creation time. The input for this parameter is
                a Unix timestamp. To convert a date and time into a Unix timestamp, see
                EpochConverter. Since 2024-12-04.
            created_before: Filter for before this creation time. The input for this parameter
                is a Unix timestamp. To convert a date and time into a Unix timestamp, see
                EpochConverter. Since 2024-12-04.
            name_contains: Filter for name containing this string. Since 2024-12-04.
            cluster_arn: Filter for ARN of the cluster. Since 2024-12-04.
            status: Filter for status. Since 2024-12-04.
            sort_by: Filter for sorting the list by a given value. For example, sort by name,
                creation time, or status. Since 2024-12-04.
            sort_order: The order of the list. By default, listed in Descending order according
                to by SortBy . To change the list order, you can specify SortOrder to be Ascending .
                Since 2024-12-04.
            next_token: If the previous response was truncated, you will receive this token. Use
                it in your next request to receive the next set of results. Since 2024-12-04.
            max_results: The maximum number of cluster policies to list. Since 2024-12-04.

        Returns:
            ListClusterSchedulerConfigsResponse: the typed response.
        """
    def paginate_list_cluster_scheduler_configs(
        self,
        *,
        created_after: datetime | None = None,
        created_before: datetime | None = None,
        name_contains: str | None = None,
        cluster_arn: str | None = None,
        status: SchedulerResourceStatus | SchedulerResourceStatusLiteral | None = None,
        sort_by: SortClusterSchedulerConfigBy | SortClusterSchedulerConfigByLiteral | None = None,
        sort_order: SortOrder | SortOrderLiteral | None = None,
        max_results: int | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> Pages[ClusterSchedulerConfigSummary, ListClusterSchedulerConfigsResponse]: ...
    async def list_clusters(
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
    ) -> ListClustersResponse:
        """Retrieves the list of SageMaker HyperPod clusters. (Operation since 2023-11-29.)

        Args:
            creation_time_after: Set a start time for the time range during which you want to
                list SageMaker HyperPod clusters. Timestamps are formatted according to the ISO 8601
                standard. Since 2023-11-29.
            creation_time_before: Set an end time for the time range during which you want to
                list SageMaker HyperPod clusters. A filter that returns nodes in a SageMaker
                HyperPod cluster created before the specified time. The acceptable formats are the
                same as the timestamp formats for CreationTimeAfter. For more information about the
                timestamp format, see Timestamp in the Amazon Web Services Command Line Interface
                User Guide. Since 2023-11-29.
            max_results: Specifies the maximum number of clusters to evaluate for the operation
                (not necessarily the number of matching items). After SageMaker processes the number
                of clusters up to MaxResults, it stops the operation and returns the matching
                clusters up to that point. If all the matching clusters are desired, SageMaker will
                go through all the clusters until NextToken is empty. Since 2023-11-29.
            name_contains: Set the maximum number of instances to print in the list. Since
                2023-11-29.
            next_token: Set the next token to retrieve the list of SageMaker HyperPod clusters.
                Since 2023-11-29.
            sort_by: The field by which to sort results. The default value is CREATION_TIME.
                Since 2023-11-29.
            sort_order: The sort order for results. The default value is Ascending. Since
                2023-11-29.
            training_plan_arn: The Amazon Resource Name (ARN); of the training plan to filter
                clusters by. For more information about reserving GPU capacity for your SageMaker
                HyperPod clusters using Amazon SageMaker Training Plan, see ``CreateTrainingPlan ``.
                Since 2024-12-04.

        Returns:
            ListClustersResponse: the typed response.
        """
    def paginate_list_clusters(
        self,
        *,
        creation_time_after: datetime | None = None,
        creation_time_before: datetime | None = None,
        max_results: int | None = None,
        name_contains: str | None = None,
        sort_by: ClusterSortBy | ClusterSortByLiteral | None = None,
        sort_order: SortOrder | SortOrderLiteral | None = None,
        training_plan_arn: str | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> Pages[ClusterSummary, ListClustersResponse]: ...
    async def list_code_repositories(
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
    ) -> ListCodeRepositoriesOutput:
        """Gets a list of the git repositories in your account. (Operation since 2018-11-28.)

        Args:
            creation_time_after: A filter that returns only git repositories that were created
                after the specified time. Since 2018-11-28.
            creation_time_before: A filter that returns only git repositories that were created
                before the specified time. Since 2018-11-28.
            last_modified_time_after: A filter that returns only git repositories that were last
                modified after the specified time. Since 2018-11-28.
            last_modified_time_before: A filter that returns only git repositories that were
                last modified before the specified time. Since 2018-11-28.
            max_results: The maximum number of git repositories to return in the response. Since
                2018-11-28.
            name_contains: A string in the git repositories name. This filter returns only
                repositories whose name contains the specified string. Since 2018-11-28.
            next_token: If the result of a ListCodeRepositoriesOutput request was truncated, the
                response includes a NextToken . To get the next set of git repositories, use the
                token in the next request. Since 2018-11-28.
            sort_by: The field to sort results by. The default is Name . Since 2018-11-28.
            sort_order: The sort order for results. The default is Ascending . Since 2018-11-28.

        Returns:
            ListCodeRepositoriesOutput: the typed response.
        """
    def paginate_list_code_repositories(
        self,
        *,
        creation_time_after: datetime | None = None,
        creation_time_before: datetime | None = None,
        last_modified_time_after: datetime | None = None,
        last_modified_time_before: datetime | None = None,
        max_results: int | None = None,
        name_contains: str | None = None,
        sort_by: CodeRepositorySortBy | CodeRepositorySortByLiteral | None = None,
        sort_order: CodeRepositorySortOrder | CodeRepositorySortOrderLiteral | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> Pages[CodeRepositorySummary, ListCodeRepositoriesOutput]: ...
    async def list_compilation_jobs(
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
    ) -> ListCompilationJobsResponse:
        """Lists model compilation jobs that satisfy various filters. (Operation since 2018-11-28.)

        Args:
            next_token: If the result of the previous ListCompilationJobs request was truncated,
                the response includes a NextToken . To retrieve the next set of model compilation
                jobs, use the token in the next request. Since 2018-11-28.
            max_results: The maximum number of model compilation jobs to return in the response.
                Since 2018-11-28.
            creation_time_after: A filter that returns the model compilation jobs that were
                created after a specified time. Since 2018-11-28.
            creation_time_before: A filter that returns the model compilation jobs that were
                created before a specified time. Since 2018-11-28.
            last_modified_time_after: A filter that returns the model compilation jobs that were
                modified after a specified time. Since 2018-11-28.
            last_modified_time_before: A filter that returns the model compilation jobs that
                were modified before a specified time. Since 2018-11-28.
            name_contains: A filter that returns the model compilation jobs whose name contains
                a specified string. Since 2018-11-28.
            status_equals: A filter that retrieves model compilation jobs with a specific
                CompilationJobStatus status. Since 2018-11-28.
            sort_by: The field by which to sort results. The default is CreationTime . Since
                2018-12-19.
            sort_order: The sort order for results. The default is Ascending . Since 2018-12-19.

        Returns:
            ListCompilationJobsResponse: the typed response.
        """
    def paginate_list_compilation_jobs(
        self,
        *,
        max_results: int | None = None,
        creation_time_after: datetime | None = None,
        creation_time_before: datetime | None = None,
        last_modified_time_after: datetime | None = None,
        last_modified_time_before: datetime | None = None,
        name_contains: str | None = None,
        status_equals: CompilationJobStatus | CompilationJobStatusLiteral | None = None,
        sort_by: ListCompilationJobsSortBy | ListCompilationJobsSortByLiteral | None = None,
        sort_order: SortOrder | SortOrderLiteral | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> Pages[CompilationJobSummary, ListCompilationJobsResponse]: ...
    async def list_compute_quotas(
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
    ) -> ListComputeQuotasResponse:
        """List the resource allocation definitions. (Operation since 2024-12-04.)

        Args:
            created_after: Filter for after this creation time. The input for this parameter is
                a Unix timestamp. To convert a date and time into a Unix timestamp, see
                EpochConverter. Since 2024-12-04.
            created_before: Filter for before this creation time. The input for this parameter
                is a Unix timestamp. To convert a date and time into a Unix timestamp, see
                EpochConverter. Since 2024-12-04.
            name_contains: Filter for name containing this string. Since 2024-12-04.
            status: Filter for status. Since 2024-12-04.
            cluster_arn: Filter for ARN of the cluster. Since 2024-12-04.
            sort_by: Filter for sorting the list by a given value. For example, sort by name,
                creation time, or status. Since 2024-12-04.
            sort_order: The order of the list. By default, listed in Descending order according
                to by SortBy. To change the list order, you can specify SortOrder to be Ascending.
                Since 2024-12-04.
            next_token: If the previous response was truncated, you will receive this token. Use
                it in your next request to receive the next set of results. Since 2024-12-04.
            max_results: The maximum number of compute allocation definitions to list. Since
                2024-12-04.

        Returns:
            ListComputeQuotasResponse: the typed response.
        """
    def paginate_list_compute_quotas(
        self,
        *,
        created_after: datetime | None = None,
        created_before: datetime | None = None,
        name_contains: str | None = None,
        status: SchedulerResourceStatus | SchedulerResourceStatusLiteral | None = None,
        cluster_arn: str | None = None,
        sort_by: SortQuotaBy | SortQuotaByLiteral | None = None,
        sort_order: SortOrder | SortOrderLiteral | None = None,
        max_results: int | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> Pages[ComputeQuotaSummary, ListComputeQuotasResponse]: ...
    async def list_contexts(
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
    ) -> ListContextsResponse:
        """Lists the contexts in your account and their properties. (Operation since 2020-12-01.)

        Args:
            source_uri: A filter that returns only contexts with the specified source URI. Since
                2020-12-01.
            context_type: A filter that returns only contexts of the specified type. Since
                2020-12-01.
            created_after: A filter that returns only contexts created on or after the specified
                time. Since 2020-12-01.
            created_before: A filter that returns only contexts created on or before the
                specified time. Since 2020-12-01.
            sort_by: The property used to sort results. The default value is CreationTime .
                Since 2020-12-01.
            sort_order: The sort order. The default value is Descending . Since 2020-12-01.
            next_token: If the previous call to ListContexts didn't return the full set of
                contexts, the call returns a token for getting the next set of contexts. Since
                2020-12-01.
            max_results: The maximum number of contexts to return in the response. The default
                value is 10. Since 2020-12-01.

        Returns:
            ListContextsResponse: the typed response.
        """
    def paginate_list_contexts(
        self,
        *,
        source_uri: str | None = None,
        context_type: str | None = None,
        created_after: datetime | None = None,
        created_before: datetime | None = None,
        sort_by: SortContextsBy | SortContextsByLiteral | None = None,
        sort_order: SortOrder | SortOrderLiteral | None = None,
        max_results: int | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> Pages[ContextSummary, ListContextsResponse]: ...
    async def list_data_quality_job_definitions(
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
    ) -> ListDataQualityJobDefinitionsResponse:
        """Lists the data quality job definitions in your account. (Operation since 2020-12-08.)

        Args:
            endpoint_name: A filter that lists the data quality job definitions associated with
                the specified endpoint. Since 2020-12-08.
            sort_by: The field to sort results by. The default is CreationTime . Since
                2020-12-08.
            sort_order: The sort order for results. The default is Descending . Since
                2020-12-08.
            next_token: If the result of the previous ListDataQualityJobDefinitions request was
                truncated, the response includes a NextToken . To retrieve the next set of transform
                jobs, use the token in the next request.> Since 2020-12-08.
            max_results: The maximum number of data quality monitoring job definitions to return
                in the response. Since 2020-12-08.
            name_contains: A string in the data quality monitoring job definition name. This
                filter returns only data quality monitoring job definitions whose name contains the
                specified string. Since 2020-12-08.
            creation_time_before: A filter that returns only data quality monitoring job
                definitions created before the specified time. Since 2020-12-08.
            creation_time_after: A filter that returns only data quality monitoring job
                definitions created after the specified time. Since 2020-12-08.

        Returns:
            ListDataQualityJobDefinitionsResponse: the typed response.
        """
    def paginate_list_data_quality_job_definitions(
        self,
        *,
        endpoint_name: str | None = None,
        sort_by: MonitoringJobDefinitionSortKey | MonitoringJobDefinitionSortKeyLiteral | None = None,
        sort_order: SortOrder | SortOrderLiteral | None = None,
        max_results: int | None = None,
        name_contains: str | None = None,
        creation_time_before: datetime | None = None,
        creation_time_after: datetime | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> Pages[MonitoringJobDefinitionSummary, ListDataQualityJobDefinitionsResponse]: ...
    async def list_device_fleets(
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
    ) -> ListDeviceFleetsResponse:
        """Returns a list of devices in the fleet. (Operation since 2020-12-08.)

        Args:
            next_token: The response from the last list when returning a list large enough to
                need tokening. Since 2020-12-08.
            max_results: The maximum number of results to select. Since 2020-12-08.
            creation_time_after: Filter fleets where packaging job was created after specified
                time. Since 2020-12-08.
            creation_time_before: Filter fleets where the edge packaging job was created before
                specified time. Since 2020-12-08.
            last_modified_time_after: Select fleets where the job was updated after X Since
                2020-12-08.
            last_modified_time_before: Select fleets where the job was updated before X Since
                2020-12-08.
            name_contains: Filter for fleets containing this name in their fleet device name.
                Since 2020-12-08.
            sort_by: The column to sort by. Since 2020-12-08.
            sort_order: What direction to sort in. Since 2020-12-08.

        Returns:
            ListDeviceFleetsResponse: the typed response.
        """
    def paginate_list_device_fleets(
        self,
        *,
        max_results: int | None = None,
        creation_time_after: datetime | None = None,
        creation_time_before: datetime | None = None,
        last_modified_time_after: datetime | None = None,
        last_modified_time_before: datetime | None = None,
        name_contains: str | None = None,
        sort_by: ListDeviceFleetsSortBy | ListDeviceFleetsSortByLiteral | None = None,
        sort_order: SortOrder | SortOrderLiteral | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> Pages[DeviceFleetSummary, ListDeviceFleetsResponse]: ...
    async def list_devices(
        self,
        *,
        next_token: str | None = None,
        max_results: int | None = None,
        latest_heartbeat_after: datetime | None = None,
        model_name: str | None = None,
        device_fleet_name: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> ListDevicesResponse:
        """A list of devices. (Operation since 2020-12-08.)

        Args:
            next_token: The response from the last list when returning a list large enough to
                need tokening. Since 2020-12-08.
            max_results: Maximum number of results to select. Since 2020-12-08.
            latest_heartbeat_after: Select fleets where the job was updated after X Since
                2020-12-08.
            model_name: A filter that searches devices that contains this name in any of their
                models. Since 2020-12-08.
            device_fleet_name: Filter for fleets containing this name in their device fleet
                name. Since 2020-12-08.

        Returns:
            ListDevicesResponse: the typed response.
        """
    def paginate_list_devices(
        self,
        *,
        max_results: int | None = None,
        latest_heartbeat_after: datetime | None = None,
        model_name: str | None = None,
        device_fleet_name: str | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> Pages[DeviceSummary, ListDevicesResponse]: ...
    async def list_domains(
        self,
        *,
        next_token: str | None = None,
        max_results: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> ListDomainsResponse:
        """Lists the domains. (Operation since 2019-12-04.)

        Args:
            next_token: If the previous response was truncated, you will receive this token. Use
                it in your next request to receive the next set of results. Since 2019-12-04.
            max_results: Returns a list up to a specified limit. Since 2019-12-04.

        Returns:
            ListDomainsResponse: the typed response.
        """
    def paginate_list_domains(
        self,
        *,
        max_results: int | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> Pages[DomainDetails, ListDomainsResponse]: ...
    async def list_edge_deployment_plans(
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
    ) -> ListEdgeDeploymentPlansResponse:
        """Lists all edge deployment plans. (Operation since 2022-07-18.)

        Args:
            next_token: The response from the last list when returning a list large enough to
                need tokening. Since 2022-07-18.
            max_results: The maximum number of results to select (50 by default). Since
                2022-07-18.
            creation_time_after: Selects edge deployment plans created after this time. Since
                2022-07-18.
            creation_time_before: Selects edge deployment plans created before this time. Since
                2022-07-18.
            last_modified_time_after: Selects edge deployment plans that were last updated after
                this time. Since 2022-07-18.
            last_modified_time_before: Selects edge deployment plans that were last updated
                before this time. Since 2022-07-18.
            name_contains: Selects edge deployment plans with names containing this name. Since
                2022-07-18.
            device_fleet_name_contains: Selects edge deployment plans with a device fleet name
                containing this name. Since 2022-07-18.
            sort_by: The column by which to sort the edge deployment plans. Can be one of NAME ,
                DEVICEFLEETNAME , CREATIONTIME , LASTMODIFIEDTIME . Since 2022-07-18.
            sort_order: The direction of the sorting (ascending or descending). Since
                2022-07-18.

        Returns:
            ListEdgeDeploymentPlansResponse: the typed response.
        """
    def paginate_list_edge_deployment_plans(
        self,
        *,
        max_results: int | None = None,
        creation_time_after: datetime | None = None,
        creation_time_before: datetime | None = None,
        last_modified_time_after: datetime | None = None,
        last_modified_time_before: datetime | None = None,
        name_contains: str | None = None,
        device_fleet_name_contains: str | None = None,
        sort_by: ListEdgeDeploymentPlansSortBy | ListEdgeDeploymentPlansSortByLiteral | None = None,
        sort_order: SortOrder | SortOrderLiteral | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> Pages[EdgeDeploymentPlanSummary, ListEdgeDeploymentPlansResponse]: ...
    async def list_edge_packaging_jobs(
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
    ) -> ListEdgePackagingJobsResponse:
        """Returns a list of edge packaging jobs. (Operation since 2020-12-08.)

        Args:
            next_token: The response from the last list when returning a list large enough to
                need tokening. Since 2020-12-08.
            max_results: Maximum number of results to select. Since 2020-12-08.
            creation_time_after: Select jobs where the job was created after specified time.
                Since 2020-12-08.
            creation_time_before: Select jobs where the job was created before specified time.
                Since 2020-12-08.
            last_modified_time_after: Select jobs where the job was updated after specified
                time. Since 2020-12-08.
            last_modified_time_before: Select jobs where the job was updated before specified
                time. Since 2020-12-08.
            name_contains: Filter for jobs containing this name in their packaging job name.
                Since 2020-12-08.
            model_name_contains: Filter for jobs where the model name contains this string.
                Since 2020-12-08.
            status_equals: The job status to filter for. Since 2020-12-08.
            sort_by: Use to specify what column to sort by. Since 2020-12-08.
            sort_order: What direction to sort by. Since 2020-12-08.

        Returns:
            ListEdgePackagingJobsResponse: the typed response.
        """
    def paginate_list_edge_packaging_jobs(
        self,
        *,
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
        page_size: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> Pages[EdgePackagingJobSummary, ListEdgePackagingJobsResponse]: ...
    async def list_endpoint_configs(
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
    ) -> ListEndpointConfigsOutput:
        """Lists endpoint configurations.

        Args:
            sort_by: The field to sort results by. The default is CreationTime . Since
                2017-11-29.
            sort_order: The sort order for results. The default is Ascending . Since 2017-11-29.
            next_token: If the result of the previous ListEndpointConfig request was truncated,
                the response includes a NextToken . To retrieve the next set of endpoint
                configurations, use the token in the next request. Since 2017-11-29.
            max_results: The maximum number of training jobs to return in the response. Since
                2017-11-29.
            name_contains: A string in the endpoint configuration name. This filter returns only
                endpoint configurations whose name contains the specified string. Since 2017-11-29.
            creation_time_before: A filter that returns only endpoint configurations created
                before the specified time (timestamp). Since 2017-11-29.
            creation_time_after: A filter that returns only endpoint configurations created
                after the specified time (timestamp). Since 2017-11-29.

        Returns:
            ListEndpointConfigsOutput: the typed response.
        """
    def paginate_list_endpoint_configs(
        self,
        *,
        sort_by: EndpointConfigSortKey | EndpointConfigSortKeyLiteral | None = None,
        sort_order: OrderKey | OrderKeyLiteral | None = None,
        max_results: int | None = None,
        name_contains: str | None = None,
        creation_time_before: datetime | None = None,
        creation_time_after: datetime | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> Pages[EndpointConfigSummary, ListEndpointConfigsOutput]: ...
    async def list_endpoints(
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
    ) -> ListEndpointsOutput:
        """Lists endpoints.

        Args:
            sort_by: Sorts the list of results. The default is CreationTime . Since 2017-11-29.
            sort_order: The sort order for results. The default is Descending . Since
                2017-11-29.
            next_token: If the result of a ListEndpoints request was truncated, the response
                includes a NextToken . To retrieve the next set of endpoints, use the token in the
                next request. Since 2017-11-29.
            max_results: The maximum number of endpoints to return in the response. This value
                defaults to 10. Since 2017-11-29.
            name_contains: A string in endpoint names. This filter returns only endpoints whose
                name contains the specified string. Since 2017-11-29.
            creation_time_before: A filter that returns only endpoints that were created before
                the specified time (timestamp). Since 2017-11-29.
            creation_time_after: A filter that returns only endpoints with a creation time
                greater than or equal to the specified time (timestamp). Since 2017-11-29.
            last_modified_time_before: A filter that returns only endpoints that were modified
                before the specified timestamp. Since 2017-11-29.
            last_modified_time_after: A filter that returns only endpoints that were modified
                after the specified timestamp. Since 2017-11-29.
            status_equals: A filter that returns only endpoints with the specified status. Since
                2017-11-29.

        Returns:
            ListEndpointsOutput: the typed response.
        """
    def paginate_list_endpoints(
        self,
        *,
        sort_by: EndpointSortKey | EndpointSortKeyLiteral | None = None,
        sort_order: OrderKey | OrderKeyLiteral | None = None,
        max_results: int | None = None,
        name_contains: str | None = None,
        creation_time_before: datetime | None = None,
        creation_time_after: datetime | None = None,
        last_modified_time_before: datetime | None = None,
        last_modified_time_after: datetime | None = None,
        status_equals: EndpointStatus | EndpointStatusLiteral | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> Pages[EndpointSummary, ListEndpointsOutput]: ...
    async def list_experiments(
        self,
        *,
        created_after: datetime | None = None,
        created_before: datetime | None = None,
        sort_by: SortExperimentsBy | SortExperimentsByLiteral | None = None,
        sort_order: SortOrder | SortOrderLiteral | None = None,
        next_token: str | None = None,
        max_results: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> ListExperimentsResponse:
        """Lists all the experiments in your account. The list can be filtered to show only experiments
        that were created in a specific time range. The list can be sorted by experiment name or
        creation time. (Operation since 2019-12-04.)

        Args:
            created_after: A filter that returns only experiments created after the specified
                time. Since 2019-12-04.
            created_before: A filter that returns only experiments created before the specified
                time. Since 2019-12-04.
            sort_by: The property used to sort results. The default value is CreationTime .
                Since 2019-12-04.
            sort_order: The sort order. The default value is Descending . Since 2019-12-04.
            next_token: If the previous call to ListExperiments didn't return the full set of
                experiments, the call returns a token for getting the next set of experiments. Since
                2019-12-04.
            max_results: The maximum number of experiments to return in the response. Since
                2019-12-04.

        Returns:
            ListExperimentsResponse: the typed response.
        """
    def paginate_list_experiments(
        self,
        *,
        created_after: datetime | None = None,
        created_before: datetime | None = None,
        sort_by: SortExperimentsBy | SortExperimentsByLiteral | None = None,
        sort_order: SortOrder | SortOrderLiteral | None = None,
        max_results: int | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> Pages[ExperimentSummary, ListExperimentsResponse]: ...
    async def list_feature_groups(
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
    ) -> ListFeatureGroupsResponse:
        """List FeatureGroup s based on given filter and order. (Operation since 2020-12-01.)

        Args:
            name_contains: A string that partially matches one or more FeatureGroup s names.
                Filters FeatureGroup s by name. Since 2020-12-01.
            feature_group_status_equals: A FeatureGroup status. Filters by FeatureGroup status.
                Since 2020-12-01.
            offline_store_status_equals: An OfflineStore status. Filters by OfflineStore status.
                Since 2020-12-01.
            creation_time_after: Use this parameter to search for FeatureGroups s created after
                a specific date and time. Since 2020-12-01.
            creation_time_before: Use this parameter to search for FeatureGroups s created
                before a specific date and time. Since 2020-12-01.
            sort_order: The order in which feature groups are listed. Since 2020-12-01.
            sort_by: The value on which the feature group list is sorted. Since 2020-12-01.
            max_results: The maximum number of results returned by ListFeatureGroups . Since
                2020-12-01.
            next_token: A token to resume pagination of ListFeatureGroups results. Since
                2020-12-01.

        Returns:
            ListFeatureGroupsResponse: the typed response.
        """
    def paginate_list_feature_groups(
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
        page_size: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> Pages[FeatureGroupSummary, ListFeatureGroupsResponse]: ...
    async def list_flow_definitions(
        self,
        *,
        creation_time_after: datetime | None = None,
        creation_time_before: datetime | None = None,
        sort_order: SortOrder | SortOrderLiteral | None = None,
        next_token: str | None = None,
        max_results: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> ListFlowDefinitionsResponse:
        """Returns information about the flow definitions in your account. (Operation since
        2019-12-04.)

        Args:
            creation_time_after: A filter that returns only flow definitions with a creation
                time greater than or equal to the specified timestamp. Since 2019-12-04.
            creation_time_before: A filter that returns only flow definitions that were created
                before the specified timestamp. Since 2019-12-04.
            sort_order: An optional value that specifies whether you want the results sorted in
                Ascending or Descending order. Since 2019-12-04.
            next_token: A token to resume pagination. Since 2019-12-04.
            max_results: The total number of items to return. If the total number of available
                items is more than the value specified in MaxResults , then a NextToken will be
                provided in the output that you can use to resume pagination. Since 2019-12-04.

        Returns:
            ListFlowDefinitionsResponse: the typed response.
        """
    def paginate_list_flow_definitions(
        self,
        *,
        creation_time_after: datetime | None = None,
        creation_time_before: datetime | None = None,
        sort_order: SortOrder | SortOrderLiteral | None = None,
        max_results: int | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> Pages[FlowDefinitionSummary, ListFlowDefinitionsResponse]: ...
    async def list_hub_content_versions(
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
    ) -> ListHubContentVersionsResponse:
        """List hub content versions. (Operation since 2022-11-30.)

        Args:
            hub_name: The name of the hub to list the content versions of. Since 2022-11-30.
            hub_content_type: The type of hub content to list versions of. Since 2022-11-30.
            hub_content_name: The name of the hub content. Since 2022-11-30.
            min_version: The lower bound of the hub content versions to list. Since 2022-11-30.
            max_schema_version: The upper bound of the hub content schema version. Since
                2022-11-30.
            creation_time_before: Only list hub content versions that were created before the
                time specified. Since 2022-11-30.
            creation_time_after: Only list hub content versions that were created after the time
                specified. Since 2022-11-30.
            sort_by: Sort hub content versions by either name or creation time. Since
                2022-11-30.
            sort_order: Sort hub content versions by ascending or descending order. Since
                2022-11-30.
            max_results: The maximum number of hub content versions to list. Since 2022-11-30.
            next_token: If the response to a previous ListHubContentVersions request was
                truncated, the response includes a NextToken. To retrieve the next set of hub
                content versions, use the token in the next request. Since 2022-11-30.

        Returns:
            ListHubContentVersionsResponse: the typed response.
        """
    def paginate_list_hub_content_versions(
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
        page_size: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> Pages[HubContentInfo, ListHubContentVersionsResponse]: ...
    async def list_hub_contents(
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
    ) -> ListHubContentsResponse:
        """List the contents of a hub. (Operation since 2022-11-30.)

        Args:
            hub_name: The name of the hub to list the contents of. Since 2022-11-30.
            hub_content_type: The type of hub content to list. Since 2022-11-30.
            name_contains: Only list hub content if the name contains the specified string.
                Since 2022-11-30.
            max_schema_version: The upper bound of the hub content schema verion. Since
                2022-11-30.
            creation_time_before: Only list hub content that was created before the time
                specified. Since 2022-11-30.
            creation_time_after: Only list hub content that was created after the time
                specified. Since 2022-11-30.
            sort_by: Sort hub content versions by either name or creation time. Since
                2022-11-30.
            sort_order: Sort hubs by ascending or descending order. Since 2022-11-30.
            max_results: The maximum amount of hub content to list. Since 2022-11-30.
            next_token: If the response to a previous ListHubContents request was truncated, the
                response includes a NextToken. To retrieve the next set of hub content, use the
                token in the next request. Since 2022-11-30.

        Returns:
            ListHubContentsResponse: the typed response.
        """
    def paginate_list_hub_contents(
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
        page_size: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> Pages[HubContentInfo, ListHubContentsResponse]: ...
    async def list_hubs(
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
    ) -> ListHubsResponse:
        """List all existing hubs. (Operation since 2022-11-30.)

        Args:
            name_contains: Only list hubs with names that contain the specified string. Since
                2022-11-30.
            creation_time_before: Only list hubs that were created before the time specified.
                Since 2022-11-30.
            creation_time_after: Only list hubs that were created after the time specified.
                Since 2022-11-30.
            last_modified_time_before: Only list hubs that were last modified before the time
                specified. Since 2022-11-30.
            last_modified_time_after: Only list hubs that were last modified after the time
                specified. Since 2022-11-30.
            sort_by: Sort hubs by either name or creation time. Since 2022-11-30.
            sort_order: Sort hubs by ascending or descending order. Since 2022-11-30.
            max_results: The maximum number of hubs to list. Since 2022-11-30.
            next_token: If the response to a previous ListHubs request was truncated, the
                response includes a NextToken . To retrieve the next set of hubs, use the token in
                the next request. Since 2022-11-30.

        Returns:
            ListHubsResponse: the typed response.
        """
    def paginate_list_hubs(
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
        page_size: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> Pages[HubInfo, ListHubsResponse]: ...
    async def list_human_task_uis(
        self,
        *,
        creation_time_after: datetime | None = None,
        creation_time_before: datetime | None = None,
        sort_order: SortOrder | SortOrderLiteral | None = None,
        next_token: str | None = None,
        max_results: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> ListHumanTaskUisResponse:
        """Returns information about the human task user interfaces in your account. (Operation since
        2019-12-04.)

        Args:
            creation_time_after: A filter that returns only human task user interfaces with a
                creation time greater than or equal to the specified timestamp. Since 2019-12-04.
            creation_time_before: A filter that returns only human task user interfaces that
                were created before the specified timestamp. Since 2019-12-04.
            sort_order: An optional value that specifies whether you want the results sorted in
                Ascending or Descending order. Since 2019-12-04.
            next_token: A token to resume pagination. Since 2019-12-04.
            max_results: The total number of items to return. If the total number of available
                items is more than the value specified in MaxResults , then a NextToken will be
                provided in the output that you can use to resume pagination. Since 2019-12-04.

        Returns:
            ListHumanTaskUisResponse: the typed response.
        """
    def paginate_list_human_task_uis(
        self,
        *,
        creation_time_after: datetime | None = None,
        creation_time_before: datetime | None = None,
        sort_order: SortOrder | SortOrderLiteral | None = None,
        max_results: int | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> Pages[HumanTaskUiSummary, ListHumanTaskUisResponse]: ...
    async def list_hyper_parameter_tuning_jobs(
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
    ) -> ListHyperParameterTuningJobsResponse:
        """Gets a list of HyperParameterTuningJobSummary objects that describe the hyperparameter
        tuning jobs launched in your account. (Operation since 2018-06-04.)

        Args:
            next_token: If the result of the previous ListHyperParameterTuningJobs request was
                truncated, the response includes a NextToken . To retrieve the next set of tuning
                jobs, use the token in the next request. Since 2018-06-04.
            max_results: The maximum number of tuning jobs to return. The default value is 10.
                Since 2018-06-04.
            sort_by: The field to sort results by. The default is Name . Since 2018-06-04.
            sort_order: The sort order for results. The default is Ascending . Since 2018-06-04.
            name_contains: A string in the tuning job name. This filter returns only tuning jobs
                whose name contains the specified string. Since 2018-06-04.
            creation_time_after: A filter that returns only tuning jobs that were created after
                the specified time. Since 2018-06-04.
            creation_time_before: A filter that returns only tuning jobs that were created
                before the specified time. Since 2018-06-04.
            last_modified_time_after: A filter that returns only tuning jobs that were modified
                after the specified time. Since 2018-06-04.
            last_modified_time_before: A filter that returns only tuning jobs that were modified
                before the specified time. Since 2018-06-04.
            status_equals: A filter that returns only tuning jobs with the specified status.
                Since 2018-06-04.

        Returns:
            ListHyperParameterTuningJobsResponse: the typed response.
        """
    def paginate_list_hyper_parameter_tuning_jobs(
        self,
        *,
        max_results: int | None = None,
        sort_by: HyperParameterTuningJobSortByOptions | HyperParameterTuningJobSortByOptionsLiteral | None = None,
        sort_order: SortOrder | SortOrderLiteral | None = None,
        name_contains: str | None = None,
        creation_time_after: datetime | None = None,
        creation_time_before: datetime | None = None,
        last_modified_time_after: datetime | None = None,
        last_modified_time_before: datetime | None = None,
        status_equals: HyperParameterTuningJobStatus | HyperParameterTuningJobStatusLiteral | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> Pages[HyperParameterTuningJobSummary, ListHyperParameterTuningJobsResponse]: ...
    async def list_image_versions(
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
    ) -> ListImageVersionsResponse:
        """Lists the versions of a specified image and their properties. The list can be filtered by
        creation time or modified time. (Operation since 2020-10-26.)

        Args:
            creation_time_after: A filter that returns only versions created on or after the
                specified time. Since 2020-10-26.
            creation_time_before: A filter that returns only versions created on or before the
                specified time. Since 2020-10-26.
            image_name: The name of the image to list the versions of. Since 2020-10-26.
            last_modified_time_after: A filter that returns only versions modified on or after
                the specified time. Since 2020-10-26.
            last_modified_time_before: A filter that returns only versions modified on or before
                the specified time. Since 2020-10-26.
            max_results: The maximum number of versions to return in the response. The default
                value is 10. Since 2020-10-26.
            next_token: If the previous call to ListImageVersions didn't return the full set of
                versions, the call returns a token for getting the next set of versions. Since
                2020-10-26.
            sort_by: The property used to sort results. The default value is CREATION_TIME .
                Since 2020-10-26.
            sort_order: The sort order. The default value is DESCENDING . Since 2020-10-26.

        Returns:
            ListImageVersionsResponse: the typed response.
        """
    def paginate_list_image_versions(
        self,
        *,
        image_name: str,
        creation_time_after: datetime | None = None,
        creation_time_before: datetime | None = None,
        last_modified_time_after: datetime | None = None,
        last_modified_time_before: datetime | None = None,
        max_results: int | None = None,
        sort_by: ImageVersionSortBy | ImageVersionSortByLiteral | None = None,
        sort_order: ImageVersionSortOrder | ImageVersionSortOrderLiteral | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> Pages[ImageVersion, ListImageVersionsResponse]: ...
    async def list_images(
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
    ) -> ListImagesResponse:
        """Lists the images in your account and their properties. The list can be filtered by creation
        time or modified time, and whether the image name contains a specified string. (Operation
        since 2020-10-26.)

        Args:
            creation_time_after: A filter that returns only images created on or after the
                specified time. Since 2020-10-26.
            creation_time_before: A filter that returns only images created on or before the
                specified time. Since 2020-10-26.
            last_modified_time_after: A filter that returns only images modified on or after the
                specified time. Since 2020-10-26.
            last_modified_time_before: A filter that returns only images modified on or before
                the specified time. Since 2020-10-26.
            max_results: The maximum number of images to return in the response. The default
                value is 10. Since 2020-10-26.
            name_contains: A filter that returns only images whose name contains the specified
                string. Since 2020-10-26.
            next_token: If the previous call to ListImages didn't return the full set of images,
                the call returns a token for getting the next set of images. Since 2020-10-26.
            sort_by: The property used to sort results. The default value is CREATION_TIME .
                Since 2020-10-26.
            sort_order: The sort order. The default value is DESCENDING . Since 2020-10-26.

        Returns:
            ListImagesResponse: the typed response.
        """
    def paginate_list_images(
        self,
        *,
        creation_time_after: datetime | None = None,
        creation_time_before: datetime | None = None,
        last_modified_time_after: datetime | None = None,
        last_modified_time_before: datetime | None = None,
        max_results: int | None = None,
        name_contains: str | None = None,
        sort_by: ImageSortBy | ImageSortByLiteral | None = None,
        sort_order: ImageSortOrder | ImageSortOrderLiteral | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> Pages[Image, ListImagesResponse]: ...
    async def list_inference_components(
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
    ) -> ListInferenceComponentsOutput:
        """Lists the inference components in your account and their properties. (Operation since
        2023-11-29.)

        Args:
            sort_by: The field by which to sort the inference components in the response. The
                default is CreationTime . Since 2023-11-29.
            sort_order: The sort order for results. The default is Descending . Since
                2023-11-29.
            next_token: A token that you use to get the next set of results following a
                truncated response. If the response to the previous request was truncated, that
                response provides the value for this token. Since 2023-11-29.
            max_results: The maximum number of inference components to return in the response.
                This value defaults to 10. Since 2023-11-29.
            name_contains: Filters the results to only those inference components with a name
                that contains the specified string. Since 2023-11-29.
            creation_time_before: Filters the results to only those inference components that
                were created before the specified time. Since 2023-11-29.
            creation_time_after: Filters the results to only those inference components that
                were created after the specified time. Since 2023-11-29.
            last_modified_time_before: Filters the results to only those inference components
                that were updated before the specified time. Since 2023-11-29.
            last_modified_time_after: Filters the results to only those inference components
                that were updated after the specified time. Since 2023-11-29.
            status_equals: Filters the results to only those inference components with the
                specified status. Since 2023-11-29.
            endpoint_name_equals: An endpoint name to filter the listed inference components.
                The response includes only those inference components that are hosted at the
                specified endpoint. Since 2023-11-29.
            variant_name_equals: A production variant name to filter the listed inference
                components. The response includes only those inference components that are hosted at
                the specified variant. Since 2023-11-29.

        Returns:
            ListInferenceComponentsOutput: the typed response.
        """
    def paginate_list_inference_components(
        self,
        *,
        sort_by: InferenceComponentSortKey | InferenceComponentSortKeyLiteral | None = None,
        sort_order: OrderKey | OrderKeyLiteral | None = None,
        max_results: int | None = None,
        name_contains: str | None = None,
        creation_time_before: datetime | None = None,
        creation_time_after: datetime | None = None,
        last_modified_time_before: datetime | None = None,
        last_modified_time_after: datetime | None = None,
        status_equals: InferenceComponentStatus | InferenceComponentStatusLiteral | None = None,
        endpoint_name_equals: str | None = None,
        variant_name_equals: str | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> Pages[InferenceComponentSummary, ListInferenceComponentsOutput]: ...
    async def list_inference_experiments(
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
    ) -> ListInferenceExperimentsResponse:
        """Returns the list of all inference experiments. (Operation since 2022-11-30.)

        Args:
            name_contains: Selects inference experiments whose names contain this name. Since
                2022-11-30.
            type: Selects inference experiments of this type. For the possible types of
                inference experiments, see CreateInferenceExperimentRequest$Type. Since 2022-11-30.
            status_equals: Selects inference experiments which are in this status. For the
                possible statuses, see DescribeInferenceExperimentResponse$Status. Since 2022-11-30.
            creation_time_after: Selects inference experiments which were created after this
                timestamp. Since 2022-11-30.
            creation_time_before: Selects inference experiments which were created before this
                timestamp. Since 2022-11-30.
            last_modified_time_after: Selects inference experiments which were last modified
                after this timestamp. Since 2022-11-30.
            last_modified_time_before: Selects inference experiments which were last modified
                before this timestamp. Since 2022-11-30.
            sort_by: The column by which to sort the listed inference experiments. Since
                2022-11-30.
            sort_order: The direction of sorting (ascending or descending). Since 2022-11-30.
            next_token: The response from the last list when returning a list large enough to
                need tokening. Since 2022-11-30.
            max_results: The maximum number of results to select. Since 2022-11-30.

        Returns:
            ListInferenceExperimentsResponse: the typed response.
        """
    def paginate_list_inference_experiments(
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
        max_results: int | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> Pages[InferenceExperimentSummary, ListInferenceExperimentsResponse]: ...
    async def list_inference_recommendations_job_steps(
        self,
        *,
        job_name: str,
        status: RecommendationJobStatus | RecommendationJobStatusLiteral | None = None,
        step_type: RecommendationStepType | RecommendationStepTypeLiteral | None = None,
        max_results: int | None = None,
        next_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> ListInferenceRecommendationsJobStepsResponse:
        """Returns a list of the subtasks for an Inference Recommender job. (Operation since
        2022-10-24.)

        Args:
            job_name: The name for the Inference Recommender job. Since 2022-10-24.
            status: A filter to return benchmarks of a specified status. If this field is left
                empty, then all benchmarks are returned. Since 2022-10-24.
            step_type: A filter to return details about the specified type of subtask. Since
                2022-10-24.
            max_results: The maximum number of results to return. Since 2022-10-24.
            next_token: A token that you can specify to return more results from the list.
                Specify this field if you have a token that was returned from a previous request.
                Since 2022-10-24.

        Returns:
            ListInferenceRecommendationsJobStepsResponse: the typed response.
        """
    def paginate_list_inference_recommendations_job_steps(
        self,
        *,
        job_name: str,
        status: RecommendationJobStatus | RecommendationJobStatusLiteral | None = None,
        step_type: RecommendationStepType | RecommendationStepTypeLiteral | None = None,
        max_results: int | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> Pages[InferenceRecommendationsJobStep, ListInferenceRecommendationsJobStepsResponse]: ...
    async def list_inference_recommendations_jobs(
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
    ) -> ListInferenceRecommendationsJobsResponse:
        """Lists recommendation jobs that satisfy various filters. (Operation since 2021-12-01.)

        Args:
            creation_time_after: A filter that returns only jobs created after the specified
                time (timestamp). Since 2021-12-01.
            creation_time_before: A filter that returns only jobs created before the specified
                time (timestamp). Since 2021-12-01.
            last_modified_time_after: A filter that returns only jobs that were last modified
                after the specified time (timestamp). Since 2021-12-01.
            last_modified_time_before: A filter that returns only jobs that were last modified
                before the specified time (timestamp). Since 2021-12-01.
            name_contains: A string in the job name. This filter returns only recommendations
                whose name contains the specified string. Since 2021-12-01.
            status_equals: A filter that retrieves only inference recommendations jobs with a
                specific status. Since 2021-12-01.
            sort_by: The parameter by which to sort the results. Since 2021-12-01.
            sort_order: The sort order for the results. Since 2021-12-01.
            next_token: If the response to a previous ListInferenceRecommendationsJobsRequest
                request was truncated, the response includes a NextToken . To retrieve the next set
                of recommendations, use the token in the next request. Since 2021-12-01.
            max_results: The maximum number of recommendations to return in the response. Since
                2021-12-01.
            model_name_equals: A filter that returns only jobs that were created for this model.
                Since 2023-05-23.
            model_package_version_arn_equals: A filter that returns only jobs that were created
                for this versioned model package. Since 2023-05-23.

        Returns:
            ListInferenceRecommendationsJobsResponse: the typed response.
        """
    def paginate_list_inference_recommendations_jobs(
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
        max_results: int | None = None,
        model_name_equals: str | None = None,
        model_package_version_arn_equals: str | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> Pages[InferenceRecommendationsJob, ListInferenceRecommendationsJobsResponse]: ...
    async def list_job_schema_versions(
        self,
        *,
        job_category: JobCategory | JobCategoryLiteral,
        next_token: str | None = None,
        max_results: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> ListJobSchemaVersionsResponse:
        """Lists available configuration schema versions for a specified job category. Use the schema
        versions with DescribeJobSchemaVersion to retrieve the full schema document. (Operation
        since 2026-06-02.)

        Args:
            job_category: The category of job schemas to list. Since 2026-06-02.
            next_token: If the previous response was truncated, this token retrieves the next
                set of results. Since 2026-06-02.
            max_results: The maximum number of schema versions to return in the response. The
                default value is 5. Since 2026-06-02.

        Returns:
            ListJobSchemaVersionsResponse: the typed response.
        """
    def paginate_list_job_schema_versions(
        self,
        *,
        job_category: JobCategory | JobCategoryLiteral,
        max_results: int | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> Pages[JobConfigSchemaVersionSummary, ListJobSchemaVersionsResponse]: ...
    async def list_jobs(
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
    ) -> ListJobsResponse:
        """Lists jobs in a specified category. You can filter results by creation time, last modified
        time, name, and status. Results are sorted by the field you specify in SortBy. Use
        pagination to retrieve large result sets efficiently. (Operation since 2026-06-02.)

        Args:
            job_category: The category of jobs to list. Since 2026-06-02.
            next_token: If the previous response was truncated, this token retrieves the next
                set of results. Since 2026-06-02.
            max_results: The maximum number of jobs to return in the response. The default value
                is 50. Since 2026-06-02.
            creation_time_after: A filter that returns only jobs created after the specified
                time. Since 2026-06-02.
            creation_time_before: A filter that returns only jobs created before the specified
                time. Since 2026-06-02.
            last_modified_time_after: A filter that returns only jobs modified after the
                specified time. Since 2026-06-02.
            last_modified_time_before: A filter that returns only jobs modified before the
                specified time. Since 2026-06-02.
            name_contains: A string in the job name to filter results. Only jobs whose name
                contains the specified string are returned. Since 2026-06-02.
            sort_by: The field to sort results by. Since 2026-06-02.
            sort_order: The sort order for results. Valid values are Ascending and Descending.
                Since 2026-06-02.
            status_equals: A filter that returns only jobs with the specified status. Since
                2026-06-02.

        Returns:
            ListJobsResponse: the typed response.
        """
    def paginate_list_jobs(
        self,
        *,
        job_category: JobCategory | JobCategoryLiteral,
        max_results: int | None = None,
        creation_time_after: datetime | None = None,
        creation_time_before: datetime | None = None,
        last_modified_time_after: datetime | None = None,
        last_modified_time_before: datetime | None = None,
        name_contains: str | None = None,
        sort_by: SortBy | SortByLiteral | None = None,
        sort_order: SortOrder | SortOrderLiteral | None = None,
        status_equals: JobStatus | JobStatusLiteral | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> Pages[JobSummary, ListJobsResponse]: ...
    async def list_labeling_jobs(
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
    ) -> ListLabelingJobsResponse:
        """Gets a list of labeling jobs. (Operation since 2018-11-28.)

        Args:
            creation_time_after: A filter that returns only labeling jobs created after the
                specified time (timestamp). Since 2018-11-28.
            creation_time_before: A filter that returns only labeling jobs created before the
                specified time (timestamp). Since 2018-11-28.
            last_modified_time_after: A filter that returns only labeling jobs modified after
                the specified time (timestamp). Since 2018-11-28.
            last_modified_time_before: A filter that returns only labeling jobs modified before
                the specified time (timestamp). Since 2018-11-28.
            max_results: The maximum number of labeling jobs to return in each page of the
                response. Since 2018-11-28.
            next_token: If the result of the previous ListLabelingJobs request was truncated,
                the response includes a NextToken . To retrieve the next set of labeling jobs, use
                the token in the next request. Since 2018-11-28.
            name_contains: A string in the labeling job name. This filter returns only labeling
                jobs whose name contains the specified string. Since 2018-11-28.
            sort_by: The field to sort results by. The default is CreationTime . Since
                2018-11-28.
            sort_order: The sort order for results. The default is Ascending . Since 2018-11-28.
            status_equals: A filter that retrieves only labeling jobs with a specific status.
                Since 2018-11-28.

        Returns:
            ListLabelingJobsResponse: the typed response.
        """
    def paginate_list_labeling_jobs(
        self,
        *,
        creation_time_after: datetime | None = None,
        creation_time_before: datetime | None = None,
        last_modified_time_after: datetime | None = None,
        last_modified_time_before: datetime | None = None,
        max_results: int | None = None,
        name_contains: str | None = None,
        sort_by: SortBy | SortByLiteral | None = None,
        sort_order: SortOrder | SortOrderLiteral | None = None,
        status_equals: LabelingJobStatus | LabelingJobStatusLiteral | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> Pages[LabelingJobSummary, ListLabelingJobsResponse]: ...
    async def list_labeling_jobs_for_workteam(
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
    ) -> ListLabelingJobsForWorkteamResponse:
        """Gets a list of labeling jobs assigned to a specified work team. (Operation since
        2018-11-28.)

        Args:
            workteam_arn: The Amazon Resource Name (ARN) of the work team for which you want to
                see labeling jobs for. Since 2018-11-28.
            max_results: The maximum number of labeling jobs to return in each page of the
                response. Since 2018-11-28.
            next_token: If the result of the previous ListLabelingJobsForWorkteam request was
                truncated, the response includes a NextToken . To retrieve the next set of labeling
                jobs, use the token in the next request. Since 2018-11-28.
            creation_time_after: A filter that returns only labeling jobs created after the
                specified time (timestamp). Since 2018-11-28.
            creation_time_before: A filter that returns only labeling jobs created before the
                specified time (timestamp). Since 2018-11-28.
            job_reference_code_contains: A filter the limits jobs to only the ones whose job
                reference code contains the specified string. Since 2018-11-28.
            sort_by: The field to sort results by. The default is CreationTime . Since
                2018-11-28.
            sort_order: The sort order for results. The default is Ascending . Since 2018-11-28.

        Returns:
            ListLabelingJobsForWorkteamResponse: the typed response.
        """
    def paginate_list_labeling_jobs_for_workteam(
        self,
        *,
        workteam_arn: str,
        max_results: int | None = None,
        creation_time_after: datetime | None = None,
        creation_time_before: datetime | None = None,
        job_reference_code_contains: str | None = None,
        sort_by: ListLabelingJobsForWorkteamSortByOptions
        | ListLabelingJobsForWorkteamSortByOptionsLiteral
        | None = None,
        sort_order: SortOrder | SortOrderLiteral | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> Pages[LabelingJobForWorkteamSummary, ListLabelingJobsForWorkteamResponse]: ...
    async def list_lineage_groups(
        self,
        *,
        created_after: datetime | None = None,
        created_before: datetime | None = None,
        sort_by: SortLineageGroupsBy | SortLineageGroupsByLiteral | None = None,
        sort_order: SortOrder | SortOrderLiteral | None = None,
        next_token: str | None = None,
        max_results: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> ListLineageGroupsResponse:
        """A list of lineage groups shared with your Amazon Web Services account. For more information,
        see Cross-Account Lineage Tracking in the Amazon SageMaker Developer Guide . (Operation
        since 2021-12-01.)

        Args:
            created_after: A timestamp to filter against lineage groups created after a certain
                point in time. Since 2021-12-01.
            created_before: A timestamp to filter against lineage groups created before a
                certain point in time. Since 2021-12-01.
            sort_by: The parameter by which to sort the results. The default is CreationTime .
                Since 2021-12-01.
            sort_order: The sort order for the results. The default is Ascending . Since
                2021-12-01.
            next_token: If the response is truncated, SageMaker returns this token. To retrieve
                the next set of algorithms, use it in the subsequent request. Since 2021-12-01.
            max_results: The maximum number of endpoints to return in the response. This value
                defaults to 10. Since 2021-12-01.

        Returns:
            ListLineageGroupsResponse: the typed response.
        """
    def paginate_list_lineage_groups(
        self,
        *,
        created_after: datetime | None = None,
        created_before: datetime | None = None,
        sort_by: SortLineageGroupsBy | SortLineageGroupsByLiteral | None = None,
        sort_order: SortOrder | SortOrderLiteral | None = None,
        max_results: int | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> Pages[LineageGroupSummary, ListLineageGroupsResponse]: ...
    async def list_mlflow_apps(
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
    ) -> ListMlflowAppsResponse:
        """Lists all MLflow Apps (Operation since 2025-12-02.)

        Args:
            created_after: Use the CreatedAfter filter to only list MLflow Apps created after a
                specific date and time. Listed MLflow Apps are shown with a date and time such as
                "2024-03-16T01:46:56+00:00". The CreatedAfter parameter takes in a Unix timestamp.
                Since 2025-12-02.
            created_before: Use the CreatedBefore filter to only list MLflow Apps created before
                a specific date and time. Listed MLflow Apps are shown with a date and time such as
                "2024-03-16T01:46:56+00:00". The CreatedAfter parameter takes in a Unix timestamp.
                Since 2025-12-02.
            status: Filter for Mlflow apps with a specific creation status. Since 2025-12-02.
            mlflow_version: Filter for Mlflow Apps with the specified version. Since 2025-12-02.
            default_for_domain_id: Filter for MLflow Apps with the specified default SageMaker
                Domain ID. Since 2025-12-02.
            account_default_status: Filter for MLflow Apps with the specified
                AccountDefaultStatus. Since 2025-12-02.
            sort_by: Filter for MLflow Apps sorting by name, creation time, or creation status.
                Since 2025-12-02.
            sort_order: Change the order of the listed MLflow Apps. By default, MLflow Apps are
                listed in Descending order by creation time. To change the list order, specify
                SortOrder to be Ascending. Since 2025-12-02.
            next_token: If the previous response was truncated, use this token in your next
                request to receive the next set of results. Since 2025-12-02.
            max_results: The maximum number of MLflow Apps to list. Since 2025-12-02.

        Returns:
            ListMlflowAppsResponse: the typed response.
        """
    def paginate_list_mlflow_apps(
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
        max_results: int | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> Pages[MlflowAppSummary, ListMlflowAppsResponse]: ...
    async def list_mlflow_tracking_servers(
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
    ) -> ListMlflowTrackingServersResponse:
        """Lists all MLflow Tracking Servers. (Operation since 2024-06-18.)

        Args:
            created_after: Use the CreatedAfter filter to only list tracking servers created
                after a specific date and time. Listed tracking servers are shown with a date and
                time such as "2024-03-16T01:46:56+00:00" . The CreatedAfter parameter takes in a
                Unix timestamp. To convert a date and time into a Unix timestamp, see
                EpochConverter. Since 2024-06-18.
            created_before: Use the CreatedBefore filter to only list tracking servers created
                before a specific date and time. Listed tracking servers are shown with a date and
                time such as "2024-03-16T01:46:56+00:00" . The CreatedBefore parameter takes in a
                Unix timestamp. To convert a date and time into a Unix timestamp, see
                EpochConverter. Since 2024-06-18.
            tracking_server_status: Filter for tracking servers with a specified creation
                status. Since 2024-06-18.
            mlflow_version: Filter for tracking servers using the specified MLflow version.
                Since 2024-06-18.
            sort_by: Filter for trackings servers sorting by name, creation time, or creation
                status. Since 2024-06-18.
            sort_order: Change the order of the listed tracking servers. By default, tracking
                servers are listed in Descending order by creation time. To change the list order,
                you can specify SortOrder to be Ascending . Since 2024-06-18.
            next_token: If the previous response was truncated, you will receive this token. Use
                it in your next request to receive the next set of results. Since 2024-06-18.
            max_results: The maximum number of tracking servers to list. Since 2024-06-18.

        Returns:
            ListMlflowTrackingServersResponse: the typed response.
        """
    def paginate_list_mlflow_tracking_servers(
        self,
        *,
        created_after: datetime | None = None,
        created_before: datetime | None = None,
        tracking_server_status: TrackingServerStatus | TrackingServerStatusLiteral | None = None,
        mlflow_version: str | None = None,
        sort_by: SortTrackingServerBy | SortTrackingServerByLiteral | None = None,
        sort_order: SortOrder | SortOrderLiteral | None = None,
        max_results: int | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> Pages[TrackingServerSummary, ListMlflowTrackingServersResponse]: ...
    async def list_model_bias_job_definitions(
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
    ) -> ListModelBiasJobDefinitionsResponse:
        """Lists model bias jobs definitions that satisfy various filters. (Operation since
        2020-12-08.)

        Args:
            endpoint_name: Name of the endpoint to monitor for model bias. Since 2020-12-08.
            sort_by: Whether to sort results by the Name or CreationTime field. The default is
                CreationTime . Since 2020-12-08.
            sort_order: Whether to sort the results in Ascending or Descending order. The
                default is Descending . Since 2020-12-08.
            next_token: The token returned if the response is truncated. To retrieve the next
                set of job executions, use it in the next request. Since 2020-12-08.
            max_results: The maximum number of model bias jobs to return in the response. The
                default value is 10. Since 2020-12-08.
            name_contains: Filter for model bias jobs whose name contains a specified string.
                Since 2020-12-08.
            creation_time_before: A filter that returns only model bias jobs created before a
                specified time. Since 2020-12-08.
            creation_time_after: A filter that returns only model bias jobs created after a
                specified time. Since 2020-12-08.

        Returns:
            ListModelBiasJobDefinitionsResponse: the typed response.
        """
    def paginate_list_model_bias_job_definitions(
        self,
        *,
        endpoint_name: str | None = None,
        sort_by: MonitoringJobDefinitionSortKey | MonitoringJobDefinitionSortKeyLiteral | None = None,
        sort_order: SortOrder | SortOrderLiteral | None = None,
        max_results: int | None = None,
        name_contains: str | None = None,
        creation_time_before: datetime | None = None,
        creation_time_after: datetime | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> Pages[MonitoringJobDefinitionSummary, ListModelBiasJobDefinitionsResponse]: ...
    async def list_model_card_export_jobs(
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
    ) -> ListModelCardExportJobsResponse:
        """List the export jobs for the Amazon SageMaker Model Card. (Operation since 2022-11-30.)

        Args:
            model_card_name: List export jobs for the model card with the specified name. Since
                2022-11-30.
            model_card_version: List export jobs for the model card with the specified version.
                Since 2022-11-30.
            creation_time_after: Only list model card export jobs that were created after the
                time specified. Since 2022-11-30.
            creation_time_before: Only list model card export jobs that were created before the
                time specified. Since 2022-11-30.
            model_card_export_job_name_contains: Only list model card export jobs with names
                that contain the specified string. Since 2022-11-30.
            status_equals: Only list model card export jobs with the specified status. Since
                2022-11-30.
            sort_by: Sort model card export jobs by either name or creation time. Sorts by
                creation time by default. Since 2022-11-30.
            sort_order: Sort model card export jobs by ascending or descending order. Since
                2022-11-30.
            next_token: If the response to a previous ListModelCardExportJobs request was
                truncated, the response includes a NextToken . To retrieve the next set of model
                card export jobs, use the token in the next request. Since 2022-11-30.
            max_results: The maximum number of model card export jobs to list. Since 2022-11-30.

        Returns:
            ListModelCardExportJobsResponse: the typed response.
        """
    def paginate_list_model_card_export_jobs(
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
        max_results: int | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> Pages[ModelCardExportJobSummary, ListModelCardExportJobsResponse]: ...
    async def list_model_card_versions(
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
    ) -> ListModelCardVersionsResponse:
        """List existing versions of an Amazon SageMaker Model Card. (Operation since 2022-11-30.)

        Args:
            creation_time_after: Only list model card versions that were created after the time
                specified. Since 2022-11-30.
            creation_time_before: Only list model card versions that were created before the
                time specified. Since 2022-11-30.
            max_results: The maximum number of model card versions to list. Since 2022-11-30.
            model_card_name: List model card versions for the model card with the specified
                name. Since 2022-11-30.
            model_card_status: Only list model card versions with the specified approval status.
                Since 2022-11-30.
            next_token: If the response to a previous ListModelCardVersions request was
                truncated, the response includes a NextToken . To retrieve the next set of model
                card versions, use the token in the next request. Since 2022-11-30.
            sort_by: Sort listed model card versions by version. Sorts by version by default.
                Since 2022-11-30.
            sort_order: Sort model card versions by ascending or descending order. Since
                2022-11-30.

        Returns:
            ListModelCardVersionsResponse: the typed response.
        """
    def paginate_list_model_card_versions(
        self,
        *,
        model_card_name: str,
        creation_time_after: datetime | None = None,
        creation_time_before: datetime | None = None,
        max_results: int | None = None,
        model_card_status: ModelCardStatus | ModelCardStatusLiteral | None = None,
        sort_by: ModelCardVersionSortBy | ModelCardVersionSortByLiteral | None = None,
        sort_order: ModelCardSortOrder | ModelCardSortOrderLiteral | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> Pages[ModelCardVersionSummary, ListModelCardVersionsResponse]: ...
    async def list_model_cards(
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
    ) -> ListModelCardsResponse:
        """List existing model cards. (Operation since 2022-11-30.)

        Args:
            creation_time_after: Only list model cards that were created after the time
                specified. Since 2022-11-30.
            creation_time_before: Only list model cards that were created before the time
                specified. Since 2022-11-30.
            max_results: The maximum number of model cards to list. Since 2022-11-30.
            name_contains: Only list model cards with names that contain the specified string.
                Since 2022-11-30.
            model_card_status: Only list model cards with the specified approval status. Since
                2022-11-30.
            next_token: If the response to a previous ListModelCards request was truncated, the
                response includes a NextToken . To retrieve the next set of model cards, use the
                token in the next request. Since 2022-11-30.
            sort_by: Sort model cards by either name or creation time. Sorts by creation time by
                default. Since 2022-11-30.
            sort_order: Sort model cards by ascending or descending order. Since 2022-11-30.

        Returns:
            ListModelCardsResponse: the typed response.
        """
    def paginate_list_model_cards(
        self,
        *,
        creation_time_after: datetime | None = None,
        creation_time_before: datetime | None = None,
        max_results: int | None = None,
        name_contains: str | None = None,
        model_card_status: ModelCardStatus | ModelCardStatusLiteral | None = None,
        sort_by: ModelCardSortBy | ModelCardSortByLiteral | None = None,
        sort_order: ModelCardSortOrder | ModelCardSortOrderLiteral | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> Pages[ModelCardSummary, ListModelCardsResponse]: ...
    async def list_model_explainability_job_definitions(
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
    ) -> ListModelExplainabilityJobDefinitionsResponse:
        """Lists model explainability job definitions that satisfy various filters. (Operation since
        2020-12-08.)

        Args:
            endpoint_name: Name of the endpoint to monitor for model explainability. Since
                2020-12-08.
            sort_by: Whether to sort results by the Name or CreationTime field. The default is
                CreationTime . Since 2020-12-08.
            sort_order: Whether to sort the results in Ascending or Descending order. The
                default is Descending . Since 2020-12-08.
            next_token: The token returned if the response is truncated. To retrieve the next
                set of job executions, use it in the next request. Since 2020-12-08.
            max_results: The maximum number of jobs to return in the response. The default value
                is 10. Since 2020-12-08.
            name_contains: Filter for model explainability jobs whose name contains a specified
                string. Since 2020-12-08.
            creation_time_before: A filter that returns only model explainability jobs created
                before a specified time. Since 2020-12-08.
            creation_time_after: A filter that returns only model explainability jobs created
                after a specified time. Since 2020-12-08.

        Returns:
            ListModelExplainabilityJobDefinitionsResponse: the typed response.
        """
    def paginate_list_model_explainability_job_definitions(
        self,
        *,
        endpoint_name: str | None = None,
        sort_by: MonitoringJobDefinitionSortKey | MonitoringJobDefinitionSortKeyLiteral | None = None,
        sort_order: SortOrder | SortOrderLiteral | None = None,
        max_results: int | None = None,
        name_contains: str | None = None,
        creation_time_before: datetime | None = None,
        creation_time_after: datetime | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> Pages[MonitoringJobDefinitionSummary, ListModelExplainabilityJobDefinitionsResponse]: ...
    async def list_model_metadata(
        self,
        *,
        search_expression: ModelMetadataSearchExpression | None = None,
        next_token: str | None = None,
        max_results: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> ListModelMetadataResponse:
        """Lists the domain, framework, task, and model name of standard machine learning models found
        in common model zoos. (Operation since 2021-12-01.)

        Args:
            search_expression: One or more filters that searches for the specified resource or
                resources in a search. All resource objects that satisfy the expression's condition
                are included in the search results. Specify the Framework, FrameworkVersion, Domain
                or Task to filter supported. Filter names and values are case-sensitive. Since
                2021-12-01.
            next_token: If the response to a previous ListModelMetadataResponse request was
                truncated, the response includes a NextToken. To retrieve the next set of model
                metadata, use the token in the next request. Since 2021-12-01.
            max_results: The maximum number of models to return in the response. Since
                2021-12-01.

        Returns:
            ListModelMetadataResponse: the typed response.
        """
    def paginate_list_model_metadata(
        self,
        *,
        search_expression: ModelMetadataSearchExpression | None = None,
        max_results: int | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> Pages[ModelMetadataSummary, ListModelMetadataResponse]: ...
    async def list_model_package_groups(
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
    ) -> ListModelPackageGroupsOutput:
        """Gets a list of the model groups in your Amazon Web Services account. (Operation since
        2020-12-01.)

        Args:
            creation_time_after: A filter that returns only model groups created after the
                specified time. Since 2020-12-01.
            creation_time_before: A filter that returns only model groups created before the
                specified time. Since 2020-12-01.
            max_results: The maximum number of results to return in the response. Since
                2020-12-01.
            name_contains: A string in the model group name. This filter returns only model
                groups whose name contains the specified string. Since 2020-12-01.
            next_token: If the result of the previous ListModelPackageGroups request was
                truncated, the response includes a NextToken. To retrieve the next set of model
                groups, use the token in the next request. Since 2020-12-01.
            sort_by: The field to sort results by. The default is CreationTime. Since
                2020-12-01.
            sort_order: The sort order for results. The default is Ascending. Since 2020-12-01.
            cross_account_filter_option: A filter that returns either model groups shared with
                you or model groups in your own account. When the value is CrossAccount, the results
                show the resources made discoverable to you from other accounts. When the value is
                SameAccount or null, the results show resources from your account. The default is
                SameAccount. Since 2024-06-11.

        Returns:
            ListModelPackageGroupsOutput: the typed response.
        """
    def paginate_list_model_package_groups(
        self,
        *,
        creation_time_after: datetime | None = None,
        creation_time_before: datetime | None = None,
        max_results: int | None = None,
        name_contains: str | None = None,
        sort_by: ModelPackageGroupSortBy | ModelPackageGroupSortByLiteral | None = None,
        sort_order: SortOrder | SortOrderLiteral | None = None,
        cross_account_filter_option: CrossAccountFilterOption | CrossAccountFilterOptionLiteral | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> Pages[ModelPackageGroupSummary, ListModelPackageGroupsOutput]: ...
    async def list_model_packages(
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
    ) -> ListModelPackagesOutput:
        """Lists the model packages that have been created. (Operation since 2018-11-28.)

        Args:
            creation_time_after: A filter that returns only model packages created after the
                specified time (timestamp). Since 2018-11-28.
            creation_time_before: A filter that returns only model packages created before the
                specified time (timestamp). Since 2018-11-28.
            max_results: The maximum number of model packages to return in the response. Since
                2018-11-28.
            name_contains: A string in the model package name. This filter returns only model
                packages whose name contains the specified string. Since 2018-11-28.
            model_approval_status: A filter that returns only the model packages with the
                specified approval status. Since 2020-12-01.
            model_package_group_name: A filter that returns only model versions that belong to
                the specified model group. Since 2020-12-01.
            model_package_type: A filter that returns only the model packages of the specified
                type. This can be one of the following values. Since 2020-12-01.
            next_token: If the response to a previous ListModelPackages request was truncated,
                the response includes a NextToken. To retrieve the next set of model packages, use
                the token in the next request. Since 2018-11-28.
            sort_by: The parameter by which to sort the results. The default is CreationTime.
                Since 2018-11-28.
            sort_order: The sort order for the results. The default is Ascending. Since
                2018-11-28.

        Returns:
            ListModelPackagesOutput: the typed response.
        """
    def paginate_list_model_packages(
        self,
        *,
        creation_time_after: datetime | None = None,
        creation_time_before: datetime | None = None,
        max_results: int | None = None,
        name_contains: str | None = None,
        model_approval_status: ModelApprovalStatus | ModelApprovalStatusLiteral | None = None,
        model_package_group_name: str | None = None,
        model_package_type: ModelPackageType | ModelPackageTypeLiteral | None = None,
        sort_by: ModelPackageSortBy | ModelPackageSortByLiteral | None = None,
        sort_order: SortOrder | SortOrderLiteral | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> Pages[ModelPackageSummary, ListModelPackagesOutput]: ...
    async def list_model_quality_job_definitions(
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
    ) -> ListModelQualityJobDefinitionsResponse:
        """Gets a list of model quality monitoring job definitions in your account. (Operation since
        2020-12-08.)

        Args:
            endpoint_name: A filter that returns only model quality monitoring job definitions
                that are associated with the specified endpoint. Since 2020-12-08.
            sort_by: The field to sort results by. The default is CreationTime . Since
                2020-12-08.
            sort_order: The sort order for results. The default is Descending . Since
                2020-12-08.
            next_token: If the result of the previous ListModelQualityJobDefinitions request was
                truncated, the response includes a NextToken . To retrieve the next set of model
                quality monitoring job definitions, use the token in the next request. Since
                2020-12-08.
            max_results: The maximum number of results to return in a call to
                ListModelQualityJobDefinitions . Since 2020-12-08.
            name_contains: A string in the transform job name. This filter returns only model
                quality monitoring job definitions whose name contains the specified string. Since
                2020-12-08.
            creation_time_before: A filter that returns only model quality monitoring job
                definitions created before the specified time. Since 2020-12-08.
            creation_time_after: A filter that returns only model quality monitoring job
                definitions created after the specified time. Since 2020-12-08.

        Returns:
            ListModelQualityJobDefinitionsResponse: the typed response.
        """
    def paginate_list_model_quality_job_definitions(
        self,
        *,
        endpoint_name: str | None = None,
        sort_by: MonitoringJobDefinitionSortKey | MonitoringJobDefinitionSortKeyLiteral | None = None,
        sort_order: SortOrder | SortOrderLiteral | None = None,
        max_results: int | None = None,
        name_contains: str | None = None,
        creation_time_before: datetime | None = None,
        creation_time_after: datetime | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> Pages[MonitoringJobDefinitionSummary, ListModelQualityJobDefinitionsResponse]: ...
    async def list_models(
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
    ) -> ListModelsOutput:
        """Lists models created with the CreateModel API.

        Args:
            sort_by: Sorts the list of results. The default is CreationTime . Since 2017-11-29.
            sort_order: The sort order for results. The default is Ascending . Since 2017-11-29.
            next_token: If the response to a previous ListModels request was truncated, the
                response includes a NextToken . To retrieve the next set of models, use the token in
                the next request. Since 2017-11-29.
            max_results: The maximum number of models to return in the response. Since
                2017-11-29.
            name_contains: A string in the training job name. This filter returns only models in
                the training job whose name contains the specified string. Since 2017-11-29.
            creation_time_before: A filter that returns only models created before the specified
                time (timestamp). Since 2017-11-29.
            creation_time_after: A filter that returns only models created after the specified
                time (timestamp). Since 2017-11-29.

        Returns:
            ListModelsOutput: the typed response.
        """
    def paginate_list_models(
        self,
        *,
        sort_by: ModelSortKey | ModelSortKeyLiteral | None = None,
        sort_order: OrderKey | OrderKeyLiteral | None = None,
        max_results: int | None = None,
        name_contains: str | None = None,
        creation_time_before: datetime | None = None,
        creation_time_after: datetime | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> Pages[ModelSummary, ListModelsOutput]: ...
    async def list_monitoring_alert_history(
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
    ) -> ListMonitoringAlertHistoryResponse:
        """Gets a list of past alerts in a model monitoring schedule. (Operation since 2022-11-30.)

        Args:
            monitoring_schedule_name: The name of a monitoring schedule. Since 2022-11-30.
            monitoring_alert_name: The name of a monitoring alert. Since 2022-11-30.
            sort_by: The field used to sort results. The default is CreationTime . Since
                2022-11-30.
            sort_order: The sort order, whether Ascending or Descending , of the alert history.
                The default is Descending . Since 2022-11-30.
            next_token: If the result of the previous ListMonitoringAlertHistory request was
                truncated, the response includes a NextToken . To retrieve the next set of alerts in
                the history, use the token in the next request. Since 2022-11-30.
            max_results: The maximum number of results to display. The default is 100. Since
                2022-11-30.
            creation_time_before: A filter that returns only alerts created on or before the
                specified time. Since 2022-11-30.
            creation_time_after: A filter that returns only alerts created on or after the
                specified time. Since 2022-11-30.
            status_equals: A filter that retrieves only alerts with a specific status. Since
                2022-11-30.

        Returns:
            ListMonitoringAlertHistoryResponse: the typed response.
        """
    def paginate_list_monitoring_alert_history(
        self,
        *,
        monitoring_schedule_name: str | None = None,
        monitoring_alert_name: str | None = None,
        sort_by: MonitoringAlertHistorySortKey | MonitoringAlertHistorySortKeyLiteral | None = None,
        sort_order: SortOrder | SortOrderLiteral | None = None,
        max_results: int | None = None,
        creation_time_before: datetime | None = None,
        creation_time_after: datetime | None = None,
        status_equals: MonitoringAlertStatus | MonitoringAlertStatusLiteral | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> Pages[MonitoringAlertHistorySummary, ListMonitoringAlertHistoryResponse]: ...
    async def list_monitoring_alerts(
        self,
        *,
        monitoring_schedule_name: str,
        next_token: str | None = None,
        max_results: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> ListMonitoringAlertsResponse:
        """Gets the alerts for a single monitoring schedule. (Operation since 2022-11-30.)

        Args:
            monitoring_schedule_name: The name of a monitoring schedule. Since 2022-11-30.
            next_token: If the result of the previous ListMonitoringAlerts request was
                truncated, the response includes a NextToken . To retrieve the next set of alerts in
                the history, use the token in the next request. Since 2022-11-30.
            max_results: The maximum number of results to display. The default is 100. Since
                2022-11-30.

        Returns:
            ListMonitoringAlertsResponse: the typed response.
        """
    def paginate_list_monitoring_alerts(
        self,
        *,
        monitoring_schedule_name: str,
        max_results: int | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> Pages[MonitoringAlertSummary, ListMonitoringAlertsResponse]: ...
    async def list_monitoring_executions(
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
    ) -> ListMonitoringExecutionsResponse:
        """Returns list of all monitoring job executions. (Operation since 2019-12-04.)

        Args:
            monitoring_schedule_name: Name of a specific schedule to fetch jobs for. Since
                2019-12-04.
            endpoint_name: Name of a specific endpoint to fetch jobs for. Since 2019-12-04.
            sort_by: Whether to sort results by Status , CreationTime , ScheduledTime field. The
                default is CreationTime . Since 2019-12-04.
            sort_order: Whether to sort the results in Ascending or Descending order. The
                default is Descending . Since 2019-12-04.
            next_token: The token returned if the response is truncated. To retrieve the next
                set of job executions, use it in the next request. Since 2019-12-04.
            max_results: The maximum number of jobs to return in the response. The default value
                is 10. Since 2019-12-04.
            scheduled_time_before: Filter for jobs scheduled before a specified time. Since
                2019-12-04.
            scheduled_time_after: Filter for jobs scheduled after a specified time. Since
                2019-12-04.
            creation_time_before: A filter that returns only jobs created before a specified
                time. Since 2019-12-04.
            creation_time_after: A filter that returns only jobs created after a specified time.
                Since 2019-12-04.
            last_modified_time_before: A filter that returns only jobs modified after a
                specified time. Since 2019-12-04.
            last_modified_time_after: A filter that returns only jobs modified before a
                specified time. Since 2019-12-04.
            status_equals: A filter that retrieves only jobs with a specific status. Since
                2019-12-04.
            monitoring_job_definition_name: Gets a list of the monitoring job runs of the
                specified monitoring job definitions. Since 2020-12-08.
            monitoring_type_equals: A filter that returns only the monitoring job runs of the
                specified monitoring type. Since 2020-12-08.

        Returns:
            ListMonitoringExecutionsResponse: the typed response.
        """
    def paginate_list_monitoring_executions(
        self,
        *,
        monitoring_schedule_name: str | None = None,
        endpoint_name: str | None = None,
        sort_by: MonitoringExecutionSortKey | MonitoringExecutionSortKeyLiteral | None = None,
        sort_order: SortOrder | SortOrderLiteral | None = None,
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
        page_size: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> Pages[MonitoringExecutionSummary, ListMonitoringExecutionsResponse]: ...
    async def list_monitoring_schedules(
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
    ) -> ListMonitoringSchedulesResponse:
        """Returns list of all monitoring schedules. (Operation since 2019-12-04.)

        Args:
            endpoint_name: Name of a specific endpoint to fetch schedules for. Since 2019-12-04.
            sort_by: Whether to sort results by Status , CreationTime , ScheduledTime field. The
                default is CreationTime . Since 2019-12-04.
            sort_order: Whether to sort the results in Ascending or Descending order. The
                default is Descending . Since 2019-12-04.
            next_token: The token returned if the response is truncated. To retrieve the next
                set of job executions, use it in the next request. Since 2019-12-04.
            max_results: The maximum number of jobs to return in the response. The default value
                is 10. Since 2019-12-04.
            name_contains: Filter for monitoring schedules whose name contains a specified
                string. Since 2019-12-04.
            creation_time_before: A filter that returns only monitoring schedules created before
                a specified time. Since 2019-12-04.
            creation_time_after: A filter that returns only monitoring schedules created after a
                specified time. Since 2019-12-04.
            last_modified_time_before: A filter that returns only monitoring schedules modified
                before a specified time. Since 2019-12-04.
            last_modified_time_after: A filter that returns only monitoring schedules modified
                after a specified time. Since 2019-12-04.
            status_equals: A filter that returns only monitoring schedules modified before a
                specified time. Since 2019-12-04.
            monitoring_job_definition_name: Gets a list of the monitoring schedules for the
                specified monitoring job definition. Since 2020-12-08.
            monitoring_type_equals: A filter that returns only the monitoring schedules for the
                specified monitoring type. Since 2020-12-08.

        Returns:
            ListMonitoringSchedulesResponse: the typed response.
        """
    def paginate_list_monitoring_schedules(
        self,
        *,
        endpoint_name: str | None = None,
        sort_by: MonitoringScheduleSortKey | MonitoringScheduleSortKeyLiteral | None = None,
        sort_order: SortOrder | SortOrderLiteral | None = None,
        max_results: int | None = None,
        name_contains: str | None = None,
        creation_time_before: datetime | None = None,
        creation_time_after: datetime | None = None,
        last_modified_time_before: datetime | None = None,
        last_modified_time_after: datetime | None = None,
        status_equals: ScheduleStatus | ScheduleStatusLiteral | None = None,
        monitoring_job_definition_name: str | None = None,
        monitoring_type_equals: MonitoringType | MonitoringTypeLiteral | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> Pages[MonitoringScheduleSummary, ListMonitoringSchedulesResponse]: ...
    async def list_notebook_instance_lifecycle_configs(
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
    ) -> ListNotebookInstanceLifecycleConfigsOutput:
        """Lists notebook instance lifestyle configurations created with the API. (Operation since
        2018-03-15.)

        Args:
            next_token: If the result of a ListNotebookInstanceLifecycleConfigs request was
                truncated, the response includes a NextToken . To get the next set of lifecycle
                configurations, use the token in the next request. Since 2018-03-15.
            max_results: The maximum number of lifecycle configurations to return in the
                response. Since 2018-03-15.
            sort_by: Sorts the list of results. The default is CreationTime . Since 2018-03-15.
            sort_order: The sort order for results. Since 2018-03-15.
            name_contains: A string in the lifecycle configuration name. This filter returns
                only lifecycle configurations whose name contains the specified string. Since
                2018-03-15.
            creation_time_before: A filter that returns only lifecycle configurations that were
                created before the specified time (timestamp). Since 2018-03-15.
            creation_time_after: A filter that returns only lifecycle configurations that were
                created after the specified time (timestamp). Since 2018-03-15.
            last_modified_time_before: A filter that returns only lifecycle configurations that
                were modified before the specified time (timestamp). Since 2018-03-15.
            last_modified_time_after: A filter that returns only lifecycle configurations that
                were modified after the specified time (timestamp). Since 2018-03-15.

        Returns:
            ListNotebookInstanceLifecycleConfigsOutput: the typed response.
        """
    def paginate_list_notebook_instance_lifecycle_configs(
        self,
        *,
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
        page_size: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> Pages[NotebookInstanceLifecycleConfigSummary, ListNotebookInstanceLifecycleConfigsOutput]: ...
    async def list_notebook_instances(
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
    ) -> ListNotebookInstancesOutput:
        """Returns a list of the SageMaker AI notebook instances in the requester's account in an
        Amazon Web Services Region.

        Args:
            next_token: If the previous call to the ListNotebookInstances is truncated, the
                response includes a NextToken. You can use this token in your subsequent
                ListNotebookInstances request to fetch the next set of notebook instances. Since
                2017-11-29.
            max_results: The maximum number of notebook instances to return. Since 2017-11-29.
            sort_by: The field to sort results by. The default is Name. Since 2017-11-29.
            sort_order: The sort order for results. Since 2017-11-29.
            name_contains: A string in the notebook instances' name. This filter returns only
                notebook instances whose name contains the specified string. Since 2017-11-29.
            creation_time_before: A filter that returns only notebook instances that were
                created before the specified time (timestamp). Since 2017-11-29.
            creation_time_after: A filter that returns only notebook instances that were created
                after the specified time (timestamp). Since 2017-11-29.
            last_modified_time_before: A filter that returns only notebook instances that were
                modified before the specified time (timestamp). Since 2017-11-29.
            last_modified_time_after: A filter that returns only notebook instances that were
                modified after the specified time (timestamp). Since 2017-11-29.
            status_equals: A filter that returns only notebook instances with the specified
                status. Since 2017-11-29.
            notebook_instance_lifecycle_config_name_contains: A string in the name of a notebook
                instances lifecycle configuration associated with this notebook instance. This
                filter returns only notebook instances associated with a lifecycle configuration
                with a name that contains the specified string. Since 2018-03-15.
            default_code_repository_contains: A string in the name or URL of a Git repository
                associated with this notebook instance. This filter returns only notebook instances
                associated with a git repository with a name that contains the specified string.
                Since 2018-11-28.
            additional_code_repository_equals: A filter that returns only notebook instances
                with associated with the specified git repository. Since 2018-11-28.

        Returns:
            ListNotebookInstancesOutput: the typed response.
        """
    def paginate_list_notebook_instances(
        self,
        *,
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
        page_size: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> Pages[NotebookInstanceSummary, ListNotebookInstancesOutput]: ...
    async def list_optimization_jobs(
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
    ) -> ListOptimizationJobsResponse:
        """Lists the optimization jobs in your account and their properties. (Operation since
        2024-07-09.)

        Args:
            next_token: A token that you use to get the next set of results following a
                truncated response. If the response to the previous request was truncated, that
                response provides the value for this token. Since 2024-07-09.
            max_results: The maximum number of optimization jobs to return in the response. The
                default is 50. Since 2024-07-09.
            creation_time_after: Filters the results to only those optimization jobs that were
                created after the specified time. Since 2024-07-09.
            creation_time_before: Filters the results to only those optimization jobs that were
                created before the specified time. Since 2024-07-09.
            last_modified_time_after: Filters the results to only those optimization jobs that
                were updated after the specified time. Since 2024-07-09.
            last_modified_time_before: Filters the results to only those optimization jobs that
                were updated before the specified time. Since 2024-07-09.
            optimization_contains: Filters the results to only those optimization jobs that
                apply the specified optimization techniques. You can specify either Quantization or
                Compilation. Since 2024-07-09.
            name_contains: Filters the results to only those optimization jobs with a name that
                contains the specified string. Since 2024-07-09.
            status_equals: Filters the results to only those optimization jobs with the
                specified status. Since 2024-07-09.
            sort_by: The field by which to sort the optimization jobs in the response. The
                default is CreationTime Since 2024-07-09.
            sort_order: The sort order for results. The default is Ascending Since 2024-07-09.

        Returns:
            ListOptimizationJobsResponse: the typed response.
        """
    def paginate_list_optimization_jobs(
        self,
        *,
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
        page_size: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> Pages[OptimizationJobSummary, ListOptimizationJobsResponse]: ...
    async def list_partner_apps(
        self,
        *,
        max_results: int | None = None,
        next_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> ListPartnerAppsResponse:
        """Lists all of the SageMaker Partner AI Apps in an account. (Operation since 2024-12-04.)

        Args:
            max_results: This parameter defines the maximum number of results that can be
                returned in a single response. The MaxResults parameter is an upper bound, not a
                target. If there are more results available than the value specified, a NextToken is
                provided in the response. The NextToken indicates that the user should get the next
                set of results by providing this token as a part of a subsequent call. The default
                value for MaxResults is 10. Since 2024-12-04.
            next_token: If the previous response was truncated, you will receive this token. Use
                it in your next request to receive the next set of results. Since 2024-12-04.

        Returns:
            ListPartnerAppsResponse: the typed response.
        """
    def paginate_list_partner_apps(
        self,
        *,
        max_results: int | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> Pages[PartnerAppSummary, ListPartnerAppsResponse]: ...
    async def list_pipeline_execution_steps(
        self,
        *,
        pipeline_execution_arn: str | None = None,
        next_token: str | None = None,
        max_results: int | None = None,
        sort_order: SortOrder | SortOrderLiteral | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> ListPipelineExecutionStepsResponse:
        """Gets a list of PipeLineExecutionStep objects. (Operation since 2020-12-01.)

        Args:
            pipeline_execution_arn: The Amazon Resource Name (ARN) of the pipeline execution.
                Since 2020-12-01.
            next_token: If the result of the previous ListPipelineExecutionSteps request was
                truncated, the response includes a NextToken. To retrieve the next set of pipeline
                execution steps, use the token in the next request. Since 2020-12-01.
            max_results: The maximum number of pipeline execution steps to return in the
                response. Since 2020-12-01.
            sort_order: The field by which to sort results. The default is CreatedTime. Since
                2020-12-01.

        Returns:
            ListPipelineExecutionStepsResponse: the typed response.
        """
    def paginate_list_pipeline_execution_steps(
        self,
        *,
        pipeline_execution_arn: str | None = None,
        max_results: int | None = None,
        sort_order: SortOrder | SortOrderLiteral | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> Pages[PipelineExecutionStep, ListPipelineExecutionStepsResponse]: ...
    async def list_pipeline_executions(
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
    ) -> ListPipelineExecutionsResponse:
        """Gets a list of the pipeline executions. (Operation since 2020-12-01.)

        Args:
            pipeline_name: The name of the pipeline. Since 2020-12-01.
            created_after: A filter that returns the pipeline executions that were created after
                a specified time. Since 2020-12-01.
            created_before: A filter that returns the pipeline executions that were created
                before a specified time. Since 2020-12-01.
            sort_by: The field by which to sort results. The default is CreatedTime . Since
                2020-12-01.
            sort_order: The sort order for results. Since 2020-12-01.
            next_token: If the result of the previous ListPipelineExecutions request was
                truncated, the response includes a NextToken . To retrieve the next set of pipeline
                executions, use the token in the next request. Since 2020-12-01.
            max_results: The maximum number of pipeline executions to return in the response.
                Since 2020-12-01.

        Returns:
            ListPipelineExecutionsResponse: the typed response.
        """
    def paginate_list_pipeline_executions(
        self,
        *,
        pipeline_name: str,
        created_after: datetime | None = None,
        created_before: datetime | None = None,
        sort_by: SortPipelineExecutionsBy | SortPipelineExecutionsByLiteral | None = None,
        sort_order: SortOrder | SortOrderLiteral | None = None,
        max_results: int | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> Pages[PipelineExecutionSummary, ListPipelineExecutionsResponse]: ...
    async def list_pipeline_parameters_for_execution(
        self,
        *,
        pipeline_execution_arn: str,
        next_token: str | None = None,
        max_results: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> ListPipelineParametersForExecutionResponse:
        """Gets a list of parameters for a pipeline execution. (Operation since 2020-12-01.)

        Args:
            pipeline_execution_arn: The Amazon Resource Name (ARN) of the pipeline execution.
                Since 2020-12-01.
            next_token: If the result of the previous ListPipelineParametersForExecution request
                was truncated, the response includes a NextToken . To retrieve the next set of
                parameters, use the token in the next request. Since 2020-12-01.
            max_results: The maximum number of parameters to return in the response. Since
                2020-12-01.

        Returns:
            ListPipelineParametersForExecutionResponse: the typed response.
        """
    def paginate_list_pipeline_parameters_for_execution(
        self,
        *,
        pipeline_execution_arn: str,
        max_results: int | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> Pages[Parameter, ListPipelineParametersForExecutionResponse]: ...
    async def list_pipeline_versions(
        self,
        *,
        pipeline_name: str,
        created_after: datetime | None = None,
        created_before: datetime | None = None,
        sort_order: SortOrder | SortOrderLiteral | None = None,
        next_token: str | None = None,
        max_results: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> ListPipelineVersionsResponse:
        """Gets a list of all versions of the pipeline. (Operation since 2025-07-15.)

        Args:
            pipeline_name: The Amazon Resource Name (ARN) of the pipeline. Since 2025-07-15.
            created_after: A filter that returns the pipeline versions that were created after a
                specified time. Since 2025-07-15.
            created_before: A filter that returns the pipeline versions that were created before
                a specified time. Since 2025-07-15.
            sort_order: The sort order for the results. Since 2025-07-15.
            next_token: If the result of the previous ListPipelineVersions request was
                truncated, the response includes a NextToken. To retrieve the next set of pipeline
                versions, use this token in your next request. Since 2025-07-15.
            max_results: The maximum number of pipeline versions to return in the response.
                Since 2025-07-15.

        Returns:
            ListPipelineVersionsResponse: the typed response.
        """
    def paginate_list_pipeline_versions(
        self,
        *,
        pipeline_name: str,
        created_after: datetime | None = None,
        created_before: datetime | None = None,
        sort_order: SortOrder | SortOrderLiteral | None = None,
        max_results: int | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> Pages[PipelineVersionSummary, ListPipelineVersionsResponse]: ...
    async def list_pipelines(
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
    ) -> ListPipelinesResponse:
        """Gets a list of pipelines. (Operation since 2020-12-01.)

        Args:
            pipeline_name_prefix: The prefix of the pipeline name. Since 2020-12-01.
            created_after: A filter that returns the pipelines that were created after a
                specified time. Since 2020-12-01.
            created_before: A filter that returns the pipelines that were created before a
                specified time. Since 2020-12-01.
            sort_by: The field by which to sort results. The default is CreatedTime . Since
                2020-12-01.
            sort_order: The sort order for results. Since 2020-12-01.
            next_token: If the result of the previous ListPipelines request was truncated, the
                response includes a NextToken . To retrieve the next set of pipelines, use the token
                in the next request. Since 2020-12-01.
            max_results: The maximum number of pipelines to return in the response. Since
                2020-12-01.

        Returns:
            ListPipelinesResponse: the typed response.
        """
    def paginate_list_pipelines(
        self,
        *,
        pipeline_name_prefix: str | None = None,
        created_after: datetime | None = None,
        created_before: datetime | None = None,
        sort_by: SortPipelinesBy | SortPipelinesByLiteral | None = None,
        sort_order: SortOrder | SortOrderLiteral | None = None,
        max_results: int | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> Pages[PipelineSummary, ListPipelinesResponse]: ...
    async def list_processing_jobs(
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
    ) -> ListProcessingJobsResponse:
        """Lists processing jobs that satisfy various filters. (Operation since 2019-12-04.)

        Args:
            creation_time_after: A filter that returns only processing jobs created after the
                specified time. Since 2019-12-04.
            creation_time_before: A filter that returns only processing jobs created after the
                specified time. Since 2019-12-04.
            last_modified_time_after: A filter that returns only processing jobs modified after
                the specified time. Since 2019-12-04.
            last_modified_time_before: A filter that returns only processing jobs modified
                before the specified time. Since 2019-12-04.
            name_contains: A string in the processing job name. This filter returns only
                processing jobs whose name contains the specified string. Since 2019-12-04.
            status_equals: A filter that retrieves only processing jobs with a specific status.
                Since 2019-12-04.
            sort_by: The field to sort results by. The default is CreationTime . Since
                2019-12-04.
            sort_order: The sort order for results. The default is Ascending . Since 2019-12-04.
            next_token: If the result of the previous ListProcessingJobs request was truncated,
                the response includes a NextToken . To retrieve the next set of processing jobs, use
                the token in the next request. Since 2019-12-04.
            max_results: The maximum number of processing jobs to return in the response. Since
                2019-12-04.

        Returns:
            ListProcessingJobsResponse: the typed response.
        """
    def paginate_list_processing_jobs(
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
        max_results: int | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> Pages[ProcessingJobSummary, ListProcessingJobsResponse]: ...
    async def list_projects(
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
    ) -> ListProjectsOutput:
        """Gets a list of the projects in an Amazon Web Services account. (Operation since 2020-12-01.)

        Args:
            creation_time_after: A filter that returns the projects that were created after a
                specified time. Since 2020-12-01.
            creation_time_before: A filter that returns the projects that were created before a
                specified time. Since 2020-12-01.
            max_results: The maximum number of projects to return in the response. Since
                2020-12-01.
            name_contains: A filter that returns the projects whose name contains a specified
                string. Since 2020-12-01.
            next_token: If the result of the previous ListProjects request was truncated, the
                response includes a NextToken . To retrieve the next set of projects, use the token
                in the next request. Since 2020-12-01.
            sort_by: The field by which to sort results. The default is CreationTime . Since
                2020-12-01.
            sort_order: The sort order for results. The default is Ascending . Since 2020-12-01.

        Returns:
            ListProjectsOutput: the typed response.
        """
    def paginate_list_projects(
        self,
        *,
        creation_time_after: datetime | None = None,
        creation_time_before: datetime | None = None,
        max_results: int | None = None,
        name_contains: str | None = None,
        sort_by: ProjectSortBy | ProjectSortByLiteral | None = None,
        sort_order: ProjectSortOrder | ProjectSortOrderLiteral | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> Pages[ProjectSummary, ListProjectsOutput]: ...
    async def list_resource_catalogs(
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
    ) -> ListResourceCatalogsResponse:
        """Lists Amazon SageMaker Catalogs based on given filters and orders. The maximum number of
        ResourceCatalog s viewable is 1000. (Operation since 2023-07-20.)

        Args:
            name_contains: A string that partially matches one or more ResourceCatalog s names.
                Filters ResourceCatalog by name. Since 2023-07-20.
            creation_time_after: Use this parameter to search for ResourceCatalog s created
                after a specific date and time. Since 2023-07-20.
            creation_time_before: Use this parameter to search for ResourceCatalog s created
                before a specific date and time. Since 2023-07-20.
            sort_order: The order in which the resource catalogs are listed. Since 2023-07-20.
            sort_by: The value on which the resource catalog list is sorted. Since 2023-07-20.
            max_results: The maximum number of results returned by ListResourceCatalogs . Since
                2023-07-20.
            next_token: A token to resume pagination of ListResourceCatalogs results. Since
                2023-07-20.

        Returns:
            ListResourceCatalogsResponse: the typed response.
        """
    def paginate_list_resource_catalogs(
        self,
        *,
        name_contains: str | None = None,
        creation_time_after: datetime | None = None,
        creation_time_before: datetime | None = None,
        sort_order: ResourceCatalogSortOrder | ResourceCatalogSortOrderLiteral | None = None,
        sort_by: ResourceCatalogSortBy | ResourceCatalogSortByLiteral | None = None,
        max_results: int | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> Pages[ResourceCatalog, ListResourceCatalogsResponse]: ...
    async def list_spaces(
        self,
        *,
        next_token: str | None = None,
        max_results: int | None = None,
        sort_order: SortOrder | SortOrderLiteral | None = None,
        sort_by: SpaceSortKey | SpaceSortKeyLiteral | None = None,
        domain_id_equals: str | None = None,
        space_name_contains: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> ListSpacesResponse:
        """Lists spaces. (Operation since 2022-11-30.)

        Args:
            next_token: If the previous response was truncated, you will receive this token. Use
                it in your next request to receive the next set of results. Since 2022-11-30.
            max_results: This parameter defines the maximum number of results that can be return
                in a single response. The MaxResults parameter is an upper bound, not a target. If
                there are more results available than the value specified, a NextToken is provided
                in the response. The NextToken indicates that the user should get the next set of
                results by providing this token as a part of a subsequent call. The default value
                for MaxResults is 10. Since 2022-11-30.
            sort_order: The sort order for the results. The default is Ascending. Since
                2022-11-30.
            sort_by: The parameter by which to sort the results. The default is CreationTime.
                Since 2022-11-30.
            domain_id_equals: A parameter to search for the domain ID. Since 2022-11-30.
            space_name_contains: A parameter by which to filter the results. Since 2022-11-30.

        Returns:
            ListSpacesResponse: the typed response.
        """
    def paginate_list_spaces(
        self,
        *,
        max_results: int | None = None,
        sort_order: SortOrder | SortOrderLiteral | None = None,
        sort_by: SpaceSortKey | SpaceSortKeyLiteral | None = None,
        domain_id_equals: str | None = None,
        space_name_contains: str | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> Pages[SpaceDetails, ListSpacesResponse]: ...
    async def list_stage_devices(
        self,
        *,
        edge_deployment_plan_name: str,
        stage_name: str,
        next_token: str | None = None,
        max_results: int | None = None,
        exclude_devices_deployed_in_other_stage: bool | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> ListStageDevicesResponse:
        """Lists devices allocated to the stage, containing detailed device information and deployment
        status. (Operation since 2022-07-18.)

        Args:
            next_token: The response from the last list when returning a list large enough to
                neeed tokening. Since 2022-07-18.
            max_results: The maximum number of requests to select. Since 2022-07-18.
            edge_deployment_plan_name: The name of the edge deployment plan. Since 2022-07-18.
            exclude_devices_deployed_in_other_stage: Toggle for excluding devices deployed in
                other stages. Since 2022-07-18.
            stage_name: The name of the stage in the deployment. Since 2022-07-18.

        Returns:
            ListStageDevicesResponse: the typed response.
        """
    def paginate_list_stage_devices(
        self,
        *,
        edge_deployment_plan_name: str,
        stage_name: str,
        max_results: int | None = None,
        exclude_devices_deployed_in_other_stage: bool | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> Pages[DeviceDeploymentSummary, ListStageDevicesResponse]: ...
    async def list_studio_lifecycle_configs(
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
    ) -> ListStudioLifecycleConfigsResponse:
        """Lists the Amazon SageMaker Studio Lifecycle Configurations in your Amazon Web Services
        Account. (Operation since 2021-09-10.)

        Args:
            max_results: The total number of items to return in the response. If the total
                number of items available is more than the value specified, a NextToken is provided
                in the response. To resume pagination, provide the NextToken value in the as part of
                a subsequent call. The default value is 10. Since 2021-09-10.
            next_token: If the previous call to ListStudioLifecycleConfigs didn't return the
                full set of Lifecycle Configurations, the call returns a token for getting the next
                set of Lifecycle Configurations. Since 2021-09-10.
            name_contains: A string in the Lifecycle Configuration name. This filter returns
                only Lifecycle Configurations whose name contains the specified string. Since
                2021-09-10.
            app_type_equals: A parameter to search for the App Type to which the Lifecycle
                Configuration is attached. Since 2021-09-10.
            creation_time_before: A filter that returns only Lifecycle Configurations created on
                or before the specified time. Since 2021-09-10.
            creation_time_after: A filter that returns only Lifecycle Configurations created on
                or after the specified time. Since 2021-09-10.
            modified_time_before: A filter that returns only Lifecycle Configurations modified
                before the specified time. Since 2021-09-10.
            modified_time_after: A filter that returns only Lifecycle Configurations modified
                after the specified time. Since 2021-09-10.
            sort_by: The property used to sort results. The default value is CreationTime. Since
                2021-09-10.
            sort_order: The sort order. The default value is Descending. Since 2021-09-10.

        Returns:
            ListStudioLifecycleConfigsResponse: the typed response.
        """
    def paginate_list_studio_lifecycle_configs(
        self,
        *,
        max_results: int | None = None,
        name_contains: str | None = None,
        app_type_equals: StudioLifecycleConfigAppType | StudioLifecycleConfigAppTypeLiteral | None = None,
        creation_time_before: datetime | None = None,
        creation_time_after: datetime | None = None,
        modified_time_before: datetime | None = None,
        modified_time_after: datetime | None = None,
        sort_by: StudioLifecycleConfigSortKey | StudioLifecycleConfigSortKeyLiteral | None = None,
        sort_order: SortOrder | SortOrderLiteral | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> Pages[StudioLifecycleConfigDetails, ListStudioLifecycleConfigsResponse]: ...
    async def list_subscribed_workteams(
        self,
        *,
        name_contains: str | None = None,
        next_token: str | None = None,
        max_results: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> ListSubscribedWorkteamsResponse:
        """Gets a list of the work teams that you are subscribed to in the AWS Marketplace. The list
        may be empty if no work team satisfies the filter specified in the NameContains parameter.
        (Operation since 2018-11-28.)

        Args:
            name_contains: A string in the work team name. This filter returns only work teams
                whose name contains the specified string. Since 2018-11-28.
            next_token: If the result of the previous ListSubscribedWorkteams request was
                truncated, the response includes a NextToken . To retrieve the next set of labeling
                jobs, use the token in the next request. Since 2018-11-28.
            max_results: The maximum number of work teams to return in each page of the
                response. Since 2018-11-28.

        Returns:
            ListSubscribedWorkteamsResponse: the typed response.
        """
    def paginate_list_subscribed_workteams(
        self,
        *,
        name_contains: str | None = None,
        max_results: int | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> Pages[SubscribedWorkteam, ListSubscribedWorkteamsResponse]: ...
    async def list_tags(
        self,
        *,
        resource_arn: str,
        next_token: str | None = None,
        max_results: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> ListTagsOutput:
        """Returns the tags for the specified Amazon SageMaker resource.

        Args:
            resource_arn: The Amazon Resource Name (ARN) of the resource whose tags you want to
                retrieve. Since 2017-11-29.
            next_token: If the response to the previous ListTags request is truncated, Amazon
                SageMaker returns this token. To retrieve the next set of tags, use it in the
                subsequent request. Since 2017-11-29.
            max_results: Maximum number of tags to return. Since 2017-11-29.

        Returns:
            ListTagsOutput: the typed response.
        """
    def paginate_list_tags(
        self,
        *,
        resource_arn: str,
        max_results: int | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> Pages[Tag, ListTagsOutput]: ...
    async def list_training_jobs(
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
    ) -> ListTrainingJobsResponse:
        """Lists training jobs.

        Args:
            next_token: If the result of the previous ListTrainingJobs request was truncated,
                the response includes a NextToken. To retrieve the next set of training jobs, use
                the token in the next request. Since 2017-11-29.
            max_results: The maximum number of training jobs to return in the response. Since
                2017-11-29.
            creation_time_after: A filter that returns only training jobs created after the
                specified time (timestamp). Since 2017-11-29.
            creation_time_before: A filter that returns only training jobs created before the
                specified time (timestamp). Since 2017-11-29.
            last_modified_time_after: A filter that returns only training jobs modified after
                the specified time (timestamp). Since 2017-11-29.
            last_modified_time_before: A filter that returns only training jobs modified before
                the specified time (timestamp). Since 2017-11-29.
            name_contains: A string in the training job name. This filter returns only training
                jobs whose name contains the specified string. Since 2017-11-29.
            status_equals: A filter that retrieves only training jobs with a specific status.
                Since 2017-11-29.
            sort_by: The field to sort results by. The default is CreationTime. Since
                2017-11-29.
            sort_order: The sort order for results. The default is Ascending. Since 2017-11-29.
            warm_pool_status_equals: A filter that retrieves only training jobs with a specific
                warm pool status. Since 2022-09-29.
            training_plan_arn_equals: The Amazon Resource Name (ARN); of the training plan to
                filter training jobs by. For more information about reserving GPU capacity for your
                SageMaker training jobs using Amazon SageMaker Training Plan, see
                ``CreateTrainingPlan ``. Since 2024-12-04.

        Returns:
            ListTrainingJobsResponse: the typed response.
        """
    def paginate_list_training_jobs(
        self,
        *,
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
        page_size: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> Pages[TrainingJobSummary, ListTrainingJobsResponse]: ...
    async def list_training_jobs_for_hyper_parameter_tuning_job(
        self,
        *,
        hyper_parameter_tuning_job_name: str,
        next_token: str | None = None,
        max_results: int | None = None,
        status_equals: TrainingJobStatus | TrainingJobStatusLiteral | None = None,
        sort_by: TrainingJobSortByOptions | TrainingJobSortByOptionsLiteral | None = None,
        sort_order: SortOrder | SortOrderLiteral | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> ListTrainingJobsForHyperParameterTuningJobResponse:
        """Gets a list of TrainingJobSummary objects that describe the training jobs that a
        hyperparameter tuning job launched. (Operation since 2018-06-04.)

        Args:
            hyper_parameter_tuning_job_name: The name of the tuning job whose training jobs you
                want to list. Since 2018-06-04.
            next_token: If the result of the previous ListTrainingJobsForHyperParameterTuningJob
                request was truncated, the response includes a NextToken. To retrieve the next set
                of training jobs, use the token in the next request. Since 2018-06-04.
            max_results: The maximum number of training jobs to return. The default value is 10.
                Since 2018-06-04.
            status_equals: A filter that returns only training jobs with the specified status.
                Since 2018-06-04.
            sort_by: The field to sort results by. The default is Name. Since 2018-06-04.
            sort_order: The sort order for results. The default is Ascending. Since 2018-06-04.

        Returns:
            ListTrainingJobsForHyperParameterTuningJobResponse: the typed response.
        """
    def paginate_list_training_jobs_for_hyper_parameter_tuning_job(
        self,
        *,
        hyper_parameter_tuning_job_name: str,
        max_results: int | None = None,
        status_equals: TrainingJobStatus | TrainingJobStatusLiteral | None = None,
        sort_by: TrainingJobSortByOptions | TrainingJobSortByOptionsLiteral | None = None,
        sort_order: SortOrder | SortOrderLiteral | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> Pages[HyperParameterTrainingJobSummary, ListTrainingJobsForHyperParameterTuningJobResponse]: ...
    async def list_training_plans(
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
    ) -> ListTrainingPlansResponse:
        """Retrieves a list of training plans for the current account. (Operation since 2024-12-04.)

        Args:
            next_token: A token to continue pagination if more results are available. Since
                2024-12-04.
            max_results: The maximum number of results to return in the response. Since
                2024-12-04.
            start_time_after: Filter to list only training plans with an actual start time after
                this date. Since 2024-12-04.
            start_time_before: Filter to list only training plans with an actual start time
                before this date. Since 2024-12-04.
            sort_by: The training plan field to sort the results by (e.g., StartTime, Status).
                Since 2024-12-04.
            sort_order: The order to sort the results (Ascending or Descending). Since
                2024-12-04.
            filters: Additional filters to apply to the list of training plans. Since
                2024-12-04.

        Returns:
            ListTrainingPlansResponse: the typed response.
        """
    def paginate_list_training_plans(
        self,
        *,
        max_results: int | None = None,
        start_time_after: datetime | None = None,
        start_time_before: datetime | None = None,
        sort_by: TrainingPlanSortBy | TrainingPlanSortByLiteral | None = None,
        sort_order: TrainingPlanSortOrder | TrainingPlanSortOrderLiteral | None = None,
        filters: list[TrainingPlanFilter] | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> Pages[TrainingPlanSummary, ListTrainingPlansResponse]: ...
    async def list_transform_jobs(
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
    ) -> ListTransformJobsResponse:
        """Lists transform jobs. (Operation since 2018-07-17.)

        Args:
            creation_time_after: A filter that returns only transform jobs created after the
                specified time. Since 2018-07-17.
            creation_time_before: A filter that returns only transform jobs created before the
                specified time. Since 2018-07-17.
            last_modified_time_after: A filter that returns only transform jobs modified after
                the specified time. Since 2018-07-17.
            last_modified_time_before: A filter that returns only transform jobs modified before
                the specified time. Since 2018-07-17.
            name_contains: A string in the transform job name. This filter returns only
                transform jobs whose name contains the specified string. Since 2018-07-17.
            status_equals: A filter that retrieves only transform jobs with a specific status.
                Since 2018-07-17.
            sort_by: The field to sort results by. The default is CreationTime . Since
                2018-07-17.
            sort_order: The sort order for results. The default is Descending . Since
                2018-07-17.
            next_token: If the result of the previous ListTransformJobs request was truncated,
                the response includes a NextToken . To retrieve the next set of transform jobs, use
                the token in the next request. Since 2018-07-17.
            max_results: The maximum number of transform jobs to return in the response. The
                default value is 10 . Since 2018-07-17.

        Returns:
            ListTransformJobsResponse: the typed response.
        """
    def paginate_list_transform_jobs(
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
        max_results: int | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> Pages[TransformJobSummary, ListTransformJobsResponse]: ...
    async def list_trial_components(
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
    ) -> ListTrialComponentsResponse:
        """Lists the trial components in your account. You can sort the list by trial component name or
        creation time. You can filter the list to show only components that were created in a
        specific time range. You can also filter on one of the following: (Operation since
        2019-12-04.)

        Args:
            experiment_name: A filter that returns only components that are part of the
                specified experiment. If you specify ExperimentName , you can't filter by SourceArn
                or TrialName . Since 2020-01-10.
            trial_name: A filter that returns only components that are part of the specified
                trial. If you specify TrialName , you can't filter by ExperimentName or SourceArn .
                Since 2020-01-10.
            source_arn: A filter that returns only components that have the specified source
                Amazon Resource Name (ARN). If you specify SourceArn , you can't filter by
                ExperimentName or TrialName . Since 2019-12-04.
            created_after: A filter that returns only components created after the specified
                time. Since 2019-12-04.
            created_before: A filter that returns only components created before the specified
                time. Since 2019-12-04.
            sort_by: The property used to sort results. The default value is CreationTime .
                Since 2019-12-04.
            sort_order: The sort order. The default value is Descending . Since 2019-12-04.
            max_results: The maximum number of components to return in the response. The default
                value is 10. Since 2019-12-04.
            next_token: If the previous call to ListTrialComponents didn't return the full set
                of components, the call returns a token for getting the next set of components.
                Since 2019-12-04.

        Returns:
            ListTrialComponentsResponse: the typed response.
        """
    def paginate_list_trial_components(
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
        page_size: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> Pages[TrialComponentSummary, ListTrialComponentsResponse]: ...
    async def list_trials(
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
    ) -> ListTrialsResponse:
        """Lists the trials in your account. Specify an experiment name to limit the list to the trials
        that are part of that experiment. Specify a trial component name to limit the list to the
        trials that associated with that trial component. The list can be filtered to show only
        trials that were created in a specific time range. The list can be sorted by trial name or
        creation time. (Operation since 2019-12-04.)

        Args:
            experiment_name: A filter that returns only trials that are part of the specified
                experiment. Since 2019-12-04.
            trial_component_name: A filter that returns only trials that are associated with the
                specified trial component. Since 2020-02-26.
            created_after: A filter that returns only trials created after the specified time.
                Since 2019-12-04.
            created_before: A filter that returns only trials created before the specified time.
                Since 2019-12-04.
            sort_by: The property used to sort results. The default value is CreationTime .
                Since 2019-12-04.
            sort_order: The sort order. The default value is Descending . Since 2019-12-04.
            max_results: The maximum number of trials to return in the response. The default
                value is 10. Since 2019-12-04.
            next_token: If the previous call to ListTrials didn't return the full set of trials,
                the call returns a token for getting the next set of trials. Since 2019-12-04.

        Returns:
            ListTrialsResponse: the typed response.
        """
    def paginate_list_trials(
        self,
        *,
        experiment_name: str | None = None,
        trial_component_name: str | None = None,
        created_after: datetime | None = None,
        created_before: datetime | None = None,
        sort_by: SortTrialsBy | SortTrialsByLiteral | None = None,
        sort_order: SortOrder | SortOrderLiteral | None = None,
        max_results: int | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> Pages[TrialSummary, ListTrialsResponse]: ...
    async def list_ultra_servers_by_reserved_capacity(
        self,
        *,
        reserved_capacity_arn: str,
        max_results: int | None = None,
        next_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> ListUltraServersByReservedCapacityResponse:
        """Lists all UltraServers that are part of a specified reserved capacity. (Operation since
        2025-08-08.)

        Args:
            reserved_capacity_arn: The ARN of the reserved capacity to list UltraServers for.
                Since 2025-08-08.
            max_results: The maximum number of UltraServers to return in the response. The
                default value is 10. Since 2025-08-08.
            next_token: If the previous response was truncated, you receive this token. Use it
                in your next request to receive the next set of results. Since 2025-08-08.

        Returns:
            ListUltraServersByReservedCapacityResponse: the typed response.
        """
    def paginate_list_ultra_servers_by_reserved_capacity(
        self,
        *,
        reserved_capacity_arn: str,
        max_results: int | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> Pages[UltraServer, ListUltraServersByReservedCapacityResponse]: ...
    async def list_user_profiles(
        self,
        *,
        next_token: str | None = None,
        max_results: int | None = None,
        sort_order: SortOrder | SortOrderLiteral | None = None,
        sort_by: UserProfileSortKey | UserProfileSortKeyLiteral | None = None,
        domain_id_equals: str | None = None,
        user_profile_name_contains: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> ListUserProfilesResponse:
        """Lists user profiles. (Operation since 2019-12-04.)

        Args:
            next_token: If the previous response was truncated, you will receive this token. Use
                it in your next request to receive the next set of results. Since 2019-12-04.
            max_results: Returns a list up to a specified limit. Since 2019-12-04.
            sort_order: The sort order for the results. The default is Ascending. Since
                2019-12-04.
            sort_by: The parameter by which to sort the results. The default is CreationTime.
                Since 2019-12-04.
            domain_id_equals: A parameter by which to filter the results. Since 2019-12-04.
            user_profile_name_contains: A parameter by which to filter the results. Since
                2019-12-04.

        Returns:
            ListUserProfilesResponse: the typed response.
        """
    def paginate_list_user_profiles(
        self,
        *,
        max_results: int | None = None,
        sort_order: SortOrder | SortOrderLiteral | None = None,
        sort_by: UserProfileSortKey | UserProfileSortKeyLiteral | None = None,
        domain_id_equals: str | None = None,
        user_profile_name_contains: str | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> Pages[UserProfileDetails, ListUserProfilesResponse]: ...
    async def list_workforces(
        self,
        *,
        sort_by: ListWorkforcesSortByOptions | ListWorkforcesSortByOptionsLiteral | None = None,
        sort_order: SortOrder | SortOrderLiteral | None = None,
        name_contains: str | None = None,
        next_token: str | None = None,
        max_results: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> ListWorkforcesResponse:
        """Use this operation to list all private and vendor workforces in an Amazon Web Services
        Region. Note that you can only have one private workforce per Amazon Web Services Region.
        (Operation since 2020-07-24.)

        Args:
            sort_by: Sort workforces using the workforce name or creation date. Since
                2020-07-24.
            sort_order: Sort workforces in ascending or descending order. Since 2020-07-24.
            name_contains: A filter you can use to search for workforces using part of the
                workforce name. Since 2020-07-24.
            next_token: A token to resume pagination. Since 2020-07-24.
            max_results: The maximum number of workforces returned in the response. Since
                2020-07-24.

        Returns:
            ListWorkforcesResponse: the typed response.
        """
    def paginate_list_workforces(
        self,
        *,
        sort_by: ListWorkforcesSortByOptions | ListWorkforcesSortByOptionsLiteral | None = None,
        sort_order: SortOrder | SortOrderLiteral | None = None,
        name_contains: str | None = None,
        max_results: int | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> Pages[Workforce, ListWorkforcesResponse]: ...
    async def list_workteams(
        self,
        *,
        sort_by: ListWorkteamsSortByOptions | ListWorkteamsSortByOptionsLiteral | None = None,
        sort_order: SortOrder | SortOrderLiteral | None = None,
        name_contains: str | None = None,
        next_token: str | None = None,
        max_results: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> ListWorkteamsResponse:
        """Gets a list of private work teams that you have defined in a region. The list may be empty
        if no work team satisfies the filter specified in the NameContains parameter. (Operation
        since 2018-11-28.)

        Args:
            sort_by: The field to sort results by. The default is CreationTime . Since
                2018-11-28.
            sort_order: The sort order for results. The default is Ascending . Since 2018-11-28.
            name_contains: A string in the work team's name. This filter returns only work teams
                whose name contains the specified string. Since 2018-11-28.
            next_token: If the result of the previous ListWorkteams request was truncated, the
                response includes a NextToken . To retrieve the next set of labeling jobs, use the
                token in the next request. Since 2018-11-28.
            max_results: The maximum number of work teams to return in each page of the
                response. Since 2018-11-28.

        Returns:
            ListWorkteamsResponse: the typed response.
        """
    def paginate_list_workteams(
        self,
        *,
        sort_by: ListWorkteamsSortByOptions | ListWorkteamsSortByOptionsLiteral | None = None,
        sort_order: SortOrder | SortOrderLiteral | None = None,
        name_contains: str | None = None,
        max_results: int | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> Pages[Workteam, ListWorkteamsResponse]: ...
    async def put_model_package_group_policy(
        self,
        *,
        model_package_group_name: str,
        resource_policy: str,
        extra: Mapping[str, Any] | None = None,
    ) -> PutModelPackageGroupPolicyOutput:
        """Adds a resouce policy to control access to a model group. For information about resoure
        policies, see Identity-based policies and resource-based policies in the AWS Identity and
        Access Management User Guide. . (Operation since 2020-12-01.)

        Args:
            model_package_group_name: The name of the model group to add a resource policy to.
                Since 2020-12-01.
            resource_policy: The resource policy for the model group. Since 2020-12-01.

        Returns:
            PutModelPackageGroupPolicyOutput: the typed response.
        """

    async def query_lineage(
        self,
        *,
        start_arns: list[str] | None = None,
        direction: Direction | DirectionLiteral | None = None,
        include_edges: bool | None = None,
        filters: QueryFilters | None = None,
        max_depth: int | None = None,
        max_results: int | None = None,
        next_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> QueryLineageResponse:
        """Use this action to inspect your lineage and discover relationships between entities. For
        more information, see Querying Lineage Entities in the Amazon SageMaker Developer Guide .
        (Operation since 2021-12-01.)

        Args:
            start_arns: A list of resource Amazon Resource Name (ARN) that represent the
                starting point for your lineage query. Since 2021-12-01.
            direction: Associations between lineage entities have a direction. This parameter
                determines the direction from the StartArn(s) that the query traverses. Since
                2021-12-01.
            include_edges: Setting this value to True retrieves not only the entities of
                interest but also the Associations and lineage entities on the path. Set to False to
                only return lineage entities that match your query. Since 2021-12-01.
            filters: A set of filtering parameters that allow you to specify which entities
                should be returned. Since 2021-12-01.
            max_depth: The maximum depth in lineage relationships from the StartArns that are
                traversed. Depth is a measure of the number of Associations from the StartArn entity
                to the matched results. Since 2021-12-01.
            max_results: Limits the number of vertices in the results. Use the NextToken in a
                response to to retrieve the next page of results. Since 2021-12-01.
            next_token: Limits the number of vertices in the request. Use the NextToken in a
                response to to retrieve the next page of results. Since 2021-12-01.

        Returns:
            QueryLineageResponse: the typed response.
        """

    async def register_devices(
        self,
        *,
        device_fleet_name: str,
        devices: list[Device],
        tags: list[Tag] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> RegisterDevicesResponse:
        """Register devices. (Operation since 2020-12-08.)

        Args:
            device_fleet_name: The name of the fleet. Since 2020-12-08.
            devices: A list of devices to register with SageMaker Edge Manager. Since
                2020-12-08.
            tags: The tags associated with devices. Since 2020-12-08.

        Returns:
            RegisterDevicesResponse: the typed response.
        """

    async def render_ui_template(
        self,
        *,
        task: RenderableTask,
        role_arn: str,
        ui_template: UiTemplate | None = None,
        human_task_ui_arn: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> RenderUiTemplateResponse:
        """Renders the UI template so that you can preview the worker's experience. (Operation since
        2018-11-28.)

        Args:
            ui_template: A Template object containing the worker UI template to render. Since
                2018-11-28.
            task: A RenderableTask object containing a representative task to render. Since
                2018-11-28.
            role_arn: The Amazon Resource Name (ARN) that has access to the S3 objects that are
                used by the template. Since 2018-11-28.
            human_task_ui_arn: The HumanTaskUiArn of the worker UI that you want to render. Do
                not provide a HumanTaskUiArn if you use the UiTemplate parameter. Since 2020-06-01.

        Returns:
            RenderUiTemplateResponse: the typed response.
        """

    async def retry_pipeline_execution(
        self,
        *,
        pipeline_execution_arn: str,
        client_request_token: str,
        parallelism_configuration: ParallelismConfiguration | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> RetryPipelineExecutionResponse:
        """Retry the execution of the pipeline. (Operation since 2021-09-16.)

        Args:
            pipeline_execution_arn: The Amazon Resource Name (ARN) of the pipeline execution.
                Since 2021-09-16.
            client_request_token: A unique, case-sensitive identifier that you provide to ensure
                the idempotency of the operation. An idempotent operation completes no more than
                once. Since 2021-09-16.
            parallelism_configuration: This configuration, if specified, overrides the
                parallelism configuration of the parent pipeline. Since 2022-01-03.

        Returns:
            RetryPipelineExecutionResponse: the typed response.
        """

    async def search(
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
    ) -> SearchResponse:
        """Finds SageMaker resources that match a search query. Matching resources are returned as a
        list of SearchRecord objects in the response. You can sort the search results by any
        resource property in a ascending or descending order. (Operation since 2018-11-28.)

        Args:
            resource: The name of the SageMaker resource to search for. Since 2018-11-28.
            search_expression: A Boolean conditional statement. Resources must satisfy this
                condition to be included in search results. You must provide at least one
                subexpression, filter, or nested filter. The maximum number of recursive
                SubExpressions, NestedFilters, and Filters that can be included in a
                SearchExpression object is 50. Since 2018-11-28.
            sort_by: The name of the resource property used to sort the SearchResults. The
                default is LastModifiedTime. Since 2018-11-28.
            sort_order: How SearchResults are ordered. Valid values are Ascending or Descending.
                The default is Descending. Since 2018-11-28.
            next_token: If more than MaxResults resources match the specified SearchExpression,
                the response includes a NextToken. The NextToken can be passed to the next
                SearchRequest to continue retrieving results. Since 2018-11-28.
            max_results: The maximum number of results to return. Since 2018-11-28.
            cross_account_filter_option: A cross account filter option. When the value is
                "CrossAccount" the search results will only include resources made discoverable to
                you from other accounts. When the value is "SameAccount" or null the search results
                will only include resources from your account. Default is null. For more information
                on searching for resources made discoverable to your account, see Search
                discoverable resources in the SageMaker Developer Guide. The maximum number of
                ``ResourceCatalog``s viewable is 1000. Since 2023-07-20.
            visibility_conditions: Limits the results of your search request to the resources
                that you can access. Since 2023-12-21.

        Returns:
            SearchResponse: the typed response.
        """
    def paginate_search(
        self,
        *,
        resource: ResourceType | ResourceTypeLiteral,
        search_expression: SearchExpression | None = None,
        sort_by: str | None = None,
        sort_order: SearchSortOrder | SearchSortOrderLiteral | None = None,
        max_results: int | None = None,
        cross_account_filter_option: CrossAccountFilterOption | CrossAccountFilterOptionLiteral | None = None,
        visibility_conditions: list[VisibilityConditions] | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> Pages[SearchRecord, SearchResponse]: ...
    async def search_training_plan_offerings(
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
    ) -> SearchTrainingPlanOfferingsResponse:
        """Searches for available training plan offerings based on specified criteria. (Operation since
        2024-12-04.)

        Args:
            instance_type: The type of instance you want to search for in the available training
                plan offerings. This field allows you to filter the search results based on the
                specific compute resources you require for your SageMaker training jobs or SageMaker
                HyperPod clusters. When searching for training plan offerings, specifying the
                instance type helps you find Reserved Instances that match your computational needs.
                Since 2024-12-04.
            instance_count: The number of instances you want to reserve in the training plan
                offerings. This allows you to specify the quantity of compute resources needed for
                your SageMaker training jobs or SageMaker HyperPod clusters, helping you find
                reserved capacity offerings that match your requirements. Since 2024-12-04.
            ultra_server_type: The type of UltraServer to search for, such as ml.u-p6e-gb200x72.
                Since 2025-08-08.
            ultra_server_count: The number of UltraServers to search for. Since 2025-08-08.
            start_time_after: A filter to search for training plan offerings with a start time
                after a specified date. Since 2024-12-04.
            end_time_before: A filter to search for reserved capacity offerings with an end time
                before a specified date. Since 2024-12-04.
            duration_hours: The desired duration in hours for the training plan offerings. Since
                2024-12-04.
            target_resources: The target resources (e.g., SageMaker Training Jobs, SageMaker
                HyperPod, SageMaker Endpoints, Studio apps) to search for in the offerings. Since
                2024-12-04.
            training_plan_arn: The Amazon Resource Name (ARN); of an existing training plan to
                search for extension offerings. When specified, the API returns extension offerings
                that can be used to extend the specified training plan. Since 2026-03-11.

        Returns:
            SearchTrainingPlanOfferingsResponse: the typed response.
        """

    async def send_pipeline_execution_step_failure(
        self,
        *,
        callback_token: str,
        failure_reason: str | None = None,
        client_request_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> SendPipelineExecutionStepFailureResponse:
        """Notifies the pipeline that the execution of a callback step failed, along with a message
        describing why. When a callback step is run, the pipeline generates a callback token and
        includes the token in a message sent to Amazon Simple Queue Service (Amazon SQS). (Operation
        since 2021-06-07.)

        Args:
            callback_token: The pipeline generated token from the Amazon SQS queue. Since
                2021-06-07.
            failure_reason: A message describing why the step failed. Since 2021-06-07.
            client_request_token: A unique, case-sensitive identifier that you provide to ensure
                the idempotency of the operation. An idempotent operation completes no more than one
                time. Since 2021-06-07.

        Returns:
            SendPipelineExecutionStepFailureResponse: the typed response.
        """

    async def send_pipeline_execution_step_success(
        self,
        *,
        callback_token: str,
        output_parameters: list[OutputParameter] | None = None,
        client_request_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> SendPipelineExecutionStepSuccessResponse:
        """Notifies the pipeline that the execution of a callback step succeeded and provides a list of
        the step's output parameters. When a callback step is run, the pipeline generates a callback
        token and includes the token in a message sent to Amazon Simple Queue Service (Amazon SQS).
        (Operation since 2021-06-07.)

        Args:
            callback_token: The pipeline generated token from the Amazon SQS queue. Since
                2021-06-07.
            output_parameters: A list of the output parameters of the callback step. Since
                2021-06-07.
            client_request_token: A unique, case-sensitive identifier that you provide to ensure
                the idempotency of the operation. An idempotent operation completes no more than one
                time. Since 2021-06-07.

        Returns:
            SendPipelineExecutionStepSuccessResponse: the typed response.
        """

    async def start_cluster_health_check(
        self,
        *,
        cluster_name: str,
        deep_health_check_configurations: list[InstanceGroupHealthCheckConfiguration],
        extra: Mapping[str, Any] | None = None,
    ) -> StartClusterHealthCheckResponse:
        """Start deep health checks for a SageMaker HyperPod cluster. You can use DescribeClusterNode
        API to track progress of the deep health checks. The unhealthy nodes will be automatically
        rebooted or replaced. Please see Resilience-related Kubernetes labels by SageMaker HyperPod
        for details. (Operation since 2026-04-10.)

        Args:
            cluster_name: The string name or the Amazon Resource Name (ARN) of the SageMaker
                HyperPod cluster. Since 2026-04-10.
            deep_health_check_configurations: A list of configurations containing instance group
                names, EC2 instance IDs, and deep health checks to perform. Since 2026-04-10.

        Returns:
            StartClusterHealthCheckResponse: the typed response.
        """

    async def start_edge_deployment_stage(
        self,
        *,
        edge_deployment_plan_name: str,
        stage_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> StartEdgeDeploymentStageResponse:
        """Starts a stage in an edge deployment plan. (Operation since 2022-07-18.)

        Args:
            edge_deployment_plan_name: The name of the edge deployment plan to start. Since
                2022-07-18.
            stage_name: The name of the stage to start. Since 2022-07-18.

        Returns:
            StartEdgeDeploymentStageResponse: the typed response.
        """

    async def start_inference_experiment(
        self,
        *,
        name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> StartInferenceExperimentResponse:
        """Starts an inference experiment. (Operation since 2022-11-30.)

        Args:
            name: The name of the inference experiment to start. Since 2022-11-30.

        Returns:
            StartInferenceExperimentResponse: the typed response.
        """

    async def start_mlflow_tracking_server(
        self,
        *,
        tracking_server_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> StartMlflowTrackingServerResponse:
        """Programmatically start an MLflow Tracking Server. (Operation since 2024-06-18.)

        Args:
            tracking_server_name: The name of the tracking server to start. Since 2024-06-18.

        Returns:
            StartMlflowTrackingServerResponse: the typed response.
        """

    async def start_monitoring_schedule(
        self,
        *,
        monitoring_schedule_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> StartMonitoringScheduleResponse:
        """Starts a previously stopped monitoring schedule. (Operation since 2019-12-04.)

        Args:
            monitoring_schedule_name: The name of the schedule to start. Since 2019-12-04.

        Returns:
            StartMonitoringScheduleResponse: the typed response.
        """

    async def start_notebook_instance(
        self,
        *,
        notebook_instance_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> StartNotebookInstanceResponse:
        """Launches an ML compute instance with the latest version of the libraries and attaches your
        ML storage volume. After configuring the notebook instance, Amazon SageMaker sets the
        notebook instance status to InService . A notebook instance's status must be InService (is
        this same as "Running" in the console?) before you can connect to your Jupyter notebook.

        Args:
            notebook_instance_name: The name of the notebook instance to start. Since
                2017-11-29.

        Returns:
            StartNotebookInstanceResponse: the typed response.
        """

    async def start_pipeline_execution(
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
    ) -> StartPipelineExecutionResponse:
        """Starts a pipeline execution. (Operation since 2020-12-01.)

        Args:
            pipeline_name: The name or Amazon Resource Name (ARN) of the pipeline. Since
                2020-12-01.
            pipeline_execution_display_name: The display name of the pipeline execution. Since
                2020-12-01.
            pipeline_parameters: Contains a list of pipeline parameters. This list can be empty.
                Since 2020-12-01.
            pipeline_execution_description: The description of the pipeline execution. Since
                2020-12-01.
            client_request_token: A unique, case-sensitive identifier that you provide to ensure
                the idempotency of the operation. An idempotent operation completes no more than
                once. Since 2020-12-01.
            parallelism_configuration: This configuration, if specified, overrides the
                parallelism configuration of the parent pipeline for this specific run. Since
                2022-01-03.
            selective_execution_config: The selective execution configuration applied to the
                pipeline run. Since 2023-06-02.
            pipeline_version_id: The ID of the pipeline version to start execution from. Since
                2025-07-15.
            mlflow_experiment_name: The MLflow experiment name of the start execution. Since
                2025-12-03.

        Returns:
            StartPipelineExecutionResponse: the typed response.
        """

    async def start_session(
        self,
        *,
        resource_identifier: str,
        extra: Mapping[str, Any] | None = None,
    ) -> StartSessionResponse:
        """Initiates a remote connection session between a local integrated development environments
        (IDEs) and a remote SageMaker space. (Operation since 2025-07-03.)

        Args:
            resource_identifier: The Amazon Resource Name (ARN) of the resource to which the
                remote connection will be established. For example, this identifies the specific ARN
                space application you want to connect to from your local IDE. Since 2025-07-03.

        Returns:
            StartSessionResponse: the typed response.
        """

    async def stop_ai_benchmark_job(
        self,
        *,
        ai_benchmark_job_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> StopAIBenchmarkJobResponse:
        """Stops a running AI benchmark job. (Operation since 2026-04-21.)

        Args:
            ai_benchmark_job_name: The name of the AI benchmark job to stop. Since 2026-04-21.

        Returns:
            StopAIBenchmarkJobResponse: the typed response.
        """

    async def stop_ai_recommendation_job(
        self,
        *,
        ai_recommendation_job_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> StopAIRecommendationJobResponse:
        """Stops a running AI recommendation job. (Operation since 2026-04-21.)

        Args:
            ai_recommendation_job_name: The name of the AI recommendation job to stop. Since
                2026-04-21.

        Returns:
            StopAIRecommendationJobResponse: the typed response.
        """

    async def stop_auto_ml_job(
        self,
        *,
        auto_ml_job_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> StopAutoMLJobResponse:
        """A method for forcing the termination of a running job. (Operation since 2019-12-04.)

        Args:
            auto_ml_job_name: The name of the object you are requesting. Since 2019-12-04.

        Returns:
            StopAutoMLJobResponse: the typed response.
        """

    async def stop_compilation_job(
        self,
        *,
        compilation_job_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> StopCompilationJobResponse:
        """Stops a model compilation job. (Operation since 2018-11-28.)

        Args:
            compilation_job_name: The name of the model compilation job to stop. Since
                2018-11-28.

        Returns:
            StopCompilationJobResponse: the typed response.
        """

    async def stop_edge_deployment_stage(
        self,
        *,
        edge_deployment_plan_name: str,
        stage_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> StopEdgeDeploymentStageResponse:
        """Stops a stage in an edge deployment plan. (Operation since 2022-07-18.)

        Args:
            edge_deployment_plan_name: The name of the edge deployment plan to stop. Since
                2022-07-18.
            stage_name: The name of the stage to stop. Since 2022-07-18.

        Returns:
            StopEdgeDeploymentStageResponse: the typed response.
        """

    async def stop_edge_packaging_job(
        self,
        *,
        edge_packaging_job_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> StopEdgePackagingJobResponse:
        """Request to stop an edge packaging job. (Operation since 2020-12-08.)

        Args:
            edge_packaging_job_name: The name of the edge packaging job. Since 2020-12-08.

        Returns:
            StopEdgePackagingJobResponse: the typed response.
        """

    async def stop_hyper_parameter_tuning_job(
        self,
        *,
        hyper_parameter_tuning_job_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> StopHyperParameterTuningJobResponse:
        """Stops a running hyperparameter tuning job and all running training jobs that the tuning job
        launched. (Operation since 2018-06-04.)

        Args:
            hyper_parameter_tuning_job_name: The name of the tuning job to stop. Since
                2018-06-04.

        Returns:
            StopHyperParameterTuningJobResponse: the typed response.
        """

    async def stop_inference_experiment(
        self,
        *,
        name: str,
        model_variant_actions: dict[str, ModelVariantAction | ModelVariantActionLiteral],
        desired_model_variants: list[ModelVariantConfig] | None = None,
        desired_state: InferenceExperimentStopDesiredState | InferenceExperimentStopDesiredStateLiteral | None = None,
        reason: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> StopInferenceExperimentResponse:
        """Stops an inference experiment. (Operation since 2022-11-30.)

        Args:
            name: The name of the inference experiment to stop. Since 2022-11-30.
            model_variant_actions: Array of key-value pairs, with names of variants mapped to
                actions. The possible actions are the following: Since 2022-11-30.
            desired_model_variants: An array of ModelVariantConfig objects. There is one for
                each variant that you want to deploy after the inference experiment stops. Each
                ModelVariantConfig describes the infrastructure configuration for deploying the
                corresponding variant. Since 2022-11-30.
            desired_state: The desired state of the experiment after stopping. The possible
                states are the following: Since 2022-11-30.
            reason: The reason for stopping the experiment. Since 2022-11-30.

        Returns:
            StopInferenceExperimentResponse: the typed response.
        """

    async def stop_inference_recommendations_job(
        self,
        *,
        job_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> StopInferenceRecommendationsJobResponse:
        """Stops an Inference Recommender job. (Operation since 2021-12-01.)

        Args:
            job_name: The name of the job you want to stop. Since 2021-12-01.

        Returns:
            StopInferenceRecommendationsJobResponse: the typed response.
        """

    async def stop_job(
        self,
        *,
        job_name: str,
        job_category: JobCategory | JobCategoryLiteral,
        extra: Mapping[str, Any] | None = None,
    ) -> StopJobResponse:
        """Stops a running job. When you call StopJob, Amazon SageMaker sets the job status to
        Stopping. After the job stops, the status changes to Stopped. Partial results may be
        available in the output location if the job was in progress. To delete a stopped job, call
        DeleteJob. (Operation since 2026-06-02.)

        Args:
            job_name: The name of the job to stop. Since 2026-06-02.
            job_category: The category of the job to stop. Since 2026-06-02.

        Returns:
            StopJobResponse: the typed response.
        """

    async def stop_labeling_job(
        self,
        *,
        labeling_job_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> StopLabelingJobResponse:
        """Stops a running labeling job. A job that is stopped cannot be restarted. Any results
        obtained before the job is stopped are placed in the Amazon S3 output bucket. (Operation
        since 2018-11-28.)

        Args:
            labeling_job_name: The name of the labeling job to stop. Since 2018-11-28.

        Returns:
            StopLabelingJobResponse: the typed response.
        """

    async def stop_mlflow_tracking_server(
        self,
        *,
        tracking_server_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> StopMlflowTrackingServerResponse:
        """Programmatically stop an MLflow Tracking Server. (Operation since 2024-06-18.)

        Args:
            tracking_server_name: The name of the tracking server to stop. Since 2024-06-18.

        Returns:
            StopMlflowTrackingServerResponse: the typed response.
        """

    async def stop_monitoring_schedule(
        self,
        *,
        monitoring_schedule_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> StopMonitoringScheduleResponse:
        """Stops a previously started monitoring schedule. (Operation since 2019-12-04.)

        Args:
            monitoring_schedule_name: The name of the schedule to stop. Since 2019-12-04.

        Returns:
            StopMonitoringScheduleResponse: the typed response.
        """

    async def stop_notebook_instance(
        self,
        *,
        notebook_instance_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> StopNotebookInstanceResponse:
        """Terminates the ML compute instance. Before terminating the instance, Amazon SageMaker
        disconnects the ML storage volume from it. Amazon SageMaker preserves the ML storage volume.

        Args:
            notebook_instance_name: The name of the notebook instance to terminate. Since
                2017-11-29.

        Returns:
            StopNotebookInstanceResponse: the typed response.
        """

    async def stop_optimization_job(
        self,
        *,
        optimization_job_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> StopOptimizationJobResponse:
        """Ends a running inference optimization job. (Operation since 2024-07-09.)

        Args:
            optimization_job_name: The name that you assigned to the optimization job. Since
                2024-07-09.

        Returns:
            StopOptimizationJobResponse: the typed response.
        """

    async def stop_pipeline_execution(
        self,
        *,
        pipeline_execution_arn: str,
        client_request_token: str,
        extra: Mapping[str, Any] | None = None,
    ) -> StopPipelineExecutionResponse:
        """Stops a pipeline execution. (Operation since 2020-12-01.)

        Args:
            pipeline_execution_arn: The Amazon Resource Name (ARN) of the pipeline execution.
                Since 2020-12-01.
            client_request_token: A unique, case-sensitive identifier that you provide to ensure
                the idempotency of the operation. An idempotent operation completes no more than one
                time. Since 2020-12-01.

        Returns:
            StopPipelineExecutionResponse: the typed response.
        """

    async def stop_processing_job(
        self,
        *,
        processing_job_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> StopProcessingJobResponse:
        """Stops a processing job. (Operation since 2019-12-04.)

        Args:
            processing_job_name: The name of the processing job to stop. Since 2019-12-04.

        Returns:
            StopProcessingJobResponse: the typed response.
        """

    async def stop_training_job(
        self,
        *,
        training_job_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> StopTrainingJobResponse:
        """Stops a training job. To stop a job, Amazon SageMaker sends the algorithm the SIGTERM
        signal, which delays job termination for 120 seconds. Algorithms might use this 120-second
        window to save the model artifacts, so the results of the training is not lost.

        Args:
            training_job_name: The name of the training job to stop. Since 2017-11-29.

        Returns:
            StopTrainingJobResponse: the typed response.
        """

    async def stop_transform_job(
        self,
        *,
        transform_job_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> StopTransformJobResponse:
        """Stops a transform job. (Operation since 2018-07-17.)

        Args:
            transform_job_name: The name of the transform job to stop. Since 2018-07-17.

        Returns:
            StopTransformJobResponse: the typed response.
        """

    async def update_action(
        self,
        *,
        action_name: str,
        description: str | None = None,
        status: ActionStatus | ActionStatusLiteral | None = None,
        properties: dict[str, str] | None = None,
        properties_to_remove: list[str] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> UpdateActionResponse:
        """Updates an action. (Operation since 2020-12-01.)

        Args:
            action_name: The name of the action to update. Since 2020-12-01.
            description: The new description for the action. Since 2020-12-01.
            status: The new status for the action. Since 2020-12-01.
            properties: The new list of properties. Overwrites the current property list. Since
                2020-12-01.
            properties_to_remove: A list of properties to remove. Since 2020-12-01.

        Returns:
            UpdateActionResponse: the typed response.
        """

    async def update_app_image_config(
        self,
        *,
        app_image_config_name: str,
        kernel_gateway_image_config: KernelGatewayImageConfig | None = None,
        jupyter_lab_app_image_config: JupyterLabAppImageConfig | None = None,
        code_editor_app_image_config: CodeEditorAppImageConfig | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> UpdateAppImageConfigResponse:
        """Updates the properties of an AppImageConfig. (Operation since 2020-10-26.)

        Args:
            app_image_config_name: The name of the AppImageConfig to update. Since 2020-10-26.
            kernel_gateway_image_config: The new KernelGateway app to run on the image. Since
                2020-10-26.
            jupyter_lab_app_image_config: The JupyterLab app running on the image. Since
                2023-11-30.
            code_editor_app_image_config: The Code Editor app running on the image. Since
                2024-03-29.

        Returns:
            UpdateAppImageConfigResponse: the typed response.
        """

    async def update_artifact(
        self,
        *,
        artifact_arn: str,
        artifact_name: str | None = None,
        properties: dict[str, str] | None = None,
        properties_to_remove: list[str] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> UpdateArtifactResponse:
        """Updates an artifact. (Operation since 2020-12-01.)

        Args:
            artifact_arn: The Amazon Resource Name (ARN) of the artifact to update. Since
                2020-12-01.
            artifact_name: The new name for the artifact. Since 2020-12-01.
            properties: The new list of properties. Overwrites the current property list. Since
                2020-12-01.
            properties_to_remove: A list of properties to remove. Since 2020-12-01.

        Returns:
            UpdateArtifactResponse: the typed response.
        """

    async def update_cluster(
        self,
        *,
        cluster_name: str,
        instance_groups: list[ClusterInstanceGroupSpecification] | None = None,
        restricted_instance_groups: list[ClusterRestrictedInstanceGroupSpecification] | None = None,
        restricted_instance_groups_config: ClusterRestrictedInstanceGroupsConfig | None = None,
        tiered_storage_config: ClusterTieredStorageConfig | None = None,
        node_recovery: ClusterNodeRecovery | ClusterNodeRecoveryLiteral | None = None,
        instance_groups_to_delete: list[str] | None = None,
        node_provisioning_mode: ClusterNodeProvisioningMode | ClusterNodeProvisioningModeLiteral | None = None,
        cluster_role: str | None = None,
        auto_scaling: ClusterAutoScalingConfig | None = None,
        orchestrator: ClusterOrchestrator | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> UpdateClusterResponse:
        """Updates a SageMaker HyperPod cluster. (Operation since 2023-11-29.)

        Args:
            cluster_name: Specify the name of the SageMaker HyperPod cluster you want to update.
                Since 2023-11-29.
            instance_groups: Specify the instance groups to update. Since 2023-11-29.
            restricted_instance_groups: The specialized instance groups for training models like
                Amazon Nova to be created in the SageMaker HyperPod cluster. Since 2025-07-15.
            restricted_instance_groups_config: The configuration for the restricted instance
                groups (RIG) in the SageMaker HyperPod cluster. Since 2026-05-27.
            tiered_storage_config: Updates the configuration for managed tier checkpointing on
                the HyperPod cluster. For example, you can enable or disable the feature and modify
                the percentage of cluster memory allocated for checkpoint storage. Since 2025-09-05.
            node_recovery: The node recovery mode to be applied to the SageMaker HyperPod
                cluster. Since 2024-09-09.
            instance_groups_to_delete: Specify the names of the instance groups to delete. Use a
                single , as the separator between multiple names. Since 2025-02-20.
            node_provisioning_mode: Determines how instance provisioning is handled during
                cluster operations. In Continuous mode, the cluster provisions available instances
                incrementally and retries until the target count is reached. The cluster becomes
                operational once cluster-level resources are ready. Use CurrentCount and TargetCount
                in DescribeCluster to track provisioning progress. Since 2025-11-06.
            cluster_role: The Amazon Resource Name (ARN) of the IAM role that HyperPod assumes
                for cluster autoscaling operations. Cannot be updated while autoscaling is enabled.
                Since 2025-08-27.
            auto_scaling: Updates the autoscaling configuration for the cluster. Use to enable
                or disable automatic node scaling. Since 2025-08-27.
            orchestrator: The type of orchestrator used for the SageMaker HyperPod cluster.
                Since 2026-02-13.

        Returns:
            UpdateClusterResponse: the typed response.
        """

    async def update_cluster_scheduler_config(
        self,
        *,
        cluster_scheduler_config_id: str,
        target_version: int,
        scheduler_config: SchedulerConfig | None = None,
        description: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> UpdateClusterSchedulerConfigResponse:
        """Update the cluster policy configuration. (Operation since 2024-12-04.)

        Args:
            cluster_scheduler_config_id: ID of the cluster policy. Since 2024-12-04.
            target_version: Target version. Since 2024-12-04.
            scheduler_config: Cluster policy configuration. Since 2024-12-04.
            description: Description of the cluster policy. Since 2024-12-04.

        Returns:
            UpdateClusterSchedulerConfigResponse: the typed response.
        """

    async def update_cluster_software(
        self,
        *,
        cluster_name: str,
        instance_groups: list[UpdateClusterSoftwareInstanceGroupSpecification] | None = None,
        deployment_config: DeploymentConfiguration | None = None,
        image_id: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> UpdateClusterSoftwareResponse:
        """Updates the platform software of a SageMaker HyperPod cluster for security patching. To
        learn how to use this API, see Update the SageMaker HyperPod platform software of a cluster.
        (Operation since 2024-02-15.)

        Args:
            cluster_name: Specify the name or the Amazon Resource Name (ARN) of the SageMaker
                HyperPod cluster you want to update for security patching. Since 2024-02-15.
            instance_groups: The array of instance groups for which to update AMI versions.
                Since 2025-05-01.
            deployment_config: The configuration to use when updating the AMI versions. Since
                2025-05-01.
            image_id: When configuring your HyperPod cluster, you can specify an image ID using
                one of the following options: Since 2025-08-05.

        Returns:
            UpdateClusterSoftwareResponse: the typed response.
        """

    async def update_code_repository(
        self,
        *,
        code_repository_name: str,
        git_config: GitConfigForUpdate | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> UpdateCodeRepositoryOutput:
        """Updates the specified git repository with the specified values. (Operation since
        2018-11-28.)

        Args:
            code_repository_name: The name of the git repository to update. Since 2018-11-28.
            git_config: The configuration of the git repository, including the URL and the
                Amazon Resource Name (ARN) of the AWS Secrets Manager secret that contains the
                credentials used to access the repository. The secret must have a staging label of
                AWSCURRENT and must be in the following format: Since 2018-11-28.

        Returns:
            UpdateCodeRepositoryOutput: the typed response.
        """

    async def update_compute_quota(
        self,
        *,
        compute_quota_id: str,
        target_version: int,
        compute_quota_config: ComputeQuotaConfig | None = None,
        compute_quota_target: ComputeQuotaTarget | None = None,
        activation_state: ActivationState | ActivationStateLiteral | None = None,
        description: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> UpdateComputeQuotaResponse:
        """Update the compute allocation definition. (Operation since 2024-12-04.)

        Args:
            compute_quota_id: ID of the compute allocation definition. Since 2024-12-04.
            target_version: Target version. Since 2024-12-04.
            compute_quota_config: Configuration of the compute allocation definition. This
                includes the resource sharing option, and the setting to preempt low priority tasks.
                Since 2024-12-04.
            compute_quota_target: The target entity to allocate compute resources to. Since
                2024-12-04.
            activation_state: The state of the compute allocation being described. Use to enable
                or disable compute allocation. Since 2024-12-04.
            description: Description of the compute allocation definition. Since 2024-12-04.

        Returns:
            UpdateComputeQuotaResponse: the typed response.
        """

    async def update_context(
        self,
        *,
        context_name: str,
        description: str | None = None,
        properties: dict[str, str] | None = None,
        properties_to_remove: list[str] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> UpdateContextResponse:
        """Updates a context. (Operation since 2020-12-01.)

        Args:
            context_name: The name of the context to update. Since 2020-12-01.
            description: The new description for the context. Since 2020-12-01.
            properties: The new list of properties. Overwrites the current property list. Since
                2020-12-01.
            properties_to_remove: A list of properties to remove. Since 2020-12-01.

        Returns:
            UpdateContextResponse: the typed response.
        """

    async def update_device_fleet(
        self,
        *,
        device_fleet_name: str,
        output_config: EdgeOutputConfig,
        role_arn: str | None = None,
        description: str | None = None,
        enable_iot_role_alias: bool | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> UpdateDeviceFleetResponse:
        """Updates a fleet of devices. (Operation since 2020-12-08.)

        Args:
            device_fleet_name: The name of the fleet. Since 2020-12-08.
            role_arn: The Amazon Resource Name (ARN) of the device. Since 2020-12-08.
            description: Description of the fleet. Since 2020-12-08.
            output_config: Output configuration for storing sample data collected by the fleet.
                Since 2020-12-08.
            enable_iot_role_alias: Whether to create an AWS IoT Role Alias during device fleet
                creation. The name of the role alias generated will match this pattern:
                "SageMakerEdge-{DeviceFleetName}". Since 2021-06-10.

        Returns:
            UpdateDeviceFleetResponse: the typed response.
        """

    async def update_devices(
        self,
        *,
        device_fleet_name: str,
        devices: list[Device],
        extra: Mapping[str, Any] | None = None,
    ) -> UpdateDevicesResponse:
        """Updates one or more devices in a fleet. (Operation since 2020-12-08.)

        Args:
            device_fleet_name: The name of the fleet the devices belong to. Since 2020-12-08.
            devices: List of devices to register with Edge Manager agent. Since 2020-12-08.

        Returns:
            UpdateDevicesResponse: the typed response.
        """

    async def update_domain(
        self,
        *,
        domain_id: str,
        default_user_settings: UserSettings | None = None,
        domain_settings_for_update: DomainSettingsForUpdate | None = None,
        app_security_group_management: AppSecurityGroupManagement | AppSecurityGroupManagementLiteral | None = None,
        default_space_settings: DefaultSpaceSettings | None = None,
        subnet_ids: list[str] | None = None,
        app_network_access_type: AppNetworkAccessType | AppNetworkAccessTypeLiteral | None = None,
        tag_propagation: TagPropagation | TagPropagationLiteral | None = None,
        home_efs_file_system_creation: HomeEfsFileSystemCreation | HomeEfsFileSystemCreationLiteral | None = None,
        vpc_id: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> UpdateDomainResponse:
        """Updates the default settings for new user profiles in the domain. (Operation since
        2019-12-04.)

        Args:
            domain_id: The ID of the domain to be updated. Since 2019-12-04.
            default_user_settings: A collection of settings. Since 2019-12-04.
            domain_settings_for_update: A collection of DomainSettings configuration values to
                update. Since 2021-10-28.
            app_security_group_management: The entity that creates and manages the required
                security groups for inter-app communication in VPCOnly mode. Required when
                CreateDomain.AppNetworkAccessType is VPCOnly and
                DomainSettings.RStudioServerProDomainSettings.DomainExecutionRoleArn is provided. If
                setting up the domain for use with RStudio, this value must be set to Service. Since
                2022-12-21.
            default_space_settings: The default settings for shared spaces that users create in
                the domain. Since 2022-11-30.
            subnet_ids: The VPC subnets that Studio uses for communication. Since 2023-11-29.
            app_network_access_type: Specifies the VPC used for non-EFS traffic. Since
                2023-11-29.
            tag_propagation: Indicates whether custom tag propagation is supported for the
                domain. Defaults to DISABLED. Since 2024-09-26.
            home_efs_file_system_creation: Indicates whether to create a home EFS file system
                for the domain. You can change from Disabled to Enabled to provision EFS on demand,
                but you cannot change from Enabled to Disabled. Since 2026-05-21.
            vpc_id: The identifier for the VPC used by the domain for network communication. Use
                this field only when adding VPC configuration to a SageMaker AI domain used in
                Amazon SageMaker Unified Studio that was created without VPC settings. SageMaker AI
                doesn't automatically apply VPC updates to existing applications. Stop and restart
                your applications to apply the changes. Since 2025-11-06.

        Returns:
            UpdateDomainResponse: the typed response.
        """

    async def update_endpoint(
        self,
        *,
        endpoint_name: str,
        endpoint_config_name: str,
        retain_all_variant_properties: bool | None = None,
        exclude_retained_variant_properties: list[VariantProperty] | None = None,
        deployment_config: DeploymentConfig | None = None,
        retain_deployment_config: bool | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> UpdateEndpointOutput:
        """Deploys the new EndpointConfig specified in the request, switches to using newly created
        endpoint, and then deletes resources provisioned for the endpoint using the previous
        EndpointConfig (there is no availability loss).

        Args:
            endpoint_name: The name of the endpoint whose configuration you want to update.
                Since 2017-11-29.
            endpoint_config_name: The name of the new endpoint configuration. Since 2017-11-29.
            retain_all_variant_properties: When updating endpoint resources, enables or disables
                the retention of variant properties, such as the instance count or the variant
                weight. To retain the variant properties of an endpoint when updating it, set
                RetainAllVariantProperties to true . To use the variant properties specified in a
                new EndpointConfig call when updating an endpoint, set RetainAllVariantProperties to
                false . The default is false . Since 2020-02-26.
            exclude_retained_variant_properties: When you are updating endpoint resources with
                RetainAllVariantProperties , whose value is set to true ,
                ExcludeRetainedVariantProperties specifies the list of type VariantProperty to
                override with the values provided by EndpointConfig . If you don't specify a value
                for ExcludeRetainedVariantProperties , no variant properties are overridden. Since
                2020-02-26.
            deployment_config: The deployment configuration for an endpoint, which contains the
                desired deployment strategy and rollback configurations. Since 2020-12-01.
            retain_deployment_config: Specifies whether to reuse the last deployment
                configuration. The default value is false (the configuration is not reused). Since
                2021-11-08.

        Returns:
            UpdateEndpointOutput: the typed response.
        """

    async def update_endpoint_weights_and_capacities(
        self,
        *,
        endpoint_name: str,
        desired_weights_and_capacities: list[DesiredWeightAndCapacity],
        extra: Mapping[str, Any] | None = None,
    ) -> UpdateEndpointWeightsAndCapacitiesOutput:
        """Updates variant weight of one or more variants associated with an existing endpoint, or
        capacity of one variant associated with an existing endpoint. When it receives the request,
        SageMaker sets the endpoint status to Updating . After updating the endpoint, it sets the
        status to InService . To check the status of an endpoint, use the DescribeEndpoint API.

        Args:
            endpoint_name: The name of an existing SageMaker endpoint. Since 2017-11-29.
            desired_weights_and_capacities: An object that provides new capacity and weight
                values for a variant. Since 2017-11-29.

        Returns:
            UpdateEndpointWeightsAndCapacitiesOutput: the typed response.
        """

    async def update_experiment(
        self,
        *,
        experiment_name: str,
        display_name: str | None = None,
        description: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> UpdateExperimentResponse:
        """Adds, updates, or removes the description of an experiment. Updates the display name of an
        experiment. (Operation since 2019-12-04.)

        Args:
            experiment_name: The name of the experiment to update. Since 2019-12-04.
            display_name: The name of the experiment as displayed. The name doesn't need to be
                unique. If DisplayName isn't specified, ExperimentName is displayed. Since
                2019-12-04.
            description: The description of the experiment. Since 2019-12-04.

        Returns:
            UpdateExperimentResponse: the typed response.
        """

    async def update_feature_group(
        self,
        *,
        feature_group_name: str,
        feature_additions: list[FeatureDefinition] | None = None,
        online_store_config: OnlineStoreConfigUpdate | None = None,
        throughput_config: ThroughputConfigUpdate | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> UpdateFeatureGroupResponse:
        """Updates the feature group by either adding features or updating the online store
        configuration. Use one of the following request parameters at a time while using the
        UpdateFeatureGroup API. (Operation since 2022-06-29.)

        Args:
            feature_group_name: The name or Amazon Resource Name (ARN) of the feature group that
                you're updating. Since 2022-06-29.
            feature_additions: Updates the feature group. Updating a feature group is an
                asynchronous operation. When you get an HTTP 200 response, you've made a valid
                request. It takes some time after you've made a valid request for Feature Store to
                update the feature group. Since 2022-06-29.
            online_store_config: Updates the feature group online store configuration. Since
                2023-06-27.
            throughput_config: The new throughput configuration for the feature group. You can
                switch between on-demand and provisioned modes or update the read / write capacity
                of provisioned feature groups. You can switch a feature group to on-demand only once
                in a 24 hour period. Since 2024-01-04.

        Returns:
            UpdateFeatureGroupResponse: the typed response.
        """

    async def update_feature_metadata(
        self,
        *,
        feature_group_name: str,
        feature_name: str,
        description: str | None = None,
        parameter_additions: list[FeatureParameter] | None = None,
        parameter_removals: list[str] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> UpdateFeatureMetadataResponse:
        """Updates the description and parameters of the feature group. (Operation since 2022-06-29.)

        Args:
            feature_group_name: The name of the feature group containing the feature that you're
                updating. Since 2022-06-29.
            feature_name: The name of the feature that you're updating. Since 2022-06-29.
            description: A description that you can write to better describe the feature. Since
                2022-06-29.
            parameter_additions: A list of key-value pairs that you can add to better describe
                the feature. Since 2022-06-29.
            parameter_removals: A list of parameter keys that you can specify to remove
                parameters that describe your feature. Since 2022-06-29.

        Returns:
            UpdateFeatureMetadataResponse: the typed response.
        """

    async def update_hub(
        self,
        *,
        hub_name: str,
        hub_description: str | None = None,
        hub_display_name: str | None = None,
        hub_search_keywords: list[str] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> UpdateHubResponse:
        """Update a hub. (Operation since 2022-11-30.)

        Args:
            hub_name: The name of the hub to update. Since 2022-11-30.
            hub_description: A description of the updated hub. Since 2022-11-30.
            hub_display_name: The display name of the hub. Since 2022-11-30.
            hub_search_keywords: The searchable keywords for the hub. Since 2022-11-30.

        Returns:
            UpdateHubResponse: the typed response.
        """

    async def update_hub_content(
        self,
        *,
        hub_name: str,
        hub_content_name: str,
        hub_content_type: HubContentType | HubContentTypeLiteral,
        hub_content_version: str,
        hub_content_display_name: str | None = None,
        hub_content_description: str | None = None,
        hub_content_markdown: str | None = None,
        hub_content_search_keywords: list[str] | None = None,
        support_status: HubContentSupportStatus | HubContentSupportStatusLiteral | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> UpdateHubContentResponse:
        """Updates SageMaker hub content (either a Model or Notebook resource). (Operation since
        2025-02-27.)

        Args:
            hub_name: The name of the SageMaker hub that contains the hub content you want to
                update. You can optionally use the hub ARN instead. Since 2025-02-27.
            hub_content_name: The name of the hub content resource that you want to update.
                Since 2025-02-27.
            hub_content_type: The content type of the resource that you want to update. Only
                specify a Model or Notebook resource for this API. To update a ModelReference, use
                the UpdateHubContentReference API instead. Since 2025-02-27.
            hub_content_version: The hub content version that you want to update. For example,
                if you have two versions of a resource in your hub, you can update the second
                version. Since 2025-02-27.
            hub_content_display_name: The display name of the hub content. Since 2025-02-27.
            hub_content_description: The description of the hub content. Since 2025-02-27.
            hub_content_markdown: A string that provides a description of the hub content. This
                string can include links, tables, and standard markdown formatting. Since
                2025-02-27.
            hub_content_search_keywords: The searchable keywords of the hub content. Since
                2025-02-27.
            support_status: Indicates the current status of the hub content resource. Since
                2025-02-27.

        Returns:
            UpdateHubContentResponse: the typed response.
        """

    async def update_hub_content_reference(
        self,
        *,
        hub_name: str,
        hub_content_name: str,
        hub_content_type: HubContentType | HubContentTypeLiteral,
        min_version: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> UpdateHubContentReferenceResponse:
        """Updates the contents of a SageMaker hub for a ModelReference resource. A ModelReference
        allows you to access public SageMaker JumpStart models from within your private hub.
        (Operation since 2025-02-27.)

        Args:
            hub_name: The name of the SageMaker hub that contains the hub content you want to
                update. You can optionally use the hub ARN instead. Since 2025-02-27.
            hub_content_name: The name of the hub content resource that you want to update.
                Since 2025-02-27.
            hub_content_type: The content type of the resource that you want to update. Only
                specify a ModelReference resource for this API. To update a Model or Notebook
                resource, use the UpdateHubContent API instead. Since 2025-02-27.
            min_version: The minimum hub content version of the referenced model that you want
                to use. The minimum version must be older than the latest available version of the
                referenced model. To support all versions of a model, set the value to 1.0.0. Since
                2025-02-27.

        Returns:
            UpdateHubContentReferenceResponse: the typed response.
        """

    async def update_image(
        self,
        *,
        image_name: str,
        delete_properties: list[str] | None = None,
        description: str | None = None,
        display_name: str | None = None,
        role_arn: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> UpdateImageResponse:
        """Updates the properties of a SageMaker image. To change the image's tags, use the AddTags and
        DeleteTags APIs. (Operation since 2020-10-26.)

        Args:
            delete_properties: A list of properties to delete. Only the Description and
                DisplayName properties can be deleted. Since 2020-10-26.
            description: The new description for the image. Since 2020-10-26.
            display_name: The new display name for the image. Since 2020-10-26.
            image_name: The name of the image to update. Since 2020-10-26.
            role_arn: The new Amazon Resource Name (ARN) for the IAM role that enables Amazon
                SageMaker to perform tasks on your behalf. Since 2020-10-26.

        Returns:
            UpdateImageResponse: the typed response.
        """

    async def update_image_version(
        self,
        *,
        image_name: str,
        alias: str | None = None,
        version: int | None = None,
        aliases_to_add: list[str] | None = None,
        aliases_to_delete: list[str] | None = None,
        vendor_guidance: VendorGuidance | VendorGuidanceLiteral | None = None,
        job_type: JobType | JobTypeLiteral | None = None,
        ml_framework: str | None = None,
        programming_lang: str | None = None,
        processor: Processor | ProcessorLiteral | None = None,
        horovod: bool | None = None,
        release_notes: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> UpdateImageVersionResponse:
        """Updates the properties of a SageMaker image version. (Operation since 2022-12-19.)

        Args:
            image_name: The name of the image. Since 2022-12-19.
            alias: The alias of the image version. Since 2022-12-19.
            version: The version of the image. Since 2022-12-19.
            aliases_to_add: A list of aliases to add. Since 2022-12-19.
            aliases_to_delete: A list of aliases to delete. Since 2022-12-19.
            vendor_guidance: The availability of the image version specified by the maintainer.
                Since 2022-12-19.
            job_type: Indicates SageMaker job type compatibility. Since 2022-12-19.
            ml_framework: The machine learning framework vended in the image version. Since
                2022-12-19.
            programming_lang: The supported programming language and its version. Since
                2022-12-19.
            processor: Indicates CPU or GPU compatibility. Since 2022-12-19.
            horovod: Indicates Horovod compatibility. Since 2022-12-19.
            release_notes: The maintainer description of the image version. Since 2022-12-19.

        Returns:
            UpdateImageVersionResponse: the typed response.
        """

    async def update_inference_component(
        self,
        *,
        inference_component_name: str,
        specification: InferenceComponentSpecification | None = None,
        specifications: list[InferenceComponentSpecification] | None = None,
        runtime_config: InferenceComponentRuntimeConfig | None = None,
        deployment_config: InferenceComponentDeploymentConfig | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> UpdateInferenceComponentOutput:
        """Updates an inference component. (Operation since 2023-11-29.)

        Args:
            inference_component_name: The name of the inference component. Since 2023-11-29.
            specification: Details about the resources to deploy with this inference component,
                including the model, container, and compute resources. Since 2023-11-29.
            specifications: A list of specification objects for the inference component, one per
                instance type. Use this parameter when you want to specify different model or
                resource configurations for the inference component on each instance type. You can
                use either this parameter or the singular Specification parameter, but not both.
                Since 2026-04-30.
            runtime_config: Runtime settings for a model that is deployed with an inference
                component. Since 2023-11-29.
            deployment_config: The deployment configuration for the inference component. The
                configuration contains the desired deployment strategy and rollback settings. Since
                2025-02-26.

        Returns:
            UpdateInferenceComponentOutput: the typed response.
        """

    async def update_inference_component_runtime_config(
        self,
        *,
        inference_component_name: str,
        desired_runtime_config: InferenceComponentRuntimeConfig,
        extra: Mapping[str, Any] | None = None,
    ) -> UpdateInferenceComponentRuntimeConfigOutput:
        """Runtime settings for a model that is deployed with an inference component. (Operation since
        2023-11-29.)

        Args:
            inference_component_name: The name of the inference component to update. Since
                2023-11-29.
            desired_runtime_config: Runtime settings for a model that is deployed with an
                inference component. Since 2023-11-29.

        Returns:
            UpdateInferenceComponentRuntimeConfigOutput: the typed response.
        """

    async def update_inference_experiment(
        self,
        *,
        name: str,
        schedule: InferenceExperimentSchedule | None = None,
        description: str | None = None,
        model_variants: list[ModelVariantConfig] | None = None,
        data_storage_config: InferenceExperimentDataStorageConfig | None = None,
        shadow_mode_config: ShadowModeConfig | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> UpdateInferenceExperimentResponse:
        """Updates an inference experiment that you created. The status of the inference experiment has
        to be either Created, Running. For more information on the status of an inference
        experiment, see DescribeInferenceExperiment. (Operation since 2022-11-30.)

        Args:
            name: The name of the inference experiment to be updated. Since 2022-11-30.
            schedule: The duration for which the inference experiment will run. If the status of
                the inference experiment is Created, then you can update both the start and end
                dates. If the status of the inference experiment is Running, then you can update
                only the end date. Since 2022-11-30.
            description: The description of the inference experiment. Since 2022-11-30.
            model_variants: An array of ModelVariantConfig objects. There is one for each
                variant, whose infrastructure configuration you want to update. Since 2022-11-30.
            data_storage_config: The Amazon S3 location and configuration for storing inference
                request and response data. Since 2022-11-30.
            shadow_mode_config: The configuration of ShadowMode inference experiment type. Use
                this field to specify a production variant which takes all the inference requests,
                and a shadow variant to which Amazon SageMaker replicates a percentage of the
                inference requests. For the shadow variant also specify the percentage of requests
                that Amazon SageMaker replicates. Since 2022-11-30.

        Returns:
            UpdateInferenceExperimentResponse: the typed response.
        """

    async def update_mlflow_app(
        self,
        *,
        arn: str,
        name: str | None = None,
        artifact_store_uri: str | None = None,
        model_registration_mode: ModelRegistrationMode | ModelRegistrationModeLiteral | None = None,
        weekly_maintenance_window_start: str | None = None,
        default_domain_id_list: list[str] | None = None,
        account_default_status: AccountDefaultStatus | AccountDefaultStatusLiteral | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> UpdateMlflowAppResponse:
        """Updates an MLflow App. (Operation since 2025-12-02.)

        Args:
            arn: The ARN of the MLflow App to update. Since 2025-12-02.
            name: The name of the MLflow App to update. Since 2025-12-02.
            artifact_store_uri: The new S3 URI for the general purpose bucket to use as the
                artifact store for the MLflow App. Since 2025-12-02.
            model_registration_mode: Whether to enable or disable automatic registration of new
                MLflow models to the SageMaker Model Registry. To enable automatic model
                registration, set this value to AutoModelRegistrationEnabled. To disable automatic
                model registration, set this value to AutoModelRegistrationDisabled. If not
                specified, AutomaticModelRegistration defaults to AutoModelRegistrationEnabled Since
                2025-12-02.
            weekly_maintenance_window_start: The new weekly maintenance window start day and
                time to update. The maintenance window day and time should be in Coordinated
                Universal Time (UTC) 24-hour standard time. For example: TUE:03:30. Since
                2025-12-02.
            default_domain_id_list: List of SageMaker Domain IDs for which this MLflow App is
                the default. Since 2025-12-02.
            account_default_status: Indicates whether this this MLflow App is the default for
                the account. Since 2025-12-02.

        Returns:
            UpdateMlflowAppResponse: the typed response.
        """

    async def update_mlflow_tracking_server(
        self,
        *,
        tracking_server_name: str,
        artifact_store_uri: str | None = None,
        tracking_server_size: TrackingServerSize | TrackingServerSizeLiteral | None = None,
        automatic_model_registration: bool | None = None,
        weekly_maintenance_window_start: str | None = None,
        s3_bucket_owner_account_id: str | None = None,
        s3_bucket_owner_verification: bool | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> UpdateMlflowTrackingServerResponse:
        """Updates properties of an existing MLflow Tracking Server. (Operation since 2024-06-18.)

        Args:
            tracking_server_name: The name of the MLflow Tracking Server to update. Since
                2024-06-18.
            artifact_store_uri: The new S3 URI for the general purpose bucket to use as the
                artifact store for the MLflow Tracking Server. Since 2024-06-18.
            tracking_server_size: The new size for the MLflow Tracking Server. Since 2024-06-18.
            automatic_model_registration: Whether to enable or disable automatic registration of
                new MLflow models to the SageMaker Model Registry. To enable automatic model
                registration, set this value to True. To disable automatic model registration, set
                this value to False. If not specified, AutomaticModelRegistration defaults to False
                Since 2024-06-18.
            weekly_maintenance_window_start: The new weekly maintenance window start day and
                time to update. The maintenance window day and time should be in Coordinated
                Universal Time (UTC) 24-hour standard time. For example: TUE:03:30. Since
                2024-06-18.
            s3_bucket_owner_account_id: The new expected Amazon Web Services account ID that
                owns the Amazon S3 bucket for artifact storage. Since 2026-03-05.
            s3_bucket_owner_verification: Whether to enable or disable Amazon S3 Bucket
                Owenrship Verifaction whenever the MLflow Tracking Server interacts with Amazon
                Amazon S3. Since 2026-03-05.

        Returns:
            UpdateMlflowTrackingServerResponse: the typed response.
        """

    async def update_model_card(
        self,
        *,
        model_card_name: str,
        content: str | None = None,
        model_card_status: ModelCardStatus | ModelCardStatusLiteral | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> UpdateModelCardResponse:
        """Update an Amazon SageMaker Model Card. (Operation since 2022-11-30.)

        Args:
            model_card_name: The name of the model card to update. Since 2022-11-30.
            content: The updated model card content. Content must be in model card JSON schema
                and provided as a string. Since 2022-11-30.
            model_card_status: The approval status of the model card within your organization.
                Different organizations might have different criteria for model card review and
                approval. Since 2022-11-30.

        Returns:
            UpdateModelCardResponse: the typed response.
        """

    async def update_model_package(
        self,
        *,
        model_package_arn: str,
        model_approval_status: ModelApprovalStatus | ModelApprovalStatusLiteral | None = None,
        model_package_registration_type: ModelPackageRegistrationType
        | ModelPackageRegistrationTypeLiteral
        | None = None,
        approval_description: str | None = None,
        customer_metadata_properties: dict[str, str] | None = None,
        customer_metadata_properties_to_remove: list[str] | None = None,
        additional_inference_specifications_to_add: list[AdditionalInferenceSpecificationDefinition] | None = None,
        inference_specification: InferenceSpecification | None = None,
        source_uri: str | None = None,
        model_card: ModelPackageModelCard | None = None,
        model_life_cycle: ModelLifeCycle | None = None,
        client_token: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> UpdateModelPackageOutput:
        """Updates a versioned model. (Operation since 2020-12-01.)

        Args:
            model_package_arn: The Amazon Resource Name (ARN) of the model package. Since
                2020-12-01.
            model_approval_status: The approval status of the model. Since 2020-12-01.
            model_package_registration_type: The package registration type of the model package
                input. Since 2025-12-03.
            approval_description: A description for the approval status of the model. Since
                2020-12-01.
            customer_metadata_properties: The metadata properties associated with the model
                package versions. Since 2021-10-27.
            customer_metadata_properties_to_remove: The metadata properties associated with the
                model package versions to remove. Since 2021-10-27.
            additional_inference_specifications_to_add: An array of additional Inference
                Specification objects to be added to the existing array additional Inference
                Specification. Total number of additional Inference Specifications can not exceed
                15. Each additional Inference Specification specifies artifacts based on this model
                package that can be used on inference endpoints. Generally used with SageMaker Neo
                to store the compiled artifacts. Since 2021-12-01.
            inference_specification: Specifies details about inference jobs that you can run
                with models based on this model package, including the following information: Since
                2024-02-29.
            source_uri: The URI of the source for the model package. Since 2024-02-29.
            model_card: The model card associated with the model package. Since
                ModelPackageModelCard is tied to a model package, it is a specific usage of a model
                card and its schema is simplified compared to the schema of ModelCard. The
                ModelPackageModelCard schema does not include model_package_details, and
                model_overview is composed of the model_creator and model_artifact properties. For
                more information about the model package model card schema, see Model package model
                card schema. For more information about the model card associated with the model
                package, see View the Details of a Model Version. Since 2024-05-30.
            model_life_cycle: A structure describing the current state of the model in its life
                cycle. Since 2024-10-30.
            client_token: A unique token that guarantees that the call to this API is
                idempotent. Since 2024-10-30.

        Returns:
            UpdateModelPackageOutput: the typed response.
        """

    async def update_monitoring_alert(
        self,
        *,
        monitoring_schedule_name: str,
        monitoring_alert_name: str,
        datapoints_to_alert: int,
        evaluation_period: int,
        extra: Mapping[str, Any] | None = None,
    ) -> UpdateMonitoringAlertResponse:
        """Update the parameters of a model monitor alert. (Operation since 2022-11-30.)

        Args:
            monitoring_schedule_name: The name of a monitoring schedule. Since 2022-11-30.
            monitoring_alert_name: The name of a monitoring alert. Since 2022-11-30.
            datapoints_to_alert: Within EvaluationPeriod , how many execution failures will
                raise an alert. Since 2022-11-30.
            evaluation_period: The number of most recent monitoring executions to consider when
                evaluating alert status. Since 2022-11-30.

        Returns:
            UpdateMonitoringAlertResponse: the typed response.
        """

    async def update_monitoring_schedule(
        self,
        *,
        monitoring_schedule_name: str,
        monitoring_schedule_config: MonitoringScheduleConfig,
        extra: Mapping[str, Any] | None = None,
    ) -> UpdateMonitoringScheduleResponse:
        """Updates a previously created schedule. (Operation since 2019-12-04.)

        Args:
            monitoring_schedule_name: The name of the monitoring schedule. The name must be
                unique within an Amazon Web Services Region within an Amazon Web Services account.
                Since 2019-12-04.
            monitoring_schedule_config: The configuration object that specifies the monitoring
                schedule and defines the monitoring job. Since 2019-12-04.

        Returns:
            UpdateMonitoringScheduleResponse: the typed response.
        """

    async def update_notebook_instance(
        self,
        *,
        notebook_instance_name: str,
        instance_type: InstanceType | InstanceTypeLiteral | None = None,
        ip_address_type: IPAddressType | IPAddressTypeLiteral | None = None,
        platform_identifier: str | None = None,
        role_arn: str | None = None,
        lifecycle_config_name: str | None = None,
        disassociate_lifecycle_config: bool | None = None,
        volume_size_in_gb: int | None = None,
        default_code_repository: str | None = None,
        additional_code_repositories: list[str] | None = None,
        accelerator_types: list[NotebookInstanceAcceleratorType | NotebookInstanceAcceleratorTypeLiteral] | None = None,
        disassociate_accelerator_types: bool | None = None,
        disassociate_default_code_repository: bool | None = None,
        disassociate_additional_code_repositories: bool | None = None,
        root_access: RootAccess | RootAccessLiteral | None = None,
        instance_metadata_service_configuration: InstanceMetadataServiceConfiguration | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> UpdateNotebookInstanceOutput:
        """Updates a notebook instance. NotebookInstance updates include upgrading or downgrading the
        ML compute instance used for your notebook instance to accommodate changes in your workload
        requirements.

        Args:
            notebook_instance_name: The name of the notebook instance to update. Since
                2017-11-29.
            instance_type: The Amazon ML compute instance type. Since 2017-11-29.
            ip_address_type: The IP address type for the notebook instance. Specify ipv4 for
                IPv4-only connectivity or dualstack for both IPv4 and IPv6 connectivity. The
                notebook instance must be stopped before updating this setting. When you specify
                dualstack, the subnet must support IPv6 addressing. Since 2025-09-05.
            platform_identifier: The platform identifier of the notebook instance runtime
                environment. Since 2025-10-31.
            role_arn: The Amazon Resource Name (ARN) of the IAM role that SageMaker AI can
                assume to access the notebook instance. For more information, see SageMaker AI
                Roles. Since 2017-11-29.
            lifecycle_config_name: The name of a lifecycle configuration to associate with the
                notebook instance. For information about lifestyle configurations, see Step 2.1:
                (Optional) Customize a Notebook Instance. Since 2018-08-17.
            disassociate_lifecycle_config: Set to true to remove the notebook instance lifecycle
                configuration currently associated with the notebook instance. This operation is
                idempotent. If you specify a lifecycle configuration that is not associated with the
                notebook instance when you call this method, it does not throw an error. Since
                2018-08-17.
            volume_size_in_gb: The size, in GB, of the ML storage volume to attach to the
                notebook instance. The default value is 5 GB. ML storage volumes are encrypted, so
                SageMaker AI can't determine the amount of available free space on the volume.
                Because of this, you can increase the volume size when you update a notebook
                instance, but you can't decrease the volume size. If you want to decrease the size
                of the ML storage volume in use, create a new notebook instance with the desired
                size. Since 2018-10-26.
            default_code_repository: The Git repository to associate with the notebook instance
                as its default code repository. This can be either the name of a Git repository
                stored as a resource in your account, or the URL of a Git repository in Amazon Web
                Services CodeCommit or in any other Git repository. When you open a notebook
                instance, it opens in the directory that contains this repository. For more
                information, see Associating Git Repositories with SageMaker AI Notebook Instances.
                Since 2018-11-28.
            additional_code_repositories: An array of up to three Git repositories to associate
                with the notebook instance. These can be either the names of Git repositories stored
                as resources in your account, or the URL of Git repositories in Amazon Web Services
                CodeCommit or in any other Git repository. These repositories are cloned at the same
                level as the default repository of your notebook instance. For more information, see
                Associating Git Repositories with SageMaker AI Notebook Instances. Since 2018-11-28.
            accelerator_types: This parameter is no longer supported. Elastic Inference (EI) is
                no longer available. Since 2018-11-28.
            disassociate_accelerator_types: This parameter is no longer supported. Elastic
                Inference (EI) is no longer available. Since 2018-11-28.
            disassociate_default_code_repository: The name or URL of the default Git repository
                to remove from this notebook instance. This operation is idempotent. If you specify
                a Git repository that is not associated with the notebook instance when you call
                this method, it does not throw an error. Since 2018-11-28.
            disassociate_additional_code_repositories: A list of names or URLs of the default
                Git repositories to remove from this notebook instance. This operation is
                idempotent. If you specify a Git repository that is not associated with the notebook
                instance when you call this method, it does not throw an error. Since 2018-11-28.
            root_access: Whether root access is enabled or disabled for users of the notebook
                instance. The default value is Enabled. Since 2019-03-08.
            instance_metadata_service_configuration: Information on the IMDS configuration of
                the notebook instance Since 2022-05-27.

        Returns:
            UpdateNotebookInstanceOutput: the typed response.
        """

    async def update_notebook_instance_lifecycle_config(
        self,
        *,
        notebook_instance_lifecycle_config_name: str,
        on_create: list[NotebookInstanceLifecycleHook] | None = None,
        on_start: list[NotebookInstanceLifecycleHook] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> UpdateNotebookInstanceLifecycleConfigOutput:
        """Updates a notebook instance lifecycle configuration created with the API. (Operation since
        2018-03-15.)

        Args:
            notebook_instance_lifecycle_config_name: The name of the lifecycle configuration.
                Since 2018-03-15.
            on_create: The shell script that runs only once, when you create a notebook instance
                Since 2018-03-15.
            on_start: The shell script that runs every time you start a notebook instance,
                including when you create the notebook instance. Since 2018-03-15.

        Returns:
            UpdateNotebookInstanceLifecycleConfigOutput: the typed response.
        """

    async def update_partner_app(
        self,
        *,
        arn: str,
        maintenance_config: PartnerAppMaintenanceConfig | None = None,
        tier: str | None = None,
        application_config: PartnerAppConfig | None = None,
        enable_iam_session_based_identity: bool | None = None,
        enable_auto_minor_version_upgrade: bool | None = None,
        app_version: str | None = None,
        client_token: str | None = None,
        tags: list[Tag] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> UpdatePartnerAppResponse:
        """Updates all of the SageMaker Partner AI Apps in an account. (Operation since 2024-12-04.)

        Args:
            arn: The ARN of the SageMaker Partner AI App to update. Since 2024-12-04.
            maintenance_config: Maintenance configuration settings for the SageMaker Partner AI
                App. Since 2024-12-04.
            tier: Indicates the instance type and size of the cluster attached to the SageMaker
                Partner AI App. Since 2024-12-04.
            application_config: Configuration settings for the SageMaker Partner AI App. Since
                2024-12-04.
            enable_iam_session_based_identity: When set to TRUE, the SageMaker Partner AI App
                sets the Amazon Web Services IAM session name or the authenticated IAM user as the
                identity of the SageMaker Partner AI App user. Since 2024-12-04.
            enable_auto_minor_version_upgrade: When set to TRUE, the SageMaker Partner AI App is
                automatically upgraded to the latest minor version during the next scheduled
                maintenance window, if one is available. Since 2025-11-13.
            app_version: The semantic version to upgrade the SageMaker Partner AI App to. Must
                be the same semantic version returned in the AvailableUpgrade field from
                DescribePartnerApp. Version skipping and downgrades are not supported. Since
                2025-11-13.
            client_token: A unique token that guarantees that the call to this API is
                idempotent. Since 2024-12-04.
            tags: Each tag consists of a key and an optional value. Tag keys must be unique per
                resource. Since 2024-12-04.

        Returns:
            UpdatePartnerAppResponse: the typed response.
        """

    async def update_pipeline(
        self,
        *,
        pipeline_name: str,
        pipeline_display_name: str | None = None,
        pipeline_definition: str | None = None,
        pipeline_definition_s3_location: PipelineDefinitionS3Location | None = None,
        pipeline_description: str | None = None,
        role_arn: str | None = None,
        parallelism_configuration: ParallelismConfiguration | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> UpdatePipelineResponse:
        """Updates a pipeline. (Operation since 2020-12-01.)

        Args:
            pipeline_name: The name of the pipeline to update. Since 2020-12-01.
            pipeline_display_name: The display name of the pipeline. Since 2020-12-01.
            pipeline_definition: The JSON pipeline definition. Since 2020-12-01.
            pipeline_definition_s3_location: The location of the pipeline definition stored in
                Amazon S3. If specified, SageMaker will retrieve the pipeline definition from this
                location. Since 2022-01-03.
            pipeline_description: The description of the pipeline. Since 2020-12-01.
            role_arn: The Amazon Resource Name (ARN) that the pipeline uses to execute. Since
                2020-12-01.
            parallelism_configuration: If specified, it applies to all executions of this
                pipeline by default. Since 2022-01-03.

        Returns:
            UpdatePipelineResponse: the typed response.
        """

    async def update_pipeline_execution(
        self,
        *,
        pipeline_execution_arn: str,
        pipeline_execution_description: str | None = None,
        pipeline_execution_display_name: str | None = None,
        parallelism_configuration: ParallelismConfiguration | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> UpdatePipelineExecutionResponse:
        """Updates a pipeline execution. (Operation since 2020-12-01.)

        Args:
            pipeline_execution_arn: The Amazon Resource Name (ARN) of the pipeline execution.
                Since 2020-12-01.
            pipeline_execution_description: The description of the pipeline execution. Since
                2020-12-01.
            pipeline_execution_display_name: The display name of the pipeline execution. Since
                2020-12-01.
            parallelism_configuration: This configuration, if specified, overrides the
                parallelism configuration of the parent pipeline for this specific run. Since
                2022-01-03.

        Returns:
            UpdatePipelineExecutionResponse: the typed response.
        """

    async def update_pipeline_version(
        self,
        *,
        pipeline_arn: str,
        pipeline_version_id: int,
        pipeline_version_display_name: str | None = None,
        pipeline_version_description: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> UpdatePipelineVersionResponse:
        """Updates a pipeline version. (Operation since 2025-07-15.)

        Args:
            pipeline_arn: The Amazon Resource Name (ARN) of the pipeline. Since 2025-07-15.
            pipeline_version_id: The pipeline version ID to update. Since 2025-07-15.
            pipeline_version_display_name: The display name of the pipeline version. Since
                2025-07-15.
            pipeline_version_description: The description of the pipeline version. Since
                2025-07-15.

        Returns:
            UpdatePipelineVersionResponse: the typed response.
        """

    async def update_project(
        self,
        *,
        project_name: str,
        project_description: str | None = None,
        service_catalog_provisioning_update_details: ServiceCatalogProvisioningUpdateDetails | None = None,
        tags: list[Tag] | None = None,
        template_providers_to_update: list[UpdateTemplateProvider] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> UpdateProjectOutput:
        """Updates a machine learning (ML) project that is created from a template that sets up an ML
        pipeline from training to deploying an approved model. (Operation since 2021-10-27.)

        Args:
            project_name: The name of the project. Since 2021-10-27.
            project_description: The description for the project. Since 2021-10-27.
            service_catalog_provisioning_update_details: The product ID and provisioning
                artifact ID to provision a service catalog. The provisioning artifact ID will
                default to the latest provisioning artifact ID of the product, if you don't provide
                the provisioning artifact ID. For more information, see What is Amazon Web Services
                Service Catalog. Since 2021-10-27.
            tags: An array of key-value pairs. You can use tags to categorize your Amazon Web
                Services resources in different ways, for example, by purpose, owner, or
                environment. For more information, see Tagging Amazon Web Services Resources. In
                addition, the project must have tag update constraints set in order to include this
                parameter in the request. For more information, see Amazon Web Services Service
                Catalog Tag Update Constraints. Since 2021-10-27.
            template_providers_to_update: The template providers to update in the project. Since
                2025-06-19.

        Returns:
            UpdateProjectOutput: the typed response.
        """

    async def update_space(
        self,
        *,
        domain_id: str,
        space_name: str,
        space_settings: SpaceSettings | None = None,
        space_display_name: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> UpdateSpaceResponse:
        """Updates the settings of a space. (Operation since 2022-11-30.)

        Args:
            domain_id: The ID of the associated domain. Since 2022-11-30.
            space_name: The name of the space. Since 2022-11-30.
            space_settings: A collection of space settings. Since 2022-11-30.
            space_display_name: The name of the space that appears in the Amazon SageMaker
                Studio UI. Since 2023-11-30.

        Returns:
            UpdateSpaceResponse: the typed response.
        """

    async def update_training_job(
        self,
        *,
        training_job_name: str,
        profiler_config: ProfilerConfigForUpdate | None = None,
        profiler_rule_configurations: list[ProfilerRuleConfiguration] | None = None,
        resource_config: ResourceConfigForUpdate | None = None,
        remote_debug_config: RemoteDebugConfigForUpdate | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> UpdateTrainingJobResponse:
        """Update a model training job to request a new Debugger profiling configuration or to change
        warm pool retention length. (Operation since 2020-12-08.)

        Args:
            training_job_name: The name of a training job to update the Debugger profiling
                configuration. Since 2020-12-08.
            profiler_config: Configuration information for Amazon SageMaker Debugger system
                monitoring, framework profiling, and storage paths. Since 2020-12-08.
            profiler_rule_configurations: Configuration information for Amazon SageMaker
                Debugger rules for profiling system and framework metrics. Since 2020-12-08.
            resource_config: The training job ResourceConfig to update warm pool retention
                length. Since 2022-09-29.
            remote_debug_config: Configuration for remote debugging while the training job is
                running. You can update the remote debugging configuration when the SecondaryStatus
                of the job is Downloading or Training.To learn more about the remote debugging
                functionality of SageMaker, see Access a training container through Amazon Web
                Services Systems Manager (SSM) for remote debugging. Since 2023-12-21.

        Returns:
            UpdateTrainingJobResponse: the typed response.
        """

    async def update_trial(
        self,
        *,
        trial_name: str,
        display_name: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> UpdateTrialResponse:
        """Updates the display name of a trial. (Operation since 2019-12-04.)

        Args:
            trial_name: The name of the trial to update. Since 2019-12-04.
            display_name: The name of the trial as displayed. The name doesn't need to be
                unique. If DisplayName isn't specified, TrialName is displayed. Since 2019-12-04.

        Returns:
            UpdateTrialResponse: the typed response.
        """

    async def update_trial_component(
        self,
        *,
        trial_component_name: str,
        display_name: str | None = None,
        status: TrialComponentStatus | None = None,
        start_time: datetime | None = None,
        end_time: datetime | None = None,
        parameters: dict[str, TrialComponentParameterValue] | None = None,
        parameters_to_remove: list[str] | None = None,
        input_artifacts: dict[str, TrialComponentArtifact] | None = None,
        input_artifacts_to_remove: list[str] | None = None,
        output_artifacts: dict[str, TrialComponentArtifact] | None = None,
        output_artifacts_to_remove: list[str] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> UpdateTrialComponentResponse:
        """Updates one or more properties of a trial component. (Operation since 2019-12-04.)

        Args:
            trial_component_name: The name of the component to update. Since 2019-12-04.
            display_name: The name of the component as displayed. The name doesn't need to be
                unique. If DisplayName isn't specified, TrialComponentName is displayed. Since
                2019-12-04.
            status: The new status of the component. Since 2019-12-04.
            start_time: When the component started. Since 2019-12-04.
            end_time: When the component ended. Since 2019-12-04.
            parameters: Replaces all of the component's hyperparameters with the specified
                hyperparameters. Since 2019-12-04.
            parameters_to_remove: The hyperparameters to remove from the component. Since
                2019-12-04.
            input_artifacts: Replaces all of the component's input artifacts with the specified
                artifacts. Since 2019-12-04.
            input_artifacts_to_remove: The input artifacts to remove from the component. Since
                2019-12-04.
            output_artifacts: Replaces all of the component's output artifacts with the
                specified artifacts. Since 2019-12-04.
            output_artifacts_to_remove: The output artifacts to remove from the component. Since
                2019-12-04.

        Returns:
            UpdateTrialComponentResponse: the typed response.
        """

    async def update_user_profile(
        self,
        *,
        domain_id: str,
        user_profile_name: str,
        user_settings: UserSettings | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> UpdateUserProfileResponse:
        """Updates a user profile. (Operation since 2019-12-04.)

        Args:
            domain_id: The domain ID. Since 2019-12-04.
            user_profile_name: The user profile name. Since 2019-12-04.
            user_settings: A collection of settings. Since 2019-12-04.

        Returns:
            UpdateUserProfileResponse: the typed response.
        """

    async def update_workforce(
        self,
        *,
        workforce_name: str,
        source_ip_config: SourceIpConfig | None = None,
        oidc_config: OidcConfig | None = None,
        workforce_vpc_config: WorkforceVpcConfigRequest | None = None,
        ip_address_type: WorkforceIpAddressType | WorkforceIpAddressTypeLiteral | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> UpdateWorkforceResponse:
        """Use this operation to update your workforce. You can use this operation to require that
        workers use specific IP addresses to work on tasks and to update your OpenID Connect (OIDC)
        Identity Provider (IdP) workforce configuration. (Operation since 2020-01-16.)

        Args:
            workforce_name: The name of the private workforce that you want to update. You can
                find your workforce name by using the ListWorkforces operation. Since 2020-01-16.
            source_ip_config: A list of one to ten worker IP address ranges ( CIDRs) that can be
                used to access tasks assigned to this workforce. Since 2020-01-16.
            oidc_config: Use this parameter to update your OIDC Identity Provider (IdP)
                configuration for a workforce made using your own IdP. Since 2020-07-24.
            workforce_vpc_config: Use this parameter to update your VPC configuration for a
                workforce. Since 2022-06-23.
            ip_address_type: Use this parameter to specify whether you want IPv4 only or
                dualstack ( IPv4 and IPv6) to support your labeling workforce. Since 2025-07-21.

        Returns:
            UpdateWorkforceResponse: the typed response.
        """

    async def update_workteam(
        self,
        *,
        workteam_name: str,
        member_definitions: list[MemberDefinition] | None = None,
        description: str | None = None,
        notification_configuration: NotificationConfiguration | None = None,
        worker_access_configuration: WorkerAccessConfiguration | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> UpdateWorkteamResponse:
        """Updates an existing work team with new member definitions or description. (Operation since
        2018-11-28.)

        Args:
            workteam_name: The name of the work team to update. Since 2018-11-28.
            member_definitions: A list of MemberDefinition objects that contains objects that
                identify the workers that make up the work team. Since 2018-11-28.
            description: An updated description for the work team. Since 2018-11-28.
            notification_configuration: Configures SNS topic notifications for available or
                expiring work items Since 2019-05-08.
            worker_access_configuration: Use this optional parameter to constrain access to an
                Amazon S3 resource based on the IP address using supported IAM global condition
                keys. The Amazon S3 resource is accessed in the worker portal using a Amazon S3
                presigned URL. Since 2024-05-16.

        Returns:
            UpdateWorkteamResponse: the typed response.
        """

    async def wait_until_endpoint_deleted(
        self,
        *,
        endpoint_name: str,
        delay: float | None = None,
        max_attempts: int | None = None,
        on_poll: Callable[[DescribeEndpointOutput], object] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None:
        """Poll ``describe_endpoint`` until the wait ends (botocore's waiter ``endpoint_deleted``).

        Every ``delay`` seconds (default 30), at most ``max_attempts`` times (default
        60); ``on_poll`` receives each typed response. Ends: success when error ValidationException; failure when EndpointStatus is Failed.

        Returns None (the resource is gone);
        raises :class:`smtyped.errors.WaiterFailure` or :class:`smtyped.errors.WaiterTimeout`
        (both subclasses of botocore's ``WaiterError``) carrying the last typed response as ``last``.
        """

    async def wait_until_endpoint_in_service(
        self,
        *,
        endpoint_name: str,
        delay: float | None = None,
        max_attempts: int | None = None,
        on_poll: Callable[[DescribeEndpointOutput], object] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> DescribeEndpointOutput:
        """Poll ``describe_endpoint`` until the wait ends (botocore's waiter ``endpoint_in_service``).

        Every ``delay`` seconds (default 30), at most ``max_attempts`` times (default
        120); ``on_poll`` receives each typed response. Ends: success when EndpointStatus is InService; failure when EndpointStatus is Failed; failure when error ValidationException.

        Returns the last typed ``DescribeEndpointOutput``;
        raises :class:`smtyped.errors.WaiterFailure` or :class:`smtyped.errors.WaiterTimeout`
        (both subclasses of botocore's ``WaiterError``) carrying the last typed response as ``last``.
        """

    async def wait_until_image_created(
        self,
        *,
        image_name: str,
        delay: float | None = None,
        max_attempts: int | None = None,
        on_poll: Callable[[DescribeImageResponse], object] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> DescribeImageResponse:
        """Poll ``describe_image`` until the wait ends (botocore's waiter ``image_created``).

        Every ``delay`` seconds (default 60), at most ``max_attempts`` times (default
        60); ``on_poll`` receives each typed response. Ends: success when ImageStatus is CREATED; failure when ImageStatus is CREATE_FAILED; failure when error ValidationException.

        Returns the last typed ``DescribeImageResponse``;
        raises :class:`smtyped.errors.WaiterFailure` or :class:`smtyped.errors.WaiterTimeout`
        (both subclasses of botocore's ``WaiterError``) carrying the last typed response as ``last``.
        """

    async def wait_until_image_deleted(
        self,
        *,
        image_name: str,
        delay: float | None = None,
        max_attempts: int | None = None,
        on_poll: Callable[[DescribeImageResponse], object] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None:
        """Poll ``describe_image`` until the wait ends (botocore's waiter ``image_deleted``).

        Every ``delay`` seconds (default 60), at most ``max_attempts`` times (default
        60); ``on_poll`` receives each typed response. Ends: success when error ResourceNotFoundException; failure when ImageStatus is DELETE_FAILED; failure when error ValidationException.

        Returns None (the resource is gone);
        raises :class:`smtyped.errors.WaiterFailure` or :class:`smtyped.errors.WaiterTimeout`
        (both subclasses of botocore's ``WaiterError``) carrying the last typed response as ``last``.
        """

    async def wait_until_image_updated(
        self,
        *,
        image_name: str,
        delay: float | None = None,
        max_attempts: int | None = None,
        on_poll: Callable[[DescribeImageResponse], object] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> DescribeImageResponse:
        """Poll ``describe_image`` until the wait ends (botocore's waiter ``image_updated``).

        Every ``delay`` seconds (default 60), at most ``max_attempts`` times (default
        60); ``on_poll`` receives each typed response. Ends: success when ImageStatus is CREATED; failure when ImageStatus is UPDATE_FAILED; failure when error ValidationException.

        Returns the last typed ``DescribeImageResponse``;
        raises :class:`smtyped.errors.WaiterFailure` or :class:`smtyped.errors.WaiterTimeout`
        (both subclasses of botocore's ``WaiterError``) carrying the last typed response as ``last``.
        """

    async def wait_until_image_version_created(
        self,
        *,
        image_name: str,
        version: int | None = None,
        alias: str | None = None,
        delay: float | None = None,
        max_attempts: int | None = None,
        on_poll: Callable[[DescribeImageVersionResponse], object] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> DescribeImageVersionResponse:
        """Poll ``describe_image_version`` until the wait ends (botocore's waiter ``image_version_created``).

        Every ``delay`` seconds (default 60), at most ``max_attempts`` times (default
        60); ``on_poll`` receives each typed response. Ends: success when ImageVersionStatus is CREATED; failure when ImageVersionStatus is CREATE_FAILED; failure when error ValidationException.

        Returns the last typed ``DescribeImageVersionResponse``;
        raises :class:`smtyped.errors.WaiterFailure` or :class:`smtyped.errors.WaiterTimeout`
        (both subclasses of botocore's ``WaiterError``) carrying the last typed response as ``last``.
        """

    async def wait_until_image_version_deleted(
        self,
        *,
        image_name: str,
        version: int | None = None,
        alias: str | None = None,
        delay: float | None = None,
        max_attempts: int | None = None,
        on_poll: Callable[[DescribeImageVersionResponse], object] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None:
        """Poll ``describe_image_version`` until the wait ends (botocore's waiter ``image_version_deleted``).

        Every ``delay`` seconds (default 60), at most ``max_attempts`` times (default
        60); ``on_poll`` receives each typed response. Ends: success when error ResourceNotFoundException; failure when ImageVersionStatus is DELETE_FAILED; failure when error ValidationException.

        Returns None (the resource is gone);
        raises :class:`smtyped.errors.WaiterFailure` or :class:`smtyped.errors.WaiterTimeout`
        (both subclasses of botocore's ``WaiterError``) carrying the last typed response as ``last``.
        """

    async def wait_until_notebook_instance_deleted(
        self,
        *,
        notebook_instance_name: str,
        delay: float | None = None,
        max_attempts: int | None = None,
        on_poll: Callable[[DescribeNotebookInstanceOutput], object] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None:
        """Poll ``describe_notebook_instance`` until the wait ends (botocore's waiter ``notebook_instance_deleted``).

        Every ``delay`` seconds (default 30), at most ``max_attempts`` times (default
        60); ``on_poll`` receives each typed response. Ends: success when error ValidationException; failure when NotebookInstanceStatus is Failed.

        Returns None (the resource is gone);
        raises :class:`smtyped.errors.WaiterFailure` or :class:`smtyped.errors.WaiterTimeout`
        (both subclasses of botocore's ``WaiterError``) carrying the last typed response as ``last``.
        """

    async def wait_until_notebook_instance_in_service(
        self,
        *,
        notebook_instance_name: str,
        delay: float | None = None,
        max_attempts: int | None = None,
        on_poll: Callable[[DescribeNotebookInstanceOutput], object] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> DescribeNotebookInstanceOutput:
        """Poll ``describe_notebook_instance`` until the wait ends (botocore's waiter ``notebook_instance_in_service``).

        Every ``delay`` seconds (default 30), at most ``max_attempts`` times (default
        60); ``on_poll`` receives each typed response. Ends: success when NotebookInstanceStatus is InService; failure when NotebookInstanceStatus is Failed.

        Returns the last typed ``DescribeNotebookInstanceOutput``;
        raises :class:`smtyped.errors.WaiterFailure` or :class:`smtyped.errors.WaiterTimeout`
        (both subclasses of botocore's ``WaiterError``) carrying the last typed response as ``last``.
        """

    async def wait_until_notebook_instance_stopped(
        self,
        *,
        notebook_instance_name: str,
        delay: float | None = None,
        max_attempts: int | None = None,
        on_poll: Callable[[DescribeNotebookInstanceOutput], object] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> DescribeNotebookInstanceOutput:
        """Poll ``describe_notebook_instance`` until the wait ends (botocore's waiter ``notebook_instance_stopped``).

        Every ``delay`` seconds (default 30), at most ``max_attempts`` times (default
        60); ``on_poll`` receives each typed response. Ends: success when NotebookInstanceStatus is Stopped; failure when NotebookInstanceStatus is Failed.

        Returns the last typed ``DescribeNotebookInstanceOutput``;
        raises :class:`smtyped.errors.WaiterFailure` or :class:`smtyped.errors.WaiterTimeout`
        (both subclasses of botocore's ``WaiterError``) carrying the last typed response as ``last``.
        """

    async def wait_until_processing_job_completed_or_stopped(
        self,
        *,
        processing_job_name: str,
        delay: float | None = None,
        max_attempts: int | None = None,
        on_poll: Callable[[DescribeProcessingJobResponse], object] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> DescribeProcessingJobResponse:
        """Poll ``describe_processing_job`` until the wait ends (botocore's waiter ``processing_job_completed_or_stopped``).

        Every ``delay`` seconds (default 60), at most ``max_attempts`` times (default
        60); ``on_poll`` receives each typed response. Ends: success when ProcessingJobStatus is Completed; success when ProcessingJobStatus is Stopped; failure when ProcessingJobStatus is Failed; failure when error ValidationException.

        Returns the last typed ``DescribeProcessingJobResponse``;
        raises :class:`smtyped.errors.WaiterFailure` or :class:`smtyped.errors.WaiterTimeout`
        (both subclasses of botocore's ``WaiterError``) carrying the last typed response as ``last``.
        """

    async def wait_until_training_job_completed_or_stopped(
        self,
        *,
        training_job_name: str,
        delay: float | None = None,
        max_attempts: int | None = None,
        on_poll: Callable[[DescribeTrainingJobResponse], object] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> DescribeTrainingJobResponse:
        """Poll ``describe_training_job`` until the wait ends (botocore's waiter ``training_job_completed_or_stopped``).

        Every ``delay`` seconds (default 120), at most ``max_attempts`` times (default
        180); ``on_poll`` receives each typed response. Ends: success when TrainingJobStatus is Completed; success when TrainingJobStatus is Stopped; failure when TrainingJobStatus is Failed; failure when error ValidationException.

        Returns the last typed ``DescribeTrainingJobResponse``;
        raises :class:`smtyped.errors.WaiterFailure` or :class:`smtyped.errors.WaiterTimeout`
        (both subclasses of botocore's ``WaiterError``) carrying the last typed response as ``last``.
        """

    async def wait_until_transform_job_completed_or_stopped(
        self,
        *,
        transform_job_name: str,
        delay: float | None = None,
        max_attempts: int | None = None,
        on_poll: Callable[[DescribeTransformJobResponse], object] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> DescribeTransformJobResponse:
        """Poll ``describe_transform_job`` until the wait ends (botocore's waiter ``transform_job_completed_or_stopped``).

        Every ``delay`` seconds (default 60), at most ``max_attempts`` times (default
        60); ``on_poll`` receives each typed response. Ends: success when TransformJobStatus is Completed; success when TransformJobStatus is Stopped; failure when TransformJobStatus is Failed; failure when error ValidationException.

        Returns the last typed ``DescribeTransformJobResponse``;
        raises :class:`smtyped.errors.WaiterFailure` or :class:`smtyped.errors.WaiterTimeout`
        (both subclasses of botocore's ``WaiterError``) carrying the last typed response as ``last``.
        """
