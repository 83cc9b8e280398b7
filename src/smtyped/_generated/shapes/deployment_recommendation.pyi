# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.recommendation_status import RecommendationStatus, as_RecommendationStatus_opt
from smtyped._generated.shapes.real_time import RealTimeInferenceRecommendation

@attrs.frozen(kw_only=True, slots=False)
class DeploymentRecommendation(Shape):
    recommendation_status: RecommendationStatus | None = attrs.field(
        default=None, converter=as_RecommendationStatus_opt
    )
    real_time_inference_recommendations: list[RealTimeInferenceRecommendation] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
