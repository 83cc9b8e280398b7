# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class DetailedAlgorithmStatus(OpenEnum):
    NOTSTARTED = "NotStarted"
    INPROGRESS = "InProgress"
    COMPLETED = "Completed"
    FAILED = "Failed"

DetailedAlgorithmStatusLiteral = Literal[
    "NotStarted",
    "InProgress",
    "Completed",
    "Failed",
]

def as_DetailedAlgorithmStatus(
    value: DetailedAlgorithmStatus | DetailedAlgorithmStatusLiteral,
) -> DetailedAlgorithmStatus: ...
def as_DetailedAlgorithmStatus_opt(
    value: DetailedAlgorithmStatus | DetailedAlgorithmStatusLiteral | None,
) -> DetailedAlgorithmStatus | None: ...
