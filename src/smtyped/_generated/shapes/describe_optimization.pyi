# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.optimization_job import (
    OptimizationJobDeploymentInstanceType,
    OptimizationJobStatus,
    as_OptimizationJobDeploymentInstanceType_opt,
    as_OptimizationJobStatus_opt,
)
from smtyped._generated.shapes.optimization_config import OptimizationConfig
from smtyped._generated.shapes.optimization_job import OptimizationJobModelSource, OptimizationJobOutputConfig
from smtyped._generated.shapes.optimization_output import OptimizationOutput
from smtyped._generated.shapes.optimization_vpc import OptimizationVpcConfig
from smtyped._generated.shapes.stopping_condition import StoppingCondition

@attrs.frozen(kw_only=True, slots=False)
class DescribeOptimizationJobRequest(Shape):
    optimization_job_name: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeOptimizationJobResponse(OutputShape):
    optimization_job_arn: str | None = None
    optimization_job_status: OptimizationJobStatus | None = attrs.field(
        default=None, converter=as_OptimizationJobStatus_opt
    )
    optimization_start_time: datetime | None = None
    optimization_end_time: datetime | None = None
    creation_time: datetime | None = None
    last_modified_time: datetime | None = None
    failure_reason: str | None = None
    optimization_job_name: str | None = None
    model_source: OptimizationJobModelSource | None = None
    optimization_environment: dict[str, str] | None = None
    deployment_instance_type: OptimizationJobDeploymentInstanceType | None = attrs.field(
        default=None, converter=as_OptimizationJobDeploymentInstanceType_opt
    )
    max_instance_count: int | None = None
    optimization_configs: list[OptimizationConfig] | None = None
    output_config: OptimizationJobOutputConfig | None = None
    optimization_output: OptimizationOutput | None = None
    role_arn: str | None = None
    stopping_condition: StoppingCondition | None = None
    vpc_config: OptimizationVpcConfig | None = None
    training_plan_arns: list[str] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
