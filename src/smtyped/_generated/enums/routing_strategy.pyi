# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class RoutingStrategy(OpenEnum):
    LEAST_OUTSTANDING_REQUESTS = "LEAST_OUTSTANDING_REQUESTS"
    RANDOM = "RANDOM"

RoutingStrategyLiteral = Literal[
    "LEAST_OUTSTANDING_REQUESTS",
    "RANDOM",
]

def as_RoutingStrategy(value: RoutingStrategy | RoutingStrategyLiteral) -> RoutingStrategy: ...
def as_RoutingStrategy_opt(value: RoutingStrategy | RoutingStrategyLiteral | None) -> RoutingStrategy | None: ...
