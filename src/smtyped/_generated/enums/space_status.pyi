# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class SpaceStatus(OpenEnum):
    DELETING = "Deleting"
    FAILED = "Failed"
    INSERVICE = "InService"
    PENDING = "Pending"
    UPDATING = "Updating"
    UPDATE_FAILED = "Update_Failed"
    DELETE_FAILED = "Delete_Failed"

SpaceStatusLiteral = Literal[
    "Deleting",
    "Failed",
    "InService",
    "Pending",
    "Updating",
    "Update_Failed",
    "Delete_Failed",
]

def as_SpaceStatus(value: SpaceStatus | SpaceStatusLiteral) -> SpaceStatus: ...
def as_SpaceStatus_opt(value: SpaceStatus | SpaceStatusLiteral | None) -> SpaceStatus | None: ...
