# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class LabelingJobStatus(OpenEnum):
    INITIALIZING = "Initializing"
    INPROGRESS = "InProgress"
    COMPLETED = "Completed"
    FAILED = "Failed"
    STOPPING = "Stopping"
    STOPPED = "Stopped"

LabelingJobStatusLiteral = Literal[
    "Initializing",
    "InProgress",
    "Completed",
    "Failed",
    "Stopping",
    "Stopped",
]

def as_LabelingJobStatus(value: LabelingJobStatus | LabelingJobStatusLiteral) -> LabelingJobStatus: ...
def as_LabelingJobStatus_opt(
    value: LabelingJobStatus | LabelingJobStatusLiteral | None,
) -> LabelingJobStatus | None: ...
