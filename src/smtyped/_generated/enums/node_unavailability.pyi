# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class NodeUnavailabilityType(OpenEnum):
    INSTANCE_COUNT = "INSTANCE_COUNT"
    CAPACITY_PERCENTAGE = "CAPACITY_PERCENTAGE"

NodeUnavailabilityTypeLiteral = Literal[
    "INSTANCE_COUNT",
    "CAPACITY_PERCENTAGE",
]

def as_NodeUnavailabilityType(
    value: NodeUnavailabilityType | NodeUnavailabilityTypeLiteral,
) -> NodeUnavailabilityType: ...
def as_NodeUnavailabilityType_opt(
    value: NodeUnavailabilityType | NodeUnavailabilityTypeLiteral | None,
) -> NodeUnavailabilityType | None: ...
