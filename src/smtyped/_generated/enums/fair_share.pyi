# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class FairShare(OpenEnum):
    ENABLED = "Enabled"
    DISABLED = "Disabled"

FairShareLiteral = Literal[
    "Enabled",
    "Disabled",
]

def as_FairShare(value: FairShare | FairShareLiteral) -> FairShare: ...
def as_FairShare_opt(value: FairShare | FairShareLiteral | None) -> FairShare | None: ...
