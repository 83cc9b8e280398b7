# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

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
