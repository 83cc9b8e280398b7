# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.cluster_event import (
    ClusterEventResourceType,
    as_ClusterEventResourceType_opt,
)
from smtyped._generated.enums.cluster_sort import (
    ClusterSortBy,
    as_ClusterSortBy_opt,
)
from smtyped._generated.enums.event_sort import EventSortBy, as_EventSortBy_opt
from smtyped._generated.enums.scheduler_resource import (
    SchedulerResourceStatus,
    as_SchedulerResourceStatus_opt,
)
from smtyped._generated.enums.sort_cluster import (
    SortClusterSchedulerConfigBy,
    as_SortClusterSchedulerConfigBy_opt,
)
from smtyped._generated.enums.sort_order import SortOrder, as_SortOrder_opt
from smtyped._generated.shapes.cluster_event import ClusterEventSummary
from smtyped._generated.shapes.cluster_node import ClusterNodeSummary
from smtyped._generated.shapes.cluster_scheduler import ClusterSchedulerConfigSummary

@attrs.frozen(kw_only=True, slots=False)
class ListClusterEventsRequest(Shape):
    cluster_name: str
    instance_group_name: str | None = None
    node_id: str | None = None
    event_time_after: datetime | None = None
    event_time_before: datetime | None = None
    sort_by: EventSortBy | None = attrs.field(default=None, converter=as_EventSortBy_opt)
    sort_order: SortOrder | None = attrs.field(default=None, converter=as_SortOrder_opt)
    resource_type: ClusterEventResourceType | None = attrs.field(
        default=None, converter=as_ClusterEventResourceType_opt
    )
    max_results: int | None = None
    next_token: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListClusterEventsResponse(OutputShape):
    next_token: str | None = None
    events: list[ClusterEventSummary] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListClusterNodesRequest(Shape):
    cluster_name: str
    creation_time_after: datetime | None = None
    creation_time_before: datetime | None = None
    instance_group_name_contains: str | None = None
    max_results: int | None = None
    next_token: str | None = None
    sort_by: ClusterSortBy | None = attrs.field(default=None, converter=as_ClusterSortBy_opt)
    sort_order: SortOrder | None = attrs.field(default=None, converter=as_SortOrder_opt)
    include_node_logical_ids: bool | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListClusterNodesResponse(OutputShape):
    next_token: str | None = None
    cluster_node_summaries: list[ClusterNodeSummary] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListClusterSchedulerConfigsRequest(Shape):
    created_after: datetime | None = None
    created_before: datetime | None = None
    name_contains: str | None = None
    cluster_arn: str | None = None
    status: SchedulerResourceStatus | None = attrs.field(default=None, converter=as_SchedulerResourceStatus_opt)
    sort_by: SortClusterSchedulerConfigBy | None = attrs.field(
        default=None, converter=as_SortClusterSchedulerConfigBy_opt
    )
    sort_order: SortOrder | None = attrs.field(default=None, converter=as_SortOrder_opt)
    next_token: str | None = None
    max_results: int | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListClusterSchedulerConfigsResponse(OutputShape):
    cluster_scheduler_config_summaries: list[ClusterSchedulerConfigSummary] | None = None
    next_token: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
