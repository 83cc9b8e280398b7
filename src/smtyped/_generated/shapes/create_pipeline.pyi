# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.shapes.parallelism_configuration import ParallelismConfiguration
from smtyped._generated.shapes.pipeline_definition import PipelineDefinitionS3Location
from smtyped._generated.shapes.tag import Tag

@attrs.frozen(kw_only=True, slots=False)
class CreatePipelineRequest(Shape):
    pipeline_name: str
    client_request_token: str
    role_arn: str
    pipeline_display_name: str | None = None
    pipeline_definition: str | None = None
    pipeline_definition_s3_location: PipelineDefinitionS3Location | None = None
    pipeline_description: str | None = None
    tags: list[Tag] | None = None
    parallelism_configuration: ParallelismConfiguration | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreatePipelineResponse(OutputShape):
    pipeline_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
