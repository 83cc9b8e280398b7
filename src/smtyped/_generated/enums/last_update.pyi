# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class LastUpdateStatusValue(OpenEnum):
    SUCCESSFUL = "Successful"
    FAILED = "Failed"
    INPROGRESS = "InProgress"

LastUpdateStatusValueLiteral = Literal[
    "Successful",
    "Failed",
    "InProgress",
]

def as_LastUpdateStatusValue(value: LastUpdateStatusValue | LastUpdateStatusValueLiteral) -> LastUpdateStatusValue: ...
def as_LastUpdateStatusValue_opt(
    value: LastUpdateStatusValue | LastUpdateStatusValueLiteral | None,
) -> LastUpdateStatusValue | None: ...
