# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.shapes.edge_model import EdgeModelSummary

@attrs.frozen(kw_only=True, slots=False)
class DeviceSummary(Shape):
    device_name: str | None = None
    device_arn: str | None = None
    description: str | None = None
    device_fleet_name: str | None = None
    iot_thing_name: str | None = None
    registration_time: datetime | None = None
    latest_heartbeat: datetime | None = None
    models: list[EdgeModelSummary] | None = None
    agent_version: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
