# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class OfflineStoreStatusValue(OpenEnum):
    ACTIVE = "Active"
    BLOCKED = "Blocked"
    DISABLED = "Disabled"

OfflineStoreStatusValueLiteral = Literal[
    "Active",
    "Blocked",
    "Disabled",
]

def as_OfflineStoreStatusValue(
    value: OfflineStoreStatusValue | OfflineStoreStatusValueLiteral,
) -> OfflineStoreStatusValue: ...
def as_OfflineStoreStatusValue_opt(
    value: OfflineStoreStatusValue | OfflineStoreStatusValueLiteral | None,
) -> OfflineStoreStatusValue | None: ...
