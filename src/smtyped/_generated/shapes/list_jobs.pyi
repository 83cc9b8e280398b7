# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.job_category import JobCategory, as_JobCategory
from smtyped._generated.enums.job_status import JobStatus, as_JobStatus_opt
from smtyped._generated.enums.sort_by import SortBy, as_SortBy_opt
from smtyped._generated.enums.sort_order import SortOrder, as_SortOrder_opt
from smtyped._generated.shapes.job_summary import JobSummary

@attrs.frozen(kw_only=True, slots=False)
class ListJobsRequest(Shape):
    job_category: JobCategory = attrs.field(converter=as_JobCategory)
    next_token: str | None = None
    max_results: int | None = None
    creation_time_after: datetime | None = None
    creation_time_before: datetime | None = None
    last_modified_time_after: datetime | None = None
    last_modified_time_before: datetime | None = None
    name_contains: str | None = None
    sort_by: SortBy | None = attrs.field(default=None, converter=as_SortBy_opt)
    sort_order: SortOrder | None = attrs.field(default=None, converter=as_SortOrder_opt)
    status_equals: JobStatus | None = attrs.field(default=None, converter=as_JobStatus_opt)
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListJobsResponse(OutputShape):
    next_token: str | None = None
    job_summaries: list[JobSummary] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
