# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._u import UpdateMonitoringAlertRequest as UpdateMonitoringAlertRequest
from smtyped._generated.shapes._u import UpdateMonitoringAlertResponse as UpdateMonitoringAlertResponse
from smtyped._generated.shapes._u import UpdateMonitoringScheduleRequest as UpdateMonitoringScheduleRequest
from smtyped._generated.shapes._u import UpdateMonitoringScheduleResponse as UpdateMonitoringScheduleResponse

__all__ = [
    "UpdateMonitoringAlertRequest",
    "UpdateMonitoringAlertResponse",
    "UpdateMonitoringScheduleRequest",
    "UpdateMonitoringScheduleResponse",
]
