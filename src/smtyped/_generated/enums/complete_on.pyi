# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class CompleteOnConvergence(OpenEnum):
    DISABLED = "Disabled"
    ENABLED = "Enabled"

CompleteOnConvergenceLiteral = Literal[
    "Disabled",
    "Enabled",
]

def as_CompleteOnConvergence(value: CompleteOnConvergence | CompleteOnConvergenceLiteral) -> CompleteOnConvergence: ...
def as_CompleteOnConvergence_opt(
    value: CompleteOnConvergence | CompleteOnConvergenceLiteral | None,
) -> CompleteOnConvergence | None: ...
