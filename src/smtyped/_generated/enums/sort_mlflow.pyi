# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class SortMlflowAppBy(OpenEnum):
    NAME = "Name"
    CREATIONTIME = "CreationTime"
    STATUS = "Status"

SortMlflowAppByLiteral = Literal[
    "Name",
    "CreationTime",
    "Status",
]

def as_SortMlflowAppBy(value: SortMlflowAppBy | SortMlflowAppByLiteral) -> SortMlflowAppBy: ...
def as_SortMlflowAppBy_opt(value: SortMlflowAppBy | SortMlflowAppByLiteral | None) -> SortMlflowAppBy | None: ...
