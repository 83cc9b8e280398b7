# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._c import CollectionType as CollectionType
from smtyped._generated.enums._c import CollectionTypeLiteral as CollectionTypeLiteral
from smtyped._generated.enums._c import as_CollectionType as as_CollectionType
from smtyped._generated.enums._c import as_CollectionType_opt as as_CollectionType_opt

__all__ = [
    "CollectionType",
    "CollectionTypeLiteral",
]
