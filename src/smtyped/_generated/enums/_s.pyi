# Generated stub. Do not edit.
# Every enum whose name starts with "S", as type checkers see it (members, literal
# aliases, converter signatures). At run time each lives in the module of its first two words.
from typing import Literal

from smtyped._enum import OpenEnum

class S3DataDistribution(OpenEnum):
    """Values of ``S3DataDistribution``. Unknown values load as ``S3DataDistribution(value)`` with
    ``is_known`` False.

    Added:
        FULLY_REPLICATED: 'FullyReplicated' since 2017-11-29
        SHARDED_BY_S3_KEY: 'ShardedByS3Key' since 2017-11-29
    """

    FULLY_REPLICATED = "FullyReplicated"
    SHARDED_BY_S3_KEY = "ShardedByS3Key"

S3DataDistributionLiteral = Literal[
    "FullyReplicated",
    "ShardedByS3Key",
]

def as_S3DataDistribution(value: S3DataDistribution | S3DataDistributionLiteral) -> S3DataDistribution: ...
def as_S3DataDistribution_opt(
    value: S3DataDistribution | S3DataDistributionLiteral | None,
) -> S3DataDistribution | None: ...

class S3DataType(OpenEnum):
    """Values of ``S3DataType``. Unknown values load as ``S3DataType(value)`` with ``is_known`` False.

    Added:
        MANIFEST_FILE: 'ManifestFile' since 2017-11-29
        S3_PREFIX: 'S3Prefix' since 2017-11-29
        AUGMENTED_MANIFEST_FILE: 'AugmentedManifestFile' since 2018-11-28
        CONVERSE: 'Converse' since 2025-06-16
    """

    MANIFEST_FILE = "ManifestFile"
    S3_PREFIX = "S3Prefix"
    AUGMENTED_MANIFEST_FILE = "AugmentedManifestFile"
    CONVERSE = "Converse"

S3DataTypeLiteral = Literal[
    "ManifestFile",
    "S3Prefix",
    "AugmentedManifestFile",
    "Converse",
]

def as_S3DataType(value: S3DataType | S3DataTypeLiteral) -> S3DataType: ...
def as_S3DataType_opt(value: S3DataType | S3DataTypeLiteral | None) -> S3DataType | None: ...

class S3ModelDataType(OpenEnum):
    """Values of ``S3ModelDataType``. Unknown values load as ``S3ModelDataType(value)`` with
    ``is_known`` False.

    Added:
        S3_PREFIX: 'S3Prefix' since 2023-06-21
        S3_OBJECT: 'S3Object' since 2023-06-21
    """

    S3_PREFIX = "S3Prefix"
    S3_OBJECT = "S3Object"

S3ModelDataTypeLiteral = Literal[
    "S3Prefix",
    "S3Object",
]

def as_S3ModelDataType(value: S3ModelDataType | S3ModelDataTypeLiteral) -> S3ModelDataType: ...
def as_S3ModelDataType_opt(value: S3ModelDataType | S3ModelDataTypeLiteral | None) -> S3ModelDataType | None: ...

class SageMakerImageName(OpenEnum):
    """Values of ``SageMakerImageName``. Unknown values load as ``SageMakerImageName(value)`` with
    ``is_known`` False.

    Added:
        SAGEMAKER_DISTRIBUTION: 'sagemaker_distribution' since 2024-09-24
    """

    SAGEMAKER_DISTRIBUTION = "sagemaker_distribution"

SageMakerImageNameLiteral = Literal["sagemaker_distribution",]

def as_SageMakerImageName(value: SageMakerImageName | SageMakerImageNameLiteral) -> SageMakerImageName: ...
def as_SageMakerImageName_opt(
    value: SageMakerImageName | SageMakerImageNameLiteral | None,
) -> SageMakerImageName | None: ...

class SageMakerResourceName(OpenEnum):
    """Values of ``SageMakerResourceName``. Unknown values load as ``SageMakerResourceName(value)``
    with ``is_known`` False.

    Added:
        TRAINING_JOB: 'training-job' since 2024-12-04
        HYPERPOD_CLUSTER: 'hyperpod-cluster' since 2024-12-04
        ENDPOINT: 'endpoint' since 2025-11-20
        STUDIO_APPS: 'studio-apps' since 2026-05-13
    """

    TRAINING_JOB = "training-job"
    HYPERPOD_CLUSTER = "hyperpod-cluster"
    ENDPOINT = "endpoint"
    STUDIO_APPS = "studio-apps"

SageMakerResourceNameLiteral = Literal[
    "training-job",
    "hyperpod-cluster",
    "endpoint",
    "studio-apps",
]

def as_SageMakerResourceName(value: SageMakerResourceName | SageMakerResourceNameLiteral) -> SageMakerResourceName: ...
def as_SageMakerResourceName_opt(
    value: SageMakerResourceName | SageMakerResourceNameLiteral | None,
) -> SageMakerResourceName | None: ...

class SagemakerServicecatalogStatus(OpenEnum):
    """Values of ``SagemakerServicecatalogStatus``. Unknown values load as
    ``SagemakerServicecatalogStatus(value)`` with ``is_known`` False.

    Added:
        ENABLED: 'Enabled' since 2020-12-01
        DISABLED: 'Disabled' since 2020-12-01
    """

    ENABLED = "Enabled"
    DISABLED = "Disabled"

