# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._a import AppStatus as AppStatus
from smtyped._generated.enums._a import AppStatusLiteral as AppStatusLiteral
from smtyped._generated.enums._a import as_AppStatus as as_AppStatus
from smtyped._generated.enums._a import as_AppStatus_opt as as_AppStatus_opt

__all__ = [
    "AppStatus",
    "AppStatusLiteral",
]
