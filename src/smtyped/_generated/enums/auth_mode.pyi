# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._a import AuthMode as AuthMode
from smtyped._generated.enums._a import AuthModeLiteral as AuthModeLiteral
from smtyped._generated.enums._a import as_AuthMode as as_AuthMode
from smtyped._generated.enums._a import as_AuthMode_opt as as_AuthMode_opt

__all__ = [
    "AuthMode",
    "AuthModeLiteral",
]
