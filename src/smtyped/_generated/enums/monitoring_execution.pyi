# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class MonitoringExecutionSortKey(OpenEnum):
    CREATIONTIME = "CreationTime"
    SCHEDULEDTIME = "ScheduledTime"
    STATUS = "Status"

MonitoringExecutionSortKeyLiteral = Literal[
    "CreationTime",
    "ScheduledTime",
    "Status",
]

def as_MonitoringExecutionSortKey(
    value: MonitoringExecutionSortKey | MonitoringExecutionSortKeyLiteral,
) -> MonitoringExecutionSortKey: ...
def as_MonitoringExecutionSortKey_opt(
    value: MonitoringExecutionSortKey | MonitoringExecutionSortKeyLiteral | None,
) -> MonitoringExecutionSortKey | None: ...
