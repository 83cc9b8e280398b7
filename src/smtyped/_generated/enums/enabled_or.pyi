# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class EnabledOrDisabled(OpenEnum):
    ENABLED = "Enabled"
    DISABLED = "Disabled"

EnabledOrDisabledLiteral = Literal[
    "Enabled",
    "Disabled",
]

def as_EnabledOrDisabled(value: EnabledOrDisabled | EnabledOrDisabledLiteral) -> EnabledOrDisabled: ...
def as_EnabledOrDisabled_opt(
    value: EnabledOrDisabled | EnabledOrDisabledLiteral | None,
) -> EnabledOrDisabled | None: ...
