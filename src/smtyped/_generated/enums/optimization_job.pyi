# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._o import OptimizationJobDeploymentInstanceType as OptimizationJobDeploymentInstanceType
from smtyped._generated.enums._o import (
    OptimizationJobDeploymentInstanceTypeLiteral as OptimizationJobDeploymentInstanceTypeLiteral,
)
from smtyped._generated.enums._o import OptimizationJobStatus as OptimizationJobStatus
from smtyped._generated.enums._o import OptimizationJobStatusLiteral as OptimizationJobStatusLiteral
from smtyped._generated.enums._o import (
    as_OptimizationJobDeploymentInstanceType as as_OptimizationJobDeploymentInstanceType,
)
from smtyped._generated.enums._o import (
    as_OptimizationJobDeploymentInstanceType_opt as as_OptimizationJobDeploymentInstanceType_opt,
)
from smtyped._generated.enums._o import as_OptimizationJobStatus as as_OptimizationJobStatus
from smtyped._generated.enums._o import as_OptimizationJobStatus_opt as as_OptimizationJobStatus_opt

__all__ = [
    "OptimizationJobDeploymentInstanceType",
    "OptimizationJobDeploymentInstanceTypeLiteral",
    "OptimizationJobStatus",
    "OptimizationJobStatusLiteral",
]
