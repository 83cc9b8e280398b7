# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class DomainStatus(OpenEnum):
    DELETING = "Deleting"
    FAILED = "Failed"
    INSERVICE = "InService"
    PENDING = "Pending"
    UPDATING = "Updating"
    UPDATE_FAILED = "Update_Failed"
    DELETE_FAILED = "Delete_Failed"

DomainStatusLiteral = Literal[
    "Deleting",
    "Failed",
    "InService",
    "Pending",
    "Updating",
    "Update_Failed",
    "Delete_Failed",
]

def as_DomainStatus(value: DomainStatus | DomainStatusLiteral) -> DomainStatus: ...
def as_DomainStatus_opt(value: DomainStatus | DomainStatusLiteral | None) -> DomainStatus | None: ...
