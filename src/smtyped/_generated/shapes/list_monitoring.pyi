# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.execution_status import (
    ExecutionStatus,
    as_ExecutionStatus_opt,
)
from smtyped._generated.enums.monitoring_alert import (
    MonitoringAlertHistorySortKey,
    MonitoringAlertStatus,
    as_MonitoringAlertHistorySortKey_opt,
    as_MonitoringAlertStatus_opt,
)
from smtyped._generated.enums.monitoring_execution import (
    MonitoringExecutionSortKey,
    as_MonitoringExecutionSortKey_opt,
)
from smtyped._generated.enums.monitoring_schedule import (
    MonitoringScheduleSortKey,
    as_MonitoringScheduleSortKey_opt,
)
from smtyped._generated.enums.monitoring_type import (
    MonitoringType,
    as_MonitoringType_opt,
)
from smtyped._generated.enums.schedule_status import (
    ScheduleStatus,
    as_ScheduleStatus_opt,
)
from smtyped._generated.enums.sort_order import SortOrder, as_SortOrder_opt
from smtyped._generated.shapes.monitoring_alert import MonitoringAlertHistorySummary, MonitoringAlertSummary
from smtyped._generated.shapes.monitoring_execution import MonitoringExecutionSummary
from smtyped._generated.shapes.monitoring_schedule import MonitoringScheduleSummary

@attrs.frozen(kw_only=True, slots=False)
class ListMonitoringAlertHistoryRequest(Shape):
    monitoring_schedule_name: str | None = None
    monitoring_alert_name: str | None = None
    sort_by: MonitoringAlertHistorySortKey | None = attrs.field(
        default=None, converter=as_MonitoringAlertHistorySortKey_opt
    )
    sort_order: SortOrder | None = attrs.field(default=None, converter=as_SortOrder_opt)
    next_token: str | None = None
    max_results: int | None = None
    creation_time_before: datetime | None = None
    creation_time_after: datetime | None = None
    status_equals: MonitoringAlertStatus | None = attrs.field(default=None, converter=as_MonitoringAlertStatus_opt)
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListMonitoringAlertHistoryResponse(OutputShape):
    monitoring_alert_history: list[MonitoringAlertHistorySummary] | None = None
    next_token: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListMonitoringAlertsRequest(Shape):
    monitoring_schedule_name: str
    next_token: str | None = None
    max_results: int | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListMonitoringAlertsResponse(OutputShape):
    monitoring_alert_summaries: list[MonitoringAlertSummary] | None = None
    next_token: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListMonitoringExecutionsRequest(Shape):
    monitoring_schedule_name: str | None = None
    endpoint_name: str | None = None
    sort_by: MonitoringExecutionSortKey | None = attrs.field(default=None, converter=as_MonitoringExecutionSortKey_opt)
    sort_order: SortOrder | None = attrs.field(default=None, converter=as_SortOrder_opt)
    next_token: str | None = None
    max_results: int | None = None
    scheduled_time_before: datetime | None = None
    scheduled_time_after: datetime | None = None
    creation_time_before: datetime | None = None
    creation_time_after: datetime | None = None
    last_modified_time_before: datetime | None = None
    last_modified_time_after: datetime | None = None
    status_equals: ExecutionStatus | None = attrs.field(default=None, converter=as_ExecutionStatus_opt)
    monitoring_job_definition_name: str | None = None
    monitoring_type_equals: MonitoringType | None = attrs.field(default=None, converter=as_MonitoringType_opt)
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListMonitoringExecutionsResponse(OutputShape):
    monitoring_execution_summaries: list[MonitoringExecutionSummary] | None = None
    next_token: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListMonitoringSchedulesRequest(Shape):
    endpoint_name: str | None = None
    sort_by: MonitoringScheduleSortKey | None = attrs.field(default=None, converter=as_MonitoringScheduleSortKey_opt)
    sort_order: SortOrder | None = attrs.field(default=None, converter=as_SortOrder_opt)
    next_token: str | None = None
    max_results: int | None = None
    name_contains: str | None = None
    creation_time_before: datetime | None = None
    creation_time_after: datetime | None = None
    last_modified_time_before: datetime | None = None
    last_modified_time_after: datetime | None = None
    status_equals: ScheduleStatus | None = attrs.field(default=None, converter=as_ScheduleStatus_opt)
    monitoring_job_definition_name: str | None = None
    monitoring_type_equals: MonitoringType | None = attrs.field(default=None, converter=as_MonitoringType_opt)
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListMonitoringSchedulesResponse(OutputShape):
    monitoring_schedule_summaries: list[MonitoringScheduleSummary] | None = None
    next_token: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
