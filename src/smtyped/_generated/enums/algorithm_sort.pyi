# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class AlgorithmSortBy(OpenEnum):
    NAME = "Name"
    CREATIONTIME = "CreationTime"

AlgorithmSortByLiteral = Literal[
    "Name",
    "CreationTime",
]

def as_AlgorithmSortBy(value: AlgorithmSortBy | AlgorithmSortByLiteral) -> AlgorithmSortBy: ...
def as_AlgorithmSortBy_opt(value: AlgorithmSortBy | AlgorithmSortByLiteral | None) -> AlgorithmSortBy | None: ...
