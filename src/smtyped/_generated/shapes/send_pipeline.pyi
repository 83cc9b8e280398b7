# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.shapes.output_parameter import OutputParameter

@attrs.frozen(kw_only=True, slots=False)
class SendPipelineExecutionStepFailureRequest(Shape):
    callback_token: str
    failure_reason: str | None = None
    client_request_token: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class SendPipelineExecutionStepFailureResponse(OutputShape):
    pipeline_execution_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class SendPipelineExecutionStepSuccessRequest(Shape):
    callback_token: str
    output_parameters: list[OutputParameter] | None = None
    client_request_token: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class SendPipelineExecutionStepSuccessResponse(OutputShape):
    pipeline_execution_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
