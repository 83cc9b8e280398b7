# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.shapes.input_config import InputConfig
from smtyped._generated.shapes.neo_vpc import NeoVpcConfig
from smtyped._generated.shapes.output_config import OutputConfig
from smtyped._generated.shapes.stopping_condition import StoppingCondition
from smtyped._generated.shapes.tag import Tag

@attrs.frozen(kw_only=True, slots=False)
class CreateCompilationJobRequest(Shape):
    compilation_job_name: str
    role_arn: str
    output_config: OutputConfig
    stopping_condition: StoppingCondition
    model_package_version_arn: str | None = None
    input_config: InputConfig | None = None
    vpc_config: NeoVpcConfig | None = None
    tags: list[Tag] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateCompilationJobResponse(OutputShape):
    compilation_job_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
