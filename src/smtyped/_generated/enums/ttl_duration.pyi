# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class TtlDurationUnit(OpenEnum):
    SECONDS = "Seconds"
    MINUTES = "Minutes"
    HOURS = "Hours"
    DAYS = "Days"
    WEEKS = "Weeks"

TtlDurationUnitLiteral = Literal[
    "Seconds",
    "Minutes",
    "Hours",
    "Days",
    "Weeks",
]

def as_TtlDurationUnit(value: TtlDurationUnit | TtlDurationUnitLiteral) -> TtlDurationUnit: ...
def as_TtlDurationUnit_opt(value: TtlDurationUnit | TtlDurationUnitLiteral | None) -> TtlDurationUnit | None: ...
