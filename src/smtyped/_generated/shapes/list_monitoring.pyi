# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._l import ListMonitoringAlertHistoryRequest as ListMonitoringAlertHistoryRequest
from smtyped._generated.shapes._l import ListMonitoringAlertHistoryResponse as ListMonitoringAlertHistoryResponse
from smtyped._generated.shapes._l import ListMonitoringAlertsRequest as ListMonitoringAlertsRequest
from smtyped._generated.shapes._l import ListMonitoringAlertsResponse as ListMonitoringAlertsResponse
from smtyped._generated.shapes._l import ListMonitoringExecutionsRequest as ListMonitoringExecutionsRequest
from smtyped._generated.shapes._l import ListMonitoringExecutionsResponse as ListMonitoringExecutionsResponse
from smtyped._generated.shapes._l import ListMonitoringSchedulesRequest as ListMonitoringSchedulesRequest
from smtyped._generated.shapes._l import ListMonitoringSchedulesResponse as ListMonitoringSchedulesResponse

__all__ = [
    "ListMonitoringAlertHistoryRequest",
    "ListMonitoringAlertHistoryResponse",
    "ListMonitoringAlertsRequest",
    "ListMonitoringAlertsResponse",
    "ListMonitoringExecutionsRequest",
    "ListMonitoringExecutionsResponse",
    "ListMonitoringSchedulesRequest",
    "ListMonitoringSchedulesResponse",
]
