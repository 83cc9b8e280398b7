# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class IsTrackingServerActive(OpenEnum):
    ACTIVE = "Active"
    INACTIVE = "Inactive"

IsTrackingServerActiveLiteral = Literal[
    "Active",
    "Inactive",
]

def as_IsTrackingServerActive(
    value: IsTrackingServerActive | IsTrackingServerActiveLiteral,
) -> IsTrackingServerActive: ...
def as_IsTrackingServerActive_opt(
    value: IsTrackingServerActive | IsTrackingServerActiveLiteral | None,
) -> IsTrackingServerActive | None: ...
