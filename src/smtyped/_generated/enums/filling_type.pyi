# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._f import FillingType as FillingType
from smtyped._generated.enums._f import FillingTypeLiteral as FillingTypeLiteral
from smtyped._generated.enums._f import as_FillingType as as_FillingType
from smtyped._generated.enums._f import as_FillingType_opt as as_FillingType_opt

__all__ = [
    "FillingType",
    "FillingTypeLiteral",
]
