# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class FeatureType(OpenEnum):
    INTEGRAL = "Integral"
    FRACTIONAL = "Fractional"
    STRING = "String"

FeatureTypeLiteral = Literal[
    "Integral",
    "Fractional",
    "String",
]

def as_FeatureType(value: FeatureType | FeatureTypeLiteral) -> FeatureType: ...
def as_FeatureType_opt(value: FeatureType | FeatureTypeLiteral | None) -> FeatureType | None: ...
