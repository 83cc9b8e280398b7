# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.hyper_parameter import (
    HyperParameterTuningJobSortByOptions,
    HyperParameterTuningJobStatus,
    as_HyperParameterTuningJobSortByOptions_opt,
    as_HyperParameterTuningJobStatus_opt,
)
from smtyped._generated.enums.sort_order import SortOrder, as_SortOrder_opt
from smtyped._generated.shapes.hyper_parameter import HyperParameterTuningJobSummary

@attrs.frozen(kw_only=True, slots=False)
class ListHyperParameterTuningJobsRequest(Shape):
    next_token: str | None = None
    max_results: int | None = None
    sort_by: HyperParameterTuningJobSortByOptions | None = attrs.field(
        default=None, converter=as_HyperParameterTuningJobSortByOptions_opt
    )
    sort_order: SortOrder | None = attrs.field(default=None, converter=as_SortOrder_opt)
    name_contains: str | None = None
    creation_time_after: datetime | None = None
    creation_time_before: datetime | None = None
    last_modified_time_after: datetime | None = None
    last_modified_time_before: datetime | None = None
    status_equals: HyperParameterTuningJobStatus | None = attrs.field(
        default=None, converter=as_HyperParameterTuningJobStatus_opt
    )
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListHyperParameterTuningJobsResponse(OutputShape):
    hyper_parameter_tuning_job_summaries: list[HyperParameterTuningJobSummary] | None = None
    next_token: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
