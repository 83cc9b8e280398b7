# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class ClusterAutoScalerType(OpenEnum):
    KARPENTER = "Karpenter"

ClusterAutoScalerTypeLiteral = Literal["Karpenter",]

def as_ClusterAutoScalerType(value: ClusterAutoScalerType | ClusterAutoScalerTypeLiteral) -> ClusterAutoScalerType: ...
def as_ClusterAutoScalerType_opt(
    value: ClusterAutoScalerType | ClusterAutoScalerTypeLiteral | None,
) -> ClusterAutoScalerType | None: ...

class ClusterAutoScalingMode(OpenEnum):
    ENABLE = "Enable"
    DISABLE = "Disable"

ClusterAutoScalingModeLiteral = Literal[
    "Enable",
    "Disable",
]

def as_ClusterAutoScalingMode(
    value: ClusterAutoScalingMode | ClusterAutoScalingModeLiteral,
) -> ClusterAutoScalingMode: ...
def as_ClusterAutoScalingMode_opt(
    value: ClusterAutoScalingMode | ClusterAutoScalingModeLiteral | None,
) -> ClusterAutoScalingMode | None: ...

class ClusterAutoScalingStatus(OpenEnum):
    INSERVICE = "InService"
    FAILED = "Failed"
    CREATING = "Creating"
    DELETING = "Deleting"

ClusterAutoScalingStatusLiteral = Literal[
    "InService",
    "Failed",
    "Creating",
    "Deleting",
]

def as_ClusterAutoScalingStatus(
    value: ClusterAutoScalingStatus | ClusterAutoScalingStatusLiteral,
) -> ClusterAutoScalingStatus: ...
def as_ClusterAutoScalingStatus_opt(
    value: ClusterAutoScalingStatus | ClusterAutoScalingStatusLiteral | None,
) -> ClusterAutoScalingStatus | None: ...
