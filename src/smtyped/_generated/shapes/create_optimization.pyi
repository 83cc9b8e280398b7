# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.optimization_job import (
    OptimizationJobDeploymentInstanceType,
    as_OptimizationJobDeploymentInstanceType,
)
from smtyped._generated.shapes.optimization_config import OptimizationConfig
from smtyped._generated.shapes.optimization_job import OptimizationJobModelSource, OptimizationJobOutputConfig
from smtyped._generated.shapes.optimization_vpc import OptimizationVpcConfig
from smtyped._generated.shapes.stopping_condition import StoppingCondition
from smtyped._generated.shapes.tag import Tag

@attrs.frozen(kw_only=True, slots=False)
class CreateOptimizationJobRequest(Shape):
    optimization_job_name: str
    role_arn: str
    model_source: OptimizationJobModelSource
    deployment_instance_type: OptimizationJobDeploymentInstanceType = attrs.field(
        converter=as_OptimizationJobDeploymentInstanceType
    )
    optimization_configs: list[OptimizationConfig]
    output_config: OptimizationJobOutputConfig
    stopping_condition: StoppingCondition
    max_instance_count: int | None = None
    optimization_environment: dict[str, str] | None = None
    tags: list[Tag] | None = None
    vpc_config: OptimizationVpcConfig | None = None
    training_plan_arns: list[str] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateOptimizationJobResponse(OutputShape):
    optimization_job_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
