# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._l import LineageType as LineageType
from smtyped._generated.enums._l import LineageTypeLiteral as LineageTypeLiteral
from smtyped._generated.enums._l import as_LineageType as as_LineageType
from smtyped._generated.enums._l import as_LineageType_opt as as_LineageType_opt

__all__ = [
    "LineageType",
    "LineageTypeLiteral",
]
