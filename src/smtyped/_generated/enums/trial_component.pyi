# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class TrialComponentPrimaryStatus(OpenEnum):
    INPROGRESS = "InProgress"
    COMPLETED = "Completed"
    FAILED = "Failed"
    STOPPING = "Stopping"
    STOPPED = "Stopped"

TrialComponentPrimaryStatusLiteral = Literal[
    "InProgress",
    "Completed",
    "Failed",
    "Stopping",
    "Stopped",
]

def as_TrialComponentPrimaryStatus(
    value: TrialComponentPrimaryStatus | TrialComponentPrimaryStatusLiteral,
) -> TrialComponentPrimaryStatus: ...
def as_TrialComponentPrimaryStatus_opt(
    value: TrialComponentPrimaryStatus | TrialComponentPrimaryStatusLiteral | None,
) -> TrialComponentPrimaryStatus | None: ...
