# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class ClusterSortBy(OpenEnum):
    CREATION_TIME = "CREATION_TIME"
    NAME = "NAME"

ClusterSortByLiteral = Literal[
    "CREATION_TIME",
    "NAME",
]

def as_ClusterSortBy(value: ClusterSortBy | ClusterSortByLiteral) -> ClusterSortBy: ...
def as_ClusterSortBy_opt(value: ClusterSortBy | ClusterSortByLiteral | None) -> ClusterSortBy | None: ...
