# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.shapes.endpoint_output import EndpointOutputConfiguration
from smtyped._generated.shapes.model_configuration import ModelConfiguration
from smtyped._generated.shapes.recommendation_metrics import RecommendationMetrics

@attrs.frozen(kw_only=True, slots=False)
class InferenceRecommendation(Shape):
    recommendation_id: str | None = None
    metrics: RecommendationMetrics | None = None
    endpoint_configuration: EndpointOutputConfiguration | None = None
    model_configuration: ModelConfiguration | None = None
    invocation_end_time: datetime | None = None
    invocation_start_time: datetime | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
