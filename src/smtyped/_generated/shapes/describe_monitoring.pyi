# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.monitoring_type import (
    MonitoringType,
    as_MonitoringType_opt,
)
from smtyped._generated.enums.schedule_status import (
    ScheduleStatus,
    as_ScheduleStatus_opt,
)
from smtyped._generated.shapes.monitoring_execution import MonitoringExecutionSummary
from smtyped._generated.shapes.monitoring_schedule import MonitoringScheduleConfig

@attrs.frozen(kw_only=True, slots=False)
class DescribeMonitoringScheduleRequest(Shape):
    monitoring_schedule_name: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeMonitoringScheduleResponse(OutputShape):
    monitoring_schedule_arn: str | None = None
    monitoring_schedule_name: str | None = None
    monitoring_schedule_status: ScheduleStatus | None = attrs.field(default=None, converter=as_ScheduleStatus_opt)
    monitoring_type: MonitoringType | None = attrs.field(default=None, converter=as_MonitoringType_opt)
    failure_reason: str | None = None
    creation_time: datetime | None = None
    last_modified_time: datetime | None = None
    monitoring_schedule_config: MonitoringScheduleConfig | None = None
    endpoint_name: str | None = None
    last_monitoring_execution_summary: MonitoringExecutionSummary | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
