# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class JobCategory(OpenEnum):
    AGENTRFT = "AgentRFT"
    SYNTHETICDATAGENERATION = "SyntheticDataGeneration"
    DATAQUALITYEVALUATION = "DataQualityEvaluation"
    AGENTRFTEVALUATION = "AgentRFTEvaluation"
    DATATRANSFORMATION = "DataTransformation"

JobCategoryLiteral = Literal[
    "AgentRFT",
    "SyntheticDataGeneration",
    "DataQualityEvaluation",
    "AgentRFTEvaluation",
    "DataTransformation",
]

def as_JobCategory(value: JobCategory | JobCategoryLiteral) -> JobCategory: ...
def as_JobCategory_opt(value: JobCategory | JobCategoryLiteral | None) -> JobCategory | None: ...

class JobSecondaryStatus(OpenEnum):
    STARTING = "Starting"
    DOWNLOADING = "Downloading"
    TRAINING = "Training"
    UPLOADING = "Uploading"
    STOPPING = "Stopping"
    STOPPED = "Stopped"
    MAXRUNTIMEEXCEEDED = "MaxRuntimeExceeded"
    INTERRUPTED = "Interrupted"
    FAILED = "Failed"
    COMPLETED = "Completed"
    RESTARTING = "Restarting"
    PENDING = "Pending"
    GENERATING = "Generating"
    PARTIALGENERATION = "PartialGeneration"
    EVALUATING = "Evaluating"
    VALIDATING = "Validating"
    PREPARING = "Preparing"
    EXECUTING = "Executing"
    PUBLISHING = "Publishing"
    FINALIZING = "Finalizing"
    TRANSFORMING = "Transforming"
    DELETING = "Deleting"
    DELETEFAILED = "DeleteFailed"

JobSecondaryStatusLiteral = Literal[
    "Starting",
    "Downloading",
    "Training",
    "Uploading",
    "Stopping",
    "Stopped",
    "MaxRuntimeExceeded",
    "Interrupted",
    "Failed",
    "Completed",
    "Restarting",
    "Pending",
    "Generating",
    "PartialGeneration",
    "Evaluating",
    "Validating",
    "Preparing",
    "Executing",
    "Publishing",
    "Finalizing",
    "Transforming",
    "Deleting",
    "DeleteFailed",
]

def as_JobSecondaryStatus(value: JobSecondaryStatus | JobSecondaryStatusLiteral) -> JobSecondaryStatus: ...
def as_JobSecondaryStatus_opt(
    value: JobSecondaryStatus | JobSecondaryStatusLiteral | None,
) -> JobSecondaryStatus | None: ...

class JobStatus(OpenEnum):
    INPROGRESS = "InProgress"
    COMPLETED = "Completed"
    FAILED = "Failed"
    STOPPING = "Stopping"
    STOPPED = "Stopped"
    DELETING = "Deleting"
    DELETEFAILED = "DeleteFailed"

JobStatusLiteral = Literal[
    "InProgress",
    "Completed",
    "Failed",
    "Stopping",
    "Stopped",
    "Deleting",
    "DeleteFailed",
]

def as_JobStatus(value: JobStatus | JobStatusLiteral) -> JobStatus: ...
def as_JobStatus_opt(value: JobStatus | JobStatusLiteral | None) -> JobStatus | None: ...

class JobType(OpenEnum):
    TRAINING = "TRAINING"
    INFERENCE = "INFERENCE"
    NOTEBOOK_KERNEL = "NOTEBOOK_KERNEL"

JobTypeLiteral = Literal[
    "TRAINING",
    "INFERENCE",
    "NOTEBOOK_KERNEL",
]

def as_JobType(value: JobType | JobTypeLiteral) -> JobType: ...
def as_JobType_opt(value: JobType | JobTypeLiteral | None) -> JobType | None: ...

class JoinSource(OpenEnum):
    INPUT = "Input"
    NONE = "None"

JoinSourceLiteral = Literal[
    "Input",
    "None",
]

def as_JoinSource(value: JoinSource | JoinSourceLiteral) -> JoinSource: ...
def as_JoinSource_opt(value: JoinSource | JoinSourceLiteral | None) -> JoinSource | None: ...
