# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class RetentionType(OpenEnum):
    RETAIN = "Retain"
    DELETE = "Delete"

RetentionTypeLiteral = Literal[
    "Retain",
    "Delete",
]

def as_RetentionType(value: RetentionType | RetentionTypeLiteral) -> RetentionType: ...
def as_RetentionType_opt(value: RetentionType | RetentionTypeLiteral | None) -> RetentionType | None: ...
