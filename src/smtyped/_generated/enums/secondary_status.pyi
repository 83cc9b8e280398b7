# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

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
