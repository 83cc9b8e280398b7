# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class SortOrder(OpenEnum):
    ASCENDING = "Ascending"
    DESCENDING = "Descending"

SortOrderLiteral = Literal[
    "Ascending",
    "Descending",
]

def as_SortOrder(value: SortOrder | SortOrderLiteral) -> SortOrder: ...
def as_SortOrder_opt(value: SortOrder | SortOrderLiteral | None) -> SortOrder | None: ...
