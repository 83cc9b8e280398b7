# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class HubStatus(OpenEnum):
    INSERVICE = "InService"
    CREATING = "Creating"
    UPDATING = "Updating"
    DELETING = "Deleting"
    CREATEFAILED = "CreateFailed"
    UPDATEFAILED = "UpdateFailed"
    DELETEFAILED = "DeleteFailed"

HubStatusLiteral = Literal[
    "InService",
    "Creating",
    "Updating",
    "Deleting",
    "CreateFailed",
    "UpdateFailed",
    "DeleteFailed",
]

def as_HubStatus(value: HubStatus | HubStatusLiteral) -> HubStatus: ...
def as_HubStatus_opt(value: HubStatus | HubStatusLiteral | None) -> HubStatus | None: ...
