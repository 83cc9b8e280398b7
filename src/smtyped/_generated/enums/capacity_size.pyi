# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._c import CapacitySizeType as CapacitySizeType
from smtyped._generated.enums._c import CapacitySizeTypeLiteral as CapacitySizeTypeLiteral
from smtyped._generated.enums._c import as_CapacitySizeType as as_CapacitySizeType
from smtyped._generated.enums._c import as_CapacitySizeType_opt as as_CapacitySizeType_opt

__all__ = [
    "CapacitySizeType",
    "CapacitySizeTypeLiteral",
]
