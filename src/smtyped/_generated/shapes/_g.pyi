# Generated stub. Do not edit.
# Every shape whose name starts with "G", as type checkers see it. At run time each
# class lives in the module of its first two words (``__module__``); this stub-only module
# groups them because a few dozen stub files type-check much faster than hundreds.
from collections.abc import Mapping
from datetime import datetime
from typing import Any, Final

from typing_extensions import Self

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums._r import ResourceType, ResourceTypeLiteral
from smtyped._generated.enums._s import SagemakerServicecatalogStatus, SagemakerServicecatalogStatusLiteral
from smtyped._generated.shapes._a import AgentVersion
from smtyped._generated.shapes._d import DeviceStats, DynamicScalingConfiguration
from smtyped._generated.shapes._e import EdgeModelStat, EdgeOutputConfig
from smtyped._generated.shapes._p import PropertyNameSuggestion
from smtyped._generated.shapes._s import ScalingPolicyMetric, ScalingPolicyObjective, SuggestionQuery

class GenerativeAiSettings(Shape):
    """The generative AI settings for the SageMaker Canvas application."""

    amazon_bedrock_role_arn: Final[str | None]
    """The ARN of an Amazon Web Services IAM role that allows fine-tuning of large language models
    (LLMs) in Amazon Bedrock. The IAM role should have Amazon S3 read and write permissions, as well
    as a trust relationship that establishes bedrock.amazonaws.com as a service principal. Since
    2024-02-02.
    """
    def __init__(
        self,
        *,
        amazon_bedrock_role_arn: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        amazon_bedrock_role_arn: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class GetDeviceFleetReportRequest(Shape):
    """No description on the pages."""

    device_fleet_name: Final[str]
    """The name of the fleet. Since 2020-12-08."""
    def __init__(
        self,
        *,
        device_fleet_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        device_fleet_name: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class GetDeviceFleetReportResponse(OutputShape):
    """The result of ``get_device_fleet_report`` (GetDeviceFleetReport)."""

    device_fleet_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the device. Since 2020-12-08."""
    device_fleet_name: Final[str | None]
    """The name of the fleet. Since 2020-12-08."""
    output_config: Final[EdgeOutputConfig | None]
    """The output configuration for storing sample data collected by the fleet. Since 2020-12-08."""
    description: Final[str | None]
    """Description of the fleet. Since 2020-12-08."""
    report_generated: Final[datetime | None]
    """Timestamp of when the report was generated. Since 2020-12-08."""
    device_stats: Final[DeviceStats | None]
    """Status of devices. Since 2020-12-08."""
    agent_versions: Final[list[AgentVersion] | None]
    """The versions of Edge Manager agent deployed on the fleet. Since 2020-12-08."""
    model_stats: Final[list[EdgeModelStat] | None]
    """Status of model on device. Since 2020-12-08."""
    def __init__(
        self,
        *,
        device_fleet_arn: str | None = None,
        device_fleet_name: str | None = None,
        output_config: EdgeOutputConfig | None = None,
        description: str | None = None,
        report_generated: datetime | None = None,
        device_stats: DeviceStats | None = None,
        agent_versions: list[AgentVersion] | None = None,
        model_stats: list[EdgeModelStat] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        device_fleet_arn: str | None = ...,
        device_fleet_name: str | None = ...,
        output_config: EdgeOutputConfig | None = ...,
        description: str | None = ...,
        report_generated: datetime | None = ...,
        device_stats: DeviceStats | None = ...,
        agent_versions: list[AgentVersion] | None = ...,
        model_stats: list[EdgeModelStat] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class GetLineageGroupPolicyRequest(Shape):
    """No description on the pages."""

    lineage_group_name: Final[str]
    """The name or Amazon Resource Name (ARN) of the lineage group. Since 2021-12-01."""
    def __init__(
        self,
        *,
        lineage_group_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        lineage_group_name: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class GetLineageGroupPolicyResponse(OutputShape):
    """The result of ``get_lineage_group_policy`` (GetLineageGroupPolicy)."""

    lineage_group_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the lineage group. Since 2021-12-01."""
    resource_policy: Final[str | None]
    """The resource policy that gives access to the lineage group in another account. Since 2021-12-01.
    """
    def __init__(
        self,
        *,
        lineage_group_arn: str | None = None,
        resource_policy: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        lineage_group_arn: str | None = ...,
        resource_policy: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class GetModelPackageGroupPolicyInput(Shape):
    """No description on the pages."""

    model_package_group_name: Final[str]
    """The name of the model group for which to get the resource policy. Since 2020-12-01."""
    def __init__(
        self,
        *,
        model_package_group_name: str,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        model_package_group_name: str = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class GetModelPackageGroupPolicyOutput(OutputShape):
    """The result of ``get_model_package_group_policy`` (GetModelPackageGroupPolicy)."""

    resource_policy: Final[str | None]
    """The resource policy for the model group. Since 2020-12-01."""
    def __init__(
        self,
        *,
        resource_policy: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        resource_policy: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class GetSagemakerServicecatalogPortfolioStatusInput(Shape):
    """No description on the pages."""

    def __init__(
        self,
        *,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class GetSagemakerServicecatalogPortfolioStatusOutput(OutputShape):
    """The result of ``get_sagemaker_servicecatalog_portfolio_status``
    (GetSagemakerServicecatalogPortfolioStatus).
    """

    status: Final[SagemakerServicecatalogStatus | None]
    """Whether Service Catalog is enabled or disabled in SageMaker. Since 2020-12-01."""
    def __init__(
        self,
        *,
        status: SagemakerServicecatalogStatus | SagemakerServicecatalogStatusLiteral | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        status: SagemakerServicecatalogStatus | SagemakerServicecatalogStatusLiteral | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class GetScalingConfigurationRecommendationRequest(Shape):
    """No description on the pages."""

    inference_recommendations_job_name: Final[str]
    """The name of a previously completed Inference Recommender job. Since 2023-08-02."""
    recommendation_id: Final[str | None]
    """The recommendation ID of a previously completed inference recommendation. This ID should come
    from one of the recommendations returned by the job specified in the
    InferenceRecommendationsJobName field. Since 2023-08-02.
    """
    endpoint_name: Final[str | None]
    """The name of an endpoint benchmarked during a previously completed inference recommendation job.
    This name should come from one of the recommendations returned by the job specified in the
    InferenceRecommendationsJobName field. Since 2023-08-02.
    """
    target_cpu_utilization_per_core: Final[int | None]
    """The percentage of how much utilization you want an instance to use before autoscaling. The
    default value is 50%. Since 2023-08-02.
    """
    scaling_policy_objective: Final[ScalingPolicyObjective | None]
    """An object where you specify the anticipated traffic pattern for an endpoint. Since 2023-08-02.
    """
    def __init__(
        self,
        *,
        inference_recommendations_job_name: str,
        recommendation_id: str | None = None,
        endpoint_name: str | None = None,
        target_cpu_utilization_per_core: int | None = None,
        scaling_policy_objective: ScalingPolicyObjective | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        inference_recommendations_job_name: str = ...,
        recommendation_id: str | None = ...,
        endpoint_name: str | None = ...,
        target_cpu_utilization_per_core: int | None = ...,
        scaling_policy_objective: ScalingPolicyObjective | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class GetScalingConfigurationRecommendationResponse(OutputShape):
    """The result of ``get_scaling_configuration_recommendation``
    (GetScalingConfigurationRecommendation).
    """

    inference_recommendations_job_name: Final[str | None]
    """The name of a previously completed Inference Recommender job. Since 2023-08-02."""
    recommendation_id: Final[str | None]
    """The recommendation ID of a previously completed inference recommendation. Since 2023-08-02.
    """
    endpoint_name: Final[str | None]
    """The name of an endpoint benchmarked during a previously completed Inference Recommender job.
    Since 2023-08-02.
    """
    target_cpu_utilization_per_core: Final[int | None]
    """The percentage of how much utilization you want an instance to use before autoscaling, which you
    specified in the request. The default value is 50%. Since 2023-08-02.
    """
    scaling_policy_objective: Final[ScalingPolicyObjective | None]
    """An object representing the anticipated traffic pattern for an endpoint that you specified in the
    request. Since 2023-08-02.
    """
    metric: Final[ScalingPolicyMetric | None]
    """An object with a list of metrics that were benchmarked during the previously completed Inference
    Recommender job. Since 2023-08-02.
    """
    dynamic_scaling_configuration: Final[DynamicScalingConfiguration | None]
    """An object with the recommended values for you to specify when creating an autoscaling policy.
    Since 2023-08-02.
    """
    def __init__(
        self,
        *,
        inference_recommendations_job_name: str | None = None,
        recommendation_id: str | None = None,
        endpoint_name: str | None = None,
        target_cpu_utilization_per_core: int | None = None,
        scaling_policy_objective: ScalingPolicyObjective | None = None,
        metric: ScalingPolicyMetric | None = None,
        dynamic_scaling_configuration: DynamicScalingConfiguration | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        inference_recommendations_job_name: str | None = ...,
        recommendation_id: str | None = ...,
        endpoint_name: str | None = ...,
        target_cpu_utilization_per_core: int | None = ...,
        scaling_policy_objective: ScalingPolicyObjective | None = ...,
        metric: ScalingPolicyMetric | None = ...,
        dynamic_scaling_configuration: DynamicScalingConfiguration | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class GetSearchSuggestionsRequest(Shape):
    """No description on the pages."""

    resource: Final[ResourceType]
    """The name of the SageMaker resource to search for. Since 2018-11-28."""
    suggestion_query: Final[SuggestionQuery | None]
    """Limits the property names that are included in the response. Since 2018-11-28."""
    def __init__(
        self,
        *,
        resource: ResourceType | ResourceTypeLiteral,
        suggestion_query: SuggestionQuery | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        resource: ResourceType | ResourceTypeLiteral = ...,
        suggestion_query: SuggestionQuery | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class GetSearchSuggestionsResponse(OutputShape):
    """The result of ``get_search_suggestions`` (GetSearchSuggestions)."""

    property_name_suggestions: Final[list[PropertyNameSuggestion] | None]
    """A list of property names for a Resource that match a SuggestionQuery. Since 2018-11-28."""
    def __init__(
        self,
        *,
        property_name_suggestions: list[PropertyNameSuggestion] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        property_name_suggestions: list[PropertyNameSuggestion] | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class GitConfig(Shape):
    """Specifies details about the repository, including the URL where the repository is located, the
    default branch, and credentials to use to access the repository.
    """

    repository_url: Final[str]
    """The URL where the Git repository is located. Since 2018-11-28."""
    branch: Final[str | None]
    """The default branch for the Git repository. Since 2018-11-28."""
    secret_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the AWS Secrets Manager secret that contains the credentials
    used to access the git repository. The secret must have a staging label of AWSCURRENT and must
    be in the following format: Since 2018-11-28.
    """
    def __init__(
        self,
        *,
        repository_url: str,
        branch: str | None = None,
        secret_arn: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        repository_url: str = ...,
        branch: str | None = ...,
        secret_arn: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""

class GitConfigForUpdate(Shape):
    """The configuration of the git repository, including the URL and the Amazon Resource Name (ARN) of
    the AWS Secrets Manager secret that contains the credentials used to access the repository. The
    secret must have a staging label of AWSCURRENT and must be in the following format:
    """

    secret_arn: Final[str | None]
    """The Amazon Resource Name (ARN) of the AWS Secrets Manager secret that contains the credentials
    used to access the git repository. The secret must have a staging label of AWSCURRENT and must
    be in the following format: Since 2018-11-28.
    """
    def __init__(
        self,
        *,
        secret_arn: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        secret_arn: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""
