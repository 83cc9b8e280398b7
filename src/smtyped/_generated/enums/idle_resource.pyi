# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class IdleResourceSharing(OpenEnum):
    ENABLED = "Enabled"
    DISABLED = "Disabled"

IdleResourceSharingLiteral = Literal[
    "Enabled",
    "Disabled",
]

def as_IdleResourceSharing(value: IdleResourceSharing | IdleResourceSharingLiteral) -> IdleResourceSharing: ...
def as_IdleResourceSharing_opt(
    value: IdleResourceSharing | IdleResourceSharingLiteral | None,
) -> IdleResourceSharing | None: ...
