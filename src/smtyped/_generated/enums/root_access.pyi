# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class RootAccess(OpenEnum):
    ENABLED = "Enabled"
    DISABLED = "Disabled"

RootAccessLiteral = Literal[
    "Enabled",
    "Disabled",
]

def as_RootAccess(value: RootAccess | RootAccessLiteral) -> RootAccess: ...
def as_RootAccess_opt(value: RootAccess | RootAccessLiteral | None) -> RootAccess | None: ...