SagemakerServicecatalogStatusLiteral = Literal[
    "Enabled",
    "Disabled",
]

def as_SagemakerServicecatalogStatus(
    value: SagemakerServicecatalogStatus | SagemakerServicecatalogStatusLiteral,
) -> SagemakerServicecatalogStatus: ...
def as_SagemakerServicecatalogStatus_opt(
    value: SagemakerServicecatalogStatus | SagemakerServicecatalogStatusLiteral | None,
) -> SagemakerServicecatalogStatus | None: ...

class ScheduleStatus(OpenEnum):
    """Values of ``ScheduleStatus``. Unknown values load as ``ScheduleStatus(value)`` with ``is_known``
    False.

    Added:
        PENDING: 'Pending' since 2019-12-04
        FAILED: 'Failed' since 2019-12-04
        SCHEDULED: 'Scheduled' since 2019-12-04
        STOPPED: 'Stopped' since 2019-12-04
    """

    PENDING = "Pending"
    FAILED = "Failed"
    SCHEDULED = "Scheduled"
    STOPPED = "Stopped"

ScheduleStatusLiteral = Literal[
    "Pending",
    "Failed",
    "Scheduled",
    "Stopped",
]

def as_ScheduleStatus(value: ScheduleStatus | ScheduleStatusLiteral) -> ScheduleStatus: ...
def as_ScheduleStatus_opt(value: ScheduleStatus | ScheduleStatusLiteral | None) -> ScheduleStatus | None: ...

class SchedulerConfigComponent(OpenEnum):
    """Values of ``SchedulerConfigComponent``. Unknown values load as
    ``SchedulerConfigComponent(value)`` with ``is_known`` False.

    Added:
        PRIORITY_CLASSES: 'PriorityClasses' since 2026-01-27
        FAIR_SHARE: 'FairShare' since 2026-01-27
        IDLE_RESOURCE_SHARING: 'IdleResourceSharing' since 2026-01-27
    """

    PRIORITY_CLASSES = "PriorityClasses"
    FAIR_SHARE = "FairShare"
    IDLE_RESOURCE_SHARING = "IdleResourceSharing"

SchedulerConfigComponentLiteral = Literal[
    "PriorityClasses",
    "FairShare",
    "IdleResourceSharing",
]

def as_SchedulerConfigComponent(
    value: SchedulerConfigComponent | SchedulerConfigComponentLiteral,
) -> SchedulerConfigComponent: ...
def as_SchedulerConfigComponent_opt(
    value: SchedulerConfigComponent | SchedulerConfigComponentLiteral | None,
) -> SchedulerConfigComponent | None: ...

class SchedulerResourceStatus(OpenEnum):
    """Values of ``SchedulerResourceStatus``. Unknown values load as ``SchedulerResourceStatus(value)``
    with ``is_known`` False.

    Added:
        CREATING: 'Creating' since 2024-12-04
        CREATE_FAILED: 'CreateFailed' since 2024-12-04
        CREATE_ROLLBACK_FAILED: 'CreateRollbackFailed' since 2024-12-04
        CREATED: 'Created' since 2024-12-04
        UPDATING: 'Updating' since 2024-12-04
        UPDATE_FAILED: 'UpdateFailed' since 2024-12-04
        UPDATE_ROLLBACK_FAILED: 'UpdateRollbackFailed' since 2024-12-04
        UPDATED: 'Updated' since 2024-12-04
        DELETING: 'Deleting' since 2024-12-04
        DELETE_FAILED: 'DeleteFailed' since 2024-12-04
        DELETE_ROLLBACK_FAILED: 'DeleteRollbackFailed' since 2024-12-04
        DELETED: 'Deleted' since 2024-12-04
    """

    CREATING = "Creating"
    CREATE_FAILED = "CreateFailed"
    CREATE_ROLLBACK_FAILED = "CreateRollbackFailed"
    CREATED = "Created"
    UPDATING = "Updating"
    UPDATE_FAILED = "UpdateFailed"
    UPDATE_ROLLBACK_FAILED = "UpdateRollbackFailed"
    UPDATED = "Updated"
    DELETING = "Deleting"
    DELETE_FAILED = "DeleteFailed"
    DELETE_ROLLBACK_FAILED = "DeleteRollbackFailed"
    DELETED = "Deleted"

SchedulerResourceStatusLiteral = Literal[
    "Creating",
    "CreateFailed",
    "CreateRollbackFailed",
    "Created",
    "Updating",
    "UpdateFailed",
    "UpdateRollbackFailed",
    "Updated",
    "Deleting",
    "DeleteFailed",
    "DeleteRollbackFailed",
    "Deleted",
]

def as_SchedulerResourceStatus(
    value: SchedulerResourceStatus | SchedulerResourceStatusLiteral,
) -> SchedulerResourceStatus: ...
def as_SchedulerResourceStatus_opt(
    value: SchedulerResourceStatus | SchedulerResourceStatusLiteral | None,
) -> SchedulerResourceStatus | None: ...

class SearchSortOrder(OpenEnum):
    """Values of ``SearchSortOrder``. Unknown values load as ``SearchSortOrder(value)`` with
    ``is_known`` False.

    Added:
        ASCENDING: 'Ascending' since 2018-11-28
        DESCENDING: 'Descending' since 2018-11-28
    """

    ASCENDING = "Ascending"
    DESCENDING = "Descending"

