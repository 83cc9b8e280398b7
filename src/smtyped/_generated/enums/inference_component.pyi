# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._i import InferenceComponentCapacitySizeType as InferenceComponentCapacitySizeType
from smtyped._generated.enums._i import (
    InferenceComponentCapacitySizeTypeLiteral as InferenceComponentCapacitySizeTypeLiteral,
)
from smtyped._generated.enums._i import InferenceComponentPlacementStrategy as InferenceComponentPlacementStrategy
from smtyped._generated.enums._i import (
    InferenceComponentPlacementStrategyLiteral as InferenceComponentPlacementStrategyLiteral,
)
from smtyped._generated.enums._i import InferenceComponentSortKey as InferenceComponentSortKey
from smtyped._generated.enums._i import InferenceComponentSortKeyLiteral as InferenceComponentSortKeyLiteral
from smtyped._generated.enums._i import InferenceComponentStatus as InferenceComponentStatus
from smtyped._generated.enums._i import InferenceComponentStatusLiteral as InferenceComponentStatusLiteral
from smtyped._generated.enums._i import as_InferenceComponentCapacitySizeType as as_InferenceComponentCapacitySizeType
from smtyped._generated.enums._i import (
    as_InferenceComponentCapacitySizeType_opt as as_InferenceComponentCapacitySizeType_opt,
)
from smtyped._generated.enums._i import as_InferenceComponentPlacementStrategy as as_InferenceComponentPlacementStrategy
from smtyped._generated.enums._i import (
    as_InferenceComponentPlacementStrategy_opt as as_InferenceComponentPlacementStrategy_opt,
)
from smtyped._generated.enums._i import as_InferenceComponentSortKey as as_InferenceComponentSortKey
from smtyped._generated.enums._i import as_InferenceComponentSortKey_opt as as_InferenceComponentSortKey_opt
from smtyped._generated.enums._i import as_InferenceComponentStatus as as_InferenceComponentStatus
from smtyped._generated.enums._i import as_InferenceComponentStatus_opt as as_InferenceComponentStatus_opt

__all__ = [
    "InferenceComponentCapacitySizeType",
    "InferenceComponentCapacitySizeTypeLiteral",
    "InferenceComponentPlacementStrategy",
    "InferenceComponentPlacementStrategyLiteral",
    "InferenceComponentSortKey",
    "InferenceComponentSortKeyLiteral",
    "InferenceComponentStatus",
    "InferenceComponentStatusLiteral",
]
