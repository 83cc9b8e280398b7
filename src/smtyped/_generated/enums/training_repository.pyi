# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._t import TrainingRepositoryAccessMode as TrainingRepositoryAccessMode
from smtyped._generated.enums._t import TrainingRepositoryAccessModeLiteral as TrainingRepositoryAccessModeLiteral
from smtyped._generated.enums._t import as_TrainingRepositoryAccessMode as as_TrainingRepositoryAccessMode
from smtyped._generated.enums._t import as_TrainingRepositoryAccessMode_opt as as_TrainingRepositoryAccessMode_opt

__all__ = [
    "TrainingRepositoryAccessMode",
    "TrainingRepositoryAccessModeLiteral",
]
