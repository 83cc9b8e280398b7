# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class CandidateStatus(OpenEnum):
    COMPLETED = "Completed"
    INPROGRESS = "InProgress"
    FAILED = "Failed"
    STOPPED = "Stopped"
    STOPPING = "Stopping"

CandidateStatusLiteral = Literal[
    "Completed",
    "InProgress",
    "Failed",
    "Stopped",
    "Stopping",
]

def as_CandidateStatus(value: CandidateStatus | CandidateStatusLiteral) -> CandidateStatus: ...
def as_CandidateStatus_opt(value: CandidateStatus | CandidateStatusLiteral | None) -> CandidateStatus | None: ...
