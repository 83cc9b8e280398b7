# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.feature_group import (
    FeatureGroupSortBy,
    FeatureGroupSortOrder,
    FeatureGroupStatus,
    as_FeatureGroupSortBy_opt,
    as_FeatureGroupSortOrder_opt,
    as_FeatureGroupStatus_opt,
)
from smtyped._generated.enums.offline_store import (
    OfflineStoreStatusValue,
    as_OfflineStoreStatusValue_opt,
)
from smtyped._generated.shapes.feature_group import FeatureGroupSummary

@attrs.frozen(kw_only=True, slots=False)
class ListFeatureGroupsRequest(Shape):
    name_contains: str | None = None
    feature_group_status_equals: FeatureGroupStatus | None = attrs.field(
        default=None, converter=as_FeatureGroupStatus_opt
    )
    offline_store_status_equals: OfflineStoreStatusValue | None = attrs.field(
        default=None, converter=as_OfflineStoreStatusValue_opt
    )
    creation_time_after: datetime | None = None
    creation_time_before: datetime | None = None
    sort_order: FeatureGroupSortOrder | None = attrs.field(default=None, converter=as_FeatureGroupSortOrder_opt)
    sort_by: FeatureGroupSortBy | None = attrs.field(default=None, converter=as_FeatureGroupSortBy_opt)
    max_results: int | None = None
    next_token: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListFeatureGroupsResponse(OutputShape):
    feature_group_summaries: list[FeatureGroupSummary] | None = None
    next_token: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
