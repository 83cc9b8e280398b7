# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class DirectInternetAccess(OpenEnum):
    ENABLED = "Enabled"
    DISABLED = "Disabled"

DirectInternetAccessLiteral = Literal[
    "Enabled",
    "Disabled",
]

def as_DirectInternetAccess(value: DirectInternetAccess | DirectInternetAccessLiteral) -> DirectInternetAccess: ...
def as_DirectInternetAccess_opt(
    value: DirectInternetAccess | DirectInternetAccessLiteral | None,
) -> DirectInternetAccess | None: ...
