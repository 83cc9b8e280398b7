# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._i import InstanceType as InstanceType
from smtyped._generated.enums._i import InstanceTypeLiteral as InstanceTypeLiteral
from smtyped._generated.enums._i import as_InstanceType as as_InstanceType
from smtyped._generated.enums._i import as_InstanceType_opt as as_InstanceType_opt

__all__ = [
    "InstanceType",
    "InstanceTypeLiteral",
]
