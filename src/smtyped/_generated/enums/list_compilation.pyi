# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class ListCompilationJobsSortBy(OpenEnum):
    NAME = "Name"
    CREATIONTIME = "CreationTime"
    STATUS = "Status"

ListCompilationJobsSortByLiteral = Literal[
    "Name",
    "CreationTime",
    "Status",
]

def as_ListCompilationJobsSortBy(
    value: ListCompilationJobsSortBy | ListCompilationJobsSortByLiteral,
) -> ListCompilationJobsSortBy: ...
def as_ListCompilationJobsSortBy_opt(
    value: ListCompilationJobsSortBy | ListCompilationJobsSortByLiteral | None,
) -> ListCompilationJobsSortBy | None: ...
