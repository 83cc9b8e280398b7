# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class ProcessingJobStatus(OpenEnum):
    INPROGRESS = "InProgress"
    COMPLETED = "Completed"
    FAILED = "Failed"
    STOPPING = "Stopping"
    STOPPED = "Stopped"

ProcessingJobStatusLiteral = Literal[
    "InProgress",
    "Completed",
    "Failed",
    "Stopping",
    "Stopped",
]

def as_ProcessingJobStatus(value: ProcessingJobStatus | ProcessingJobStatusLiteral) -> ProcessingJobStatus: ...
def as_ProcessingJobStatus_opt(
    value: ProcessingJobStatus | ProcessingJobStatusLiteral | None,
) -> ProcessingJobStatus | None: ...
