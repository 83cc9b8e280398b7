# Generated stub. Do not edit.
# Every enum whose name starts with "J", as type checkers see it (members, literal
# aliases, converter signatures). At run time each lives in the module of its first two words.
from typing import Literal

from smtyped._enum import OpenEnum

class JobCategory(OpenEnum):
    """Values of ``JobCategory``. Unknown values load as ``JobCategory(value)`` with ``is_known``
    False.

    Added:
        AGENT_RFT: 'AgentRFT' since 2026-06-02
        AGENT_RFT_EVALUATION: 'AgentRFTEvaluation' since 2026-06-02
    """

    AGENT_RFT = "AgentRFT"
    AGENT_RFT_EVALUATION = "AgentRFTEvaluation"

JobCategoryLiteral = Literal[
    "AgentRFT",
    "AgentRFTEvaluation",
]

def as_JobCategory(value: JobCategory | JobCategoryLiteral) -> JobCategory: ...
def as_JobCategory_opt(value: JobCategory | JobCategoryLiteral | None) -> JobCategory | None: ...

class JobSecondaryStatus(OpenEnum):
    """Values of ``JobSecondaryStatus``. Unknown values load as ``JobSecondaryStatus(value)`` with
    ``is_known`` False.

    Added:
        STARTING: 'Starting' since 2026-06-02
        DOWNLOADING: 'Downloading' since 2026-06-02
        TRAINING: 'Training' since 2026-06-02
        UPLOADING: 'Uploading' since 2026-06-02
        STOPPING: 'Stopping' since 2026-06-02
        STOPPED: 'Stopped' since 2026-06-02
        MAX_RUNTIME_EXCEEDED: 'MaxRuntimeExceeded' since 2026-06-02
        INTERRUPTED: 'Interrupted' since 2026-06-02
        FAILED: 'Failed' since 2026-06-02
        COMPLETED: 'Completed' since 2026-06-02
        RESTARTING: 'Restarting' since 2026-06-02
        PENDING: 'Pending' since 2026-06-02
        EVALUATING: 'Evaluating' since 2026-06-02
        DELETING: 'Deleting' since 2026-06-02
        DELETE_FAILED: 'DeleteFailed' since 2026-06-02
    """

    STARTING = "Starting"
    DOWNLOADING = "Downloading"
    TRAINING = "Training"
    UPLOADING = "Uploading"
    STOPPING = "Stopping"
    STOPPED = "Stopped"
    MAX_RUNTIME_EXCEEDED = "MaxRuntimeExceeded"
    INTERRUPTED = "Interrupted"
    FAILED = "Failed"
    COMPLETED = "Completed"
    RESTARTING = "Restarting"
    PENDING = "Pending"
    EVALUATING = "Evaluating"
    DELETING = "Deleting"
    DELETE_FAILED = "DeleteFailed"

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
    "Evaluating",
    "Deleting",
    "DeleteFailed",
]

def as_JobSecondaryStatus(value: JobSecondaryStatus | JobSecondaryStatusLiteral) -> JobSecondaryStatus: ...
def as_JobSecondaryStatus_opt(
    value: JobSecondaryStatus | JobSecondaryStatusLiteral | None,
) -> JobSecondaryStatus | None: ...

class JobStatus(OpenEnum):
    """Values of ``JobStatus``. Unknown values load as ``JobStatus(value)`` with ``is_known`` False.

    Added:
        IN_PROGRESS: 'InProgress' since 2026-06-02
        COMPLETED: 'Completed' since 2026-06-02
        FAILED: 'Failed' since 2026-06-02
        STOPPING: 'Stopping' since 2026-06-02
        STOPPED: 'Stopped' since 2026-06-02
        DELETING: 'Deleting' since 2026-06-02
        DELETE_FAILED: 'DeleteFailed' since 2026-06-02
    """

    IN_PROGRESS = "InProgress"
    COMPLETED = "Completed"
    FAILED = "Failed"
    STOPPING = "Stopping"
    STOPPED = "Stopped"
    DELETING = "Deleting"
    DELETE_FAILED = "DeleteFailed"

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
    """Values of ``JobType``. Unknown values load as ``JobType(value)`` with ``is_known`` False.

    Added:
        TRAINING: 'TRAINING' since 2022-12-19
        INFERENCE: 'INFERENCE' since 2022-12-19
        NOTEBOOK_KERNEL: 'NOTEBOOK_KERNEL' since 2022-12-19
    """

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
    """Values of ``JoinSource``. Unknown values load as ``JoinSource(value)`` with ``is_known`` False.

    Added:
        INPUT: 'Input' since 2019-06-11
        NONE: 'None' since 2019-06-11
    """

    INPUT = "Input"
    NONE = "None"

JoinSourceLiteral = Literal[
    "Input",
    "None",
]

def as_JoinSource(value: JoinSource | JoinSourceLiteral) -> JoinSource: ...
def as_JoinSource_opt(value: JoinSource | JoinSourceLiteral | None) -> JoinSource | None: ...
