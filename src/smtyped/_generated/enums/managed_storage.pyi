# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._m import ManagedStorageType as ManagedStorageType
from smtyped._generated.enums._m import ManagedStorageTypeLiteral as ManagedStorageTypeLiteral
from smtyped._generated.enums._m import as_ManagedStorageType as as_ManagedStorageType
from smtyped._generated.enums._m import as_ManagedStorageType_opt as as_ManagedStorageType_opt

__all__ = [
    "ManagedStorageType",
    "ManagedStorageTypeLiteral",
]
