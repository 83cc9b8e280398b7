# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.optimization_job import (
    OptimizationJobDeploymentInstanceType,
    OptimizationJobStatus,
    as_OptimizationJobDeploymentInstanceType_opt,
    as_OptimizationJobStatus_opt,
)
from smtyped._generated.shapes.optimization_model import OptimizationModelAccessConfig
from smtyped._generated.shapes.optimization_sage import OptimizationSageMakerModel

@attrs.frozen(kw_only=True, slots=False)
class OptimizationJobModelSource(Shape):
    s3: OptimizationJobModelSourceS3 | None = None
    sage_maker_model: OptimizationSageMakerModel | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class OptimizationJobModelSourceS3(Shape):
    s3_uri: str | None = None
    model_access_config: OptimizationModelAccessConfig | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class OptimizationJobOutputConfig(Shape):
    s3_output_location: str
    kms_key_id: str | None = None
    sage_maker_model: OptimizationSageMakerModel | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class OptimizationJobSummary(Shape):
    optimization_job_name: str | None = None
    optimization_job_arn: str | None = None
    creation_time: datetime | None = None
    optimization_job_status: OptimizationJobStatus | None = attrs.field(
        default=None, converter=as_OptimizationJobStatus_opt
    )
    optimization_start_time: datetime | None = None
    optimization_end_time: datetime | None = None
    last_modified_time: datetime | None = None
    deployment_instance_type: OptimizationJobDeploymentInstanceType | None = attrs.field(
        default=None, converter=as_OptimizationJobDeploymentInstanceType_opt
    )
    max_instance_count: int | None = None
    optimization_types: list[str] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
