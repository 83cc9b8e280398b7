# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._d import DirectInternetAccess as DirectInternetAccess
from smtyped._generated.enums._d import DirectInternetAccessLiteral as DirectInternetAccessLiteral
from smtyped._generated.enums._d import as_DirectInternetAccess as as_DirectInternetAccess
from smtyped._generated.enums._d import as_DirectInternetAccess_opt as as_DirectInternetAccess_opt

__all__ = [
    "DirectInternetAccess",
    "DirectInternetAccessLiteral",
]
