# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.shapes.parallelism_configuration import ParallelismConfiguration
from smtyped._generated.shapes.pipeline_definition import PipelineDefinitionS3Location

@attrs.frozen(kw_only=True, slots=False)
class UpdatePipelineExecutionRequest(Shape):
    pipeline_execution_arn: str
    pipeline_execution_description: str | None = None
    pipeline_execution_display_name: str | None = None
    parallelism_configuration: ParallelismConfiguration | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class UpdatePipelineExecutionResponse(OutputShape):
    pipeline_execution_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class UpdatePipelineRequest(Shape):
    pipeline_name: str
    pipeline_display_name: str | None = None
    pipeline_definition: str | None = None
    pipeline_definition_s3_location: PipelineDefinitionS3Location | None = None
    pipeline_description: str | None = None
    role_arn: str | None = None
    parallelism_configuration: ParallelismConfiguration | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class UpdatePipelineResponse(OutputShape):
    pipeline_arn: str | None = None
    pipeline_version_id: int | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class UpdatePipelineVersionRequest(Shape):
    pipeline_arn: str
    pipeline_version_id: int
    pipeline_version_display_name: str | None = None
    pipeline_version_description: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class UpdatePipelineVersionResponse(OutputShape):
    pipeline_arn: str | None = None
    pipeline_version_id: int | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
