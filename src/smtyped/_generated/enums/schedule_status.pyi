# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class ScheduleStatus(OpenEnum):
    PENDING = "Pending"
    FAILED = "Failed"
    SCHEDULED = "Scheduled"
    STOPPED = "Stopped"

ScheduleStatusLiteral = Literal[
    "Pending",
    "Failed",
    "Scheduled",
    "Stopped",
]

def as_ScheduleStatus(value: ScheduleStatus | ScheduleStatusLiteral) -> ScheduleStatus: ...
def as_ScheduleStatus_opt(value: ScheduleStatus | ScheduleStatusLiteral | None) -> ScheduleStatus | None: ...
