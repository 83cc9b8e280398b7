# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.ai_benchmark import (
    AIBenchmarkJobStatus,
    as_AIBenchmarkJobStatus_opt,
)
from smtyped._generated.enums.ai_recommendation import (
    AIRecommendationJobStatus,
    as_AIRecommendationJobStatus_opt,
)
from smtyped._generated.enums.list_ai import (
    ListAIBenchmarkJobsSortBy,
    ListAIRecommendationJobsSortBy,
    ListAIWorkloadConfigsSortBy,
    as_ListAIBenchmarkJobsSortBy_opt,
    as_ListAIRecommendationJobsSortBy_opt,
    as_ListAIWorkloadConfigsSortBy_opt,
)
from smtyped._generated.enums.sort_order import SortOrder, as_SortOrder_opt
from smtyped._generated.shapes.ai_benchmark import AIBenchmarkJobSummary
from smtyped._generated.shapes.ai_recommendation import AIRecommendationJobSummary
from smtyped._generated.shapes.ai_workload import AIWorkloadConfigSummary

@attrs.frozen(kw_only=True, slots=False)
class ListAIBenchmarkJobsRequest(Shape):
    max_results: int | None = None
    next_token: str | None = None
    name_contains: str | None = None
    status_equals: AIBenchmarkJobStatus | None = attrs.field(default=None, converter=as_AIBenchmarkJobStatus_opt)
    creation_time_after: datetime | None = None
    creation_time_before: datetime | None = None
    sort_by: ListAIBenchmarkJobsSortBy | None = attrs.field(default=None, converter=as_ListAIBenchmarkJobsSortBy_opt)
    sort_order: SortOrder | None = attrs.field(default=None, converter=as_SortOrder_opt)
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListAIBenchmarkJobsResponse(OutputShape):
    ai_benchmark_jobs: list[AIBenchmarkJobSummary] | None = None
    next_token: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListAIRecommendationJobsRequest(Shape):
    max_results: int | None = None
    next_token: str | None = None
    name_contains: str | None = None
    status_equals: AIRecommendationJobStatus | None = attrs.field(
        default=None, converter=as_AIRecommendationJobStatus_opt
    )
    creation_time_after: datetime | None = None
    creation_time_before: datetime | None = None
    sort_by: ListAIRecommendationJobsSortBy | None = attrs.field(
        default=None, converter=as_ListAIRecommendationJobsSortBy_opt
    )
    sort_order: SortOrder | None = attrs.field(default=None, converter=as_SortOrder_opt)
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListAIRecommendationJobsResponse(OutputShape):
    ai_recommendation_jobs: list[AIRecommendationJobSummary] | None = None
    next_token: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListAIWorkloadConfigsRequest(Shape):
    max_results: int | None = None
    next_token: str | None = None
    name_contains: str | None = None
    creation_time_after: datetime | None = None
    creation_time_before: datetime | None = None
    sort_by: ListAIWorkloadConfigsSortBy | None = attrs.field(
        default=None, converter=as_ListAIWorkloadConfigsSortBy_opt
    )
    sort_order: SortOrder | None = attrs.field(default=None, converter=as_SortOrder_opt)
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListAIWorkloadConfigsResponse(OutputShape):
    ai_workload_configs: list[AIWorkloadConfigSummary] | None = None
    next_token: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
