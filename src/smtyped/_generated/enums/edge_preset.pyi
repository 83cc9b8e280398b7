# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class EdgePresetDeploymentStatus(OpenEnum):
    COMPLETED = "COMPLETED"
    FAILED = "FAILED"

EdgePresetDeploymentStatusLiteral = Literal[
    "COMPLETED",
    "FAILED",
]

def as_EdgePresetDeploymentStatus(
    value: EdgePresetDeploymentStatus | EdgePresetDeploymentStatusLiteral,
) -> EdgePresetDeploymentStatus: ...
def as_EdgePresetDeploymentStatus_opt(
    value: EdgePresetDeploymentStatus | EdgePresetDeploymentStatusLiteral | None,
) -> EdgePresetDeploymentStatus | None: ...

class EdgePresetDeploymentType(OpenEnum):
    GREENGRASSV2COMPONENT = "GreengrassV2Component"

EdgePresetDeploymentTypeLiteral = Literal["GreengrassV2Component",]

def as_EdgePresetDeploymentType(
    value: EdgePresetDeploymentType | EdgePresetDeploymentTypeLiteral,
) -> EdgePresetDeploymentType: ...
def as_EdgePresetDeploymentType_opt(
    value: EdgePresetDeploymentType | EdgePresetDeploymentTypeLiteral | None,
) -> EdgePresetDeploymentType | None: ...
