# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._s import SortOrder as SortOrder
from smtyped._generated.enums._s import SortOrderLiteral as SortOrderLiteral
from smtyped._generated.enums._s import as_SortOrder as as_SortOrder
from smtyped._generated.enums._s import as_SortOrder_opt as as_SortOrder_opt

__all__ = [
    "SortOrder",
    "SortOrderLiteral",
]
