# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.endpoint_config import (
    EndpointConfigSortKey,
    as_EndpointConfigSortKey_opt,
)
from smtyped._generated.enums.order_key import OrderKey, as_OrderKey_opt
from smtyped._generated.shapes.endpoint_config import EndpointConfigSummary

@attrs.frozen(kw_only=True, slots=False)
class ListEndpointConfigsInput(Shape):
    sort_by: EndpointConfigSortKey | None = attrs.field(default=None, converter=as_EndpointConfigSortKey_opt)
    sort_order: OrderKey | None = attrs.field(default=None, converter=as_OrderKey_opt)
    next_token: str | None = None
    max_results: int | None = None
    name_contains: str | None = None
    creation_time_before: datetime | None = None
    creation_time_after: datetime | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListEndpointConfigsOutput(OutputShape):
    endpoint_configs: list[EndpointConfigSummary] | None = None
    next_token: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
