# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._a import AutoMountHomeEFS as AutoMountHomeEFS
from smtyped._generated.enums._a import AutoMountHomeEFSLiteral as AutoMountHomeEFSLiteral
from smtyped._generated.enums._a import as_AutoMountHomeEFS as as_AutoMountHomeEFS
from smtyped._generated.enums._a import as_AutoMountHomeEFS_opt as as_AutoMountHomeEFS_opt

__all__ = [
    "AutoMountHomeEFS",
    "AutoMountHomeEFSLiteral",
]
