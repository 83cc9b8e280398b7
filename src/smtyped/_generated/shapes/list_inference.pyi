# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.inference_component import (
    InferenceComponentSortKey,
    InferenceComponentStatus,
    as_InferenceComponentSortKey_opt,
    as_InferenceComponentStatus_opt,
)
from smtyped._generated.enums.inference_experiment import (
    InferenceExperimentStatus,
    InferenceExperimentType,
    as_InferenceExperimentStatus_opt,
    as_InferenceExperimentType_opt,
)
from smtyped._generated.enums.list_inference import (
    ListInferenceRecommendationsJobsSortBy,
    as_ListInferenceRecommendationsJobsSortBy_opt,
)
from smtyped._generated.enums.order_key import OrderKey, as_OrderKey_opt
from smtyped._generated.enums.recommendation_job import (
    RecommendationJobStatus,
    as_RecommendationJobStatus_opt,
)
from smtyped._generated.enums.recommendation_step import (
    RecommendationStepType,
    as_RecommendationStepType_opt,
)
from smtyped._generated.enums.sort_inference import (
    SortInferenceExperimentsBy,
    as_SortInferenceExperimentsBy_opt,
)
from smtyped._generated.enums.sort_order import SortOrder, as_SortOrder_opt
from smtyped._generated.shapes.inference_component import InferenceComponentSummary
from smtyped._generated.shapes.inference_experiment import InferenceExperimentSummary
from smtyped._generated.shapes.inference_recommendations import (
    InferenceRecommendationsJob,
    InferenceRecommendationsJobStep,
)

@attrs.frozen(kw_only=True, slots=False)
class ListInferenceComponentsInput(Shape):
    sort_by: InferenceComponentSortKey | None = attrs.field(default=None, converter=as_InferenceComponentSortKey_opt)
    sort_order: OrderKey | None = attrs.field(default=None, converter=as_OrderKey_opt)
    next_token: str | None = None
    max_results: int | None = None
    name_contains: str | None = None
    creation_time_before: datetime | None = None
    creation_time_after: datetime | None = None
    last_modified_time_before: datetime | None = None
    last_modified_time_after: datetime | None = None
    status_equals: InferenceComponentStatus | None = attrs.field(
        default=None, converter=as_InferenceComponentStatus_opt
    )
    endpoint_name_equals: str | None = None
    variant_name_equals: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListInferenceComponentsOutput(OutputShape):
    inference_components: list[InferenceComponentSummary] | None = None
    next_token: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListInferenceExperimentsRequest(Shape):
    name_contains: str | None = None
    type: InferenceExperimentType | None = attrs.field(default=None, converter=as_InferenceExperimentType_opt)
    status_equals: InferenceExperimentStatus | None = attrs.field(
        default=None, converter=as_InferenceExperimentStatus_opt
    )
    creation_time_after: datetime | None = None
    creation_time_before: datetime | None = None
    last_modified_time_after: datetime | None = None
    last_modified_time_before: datetime | None = None
    sort_by: SortInferenceExperimentsBy | None = attrs.field(default=None, converter=as_SortInferenceExperimentsBy_opt)
    sort_order: SortOrder | None = attrs.field(default=None, converter=as_SortOrder_opt)
    next_token: str | None = None
    max_results: int | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListInferenceExperimentsResponse(OutputShape):
    inference_experiments: list[InferenceExperimentSummary] | None = None
    next_token: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListInferenceRecommendationsJobStepsRequest(Shape):
    job_name: str
    status: RecommendationJobStatus | None = attrs.field(default=None, converter=as_RecommendationJobStatus_opt)
    step_type: RecommendationStepType | None = attrs.field(default=None, converter=as_RecommendationStepType_opt)
    max_results: int | None = None
    next_token: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListInferenceRecommendationsJobStepsResponse(OutputShape):
    steps: list[InferenceRecommendationsJobStep] | None = None
    next_token: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListInferenceRecommendationsJobsRequest(Shape):
    creation_time_after: datetime | None = None
    creation_time_before: datetime | None = None
    last_modified_time_after: datetime | None = None
    last_modified_time_before: datetime | None = None
    name_contains: str | None = None
    status_equals: RecommendationJobStatus | None = attrs.field(default=None, converter=as_RecommendationJobStatus_opt)
    sort_by: ListInferenceRecommendationsJobsSortBy | None = attrs.field(
        default=None, converter=as_ListInferenceRecommendationsJobsSortBy_opt
    )
    sort_order: SortOrder | None = attrs.field(default=None, converter=as_SortOrder_opt)
    next_token: str | None = None
    max_results: int | None = None
    model_name_equals: str | None = None
    model_package_version_arn_equals: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListInferenceRecommendationsJobsResponse(OutputShape):
    inference_recommendations_jobs: list[InferenceRecommendationsJob] | None = None
    next_token: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
