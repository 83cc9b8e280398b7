# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._o import OptimizationJobModelSource as OptimizationJobModelSource
from smtyped._generated.shapes._o import OptimizationJobModelSourceS3 as OptimizationJobModelSourceS3
from smtyped._generated.shapes._o import OptimizationJobOutputConfig as OptimizationJobOutputConfig
from smtyped._generated.shapes._o import OptimizationJobSummary as OptimizationJobSummary

__all__ = [
    "OptimizationJobModelSource",
    "OptimizationJobModelSourceS3",
    "OptimizationJobOutputConfig",
    "OptimizationJobSummary",
]