SearchSortOrderLiteral = Literal[
    "Ascending",
    "Descending",
]

def as_SearchSortOrder(value: SearchSortOrder | SearchSortOrderLiteral) -> SearchSortOrder: ...
def as_SearchSortOrder_opt(value: SearchSortOrder | SearchSortOrderLiteral | None) -> SearchSortOrder | None: ...

class SecondaryStatus(OpenEnum):
    """Values of ``SecondaryStatus``. Unknown values load as ``SecondaryStatus(value)`` with
    ``is_known`` False.

    Added:
        STARTING: 'Starting' since 2017-11-29
        LAUNCHING_ML_INSTANCES: 'LaunchingMLInstances' since 2018-07-30
        PREPARING_TRAINING_STACK: 'PreparingTrainingStack' since 2018-07-30
        DOWNLOADING: 'Downloading' since 2017-11-29
        DOWNLOADING_TRAINING_IMAGE: 'DownloadingTrainingImage' since 2018-07-30
        TRAINING: 'Training' since 2017-11-29
        UPLOADING: 'Uploading' since 2017-11-29
        STOPPING: 'Stopping' since 2017-11-29
        STOPPED: 'Stopped' since 2017-11-29
        MAX_RUNTIME_EXCEEDED: 'MaxRuntimeExceeded' since 2017-11-29
        COMPLETED: 'Completed' since 2017-11-29
        FAILED: 'Failed' since 2017-11-29
        INTERRUPTED: 'Interrupted' since 2019-08-20
        MAX_WAIT_TIME_EXCEEDED: 'MaxWaitTimeExceeded' since 2019-08-20
        UPDATING: 'Updating' since 2020-12-01
        RESTARTING: 'Restarting' since 2021-05-04
        PENDING: 'Pending' since 2023-12-15
    """

    STARTING = "Starting"
    LAUNCHING_ML_INSTANCES = "LaunchingMLInstances"
    PREPARING_TRAINING_STACK = "PreparingTrainingStack"
    DOWNLOADING = "Downloading"
    DOWNLOADING_TRAINING_IMAGE = "DownloadingTrainingImage"
    TRAINING = "Training"
    UPLOADING = "Uploading"
    STOPPING = "Stopping"
    STOPPED = "Stopped"
    MAX_RUNTIME_EXCEEDED = "MaxRuntimeExceeded"
    COMPLETED = "Completed"
    FAILED = "Failed"
    INTERRUPTED = "Interrupted"
    MAX_WAIT_TIME_EXCEEDED = "MaxWaitTimeExceeded"
    UPDATING = "Updating"
    RESTARTING = "Restarting"
    PENDING = "Pending"

SecondaryStatusLiteral = Literal[
    "Starting",
    "LaunchingMLInstances",
    "PreparingTrainingStack",
    "Downloading",
    "DownloadingTrainingImage",
    "Training",
    "Uploading",
    "Stopping",
    "Stopped",
    "MaxRuntimeExceeded",
    "Completed",
    "Failed",
    "Interrupted",
    "MaxWaitTimeExceeded",
    "Updating",
    "Restarting",
    "Pending",
]

def as_SecondaryStatus(value: SecondaryStatus | SecondaryStatusLiteral) -> SecondaryStatus: ...
def as_SecondaryStatus_opt(value: SecondaryStatus | SecondaryStatusLiteral | None) -> SecondaryStatus | None: ...

class ServerlessJobType(OpenEnum):
    """Values of ``ServerlessJobType``. Unknown values load as ``ServerlessJobType(value)`` with
    ``is_known`` False.

    Added:
        FINE_TUNING: 'FineTuning' since 2025-12-03
        EVALUATION: 'Evaluation' since 2025-12-03
    """

    FINE_TUNING = "FineTuning"
    EVALUATION = "Evaluation"

ServerlessJobTypeLiteral = Literal[
    "FineTuning",
    "Evaluation",
]

def as_ServerlessJobType(value: ServerlessJobType | ServerlessJobTypeLiteral) -> ServerlessJobType: ...
def as_ServerlessJobType_opt(
    value: ServerlessJobType | ServerlessJobTypeLiteral | None,
) -> ServerlessJobType | None: ...

class SharingType(OpenEnum):
    """Values of ``SharingType``. Unknown values load as ``SharingType(value)`` with ``is_known``
    False.

    Added:
        PRIVATE: 'Private' since 2023-11-30
        SHARED: 'Shared' since 2023-11-30
    """

    PRIVATE = "Private"
    SHARED = "Shared"

SharingTypeLiteral = Literal[
    "Private",
    "Shared",
]

def as_SharingType(value: SharingType | SharingTypeLiteral) -> SharingType: ...
def as_SharingType_opt(value: SharingType | SharingTypeLiteral | None) -> SharingType | None: ...

class SkipModelValidation(OpenEnum):
    """Values of ``SkipModelValidation``. Unknown values load as ``SkipModelValidation(value)`` with
    ``is_known`` False.

    Added:
        ALL: 'All' since 2023-09-15
        NONE: 'None' since 2023-09-15
    """

    ALL = "All"
    NONE = "None"

SkipModelValidationLiteral = Literal[
    "All",
    "None",
]

