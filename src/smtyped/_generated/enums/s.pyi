# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class S3DataDistribution(OpenEnum):
    FULLYREPLICATED = "FullyReplicated"
    SHARDEDBYS3KEY = "ShardedByS3Key"

S3DataDistributionLiteral = Literal[
    "FullyReplicated",
    "ShardedByS3Key",
]

def as_S3DataDistribution(value: S3DataDistribution | S3DataDistributionLiteral) -> S3DataDistribution: ...
def as_S3DataDistribution_opt(
    value: S3DataDistribution | S3DataDistributionLiteral | None,
) -> S3DataDistribution | None: ...

class S3DataType(OpenEnum):
    MANIFESTFILE = "ManifestFile"
    S3PREFIX = "S3Prefix"
    AUGMENTEDMANIFESTFILE = "AugmentedManifestFile"

S3DataTypeLiteral = Literal[
    "ManifestFile",
    "S3Prefix",
    "AugmentedManifestFile",
]

def as_S3DataType(value: S3DataType | S3DataTypeLiteral) -> S3DataType: ...
def as_S3DataType_opt(value: S3DataType | S3DataTypeLiteral | None) -> S3DataType | None: ...

class S3ModelDataType(OpenEnum):
    S3PREFIX = "S3Prefix"
    S3OBJECT = "S3Object"

S3ModelDataTypeLiteral = Literal[
    "S3Prefix",
    "S3Object",
]

def as_S3ModelDataType(value: S3ModelDataType | S3ModelDataTypeLiteral) -> S3ModelDataType: ...
def as_S3ModelDataType_opt(value: S3ModelDataType | S3ModelDataTypeLiteral | None) -> S3ModelDataType | None: ...

class SagemakerServicecatalogStatus(OpenEnum):
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

class SearchSortOrder(OpenEnum):
    ASCENDING = "Ascending"
    DESCENDING = "Descending"

SearchSortOrderLiteral = Literal[
    "Ascending",
    "Descending",
]

def as_SearchSortOrder(value: SearchSortOrder | SearchSortOrderLiteral) -> SearchSortOrder: ...
def as_SearchSortOrder_opt(value: SearchSortOrder | SearchSortOrderLiteral | None) -> SearchSortOrder | None: ...

class SecondaryStatus(OpenEnum):
    STARTING = "Starting"
    LAUNCHINGMLINSTANCES = "LaunchingMLInstances"
    PREPARINGTRAININGSTACK = "PreparingTrainingStack"
    DOWNLOADING = "Downloading"
    DOWNLOADINGTRAININGIMAGE = "DownloadingTrainingImage"
    TRAINING = "Training"
    UPLOADING = "Uploading"
    STOPPING = "Stopping"
    STOPPED = "Stopped"
    MAXRUNTIMEEXCEEDED = "MaxRuntimeExceeded"
    COMPLETED = "Completed"
    FAILED = "Failed"
    INTERRUPTED = "Interrupted"
    MAXWAITTIMEEXCEEDED = "MaxWaitTimeExceeded"
    UPDATING = "Updating"
    RESTARTING = "Restarting"

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
]

def as_SecondaryStatus(value: SecondaryStatus | SecondaryStatusLiteral) -> SecondaryStatus: ...
def as_SecondaryStatus_opt(value: SecondaryStatus | SecondaryStatusLiteral | None) -> SecondaryStatus | None: ...

class SkipModelValidation(OpenEnum):
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

class SortActionsBy(OpenEnum):
    NAME = "Name"
    CREATIONTIME = "CreationTime"

SortActionsByLiteral = Literal[
    "Name",
    "CreationTime",
]

def as_SortActionsBy(value: SortActionsBy | SortActionsByLiteral) -> SortActionsBy: ...
def as_SortActionsBy_opt(value: SortActionsBy | SortActionsByLiteral | None) -> SortActionsBy | None: ...

