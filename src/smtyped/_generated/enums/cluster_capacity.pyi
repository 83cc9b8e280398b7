# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class ClusterCapacityType(OpenEnum):
    SPOT = "Spot"
    ONDEMAND = "OnDemand"

ClusterCapacityTypeLiteral = Literal[
    "Spot",
    "OnDemand",
]

def as_ClusterCapacityType(value: ClusterCapacityType | ClusterCapacityTypeLiteral) -> ClusterCapacityType: ...
def as_ClusterCapacityType_opt(
    value: ClusterCapacityType | ClusterCapacityTypeLiteral | None,
) -> ClusterCapacityType | None: ...