def as_SkipModelValidation(value: SkipModelValidation | SkipModelValidationLiteral) -> SkipModelValidation: ...
def as_SkipModelValidation_opt(
    value: SkipModelValidation | SkipModelValidationLiteral | None,
) -> SkipModelValidation | None: ...

class SoftwareUpdateStatus(OpenEnum):
    """Values of ``SoftwareUpdateStatus``. Unknown values load as ``SoftwareUpdateStatus(value)`` with
    ``is_known`` False.

    Added:
        PENDING: 'Pending' since 2025-11-05
        IN_PROGRESS: 'InProgress' since 2025-11-05
        SUCCEEDED: 'Succeeded' since 2025-11-05
        FAILED: 'Failed' since 2025-11-05
        ROLLBACK_IN_PROGRESS: 'RollbackInProgress' since 2025-11-05
        ROLLBACK_COMPLETE: 'RollbackComplete' since 2025-11-05
    """

    PENDING = "Pending"
    IN_PROGRESS = "InProgress"
    SUCCEEDED = "Succeeded"
    FAILED = "Failed"
    ROLLBACK_IN_PROGRESS = "RollbackInProgress"
    ROLLBACK_COMPLETE = "RollbackComplete"

SoftwareUpdateStatusLiteral = Literal[
    "Pending",
    "InProgress",
    "Succeeded",
    "Failed",
    "RollbackInProgress",
    "RollbackComplete",
]

def as_SoftwareUpdateStatus(value: SoftwareUpdateStatus | SoftwareUpdateStatusLiteral) -> SoftwareUpdateStatus: ...
def as_SoftwareUpdateStatus_opt(
    value: SoftwareUpdateStatus | SoftwareUpdateStatusLiteral | None,
) -> SoftwareUpdateStatus | None: ...

class SortActionsBy(OpenEnum):
    """Values of ``SortActionsBy``. Unknown values load as ``SortActionsBy(value)`` with ``is_known``
    False.

    Added:
        NAME: 'Name' since 2020-12-01
        CREATION_TIME: 'CreationTime' since 2020-12-01
    """

    NAME = "Name"
    CREATION_TIME = "CreationTime"

SortActionsByLiteral = Literal[
    "Name",
    "CreationTime",
]

def as_SortActionsBy(value: SortActionsBy | SortActionsByLiteral) -> SortActionsBy: ...
def as_SortActionsBy_opt(value: SortActionsBy | SortActionsByLiteral | None) -> SortActionsBy | None: ...

class SortArtifactsBy(OpenEnum):
    """Values of ``SortArtifactsBy``. Unknown values load as ``SortArtifactsBy(value)`` with
    ``is_known`` False.

    Added:
        CREATION_TIME: 'CreationTime' since 2020-12-01
    """

    CREATION_TIME = "CreationTime"

SortArtifactsByLiteral = Literal["CreationTime",]

def as_SortArtifactsBy(value: SortArtifactsBy | SortArtifactsByLiteral) -> SortArtifactsBy: ...
def as_SortArtifactsBy_opt(value: SortArtifactsBy | SortArtifactsByLiteral | None) -> SortArtifactsBy | None: ...

class SortAssociationsBy(OpenEnum):
    """Values of ``SortAssociationsBy``. Unknown values load as ``SortAssociationsBy(value)`` with
    ``is_known`` False.

    Added:
        SOURCE_ARN: 'SourceArn' since 2020-12-01
        DESTINATION_ARN: 'DestinationArn' since 2020-12-01
        SOURCE_TYPE: 'SourceType' since 2020-12-01
        DESTINATION_TYPE: 'DestinationType' since 2020-12-01
        CREATION_TIME: 'CreationTime' since 2020-12-01
    """

    SOURCE_ARN = "SourceArn"
    DESTINATION_ARN = "DestinationArn"
    SOURCE_TYPE = "SourceType"
    DESTINATION_TYPE = "DestinationType"
    CREATION_TIME = "CreationTime"

SortAssociationsByLiteral = Literal[
    "SourceArn",
    "DestinationArn",
    "SourceType",
    "DestinationType",
    "CreationTime",
]

def as_SortAssociationsBy(value: SortAssociationsBy | SortAssociationsByLiteral) -> SortAssociationsBy: ...
def as_SortAssociationsBy_opt(
    value: SortAssociationsBy | SortAssociationsByLiteral | None,
) -> SortAssociationsBy | None: ...

class SortBy(OpenEnum):
    """Values of ``SortBy``. Unknown values load as ``SortBy(value)`` with ``is_known`` False.

    Added:
        NAME: 'Name' since 2017-11-29
        CREATION_TIME: 'CreationTime' since 2017-11-29
        STATUS: 'Status' since 2017-11-29
    """

    NAME = "Name"
    CREATION_TIME = "CreationTime"
    STATUS = "Status"

SortByLiteral = Literal[
    "Name",
    "CreationTime",
    "Status",
]

def as_SortBy(value: SortBy | SortByLiteral) -> SortBy: ...
def as_SortBy_opt(value: SortBy | SortByLiteral | None) -> SortBy | None: ...

class SortClusterSchedulerConfigBy(OpenEnum):
    """Values of ``SortClusterSchedulerConfigBy``. Unknown values load as
    ``SortClusterSchedulerConfigBy(value)`` with ``is_known`` False.

    Added:
        NAME: 'Name' since 2024-12-04
        CREATION_TIME: 'CreationTime' since 2024-12-04
        STATUS: 'Status' since 2024-12-04
    """

    NAME = "Name"
    CREATION_TIME = "CreationTime"
    STATUS = "Status"

