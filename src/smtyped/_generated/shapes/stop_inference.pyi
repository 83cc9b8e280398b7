# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.inference_experiment import (
    InferenceExperimentStopDesiredState,
    as_InferenceExperimentStopDesiredState_opt,
)
from smtyped._generated.enums.model_variant import ModelVariantAction, ModelVariantActionLiteral
from smtyped._generated.shapes.model_variant import ModelVariantConfig

@attrs.frozen(kw_only=True, slots=False)
class StopInferenceExperimentRequest(Shape):
    name: str
    model_variant_actions: dict[str, ModelVariantAction | ModelVariantActionLiteral]
    desired_model_variants: list[ModelVariantConfig] | None = None
    desired_state: InferenceExperimentStopDesiredState | None = attrs.field(
        default=None, converter=as_InferenceExperimentStopDesiredState_opt
    )
    reason: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class StopInferenceExperimentResponse(OutputShape):
    inference_experiment_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class StopInferenceRecommendationsJobRequest(Shape):
    job_name: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class StopInferenceRecommendationsJobResponse(OutputShape):
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
