# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class MonitoringScheduleSortKey(OpenEnum):
    NAME = "Name"
    CREATIONTIME = "CreationTime"
    STATUS = "Status"

MonitoringScheduleSortKeyLiteral = Literal[
    "Name",
    "CreationTime",
    "Status",
]

def as_MonitoringScheduleSortKey(
    value: MonitoringScheduleSortKey | MonitoringScheduleSortKeyLiteral,
) -> MonitoringScheduleSortKey: ...
def as_MonitoringScheduleSortKey_opt(
    value: MonitoringScheduleSortKey | MonitoringScheduleSortKeyLiteral | None,
) -> MonitoringScheduleSortKey | None: ...
