# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class ExecutionStatus(OpenEnum):
    PENDING = "Pending"
    COMPLETED = "Completed"
    COMPLETEDWITHVIOLATIONS = "CompletedWithViolations"
    INPROGRESS = "InProgress"
    FAILED = "Failed"
    STOPPING = "Stopping"
    STOPPED = "Stopped"

ExecutionStatusLiteral = Literal[
    "Pending",
    "Completed",
    "CompletedWithViolations",
    "InProgress",
    "Failed",
    "Stopping",
    "Stopped",
]

def as_ExecutionStatus(value: ExecutionStatus | ExecutionStatusLiteral) -> ExecutionStatus: ...
def as_ExecutionStatus_opt(value: ExecutionStatus | ExecutionStatusLiteral | None) -> ExecutionStatus | None: ...
