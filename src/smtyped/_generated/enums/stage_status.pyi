# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class StageStatus(OpenEnum):
    CREATING = "CREATING"
    READYTODEPLOY = "READYTODEPLOY"
    STARTING = "STARTING"
    INPROGRESS = "INPROGRESS"
    DEPLOYED = "DEPLOYED"
    FAILED = "FAILED"
    STOPPING = "STOPPING"
    STOPPED = "STOPPED"

StageStatusLiteral = Literal[
    "CREATING",
    "READYTODEPLOY",
    "STARTING",
    "INPROGRESS",
    "DEPLOYED",
    "FAILED",
    "STOPPING",
    "STOPPED",
]

def as_StageStatus(value: StageStatus | StageStatusLiteral) -> StageStatus: ...
def as_StageStatus_opt(value: StageStatus | StageStatusLiteral | None) -> StageStatus | None: ...
