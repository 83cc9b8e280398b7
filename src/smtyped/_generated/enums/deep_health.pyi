# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class DeepHealthCheckType(OpenEnum):
    INSTANCESTRESS = "InstanceStress"
    INSTANCECONNECTIVITY = "InstanceConnectivity"

DeepHealthCheckTypeLiteral = Literal[
    "InstanceStress",
    "InstanceConnectivity",
]

def as_DeepHealthCheckType(value: DeepHealthCheckType | DeepHealthCheckTypeLiteral) -> DeepHealthCheckType: ...
def as_DeepHealthCheckType_opt(
    value: DeepHealthCheckType | DeepHealthCheckTypeLiteral | None,
) -> DeepHealthCheckType | None: ...
