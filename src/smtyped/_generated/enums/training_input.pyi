# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._t import TrainingInputMode as TrainingInputMode
from smtyped._generated.enums._t import TrainingInputModeLiteral as TrainingInputModeLiteral
from smtyped._generated.enums._t import as_TrainingInputMode as as_TrainingInputMode
from smtyped._generated.enums._t import as_TrainingInputMode_opt as as_TrainingInputMode_opt

__all__ = [
    "TrainingInputMode",
    "TrainingInputModeLiteral",
]
