# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class MlflowAppStatus(OpenEnum):
    CREATING = "Creating"
    CREATED = "Created"
    CREATEFAILED = "CreateFailed"
    UPDATING = "Updating"
    UPDATED = "Updated"
    UPDATEFAILED = "UpdateFailed"
    DELETING = "Deleting"
    DELETEFAILED = "DeleteFailed"
    DELETED = "Deleted"

MlflowAppStatusLiteral = Literal[
    "Creating",
    "Created",
    "CreateFailed",
    "Updating",
    "Updated",
    "UpdateFailed",
    "Deleting",
    "DeleteFailed",
    "Deleted",
]

def as_MlflowAppStatus(value: MlflowAppStatus | MlflowAppStatusLiteral) -> MlflowAppStatus: ...
def as_MlflowAppStatus_opt(value: MlflowAppStatus | MlflowAppStatusLiteral | None) -> MlflowAppStatus | None: ...
