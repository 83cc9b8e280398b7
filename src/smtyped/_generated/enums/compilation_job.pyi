# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class CompilationJobStatus(OpenEnum):
    INPROGRESS = "INPROGRESS"
    COMPLETED = "COMPLETED"
    FAILED = "FAILED"
    STARTING = "STARTING"
    STOPPING = "STOPPING"
    STOPPED = "STOPPED"

CompilationJobStatusLiteral = Literal[
    "INPROGRESS",
    "COMPLETED",
    "FAILED",
    "STARTING",
    "STOPPING",
    "STOPPED",
]

def as_CompilationJobStatus(value: CompilationJobStatus | CompilationJobStatusLiteral) -> CompilationJobStatus: ...
def as_CompilationJobStatus_opt(
    value: CompilationJobStatus | CompilationJobStatusLiteral | None,
) -> CompilationJobStatus | None: ...
