# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._a import AppInstanceType as AppInstanceType
from smtyped._generated.enums._a import AppInstanceTypeLiteral as AppInstanceTypeLiteral
from smtyped._generated.enums._a import as_AppInstanceType as as_AppInstanceType
from smtyped._generated.enums._a import as_AppInstanceType_opt as as_AppInstanceType_opt

__all__ = [
    "AppInstanceType",
    "AppInstanceTypeLiteral",
]
