# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class ClarifyFeatureType(OpenEnum):
    NUMERICAL = "numerical"
    CATEGORICAL = "categorical"
    TEXT = "text"

ClarifyFeatureTypeLiteral = Literal[
    "numerical",
    "categorical",
    "text",
]

def as_ClarifyFeatureType(value: ClarifyFeatureType | ClarifyFeatureTypeLiteral) -> ClarifyFeatureType: ...
def as_ClarifyFeatureType_opt(
    value: ClarifyFeatureType | ClarifyFeatureTypeLiteral | None,
) -> ClarifyFeatureType | None: ...
