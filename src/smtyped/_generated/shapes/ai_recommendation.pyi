# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.ai_recommendation import (
    AIRecommendationInferenceFramework,
    AIRecommendationInstanceType,
    AIRecommendationInstanceTypeLiteral,
    AIRecommendationJobStatus,
    AIRecommendationMetric,
    AIRecommendationOptimizationType,
    as_AIRecommendationInferenceFramework_opt,
    as_AIRecommendationInstanceType_opt,
    as_AIRecommendationJobStatus_opt,
    as_AIRecommendationMetric,
    as_AIRecommendationOptimizationType_opt,
)
from smtyped._generated.shapes.ai_adapter import AIAdapterModelPackageEntry, AIAdapterS3Entry
from smtyped._generated.shapes.ai_capacity import AICapacityReservationConfig
from smtyped._generated.shapes.ai_mlflow import AIMlflowConfig

@attrs.frozen(kw_only=True, slots=False)
class AIRecommendation(Shape):
    recommendation_description: str | None = None
    optimization_details: list[AIRecommendationOptimizationDetail] | None = None
    model_details: AIRecommendationModelDetails | None = None
    deployment_configuration: AIRecommendationDeploymentConfiguration | None = None
    ai_benchmark_job_arn: str | None = None
    expected_performance: list[AIRecommendationPerformanceMetric] | None = None
    adapter_details: AIRecommendationAdapterDetails | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class AIRecommendationAdapterDetails(Shape):
    model_package_arns: list[AIAdapterModelPackageEntry] | None = None
    s3_uris: list[AIAdapterS3Entry] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class AIRecommendationComputeSpec(Shape):
    instance_types: list[AIRecommendationInstanceType | AIRecommendationInstanceTypeLiteral] | None = None
    capacity_reservation_config: AICapacityReservationConfig | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class AIRecommendationConstraint(Shape):
    metric: AIRecommendationMetric = attrs.field(converter=as_AIRecommendationMetric)
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class AIRecommendationDeploymentConfiguration(Shape):
    s3: list[AIRecommendationDeploymentS3Channel] | None = None
    image_uri: str | None = None
    instance_type: AIRecommendationInstanceType | None = attrs.field(
        default=None, converter=as_AIRecommendationInstanceType_opt
    )
    instance_count: int | None = None
    copy_count_per_instance: int | None = None
    environment_variables: dict[str, str] | None = None
    min_cpu_memory_required_in_mb: int | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class AIRecommendationDeploymentS3Channel(Shape):
    channel_name: str | None = None
    uri: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class AIRecommendationInferenceSpecification(Shape):
    framework: AIRecommendationInferenceFramework | None = attrs.field(
        default=None, converter=as_AIRecommendationInferenceFramework_opt
    )
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class AIRecommendationInstanceDetail(Shape):
    instance_type: AIRecommendationInstanceType | None = attrs.field(
        default=None, converter=as_AIRecommendationInstanceType_opt
    )
    instance_count: int | None = None
    copy_count_per_instance: int | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class AIRecommendationJobSummary(Shape):
    ai_recommendation_job_name: str | None = None
    ai_recommendation_job_arn: str | None = None
    ai_recommendation_job_status: AIRecommendationJobStatus | None = attrs.field(
        default=None, converter=as_AIRecommendationJobStatus_opt
    )
    creation_time: datetime | None = None
    end_time: datetime | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class AIRecommendationModelDetails(Shape):
    model_package_arn: str | None = None
    inference_specification_name: str | None = None
    instance_details: list[AIRecommendationInstanceDetail] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class AIRecommendationOptimizationDetail(Shape):
    optimization_type: AIRecommendationOptimizationType | None = attrs.field(
        default=None, converter=as_AIRecommendationOptimizationType_opt
    )
    optimization_config: dict[str, str] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class AIRecommendationOutputConfig(Shape):
    s3_output_location: str | None = None
    model_package_group_identifier: str | None = None
    mlflow_config: AIMlflowConfig | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class AIRecommendationOutputResult(Shape):
    s3_output_location: str | None = None
    model_package_group_identifier: str | None = None
    mlflow_config: AIMlflowConfig | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class AIRecommendationPerformanceMetric(Shape):
    metric: str | None = None
    stat: str | None = None
    value: str | None = None
    unit: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class AIRecommendationPerformanceTarget(Shape):
    constraints: list[AIRecommendationConstraint]
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
