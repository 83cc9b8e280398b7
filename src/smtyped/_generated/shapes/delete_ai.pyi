# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape

@attrs.frozen(kw_only=True, slots=False)
class DeleteAIBenchmarkJobRequest(Shape):
    ai_benchmark_job_name: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DeleteAIBenchmarkJobResponse(OutputShape):
    ai_benchmark_job_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DeleteAIRecommendationJobRequest(Shape):
    ai_recommendation_job_name: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DeleteAIRecommendationJobResponse(OutputShape):
    ai_recommendation_job_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DeleteAIWorkloadConfigRequest(Shape):
    ai_workload_config_name: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DeleteAIWorkloadConfigResponse(OutputShape):
    ai_workload_config_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
