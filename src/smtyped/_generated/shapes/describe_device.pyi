# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.shapes.edge_model import EdgeModel
from smtyped._generated.shapes.edge_output import EdgeOutputConfig

@attrs.frozen(kw_only=True, slots=False)
class DescribeDeviceFleetRequest(Shape):
    device_fleet_name: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeDeviceFleetResponse(OutputShape):
    device_fleet_name: str | None = None
    device_fleet_arn: str | None = None
    output_config: EdgeOutputConfig | None = None
    description: str | None = None
    creation_time: datetime | None = None
    last_modified_time: datetime | None = None
    role_arn: str | None = None
    iot_role_alias: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeDeviceRequest(Shape):
    device_name: str
    device_fleet_name: str
    next_token: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeDeviceResponse(OutputShape):
    device_arn: str | None = None
    device_name: str | None = None
    description: str | None = None
    device_fleet_name: str | None = None
    iot_thing_name: str | None = None
    registration_time: datetime | None = None
    latest_heartbeat: datetime | None = None
    models: list[EdgeModel] | None = None
    max_models: int | None = None
    next_token: str | None = None
    agent_version: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
