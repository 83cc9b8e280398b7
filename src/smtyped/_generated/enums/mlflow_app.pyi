# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._m import MlflowAppStatus as MlflowAppStatus
from smtyped._generated.enums._m import MlflowAppStatusLiteral as MlflowAppStatusLiteral
from smtyped._generated.enums._m import as_MlflowAppStatus as as_MlflowAppStatus
from smtyped._generated.enums._m import as_MlflowAppStatus_opt as as_MlflowAppStatus_opt

__all__ = [
    "MlflowAppStatus",
    "MlflowAppStatusLiteral",
]
