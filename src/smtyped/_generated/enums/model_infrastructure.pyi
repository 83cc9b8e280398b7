# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class ModelInfrastructureType(OpenEnum):
    REALTIMEINFERENCE = "RealTimeInference"

ModelInfrastructureTypeLiteral = Literal["RealTimeInference",]

def as_ModelInfrastructureType(
    value: ModelInfrastructureType | ModelInfrastructureTypeLiteral,
) -> ModelInfrastructureType: ...
def as_ModelInfrastructureType_opt(
    value: ModelInfrastructureType | ModelInfrastructureTypeLiteral | None,
) -> ModelInfrastructureType | None: ...
