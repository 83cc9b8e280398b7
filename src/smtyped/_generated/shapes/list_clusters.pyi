# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.cluster_sort import (
    ClusterSortBy,
    as_ClusterSortBy_opt,
)
from smtyped._generated.enums.sort_order import SortOrder, as_SortOrder_opt
from smtyped._generated.shapes.cluster_summary import ClusterSummary

@attrs.frozen(kw_only=True, slots=False)
class ListClustersRequest(Shape):
    creation_time_after: datetime | None = None
    creation_time_before: datetime | None = None
    max_results: int | None = None
    name_contains: str | None = None
    next_token: str | None = None
    sort_by: ClusterSortBy | None = attrs.field(default=None, converter=as_ClusterSortBy_opt)
    sort_order: SortOrder | None = attrs.field(default=None, converter=as_SortOrder_opt)
    training_plan_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListClustersResponse(OutputShape):
    next_token: str | None = None
    cluster_summaries: list[ClusterSummary] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
