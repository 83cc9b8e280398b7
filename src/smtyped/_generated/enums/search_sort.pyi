# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._s import SearchSortOrder as SearchSortOrder
from smtyped._generated.enums._s import SearchSortOrderLiteral as SearchSortOrderLiteral
from smtyped._generated.enums._s import as_SearchSortOrder as as_SearchSortOrder
from smtyped._generated.enums._s import as_SearchSortOrder_opt as as_SearchSortOrder_opt

__all__ = [
    "SearchSortOrder",
    "SearchSortOrderLiteral",
]
