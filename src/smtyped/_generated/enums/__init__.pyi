# Generated stub for the module beside it. Do not edit.
# The names come from the stub-only letter groups, so type checkers read a few dozen files
# instead of every module the package loads lazily at run time.

from smtyped._generated.enums._a import AccountDefaultStatus as AccountDefaultStatus
from smtyped._generated.enums._a import AccountDefaultStatusLiteral as AccountDefaultStatusLiteral
from smtyped._generated.enums._a import ActionStatus as ActionStatus
from smtyped._generated.enums._a import ActionStatusLiteral as ActionStatusLiteral
from smtyped._generated.enums._a import ActivationState as ActivationState
from smtyped._generated.enums._a import ActivationStateLiteral as ActivationStateLiteral
from smtyped._generated.enums._a import ActiveClusterOperationName as ActiveClusterOperationName
from smtyped._generated.enums._a import ActiveClusterOperationNameLiteral as ActiveClusterOperationNameLiteral
from smtyped._generated.enums._a import AdditionalS3DataSourceDataType as AdditionalS3DataSourceDataType
from smtyped._generated.enums._a import AdditionalS3DataSourceDataTypeLiteral as AdditionalS3DataSourceDataTypeLiteral
from smtyped._generated.enums._a import AggregationTransformationValue as AggregationTransformationValue
from smtyped._generated.enums._a import AggregationTransformationValueLiteral as AggregationTransformationValueLiteral
from smtyped._generated.enums._a import AIBenchmarkJobStatus as AIBenchmarkJobStatus
from smtyped._generated.enums._a import AIBenchmarkJobStatusLiteral as AIBenchmarkJobStatusLiteral
from smtyped._generated.enums._a import AICapacityReservationPreference as AICapacityReservationPreference
from smtyped._generated.enums._a import AICapacityReservationPreferenceLiteral as AICapacityReservationPreferenceLiteral
from smtyped._generated.enums._a import AIRecommendationInferenceFramework as AIRecommendationInferenceFramework
from smtyped._generated.enums._a import (
    AIRecommendationInferenceFrameworkLiteral as AIRecommendationInferenceFrameworkLiteral,
)
from smtyped._generated.enums._a import AIRecommendationInstanceType as AIRecommendationInstanceType
from smtyped._generated.enums._a import AIRecommendationInstanceTypeLiteral as AIRecommendationInstanceTypeLiteral
from smtyped._generated.enums._a import AIRecommendationJobStatus as AIRecommendationJobStatus
from smtyped._generated.enums._a import AIRecommendationJobStatusLiteral as AIRecommendationJobStatusLiteral
from smtyped._generated.enums._a import AIRecommendationMetric as AIRecommendationMetric
from smtyped._generated.enums._a import AIRecommendationMetricLiteral as AIRecommendationMetricLiteral
from smtyped._generated.enums._a import AIRecommendationOptimizationType as AIRecommendationOptimizationType
from smtyped._generated.enums._a import (
    AIRecommendationOptimizationTypeLiteral as AIRecommendationOptimizationTypeLiteral,
)
from smtyped._generated.enums._a import AlgorithmSortBy as AlgorithmSortBy
from smtyped._generated.enums._a import AlgorithmSortByLiteral as AlgorithmSortByLiteral
from smtyped._generated.enums._a import AlgorithmStatus as AlgorithmStatus
from smtyped._generated.enums._a import AlgorithmStatusLiteral as AlgorithmStatusLiteral
from smtyped._generated.enums._a import AppImageConfigSortKey as AppImageConfigSortKey
from smtyped._generated.enums._a import AppImageConfigSortKeyLiteral as AppImageConfigSortKeyLiteral
from smtyped._generated.enums._a import AppInstanceType as AppInstanceType
from smtyped._generated.enums._a import AppInstanceTypeLiteral as AppInstanceTypeLiteral
from smtyped._generated.enums._a import AppNetworkAccessType as AppNetworkAccessType
from smtyped._generated.enums._a import AppNetworkAccessTypeLiteral as AppNetworkAccessTypeLiteral
from smtyped._generated.enums._a import AppSecurityGroupManagement as AppSecurityGroupManagement
from smtyped._generated.enums._a import AppSecurityGroupManagementLiteral as AppSecurityGroupManagementLiteral
from smtyped._generated.enums._a import AppSortKey as AppSortKey
from smtyped._generated.enums._a import AppSortKeyLiteral as AppSortKeyLiteral
from smtyped._generated.enums._a import AppStatus as AppStatus
from smtyped._generated.enums._a import AppStatusLiteral as AppStatusLiteral
from smtyped._generated.enums._a import AppType as AppType
from smtyped._generated.enums._a import AppTypeLiteral as AppTypeLiteral
from smtyped._generated.enums._a import ArtifactSourceIdType as ArtifactSourceIdType
from smtyped._generated.enums._a import ArtifactSourceIdTypeLiteral as ArtifactSourceIdTypeLiteral
from smtyped._generated.enums._a import AssemblyType as AssemblyType
from smtyped._generated.enums._a import AssemblyTypeLiteral as AssemblyTypeLiteral
from smtyped._generated.enums._a import AssociationEdgeType as AssociationEdgeType
from smtyped._generated.enums._a import AssociationEdgeTypeLiteral as AssociationEdgeTypeLiteral
from smtyped._generated.enums._a import AsyncNotificationTopicTypes as AsyncNotificationTopicTypes
from smtyped._generated.enums._a import AsyncNotificationTopicTypesLiteral as AsyncNotificationTopicTypesLiteral
from smtyped._generated.enums._a import AthenaResultCompressionType as AthenaResultCompressionType
from smtyped._generated.enums._a import AthenaResultCompressionTypeLiteral as AthenaResultCompressionTypeLiteral
from smtyped._generated.enums._a import AthenaResultFormat as AthenaResultFormat
from smtyped._generated.enums._a import AthenaResultFormatLiteral as AthenaResultFormatLiteral
from smtyped._generated.enums._a import AuthMode as AuthMode
from smtyped._generated.enums._a import AuthModeLiteral as AuthModeLiteral
from smtyped._generated.enums._a import AutoMLAlgorithm as AutoMLAlgorithm
from smtyped._generated.enums._a import AutoMLAlgorithmLiteral as AutoMLAlgorithmLiteral
from smtyped._generated.enums._a import AutoMLChannelType as AutoMLChannelType
from smtyped._generated.enums._a import AutoMLChannelTypeLiteral as AutoMLChannelTypeLiteral
from smtyped._generated.enums._a import AutoMLJobObjectiveType as AutoMLJobObjectiveType
from smtyped._generated.enums._a import AutoMLJobObjectiveTypeLiteral as AutoMLJobObjectiveTypeLiteral
from smtyped._generated.enums._a import AutoMLJobSecondaryStatus as AutoMLJobSecondaryStatus
from smtyped._generated.enums._a import AutoMLJobSecondaryStatusLiteral as AutoMLJobSecondaryStatusLiteral
from smtyped._generated.enums._a import AutoMLJobStatus as AutoMLJobStatus
from smtyped._generated.enums._a import AutoMLJobStatusLiteral as AutoMLJobStatusLiteral
from smtyped._generated.enums._a import AutoMLMetricEnum as AutoMLMetricEnum
from smtyped._generated.enums._a import AutoMLMetricEnumLiteral as AutoMLMetricEnumLiteral
from smtyped._generated.enums._a import AutoMLMetricExtendedEnum as AutoMLMetricExtendedEnum
from smtyped._generated.enums._a import AutoMLMetricExtendedEnumLiteral as AutoMLMetricExtendedEnumLiteral
from smtyped._generated.enums._a import AutoMLMode as AutoMLMode
from smtyped._generated.enums._a import AutoMLModeLiteral as AutoMLModeLiteral
from smtyped._generated.enums._a import AutoMLProblemTypeConfigName as AutoMLProblemTypeConfigName
from smtyped._generated.enums._a import AutoMLProblemTypeConfigNameLiteral as AutoMLProblemTypeConfigNameLiteral
from smtyped._generated.enums._a import AutoMLProcessingUnit as AutoMLProcessingUnit
from smtyped._generated.enums._a import AutoMLProcessingUnitLiteral as AutoMLProcessingUnitLiteral
from smtyped._generated.enums._a import AutoMLS3DataType as AutoMLS3DataType
from smtyped._generated.enums._a import AutoMLS3DataTypeLiteral as AutoMLS3DataTypeLiteral
from smtyped._generated.enums._a import AutoMLSortBy as AutoMLSortBy
from smtyped._generated.enums._a import AutoMLSortByLiteral as AutoMLSortByLiteral
from smtyped._generated.enums._a import AutoMLSortOrder as AutoMLSortOrder
from smtyped._generated.enums._a import AutoMLSortOrderLiteral as AutoMLSortOrderLiteral
from smtyped._generated.enums._a import AutoMountHomeEFS as AutoMountHomeEFS
from smtyped._generated.enums._a import AutoMountHomeEFSLiteral as AutoMountHomeEFSLiteral
from smtyped._generated.enums._a import AutotuneMode as AutotuneMode
from smtyped._generated.enums._a import AutotuneModeLiteral as AutotuneModeLiteral
from smtyped._generated.enums._a import AvailabilityZoneBalanceEnforcementMode as AvailabilityZoneBalanceEnforcementMode
from smtyped._generated.enums._a import (
    AvailabilityZoneBalanceEnforcementModeLiteral as AvailabilityZoneBalanceEnforcementModeLiteral,
)
from smtyped._generated.enums._a import AwsManagedHumanLoopRequestSource as AwsManagedHumanLoopRequestSource
from smtyped._generated.enums._a import (
    AwsManagedHumanLoopRequestSourceLiteral as AwsManagedHumanLoopRequestSourceLiteral,
)
from smtyped._generated.enums._b import BatchAddClusterNodesErrorCode as BatchAddClusterNodesErrorCode
from smtyped._generated.enums._b import BatchAddClusterNodesErrorCodeLiteral as BatchAddClusterNodesErrorCodeLiteral
from smtyped._generated.enums._b import BatchDeleteClusterNodesErrorCode as BatchDeleteClusterNodesErrorCode
from smtyped._generated.enums._b import (
    BatchDeleteClusterNodesErrorCodeLiteral as BatchDeleteClusterNodesErrorCodeLiteral,
)
from smtyped._generated.enums._b import BatchRebootClusterNodesErrorCode as BatchRebootClusterNodesErrorCode
from smtyped._generated.enums._b import (
    BatchRebootClusterNodesErrorCodeLiteral as BatchRebootClusterNodesErrorCodeLiteral,
)
from smtyped._generated.enums._b import BatchReplaceClusterNodesErrorCode as BatchReplaceClusterNodesErrorCode
from smtyped._generated.enums._b import (
    BatchReplaceClusterNodesErrorCodeLiteral as BatchReplaceClusterNodesErrorCodeLiteral,
)
from smtyped._generated.enums._b import BatchStrategy as BatchStrategy
from smtyped._generated.enums._b import BatchStrategyLiteral as BatchStrategyLiteral
from smtyped._generated.enums._b import BooleanOperator as BooleanOperator
from smtyped._generated.enums._b import BooleanOperatorLiteral as BooleanOperatorLiteral
from smtyped._generated.enums._c import CandidateSortBy as CandidateSortBy
from smtyped._generated.enums._c import CandidateSortByLiteral as CandidateSortByLiteral
from smtyped._generated.enums._c import CandidateStatus as CandidateStatus
from smtyped._generated.enums._c import CandidateStatusLiteral as CandidateStatusLiteral
from smtyped._generated.enums._c import CandidateStepType as CandidateStepType
from smtyped._generated.enums._c import CandidateStepTypeLiteral as CandidateStepTypeLiteral
from smtyped._generated.enums._c import CapacityReservationPreference as CapacityReservationPreference
from smtyped._generated.enums._c import CapacityReservationPreferenceLiteral as CapacityReservationPreferenceLiteral
from smtyped._generated.enums._c import CapacityReservationType as CapacityReservationType
from smtyped._generated.enums._c import CapacityReservationTypeLiteral as CapacityReservationTypeLiteral
from smtyped._generated.enums._c import CapacitySizeType as CapacitySizeType
from smtyped._generated.enums._c import CapacitySizeTypeLiteral as CapacitySizeTypeLiteral
from smtyped._generated.enums._c import CaptureMode as CaptureMode
from smtyped._generated.enums._c import CaptureModeLiteral as CaptureModeLiteral
from smtyped._generated.enums._c import CaptureStatus as CaptureStatus
from smtyped._generated.enums._c import CaptureStatusLiteral as CaptureStatusLiteral
from smtyped._generated.enums._c import ClarifyFeatureType as ClarifyFeatureType
from smtyped._generated.enums._c import ClarifyFeatureTypeLiteral as ClarifyFeatureTypeLiteral
from smtyped._generated.enums._c import ClarifyTextGranularity as ClarifyTextGranularity
from smtyped._generated.enums._c import ClarifyTextGranularityLiteral as ClarifyTextGranularityLiteral
from smtyped._generated.enums._c import ClarifyTextLanguage as ClarifyTextLanguage
from smtyped._generated.enums._c import ClarifyTextLanguageLiteral as ClarifyTextLanguageLiteral
from smtyped._generated.enums._c import ClusterAutoScalerType as ClusterAutoScalerType
from smtyped._generated.enums._c import ClusterAutoScalerTypeLiteral as ClusterAutoScalerTypeLiteral
from smtyped._generated.enums._c import ClusterAutoScalingMode as ClusterAutoScalingMode
from smtyped._generated.enums._c import ClusterAutoScalingModeLiteral as ClusterAutoScalingModeLiteral
from smtyped._generated.enums._c import ClusterAutoScalingStatus as ClusterAutoScalingStatus
from smtyped._generated.enums._c import ClusterAutoScalingStatusLiteral as ClusterAutoScalingStatusLiteral
from smtyped._generated.enums._c import ClusterCapacityType as ClusterCapacityType
from smtyped._generated.enums._c import ClusterCapacityTypeLiteral as ClusterCapacityTypeLiteral
from smtyped._generated.enums._c import ClusterConfigMode as ClusterConfigMode
from smtyped._generated.enums._c import ClusterConfigModeLiteral as ClusterConfigModeLiteral
from smtyped._generated.enums._c import ClusterEventLevel as ClusterEventLevel
from smtyped._generated.enums._c import ClusterEventLevelLiteral as ClusterEventLevelLiteral
from smtyped._generated.enums._c import ClusterEventResourceType as ClusterEventResourceType
from smtyped._generated.enums._c import ClusterEventResourceTypeLiteral as ClusterEventResourceTypeLiteral
from smtyped._generated.enums._c import ClusterFSxLustreDeletionPolicy as ClusterFSxLustreDeletionPolicy
from smtyped._generated.enums._c import ClusterFSxLustreDeletionPolicyLiteral as ClusterFSxLustreDeletionPolicyLiteral
from smtyped._generated.enums._c import ClusterImageVersionStatus as ClusterImageVersionStatus
from smtyped._generated.enums._c import ClusterImageVersionStatusLiteral as ClusterImageVersionStatusLiteral
from smtyped._generated.enums._c import ClusterInstanceStatus as ClusterInstanceStatus
from smtyped._generated.enums._c import ClusterInstanceStatusLiteral as ClusterInstanceStatusLiteral
from smtyped._generated.enums._c import ClusterInstanceType as ClusterInstanceType
from smtyped._generated.enums._c import ClusterInstanceTypeLiteral as ClusterInstanceTypeLiteral
from smtyped._generated.enums._c import ClusterInterfaceType as ClusterInterfaceType
from smtyped._generated.enums._c import ClusterInterfaceTypeLiteral as ClusterInterfaceTypeLiteral
from smtyped._generated.enums._c import ClusterKubernetesTaintEffect as ClusterKubernetesTaintEffect
from smtyped._generated.enums._c import ClusterKubernetesTaintEffectLiteral as ClusterKubernetesTaintEffectLiteral
from smtyped._generated.enums._c import ClusterNodeProvisioningMode as ClusterNodeProvisioningMode
from smtyped._generated.enums._c import ClusterNodeProvisioningModeLiteral as ClusterNodeProvisioningModeLiteral
from smtyped._generated.enums._c import ClusterNodeRecovery as ClusterNodeRecovery
from smtyped._generated.enums._c import ClusterNodeRecoveryLiteral as ClusterNodeRecoveryLiteral
from smtyped._generated.enums._c import ClusterPatchingStrategy as ClusterPatchingStrategy
from smtyped._generated.enums._c import ClusterPatchingStrategyLiteral as ClusterPatchingStrategyLiteral
from smtyped._generated.enums._c import ClusterSlurmConfigStrategy as ClusterSlurmConfigStrategy
from smtyped._generated.enums._c import ClusterSlurmConfigStrategyLiteral as ClusterSlurmConfigStrategyLiteral
from smtyped._generated.enums._c import ClusterSlurmNodeType as ClusterSlurmNodeType
from smtyped._generated.enums._c import ClusterSlurmNodeTypeLiteral as ClusterSlurmNodeTypeLiteral
from smtyped._generated.enums._c import ClusterSortBy as ClusterSortBy
from smtyped._generated.enums._c import ClusterSortByLiteral as ClusterSortByLiteral
from smtyped._generated.enums._c import ClusterStatus as ClusterStatus
from smtyped._generated.enums._c import ClusterStatusLiteral as ClusterStatusLiteral
from smtyped._generated.enums._c import CodeRepositorySortBy as CodeRepositorySortBy
from smtyped._generated.enums._c import CodeRepositorySortByLiteral as CodeRepositorySortByLiteral
from smtyped._generated.enums._c import CodeRepositorySortOrder as CodeRepositorySortOrder
from smtyped._generated.enums._c import CodeRepositorySortOrderLiteral as CodeRepositorySortOrderLiteral
from smtyped._generated.enums._c import CollectionType as CollectionType
from smtyped._generated.enums._c import CollectionTypeLiteral as CollectionTypeLiteral
from smtyped._generated.enums._c import CompilationJobStatus as CompilationJobStatus
from smtyped._generated.enums._c import CompilationJobStatusLiteral as CompilationJobStatusLiteral
from smtyped._generated.enums._c import CompleteOnConvergence as CompleteOnConvergence
from smtyped._generated.enums._c import CompleteOnConvergenceLiteral as CompleteOnConvergenceLiteral
from smtyped._generated.enums._c import CompressionType as CompressionType
from smtyped._generated.enums._c import CompressionTypeLiteral as CompressionTypeLiteral
from smtyped._generated.enums._c import ConditionOutcome as ConditionOutcome
from smtyped._generated.enums._c import ConditionOutcomeLiteral as ConditionOutcomeLiteral
from smtyped._generated.enums._c import ContainerMode as ContainerMode
from smtyped._generated.enums._c import ContainerModeLiteral as ContainerModeLiteral
from smtyped._generated.enums._c import ContentClassifier as ContentClassifier
from smtyped._generated.enums._c import ContentClassifierLiteral as ContentClassifierLiteral
from smtyped._generated.enums._c import CrossAccountFilterOption as CrossAccountFilterOption
from smtyped._generated.enums._c import CrossAccountFilterOptionLiteral as CrossAccountFilterOptionLiteral
from smtyped._generated.enums._c import CustomizationTechnique as CustomizationTechnique
from smtyped._generated.enums._c import CustomizationTechniqueLiteral as CustomizationTechniqueLiteral
from smtyped._generated.enums._d import DataDistributionType as DataDistributionType
from smtyped._generated.enums._d import DataDistributionTypeLiteral as DataDistributionTypeLiteral
from smtyped._generated.enums._d import DataSourceName as DataSourceName
from smtyped._generated.enums._d import DataSourceNameLiteral as DataSourceNameLiteral
from smtyped._generated.enums._d import DeepHealthCheckType as DeepHealthCheckType
from smtyped._generated.enums._d import DeepHealthCheckTypeLiteral as DeepHealthCheckTypeLiteral
from smtyped._generated.enums._d import DetailedAlgorithmStatus as DetailedAlgorithmStatus
from smtyped._generated.enums._d import DetailedAlgorithmStatusLiteral as DetailedAlgorithmStatusLiteral
from smtyped._generated.enums._d import DetailedModelPackageStatus as DetailedModelPackageStatus
from smtyped._generated.enums._d import DetailedModelPackageStatusLiteral as DetailedModelPackageStatusLiteral
from smtyped._generated.enums._d import DeviceDeploymentStatus as DeviceDeploymentStatus
from smtyped._generated.enums._d import DeviceDeploymentStatusLiteral as DeviceDeploymentStatusLiteral
from smtyped._generated.enums._d import DeviceSubsetType as DeviceSubsetType
from smtyped._generated.enums._d import DeviceSubsetTypeLiteral as DeviceSubsetTypeLiteral
from smtyped._generated.enums._d import DirectInternetAccess as DirectInternetAccess
from smtyped._generated.enums._d import DirectInternetAccessLiteral as DirectInternetAccessLiteral
from smtyped._generated.enums._d import Direction as Direction
from smtyped._generated.enums._d import DirectionLiteral as DirectionLiteral
from smtyped._generated.enums._d import DomainStatus as DomainStatus
from smtyped._generated.enums._d import DomainStatusLiteral as DomainStatusLiteral
from smtyped._generated.enums._e import EdgePackagingJobStatus as EdgePackagingJobStatus
from smtyped._generated.enums._e import EdgePackagingJobStatusLiteral as EdgePackagingJobStatusLiteral
from smtyped._generated.enums._e import EdgePresetDeploymentStatus as EdgePresetDeploymentStatus
from smtyped._generated.enums._e import EdgePresetDeploymentStatusLiteral as EdgePresetDeploymentStatusLiteral
from smtyped._generated.enums._e import EdgePresetDeploymentType as EdgePresetDeploymentType
from smtyped._generated.enums._e import EdgePresetDeploymentTypeLiteral as EdgePresetDeploymentTypeLiteral
from smtyped._generated.enums._e import EnabledOrDisabled as EnabledOrDisabled
from smtyped._generated.enums._e import EnabledOrDisabledLiteral as EnabledOrDisabledLiteral
from smtyped._generated.enums._e import EndpointConfigSortKey as EndpointConfigSortKey
from smtyped._generated.enums._e import EndpointConfigSortKeyLiteral as EndpointConfigSortKeyLiteral
from smtyped._generated.enums._e import EndpointSortKey as EndpointSortKey
from smtyped._generated.enums._e import EndpointSortKeyLiteral as EndpointSortKeyLiteral
from smtyped._generated.enums._e import EndpointStatus as EndpointStatus
from smtyped._generated.enums._e import EndpointStatusLiteral as EndpointStatusLiteral
from smtyped._generated.enums._e import EvaluationType as EvaluationType
from smtyped._generated.enums._e import EvaluationTypeLiteral as EvaluationTypeLiteral
from smtyped._generated.enums._e import EventSortBy as EventSortBy
from smtyped._generated.enums._e import EventSortByLiteral as EventSortByLiteral
from smtyped._generated.enums._e import ExecutionRoleIdentityConfig as ExecutionRoleIdentityConfig
from smtyped._generated.enums._e import ExecutionRoleIdentityConfigLiteral as ExecutionRoleIdentityConfigLiteral
from smtyped._generated.enums._e import ExecutionRoleSessionNameMode as ExecutionRoleSessionNameMode
from smtyped._generated.enums._e import ExecutionRoleSessionNameModeLiteral as ExecutionRoleSessionNameModeLiteral
from smtyped._generated.enums._e import ExecutionStatus as ExecutionStatus
from smtyped._generated.enums._e import ExecutionStatusLiteral as ExecutionStatusLiteral
from smtyped._generated.enums._f import FailureHandlingPolicy as FailureHandlingPolicy
from smtyped._generated.enums._f import FailureHandlingPolicyLiteral as FailureHandlingPolicyLiteral
from smtyped._generated.enums._f import FairShare as FairShare
from smtyped._generated.enums._f import FairShareLiteral as FairShareLiteral
from smtyped._generated.enums._f import FeatureGroupSortBy as FeatureGroupSortBy
from smtyped._generated.enums._f import FeatureGroupSortByLiteral as FeatureGroupSortByLiteral
from smtyped._generated.enums._f import FeatureGroupSortOrder as FeatureGroupSortOrder
from smtyped._generated.enums._f import FeatureGroupSortOrderLiteral as FeatureGroupSortOrderLiteral
from smtyped._generated.enums._f import FeatureGroupStatus as FeatureGroupStatus
from smtyped._generated.enums._f import FeatureGroupStatusLiteral as FeatureGroupStatusLiteral
from smtyped._generated.enums._f import FeatureStatus as FeatureStatus
from smtyped._generated.enums._f import FeatureStatusLiteral as FeatureStatusLiteral
from smtyped._generated.enums._f import FeatureType as FeatureType
from smtyped._generated.enums._f import FeatureTypeLiteral as FeatureTypeLiteral
from smtyped._generated.enums._f import FileSystemAccessMode as FileSystemAccessMode
from smtyped._generated.enums._f import FileSystemAccessModeLiteral as FileSystemAccessModeLiteral
from smtyped._generated.enums._f import FileSystemType as FileSystemType
from smtyped._generated.enums._f import FileSystemTypeLiteral as FileSystemTypeLiteral
from smtyped._generated.enums._f import FillingType as FillingType
from smtyped._generated.enums._f import FillingTypeLiteral as FillingTypeLiteral
from smtyped._generated.enums._f import FlatInvocations as FlatInvocations
from smtyped._generated.enums._f import FlatInvocationsLiteral as FlatInvocationsLiteral
from smtyped._generated.enums._f import FlowDefinitionStatus as FlowDefinitionStatus
from smtyped._generated.enums._f import FlowDefinitionStatusLiteral as FlowDefinitionStatusLiteral
from smtyped._generated.enums._f import Framework as Framework
from smtyped._generated.enums._f import FrameworkLiteral as FrameworkLiteral
from smtyped._generated.enums._h import HomeEfsFileSystemCreation as HomeEfsFileSystemCreation
from smtyped._generated.enums._h import HomeEfsFileSystemCreationLiteral as HomeEfsFileSystemCreationLiteral
from smtyped._generated.enums._h import HubContentSortBy as HubContentSortBy
from smtyped._generated.enums._h import HubContentSortByLiteral as HubContentSortByLiteral
from smtyped._generated.enums._h import HubContentStatus as HubContentStatus
from smtyped._generated.enums._h import HubContentStatusLiteral as HubContentStatusLiteral
from smtyped._generated.enums._h import HubContentSupportStatus as HubContentSupportStatus
from smtyped._generated.enums._h import HubContentSupportStatusLiteral as HubContentSupportStatusLiteral
from smtyped._generated.enums._h import HubContentType as HubContentType
from smtyped._generated.enums._h import HubContentTypeLiteral as HubContentTypeLiteral
from smtyped._generated.enums._h import HubSortBy as HubSortBy
from smtyped._generated.enums._h import HubSortByLiteral as HubSortByLiteral
from smtyped._generated.enums._h import HubStatus as HubStatus
from smtyped._generated.enums._h import HubStatusLiteral as HubStatusLiteral
from smtyped._generated.enums._h import HumanTaskUiStatus as HumanTaskUiStatus
from smtyped._generated.enums._h import HumanTaskUiStatusLiteral as HumanTaskUiStatusLiteral
from smtyped._generated.enums._h import HyperParameterScalingType as HyperParameterScalingType
from smtyped._generated.enums._h import HyperParameterScalingTypeLiteral as HyperParameterScalingTypeLiteral
from smtyped._generated.enums._h import HyperParameterTuningAllocationStrategy as HyperParameterTuningAllocationStrategy
from smtyped._generated.enums._h import (
    HyperParameterTuningAllocationStrategyLiteral as HyperParameterTuningAllocationStrategyLiteral,
)
from smtyped._generated.enums._h import HyperParameterTuningJobObjectiveType as HyperParameterTuningJobObjectiveType
from smtyped._generated.enums._h import (
    HyperParameterTuningJobObjectiveTypeLiteral as HyperParameterTuningJobObjectiveTypeLiteral,
)
from smtyped._generated.enums._h import HyperParameterTuningJobSortByOptions as HyperParameterTuningJobSortByOptions
from smtyped._generated.enums._h import (
    HyperParameterTuningJobSortByOptionsLiteral as HyperParameterTuningJobSortByOptionsLiteral,
)
from smtyped._generated.enums._h import HyperParameterTuningJobStatus as HyperParameterTuningJobStatus
from smtyped._generated.enums._h import HyperParameterTuningJobStatusLiteral as HyperParameterTuningJobStatusLiteral
from smtyped._generated.enums._h import HyperParameterTuningJobStrategyType as HyperParameterTuningJobStrategyType
from smtyped._generated.enums._h import (
    HyperParameterTuningJobStrategyTypeLiteral as HyperParameterTuningJobStrategyTypeLiteral,
)
from smtyped._generated.enums._h import HyperParameterTuningJobWarmStartType as HyperParameterTuningJobWarmStartType
from smtyped._generated.enums._h import (
    HyperParameterTuningJobWarmStartTypeLiteral as HyperParameterTuningJobWarmStartTypeLiteral,
)
from smtyped._generated.enums._i import IdleResourceSharing as IdleResourceSharing
from smtyped._generated.enums._i import IdleResourceSharingLiteral as IdleResourceSharingLiteral
from smtyped._generated.enums._i import ImageSortBy as ImageSortBy
from smtyped._generated.enums._i import ImageSortByLiteral as ImageSortByLiteral
from smtyped._generated.enums._i import ImageSortOrder as ImageSortOrder
from smtyped._generated.enums._i import ImageSortOrderLiteral as ImageSortOrderLiteral
from smtyped._generated.enums._i import ImageStatus as ImageStatus
from smtyped._generated.enums._i import ImageStatusLiteral as ImageStatusLiteral
from smtyped._generated.enums._i import ImageVersionSortBy as ImageVersionSortBy
from smtyped._generated.enums._i import ImageVersionSortByLiteral as ImageVersionSortByLiteral
from smtyped._generated.enums._i import ImageVersionSortOrder as ImageVersionSortOrder
from smtyped._generated.enums._i import ImageVersionSortOrderLiteral as ImageVersionSortOrderLiteral
from smtyped._generated.enums._i import ImageVersionStatus as ImageVersionStatus
from smtyped._generated.enums._i import ImageVersionStatusLiteral as ImageVersionStatusLiteral
from smtyped._generated.enums._i import IncludedData as IncludedData
from smtyped._generated.enums._i import IncludedDataLiteral as IncludedDataLiteral
from smtyped._generated.enums._i import InferenceComponentCapacitySizeType as InferenceComponentCapacitySizeType
from smtyped._generated.enums._i import (
    InferenceComponentCapacitySizeTypeLiteral as InferenceComponentCapacitySizeTypeLiteral,
)
from smtyped._generated.enums._i import InferenceComponentPlacementStrategy as InferenceComponentPlacementStrategy
from smtyped._generated.enums._i import (
    InferenceComponentPlacementStrategyLiteral as InferenceComponentPlacementStrategyLiteral,
)
from smtyped._generated.enums._i import InferenceComponentSortKey as InferenceComponentSortKey
from smtyped._generated.enums._i import InferenceComponentSortKeyLiteral as InferenceComponentSortKeyLiteral
from smtyped._generated.enums._i import InferenceComponentStatus as InferenceComponentStatus
from smtyped._generated.enums._i import InferenceComponentStatusLiteral as InferenceComponentStatusLiteral
from smtyped._generated.enums._i import InferenceExecutionMode as InferenceExecutionMode
from smtyped._generated.enums._i import InferenceExecutionModeLiteral as InferenceExecutionModeLiteral
from smtyped._generated.enums._i import InferenceExperimentStatus as InferenceExperimentStatus
from smtyped._generated.enums._i import InferenceExperimentStatusLiteral as InferenceExperimentStatusLiteral
from smtyped._generated.enums._i import InferenceExperimentStopDesiredState as InferenceExperimentStopDesiredState
from smtyped._generated.enums._i import (
    InferenceExperimentStopDesiredStateLiteral as InferenceExperimentStopDesiredStateLiteral,
)
from smtyped._generated.enums._i import InferenceExperimentType as InferenceExperimentType
from smtyped._generated.enums._i import InferenceExperimentTypeLiteral as InferenceExperimentTypeLiteral
from smtyped._generated.enums._i import InputMode as InputMode
from smtyped._generated.enums._i import InputModeLiteral as InputModeLiteral
from smtyped._generated.enums._i import InstanceGroupStatus as InstanceGroupStatus
from smtyped._generated.enums._i import InstanceGroupStatusLiteral as InstanceGroupStatusLiteral
from smtyped._generated.enums._i import InstanceType as InstanceType
from smtyped._generated.enums._i import InstanceTypeLiteral as InstanceTypeLiteral
from smtyped._generated.enums._i import IPAddressType as IPAddressType
from smtyped._generated.enums._i import IPAddressTypeLiteral as IPAddressTypeLiteral
from smtyped._generated.enums._i import IsTrackingServerActive as IsTrackingServerActive
from smtyped._generated.enums._i import IsTrackingServerActiveLiteral as IsTrackingServerActiveLiteral
from smtyped._generated.enums._j import JobCategory as JobCategory
from smtyped._generated.enums._j import JobCategoryLiteral as JobCategoryLiteral
from smtyped._generated.enums._j import JobSecondaryStatus as JobSecondaryStatus
from smtyped._generated.enums._j import JobSecondaryStatusLiteral as JobSecondaryStatusLiteral
from smtyped._generated.enums._j import JobStatus as JobStatus
from smtyped._generated.enums._j import JobStatusLiteral as JobStatusLiteral
from smtyped._generated.enums._j import JobType as JobType
from smtyped._generated.enums._j import JobTypeLiteral as JobTypeLiteral
from smtyped._generated.enums._j import JoinSource as JoinSource
from smtyped._generated.enums._j import JoinSourceLiteral as JoinSourceLiteral
from smtyped._generated.enums._l import LabelingJobStatus as LabelingJobStatus
from smtyped._generated.enums._l import LabelingJobStatusLiteral as LabelingJobStatusLiteral
from smtyped._generated.enums._l import LastUpdateStatusValue as LastUpdateStatusValue
from smtyped._generated.enums._l import LastUpdateStatusValueLiteral as LastUpdateStatusValueLiteral
from smtyped._generated.enums._l import LifecycleManagement as LifecycleManagement
from smtyped._generated.enums._l import LifecycleManagementLiteral as LifecycleManagementLiteral
from smtyped._generated.enums._l import LineageType as LineageType
from smtyped._generated.enums._l import LineageTypeLiteral as LineageTypeLiteral
from smtyped._generated.enums._l import ListAIBenchmarkJobsSortBy as ListAIBenchmarkJobsSortBy
from smtyped._generated.enums._l import ListAIBenchmarkJobsSortByLiteral as ListAIBenchmarkJobsSortByLiteral
from smtyped._generated.enums._l import ListAIRecommendationJobsSortBy as ListAIRecommendationJobsSortBy
from smtyped._generated.enums._l import ListAIRecommendationJobsSortByLiteral as ListAIRecommendationJobsSortByLiteral
from smtyped._generated.enums._l import ListAIWorkloadConfigsSortBy as ListAIWorkloadConfigsSortBy
from smtyped._generated.enums._l import ListAIWorkloadConfigsSortByLiteral as ListAIWorkloadConfigsSortByLiteral
from smtyped._generated.enums._l import ListCompilationJobsSortBy as ListCompilationJobsSortBy
from smtyped._generated.enums._l import ListCompilationJobsSortByLiteral as ListCompilationJobsSortByLiteral
from smtyped._generated.enums._l import ListDeviceFleetsSortBy as ListDeviceFleetsSortBy
from smtyped._generated.enums._l import ListDeviceFleetsSortByLiteral as ListDeviceFleetsSortByLiteral
from smtyped._generated.enums._l import ListEdgeDeploymentPlansSortBy as ListEdgeDeploymentPlansSortBy
from smtyped._generated.enums._l import ListEdgeDeploymentPlansSortByLiteral as ListEdgeDeploymentPlansSortByLiteral
from smtyped._generated.enums._l import ListEdgePackagingJobsSortBy as ListEdgePackagingJobsSortBy
from smtyped._generated.enums._l import ListEdgePackagingJobsSortByLiteral as ListEdgePackagingJobsSortByLiteral
from smtyped._generated.enums._l import ListInferenceRecommendationsJobsSortBy as ListInferenceRecommendationsJobsSortBy
from smtyped._generated.enums._l import (
    ListInferenceRecommendationsJobsSortByLiteral as ListInferenceRecommendationsJobsSortByLiteral,
)
from smtyped._generated.enums._l import (
    ListLabelingJobsForWorkteamSortByOptions as ListLabelingJobsForWorkteamSortByOptions,
)
from smtyped._generated.enums._l import (
    ListLabelingJobsForWorkteamSortByOptionsLiteral as ListLabelingJobsForWorkteamSortByOptionsLiteral,
)
from smtyped._generated.enums._l import ListOptimizationJobsSortBy as ListOptimizationJobsSortBy
from smtyped._generated.enums._l import ListOptimizationJobsSortByLiteral as ListOptimizationJobsSortByLiteral
from smtyped._generated.enums._l import ListWorkforcesSortByOptions as ListWorkforcesSortByOptions
from smtyped._generated.enums._l import ListWorkforcesSortByOptionsLiteral as ListWorkforcesSortByOptionsLiteral
from smtyped._generated.enums._l import ListWorkteamsSortByOptions as ListWorkteamsSortByOptions
from smtyped._generated.enums._l import ListWorkteamsSortByOptionsLiteral as ListWorkteamsSortByOptionsLiteral
from smtyped._generated.enums._m import MaintenanceStatus as MaintenanceStatus
from smtyped._generated.enums._m import MaintenanceStatusLiteral as MaintenanceStatusLiteral
from smtyped._generated.enums._m import ManagedInstanceScalingScaleInStrategy as ManagedInstanceScalingScaleInStrategy
from smtyped._generated.enums._m import (
    ManagedInstanceScalingScaleInStrategyLiteral as ManagedInstanceScalingScaleInStrategyLiteral,
)
from smtyped._generated.enums._m import ManagedInstanceScalingStatus as ManagedInstanceScalingStatus
from smtyped._generated.enums._m import ManagedInstanceScalingStatusLiteral as ManagedInstanceScalingStatusLiteral
from smtyped._generated.enums._m import ManagedStorageType as ManagedStorageType
from smtyped._generated.enums._m import ManagedStorageTypeLiteral as ManagedStorageTypeLiteral
from smtyped._generated.enums._m import MetricSetSource as MetricSetSource
from smtyped._generated.enums._m import MetricSetSourceLiteral as MetricSetSourceLiteral
from smtyped._generated.enums._m import MIGProfileType as MIGProfileType
from smtyped._generated.enums._m import MIGProfileTypeLiteral as MIGProfileTypeLiteral
from smtyped._generated.enums._m import MlflowAppStatus as MlflowAppStatus
from smtyped._generated.enums._m import MlflowAppStatusLiteral as MlflowAppStatusLiteral
from smtyped._generated.enums._m import MlTools as MlTools
from smtyped._generated.enums._m import MlToolsLiteral as MlToolsLiteral
from smtyped._generated.enums._m import ModelApprovalStatus as ModelApprovalStatus
from smtyped._generated.enums._m import ModelApprovalStatusLiteral as ModelApprovalStatusLiteral
from smtyped._generated.enums._m import ModelCacheSetting as ModelCacheSetting
from smtyped._generated.enums._m import ModelCacheSettingLiteral as ModelCacheSettingLiteral
from smtyped._generated.enums._m import ModelCardExportJobSortBy as ModelCardExportJobSortBy
from smtyped._generated.enums._m import ModelCardExportJobSortByLiteral as ModelCardExportJobSortByLiteral
from smtyped._generated.enums._m import ModelCardExportJobSortOrder as ModelCardExportJobSortOrder
from smtyped._generated.enums._m import ModelCardExportJobSortOrderLiteral as ModelCardExportJobSortOrderLiteral
from smtyped._generated.enums._m import ModelCardExportJobStatus as ModelCardExportJobStatus
from smtyped._generated.enums._m import ModelCardExportJobStatusLiteral as ModelCardExportJobStatusLiteral
from smtyped._generated.enums._m import ModelCardProcessingStatus as ModelCardProcessingStatus
from smtyped._generated.enums._m import ModelCardProcessingStatusLiteral as ModelCardProcessingStatusLiteral
from smtyped._generated.enums._m import ModelCardSortBy as ModelCardSortBy
from smtyped._generated.enums._m import ModelCardSortByLiteral as ModelCardSortByLiteral
from smtyped._generated.enums._m import ModelCardSortOrder as ModelCardSortOrder
from smtyped._generated.enums._m import ModelCardSortOrderLiteral as ModelCardSortOrderLiteral
from smtyped._generated.enums._m import ModelCardStatus as ModelCardStatus
from smtyped._generated.enums._m import ModelCardStatusLiteral as ModelCardStatusLiteral
from smtyped._generated.enums._m import ModelCardVersionSortBy as ModelCardVersionSortBy
from smtyped._generated.enums._m import ModelCardVersionSortByLiteral as ModelCardVersionSortByLiteral
from smtyped._generated.enums._m import ModelCompressionType as ModelCompressionType
from smtyped._generated.enums._m import ModelCompressionTypeLiteral as ModelCompressionTypeLiteral
from smtyped._generated.enums._m import ModelInfrastructureType as ModelInfrastructureType
from smtyped._generated.enums._m import ModelInfrastructureTypeLiteral as ModelInfrastructureTypeLiteral
from smtyped._generated.enums._m import ModelMetadataFilterType as ModelMetadataFilterType
from smtyped._generated.enums._m import ModelMetadataFilterTypeLiteral as ModelMetadataFilterTypeLiteral
from smtyped._generated.enums._m import ModelPackageGroupSortBy as ModelPackageGroupSortBy
from smtyped._generated.enums._m import ModelPackageGroupSortByLiteral as ModelPackageGroupSortByLiteral
from smtyped._generated.enums._m import ModelPackageGroupStatus as ModelPackageGroupStatus
from smtyped._generated.enums._m import ModelPackageGroupStatusLiteral as ModelPackageGroupStatusLiteral
from smtyped._generated.enums._m import ModelPackageRegistrationType as ModelPackageRegistrationType
from smtyped._generated.enums._m import ModelPackageRegistrationTypeLiteral as ModelPackageRegistrationTypeLiteral
from smtyped._generated.enums._m import ModelPackageSortBy as ModelPackageSortBy
from smtyped._generated.enums._m import ModelPackageSortByLiteral as ModelPackageSortByLiteral
from smtyped._generated.enums._m import ModelPackageStatus as ModelPackageStatus
from smtyped._generated.enums._m import ModelPackageStatusLiteral as ModelPackageStatusLiteral
from smtyped._generated.enums._m import ModelPackageType as ModelPackageType
from smtyped._generated.enums._m import ModelPackageTypeLiteral as ModelPackageTypeLiteral
from smtyped._generated.enums._m import ModelRegistrationMode as ModelRegistrationMode
from smtyped._generated.enums._m import ModelRegistrationModeLiteral as ModelRegistrationModeLiteral
from smtyped._generated.enums._m import ModelSortKey as ModelSortKey
from smtyped._generated.enums._m import ModelSortKeyLiteral as ModelSortKeyLiteral
from smtyped._generated.enums._m import ModelSpeculativeDecodingS3DataType as ModelSpeculativeDecodingS3DataType
from smtyped._generated.enums._m import (
    ModelSpeculativeDecodingS3DataTypeLiteral as ModelSpeculativeDecodingS3DataTypeLiteral,
)
from smtyped._generated.enums._m import ModelSpeculativeDecodingTechnique as ModelSpeculativeDecodingTechnique
from smtyped._generated.enums._m import (
    ModelSpeculativeDecodingTechniqueLiteral as ModelSpeculativeDecodingTechniqueLiteral,
)
from smtyped._generated.enums._m import ModelVariantAction as ModelVariantAction
from smtyped._generated.enums._m import ModelVariantActionLiteral as ModelVariantActionLiteral
from smtyped._generated.enums._m import ModelVariantStatus as ModelVariantStatus
from smtyped._generated.enums._m import ModelVariantStatusLiteral as ModelVariantStatusLiteral
from smtyped._generated.enums._m import MonitoringAlertHistorySortKey as MonitoringAlertHistorySortKey
from smtyped._generated.enums._m import MonitoringAlertHistorySortKeyLiteral as MonitoringAlertHistorySortKeyLiteral
from smtyped._generated.enums._m import MonitoringAlertStatus as MonitoringAlertStatus
from smtyped._generated.enums._m import MonitoringAlertStatusLiteral as MonitoringAlertStatusLiteral
from smtyped._generated.enums._m import MonitoringExecutionSortKey as MonitoringExecutionSortKey
from smtyped._generated.enums._m import MonitoringExecutionSortKeyLiteral as MonitoringExecutionSortKeyLiteral
from smtyped._generated.enums._m import MonitoringJobDefinitionSortKey as MonitoringJobDefinitionSortKey
from smtyped._generated.enums._m import MonitoringJobDefinitionSortKeyLiteral as MonitoringJobDefinitionSortKeyLiteral
from smtyped._generated.enums._m import MonitoringProblemType as MonitoringProblemType
from smtyped._generated.enums._m import MonitoringProblemTypeLiteral as MonitoringProblemTypeLiteral
from smtyped._generated.enums._m import MonitoringScheduleSortKey as MonitoringScheduleSortKey
from smtyped._generated.enums._m import MonitoringScheduleSortKeyLiteral as MonitoringScheduleSortKeyLiteral
from smtyped._generated.enums._m import MonitoringType as MonitoringType
from smtyped._generated.enums._m import MonitoringTypeLiteral as MonitoringTypeLiteral
from smtyped._generated.enums._n import NodeUnavailabilityType as NodeUnavailabilityType
from smtyped._generated.enums._n import NodeUnavailabilityTypeLiteral as NodeUnavailabilityTypeLiteral
from smtyped._generated.enums._n import NotebookInstanceAcceleratorType as NotebookInstanceAcceleratorType
from smtyped._generated.enums._n import NotebookInstanceAcceleratorTypeLiteral as NotebookInstanceAcceleratorTypeLiteral
from smtyped._generated.enums._n import NotebookInstanceLifecycleConfigSortKey as NotebookInstanceLifecycleConfigSortKey
from smtyped._generated.enums._n import (
    NotebookInstanceLifecycleConfigSortKeyLiteral as NotebookInstanceLifecycleConfigSortKeyLiteral,
)
from smtyped._generated.enums._n import (
    NotebookInstanceLifecycleConfigSortOrder as NotebookInstanceLifecycleConfigSortOrder,
)
from smtyped._generated.enums._n import (
    NotebookInstanceLifecycleConfigSortOrderLiteral as NotebookInstanceLifecycleConfigSortOrderLiteral,
)
from smtyped._generated.enums._n import NotebookInstanceSortKey as NotebookInstanceSortKey
from smtyped._generated.enums._n import NotebookInstanceSortKeyLiteral as NotebookInstanceSortKeyLiteral
from smtyped._generated.enums._n import NotebookInstanceSortOrder as NotebookInstanceSortOrder
from smtyped._generated.enums._n import NotebookInstanceSortOrderLiteral as NotebookInstanceSortOrderLiteral
from smtyped._generated.enums._n import NotebookInstanceStatus as NotebookInstanceStatus
from smtyped._generated.enums._n import NotebookInstanceStatusLiteral as NotebookInstanceStatusLiteral
from smtyped._generated.enums._n import NotebookOutputOption as NotebookOutputOption
from smtyped._generated.enums._n import NotebookOutputOptionLiteral as NotebookOutputOptionLiteral
from smtyped._generated.enums._o import ObjectiveStatus as ObjectiveStatus
from smtyped._generated.enums._o import ObjectiveStatusLiteral as ObjectiveStatusLiteral
from smtyped._generated.enums._o import OfflineStoreStatusValue as OfflineStoreStatusValue
from smtyped._generated.enums._o import OfflineStoreStatusValueLiteral as OfflineStoreStatusValueLiteral
from smtyped._generated.enums._o import Operator as Operator
from smtyped._generated.enums._o import OperatorLiteral as OperatorLiteral
from smtyped._generated.enums._o import OptimizationJobDeploymentInstanceType as OptimizationJobDeploymentInstanceType
from smtyped._generated.enums._o import (
    OptimizationJobDeploymentInstanceTypeLiteral as OptimizationJobDeploymentInstanceTypeLiteral,
)
from smtyped._generated.enums._o import OptimizationJobStatus as OptimizationJobStatus
from smtyped._generated.enums._o import OptimizationJobStatusLiteral as OptimizationJobStatusLiteral
from smtyped._generated.enums._o import OrderKey as OrderKey
from smtyped._generated.enums._o import OrderKeyLiteral as OrderKeyLiteral
from smtyped._generated.enums._o import OutputCompressionType as OutputCompressionType
from smtyped._generated.enums._o import OutputCompressionTypeLiteral as OutputCompressionTypeLiteral
from smtyped._generated.enums._p import ParameterType as ParameterType
from smtyped._generated.enums._p import ParameterTypeLiteral as ParameterTypeLiteral
from smtyped._generated.enums._p import PartnerAppAuthType as PartnerAppAuthType
from smtyped._generated.enums._p import PartnerAppAuthTypeLiteral as PartnerAppAuthTypeLiteral
from smtyped._generated.enums._p import PartnerAppStatus as PartnerAppStatus
from smtyped._generated.enums._p import PartnerAppStatusLiteral as PartnerAppStatusLiteral
from smtyped._generated.enums._p import PartnerAppType as PartnerAppType
from smtyped._generated.enums._p import PartnerAppTypeLiteral as PartnerAppTypeLiteral
from smtyped._generated.enums._p import Peft as Peft
from smtyped._generated.enums._p import PeftLiteral as PeftLiteral
from smtyped._generated.enums._p import PipelineExecutionStatus as PipelineExecutionStatus
from smtyped._generated.enums._p import PipelineExecutionStatusLiteral as PipelineExecutionStatusLiteral
from smtyped._generated.enums._p import PipelineStatus as PipelineStatus
from smtyped._generated.enums._p import PipelineStatusLiteral as PipelineStatusLiteral
from smtyped._generated.enums._p import PreemptTeamTasks as PreemptTeamTasks
from smtyped._generated.enums._p import PreemptTeamTasksLiteral as PreemptTeamTasksLiteral
from smtyped._generated.enums._p import ProblemType as ProblemType
from smtyped._generated.enums._p import ProblemTypeLiteral as ProblemTypeLiteral
from smtyped._generated.enums._p import ProcessingInstanceType as ProcessingInstanceType
from smtyped._generated.enums._p import ProcessingInstanceTypeLiteral as ProcessingInstanceTypeLiteral
from smtyped._generated.enums._p import ProcessingJobStatus as ProcessingJobStatus
from smtyped._generated.enums._p import ProcessingJobStatusLiteral as ProcessingJobStatusLiteral
from smtyped._generated.enums._p import ProcessingS3CompressionType as ProcessingS3CompressionType
from smtyped._generated.enums._p import ProcessingS3CompressionTypeLiteral as ProcessingS3CompressionTypeLiteral
from smtyped._generated.enums._p import ProcessingS3DataDistributionType as ProcessingS3DataDistributionType
from smtyped._generated.enums._p import (
    ProcessingS3DataDistributionTypeLiteral as ProcessingS3DataDistributionTypeLiteral,
)
from smtyped._generated.enums._p import ProcessingS3DataType as ProcessingS3DataType
from smtyped._generated.enums._p import ProcessingS3DataTypeLiteral as ProcessingS3DataTypeLiteral
from smtyped._generated.enums._p import ProcessingS3InputMode as ProcessingS3InputMode
from smtyped._generated.enums._p import ProcessingS3InputModeLiteral as ProcessingS3InputModeLiteral
from smtyped._generated.enums._p import ProcessingS3UploadMode as ProcessingS3UploadMode
from smtyped._generated.enums._p import ProcessingS3UploadModeLiteral as ProcessingS3UploadModeLiteral
from smtyped._generated.enums._p import Processor as Processor
from smtyped._generated.enums._p import ProcessorLiteral as ProcessorLiteral
from smtyped._generated.enums._p import ProductionVariantAcceleratorType as ProductionVariantAcceleratorType
from smtyped._generated.enums._p import (
    ProductionVariantAcceleratorTypeLiteral as ProductionVariantAcceleratorTypeLiteral,
)
from smtyped._generated.enums._p import ProductionVariantInferenceAmiVersion as ProductionVariantInferenceAmiVersion
from smtyped._generated.enums._p import (
    ProductionVariantInferenceAmiVersionLiteral as ProductionVariantInferenceAmiVersionLiteral,
)
from smtyped._generated.enums._p import ProductionVariantInstanceType as ProductionVariantInstanceType
from smtyped._generated.enums._p import ProductionVariantInstanceTypeLiteral as ProductionVariantInstanceTypeLiteral
from smtyped._generated.enums._p import ProfilingStatus as ProfilingStatus
from smtyped._generated.enums._p import ProfilingStatusLiteral as ProfilingStatusLiteral
from smtyped._generated.enums._p import ProjectSortBy as ProjectSortBy
from smtyped._generated.enums._p import ProjectSortByLiteral as ProjectSortByLiteral
from smtyped._generated.enums._p import ProjectSortOrder as ProjectSortOrder
from smtyped._generated.enums._p import ProjectSortOrderLiteral as ProjectSortOrderLiteral
from smtyped._generated.enums._p import ProjectStatus as ProjectStatus
from smtyped._generated.enums._p import ProjectStatusLiteral as ProjectStatusLiteral
from smtyped._generated.enums._r import RecommendationJobStatus as RecommendationJobStatus
from smtyped._generated.enums._r import RecommendationJobStatusLiteral as RecommendationJobStatusLiteral
from smtyped._generated.enums._r import RecommendationJobSupportedEndpointType as RecommendationJobSupportedEndpointType
from smtyped._generated.enums._r import (
    RecommendationJobSupportedEndpointTypeLiteral as RecommendationJobSupportedEndpointTypeLiteral,
)
from smtyped._generated.enums._r import RecommendationJobType as RecommendationJobType
from smtyped._generated.enums._r import RecommendationJobTypeLiteral as RecommendationJobTypeLiteral
from smtyped._generated.enums._r import RecommendationStatus as RecommendationStatus
from smtyped._generated.enums._r import RecommendationStatusLiteral as RecommendationStatusLiteral
from smtyped._generated.enums._r import RecommendationStepType as RecommendationStepType
from smtyped._generated.enums._r import RecommendationStepTypeLiteral as RecommendationStepTypeLiteral
from smtyped._generated.enums._r import RecordWrapper as RecordWrapper
from smtyped._generated.enums._r import RecordWrapperLiteral as RecordWrapperLiteral
from smtyped._generated.enums._r import RedshiftResultCompressionType as RedshiftResultCompressionType
from smtyped._generated.enums._r import RedshiftResultCompressionTypeLiteral as RedshiftResultCompressionTypeLiteral
from smtyped._generated.enums._r import RedshiftResultFormat as RedshiftResultFormat
from smtyped._generated.enums._r import RedshiftResultFormatLiteral as RedshiftResultFormatLiteral
from smtyped._generated.enums._r import Relation as Relation
from smtyped._generated.enums._r import RelationLiteral as RelationLiteral
from smtyped._generated.enums._r import RepositoryAccessMode as RepositoryAccessMode
from smtyped._generated.enums._r import RepositoryAccessModeLiteral as RepositoryAccessModeLiteral
from smtyped._generated.enums._r import ReservedCapacityInstanceType as ReservedCapacityInstanceType
from smtyped._generated.enums._r import ReservedCapacityInstanceTypeLiteral as ReservedCapacityInstanceTypeLiteral
from smtyped._generated.enums._r import ReservedCapacityStatus as ReservedCapacityStatus
from smtyped._generated.enums._r import ReservedCapacityStatusLiteral as ReservedCapacityStatusLiteral
from smtyped._generated.enums._r import ReservedCapacityType as ReservedCapacityType
from smtyped._generated.enums._r import ReservedCapacityTypeLiteral as ReservedCapacityTypeLiteral
from smtyped._generated.enums._r import ResourceCatalogSortBy as ResourceCatalogSortBy
from smtyped._generated.enums._r import ResourceCatalogSortByLiteral as ResourceCatalogSortByLiteral
from smtyped._generated.enums._r import ResourceCatalogSortOrder as ResourceCatalogSortOrder
from smtyped._generated.enums._r import ResourceCatalogSortOrderLiteral as ResourceCatalogSortOrderLiteral
from smtyped._generated.enums._r import ResourceSharingStrategy as ResourceSharingStrategy
from smtyped._generated.enums._r import ResourceSharingStrategyLiteral as ResourceSharingStrategyLiteral
from smtyped._generated.enums._r import ResourceType as ResourceType
from smtyped._generated.enums._r import ResourceTypeLiteral as ResourceTypeLiteral
from smtyped._generated.enums._r import RetentionType as RetentionType
from smtyped._generated.enums._r import RetentionTypeLiteral as RetentionTypeLiteral
from smtyped._generated.enums._r import RootAccess as RootAccess
from smtyped._generated.enums._r import RootAccessLiteral as RootAccessLiteral
from smtyped._generated.enums._r import RoutingStrategy as RoutingStrategy
from smtyped._generated.enums._r import RoutingStrategyLiteral as RoutingStrategyLiteral
from smtyped._generated.enums._r import RStudioServerProAccessStatus as RStudioServerProAccessStatus
from smtyped._generated.enums._r import RStudioServerProAccessStatusLiteral as RStudioServerProAccessStatusLiteral
from smtyped._generated.enums._r import RStudioServerProUserGroup as RStudioServerProUserGroup
from smtyped._generated.enums._r import RStudioServerProUserGroupLiteral as RStudioServerProUserGroupLiteral
from smtyped._generated.enums._r import RuleEvaluationStatus as RuleEvaluationStatus
from smtyped._generated.enums._r import RuleEvaluationStatusLiteral as RuleEvaluationStatusLiteral
from smtyped._generated.enums._s import S3DataDistribution as S3DataDistribution
from smtyped._generated.enums._s import S3DataDistributionLiteral as S3DataDistributionLiteral
from smtyped._generated.enums._s import S3DataType as S3DataType
from smtyped._generated.enums._s import S3DataTypeLiteral as S3DataTypeLiteral
from smtyped._generated.enums._s import S3ModelDataType as S3ModelDataType
from smtyped._generated.enums._s import S3ModelDataTypeLiteral as S3ModelDataTypeLiteral
from smtyped._generated.enums._s import SageMakerImageName as SageMakerImageName
from smtyped._generated.enums._s import SageMakerImageNameLiteral as SageMakerImageNameLiteral
from smtyped._generated.enums._s import SageMakerResourceName as SageMakerResourceName
from smtyped._generated.enums._s import SageMakerResourceNameLiteral as SageMakerResourceNameLiteral
from smtyped._generated.enums._s import SagemakerServicecatalogStatus as SagemakerServicecatalogStatus
from smtyped._generated.enums._s import SagemakerServicecatalogStatusLiteral as SagemakerServicecatalogStatusLiteral
from smtyped._generated.enums._s import SchedulerConfigComponent as SchedulerConfigComponent
from smtyped._generated.enums._s import SchedulerConfigComponentLiteral as SchedulerConfigComponentLiteral
from smtyped._generated.enums._s import SchedulerResourceStatus as SchedulerResourceStatus
from smtyped._generated.enums._s import SchedulerResourceStatusLiteral as SchedulerResourceStatusLiteral
from smtyped._generated.enums._s import ScheduleStatus as ScheduleStatus
from smtyped._generated.enums._s import ScheduleStatusLiteral as ScheduleStatusLiteral
from smtyped._generated.enums._s import SearchSortOrder as SearchSortOrder
from smtyped._generated.enums._s import SearchSortOrderLiteral as SearchSortOrderLiteral
from smtyped._generated.enums._s import SecondaryStatus as SecondaryStatus
from smtyped._generated.enums._s import SecondaryStatusLiteral as SecondaryStatusLiteral
from smtyped._generated.enums._s import ServerlessJobType as ServerlessJobType
from smtyped._generated.enums._s import ServerlessJobTypeLiteral as ServerlessJobTypeLiteral
from smtyped._generated.enums._s import SharingType as SharingType
from smtyped._generated.enums._s import SharingTypeLiteral as SharingTypeLiteral
from smtyped._generated.enums._s import SkipModelValidation as SkipModelValidation
from smtyped._generated.enums._s import SkipModelValidationLiteral as SkipModelValidationLiteral
from smtyped._generated.enums._s import SoftwareUpdateStatus as SoftwareUpdateStatus
from smtyped._generated.enums._s import SoftwareUpdateStatusLiteral as SoftwareUpdateStatusLiteral
from smtyped._generated.enums._s import SortActionsBy as SortActionsBy
from smtyped._generated.enums._s import SortActionsByLiteral as SortActionsByLiteral
from smtyped._generated.enums._s import SortArtifactsBy as SortArtifactsBy
from smtyped._generated.enums._s import SortArtifactsByLiteral as SortArtifactsByLiteral
from smtyped._generated.enums._s import SortAssociationsBy as SortAssociationsBy
from smtyped._generated.enums._s import SortAssociationsByLiteral as SortAssociationsByLiteral
from smtyped._generated.enums._s import SortBy as SortBy
from smtyped._generated.enums._s import SortByLiteral as SortByLiteral
from smtyped._generated.enums._s import SortClusterSchedulerConfigBy as SortClusterSchedulerConfigBy
from smtyped._generated.enums._s import SortClusterSchedulerConfigByLiteral as SortClusterSchedulerConfigByLiteral
from smtyped._generated.enums._s import SortContextsBy as SortContextsBy
from smtyped._generated.enums._s import SortContextsByLiteral as SortContextsByLiteral
from smtyped._generated.enums._s import SortExperimentsBy as SortExperimentsBy
from smtyped._generated.enums._s import SortExperimentsByLiteral as SortExperimentsByLiteral
from smtyped._generated.enums._s import SortInferenceExperimentsBy as SortInferenceExperimentsBy
from smtyped._generated.enums._s import SortInferenceExperimentsByLiteral as SortInferenceExperimentsByLiteral
from smtyped._generated.enums._s import SortLineageGroupsBy as SortLineageGroupsBy
from smtyped._generated.enums._s import SortLineageGroupsByLiteral as SortLineageGroupsByLiteral
from smtyped._generated.enums._s import SortMlflowAppBy as SortMlflowAppBy
from smtyped._generated.enums._s import SortMlflowAppByLiteral as SortMlflowAppByLiteral
from smtyped._generated.enums._s import SortOrder as SortOrder
from smtyped._generated.enums._s import SortOrderLiteral as SortOrderLiteral
from smtyped._generated.enums._s import SortPipelineExecutionsBy as SortPipelineExecutionsBy
from smtyped._generated.enums._s import SortPipelineExecutionsByLiteral as SortPipelineExecutionsByLiteral
from smtyped._generated.enums._s import SortPipelinesBy as SortPipelinesBy
from smtyped._generated.enums._s import SortPipelinesByLiteral as SortPipelinesByLiteral
from smtyped._generated.enums._s import SortQuotaBy as SortQuotaBy
from smtyped._generated.enums._s import SortQuotaByLiteral as SortQuotaByLiteral
from smtyped._generated.enums._s import SortTrackingServerBy as SortTrackingServerBy
from smtyped._generated.enums._s import SortTrackingServerByLiteral as SortTrackingServerByLiteral
from smtyped._generated.enums._s import SortTrialComponentsBy as SortTrialComponentsBy
from smtyped._generated.enums._s import SortTrialComponentsByLiteral as SortTrialComponentsByLiteral
from smtyped._generated.enums._s import SortTrialsBy as SortTrialsBy
from smtyped._generated.enums._s import SortTrialsByLiteral as SortTrialsByLiteral
from smtyped._generated.enums._s import SpaceSortKey as SpaceSortKey
from smtyped._generated.enums._s import SpaceSortKeyLiteral as SpaceSortKeyLiteral
from smtyped._generated.enums._s import SpaceStatus as SpaceStatus
from smtyped._generated.enums._s import SpaceStatusLiteral as SpaceStatusLiteral
from smtyped._generated.enums._s import SplitType as SplitType
from smtyped._generated.enums._s import SplitTypeLiteral as SplitTypeLiteral
from smtyped._generated.enums._s import StageStatus as StageStatus
from smtyped._generated.enums._s import StageStatusLiteral as StageStatusLiteral
from smtyped._generated.enums._s import Statistic as Statistic
from smtyped._generated.enums._s import StatisticLiteral as StatisticLiteral
from smtyped._generated.enums._s import StepStatus as StepStatus
from smtyped._generated.enums._s import StepStatusLiteral as StepStatusLiteral
from smtyped._generated.enums._s import StorageType as StorageType
from smtyped._generated.enums._s import StorageTypeLiteral as StorageTypeLiteral
from smtyped._generated.enums._s import StudioLifecycleConfigAppType as StudioLifecycleConfigAppType
from smtyped._generated.enums._s import StudioLifecycleConfigAppTypeLiteral as StudioLifecycleConfigAppTypeLiteral
from smtyped._generated.enums._s import StudioLifecycleConfigSortKey as StudioLifecycleConfigSortKey
from smtyped._generated.enums._s import StudioLifecycleConfigSortKeyLiteral as StudioLifecycleConfigSortKeyLiteral
from smtyped._generated.enums._s import StudioWebPortal as StudioWebPortal
from smtyped._generated.enums._s import StudioWebPortalLiteral as StudioWebPortalLiteral
from smtyped._generated.enums._t import TableFormat as TableFormat
from smtyped._generated.enums._t import TableFormatLiteral as TableFormatLiteral
from smtyped._generated.enums._t import TagPropagation as TagPropagation
from smtyped._generated.enums._t import TagPropagationLiteral as TagPropagationLiteral
from smtyped._generated.enums._t import TargetDevice as TargetDevice
from smtyped._generated.enums._t import TargetDeviceLiteral as TargetDeviceLiteral
from smtyped._generated.enums._t import TargetPlatformAccelerator as TargetPlatformAccelerator
from smtyped._generated.enums._t import TargetPlatformAcceleratorLiteral as TargetPlatformAcceleratorLiteral
from smtyped._generated.enums._t import TargetPlatformArch as TargetPlatformArch
from smtyped._generated.enums._t import TargetPlatformArchLiteral as TargetPlatformArchLiteral
from smtyped._generated.enums._t import TargetPlatformOs as TargetPlatformOs
from smtyped._generated.enums._t import TargetPlatformOsLiteral as TargetPlatformOsLiteral
from smtyped._generated.enums._t import ThroughputMode as ThroughputMode
from smtyped._generated.enums._t import ThroughputModeLiteral as ThroughputModeLiteral
from smtyped._generated.enums._t import TrackingServerMaintenanceStatus as TrackingServerMaintenanceStatus
from smtyped._generated.enums._t import TrackingServerMaintenanceStatusLiteral as TrackingServerMaintenanceStatusLiteral
from smtyped._generated.enums._t import TrackingServerSize as TrackingServerSize
from smtyped._generated.enums._t import TrackingServerSizeLiteral as TrackingServerSizeLiteral
from smtyped._generated.enums._t import TrackingServerStatus as TrackingServerStatus
from smtyped._generated.enums._t import TrackingServerStatusLiteral as TrackingServerStatusLiteral
from smtyped._generated.enums._t import TrafficRoutingConfigType as TrafficRoutingConfigType
from smtyped._generated.enums._t import TrafficRoutingConfigTypeLiteral as TrafficRoutingConfigTypeLiteral
from smtyped._generated.enums._t import TrafficType as TrafficType
from smtyped._generated.enums._t import TrafficTypeLiteral as TrafficTypeLiteral
from smtyped._generated.enums._t import TrainingInputMode as TrainingInputMode
from smtyped._generated.enums._t import TrainingInputModeLiteral as TrainingInputModeLiteral
from smtyped._generated.enums._t import TrainingInstanceType as TrainingInstanceType
from smtyped._generated.enums._t import TrainingInstanceTypeLiteral as TrainingInstanceTypeLiteral
from smtyped._generated.enums._t import TrainingJobEarlyStoppingType as TrainingJobEarlyStoppingType
from smtyped._generated.enums._t import TrainingJobEarlyStoppingTypeLiteral as TrainingJobEarlyStoppingTypeLiteral
from smtyped._generated.enums._t import TrainingJobSortByOptions as TrainingJobSortByOptions
from smtyped._generated.enums._t import TrainingJobSortByOptionsLiteral as TrainingJobSortByOptionsLiteral
from smtyped._generated.enums._t import TrainingJobStatus as TrainingJobStatus
from smtyped._generated.enums._t import TrainingJobStatusLiteral as TrainingJobStatusLiteral
from smtyped._generated.enums._t import TrainingPlanFilterName as TrainingPlanFilterName
from smtyped._generated.enums._t import TrainingPlanFilterNameLiteral as TrainingPlanFilterNameLiteral
from smtyped._generated.enums._t import TrainingPlanSortBy as TrainingPlanSortBy
from smtyped._generated.enums._t import TrainingPlanSortByLiteral as TrainingPlanSortByLiteral
from smtyped._generated.enums._t import TrainingPlanSortOrder as TrainingPlanSortOrder
from smtyped._generated.enums._t import TrainingPlanSortOrderLiteral as TrainingPlanSortOrderLiteral
from smtyped._generated.enums._t import TrainingPlanStatus as TrainingPlanStatus
from smtyped._generated.enums._t import TrainingPlanStatusLiteral as TrainingPlanStatusLiteral
from smtyped._generated.enums._t import TrainingRepositoryAccessMode as TrainingRepositoryAccessMode
from smtyped._generated.enums._t import TrainingRepositoryAccessModeLiteral as TrainingRepositoryAccessModeLiteral
from smtyped._generated.enums._t import TransformInstanceType as TransformInstanceType
from smtyped._generated.enums._t import TransformInstanceTypeLiteral as TransformInstanceTypeLiteral
from smtyped._generated.enums._t import TransformJobStatus as TransformJobStatus
from smtyped._generated.enums._t import TransformJobStatusLiteral as TransformJobStatusLiteral
from smtyped._generated.enums._t import TrialComponentPrimaryStatus as TrialComponentPrimaryStatus
from smtyped._generated.enums._t import TrialComponentPrimaryStatusLiteral as TrialComponentPrimaryStatusLiteral
from smtyped._generated.enums._t import TtlDurationUnit as TtlDurationUnit
from smtyped._generated.enums._t import TtlDurationUnitLiteral as TtlDurationUnitLiteral
from smtyped._generated.enums._u import UltraServerHealthStatus as UltraServerHealthStatus
from smtyped._generated.enums._u import UltraServerHealthStatusLiteral as UltraServerHealthStatusLiteral
from smtyped._generated.enums._u import UserProfileSortKey as UserProfileSortKey
from smtyped._generated.enums._u import UserProfileSortKeyLiteral as UserProfileSortKeyLiteral
from smtyped._generated.enums._u import UserProfileStatus as UserProfileStatus
from smtyped._generated.enums._u import UserProfileStatusLiteral as UserProfileStatusLiteral
from smtyped._generated.enums._v import VariantPropertyType as VariantPropertyType
from smtyped._generated.enums._v import VariantPropertyTypeLiteral as VariantPropertyTypeLiteral
from smtyped._generated.enums._v import VariantStatus as VariantStatus
from smtyped._generated.enums._v import VariantStatusLiteral as VariantStatusLiteral
from smtyped._generated.enums._v import VendorGuidance as VendorGuidance
from smtyped._generated.enums._v import VendorGuidanceLiteral as VendorGuidanceLiteral
from smtyped._generated.enums._v import VolumeAttachmentStatus as VolumeAttachmentStatus
from smtyped._generated.enums._v import VolumeAttachmentStatusLiteral as VolumeAttachmentStatusLiteral
from smtyped._generated.enums._w import WarmPoolResourceStatus as WarmPoolResourceStatus
from smtyped._generated.enums._w import WarmPoolResourceStatusLiteral as WarmPoolResourceStatusLiteral
from smtyped._generated.enums._w import WorkforceIpAddressType as WorkforceIpAddressType
from smtyped._generated.enums._w import WorkforceIpAddressTypeLiteral as WorkforceIpAddressTypeLiteral
from smtyped._generated.enums._w import WorkforceStatus as WorkforceStatus
from smtyped._generated.enums._w import WorkforceStatusLiteral as WorkforceStatusLiteral

