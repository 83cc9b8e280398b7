# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.recommendation_job import (
    RecommendationJobStatus,
    RecommendationJobType,
    as_RecommendationJobStatus_opt,
    as_RecommendationJobType_opt,
)
from smtyped._generated.enums.recommendation_step import (
    RecommendationStepType,
    as_RecommendationStepType_opt,
)
from smtyped._generated.shapes.recommendation_job import RecommendationJobInferenceBenchmark

@attrs.frozen(kw_only=True, slots=False)
class InferenceRecommendationsJob(Shape):
    job_name: str | None = None
    job_description: str | None = None
    job_type: RecommendationJobType | None = attrs.field(default=None, converter=as_RecommendationJobType_opt)
    job_arn: str | None = None
    status: RecommendationJobStatus | None = attrs.field(default=None, converter=as_RecommendationJobStatus_opt)
    creation_time: datetime | None = None
    completion_time: datetime | None = None
    role_arn: str | None = None
    last_modified_time: datetime | None = None
    failure_reason: str | None = None
    model_name: str | None = None
    sample_payload_url: str | None = None
    model_package_version_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class InferenceRecommendationsJobStep(Shape):
    step_type: RecommendationStepType | None = attrs.field(default=None, converter=as_RecommendationStepType_opt)
    job_name: str | None = None
    status: RecommendationJobStatus | None = attrs.field(default=None, converter=as_RecommendationJobStatus_opt)
    inference_benchmark: RecommendationJobInferenceBenchmark | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
