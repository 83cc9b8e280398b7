# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.shapes.deployment_stage import DeploymentStage
from smtyped._generated.shapes.edge_deployment import EdgeDeploymentModelConfig
from smtyped._generated.shapes.edge_output import EdgeOutputConfig
from smtyped._generated.shapes.tag import Tag

@attrs.frozen(kw_only=True, slots=False)
class CreateEdgeDeploymentPlanRequest(Shape):
    edge_deployment_plan_name: str
    model_configs: list[EdgeDeploymentModelConfig]
    device_fleet_name: str
    stages: list[DeploymentStage] | None = None
    tags: list[Tag] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateEdgeDeploymentPlanResponse(OutputShape):
    edge_deployment_plan_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateEdgeDeploymentStageRequest(Shape):
    edge_deployment_plan_name: str
    stages: list[DeploymentStage]
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateEdgeDeploymentStageResponse(OutputShape):
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateEdgePackagingJobRequest(Shape):
    edge_packaging_job_name: str
    compilation_job_name: str
    model_name: str
    model_version: str
    role_arn: str
    output_config: EdgeOutputConfig
    resource_key: str | None = None
    tags: list[Tag] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateEdgePackagingJobResponse(OutputShape):
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
