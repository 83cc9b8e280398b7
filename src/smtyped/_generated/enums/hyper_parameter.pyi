# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._h import HyperParameterScalingType as HyperParameterScalingType
from smtyped._generated.enums._h import HyperParameterScalingTypeLiteral as HyperParameterScalingTypeLiteral
from smtyped._generated.enums._h import HyperParameterTuningAllocationStrategy as HyperParameterTuningAllocationStrategy
from smtyped._generated.enums._h import (
    HyperParameterTuningAllocationStrategyLiteral as HyperParameterTuningAllocationStrategyLiteral,
)
from smtyped._generated.enums._h import HyperParameterTuningJobObjectiveType as HyperParameterTuningJobObjectiveType
from smtyped._generated.enums._h import (
    HyperParameterTuningJobObjectiveTypeLiteral as HyperParameterTuningJobObjectiveTypeLiteral,
)
from smtyped._generated.enums._h import HyperParameterTuningJobSortByOptions as HyperParameterTuningJobSortByOptions
from smtyped._generated.enums._h import (
    HyperParameterTuningJobSortByOptionsLiteral as HyperParameterTuningJobSortByOptionsLiteral,
)
from smtyped._generated.enums._h import HyperParameterTuningJobStatus as HyperParameterTuningJobStatus
from smtyped._generated.enums._h import HyperParameterTuningJobStatusLiteral as HyperParameterTuningJobStatusLiteral
from smtyped._generated.enums._h import HyperParameterTuningJobStrategyType as HyperParameterTuningJobStrategyType
from smtyped._generated.enums._h import (
    HyperParameterTuningJobStrategyTypeLiteral as HyperParameterTuningJobStrategyTypeLiteral,
)
from smtyped._generated.enums._h import HyperParameterTuningJobWarmStartType as HyperParameterTuningJobWarmStartType
from smtyped._generated.enums._h import (
    HyperParameterTuningJobWarmStartTypeLiteral as HyperParameterTuningJobWarmStartTypeLiteral,
)
from smtyped._generated.enums._h import as_HyperParameterScalingType as as_HyperParameterScalingType
from smtyped._generated.enums._h import as_HyperParameterScalingType_opt as as_HyperParameterScalingType_opt
from smtyped._generated.enums._h import (
    as_HyperParameterTuningAllocationStrategy as as_HyperParameterTuningAllocationStrategy,
)
from smtyped._generated.enums._h import (
    as_HyperParameterTuningAllocationStrategy_opt as as_HyperParameterTuningAllocationStrategy_opt,
)
from smtyped._generated.enums._h import (
    as_HyperParameterTuningJobObjectiveType as as_HyperParameterTuningJobObjectiveType,
)
from smtyped._generated.enums._h import (
    as_HyperParameterTuningJobObjectiveType_opt as as_HyperParameterTuningJobObjectiveType_opt,
)
from smtyped._generated.enums._h import (
    as_HyperParameterTuningJobSortByOptions as as_HyperParameterTuningJobSortByOptions,
)
from smtyped._generated.enums._h import (
    as_HyperParameterTuningJobSortByOptions_opt as as_HyperParameterTuningJobSortByOptions_opt,
)
from smtyped._generated.enums._h import as_HyperParameterTuningJobStatus as as_HyperParameterTuningJobStatus
from smtyped._generated.enums._h import as_HyperParameterTuningJobStatus_opt as as_HyperParameterTuningJobStatus_opt
from smtyped._generated.enums._h import as_HyperParameterTuningJobStrategyType as as_HyperParameterTuningJobStrategyType
from smtyped._generated.enums._h import (
    as_HyperParameterTuningJobStrategyType_opt as as_HyperParameterTuningJobStrategyType_opt,
)
from smtyped._generated.enums._h import (
    as_HyperParameterTuningJobWarmStartType as as_HyperParameterTuningJobWarmStartType,
)
from smtyped._generated.enums._h import (
    as_HyperParameterTuningJobWarmStartType_opt as as_HyperParameterTuningJobWarmStartType_opt,
)

__all__ = [
    "HyperParameterScalingType",
    "HyperParameterScalingTypeLiteral",
    "HyperParameterTuningAllocationStrategy",
    "HyperParameterTuningAllocationStrategyLiteral",
    "HyperParameterTuningJobObjectiveType",
    "HyperParameterTuningJobObjectiveTypeLiteral",
    "HyperParameterTuningJobSortByOptions",
    "HyperParameterTuningJobSortByOptionsLiteral",
    "HyperParameterTuningJobStatus",
    "HyperParameterTuningJobStatusLiteral",
    "HyperParameterTuningJobStrategyType",
    "HyperParameterTuningJobStrategyTypeLiteral",
    "HyperParameterTuningJobWarmStartType",
    "HyperParameterTuningJobWarmStartTypeLiteral",
]
