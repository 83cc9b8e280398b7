# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.labeling_job import (
    LabelingJobStatus,
    as_LabelingJobStatus_opt,
)
from smtyped._generated.enums.list_labeling import (
    ListLabelingJobsForWorkteamSortByOptions,
    as_ListLabelingJobsForWorkteamSortByOptions_opt,
)
from smtyped._generated.enums.sort_by import SortBy, as_SortBy_opt
from smtyped._generated.enums.sort_order import SortOrder, as_SortOrder_opt
from smtyped._generated.shapes.labeling_job import LabelingJobForWorkteamSummary, LabelingJobSummary

@attrs.frozen(kw_only=True, slots=False)
class ListLabelingJobsForWorkteamRequest(Shape):
    workteam_arn: str
    max_results: int | None = None
    next_token: str | None = None
    creation_time_after: datetime | None = None
    creation_time_before: datetime | None = None
    job_reference_code_contains: str | None = None
    sort_by: ListLabelingJobsForWorkteamSortByOptions | None = attrs.field(
        default=None, converter=as_ListLabelingJobsForWorkteamSortByOptions_opt
    )
    sort_order: SortOrder | None = attrs.field(default=None, converter=as_SortOrder_opt)
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListLabelingJobsForWorkteamResponse(OutputShape):
    labeling_job_summary_list: list[LabelingJobForWorkteamSummary] | None = None
    next_token: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListLabelingJobsRequest(Shape):
    creation_time_after: datetime | None = None
    creation_time_before: datetime | None = None
    last_modified_time_after: datetime | None = None
    last_modified_time_before: datetime | None = None
    max_results: int | None = None
    next_token: str | None = None
    name_contains: str | None = None
    sort_by: SortBy | None = attrs.field(default=None, converter=as_SortBy_opt)
    sort_order: SortOrder | None = attrs.field(default=None, converter=as_SortOrder_opt)
    status_equals: LabelingJobStatus | None = attrs.field(default=None, converter=as_LabelingJobStatus_opt)
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListLabelingJobsResponse(OutputShape):
    labeling_job_summary_list: list[LabelingJobSummary] | None = None
    next_token: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
