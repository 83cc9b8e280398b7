# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class TagPropagation(OpenEnum):
    ENABLED = "ENABLED"
    DISABLED = "DISABLED"

TagPropagationLiteral = Literal[
    "ENABLED",
    "DISABLED",
]

def as_TagPropagation(value: TagPropagation | TagPropagationLiteral) -> TagPropagation: ...
def as_TagPropagation_opt(value: TagPropagation | TagPropagationLiteral | None) -> TagPropagation | None: ...
