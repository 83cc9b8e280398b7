# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape

@attrs.frozen(kw_only=True, slots=False)
class DeleteEdgeDeploymentPlanRequest(Shape):
    edge_deployment_plan_name: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DeleteEdgeDeploymentPlanResponse(OutputShape):
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DeleteEdgeDeploymentStageRequest(Shape):
    edge_deployment_plan_name: str
    stage_name: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DeleteEdgeDeploymentStageResponse(OutputShape):
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
