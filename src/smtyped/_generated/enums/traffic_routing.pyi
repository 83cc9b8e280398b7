# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class TrafficRoutingConfigType(OpenEnum):
    ALL_AT_ONCE = "ALL_AT_ONCE"
    CANARY = "CANARY"
    LINEAR = "LINEAR"

TrafficRoutingConfigTypeLiteral = Literal[
    "ALL_AT_ONCE",
    "CANARY",
    "LINEAR",
]

def as_TrafficRoutingConfigType(
    value: TrafficRoutingConfigType | TrafficRoutingConfigTypeLiteral,
) -> TrafficRoutingConfigType: ...
def as_TrafficRoutingConfigType_opt(
    value: TrafficRoutingConfigType | TrafficRoutingConfigTypeLiteral | None,
) -> TrafficRoutingConfigType | None: ...