SortClusterSchedulerConfigByLiteral = Literal[
    "Name",
    "CreationTime",
    "Status",
]

def as_SortClusterSchedulerConfigBy(
    value: SortClusterSchedulerConfigBy | SortClusterSchedulerConfigByLiteral,
) -> SortClusterSchedulerConfigBy: ...
def as_SortClusterSchedulerConfigBy_opt(
    value: SortClusterSchedulerConfigBy | SortClusterSchedulerConfigByLiteral | None,
) -> SortClusterSchedulerConfigBy | None: ...

class SortContextsBy(OpenEnum):
    """Values of ``SortContextsBy``. Unknown values load as ``SortContextsBy(value)`` with ``is_known``
    False.

    Added:
        NAME: 'Name' since 2020-12-01
        CREATION_TIME: 'CreationTime' since 2020-12-01
    """

    NAME = "Name"
    CREATION_TIME = "CreationTime"

SortContextsByLiteral = Literal[
    "Name",
    "CreationTime",
]

def as_SortContextsBy(value: SortContextsBy | SortContextsByLiteral) -> SortContextsBy: ...
def as_SortContextsBy_opt(value: SortContextsBy | SortContextsByLiteral | None) -> SortContextsBy | None: ...

class SortExperimentsBy(OpenEnum):
    """Values of ``SortExperimentsBy``. Unknown values load as ``SortExperimentsBy(value)`` with
    ``is_known`` False.

    Added:
        NAME: 'Name' since 2019-12-04
        CREATION_TIME: 'CreationTime' since 2019-12-04
    """

    NAME = "Name"
    CREATION_TIME = "CreationTime"

SortExperimentsByLiteral = Literal[
    "Name",
    "CreationTime",
]

def as_SortExperimentsBy(value: SortExperimentsBy | SortExperimentsByLiteral) -> SortExperimentsBy: ...
def as_SortExperimentsBy_opt(
    value: SortExperimentsBy | SortExperimentsByLiteral | None,
) -> SortExperimentsBy | None: ...

class SortInferenceExperimentsBy(OpenEnum):
    """Values of ``SortInferenceExperimentsBy``. Unknown values load as
    ``SortInferenceExperimentsBy(value)`` with ``is_known`` False.

    Added:
        NAME: 'Name' since 2022-11-30
        CREATION_TIME: 'CreationTime' since 2022-11-30
        STATUS: 'Status' since 2022-11-30
    """

    NAME = "Name"
    CREATION_TIME = "CreationTime"
    STATUS = "Status"

SortInferenceExperimentsByLiteral = Literal[
    "Name",
    "CreationTime",
    "Status",
]

def as_SortInferenceExperimentsBy(
    value: SortInferenceExperimentsBy | SortInferenceExperimentsByLiteral,
) -> SortInferenceExperimentsBy: ...
def as_SortInferenceExperimentsBy_opt(
    value: SortInferenceExperimentsBy | SortInferenceExperimentsByLiteral | None,
) -> SortInferenceExperimentsBy | None: ...

class SortLineageGroupsBy(OpenEnum):
    """Values of ``SortLineageGroupsBy``. Unknown values load as ``SortLineageGroupsBy(value)`` with
    ``is_known`` False.

    Added:
        NAME: 'Name' since 2021-12-01
        CREATION_TIME: 'CreationTime' since 2021-12-01
    """

    NAME = "Name"
    CREATION_TIME = "CreationTime"

SortLineageGroupsByLiteral = Literal[
    "Name",
    "CreationTime",
]

def as_SortLineageGroupsBy(value: SortLineageGroupsBy | SortLineageGroupsByLiteral) -> SortLineageGroupsBy: ...
def as_SortLineageGroupsBy_opt(
    value: SortLineageGroupsBy | SortLineageGroupsByLiteral | None,
) -> SortLineageGroupsBy | None: ...

class SortMlflowAppBy(OpenEnum):
    """Values of ``SortMlflowAppBy``. Unknown values load as ``SortMlflowAppBy(value)`` with
    ``is_known`` False.

    Added:
        NAME: 'Name' since 2025-12-02
        CREATION_TIME: 'CreationTime' since 2025-12-02
        STATUS: 'Status' since 2025-12-02
    """

    NAME = "Name"
    CREATION_TIME = "CreationTime"
    STATUS = "Status"

SortMlflowAppByLiteral = Literal[
    "Name",
    "CreationTime",
    "Status",
]

def as_SortMlflowAppBy(value: SortMlflowAppBy | SortMlflowAppByLiteral) -> SortMlflowAppBy: ...
def as_SortMlflowAppBy_opt(value: SortMlflowAppBy | SortMlflowAppByLiteral | None) -> SortMlflowAppBy | None: ...

class SortOrder(OpenEnum):
    """Values of ``SortOrder``. Unknown values load as ``SortOrder(value)`` with ``is_known`` False.

    Added:
        ASCENDING: 'Ascending' since 2017-11-29
        DESCENDING: 'Descending' since 2017-11-29
    """

    ASCENDING = "Ascending"
    DESCENDING = "Descending"

SortOrderLiteral = Literal[
    "Ascending",
    "Descending",
]

