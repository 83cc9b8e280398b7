# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class EdgePackagingJobStatus(OpenEnum):
    STARTING = "STARTING"
    INPROGRESS = "INPROGRESS"
    COMPLETED = "COMPLETED"
    FAILED = "FAILED"
    STOPPING = "STOPPING"
    STOPPED = "STOPPED"

EdgePackagingJobStatusLiteral = Literal[
    "STARTING",
    "INPROGRESS",
    "COMPLETED",
    "FAILED",
    "STOPPING",
    "STOPPED",
]

def as_EdgePackagingJobStatus(
    value: EdgePackagingJobStatus | EdgePackagingJobStatusLiteral,
) -> EdgePackagingJobStatus: ...
def as_EdgePackagingJobStatus_opt(
    value: EdgePackagingJobStatus | EdgePackagingJobStatusLiteral | None,
) -> EdgePackagingJobStatus | None: ...
