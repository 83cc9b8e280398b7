# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.endpoint_status import EndpointStatus, as_EndpointStatus_opt

@attrs.frozen(kw_only=True, slots=False)
class EndpointMetadata(Shape):
    endpoint_name: str | None = None
    endpoint_config_name: str | None = None
    endpoint_status: EndpointStatus | None = attrs.field(default=None, converter=as_EndpointStatus_opt)
    failure_reason: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
