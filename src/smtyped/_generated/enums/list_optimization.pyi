# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class ListOptimizationJobsSortBy(OpenEnum):
    NAME = "Name"
    CREATIONTIME = "CreationTime"
    STATUS = "Status"

ListOptimizationJobsSortByLiteral = Literal[
    "Name",
    "CreationTime",
    "Status",
]

def as_ListOptimizationJobsSortBy(
    value: ListOptimizationJobsSortBy | ListOptimizationJobsSortByLiteral,
) -> ListOptimizationJobsSortBy: ...
def as_ListOptimizationJobsSortBy_opt(
    value: ListOptimizationJobsSortBy | ListOptimizationJobsSortByLiteral | None,
) -> ListOptimizationJobsSortBy | None: ...
