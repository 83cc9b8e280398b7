# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class PipelineExecutionStatus(OpenEnum):
    EXECUTING = "Executing"
    STOPPING = "Stopping"
    STOPPED = "Stopped"
    FAILED = "Failed"
    SUCCEEDED = "Succeeded"

PipelineExecutionStatusLiteral = Literal[
    "Executing",
    "Stopping",
    "Stopped",
    "Failed",
    "Succeeded",
]

def as_PipelineExecutionStatus(
    value: PipelineExecutionStatus | PipelineExecutionStatusLiteral,
) -> PipelineExecutionStatus: ...
def as_PipelineExecutionStatus_opt(
    value: PipelineExecutionStatus | PipelineExecutionStatusLiteral | None,
) -> PipelineExecutionStatus | None: ...
