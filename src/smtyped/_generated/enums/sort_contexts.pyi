# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class SortContextsBy(OpenEnum):
    NAME = "Name"
    CREATIONTIME = "CreationTime"

SortContextsByLiteral = Literal[
    "Name",
    "CreationTime",
]

def as_SortContextsBy(value: SortContextsBy | SortContextsByLiteral) -> SortContextsBy: ...
def as_SortContextsBy_opt(value: SortContextsBy | SortContextsByLiteral | None) -> SortContextsBy | None: ...
