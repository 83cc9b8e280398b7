# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.scheduler_resource import (
    SchedulerResourceStatus,
    as_SchedulerResourceStatus_opt,
)
from smtyped._generated.enums.sort_order import SortOrder, as_SortOrder_opt
from smtyped._generated.enums.sort_quota import SortQuotaBy, as_SortQuotaBy_opt
from smtyped._generated.shapes.compute_quota import ComputeQuotaSummary

@attrs.frozen(kw_only=True, slots=False)
class ListComputeQuotasRequest(Shape):
    created_after: datetime | None = None
    created_before: datetime | None = None
    name_contains: str | None = None
    status: SchedulerResourceStatus | None = attrs.field(default=None, converter=as_SchedulerResourceStatus_opt)
    cluster_arn: str | None = None
    sort_by: SortQuotaBy | None = attrs.field(default=None, converter=as_SortQuotaBy_opt)
    sort_order: SortOrder | None = attrs.field(default=None, converter=as_SortOrder_opt)
    next_token: str | None = None
    max_results: int | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListComputeQuotasResponse(OutputShape):
    compute_quota_summaries: list[ComputeQuotaSummary] | None = None
    next_token: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
