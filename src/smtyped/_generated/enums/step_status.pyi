# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._s import StepStatus as StepStatus
from smtyped._generated.enums._s import StepStatusLiteral as StepStatusLiteral
from smtyped._generated.enums._s import as_StepStatus as as_StepStatus
from smtyped._generated.enums._s import as_StepStatus_opt as as_StepStatus_opt

__all__ = [
    "StepStatus",
    "StepStatusLiteral",
]
