# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._s import SortAssociationsBy as SortAssociationsBy
from smtyped._generated.enums._s import SortAssociationsByLiteral as SortAssociationsByLiteral
from smtyped._generated.enums._s import as_SortAssociationsBy as as_SortAssociationsBy
from smtyped._generated.enums._s import as_SortAssociationsBy_opt as as_SortAssociationsBy_opt

__all__ = [
    "SortAssociationsBy",
    "SortAssociationsByLiteral",
]
