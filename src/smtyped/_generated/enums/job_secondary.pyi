# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

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
    EVALUATING = "Evaluating"
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
    "Evaluating",
    "Deleting",
    "DeleteFailed",
]

def as_JobSecondaryStatus(value: JobSecondaryStatus | JobSecondaryStatusLiteral) -> JobSecondaryStatus: ...
def as_JobSecondaryStatus_opt(
    value: JobSecondaryStatus | JobSecondaryStatusLiteral | None,
) -> JobSecondaryStatus | None: ...
