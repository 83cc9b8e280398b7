# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._s import StageStatus as StageStatus
from smtyped._generated.enums._s import StageStatusLiteral as StageStatusLiteral
from smtyped._generated.enums._s import as_StageStatus as as_StageStatus
from smtyped._generated.enums._s import as_StageStatus_opt as as_StageStatus_opt

__all__ = [
    "StageStatus",
    "StageStatusLiteral",
]
