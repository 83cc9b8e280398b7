# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.shapes.device_summary import DeviceSummary

@attrs.frozen(kw_only=True, slots=False)
class ListDevicesRequest(Shape):
    next_token: str | None = None
    max_results: int | None = None
    latest_heartbeat_after: datetime | None = None
    model_name: str | None = None
    device_fleet_name: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListDevicesResponse(OutputShape):
    device_summaries: list[DeviceSummary] | None = None
    next_token: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
