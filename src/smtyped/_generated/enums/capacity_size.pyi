# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class CapacitySizeType(OpenEnum):
    INSTANCE_COUNT = "INSTANCE_COUNT"
    CAPACITY_PERCENT = "CAPACITY_PERCENT"

CapacitySizeTypeLiteral = Literal[
    "INSTANCE_COUNT",
    "CAPACITY_PERCENT",
]

def as_CapacitySizeType(value: CapacitySizeType | CapacitySizeTypeLiteral) -> CapacitySizeType: ...
def as_CapacitySizeType_opt(value: CapacitySizeType | CapacitySizeTypeLiteral | None) -> CapacitySizeType | None: ...
