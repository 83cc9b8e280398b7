# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class TrafficType(OpenEnum):
    PHASES = "PHASES"
    STAIRS = "STAIRS"

TrafficTypeLiteral = Literal[
    "PHASES",
    "STAIRS",
]

def as_TrafficType(value: TrafficType | TrafficTypeLiteral) -> TrafficType: ...
def as_TrafficType_opt(value: TrafficType | TrafficTypeLiteral | None) -> TrafficType | None: ...
