# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.shapes.monitoring_schedule import MonitoringScheduleConfig

@attrs.frozen(kw_only=True, slots=False)
class UpdateMonitoringAlertRequest(Shape):
    monitoring_schedule_name: str
    monitoring_alert_name: str
    datapoints_to_alert: int
    evaluation_period: int
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class UpdateMonitoringAlertResponse(OutputShape):
    monitoring_schedule_arn: str | None = None
    monitoring_alert_name: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class UpdateMonitoringScheduleRequest(Shape):
    monitoring_schedule_name: str
    monitoring_schedule_config: MonitoringScheduleConfig
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class UpdateMonitoringScheduleResponse(OutputShape):
    monitoring_schedule_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
