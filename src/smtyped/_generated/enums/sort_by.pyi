# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class SortBy(OpenEnum):
    NAME = "Name"
    CREATIONTIME = "CreationTime"
    STATUS = "Status"

SortByLiteral = Literal[
    "Name",
    "CreationTime",
    "Status",
]

def as_SortBy(value: SortBy | SortByLiteral) -> SortBy: ...
def as_SortBy_opt(value: SortBy | SortByLiteral | None) -> SortBy | None: ...
