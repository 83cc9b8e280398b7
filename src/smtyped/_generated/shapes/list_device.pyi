# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.list_device import (
    ListDeviceFleetsSortBy,
    as_ListDeviceFleetsSortBy_opt,
)
from smtyped._generated.enums.sort_order import SortOrder, as_SortOrder_opt
from smtyped._generated.shapes.device_fleet import DeviceFleetSummary

@attrs.frozen(kw_only=True, slots=False)
class ListDeviceFleetsRequest(Shape):
    next_token: str | None = None
    max_results: int | None = None
    creation_time_after: datetime | None = None
    creation_time_before: datetime | None = None
    last_modified_time_after: datetime | None = None
    last_modified_time_before: datetime | None = None
    name_contains: str | None = None
    sort_by: ListDeviceFleetsSortBy | None = attrs.field(default=None, converter=as_ListDeviceFleetsSortBy_opt)
    sort_order: SortOrder | None = attrs.field(default=None, converter=as_SortOrder_opt)
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListDeviceFleetsResponse(OutputShape):
    device_fleet_summaries: list[DeviceFleetSummary] | None = None
    next_token: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
