# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class FeatureStatus(OpenEnum):
    ENABLED = "ENABLED"
    DISABLED = "DISABLED"

FeatureStatusLiteral = Literal[
    "ENABLED",
    "DISABLED",
]

def as_FeatureStatus(value: FeatureStatus | FeatureStatusLiteral) -> FeatureStatus: ...
def as_FeatureStatus_opt(value: FeatureStatus | FeatureStatusLiteral | None) -> FeatureStatus | None: ...
