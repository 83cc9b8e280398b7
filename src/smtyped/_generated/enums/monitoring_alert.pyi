# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._m import MonitoringAlertHistorySortKey as MonitoringAlertHistorySortKey
from smtyped._generated.enums._m import MonitoringAlertHistorySortKeyLiteral as MonitoringAlertHistorySortKeyLiteral
from smtyped._generated.enums._m import MonitoringAlertStatus as MonitoringAlertStatus
from smtyped._generated.enums._m import MonitoringAlertStatusLiteral as MonitoringAlertStatusLiteral
from smtyped._generated.enums._m import as_MonitoringAlertHistorySortKey as as_MonitoringAlertHistorySortKey
from smtyped._generated.enums._m import as_MonitoringAlertHistorySortKey_opt as as_MonitoringAlertHistorySortKey_opt
from smtyped._generated.enums._m import as_MonitoringAlertStatus as as_MonitoringAlertStatus
from smtyped._generated.enums._m import as_MonitoringAlertStatus_opt as as_MonitoringAlertStatus_opt

__all__ = [
    "MonitoringAlertHistorySortKey",
    "MonitoringAlertHistorySortKeyLiteral",
    "MonitoringAlertStatus",
    "MonitoringAlertStatusLiteral",
]
