# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._d import DeviceSubsetType as DeviceSubsetType
from smtyped._generated.enums._d import DeviceSubsetTypeLiteral as DeviceSubsetTypeLiteral
from smtyped._generated.enums._d import as_DeviceSubsetType as as_DeviceSubsetType
from smtyped._generated.enums._d import as_DeviceSubsetType_opt as as_DeviceSubsetType_opt

__all__ = [
    "DeviceSubsetType",
    "DeviceSubsetTypeLiteral",
]
