# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class WorkforceStatus(OpenEnum):
    INITIALIZING = "Initializing"
    UPDATING = "Updating"
    DELETING = "Deleting"
    FAILED = "Failed"
    ACTIVE = "Active"

WorkforceStatusLiteral = Literal[
    "Initializing",
    "Updating",
    "Deleting",
    "Failed",
    "Active",
]

def as_WorkforceStatus(value: WorkforceStatus | WorkforceStatusLiteral) -> WorkforceStatus: ...
def as_WorkforceStatus_opt(value: WorkforceStatus | WorkforceStatusLiteral | None) -> WorkforceStatus | None: ...
