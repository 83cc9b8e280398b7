# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class SchedulerResourceStatus(OpenEnum):
    CREATING = "Creating"
    CREATEFAILED = "CreateFailed"
    CREATEROLLBACKFAILED = "CreateRollbackFailed"
    CREATED = "Created"
    UPDATING = "Updating"
    UPDATEFAILED = "UpdateFailed"
    UPDATEROLLBACKFAILED = "UpdateRollbackFailed"
    UPDATED = "Updated"
    DELETING = "Deleting"
    DELETEFAILED = "DeleteFailed"
    DELETEROLLBACKFAILED = "DeleteRollbackFailed"
    DELETED = "Deleted"

SchedulerResourceStatusLiteral = Literal[
    "Creating",
    "CreateFailed",
    "CreateRollbackFailed",
    "Created",
    "Updating",
    "UpdateFailed",
    "UpdateRollbackFailed",
    "Updated",
    "Deleting",
    "DeleteFailed",
    "DeleteRollbackFailed",
    "Deleted",
]

def as_SchedulerResourceStatus(
    value: SchedulerResourceStatus | SchedulerResourceStatusLiteral,
) -> SchedulerResourceStatus: ...
def as_SchedulerResourceStatus_opt(
    value: SchedulerResourceStatus | SchedulerResourceStatusLiteral | None,
) -> SchedulerResourceStatus | None: ...