def as_SortOrder(value: SortOrder | SortOrderLiteral) -> SortOrder: ...
def as_SortOrder_opt(value: SortOrder | SortOrderLiteral | None) -> SortOrder | None: ...

class SortPipelineExecutionsBy(OpenEnum):
    """Values of ``SortPipelineExecutionsBy``. Unknown values load as
    ``SortPipelineExecutionsBy(value)`` with ``is_known`` False.

    Added:
        CREATION_TIME: 'CreationTime' since 2020-12-01
        PIPELINE_EXECUTION_ARN: 'PipelineExecutionArn' since 2020-12-01
    """

    CREATION_TIME = "CreationTime"
    PIPELINE_EXECUTION_ARN = "PipelineExecutionArn"

SortPipelineExecutionsByLiteral = Literal[
    "CreationTime",
    "PipelineExecutionArn",
]

def as_SortPipelineExecutionsBy(
    value: SortPipelineExecutionsBy | SortPipelineExecutionsByLiteral,
) -> SortPipelineExecutionsBy: ...
def as_SortPipelineExecutionsBy_opt(
    value: SortPipelineExecutionsBy | SortPipelineExecutionsByLiteral | None,
) -> SortPipelineExecutionsBy | None: ...

class SortPipelinesBy(OpenEnum):
    """Values of ``SortPipelinesBy``. Unknown values load as ``SortPipelinesBy(value)`` with
    ``is_known`` False.

    Added:
        NAME: 'Name' since 2020-12-01
        CREATION_TIME: 'CreationTime' since 2020-12-01
    """

    NAME = "Name"
    CREATION_TIME = "CreationTime"

SortPipelinesByLiteral = Literal[
    "Name",
    "CreationTime",
]

def as_SortPipelinesBy(value: SortPipelinesBy | SortPipelinesByLiteral) -> SortPipelinesBy: ...
def as_SortPipelinesBy_opt(value: SortPipelinesBy | SortPipelinesByLiteral | None) -> SortPipelinesBy | None: ...

class SortQuotaBy(OpenEnum):
    """Values of ``SortQuotaBy``. Unknown values load as ``SortQuotaBy(value)`` with ``is_known``
    False.

    Added:
        NAME: 'Name' since 2024-12-04
        CREATION_TIME: 'CreationTime' since 2024-12-04
        STATUS: 'Status' since 2024-12-04
        CLUSTER_ARN: 'ClusterArn' since 2024-12-04
    """

    NAME = "Name"
    CREATION_TIME = "CreationTime"
    STATUS = "Status"
    CLUSTER_ARN = "ClusterArn"

SortQuotaByLiteral = Literal[
    "Name",
    "CreationTime",
    "Status",
    "ClusterArn",
]

def as_SortQuotaBy(value: SortQuotaBy | SortQuotaByLiteral) -> SortQuotaBy: ...
def as_SortQuotaBy_opt(value: SortQuotaBy | SortQuotaByLiteral | None) -> SortQuotaBy | None: ...

class SortTrackingServerBy(OpenEnum):
    """Values of ``SortTrackingServerBy``. Unknown values load as ``SortTrackingServerBy(value)`` with
    ``is_known`` False.

    Added:
        NAME: 'Name' since 2024-06-18
        CREATION_TIME: 'CreationTime' since 2024-06-18
        STATUS: 'Status' since 2024-06-18
    """

    NAME = "Name"
    CREATION_TIME = "CreationTime"
    STATUS = "Status"

SortTrackingServerByLiteral = Literal[
    "Name",
    "CreationTime",
    "Status",
]

def as_SortTrackingServerBy(value: SortTrackingServerBy | SortTrackingServerByLiteral) -> SortTrackingServerBy: ...
def as_SortTrackingServerBy_opt(
    value: SortTrackingServerBy | SortTrackingServerByLiteral | None,
) -> SortTrackingServerBy | None: ...

class SortTrialComponentsBy(OpenEnum):
    """Values of ``SortTrialComponentsBy``. Unknown values load as ``SortTrialComponentsBy(value)``
    with ``is_known`` False.

    Added:
        NAME: 'Name' since 2019-12-04
        CREATION_TIME: 'CreationTime' since 2019-12-04
    """

    NAME = "Name"
    CREATION_TIME = "CreationTime"

SortTrialComponentsByLiteral = Literal[
    "Name",
    "CreationTime",
]

def as_SortTrialComponentsBy(value: SortTrialComponentsBy | SortTrialComponentsByLiteral) -> SortTrialComponentsBy: ...
def as_SortTrialComponentsBy_opt(
    value: SortTrialComponentsBy | SortTrialComponentsByLiteral | None,
) -> SortTrialComponentsBy | None: ...

class SortTrialsBy(OpenEnum):
    """Values of ``SortTrialsBy``. Unknown values load as ``SortTrialsBy(value)`` with ``is_known``
    False.

    Added:
        NAME: 'Name' since 2019-12-04
        CREATION_TIME: 'CreationTime' since 2019-12-04
    """

    NAME = "Name"
    CREATION_TIME = "CreationTime"

SortTrialsByLiteral = Literal[
    "Name",
    "CreationTime",
]

def as_SortTrialsBy(value: SortTrialsBy | SortTrialsByLiteral) -> SortTrialsBy: ...
def as_SortTrialsBy_opt(value: SortTrialsBy | SortTrialsByLiteral | None) -> SortTrialsBy | None: ...

