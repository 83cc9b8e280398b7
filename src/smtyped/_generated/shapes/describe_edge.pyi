# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.edge_packaging import (
    EdgePackagingJobStatus,
    as_EdgePackagingJobStatus_opt,
)
from smtyped._generated.shapes.deployment_stage import DeploymentStageStatusSummary
from smtyped._generated.shapes.edge_deployment import EdgeDeploymentModelConfig
from smtyped._generated.shapes.edge_output import EdgeOutputConfig
from smtyped._generated.shapes.edge_preset import EdgePresetDeploymentOutput

@attrs.frozen(kw_only=True, slots=False)
class DescribeEdgeDeploymentPlanRequest(Shape):
    edge_deployment_plan_name: str
    next_token: str | None = None
    max_results: int | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeEdgeDeploymentPlanResponse(OutputShape):
    edge_deployment_plan_arn: str | None = None
    edge_deployment_plan_name: str | None = None
    model_configs: list[EdgeDeploymentModelConfig] | None = None
    device_fleet_name: str | None = None
    edge_deployment_success: int | None = None
    edge_deployment_pending: int | None = None
    edge_deployment_failed: int | None = None
    stages: list[DeploymentStageStatusSummary] | None = None
    next_token: str | None = None
    creation_time: datetime | None = None
    last_modified_time: datetime | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeEdgePackagingJobRequest(Shape):
    edge_packaging_job_name: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeEdgePackagingJobResponse(OutputShape):
    edge_packaging_job_arn: str | None = None
    edge_packaging_job_name: str | None = None
    compilation_job_name: str | None = None
    model_name: str | None = None
    model_version: str | None = None
    role_arn: str | None = None
    output_config: EdgeOutputConfig | None = None
    resource_key: str | None = None
    edge_packaging_job_status: EdgePackagingJobStatus | None = attrs.field(
        default=None, converter=as_EdgePackagingJobStatus_opt
    )
    edge_packaging_job_status_message: str | None = None
    creation_time: datetime | None = None
    last_modified_time: datetime | None = None
    model_artifact: str | None = None
    model_signature: str | None = None
    preset_deployment_output: EdgePresetDeploymentOutput | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
