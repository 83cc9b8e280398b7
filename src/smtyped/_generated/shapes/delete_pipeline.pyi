# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape

@attrs.frozen(kw_only=True, slots=False)
class DeletePipelineRequest(Shape):
    pipeline_name: str
    client_request_token: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DeletePipelineResponse(OutputShape):
    pipeline_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
