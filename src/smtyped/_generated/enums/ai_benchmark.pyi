# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class AIBenchmarkJobStatus(OpenEnum):
    INPROGRESS = "InProgress"
    COMPLETED = "Completed"
    FAILED = "Failed"
    STOPPING = "Stopping"
    STOPPED = "Stopped"

AIBenchmarkJobStatusLiteral = Literal[
    "InProgress",
    "Completed",
    "Failed",
    "Stopping",
    "Stopped",
]

def as_AIBenchmarkJobStatus(value: AIBenchmarkJobStatus | AIBenchmarkJobStatusLiteral) -> AIBenchmarkJobStatus: ...
def as_AIBenchmarkJobStatus_opt(
    value: AIBenchmarkJobStatus | AIBenchmarkJobStatusLiteral | None,
) -> AIBenchmarkJobStatus | None: ...
