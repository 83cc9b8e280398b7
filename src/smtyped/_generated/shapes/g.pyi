# Generated stub for the module beside it. Do not edit.
# The attrs classes without their bodies and docstrings: mypy reads this instead of the
# module, which keeps cold type-checking of user scripts fast.
from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.r import ResourceType, as_ResourceType
from smtyped._generated.enums.s import (
    SagemakerServicecatalogStatus,
    as_SagemakerServicecatalogStatus_opt,
)
from smtyped._generated.shapes.d3 import DynamicScalingConfiguration
from smtyped._generated.shapes.p2 import PropertyNameSuggestion
from smtyped._generated.shapes.s import ScalingPolicyMetric, ScalingPolicyObjective, SuggestionQuery

@attrs.frozen(kw_only=True, slots=False)
class GetModelPackageGroupPolicyInput(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    model_package_group_name: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> GetModelPackageGroupPolicyInput: ...
    def _to_wire(self) -> dict[str, Any]: ...

@attrs.frozen(kw_only=True, slots=False)
class GetModelPackageGroupPolicyOutput(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    resource_policy: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> GetModelPackageGroupPolicyOutput: ...
    def _to_wire(self) -> dict[str, Any]: ...

@attrs.frozen(kw_only=True, slots=False)
class GetSagemakerServicecatalogPortfolioStatusInput(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> GetSagemakerServicecatalogPortfolioStatusInput: ...
    def _to_wire(self) -> dict[str, Any]: ...

@attrs.frozen(kw_only=True, slots=False)
class GetSagemakerServicecatalogPortfolioStatusOutput(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    status: SagemakerServicecatalogStatus | None = attrs.field(
        default=None, converter=as_SagemakerServicecatalogStatus_opt
    )
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> GetSagemakerServicecatalogPortfolioStatusOutput: ...
    def _to_wire(self) -> dict[str, Any]: ...

@attrs.frozen(kw_only=True, slots=False)
class GetScalingConfigurationRecommendationRequest(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    inference_recommendations_job_name: str
    recommendation_id: str | None = None
    endpoint_name: str | None = None
    target_cpu_utilization_per_core: int | None = None
    scaling_policy_objective: ScalingPolicyObjective | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> GetScalingConfigurationRecommendationRequest: ...
    def _to_wire(self) -> dict[str, Any]: ...

@attrs.frozen(kw_only=True, slots=False)
class GetScalingConfigurationRecommendationResponse(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    inference_recommendations_job_name: str | None = None
    recommendation_id: str | None = None
    endpoint_name: str | None = None
    target_cpu_utilization_per_core: int | None = None
    scaling_policy_objective: ScalingPolicyObjective | None = None
    metric: ScalingPolicyMetric | None = None
    dynamic_scaling_configuration: DynamicScalingConfiguration | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> GetScalingConfigurationRecommendationResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

@attrs.frozen(kw_only=True, slots=False)
class GetSearchSuggestionsRequest(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    resource: ResourceType = attrs.field(converter=as_ResourceType)
    suggestion_query: SuggestionQuery | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> GetSearchSuggestionsRequest: ...
    def _to_wire(self) -> dict[str, Any]: ...

@attrs.frozen(kw_only=True, slots=False)
class GetSearchSuggestionsResponse(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    property_name_suggestions: list[PropertyNameSuggestion] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> GetSearchSuggestionsResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

@attrs.frozen(kw_only=True, slots=False)
class GitConfig(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    repository_url: str
    branch: str | None = None
    secret_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> GitConfig: ...
    def _to_wire(self) -> dict[str, Any]: ...
