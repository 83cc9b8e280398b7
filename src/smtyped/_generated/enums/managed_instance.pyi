# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class ManagedInstanceScalingScaleInStrategy(OpenEnum):
    IDLE_RELEASE = "IDLE_RELEASE"
    CONSOLIDATION = "CONSOLIDATION"

ManagedInstanceScalingScaleInStrategyLiteral = Literal[
    "IDLE_RELEASE",
    "CONSOLIDATION",
]

def as_ManagedInstanceScalingScaleInStrategy(
    value: ManagedInstanceScalingScaleInStrategy | ManagedInstanceScalingScaleInStrategyLiteral,
) -> ManagedInstanceScalingScaleInStrategy: ...
def as_ManagedInstanceScalingScaleInStrategy_opt(
    value: ManagedInstanceScalingScaleInStrategy | ManagedInstanceScalingScaleInStrategyLiteral | None,
) -> ManagedInstanceScalingScaleInStrategy | None: ...

class ManagedInstanceScalingStatus(OpenEnum):
    ENABLED = "ENABLED"
    DISABLED = "DISABLED"

ManagedInstanceScalingStatusLiteral = Literal[
    "ENABLED",
    "DISABLED",
]

def as_ManagedInstanceScalingStatus(
    value: ManagedInstanceScalingStatus | ManagedInstanceScalingStatusLiteral,
) -> ManagedInstanceScalingStatus: ...
def as_ManagedInstanceScalingStatus_opt(
    value: ManagedInstanceScalingStatus | ManagedInstanceScalingStatusLiteral | None,
) -> ManagedInstanceScalingStatus | None: ...
