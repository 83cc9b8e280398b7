# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.shapes.inference_component import (
    InferenceComponentDeploymentConfig,
    InferenceComponentRuntimeConfig,
    InferenceComponentSpecification,
)
from smtyped._generated.shapes.inference_experiment import (
    InferenceExperimentDataStorageConfig,
    InferenceExperimentSchedule,
)
from smtyped._generated.shapes.model_variant import ModelVariantConfig
from smtyped._generated.shapes.shadow_mode import ShadowModeConfig

@attrs.frozen(kw_only=True, slots=False)
class UpdateInferenceComponentInput(Shape):
    inference_component_name: str
    specification: InferenceComponentSpecification | None = None
    specifications: list[InferenceComponentSpecification] | None = None
    runtime_config: InferenceComponentRuntimeConfig | None = None
    deployment_config: InferenceComponentDeploymentConfig | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class UpdateInferenceComponentOutput(OutputShape):
    inference_component_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class UpdateInferenceComponentRuntimeConfigInput(Shape):
    inference_component_name: str
    desired_runtime_config: InferenceComponentRuntimeConfig
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class UpdateInferenceComponentRuntimeConfigOutput(OutputShape):
    inference_component_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class UpdateInferenceExperimentRequest(Shape):
    name: str
    schedule: InferenceExperimentSchedule | None = None
    description: str | None = None
    model_variants: list[ModelVariantConfig] | None = None
    data_storage_config: InferenceExperimentDataStorageConfig | None = None
    shadow_mode_config: ShadowModeConfig | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class UpdateInferenceExperimentResponse(OutputShape):
    inference_experiment_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
