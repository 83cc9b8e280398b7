# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.r import ResourceType, as_ResourceType
from smtyped._generated.enums.s import SagemakerServicecatalogStatus, as_SagemakerServicecatalogStatus_opt
from smtyped._generated.shapes.d3 import DynamicScalingConfiguration
from smtyped._generated.shapes.p2 import PropertyNameSuggestion
from smtyped._generated.shapes.s import ScalingPolicyMetric, ScalingPolicyObjective, SuggestionQuery

@attrs.frozen(kw_only=True, slots=False)
class GetModelPackageGroupPolicyInput(Shape):
    model_package_group_name: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class GetModelPackageGroupPolicyOutput(OutputShape):
    resource_policy: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class GetSagemakerServicecatalogPortfolioStatusInput(Shape):
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class GetSagemakerServicecatalogPortfolioStatusOutput(OutputShape):
    status: SagemakerServicecatalogStatus | None = attrs.field(
        default=None, converter=as_SagemakerServicecatalogStatus_opt
    )
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

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

@attrs.frozen(kw_only=True, slots=False)
class GetSearchSuggestionsRequest(Shape):
    resource: ResourceType = attrs.field(converter=as_ResourceType)
    suggestion_query: SuggestionQuery | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class GetSearchSuggestionsResponse(OutputShape):
    property_name_suggestions: list[PropertyNameSuggestion] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class GitConfig(Shape):
    repository_url: str
    branch: str | None = None
    secret_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
