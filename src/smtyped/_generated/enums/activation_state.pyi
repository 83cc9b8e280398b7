# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class ActivationState(OpenEnum):
    ENABLED = "Enabled"
    DISABLED = "Disabled"

ActivationStateLiteral = Literal[
    "Enabled",
    "Disabled",
]

def as_ActivationState(value: ActivationState | ActivationStateLiteral) -> ActivationState: ...
def as_ActivationState_opt(value: ActivationState | ActivationStateLiteral | None) -> ActivationState | None: ...
