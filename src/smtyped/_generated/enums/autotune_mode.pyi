# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._a import AutotuneMode as AutotuneMode
from smtyped._generated.enums._a import AutotuneModeLiteral as AutotuneModeLiteral
from smtyped._generated.enums._a import as_AutotuneMode as as_AutotuneMode
from smtyped._generated.enums._a import as_AutotuneMode_opt as as_AutotuneMode_opt

__all__ = [
    "AutotuneMode",
    "AutotuneModeLiteral",
]
