# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.device_deployment import (
    DeviceDeploymentStatus,
    as_DeviceDeploymentStatus_opt,
)

@attrs.frozen(kw_only=True, slots=False)
class DeviceDeploymentSummary(Shape):
    edge_deployment_plan_arn: str | None = None
    edge_deployment_plan_name: str | None = None
    stage_name: str | None = None
    deployed_stage_name: str | None = None
    device_fleet_name: str | None = None
    device_name: str | None = None
    device_arn: str | None = None
    device_deployment_status: DeviceDeploymentStatus | None = attrs.field(
        default=None, converter=as_DeviceDeploymentStatus_opt
    )
    device_deployment_status_message: str | None = None
    description: str | None = None
    deployment_start_time: datetime | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
