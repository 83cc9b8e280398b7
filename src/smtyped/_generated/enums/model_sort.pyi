# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class ModelSortKey(OpenEnum):
    NAME = "Name"
    CREATIONTIME = "CreationTime"

ModelSortKeyLiteral = Literal[
    "Name",
    "CreationTime",
]

def as_ModelSortKey(value: ModelSortKey | ModelSortKeyLiteral) -> ModelSortKey: ...
def as_ModelSortKey_opt(value: ModelSortKey | ModelSortKeyLiteral | None) -> ModelSortKey | None: ...
