# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class StepStatus(OpenEnum):
    STARTING = "Starting"
    EXECUTING = "Executing"
    STOPPING = "Stopping"
    STOPPED = "Stopped"
    FAILED = "Failed"
    SUCCEEDED = "Succeeded"

StepStatusLiteral = Literal[
    "Starting",
    "Executing",
    "Stopping",
    "Stopped",
    "Failed",
    "Succeeded",
]

def as_StepStatus(value: StepStatus | StepStatusLiteral) -> StepStatus: ...
def as_StepStatus_opt(value: StepStatus | StepStatusLiteral | None) -> StepStatus | None: ...
