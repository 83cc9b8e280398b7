# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class ThroughputMode(OpenEnum):
    ONDEMAND = "OnDemand"
    PROVISIONED = "Provisioned"

ThroughputModeLiteral = Literal[
    "OnDemand",
    "Provisioned",
]

def as_ThroughputMode(value: ThroughputMode | ThroughputModeLiteral) -> ThroughputMode: ...
def as_ThroughputMode_opt(value: ThroughputMode | ThroughputModeLiteral | None) -> ThroughputMode | None: ...
