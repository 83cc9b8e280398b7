# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class DetailedModelPackageStatus(OpenEnum):
    NOTSTARTED = "NotStarted"
    INPROGRESS = "InProgress"
    COMPLETED = "Completed"
    FAILED = "Failed"

DetailedModelPackageStatusLiteral = Literal[
    "NotStarted",
    "InProgress",
    "Completed",
    "Failed",
]

def as_DetailedModelPackageStatus(
    value: DetailedModelPackageStatus | DetailedModelPackageStatusLiteral,
) -> DetailedModelPackageStatus: ...
def as_DetailedModelPackageStatus_opt(
    value: DetailedModelPackageStatus | DetailedModelPackageStatusLiteral | None,
) -> DetailedModelPackageStatus | None: ...
