# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.shapes.edge_output import EdgeOutputConfig

@attrs.frozen(kw_only=True, slots=False)
class UpdateDeviceFleetRequest(Shape):
    device_fleet_name: str
    output_config: EdgeOutputConfig
    role_arn: str | None = None
    description: str | None = None
    enable_iot_role_alias: bool | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class UpdateDeviceFleetResponse(OutputShape):
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
