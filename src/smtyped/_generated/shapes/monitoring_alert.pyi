# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.monitoring_alert import (
    MonitoringAlertStatus,
    as_MonitoringAlertStatus_opt,
)
from smtyped._generated.shapes.model_dashboard import ModelDashboardIndicatorAction

@attrs.frozen(kw_only=True, slots=False)
class MonitoringAlertActions(Shape):
    model_dashboard_indicator: ModelDashboardIndicatorAction | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class MonitoringAlertHistorySummary(Shape):
    monitoring_schedule_name: str | None = None
    monitoring_alert_name: str | None = None
    creation_time: datetime | None = None
    alert_status: MonitoringAlertStatus | None = attrs.field(default=None, converter=as_MonitoringAlertStatus_opt)
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class MonitoringAlertSummary(Shape):
    monitoring_alert_name: str | None = None
    creation_time: datetime | None = None
    last_modified_time: datetime | None = None
    alert_status: MonitoringAlertStatus | None = attrs.field(default=None, converter=as_MonitoringAlertStatus_opt)
    datapoints_to_alert: int | None = None
    evaluation_period: int | None = None
    actions: MonitoringAlertActions | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
