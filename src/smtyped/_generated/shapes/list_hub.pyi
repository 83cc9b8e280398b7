# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.hub_content import (
    HubContentSortBy,
    HubContentType,
    as_HubContentSortBy_opt,
    as_HubContentType,
)
from smtyped._generated.enums.sort_order import SortOrder, as_SortOrder_opt
from smtyped._generated.shapes.hub_content import HubContentInfo

@attrs.frozen(kw_only=True, slots=False)
class ListHubContentVersionsRequest(Shape):
    hub_name: str
    hub_content_type: HubContentType = attrs.field(converter=as_HubContentType)
    hub_content_name: str
    min_version: str | None = None
    max_schema_version: str | None = None
    creation_time_before: datetime | None = None
    creation_time_after: datetime | None = None
    sort_by: HubContentSortBy | None = attrs.field(default=None, converter=as_HubContentSortBy_opt)
    sort_order: SortOrder | None = attrs.field(default=None, converter=as_SortOrder_opt)
    max_results: int | None = None
    next_token: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListHubContentVersionsResponse(OutputShape):
    hub_content_summaries: list[HubContentInfo] | None = None
    next_token: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListHubContentsRequest(Shape):
    hub_name: str
    hub_content_type: HubContentType = attrs.field(converter=as_HubContentType)
    name_contains: str | None = None
    max_schema_version: str | None = None
    creation_time_before: datetime | None = None
    creation_time_after: datetime | None = None
    sort_by: HubContentSortBy | None = attrs.field(default=None, converter=as_HubContentSortBy_opt)
    sort_order: SortOrder | None = attrs.field(default=None, converter=as_SortOrder_opt)
    max_results: int | None = None
    next_token: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListHubContentsResponse(OutputShape):
    hub_content_summaries: list[HubContentInfo] | None = None
    next_token: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
