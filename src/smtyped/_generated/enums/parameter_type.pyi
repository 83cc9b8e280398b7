# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class ParameterType(OpenEnum):
    INTEGER = "Integer"
    CONTINUOUS = "Continuous"
    CATEGORICAL = "Categorical"
    FREETEXT = "FreeText"

ParameterTypeLiteral = Literal[
    "Integer",
    "Continuous",
    "Categorical",
    "FreeText",
]

def as_ParameterType(value: ParameterType | ParameterTypeLiteral) -> ParameterType: ...
def as_ParameterType_opt(value: ParameterType | ParameterTypeLiteral | None) -> ParameterType | None: ...
