# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._s import SharingType as SharingType
from smtyped._generated.enums._s import SharingTypeLiteral as SharingTypeLiteral
from smtyped._generated.enums._s import as_SharingType as as_SharingType
from smtyped._generated.enums._s import as_SharingType_opt as as_SharingType_opt

__all__ = [
    "SharingType",
    "SharingTypeLiteral",
]
