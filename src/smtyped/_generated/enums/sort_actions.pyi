# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class SortActionsBy(OpenEnum):
    NAME = "Name"
    CREATIONTIME = "CreationTime"

SortActionsByLiteral = Literal[
    "Name",
    "CreationTime",
]

def as_SortActionsBy(value: SortActionsBy | SortActionsByLiteral) -> SortActionsBy: ...
def as_SortActionsBy_opt(value: SortActionsBy | SortActionsByLiteral | None) -> SortActionsBy | None: ...
