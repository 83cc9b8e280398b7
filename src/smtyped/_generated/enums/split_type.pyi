# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._s import SplitType as SplitType
from smtyped._generated.enums._s import SplitTypeLiteral as SplitTypeLiteral
from smtyped._generated.enums._s import as_SplitType as as_SplitType
from smtyped._generated.enums._s import as_SplitType_opt as as_SplitType_opt

__all__ = [
    "SplitType",
    "SplitTypeLiteral",
]
