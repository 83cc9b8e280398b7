# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class ProjectStatus(OpenEnum):
    PENDING = "Pending"
    CREATEINPROGRESS = "CreateInProgress"
    CREATECOMPLETED = "CreateCompleted"
    CREATEFAILED = "CreateFailed"
    DELETEINPROGRESS = "DeleteInProgress"
    DELETEFAILED = "DeleteFailed"
    DELETECOMPLETED = "DeleteCompleted"
    UPDATEINPROGRESS = "UpdateInProgress"
    UPDATECOMPLETED = "UpdateCompleted"
    UPDATEFAILED = "UpdateFailed"

ProjectStatusLiteral = Literal[
    "Pending",
    "CreateInProgress",
    "CreateCompleted",
    "CreateFailed",
    "DeleteInProgress",
    "DeleteFailed",
    "DeleteCompleted",
    "UpdateInProgress",
    "UpdateCompleted",
    "UpdateFailed",
]

def as_ProjectStatus(value: ProjectStatus | ProjectStatusLiteral) -> ProjectStatus: ...
def as_ProjectStatus_opt(value: ProjectStatus | ProjectStatusLiteral | None) -> ProjectStatus | None: ...
