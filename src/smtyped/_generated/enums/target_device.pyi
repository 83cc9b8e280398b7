# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._t import TargetDevice as TargetDevice
from smtyped._generated.enums._t import TargetDeviceLiteral as TargetDeviceLiteral
from smtyped._generated.enums._t import as_TargetDevice as as_TargetDevice
from smtyped._generated.enums._t import as_TargetDevice_opt as as_TargetDevice_opt

__all__ = [
    "TargetDevice",
    "TargetDeviceLiteral",
]
