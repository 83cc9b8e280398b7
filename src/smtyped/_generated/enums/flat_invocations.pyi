# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class FlatInvocations(OpenEnum):
    CONTINUE = "Continue"
    STOP = "Stop"

FlatInvocationsLiteral = Literal[
    "Continue",
    "Stop",
]

def as_FlatInvocations(value: FlatInvocations | FlatInvocationsLiteral) -> FlatInvocations: ...
def as_FlatInvocations_opt(value: FlatInvocations | FlatInvocationsLiteral | None) -> FlatInvocations | None: ...
