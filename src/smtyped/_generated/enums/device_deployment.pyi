# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class DeviceDeploymentStatus(OpenEnum):
    READYTODEPLOY = "READYTODEPLOY"
    INPROGRESS = "INPROGRESS"
    DEPLOYED = "DEPLOYED"
    FAILED = "FAILED"
    STOPPING = "STOPPING"
    STOPPED = "STOPPED"

DeviceDeploymentStatusLiteral = Literal[
    "READYTODEPLOY",
    "INPROGRESS",
    "DEPLOYED",
    "FAILED",
    "STOPPING",
    "STOPPED",
]

def as_DeviceDeploymentStatus(
    value: DeviceDeploymentStatus | DeviceDeploymentStatusLiteral,
) -> DeviceDeploymentStatus: ...
def as_DeviceDeploymentStatus_opt(
    value: DeviceDeploymentStatus | DeviceDeploymentStatusLiteral | None,
) -> DeviceDeploymentStatus | None: ...