class SpaceSortKey(OpenEnum):
    """Values of ``SpaceSortKey``. Unknown values load as ``SpaceSortKey(value)`` with ``is_known``
    False.

    Added:
        CREATION_TIME: 'CreationTime' since 2022-11-30
        LAST_MODIFIED_TIME: 'LastModifiedTime' since 2022-11-30
    """

    CREATION_TIME = "CreationTime"
    LAST_MODIFIED_TIME = "LastModifiedTime"

SpaceSortKeyLiteral = Literal[
    "CreationTime",
    "LastModifiedTime",
]

def as_SpaceSortKey(value: SpaceSortKey | SpaceSortKeyLiteral) -> SpaceSortKey: ...
def as_SpaceSortKey_opt(value: SpaceSortKey | SpaceSortKeyLiteral | None) -> SpaceSortKey | None: ...

class SpaceStatus(OpenEnum):
    """Values of ``SpaceStatus``. Unknown values load as ``SpaceStatus(value)`` with ``is_known``
    False.

    Added:
        DELETING: 'Deleting' since 2022-11-30
        FAILED: 'Failed' since 2022-11-30
        IN_SERVICE: 'InService' since 2022-11-30
        PENDING: 'Pending' since 2022-11-30
        UPDATING: 'Updating' since 2022-11-30
        UPDATE_FAILED: 'Update_Failed' since 2022-11-30
        DELETE_FAILED: 'Delete_Failed' since 2022-11-30
    """

    DELETING = "Deleting"
    FAILED = "Failed"
    IN_SERVICE = "InService"
    PENDING = "Pending"
    UPDATING = "Updating"
    UPDATE_FAILED = "Update_Failed"
    DELETE_FAILED = "Delete_Failed"

SpaceStatusLiteral = Literal[
    "Deleting",
    "Failed",
    "InService",
    "Pending",
    "Updating",
    "Update_Failed",
    "Delete_Failed",
]

def as_SpaceStatus(value: SpaceStatus | SpaceStatusLiteral) -> SpaceStatus: ...
def as_SpaceStatus_opt(value: SpaceStatus | SpaceStatusLiteral | None) -> SpaceStatus | None: ...

class SplitType(OpenEnum):
    """Values of ``SplitType``. Unknown values load as ``SplitType(value)`` with ``is_known`` False.

    Added:
        NONE: 'None' since 2018-07-17
        LINE: 'Line' since 2018-07-17
        RECORD_IO: 'RecordIO' since 2018-07-17
        TF_RECORD: 'TFRecord' since 2018-12-19
    """

    NONE = "None"
    LINE = "Line"
    RECORD_IO = "RecordIO"
    TF_RECORD = "TFRecord"

SplitTypeLiteral = Literal[
    "None",
    "Line",
    "RecordIO",
    "TFRecord",
]

def as_SplitType(value: SplitType | SplitTypeLiteral) -> SplitType: ...
def as_SplitType_opt(value: SplitType | SplitTypeLiteral | None) -> SplitType | None: ...

class StageStatus(OpenEnum):
    """Values of ``StageStatus``. Unknown values load as ``StageStatus(value)`` with ``is_known``
    False.

    Added:
        CREATING: 'CREATING' since 2022-07-18
        READYTODEPLOY: 'READYTODEPLOY' since 2022-07-18
        STARTING: 'STARTING' since 2022-07-18
        INPROGRESS: 'INPROGRESS' since 2022-07-18
        DEPLOYED: 'DEPLOYED' since 2022-07-18
        FAILED: 'FAILED' since 2022-07-18
        STOPPING: 'STOPPING' since 2022-07-18
        STOPPED: 'STOPPED' since 2022-07-18
    """

    CREATING = "CREATING"
    READYTODEPLOY = "READYTODEPLOY"
    STARTING = "STARTING"
    INPROGRESS = "INPROGRESS"
    DEPLOYED = "DEPLOYED"
    FAILED = "FAILED"
    STOPPING = "STOPPING"
    STOPPED = "STOPPED"

StageStatusLiteral = Literal[
    "CREATING",
    "READYTODEPLOY",
    "STARTING",
    "INPROGRESS",
    "DEPLOYED",
    "FAILED",
    "STOPPING",
    "STOPPED",
]

def as_StageStatus(value: StageStatus | StageStatusLiteral) -> StageStatus: ...
def as_StageStatus_opt(value: StageStatus | StageStatusLiteral | None) -> StageStatus | None: ...

class Statistic(OpenEnum):
    """Values of ``Statistic``. Unknown values load as ``Statistic(value)`` with ``is_known`` False.

    Added:
        AVERAGE: 'Average' since 2023-08-02
        MINIMUM: 'Minimum' since 2023-08-02
        MAXIMUM: 'Maximum' since 2023-08-02
        SAMPLE_COUNT: 'SampleCount' since 2023-08-02
        SUM: 'Sum' since 2023-08-02
    """

    AVERAGE = "Average"
    MINIMUM = "Minimum"
    MAXIMUM = "Maximum"
    SAMPLE_COUNT = "SampleCount"
    SUM = "Sum"

StatisticLiteral = Literal[
    "Average",
    "Minimum",
    "Maximum",
    "SampleCount",
    "Sum",
]

