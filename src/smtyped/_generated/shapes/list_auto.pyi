# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.auto_ml import (
    AutoMLJobStatus,
    AutoMLSortBy,
    AutoMLSortOrder,
    as_AutoMLJobStatus_opt,
    as_AutoMLSortBy_opt,
    as_AutoMLSortOrder_opt,
)
from smtyped._generated.shapes.auto_ml import AutoMLJobSummary

@attrs.frozen(kw_only=True, slots=False)
class ListAutoMLJobsRequest(Shape):
    creation_time_after: datetime | None = None
    creation_time_before: datetime | None = None
    last_modified_time_after: datetime | None = None
    last_modified_time_before: datetime | None = None
    name_contains: str | None = None
    status_equals: AutoMLJobStatus | None = attrs.field(default=None, converter=as_AutoMLJobStatus_opt)
    sort_order: AutoMLSortOrder | None = attrs.field(default=None, converter=as_AutoMLSortOrder_opt)
    sort_by: AutoMLSortBy | None = attrs.field(default=None, converter=as_AutoMLSortBy_opt)
    max_results: int | None = None
    next_token: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListAutoMLJobsResponse(OutputShape):
    auto_ml_job_summaries: list[AutoMLJobSummary] | None = None
    next_token: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
