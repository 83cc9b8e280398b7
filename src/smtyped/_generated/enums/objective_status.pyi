# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class ObjectiveStatus(OpenEnum):
    SUCCEEDED = "Succeeded"
    PENDING = "Pending"
    FAILED = "Failed"

ObjectiveStatusLiteral = Literal[
    "Succeeded",
    "Pending",
    "Failed",
]

def as_ObjectiveStatus(value: ObjectiveStatus | ObjectiveStatusLiteral) -> ObjectiveStatus: ...
def as_ObjectiveStatus_opt(value: ObjectiveStatus | ObjectiveStatusLiteral | None) -> ObjectiveStatus | None: ...
