# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._t import TargetPlatformAccelerator as TargetPlatformAccelerator
from smtyped._generated.enums._t import TargetPlatformAcceleratorLiteral as TargetPlatformAcceleratorLiteral
from smtyped._generated.enums._t import TargetPlatformArch as TargetPlatformArch
from smtyped._generated.enums._t import TargetPlatformArchLiteral as TargetPlatformArchLiteral
from smtyped._generated.enums._t import TargetPlatformOs as TargetPlatformOs
from smtyped._generated.enums._t import TargetPlatformOsLiteral as TargetPlatformOsLiteral
from smtyped._generated.enums._t import as_TargetPlatformAccelerator as as_TargetPlatformAccelerator
from smtyped._generated.enums._t import as_TargetPlatformAccelerator_opt as as_TargetPlatformAccelerator_opt
from smtyped._generated.enums._t import as_TargetPlatformArch as as_TargetPlatformArch
from smtyped._generated.enums._t import as_TargetPlatformArch_opt as as_TargetPlatformArch_opt
from smtyped._generated.enums._t import as_TargetPlatformOs as as_TargetPlatformOs
from smtyped._generated.enums._t import as_TargetPlatformOs_opt as as_TargetPlatformOs_opt

__all__ = [
    "TargetPlatformAccelerator",
    "TargetPlatformAcceleratorLiteral",
    "TargetPlatformArch",
    "TargetPlatformArchLiteral",
    "TargetPlatformOs",
    "TargetPlatformOsLiteral",
]
