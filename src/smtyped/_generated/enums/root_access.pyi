# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._r import RootAccess as RootAccess
from smtyped._generated.enums._r import RootAccessLiteral as RootAccessLiteral
from smtyped._generated.enums._r import as_RootAccess as as_RootAccess
from smtyped._generated.enums._r import as_RootAccess_opt as as_RootAccess_opt

__all__ = [
    "RootAccess",
    "RootAccessLiteral",
]