def as_Statistic(value: Statistic | StatisticLiteral) -> Statistic: ...
def as_Statistic_opt(value: Statistic | StatisticLiteral | None) -> Statistic | None: ...

class StepStatus(OpenEnum):
    """Values of ``StepStatus``. Unknown values load as ``StepStatus(value)`` with ``is_known`` False.

    Added:
        STARTING: 'Starting' since 2020-12-01
        EXECUTING: 'Executing' since 2020-12-01
        STOPPING: 'Stopping' since 2020-12-01
        STOPPED: 'Stopped' since 2020-12-01
        FAILED: 'Failed' since 2020-12-01
        SUCCEEDED: 'Succeeded' since 2020-12-01
    """

    STARTING = "Starting"
    EXECUTING = "Executing"
    STOPPING = "Stopping"
    STOPPED = "Stopped"
    FAILED = "Failed"
    SUCCEEDED = "Succeeded"

StepStatusLiteral = Literal[
    "Starting",
    "Executing",
    "Stopping",
    "Stopped",
    "Failed",
    "Succeeded",
]

def as_StepStatus(value: StepStatus | StepStatusLiteral) -> StepStatus: ...
def as_StepStatus_opt(value: StepStatus | StepStatusLiteral | None) -> StepStatus | None: ...

class StorageType(OpenEnum):
    """Values of ``StorageType``. Unknown values load as ``StorageType(value)`` with ``is_known``
    False.

    Added:
        STANDARD: 'Standard' since 2023-09-28
        IN_MEMORY: 'InMemory' since 2023-09-28
    """

    STANDARD = "Standard"
    IN_MEMORY = "InMemory"

StorageTypeLiteral = Literal[
    "Standard",
    "InMemory",
]

def as_StorageType(value: StorageType | StorageTypeLiteral) -> StorageType: ...
def as_StorageType_opt(value: StorageType | StorageTypeLiteral | None) -> StorageType | None: ...

class StudioLifecycleConfigAppType(OpenEnum):
    """Values of ``StudioLifecycleConfigAppType``. Unknown values load as
    ``StudioLifecycleConfigAppType(value)`` with ``is_known`` False.

    Added:
        JUPYTER_SERVER: 'JupyterServer' since 2021-09-10
        KERNEL_GATEWAY: 'KernelGateway' since 2021-09-10
        VS_CODE: 'VSCode' since 2023-12-15
        SAVITUR: 'Savitur' since 2023-12-15
        CODE_EDITOR: 'CodeEditor' since 2023-11-30
        JUPYTER_LAB: 'JupyterLab' since 2023-11-30
    """

    JUPYTER_SERVER = "JupyterServer"
    KERNEL_GATEWAY = "KernelGateway"
    VS_CODE = "VSCode"
    SAVITUR = "Savitur"
    CODE_EDITOR = "CodeEditor"
    JUPYTER_LAB = "JupyterLab"

StudioLifecycleConfigAppTypeLiteral = Literal[
    "JupyterServer",
    "KernelGateway",
    "VSCode",
    "Savitur",
    "CodeEditor",
    "JupyterLab",
]

def as_StudioLifecycleConfigAppType(
    value: StudioLifecycleConfigAppType | StudioLifecycleConfigAppTypeLiteral,
) -> StudioLifecycleConfigAppType: ...
def as_StudioLifecycleConfigAppType_opt(
    value: StudioLifecycleConfigAppType | StudioLifecycleConfigAppTypeLiteral | None,
) -> StudioLifecycleConfigAppType | None: ...

class StudioLifecycleConfigSortKey(OpenEnum):
    """Values of ``StudioLifecycleConfigSortKey``. Unknown values load as
    ``StudioLifecycleConfigSortKey(value)`` with ``is_known`` False.

    Added:
        CREATION_TIME: 'CreationTime' since 2021-09-10
        LAST_MODIFIED_TIME: 'LastModifiedTime' since 2021-09-10
        NAME: 'Name' since 2021-09-10
    """

    CREATION_TIME = "CreationTime"
    LAST_MODIFIED_TIME = "LastModifiedTime"
    NAME = "Name"

StudioLifecycleConfigSortKeyLiteral = Literal[
    "CreationTime",
    "LastModifiedTime",
    "Name",
]

def as_StudioLifecycleConfigSortKey(
    value: StudioLifecycleConfigSortKey | StudioLifecycleConfigSortKeyLiteral,
) -> StudioLifecycleConfigSortKey: ...
def as_StudioLifecycleConfigSortKey_opt(
    value: StudioLifecycleConfigSortKey | StudioLifecycleConfigSortKeyLiteral | None,
) -> StudioLifecycleConfigSortKey | None: ...

class StudioWebPortal(OpenEnum):
    """Values of ``StudioWebPortal``. Unknown values load as ``StudioWebPortal(value)`` with
    ``is_known`` False.

    Added:
        ENABLED: 'ENABLED' since 2023-11-29
        DISABLED: 'DISABLED' since 2023-11-29
    """

    ENABLED = "ENABLED"
    DISABLED = "DISABLED"

StudioWebPortalLiteral = Literal[
    "ENABLED",
    "DISABLED",
]

def as_StudioWebPortal(value: StudioWebPortal | StudioWebPortalLiteral) -> StudioWebPortal: ...
def as_StudioWebPortal_opt(value: StudioWebPortal | StudioWebPortalLiteral | None) -> StudioWebPortal | None: ...
