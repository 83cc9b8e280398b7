# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.shapes.monitoring_schedule import MonitoringScheduleConfig
from smtyped._generated.shapes.tag import Tag

@attrs.frozen(kw_only=True, slots=False)
class CreateMonitoringScheduleRequest(Shape):
    monitoring_schedule_name: str
    monitoring_schedule_config: MonitoringScheduleConfig
    tags: list[Tag] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateMonitoringScheduleResponse(OutputShape):
    monitoring_schedule_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
