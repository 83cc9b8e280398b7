# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class AccountDefaultStatus(OpenEnum):
    ENABLED = "ENABLED"
    DISABLED = "DISABLED"

AccountDefaultStatusLiteral = Literal[
    "ENABLED",
    "DISABLED",
]

def as_AccountDefaultStatus(value: AccountDefaultStatus | AccountDefaultStatusLiteral) -> AccountDefaultStatus: ...
def as_AccountDefaultStatus_opt(
    value: AccountDefaultStatus | AccountDefaultStatusLiteral | None,
) -> AccountDefaultStatus | None: ...
