# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class SoftwareUpdateStatus(OpenEnum):
    PENDING = "Pending"
    INPROGRESS = "InProgress"
    SUCCEEDED = "Succeeded"
    FAILED = "Failed"
    ROLLBACKINPROGRESS = "RollbackInProgress"
    ROLLBACKCOMPLETE = "RollbackComplete"

SoftwareUpdateStatusLiteral = Literal[
    "Pending",
    "InProgress",
    "Succeeded",
    "Failed",
    "RollbackInProgress",
    "RollbackComplete",
]

def as_SoftwareUpdateStatus(value: SoftwareUpdateStatus | SoftwareUpdateStatusLiteral) -> SoftwareUpdateStatus: ...
def as_SoftwareUpdateStatus_opt(
    value: SoftwareUpdateStatus | SoftwareUpdateStatusLiteral | None,
) -> SoftwareUpdateStatus | None: ...
