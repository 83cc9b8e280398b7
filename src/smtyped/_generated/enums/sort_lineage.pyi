# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class SortLineageGroupsBy(OpenEnum):
    NAME = "Name"
    CREATIONTIME = "CreationTime"

SortLineageGroupsByLiteral = Literal[
    "Name",
    "CreationTime",
]

def as_SortLineageGroupsBy(value: SortLineageGroupsBy | SortLineageGroupsByLiteral) -> SortLineageGroupsBy: ...
def as_SortLineageGroupsBy_opt(
    value: SortLineageGroupsBy | SortLineageGroupsByLiteral | None,
) -> SortLineageGroupsBy | None: ...