class SortArtifactsBy(OpenEnum):
    CREATIONTIME = "CreationTime"

SortArtifactsByLiteral = Literal["CreationTime",]

def as_SortArtifactsBy(value: SortArtifactsBy | SortArtifactsByLiteral) -> SortArtifactsBy: ...
def as_SortArtifactsBy_opt(value: SortArtifactsBy | SortArtifactsByLiteral | None) -> SortArtifactsBy | None: ...

class SortAssociationsBy(OpenEnum):
    SOURCEARN = "SourceArn"
    DESTINATIONARN = "DestinationArn"
    SOURCETYPE = "SourceType"
    DESTINATIONTYPE = "DestinationType"
    CREATIONTIME = "CreationTime"

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

class SortContextsBy(OpenEnum):
    NAME = "Name"
    CREATIONTIME = "CreationTime"

SortContextsByLiteral = Literal[
    "Name",
    "CreationTime",
]

def as_SortContextsBy(value: SortContextsBy | SortContextsByLiteral) -> SortContextsBy: ...
def as_SortContextsBy_opt(value: SortContextsBy | SortContextsByLiteral | None) -> SortContextsBy | None: ...

class SortOrder(OpenEnum):
    ASCENDING = "Ascending"
    DESCENDING = "Descending"

SortOrderLiteral = Literal[
    "Ascending",
    "Descending",
]

def as_SortOrder(value: SortOrder | SortOrderLiteral) -> SortOrder: ...
def as_SortOrder_opt(value: SortOrder | SortOrderLiteral | None) -> SortOrder | None: ...

class SortPipelineExecutionsBy(OpenEnum):
    CREATIONTIME = "CreationTime"
    PIPELINEEXECUTIONARN = "PipelineExecutionArn"

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
    NAME = "Name"
    CREATIONTIME = "CreationTime"

SortPipelinesByLiteral = Literal[
    "Name",
    "CreationTime",
]

def as_SortPipelinesBy(value: SortPipelinesBy | SortPipelinesByLiteral) -> SortPipelinesBy: ...
def as_SortPipelinesBy_opt(value: SortPipelinesBy | SortPipelinesByLiteral | None) -> SortPipelinesBy | None: ...

class SortTrackingServerBy(OpenEnum):
    NAME = "Name"
    CREATIONTIME = "CreationTime"
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
    NAME = "Name"
    CREATIONTIME = "CreationTime"

SortTrialComponentsByLiteral = Literal[
    "Name",
    "CreationTime",
]

def as_SortTrialComponentsBy(value: SortTrialComponentsBy | SortTrialComponentsByLiteral) -> SortTrialComponentsBy: ...
def as_SortTrialComponentsBy_opt(
    value: SortTrialComponentsBy | SortTrialComponentsByLiteral | None,
) -> SortTrialComponentsBy | None: ...

class SplitType(OpenEnum):
    NONE = "None"
    LINE = "Line"
    RECORDIO = "RecordIO"
    TFRECORD = "TFRecord"

SplitTypeLiteral = Literal[
    "None",
    "Line",
    "RecordIO",
    "TFRecord",
]

def as_SplitType(value: SplitType | SplitTypeLiteral) -> SplitType: ...
def as_SplitType_opt(value: SplitType | SplitTypeLiteral | None) -> SplitType | None: ...

class Statistic(OpenEnum):
    AVERAGE = "Average"
    MINIMUM = "Minimum"
    MAXIMUM = "Maximum"
    SAMPLECOUNT = "SampleCount"
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
    STANDARD = "Standard"
    STANDARD_V2 = "Standard_V2"
    INMEMORY = "InMemory"

StorageTypeLiteral = Literal[
    "Standard",
    "Standard_V2",
    "InMemory",
]

def as_StorageType(value: StorageType | StorageTypeLiteral) -> StorageType: ...
def as_StorageType_opt(value: StorageType | StorageTypeLiteral | None) -> StorageType | None: ...
