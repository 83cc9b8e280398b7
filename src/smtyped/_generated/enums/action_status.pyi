# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class ActionStatus(OpenEnum):
    UNKNOWN = "Unknown"
    INPROGRESS = "InProgress"
    COMPLETED = "Completed"
    FAILED = "Failed"
    STOPPING = "Stopping"
    STOPPED = "Stopped"

ActionStatusLiteral = Literal[
    "Unknown",
    "InProgress",
    "Completed",
    "Failed",
    "Stopping",
    "Stopped",
]

def as_ActionStatus(value: ActionStatus | ActionStatusLiteral) -> ActionStatus: ...
def as_ActionStatus_opt(value: ActionStatus | ActionStatusLiteral | None) -> ActionStatus | None: ...
