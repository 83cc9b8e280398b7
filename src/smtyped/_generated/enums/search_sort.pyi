# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class SearchSortOrder(OpenEnum):
    ASCENDING = "Ascending"
    DESCENDING = "Descending"

SearchSortOrderLiteral = Literal[
    "Ascending",
    "Descending",
]

def as_SearchSortOrder(value: SearchSortOrder | SearchSortOrderLiteral) -> SearchSortOrder: ...
def as_SearchSortOrder_opt(value: SearchSortOrder | SearchSortOrderLiteral | None) -> SearchSortOrder | None: ...
