# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._s import SpaceSortKey as SpaceSortKey
from smtyped._generated.enums._s import SpaceSortKeyLiteral as SpaceSortKeyLiteral
from smtyped._generated.enums._s import as_SpaceSortKey as as_SpaceSortKey
from smtyped._generated.enums._s import as_SpaceSortKey_opt as as_SpaceSortKey_opt

__all__ = [
    "SpaceSortKey",
    "SpaceSortKeyLiteral",
]
