# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.shapes.device import Device

@attrs.frozen(kw_only=True, slots=False)
class UpdateDevicesRequest(Shape):
    device_fleet_name: str
    devices: list[Device]
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class UpdateDevicesResponse(OutputShape):
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
