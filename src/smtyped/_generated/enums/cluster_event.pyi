# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class ClusterEventLevel(OpenEnum):
    INFO = "Info"
    WARN = "Warn"
    ERROR = "Error"

ClusterEventLevelLiteral = Literal[
    "Info",
    "Warn",
    "Error",
]

def as_ClusterEventLevel(value: ClusterEventLevel | ClusterEventLevelLiteral) -> ClusterEventLevel: ...
def as_ClusterEventLevel_opt(
    value: ClusterEventLevel | ClusterEventLevelLiteral | None,
) -> ClusterEventLevel | None: ...

class ClusterEventResourceType(OpenEnum):
    CLUSTER = "Cluster"
    INSTANCEGROUP = "InstanceGroup"
    INSTANCE = "Instance"

ClusterEventResourceTypeLiteral = Literal[
    "Cluster",
    "InstanceGroup",
    "Instance",
]

def as_ClusterEventResourceType(
    value: ClusterEventResourceType | ClusterEventResourceTypeLiteral,
) -> ClusterEventResourceType: ...
def as_ClusterEventResourceType_opt(
    value: ClusterEventResourceType | ClusterEventResourceTypeLiteral | None,
) -> ClusterEventResourceType | None: ...
