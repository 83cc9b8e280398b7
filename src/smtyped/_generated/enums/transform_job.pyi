# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class TransformJobStatus(OpenEnum):
    INPROGRESS = "InProgress"
    COMPLETED = "Completed"
    FAILED = "Failed"
    STOPPING = "Stopping"
    STOPPED = "Stopped"

TransformJobStatusLiteral = Literal[
    "InProgress",
    "Completed",
    "Failed",
    "Stopping",
    "Stopped",
]

def as_TransformJobStatus(value: TransformJobStatus | TransformJobStatusLiteral) -> TransformJobStatus: ...
def as_TransformJobStatus_opt(
    value: TransformJobStatus | TransformJobStatusLiteral | None,
) -> TransformJobStatus | None: ...
