# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class OrderKey(OpenEnum):
    ASCENDING = "Ascending"
    DESCENDING = "Descending"

OrderKeyLiteral = Literal[
    "Ascending",
    "Descending",
]

def as_OrderKey(value: OrderKey | OrderKeyLiteral) -> OrderKey: ...
def as_OrderKey_opt(value: OrderKey | OrderKeyLiteral | None) -> OrderKey | None: ...
