# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.inference_component import (
    InferenceComponentStatus,
    as_InferenceComponentStatus_opt,
)
from smtyped._generated.enums.inference_experiment import (
    InferenceExperimentStatus,
    InferenceExperimentType,
    as_InferenceExperimentStatus_opt,
    as_InferenceExperimentType_opt,
)
from smtyped._generated.enums.recommendation_job import (
    RecommendationJobStatus,
    RecommendationJobType,
    as_RecommendationJobStatus_opt,
    as_RecommendationJobType_opt,
)
from smtyped._generated.shapes.endpoint_metadata import EndpointMetadata
from smtyped._generated.shapes.endpoint_performance import EndpointPerformance
from smtyped._generated.shapes.inference_component import (
    InferenceComponentDeploymentConfig,
    InferenceComponentRuntimeConfigSummary,
    InferenceComponentSpecificationSummary,
)
from smtyped._generated.shapes.inference_experiment import (
    InferenceExperimentDataStorageConfig,
    InferenceExperimentSchedule,
)
from smtyped._generated.shapes.inference_recommendation import InferenceRecommendation
from smtyped._generated.shapes.model_variant import ModelVariantConfigSummary
from smtyped._generated.shapes.recommendation_job import (
    RecommendationJobInputConfig,
    RecommendationJobStoppingConditions,
)
from smtyped._generated.shapes.shadow_mode import ShadowModeConfig

@attrs.frozen(kw_only=True, slots=False)
class DescribeInferenceComponentInput(Shape):
    inference_component_name: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeInferenceComponentOutput(OutputShape):
    inference_component_name: str | None = None
    inference_component_arn: str | None = None
    endpoint_name: str | None = None
    endpoint_arn: str | None = None
    variant_name: str | None = None
    failure_reason: str | None = None
    specification: InferenceComponentSpecificationSummary | None = None
    specifications: list[InferenceComponentSpecificationSummary] | None = None
    runtime_config: InferenceComponentRuntimeConfigSummary | None = None
    creation_time: datetime | None = None
    last_modified_time: datetime | None = None
    inference_component_status: InferenceComponentStatus | None = attrs.field(
        default=None, converter=as_InferenceComponentStatus_opt
    )
    last_deployment_config: InferenceComponentDeploymentConfig | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeInferenceExperimentRequest(Shape):
    name: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeInferenceExperimentResponse(OutputShape):
    arn: str | None = None
    name: str | None = None
    type: InferenceExperimentType | None = attrs.field(default=None, converter=as_InferenceExperimentType_opt)
    schedule: InferenceExperimentSchedule | None = None
    status: InferenceExperimentStatus | None = attrs.field(default=None, converter=as_InferenceExperimentStatus_opt)
    status_reason: str | None = None
    description: str | None = None
    creation_time: datetime | None = None
    completion_time: datetime | None = None
    last_modified_time: datetime | None = None
    role_arn: str | None = None
    endpoint_metadata: EndpointMetadata | None = None
    model_variants: list[ModelVariantConfigSummary] | None = None
    data_storage_config: InferenceExperimentDataStorageConfig | None = None
    shadow_mode_config: ShadowModeConfig | None = None
    kms_key: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeInferenceRecommendationsJobRequest(Shape):
    job_name: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeInferenceRecommendationsJobResponse(OutputShape):
    job_name: str | None = None
    job_description: str | None = None
    job_type: RecommendationJobType | None = attrs.field(default=None, converter=as_RecommendationJobType_opt)
    job_arn: str | None = None
    role_arn: str | None = None
    status: RecommendationJobStatus | None = attrs.field(default=None, converter=as_RecommendationJobStatus_opt)
    creation_time: datetime | None = None
    completion_time: datetime | None = None
    last_modified_time: datetime | None = None
    failure_reason: str | None = None
    input_config: RecommendationJobInputConfig | None = None
    stopping_conditions: RecommendationJobStoppingConditions | None = None
    inference_recommendations: list[InferenceRecommendation] | None = None
    endpoint_performances: list[EndpointPerformance] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
