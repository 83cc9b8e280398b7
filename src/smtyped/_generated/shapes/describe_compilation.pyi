# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.compilation_job import (
    CompilationJobStatus,
    as_CompilationJobStatus_opt,
)
from smtyped._generated.shapes.derived_information import DerivedInformation
from smtyped._generated.shapes.input_config import InputConfig
from smtyped._generated.shapes.model_artifacts import ModelArtifacts
from smtyped._generated.shapes.model_digests import ModelDigests
from smtyped._generated.shapes.neo_vpc import NeoVpcConfig
from smtyped._generated.shapes.output_config import OutputConfig
from smtyped._generated.shapes.stopping_condition import StoppingCondition

@attrs.frozen(kw_only=True, slots=False)
class DescribeCompilationJobRequest(Shape):
    compilation_job_name: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeCompilationJobResponse(OutputShape):
    compilation_job_name: str | None = None
    compilation_job_arn: str | None = None
    compilation_job_status: CompilationJobStatus | None = attrs.field(
        default=None, converter=as_CompilationJobStatus_opt
    )
    compilation_start_time: datetime | None = None
    compilation_end_time: datetime | None = None
    stopping_condition: StoppingCondition | None = None
    inference_image: str | None = None
    model_package_version_arn: str | None = None
    creation_time: datetime | None = None
    last_modified_time: datetime | None = None
    failure_reason: str | None = None
    model_artifacts: ModelArtifacts | None = None
    model_digests: ModelDigests | None = None
    role_arn: str | None = None
    input_config: InputConfig | None = None
    output_config: OutputConfig | None = None
    vpc_config: NeoVpcConfig | None = None
    derived_information: DerivedInformation | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
