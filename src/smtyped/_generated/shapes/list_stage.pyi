# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.shapes.device_deployment import DeviceDeploymentSummary

@attrs.frozen(kw_only=True, slots=False)
class ListStageDevicesRequest(Shape):
    edge_deployment_plan_name: str
    stage_name: str
    next_token: str | None = None
    max_results: int | None = None
    exclude_devices_deployed_in_other_stage: bool | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListStageDevicesResponse(OutputShape):
    device_deployment_summaries: list[DeviceDeploymentSummary] | None = None
    next_token: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
