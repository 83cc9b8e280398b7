# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._r import ReservedCapacityInstanceType as ReservedCapacityInstanceType
from smtyped._generated.enums._r import ReservedCapacityInstanceTypeLiteral as ReservedCapacityInstanceTypeLiteral
from smtyped._generated.enums._r import ReservedCapacityStatus as ReservedCapacityStatus
from smtyped._generated.enums._r import ReservedCapacityStatusLiteral as ReservedCapacityStatusLiteral
from smtyped._generated.enums._r import ReservedCapacityType as ReservedCapacityType
from smtyped._generated.enums._r import ReservedCapacityTypeLiteral as ReservedCapacityTypeLiteral
from smtyped._generated.enums._r import as_ReservedCapacityInstanceType as as_ReservedCapacityInstanceType
from smtyped._generated.enums._r import as_ReservedCapacityInstanceType_opt as as_ReservedCapacityInstanceType_opt
from smtyped._generated.enums._r import as_ReservedCapacityStatus as as_ReservedCapacityStatus
from smtyped._generated.enums._r import as_ReservedCapacityStatus_opt as as_ReservedCapacityStatus_opt
from smtyped._generated.enums._r import as_ReservedCapacityType as as_ReservedCapacityType
from smtyped._generated.enums._r import as_ReservedCapacityType_opt as as_ReservedCapacityType_opt

__all__ = [
    "ReservedCapacityInstanceType",
    "ReservedCapacityInstanceTypeLiteral",
    "ReservedCapacityStatus",
    "ReservedCapacityStatusLiteral",
    "ReservedCapacityType",
    "ReservedCapacityTypeLiteral",
]
