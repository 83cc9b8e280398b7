# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.inference_experiment import InferenceExperimentType, as_InferenceExperimentType
from smtyped._generated.enums.recommendation_job import RecommendationJobType, as_RecommendationJobType
from smtyped._generated.shapes.inference_component import (
    InferenceComponentRuntimeConfig,
    InferenceComponentSpecification,
)
from smtyped._generated.shapes.inference_experiment import (
    InferenceExperimentDataStorageConfig,
    InferenceExperimentSchedule,
)
from smtyped._generated.shapes.model_variant import ModelVariantConfig
from smtyped._generated.shapes.recommendation_job import (
    RecommendationJobInputConfig,
    RecommendationJobOutputConfig,
    RecommendationJobStoppingConditions,
)
from smtyped._generated.shapes.shadow_mode import ShadowModeConfig
from smtyped._generated.shapes.tag import Tag

@attrs.frozen(kw_only=True, slots=False)
class CreateInferenceComponentInput(Shape):
    inference_component_name: str
    endpoint_name: str
    variant_name: str | None = None
    specification: InferenceComponentSpecification | None = None
    specifications: list[InferenceComponentSpecification] | None = None
    runtime_config: InferenceComponentRuntimeConfig | None = None
    tags: list[Tag] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateInferenceComponentOutput(OutputShape):
    inference_component_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateInferenceExperimentRequest(Shape):
    name: str
    type: InferenceExperimentType = attrs.field(converter=as_InferenceExperimentType)
    role_arn: str
    endpoint_name: str
    model_variants: list[ModelVariantConfig]
    shadow_mode_config: ShadowModeConfig
    schedule: InferenceExperimentSchedule | None = None
    description: str | None = None
    data_storage_config: InferenceExperimentDataStorageConfig | None = None
    kms_key: str | None = None
    tags: list[Tag] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateInferenceExperimentResponse(OutputShape):
    inference_experiment_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateInferenceRecommendationsJobRequest(Shape):
    job_name: str
    job_type: RecommendationJobType = attrs.field(converter=as_RecommendationJobType)
    role_arn: str
    input_config: RecommendationJobInputConfig
    job_description: str | None = None
    stopping_conditions: RecommendationJobStoppingConditions | None = None
    output_config: RecommendationJobOutputConfig | None = None
    tags: list[Tag] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateInferenceRecommendationsJobResponse(OutputShape):
    job_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
