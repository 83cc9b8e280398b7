# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.shapes.device_selection import DeviceSelectionConfig
from smtyped._generated.shapes.edge_deployment import EdgeDeploymentConfig, EdgeDeploymentStatus

@attrs.frozen(kw_only=True, slots=False)
class DeploymentStage(Shape):
    stage_name: str
    device_selection_config: DeviceSelectionConfig
    deployment_config: EdgeDeploymentConfig | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DeploymentStageStatusSummary(Shape):
    stage_name: str | None = None
    device_selection_config: DeviceSelectionConfig | None = None
    deployment_config: EdgeDeploymentConfig | None = None
    deployment_status: EdgeDeploymentStatus | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
