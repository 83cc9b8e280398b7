# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class ConditionOutcome(OpenEnum):
    TRUE = "True"
    FALSE = "False"

ConditionOutcomeLiteral = Literal[
    "True",
    "False",
]

def as_ConditionOutcome(value: ConditionOutcome | ConditionOutcomeLiteral) -> ConditionOutcome: ...
def as_ConditionOutcome_opt(value: ConditionOutcome | ConditionOutcomeLiteral | None) -> ConditionOutcome | None: ...
