# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._a import AppType as AppType
from smtyped._generated.enums._a import AppTypeLiteral as AppTypeLiteral
from smtyped._generated.enums._a import as_AppType as as_AppType
from smtyped._generated.enums._a import as_AppType_opt as as_AppType_opt

__all__ = [
    "AppType",
    "AppTypeLiteral",
]
