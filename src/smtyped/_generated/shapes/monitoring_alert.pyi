# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._m import MonitoringAlertActions as MonitoringAlertActions
from smtyped._generated.shapes._m import MonitoringAlertHistorySummary as MonitoringAlertHistorySummary
from smtyped._generated.shapes._m import MonitoringAlertSummary as MonitoringAlertSummary

__all__ = [
    "MonitoringAlertActions",
    "MonitoringAlertHistorySummary",
    "MonitoringAlertSummary",
]
