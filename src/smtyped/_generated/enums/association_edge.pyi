# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._a import AssociationEdgeType as AssociationEdgeType
from smtyped._generated.enums._a import AssociationEdgeTypeLiteral as AssociationEdgeTypeLiteral
from smtyped._generated.enums._a import as_AssociationEdgeType as as_AssociationEdgeType
from smtyped._generated.enums._a import as_AssociationEdgeType_opt as as_AssociationEdgeType_opt

__all__ = [
    "AssociationEdgeType",
    "AssociationEdgeTypeLiteral",
]
