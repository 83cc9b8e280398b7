# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._m import ManagedInstanceScalingScaleInStrategy as ManagedInstanceScalingScaleInStrategy
from smtyped._generated.enums._m import (
    ManagedInstanceScalingScaleInStrategyLiteral as ManagedInstanceScalingScaleInStrategyLiteral,
)
from smtyped._generated.enums._m import ManagedInstanceScalingStatus as ManagedInstanceScalingStatus
from smtyped._generated.enums._m import ManagedInstanceScalingStatusLiteral as ManagedInstanceScalingStatusLiteral
from smtyped._generated.enums._m import (
    as_ManagedInstanceScalingScaleInStrategy as as_ManagedInstanceScalingScaleInStrategy,
)
from smtyped._generated.enums._m import (
    as_ManagedInstanceScalingScaleInStrategy_opt as as_ManagedInstanceScalingScaleInStrategy_opt,
)
from smtyped._generated.enums._m import as_ManagedInstanceScalingStatus as as_ManagedInstanceScalingStatus
from smtyped._generated.enums._m import as_ManagedInstanceScalingStatus_opt as as_ManagedInstanceScalingStatus_opt

__all__ = [
    "ManagedInstanceScalingScaleInStrategy",
    "ManagedInstanceScalingScaleInStrategyLiteral",
    "ManagedInstanceScalingStatus",
    "ManagedInstanceScalingStatusLiteral",
]
