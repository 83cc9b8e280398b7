# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class AlgorithmStatus(OpenEnum):
    PENDING = "Pending"
    INPROGRESS = "InProgress"
    COMPLETED = "Completed"
    FAILED = "Failed"
    DELETING = "Deleting"

AlgorithmStatusLiteral = Literal[
    "Pending",
    "InProgress",
    "Completed",
    "Failed",
    "Deleting",
]

def as_AlgorithmStatus(value: AlgorithmStatus | AlgorithmStatusLiteral) -> AlgorithmStatus: ...
def as_AlgorithmStatus_opt(value: AlgorithmStatus | AlgorithmStatusLiteral | None) -> AlgorithmStatus | None: ...
