# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class BooleanOperator(OpenEnum):
    AND = "And"
    OR = "Or"

BooleanOperatorLiteral = Literal[
    "And",
    "Or",
]

def as_BooleanOperator(value: BooleanOperator | BooleanOperatorLiteral) -> BooleanOperator: ...
def as_BooleanOperator_opt(value: BooleanOperator | BooleanOperatorLiteral | None) -> BooleanOperator | None: ...
