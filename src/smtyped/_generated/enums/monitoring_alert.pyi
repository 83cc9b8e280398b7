# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class MonitoringAlertHistorySortKey(OpenEnum):
    CREATIONTIME = "CreationTime"
    STATUS = "Status"

MonitoringAlertHistorySortKeyLiteral = Literal[
    "CreationTime",
    "Status",
]

def as_MonitoringAlertHistorySortKey(
    value: MonitoringAlertHistorySortKey | MonitoringAlertHistorySortKeyLiteral,
) -> MonitoringAlertHistorySortKey: ...
def as_MonitoringAlertHistorySortKey_opt(
    value: MonitoringAlertHistorySortKey | MonitoringAlertHistorySortKeyLiteral | None,
) -> MonitoringAlertHistorySortKey | None: ...

class MonitoringAlertStatus(OpenEnum):
    INALERT = "InAlert"
    OK = "OK"

MonitoringAlertStatusLiteral = Literal[
    "InAlert",
    "OK",
]

def as_MonitoringAlertStatus(value: MonitoringAlertStatus | MonitoringAlertStatusLiteral) -> MonitoringAlertStatus: ...
def as_MonitoringAlertStatus_opt(
    value: MonitoringAlertStatus | MonitoringAlertStatusLiteral | None,
) -> MonitoringAlertStatus | None: ...
