# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class ClusterStatus(OpenEnum):
    CREATING = "Creating"
    DELETING = "Deleting"
    FAILED = "Failed"
    INSERVICE = "InService"
    ROLLINGBACK = "RollingBack"
    SYSTEMUPDATING = "SystemUpdating"
    UPDATING = "Updating"

ClusterStatusLiteral = Literal[
    "Creating",
    "Deleting",
    "Failed",
    "InService",
    "RollingBack",
    "SystemUpdating",
    "Updating",
]

def as_ClusterStatus(value: ClusterStatus | ClusterStatusLiteral) -> ClusterStatus: ...
def as_ClusterStatus_opt(value: ClusterStatus | ClusterStatusLiteral | None) -> ClusterStatus | None: ...
