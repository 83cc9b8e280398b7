# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class CollectionType(OpenEnum):
    LIST = "List"
    SET = "Set"
    VECTOR = "Vector"

CollectionTypeLiteral = Literal[
    "List",
    "Set",
    "Vector",
]

def as_CollectionType(value: CollectionType | CollectionTypeLiteral) -> CollectionType: ...
def as_CollectionType_opt(value: CollectionType | CollectionTypeLiteral | None) -> CollectionType | None: ...
