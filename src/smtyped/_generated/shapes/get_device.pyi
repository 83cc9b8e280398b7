# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.shapes.agent_version import AgentVersion
from smtyped._generated.shapes.device_stats import DeviceStats
from smtyped._generated.shapes.edge_model import EdgeModelStat
from smtyped._generated.shapes.edge_output import EdgeOutputConfig

@attrs.frozen(kw_only=True, slots=False)
class GetDeviceFleetReportRequest(Shape):
    device_fleet_name: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class GetDeviceFleetReportResponse(OutputShape):
    device_fleet_arn: str | None = None
    device_fleet_name: str | None = None
    output_config: EdgeOutputConfig | None = None
    description: str | None = None
    report_generated: datetime | None = None
    device_stats: DeviceStats | None = None
    agent_versions: list[AgentVersion] | None = None
    model_stats: list[EdgeModelStat] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
