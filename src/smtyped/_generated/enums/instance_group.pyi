# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class InstanceGroupStatus(OpenEnum):
    INSERVICE = "InService"
    CREATING = "Creating"
    UPDATING = "Updating"
    FAILED = "Failed"
    DEGRADED = "Degraded"
    SYSTEMUPDATING = "SystemUpdating"
    DELETING = "Deleting"

InstanceGroupStatusLiteral = Literal[
    "InService",
    "Creating",
    "Updating",
    "Failed",
    "Degraded",
    "SystemUpdating",
    "Deleting",
]

def as_InstanceGroupStatus(value: InstanceGroupStatus | InstanceGroupStatusLiteral) -> InstanceGroupStatus: ...
def as_InstanceGroupStatus_opt(
    value: InstanceGroupStatus | InstanceGroupStatusLiteral | None,
) -> InstanceGroupStatus | None: ...
