# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._m import MIGProfileType as MIGProfileType
from smtyped._generated.enums._m import MIGProfileTypeLiteral as MIGProfileTypeLiteral
from smtyped._generated.enums._m import as_MIGProfileType as as_MIGProfileType
from smtyped._generated.enums._m import as_MIGProfileType_opt as as_MIGProfileType_opt

__all__ = [
    "MIGProfileType",
    "MIGProfileTypeLiteral",
]
