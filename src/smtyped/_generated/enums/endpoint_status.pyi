# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class EndpointStatus(OpenEnum):
    OUTOFSERVICE = "OutOfService"
    CREATING = "Creating"
    UPDATING = "Updating"
    SYSTEMUPDATING = "SystemUpdating"
    ROLLINGBACK = "RollingBack"
    INSERVICE = "InService"
    DELETING = "Deleting"
    FAILED = "Failed"
    UPDATEROLLBACKFAILED = "UpdateRollbackFailed"

EndpointStatusLiteral = Literal[
    "OutOfService",
    "Creating",
    "Updating",
    "SystemUpdating",
    "RollingBack",
    "InService",
    "Deleting",
    "Failed",
    "UpdateRollbackFailed",
]

def as_EndpointStatus(value: EndpointStatus | EndpointStatusLiteral) -> EndpointStatus: ...
def as_EndpointStatus_opt(value: EndpointStatus | EndpointStatusLiteral | None) -> EndpointStatus | None: ...
