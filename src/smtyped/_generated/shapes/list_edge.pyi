# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.edge_packaging import (
    EdgePackagingJobStatus,
    as_EdgePackagingJobStatus_opt,
)
from smtyped._generated.enums.list_edge import (
    ListEdgeDeploymentPlansSortBy,
    ListEdgePackagingJobsSortBy,
    as_ListEdgeDeploymentPlansSortBy_opt,
    as_ListEdgePackagingJobsSortBy_opt,
)
from smtyped._generated.enums.sort_order import SortOrder, as_SortOrder_opt
from smtyped._generated.shapes.edge_deployment import EdgeDeploymentPlanSummary
from smtyped._generated.shapes.edge_packaging import EdgePackagingJobSummary

@attrs.frozen(kw_only=True, slots=False)
class ListEdgeDeploymentPlansRequest(Shape):
    next_token: str | None = None
    max_results: int | None = None
    creation_time_after: datetime | None = None
    creation_time_before: datetime | None = None
    last_modified_time_after: datetime | None = None
    last_modified_time_before: datetime | None = None
    name_contains: str | None = None
    device_fleet_name_contains: str | None = None
    sort_by: ListEdgeDeploymentPlansSortBy | None = attrs.field(
        default=None, converter=as_ListEdgeDeploymentPlansSortBy_opt
    )
    sort_order: SortOrder | None = attrs.field(default=None, converter=as_SortOrder_opt)
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListEdgeDeploymentPlansResponse(OutputShape):
    edge_deployment_plan_summaries: list[EdgeDeploymentPlanSummary] | None = None
    next_token: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListEdgePackagingJobsRequest(Shape):
    next_token: str | None = None
    max_results: int | None = None
    creation_time_after: datetime | None = None
    creation_time_before: datetime | None = None
    last_modified_time_after: datetime | None = None
    last_modified_time_before: datetime | None = None
    name_contains: str | None = None
    model_name_contains: str | None = None
    status_equals: EdgePackagingJobStatus | None = attrs.field(default=None, converter=as_EdgePackagingJobStatus_opt)
    sort_by: ListEdgePackagingJobsSortBy | None = attrs.field(
        default=None, converter=as_ListEdgePackagingJobsSortBy_opt
    )
    sort_order: SortOrder | None = attrs.field(default=None, converter=as_SortOrder_opt)
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListEdgePackagingJobsResponse(OutputShape):
    edge_packaging_job_summaries: list[EdgePackagingJobSummary] | None = None
    next_token: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
