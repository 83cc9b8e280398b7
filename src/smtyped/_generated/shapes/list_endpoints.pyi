# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.endpoint_sort import (
    EndpointSortKey,
    as_EndpointSortKey_opt,
)
from smtyped._generated.enums.endpoint_status import (
    EndpointStatus,
    as_EndpointStatus_opt,
)
from smtyped._generated.enums.order_key import OrderKey, as_OrderKey_opt
from smtyped._generated.shapes.endpoint_summary import EndpointSummary

@attrs.frozen(kw_only=True, slots=False)
class ListEndpointsInput(Shape):
    sort_by: EndpointSortKey | None = attrs.field(default=None, converter=as_EndpointSortKey_opt)
    sort_order: OrderKey | None = attrs.field(default=None, converter=as_OrderKey_opt)
    next_token: str | None = None
    max_results: int | None = None
    name_contains: str | None = None
    creation_time_before: datetime | None = None
    creation_time_after: datetime | None = None
    last_modified_time_before: datetime | None = None
    last_modified_time_after: datetime | None = None
    status_equals: EndpointStatus | None = attrs.field(default=None, converter=as_EndpointStatus_opt)
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListEndpointsOutput(OutputShape):
    endpoints: list[EndpointSummary] | None = None
    next_token: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
