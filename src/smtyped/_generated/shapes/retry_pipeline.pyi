# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.shapes.parallelism_configuration import ParallelismConfiguration

@attrs.frozen(kw_only=True, slots=False)
class RetryPipelineExecutionRequest(Shape):
    pipeline_execution_arn: str
    client_request_token: str
    parallelism_configuration: ParallelismConfiguration | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class RetryPipelineExecutionResponse(OutputShape):
    pipeline_execution_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
