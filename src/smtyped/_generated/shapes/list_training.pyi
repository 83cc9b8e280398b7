# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.sort_by import SortBy, as_SortBy_opt
from smtyped._generated.enums.sort_order import SortOrder, as_SortOrder_opt
from smtyped._generated.enums.training_job import (
    TrainingJobSortByOptions,
    TrainingJobStatus,
    as_TrainingJobSortByOptions_opt,
    as_TrainingJobStatus_opt,
)
from smtyped._generated.enums.training_plan import (
    TrainingPlanSortBy,
    TrainingPlanSortOrder,
    as_TrainingPlanSortBy_opt,
    as_TrainingPlanSortOrder_opt,
)
from smtyped._generated.enums.warm_pool import (
    WarmPoolResourceStatus,
    as_WarmPoolResourceStatus_opt,
)
from smtyped._generated.shapes.hyper_parameter import HyperParameterTrainingJobSummary
from smtyped._generated.shapes.training_job import TrainingJobSummary
from smtyped._generated.shapes.training_plan import TrainingPlanFilter, TrainingPlanSummary

@attrs.frozen(kw_only=True, slots=False)
class ListTrainingJobsForHyperParameterTuningJobRequest(Shape):
    hyper_parameter_tuning_job_name: str
    next_token: str | None = None
    max_results: int | None = None
    status_equals: TrainingJobStatus | None = attrs.field(default=None, converter=as_TrainingJobStatus_opt)
    sort_by: TrainingJobSortByOptions | None = attrs.field(default=None, converter=as_TrainingJobSortByOptions_opt)
    sort_order: SortOrder | None = attrs.field(default=None, converter=as_SortOrder_opt)
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListTrainingJobsForHyperParameterTuningJobResponse(OutputShape):
    training_job_summaries: list[HyperParameterTrainingJobSummary] | None = None
    next_token: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListTrainingJobsRequest(Shape):
    next_token: str | None = None
    max_results: int | None = None
    creation_time_after: datetime | None = None
    creation_time_before: datetime | None = None
    last_modified_time_after: datetime | None = None
    last_modified_time_before: datetime | None = None
    name_contains: str | None = None
    status_equals: TrainingJobStatus | None = attrs.field(default=None, converter=as_TrainingJobStatus_opt)
    sort_by: SortBy | None = attrs.field(default=None, converter=as_SortBy_opt)
    sort_order: SortOrder | None = attrs.field(default=None, converter=as_SortOrder_opt)
    warm_pool_status_equals: WarmPoolResourceStatus | None = attrs.field(
        default=None, converter=as_WarmPoolResourceStatus_opt
    )
    training_plan_arn_equals: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListTrainingJobsResponse(OutputShape):
    training_job_summaries: list[TrainingJobSummary] | None = None
    next_token: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListTrainingPlansRequest(Shape):
    next_token: str | None = None
    max_results: int | None = None
    start_time_after: datetime | None = None
    start_time_before: datetime | None = None
    sort_by: TrainingPlanSortBy | None = attrs.field(default=None, converter=as_TrainingPlanSortBy_opt)
    sort_order: TrainingPlanSortOrder | None = attrs.field(default=None, converter=as_TrainingPlanSortOrder_opt)
    filters: list[TrainingPlanFilter] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListTrainingPlansResponse(OutputShape):
    next_token: str | None = None
    training_plan_summaries: list[TrainingPlanSummary] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
