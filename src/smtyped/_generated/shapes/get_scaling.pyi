# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.shapes.dynamic_scaling import DynamicScalingConfiguration
from smtyped._generated.shapes.scaling_policy import ScalingPolicyMetric, ScalingPolicyObjective

@attrs.frozen(kw_only=True, slots=False)
class GetScalingConfigurationRecommendationRequest(Shape):
    inference_recommendations_job_name: str
    recommendation_id: str | None = None
    endpoint_name: str | None = None
    target_cpu_utilization_per_core: int | None = None
    scaling_policy_objective: ScalingPolicyObjective | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class GetScalingConfigurationRecommendationResponse(OutputShape):
    inference_recommendations_job_name: str | None = None
    recommendation_id: str | None = None
    endpoint_name: str | None = None
    target_cpu_utilization_per_core: int | None = None
    scaling_policy_objective: ScalingPolicyObjective | None = None
    metric: ScalingPolicyMetric | None = None
    dynamic_scaling_configuration: DynamicScalingConfiguration | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
