# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._s import StorageType as StorageType
from smtyped._generated.enums._s import StorageTypeLiteral as StorageTypeLiteral
from smtyped._generated.enums._s import as_StorageType as as_StorageType
from smtyped._generated.enums._s import as_StorageType_opt as as_StorageType_opt

__all__ = [
    "StorageType",
    "StorageTypeLiteral",
]
