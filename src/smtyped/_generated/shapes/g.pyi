# Generated stub for the module beside it. Do not edit.
# Plain classes with read-only properties and an explicit __init__: mypy reads this instead
# of the attrs classes, which keeps cold type-checking of user scripts fast.
from collections.abc import Mapping
from typing import Any, ClassVar

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.r import ResourceType, ResourceTypeLiteral
from smtyped._generated.enums.s import SagemakerServicecatalogStatus, SagemakerServicecatalogStatusLiteral
from smtyped._generated.shapes.d3 import DynamicScalingConfiguration
from smtyped._generated.shapes.p2 import PropertyNameSuggestion
from smtyped._generated.shapes.s import ScalingPolicyMetric, ScalingPolicyObjective, SuggestionQuery

class GetModelPackageGroupPolicyInput(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def model_package_group_name(self) -> str: ...
    def __init__(
        self,
        *,
        model_package_group_name: str,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> GetModelPackageGroupPolicyInput: ...
    def _to_wire(self) -> dict[str, Any]: ...

class GetModelPackageGroupPolicyOutput(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def resource_policy(self) -> str | None: ...
    def __init__(
        self,
        *,
        resource_policy: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> GetModelPackageGroupPolicyOutput: ...
    def _to_wire(self) -> dict[str, Any]: ...

class GetSagemakerServicecatalogPortfolioStatusInput(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    def __init__(
        self,
        *,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> GetSagemakerServicecatalogPortfolioStatusInput: ...
    def _to_wire(self) -> dict[str, Any]: ...

class GetSagemakerServicecatalogPortfolioStatusOutput(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def status(self) -> SagemakerServicecatalogStatus | None: ...
    def __init__(
        self,
        *,
        status: SagemakerServicecatalogStatus | SagemakerServicecatalogStatusLiteral | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> GetSagemakerServicecatalogPortfolioStatusOutput: ...
    def _to_wire(self) -> dict[str, Any]: ...

class GetScalingConfigurationRecommendationRequest(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def inference_recommendations_job_name(self) -> str: ...
    @property
    def recommendation_id(self) -> str | None: ...
    @property
    def endpoint_name(self) -> str | None: ...
    @property
    def target_cpu_utilization_per_core(self) -> int | None: ...
    @property
    def scaling_policy_objective(self) -> ScalingPolicyObjective | None: ...
    def __init__(
        self,
        *,
        inference_recommendations_job_name: str,
        recommendation_id: str | None = ...,
        endpoint_name: str | None = ...,
        target_cpu_utilization_per_core: int | None = ...,
        scaling_policy_objective: ScalingPolicyObjective | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> GetScalingConfigurationRecommendationRequest: ...
    def _to_wire(self) -> dict[str, Any]: ...

class GetScalingConfigurationRecommendationResponse(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def inference_recommendations_job_name(self) -> str | None: ...
    @property
    def recommendation_id(self) -> str | None: ...
    @property
    def endpoint_name(self) -> str | None: ...
    @property
    def target_cpu_utilization_per_core(self) -> int | None: ...
    @property
    def scaling_policy_objective(self) -> ScalingPolicyObjective | None: ...
    @property
    def metric(self) -> ScalingPolicyMetric | None: ...
    @property
    def dynamic_scaling_configuration(self) -> DynamicScalingConfiguration | None: ...
    def __init__(
        self,
        *,
        inference_recommendations_job_name: str | None = ...,
        recommendation_id: str | None = ...,
        endpoint_name: str | None = ...,
        target_cpu_utilization_per_core: int | None = ...,
        scaling_policy_objective: ScalingPolicyObjective | None = ...,
        metric: ScalingPolicyMetric | None = ...,
        dynamic_scaling_configuration: DynamicScalingConfiguration | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> GetScalingConfigurationRecommendationResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

class GetSearchSuggestionsRequest(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def resource(self) -> ResourceType: ...
    @property
    def suggestion_query(self) -> SuggestionQuery | None: ...
    def __init__(
        self,
        *,
        resource: ResourceType | ResourceTypeLiteral,
        suggestion_query: SuggestionQuery | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> GetSearchSuggestionsRequest: ...
    def _to_wire(self) -> dict[str, Any]: ...

class GetSearchSuggestionsResponse(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def property_name_suggestions(self) -> list[PropertyNameSuggestion] | None: ...
    def __init__(
        self,
        *,
        property_name_suggestions: list[PropertyNameSuggestion] | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> GetSearchSuggestionsResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

class GitConfig(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def repository_url(self) -> str: ...
    @property
    def branch(self) -> str | None: ...
    @property
    def secret_arn(self) -> str | None: ...
    def __init__(
        self,
        *,
        repository_url: str,
        branch: str | None = ...,
        secret_arn: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> GitConfig: ...
    def _to_wire(self) -> dict[str, Any]: ...
