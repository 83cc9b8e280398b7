# Generated stub for the module beside it. Do not edit.
# Members and literal aliases only: mypy reads this instead of the enum module and its
# attribute converters, which keeps cold type-checking of user scripts fast.
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

class JobType(OpenEnum):
    TRAINING = "TRAINING"
    INFERENCE = "INFERENCE"
    NOTEBOOK_KERNEL = "NOTEBOOK_KERNEL"

JobTypeLiteral = Literal[
    "TRAINING",
    "INFERENCE",
    "NOTEBOOK_KERNEL",
]

class JoinSource(OpenEnum):
    INPUT = "Input"
    NONE = "None"

JoinSourceLiteral = Literal[
    "Input",
    "None",
]
