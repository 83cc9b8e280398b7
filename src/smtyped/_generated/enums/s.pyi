# Generated stub for the module beside it. Do not edit.
# Members and literal aliases only: mypy reads this instead of the enum module and its
# attribute converters, which keeps cold type-checking of user scripts fast.
from typing import Literal

from smtyped._enum import OpenEnum

class S3DataDistribution(OpenEnum):
    FULLYREPLICATED = "FullyReplicated"
    SHARDEDBYS3KEY = "ShardedByS3Key"

S3DataDistributionLiteral = Literal[
    "FullyReplicated",
    "ShardedByS3Key",
]

class S3DataType(OpenEnum):
    MANIFESTFILE = "ManifestFile"
    S3PREFIX = "S3Prefix"
    AUGMENTEDMANIFESTFILE = "AugmentedManifestFile"

S3DataTypeLiteral = Literal[
    "ManifestFile",
    "S3Prefix",
    "AugmentedManifestFile",
]

class S3ModelDataType(OpenEnum):
    S3PREFIX = "S3Prefix"
    S3OBJECT = "S3Object"

S3ModelDataTypeLiteral = Literal[
    "S3Prefix",
    "S3Object",
]

class SagemakerServicecatalogStatus(OpenEnum):
    ENABLED = "Enabled"
    DISABLED = "Disabled"

SagemakerServicecatalogStatusLiteral = Literal[
    "Enabled",
    "Disabled",
]

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

class SearchSortOrder(OpenEnum):
    ASCENDING = "Ascending"
    DESCENDING = "Descending"

SearchSortOrderLiteral = Literal[
    "Ascending",
    "Descending",
]

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

class SkipModelValidation(OpenEnum):
    ALL = "All"
    NONE = "None"

SkipModelValidationLiteral = Literal[
    "All",
    "None",
]

class SortActionsBy(OpenEnum):
    NAME = "Name"
    CREATIONTIME = "CreationTime"

SortActionsByLiteral = Literal[
    "Name",
    "CreationTime",
]

class SortArtifactsBy(OpenEnum):
    CREATIONTIME = "CreationTime"

SortArtifactsByLiteral = Literal["CreationTime",]

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

class SortContextsBy(OpenEnum):
    NAME = "Name"
    CREATIONTIME = "CreationTime"

SortContextsByLiteral = Literal[
    "Name",
    "CreationTime",
]

class SortOrder(OpenEnum):
    ASCENDING = "Ascending"
    DESCENDING = "Descending"

SortOrderLiteral = Literal[
    "Ascending",
    "Descending",
]

class SortPipelineExecutionsBy(OpenEnum):
    CREATIONTIME = "CreationTime"
    PIPELINEEXECUTIONARN = "PipelineExecutionArn"

SortPipelineExecutionsByLiteral = Literal[
    "CreationTime",
    "PipelineExecutionArn",
]

class SortPipelinesBy(OpenEnum):
    NAME = "Name"
    CREATIONTIME = "CreationTime"

SortPipelinesByLiteral = Literal[
    "Name",
    "CreationTime",
]

class SortTrackingServerBy(OpenEnum):
    NAME = "Name"
    CREATIONTIME = "CreationTime"
    STATUS = "Status"

SortTrackingServerByLiteral = Literal[
    "Name",
    "CreationTime",
    "Status",
]

class SortTrialComponentsBy(OpenEnum):
    NAME = "Name"
    CREATIONTIME = "CreationTime"

SortTrialComponentsByLiteral = Literal[
    "Name",
    "CreationTime",
]

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

class StorageType(OpenEnum):
    STANDARD = "Standard"
    STANDARD_V2 = "Standard_V2"
    INMEMORY = "InMemory"

StorageTypeLiteral = Literal[
    "Standard",
    "Standard_V2",
    "InMemory",
]