__all__ = [
    "AIBenchmarkJobStatus",
    "AIBenchmarkJobStatusLiteral",
    "AICapacityReservationPreference",
    "AICapacityReservationPreferenceLiteral",
    "AIRecommendationInferenceFramework",
    "AIRecommendationInferenceFrameworkLiteral",
    "AIRecommendationInstanceType",
    "AIRecommendationInstanceTypeLiteral",
    "AIRecommendationJobStatus",
    "AIRecommendationJobStatusLiteral",
    "AIRecommendationMetric",
    "AIRecommendationMetricLiteral",
    "AIRecommendationOptimizationType",
    "AIRecommendationOptimizationTypeLiteral",
    "AccountDefaultStatus",
    "AccountDefaultStatusLiteral",
    "ActionStatus",
    "ActionStatusLiteral",
    "ActivationState",
    "ActivationStateLiteral",
    "ActiveClusterOperationName",
    "ActiveClusterOperationNameLiteral",
    "AdditionalS3DataSourceDataType",
    "AdditionalS3DataSourceDataTypeLiteral",
    "AggregationTransformationValue",
    "AggregationTransformationValueLiteral",
    "AlgorithmSortBy",
    "AlgorithmSortByLiteral",
    "AlgorithmStatus",
    "AlgorithmStatusLiteral",
    "AppImageConfigSortKey",
    "AppImageConfigSortKeyLiteral",
    "AppInstanceType",
    "AppInstanceTypeLiteral",
    "AppNetworkAccessType",
    "AppNetworkAccessTypeLiteral",
    "AppSecurityGroupManagement",
    "AppSecurityGroupManagementLiteral",
    "AppSortKey",
    "AppSortKeyLiteral",
    "AppStatus",
    "AppStatusLiteral",
    "AppType",
    "AppTypeLiteral",
    "ArtifactSourceIdType",
    "ArtifactSourceIdTypeLiteral",
    "AssemblyType",
    "AssemblyTypeLiteral",
    "AssociationEdgeType",
    "AssociationEdgeTypeLiteral",
    "AsyncNotificationTopicTypes",
    "AsyncNotificationTopicTypesLiteral",
    "AthenaResultCompressionType",
    "AthenaResultCompressionTypeLiteral",
    "AthenaResultFormat",
    "AthenaResultFormatLiteral",
    "AuthMode",
    "AuthModeLiteral",
    "AutoMLAlgorithm",
    "AutoMLAlgorithmLiteral",
    "AutoMLChannelType",
    "AutoMLChannelTypeLiteral",
    "AutoMLJobObjectiveType",
    "AutoMLJobObjectiveTypeLiteral",
    "AutoMLJobSecondaryStatus",
    "AutoMLJobSecondaryStatusLiteral",
    "AutoMLJobStatus",
    "AutoMLJobStatusLiteral",
    "AutoMLMetricEnum",
    "AutoMLMetricEnumLiteral",
    "AutoMLMetricExtendedEnum",
    "AutoMLMetricExtendedEnumLiteral",
    "AutoMLMode",
    "AutoMLModeLiteral",
    "AutoMLProblemTypeConfigName",
    "AutoMLProblemTypeConfigNameLiteral",
    "AutoMLProcessingUnit",
    "AutoMLProcessingUnitLiteral",
    "AutoMLS3DataType",
    "AutoMLS3DataTypeLiteral",
    "AutoMLSortBy",
    "AutoMLSortByLiteral",
    "AutoMLSortOrder",
    "AutoMLSortOrderLiteral",
    "AutoMountHomeEFS",
    "AutoMountHomeEFSLiteral",
    "AutotuneMode",
    "AutotuneModeLiteral",
    "AvailabilityZoneBalanceEnforcementMode",
    "AvailabilityZoneBalanceEnforcementModeLiteral",
    "AwsManagedHumanLoopRequestSource",
    "AwsManagedHumanLoopRequestSourceLiteral",
    "BatchAddClusterNodesErrorCode",
    "BatchAddClusterNodesErrorCodeLiteral",
    "BatchDeleteClusterNodesErrorCode",
    "BatchDeleteClusterNodesErrorCodeLiteral",
    "BatchRebootClusterNodesErrorCode",
    "BatchRebootClusterNodesErrorCodeLiteral",
    "BatchReplaceClusterNodesErrorCode",
    "BatchReplaceClusterNodesErrorCodeLiteral",
    "BatchStrategy",
    "BatchStrategyLiteral",
    "BooleanOperator",
    "BooleanOperatorLiteral",
    "CandidateSortBy",
    "CandidateSortByLiteral",
    "CandidateStatus",
    "CandidateStatusLiteral",
    "CandidateStepType",
    "CandidateStepTypeLiteral",
    "CapacityReservationPreference",
    "CapacityReservationPreferenceLiteral",
    "CapacityReservationType",
    "CapacityReservationTypeLiteral",
    "CapacitySizeType",
    "CapacitySizeTypeLiteral",
    "CaptureMode",
    "CaptureModeLiteral",
    "CaptureStatus",
    "CaptureStatusLiteral",
    "ClarifyFeatureType",
    "ClarifyFeatureTypeLiteral",
    "ClarifyTextGranularity",
    "ClarifyTextGranularityLiteral",
    "ClarifyTextLanguage",
    "ClarifyTextLanguageLiteral",
    "ClusterAutoScalerType",
    "ClusterAutoScalerTypeLiteral",
    "ClusterAutoScalingMode",
    "ClusterAutoScalingModeLiteral",
    "ClusterAutoScalingStatus",
    "ClusterAutoScalingStatusLiteral",
    "ClusterCapacityType",
    "ClusterCapacityTypeLiteral",
    "ClusterConfigMode",
    "ClusterConfigModeLiteral",
    "ClusterEventLevel",
    "ClusterEventLevelLiteral",
    "ClusterEventResourceType",
    "ClusterEventResourceTypeLiteral",
    "ClusterFSxLustreDeletionPolicy",
    "ClusterFSxLustreDeletionPolicyLiteral",
    "ClusterImageVersionStatus",
    "ClusterImageVersionStatusLiteral",
    "ClusterInstanceStatus",
    "ClusterInstanceStatusLiteral",
    "ClusterInstanceType",
    "ClusterInstanceTypeLiteral",
    "ClusterInterfaceType",
    "ClusterInterfaceTypeLiteral",
    "ClusterKubernetesTaintEffect",
    "ClusterKubernetesTaintEffectLiteral",
    "ClusterNodeProvisioningMode",
    "ClusterNodeProvisioningModeLiteral",
    "ClusterNodeRecovery",
    "ClusterNodeRecoveryLiteral",
    "ClusterPatchingStrategy",
    "ClusterPatchingStrategyLiteral",
    "ClusterSlurmConfigStrategy",
    "ClusterSlurmConfigStrategyLiteral",
    "ClusterSlurmNodeType",
    "ClusterSlurmNodeTypeLiteral",
    "ClusterSortBy",
    "ClusterSortByLiteral",
    "ClusterStatus",
    "ClusterStatusLiteral",
    "CodeRepositorySortBy",
    "CodeRepositorySortByLiteral",
    "CodeRepositorySortOrder",
    "CodeRepositorySortOrderLiteral",
    "CollectionType",
    "CollectionTypeLiteral",
    "CompilationJobStatus",
    "CompilationJobStatusLiteral",
    "CompleteOnConvergence",
    "CompleteOnConvergenceLiteral",
    "CompressionType",
    "CompressionTypeLiteral",
    "ConditionOutcome",
    "ConditionOutcomeLiteral",
    "ContainerMode",
    "ContainerModeLiteral",
    "ContentClassifier",
    "ContentClassifierLiteral",
    "CrossAccountFilterOption",
    "CrossAccountFilterOptionLiteral",
    "CustomizationTechnique",
    "CustomizationTechniqueLiteral",
    "DataDistributionType",
    "DataDistributionTypeLiteral",
    "DataSourceName",
    "DataSourceNameLiteral",
    "DeepHealthCheckType",
    "DeepHealthCheckTypeLiteral",
    "DetailedAlgorithmStatus",
    "DetailedAlgorithmStatusLiteral",
    "DetailedModelPackageStatus",
    "DetailedModelPackageStatusLiteral",
    "DeviceDeploymentStatus",
    "DeviceDeploymentStatusLiteral",
    "DeviceSubsetType",
    "DeviceSubsetTypeLiteral",
    "DirectInternetAccess",
    "DirectInternetAccessLiteral",
    "Direction",
    "DirectionLiteral",
    "DomainStatus",
    "DomainStatusLiteral",
    "EdgePackagingJobStatus",
    "EdgePackagingJobStatusLiteral",
    "EdgePresetDeploymentStatus",
    "EdgePresetDeploymentStatusLiteral",
    "EdgePresetDeploymentType",
    "EdgePresetDeploymentTypeLiteral",
    "EnabledOrDisabled",
    "EnabledOrDisabledLiteral",
    "EndpointConfigSortKey",
    "EndpointConfigSortKeyLiteral",
    "EndpointSortKey",
    "EndpointSortKeyLiteral",
    "EndpointStatus",
    "EndpointStatusLiteral",
    "EvaluationType",
    "EvaluationTypeLiteral",
    "EventSortBy",
    "EventSortByLiteral",
    "ExecutionRoleIdentityConfig",
    "ExecutionRoleIdentityConfigLiteral",
    "ExecutionRoleSessionNameMode",
    "ExecutionRoleSessionNameModeLiteral",
    "ExecutionStatus",
    "ExecutionStatusLiteral",
    "FailureHandlingPolicy",
    "FailureHandlingPolicyLiteral",
    "FairShare",
    "FairShareLiteral",
    "FeatureGroupSortBy",
    "FeatureGroupSortByLiteral",
    "FeatureGroupSortOrder",
    "FeatureGroupSortOrderLiteral",
    "FeatureGroupStatus",
    "FeatureGroupStatusLiteral",
    "FeatureStatus",
    "FeatureStatusLiteral",
    "FeatureType",
    "FeatureTypeLiteral",
    "FileSystemAccessMode",
    "FileSystemAccessModeLiteral",
    "FileSystemType",
    "FileSystemTypeLiteral",
    "FillingType",
    "FillingTypeLiteral",
    "FlatInvocations",
    "FlatInvocationsLiteral",
    "FlowDefinitionStatus",
    "FlowDefinitionStatusLiteral",
    "Framework",
    "FrameworkLiteral",
    "HomeEfsFileSystemCreation",
    "HomeEfsFileSystemCreationLiteral",
    "HubContentSortBy",
    "HubContentSortByLiteral",
    "HubContentStatus",
    "HubContentStatusLiteral",
    "HubContentSupportStatus",
    "HubContentSupportStatusLiteral",
    "HubContentType",
    "HubContentTypeLiteral",
    "HubSortBy",
    "HubSortByLiteral",
    "HubStatus",
    "HubStatusLiteral",
    "HumanTaskUiStatus",
    "HumanTaskUiStatusLiteral",
    "HyperParameterScalingType",
    "HyperParameterScalingTypeLiteral",
    "HyperParameterTuningAllocationStrategy",
    "HyperParameterTuningAllocationStrategyLiteral",
    "HyperParameterTuningJobObjectiveType",
    "HyperParameterTuningJobObjectiveTypeLiteral",
    "HyperParameterTuningJobSortByOptions",
    "HyperParameterTuningJobSortByOptionsLiteral",
    "HyperParameterTuningJobStatus",
    "HyperParameterTuningJobStatusLiteral",
    "HyperParameterTuningJobStrategyType",
    "HyperParameterTuningJobStrategyTypeLiteral",
    "HyperParameterTuningJobWarmStartType",
    "HyperParameterTuningJobWarmStartTypeLiteral",
    "IPAddressType",
    "IPAddressTypeLiteral",
    "IdleResourceSharing",
    "IdleResourceSharingLiteral",
    "ImageSortBy",
    "ImageSortByLiteral",
    "ImageSortOrder",
    "ImageSortOrderLiteral",
    "ImageStatus",
    "ImageStatusLiteral",
    "ImageVersionSortBy",
    "ImageVersionSortByLiteral",
    "ImageVersionSortOrder",
    "ImageVersionSortOrderLiteral",
    "ImageVersionStatus",
    "ImageVersionStatusLiteral",
    "IncludedData",
    "IncludedDataLiteral",
    "InferenceComponentCapacitySizeType",
    "InferenceComponentCapacitySizeTypeLiteral",
    "InferenceComponentPlacementStrategy",
    "InferenceComponentPlacementStrategyLiteral",
    "InferenceComponentSortKey",
    "InferenceComponentSortKeyLiteral",
    "InferenceComponentStatus",
    "InferenceComponentStatusLiteral",
    "InferenceExecutionMode",
    "InferenceExecutionModeLiteral",
    "InferenceExperimentStatus",
    "InferenceExperimentStatusLiteral",
    "InferenceExperimentStopDesiredState",
    "InferenceExperimentStopDesiredStateLiteral",
    "InferenceExperimentType",
    "InferenceExperimentTypeLiteral",
    "InputMode",
    "InputModeLiteral",
    "InstanceGroupStatus",
    "InstanceGroupStatusLiteral",
    "InstanceType",
    "InstanceTypeLiteral",
    "IsTrackingServerActive",
    "IsTrackingServerActiveLiteral",
    "JobCategory",
    "JobCategoryLiteral",
    "JobSecondaryStatus",
    "JobSecondaryStatusLiteral",
    "JobStatus",
    "JobStatusLiteral",
    "JobType",
    "JobTypeLiteral",
    "JoinSource",
    "JoinSourceLiteral",
    "LabelingJobStatus",
    "LabelingJobStatusLiteral",
    "LastUpdateStatusValue",
    "LastUpdateStatusValueLiteral",
    "LifecycleManagement",
    "LifecycleManagementLiteral",
    "LineageType",
    "LineageTypeLiteral",
    "ListAIBenchmarkJobsSortBy",
    "ListAIBenchmarkJobsSortByLiteral",
    "ListAIRecommendationJobsSortBy",
    "ListAIRecommendationJobsSortByLiteral",
    "ListAIWorkloadConfigsSortBy",
    "ListAIWorkloadConfigsSortByLiteral",
    "ListCompilationJobsSortBy",
    "ListCompilationJobsSortByLiteral",
    "ListDeviceFleetsSortBy",
    "ListDeviceFleetsSortByLiteral",
    "ListEdgeDeploymentPlansSortBy",
    "ListEdgeDeploymentPlansSortByLiteral",
    "ListEdgePackagingJobsSortBy",
    "ListEdgePackagingJobsSortByLiteral",
    "ListInferenceRecommendationsJobsSortBy",
    "ListInferenceRecommendationsJobsSortByLiteral",
    "ListLabelingJobsForWorkteamSortByOptions",
    "ListLabelingJobsForWorkteamSortByOptionsLiteral",
    "ListOptimizationJobsSortBy",
    "ListOptimizationJobsSortByLiteral",
    "ListWorkforcesSortByOptions",
    "ListWorkforcesSortByOptionsLiteral",
    "ListWorkteamsSortByOptions",
    "ListWorkteamsSortByOptionsLiteral",
    "MIGProfileType",
    "MIGProfileTypeLiteral",
    "MaintenanceStatus",
    "MaintenanceStatusLiteral",
    "ManagedInstanceScalingScaleInStrategy",
    "ManagedInstanceScalingScaleInStrategyLiteral",
    "ManagedInstanceScalingStatus",
    "ManagedInstanceScalingStatusLiteral",
    "ManagedStorageType",
    "ManagedStorageTypeLiteral",
    "MetricSetSource",
    "MetricSetSourceLiteral",
    "MlTools",
    "MlToolsLiteral",
    "MlflowAppStatus",
    "MlflowAppStatusLiteral",
    "ModelApprovalStatus",
    "ModelApprovalStatusLiteral",
    "ModelCacheSetting",
    "ModelCacheSettingLiteral",
    "ModelCardExportJobSortBy",
    "ModelCardExportJobSortByLiteral",
    "ModelCardExportJobSortOrder",
    "ModelCardExportJobSortOrderLiteral",
    "ModelCardExportJobStatus",
    "ModelCardExportJobStatusLiteral",
    "ModelCardProcessingStatus",
    "ModelCardProcessingStatusLiteral",
    "ModelCardSortBy",
    "ModelCardSortByLiteral",
    "ModelCardSortOrder",
    "ModelCardSortOrderLiteral",
    "ModelCardStatus",
    "ModelCardStatusLiteral",
    "ModelCardVersionSortBy",
    "ModelCardVersionSortByLiteral",
    "ModelCompressionType",
    "ModelCompressionTypeLiteral",
    "ModelInfrastructureType",
    "ModelInfrastructureTypeLiteral",
    "ModelMetadataFilterType",
    "ModelMetadataFilterTypeLiteral",
    "ModelPackageGroupSortBy",
    "ModelPackageGroupSortByLiteral",
    "ModelPackageGroupStatus",
    "ModelPackageGroupStatusLiteral",
    "ModelPackageRegistrationType",
    "ModelPackageRegistrationTypeLiteral",
    "ModelPackageSortBy",
    "ModelPackageSortByLiteral",
    "ModelPackageStatus",
    "ModelPackageStatusLiteral",
    "ModelPackageType",
    "ModelPackageTypeLiteral",
    "ModelRegistrationMode",
    "ModelRegistrationModeLiteral",
    "ModelSortKey",
    "ModelSortKeyLiteral",
    "ModelSpeculativeDecodingS3DataType",
    "ModelSpeculativeDecodingS3DataTypeLiteral",
    "ModelSpeculativeDecodingTechnique",
    "ModelSpeculativeDecodingTechniqueLiteral",
    "ModelVariantAction",
    "ModelVariantActionLiteral",
    "ModelVariantStatus",
    "ModelVariantStatusLiteral",
    "MonitoringAlertHistorySortKey",
    "MonitoringAlertHistorySortKeyLiteral",
    "MonitoringAlertStatus",
    "MonitoringAlertStatusLiteral",
    "MonitoringExecutionSortKey",
    "MonitoringExecutionSortKeyLiteral",
    "MonitoringJobDefinitionSortKey",
    "MonitoringJobDefinitionSortKeyLiteral",
    "MonitoringProblemType",
    "MonitoringProblemTypeLiteral",
    "MonitoringScheduleSortKey",
    "MonitoringScheduleSortKeyLiteral",
    "MonitoringType",
    "MonitoringTypeLiteral",
    "NodeUnavailabilityType",
    "NodeUnavailabilityTypeLiteral",
    "NotebookInstanceAcceleratorType",
    "NotebookInstanceAcceleratorTypeLiteral",
    "NotebookInstanceLifecycleConfigSortKey",
    "NotebookInstanceLifecycleConfigSortKeyLiteral",
    "NotebookInstanceLifecycleConfigSortOrder",
    "NotebookInstanceLifecycleConfigSortOrderLiteral",
    "NotebookInstanceSortKey",
    "NotebookInstanceSortKeyLiteral",
    "NotebookInstanceSortOrder",
    "NotebookInstanceSortOrderLiteral",
    "NotebookInstanceStatus",
    "NotebookInstanceStatusLiteral",
    "NotebookOutputOption",
    "NotebookOutputOptionLiteral",
    "ObjectiveStatus",
    "ObjectiveStatusLiteral",
    "OfflineStoreStatusValue",
    "OfflineStoreStatusValueLiteral",
    "Operator",
    "OperatorLiteral",
    "OptimizationJobDeploymentInstanceType",
    "OptimizationJobDeploymentInstanceTypeLiteral",
    "OptimizationJobStatus",
    "OptimizationJobStatusLiteral",
    "OrderKey",
    "OrderKeyLiteral",
    "OutputCompressionType",
    "OutputCompressionTypeLiteral",
    "ParameterType",
    "ParameterTypeLiteral",
    "PartnerAppAuthType",
    "PartnerAppAuthTypeLiteral",
    "PartnerAppStatus",
    "PartnerAppStatusLiteral",
    "PartnerAppType",
    "PartnerAppTypeLiteral",
    "Peft",
    "PeftLiteral",
    "PipelineExecutionStatus",
    "PipelineExecutionStatusLiteral",
    "PipelineStatus",
    "PipelineStatusLiteral",
    "PreemptTeamTasks",
    "PreemptTeamTasksLiteral",
    "ProblemType",
    "ProblemTypeLiteral",
    "ProcessingInstanceType",
    "ProcessingInstanceTypeLiteral",
    "ProcessingJobStatus",
    "ProcessingJobStatusLiteral",
    "ProcessingS3CompressionType",
    "ProcessingS3CompressionTypeLiteral",
    "ProcessingS3DataDistributionType",
    "ProcessingS3DataDistributionTypeLiteral",
    "ProcessingS3DataType",
    "ProcessingS3DataTypeLiteral",
    "ProcessingS3InputMode",
    "ProcessingS3InputModeLiteral",
    "ProcessingS3UploadMode",
    "ProcessingS3UploadModeLiteral",
    "Processor",
    "ProcessorLiteral",
    "ProductionVariantAcceleratorType",
    "ProductionVariantAcceleratorTypeLiteral",
    "ProductionVariantInferenceAmiVersion",
    "ProductionVariantInferenceAmiVersionLiteral",
    "ProductionVariantInstanceType",
    "ProductionVariantInstanceTypeLiteral",
    "ProfilingStatus",
    "ProfilingStatusLiteral",
    "ProjectSortBy",
    "ProjectSortByLiteral",
    "ProjectSortOrder",
    "ProjectSortOrderLiteral",
    "ProjectStatus",
    "ProjectStatusLiteral",
    "RStudioServerProAccessStatus",
    "RStudioServerProAccessStatusLiteral",
    "RStudioServerProUserGroup",
    "RStudioServerProUserGroupLiteral",
    "RecommendationJobStatus",
    "RecommendationJobStatusLiteral",
    "RecommendationJobSupportedEndpointType",
    "RecommendationJobSupportedEndpointTypeLiteral",
    "RecommendationJobType",
    "RecommendationJobTypeLiteral",
    "RecommendationStatus",
    "RecommendationStatusLiteral",
    "RecommendationStepType",
    "RecommendationStepTypeLiteral",
    "RecordWrapper",
    "RecordWrapperLiteral",
    "RedshiftResultCompressionType",
    "RedshiftResultCompressionTypeLiteral",
    "RedshiftResultFormat",
    "RedshiftResultFormatLiteral",
    "Relation",
    "RelationLiteral",
    "RepositoryAccessMode",
    "RepositoryAccessModeLiteral",
    "ReservedCapacityInstanceType",
    "ReservedCapacityInstanceTypeLiteral",
    "ReservedCapacityStatus",
    "ReservedCapacityStatusLiteral",
    "ReservedCapacityType",
    "ReservedCapacityTypeLiteral",
    "ResourceCatalogSortBy",
    "ResourceCatalogSortByLiteral",
    "ResourceCatalogSortOrder",
    "ResourceCatalogSortOrderLiteral",
    "ResourceSharingStrategy",
    "ResourceSharingStrategyLiteral",
    "ResourceType",
    "ResourceTypeLiteral",
    "RetentionType",
    "RetentionTypeLiteral",
    "RootAccess",
    "RootAccessLiteral",
    "RoutingStrategy",
    "RoutingStrategyLiteral",
    "RuleEvaluationStatus",
    "RuleEvaluationStatusLiteral",
    "S3DataDistribution",
    "S3DataDistributionLiteral",
    "S3DataType",
    "S3DataTypeLiteral",
    "S3ModelDataType",
    "S3ModelDataTypeLiteral",
    "SageMakerImageName",
    "SageMakerImageNameLiteral",
    "SageMakerResourceName",
    "SageMakerResourceNameLiteral",
    "SagemakerServicecatalogStatus",
    "SagemakerServicecatalogStatusLiteral",
    "ScheduleStatus",
    "ScheduleStatusLiteral",
    "SchedulerConfigComponent",
    "SchedulerConfigComponentLiteral",
    "SchedulerResourceStatus",
    "SchedulerResourceStatusLiteral",
    "SearchSortOrder",
    "SearchSortOrderLiteral",
    "SecondaryStatus",
    "SecondaryStatusLiteral",
    "ServerlessJobType",
    "ServerlessJobTypeLiteral",
    "SharingType",
    "SharingTypeLiteral",
    "SkipModelValidation",
    "SkipModelValidationLiteral",
    "SoftwareUpdateStatus",
    "SoftwareUpdateStatusLiteral",
    "SortActionsBy",
    "SortActionsByLiteral",
    "SortArtifactsBy",
    "SortArtifactsByLiteral",
    "SortAssociationsBy",
    "SortAssociationsByLiteral",
    "SortBy",
    "SortByLiteral",
    "SortClusterSchedulerConfigBy",
    "SortClusterSchedulerConfigByLiteral",
    "SortContextsBy",
    "SortContextsByLiteral",
    "SortExperimentsBy",
    "SortExperimentsByLiteral",
    "SortInferenceExperimentsBy",
    "SortInferenceExperimentsByLiteral",
    "SortLineageGroupsBy",
    "SortLineageGroupsByLiteral",
    "SortMlflowAppBy",
    "SortMlflowAppByLiteral",
    "SortOrder",
    "SortOrderLiteral",
    "SortPipelineExecutionsBy",
    "SortPipelineExecutionsByLiteral",
    "SortPipelinesBy",
    "SortPipelinesByLiteral",
    "SortQuotaBy",
    "SortQuotaByLiteral",
    "SortTrackingServerBy",
    "SortTrackingServerByLiteral",
    "SortTrialComponentsBy",
    "SortTrialComponentsByLiteral",
    "SortTrialsBy",
    "SortTrialsByLiteral",
    "SpaceSortKey",
    "SpaceSortKeyLiteral",
    "SpaceStatus",
    "SpaceStatusLiteral",
    "SplitType",
    "SplitTypeLiteral",
    "StageStatus",
    "StageStatusLiteral",
    "Statistic",
    "StatisticLiteral",
    "StepStatus",
    "StepStatusLiteral",
    "StorageType",
    "StorageTypeLiteral",
    "StudioLifecycleConfigAppType",
    "StudioLifecycleConfigAppTypeLiteral",
    "StudioLifecycleConfigSortKey",
    "StudioLifecycleConfigSortKeyLiteral",
    "StudioWebPortal",
    "StudioWebPortalLiteral",
    "TableFormat",
    "TableFormatLiteral",
    "TagPropagation",
    "TagPropagationLiteral",
    "TargetDevice",
    "TargetDeviceLiteral",
    "TargetPlatformAccelerator",
    "TargetPlatformAcceleratorLiteral",
    "TargetPlatformArch",
    "TargetPlatformArchLiteral",
    "TargetPlatformOs",
    "TargetPlatformOsLiteral",
    "ThroughputMode",
    "ThroughputModeLiteral",
    "TrackingServerMaintenanceStatus",
    "TrackingServerMaintenanceStatusLiteral",
    "TrackingServerSize",
    "TrackingServerSizeLiteral",
    "TrackingServerStatus",
    "TrackingServerStatusLiteral",
    "TrafficRoutingConfigType",
    "TrafficRoutingConfigTypeLiteral",
    "TrafficType",
    "TrafficTypeLiteral",
    "TrainingInputMode",
    "TrainingInputModeLiteral",
    "TrainingInstanceType",
    "TrainingInstanceTypeLiteral",
    "TrainingJobEarlyStoppingType",
    "TrainingJobEarlyStoppingTypeLiteral",
    "TrainingJobSortByOptions",
    "TrainingJobSortByOptionsLiteral",
    "TrainingJobStatus",
    "TrainingJobStatusLiteral",
    "TrainingPlanFilterName",
    "TrainingPlanFilterNameLiteral",
    "TrainingPlanSortBy",
    "TrainingPlanSortByLiteral",
    "TrainingPlanSortOrder",
    "TrainingPlanSortOrderLiteral",
    "TrainingPlanStatus",
    "TrainingPlanStatusLiteral",
    "TrainingRepositoryAccessMode",
    "TrainingRepositoryAccessModeLiteral",
    "TransformInstanceType",
    "TransformInstanceTypeLiteral",
    "TransformJobStatus",
    "TransformJobStatusLiteral",
    "TrialComponentPrimaryStatus",
    "TrialComponentPrimaryStatusLiteral",
    "TtlDurationUnit",
    "TtlDurationUnitLiteral",
    "UltraServerHealthStatus",
    "UltraServerHealthStatusLiteral",
    "UserProfileSortKey",
    "UserProfileSortKeyLiteral",
    "UserProfileStatus",
    "UserProfileStatusLiteral",
    "VariantPropertyType",
    "VariantPropertyTypeLiteral",
    "VariantStatus",
    "VariantStatusLiteral",
    "VendorGuidance",
    "VendorGuidanceLiteral",
    "VolumeAttachmentStatus",
    "VolumeAttachmentStatusLiteral",
    "WarmPoolResourceStatus",
    "WarmPoolResourceStatusLiteral",
    "WorkforceIpAddressType",
    "WorkforceIpAddressTypeLiteral",
    "WorkforceStatus",
    "WorkforceStatusLiteral",
]

def __dir__() -> list[str]: ...
