# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._t import TrainingInstanceType as TrainingInstanceType
from smtyped._generated.enums._t import TrainingInstanceTypeLiteral as TrainingInstanceTypeLiteral
from smtyped._generated.enums._t import as_TrainingInstanceType as as_TrainingInstanceType
from smtyped._generated.enums._t import as_TrainingInstanceType_opt as as_TrainingInstanceType_opt

__all__ = [
    "TrainingInstanceType",
    "TrainingInstanceTypeLiteral",
]
