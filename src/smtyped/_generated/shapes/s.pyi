# Generated stub for the module beside it. Do not edit.
# Plain classes with read-only properties and an explicit __init__: mypy reads this instead
# of the attrs classes, which keeps cold type-checking of user scripts fast.
from collections.abc import Mapping
from datetime import datetime
from typing import Any, ClassVar

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.b import BooleanOperator, BooleanOperatorLiteral
from smtyped._generated.enums.c import CrossAccountFilterOption, CrossAccountFilterOptionLiteral
from smtyped._generated.enums.m import ModelCompressionType, ModelCompressionTypeLiteral
from smtyped._generated.enums.n import NotebookOutputOption, NotebookOutputOptionLiteral
from smtyped._generated.enums.r import ResourceType, ResourceTypeLiteral
from smtyped._generated.enums.s import (
    S3DataDistribution,
    S3DataDistributionLiteral,
    S3DataType,
    S3DataTypeLiteral,
    S3ModelDataType,
    S3ModelDataTypeLiteral,
    SearchSortOrder,
    SearchSortOrderLiteral,
    SecondaryStatus,
    SecondaryStatusLiteral,
)
from smtyped._generated.shapes.d import DeploymentConfiguration
from smtyped._generated.shapes.e import Endpoint, Experiment
from smtyped._generated.shapes.f import FeatureGroup, FeatureMetadata, Filter
from smtyped._generated.shapes.i import InferenceHubAccessConfig
from smtyped._generated.shapes.m import ModelAccessConfig, ModelDataSource, ModelPackage, ModelPackageGroup
from smtyped._generated.shapes.n import NestedFilters
from smtyped._generated.shapes.p import Parameter, Pipeline, PipelineExecution, Project, PropertyNameQuery
from smtyped._generated.shapes.p2 import ProvisioningParameter
from smtyped._generated.shapes.t import TargetTrackingScalingPolicyConfiguration, TrainingJob, Trial, TrialComponent
from smtyped._generated.shapes.v import VisibilityConditions

class S3DataSource(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def s3_data_type(self) -> S3DataType: ...
    @property
    def s3_uri(self) -> str: ...
    @property
    def s3_data_distribution_type(self) -> S3DataDistribution | None: ...
    @property
    def attribute_names(self) -> list[str] | None: ...
    @property
    def instance_group_names(self) -> list[str] | None: ...
    def __init__(
        self,
        *,
        s3_data_type: S3DataType | S3DataTypeLiteral,
        s3_uri: str,
        s3_data_distribution_type: S3DataDistribution | S3DataDistributionLiteral | None = ...,
        attribute_names: list[str] | None = ...,
        instance_group_names: list[str] | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> S3DataSource: ...
    def _to_wire(self) -> dict[str, Any]: ...

class S3ModelDataSource(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def s3_uri(self) -> str: ...
    @property
    def s3_data_type(self) -> S3ModelDataType: ...
    @property
    def compression_type(self) -> ModelCompressionType: ...
    @property
    def model_access_config(self) -> ModelAccessConfig | None: ...
    @property
    def hub_access_config(self) -> InferenceHubAccessConfig | None: ...
    @property
    def manifest_s3_uri(self) -> str | None: ...
    @property
    def e_tag(self) -> str | None: ...
    @property
    def manifest_etag(self) -> str | None: ...
    def __init__(
        self,
        *,
        s3_uri: str,
        s3_data_type: S3ModelDataType | S3ModelDataTypeLiteral,
        compression_type: ModelCompressionType | ModelCompressionTypeLiteral,
        model_access_config: ModelAccessConfig | None = ...,
        hub_access_config: InferenceHubAccessConfig | None = ...,
        manifest_s3_uri: str | None = ...,
        e_tag: str | None = ...,
        manifest_etag: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> S3ModelDataSource: ...
    def _to_wire(self) -> dict[str, Any]: ...

class S3StorageConfig(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def s3_uri(self) -> str | None: ...
    @property
    def kms_key_id(self) -> str | None: ...
    @property
    def resolved_output_s3_uri(self) -> str | None: ...
    def __init__(
        self,
        *,
        s3_uri: str | None = ...,
        kms_key_id: str | None = ...,
        resolved_output_s3_uri: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> S3StorageConfig: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ScalingPolicy(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def target_tracking(self) -> TargetTrackingScalingPolicyConfiguration | None: ...
    def __init__(
        self,
        *,
        target_tracking: TargetTrackingScalingPolicyConfiguration | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ScalingPolicy: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ScalingPolicyMetric(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def invocations_per_instance(self) -> int | None: ...
    @property
    def model_latency(self) -> int | None: ...
    def __init__(
        self,
        *,
        invocations_per_instance: int | None = ...,
        model_latency: int | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ScalingPolicyMetric: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ScalingPolicyObjective(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def min_invocations_per_minute(self) -> int | None: ...
    @property
    def max_invocations_per_minute(self) -> int | None: ...
    def __init__(
        self,
        *,
        min_invocations_per_minute: int | None = ...,
        max_invocations_per_minute: int | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ScalingPolicyObjective: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ScheduleConfig(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def schedule_expression(self) -> str | None: ...
    def __init__(
        self,
        *,
        schedule_expression: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ScheduleConfig: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ScheduledUpdateConfig(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def schedule_expression(self) -> str: ...
    @property
    def deployment_config(self) -> DeploymentConfiguration | None: ...
    def __init__(
        self,
        *,
        schedule_expression: str,
        deployment_config: DeploymentConfiguration | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ScheduledUpdateConfig: ...
    def _to_wire(self) -> dict[str, Any]: ...

class SearchExpression(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def filters(self) -> list[Filter] | None: ...
    @property
    def nested_filters(self) -> list[NestedFilters] | None: ...
    @property
    def sub_expressions(self) -> list[SearchExpression] | None: ...
    @property
    def operator(self) -> BooleanOperator | None: ...
    def __init__(
        self,
        *,
        filters: list[Filter] | None = ...,
        nested_filters: list[NestedFilters] | None = ...,
        sub_expressions: list[SearchExpression] | None = ...,
        operator: BooleanOperator | BooleanOperatorLiteral | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> SearchExpression: ...
    def _to_wire(self) -> dict[str, Any]: ...

class SearchRecord(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def training_job(self) -> TrainingJob | None: ...
    @property
    def experiment(self) -> Experiment | None: ...
    @property
    def trial(self) -> Trial | None: ...
    @property
    def trial_component(self) -> TrialComponent | None: ...
    @property
    def endpoint(self) -> Endpoint | None: ...
    @property
    def model_package(self) -> ModelPackage | None: ...
    @property
    def model_package_group(self) -> ModelPackageGroup | None: ...
    @property
    def pipeline(self) -> Pipeline | None: ...
    @property
    def pipeline_execution(self) -> PipelineExecution | None: ...
    @property
    def feature_group(self) -> FeatureGroup | None: ...
    @property
    def project(self) -> Project | None: ...
    @property
    def feature_metadata(self) -> FeatureMetadata | None: ...
    def __init__(
        self,
        *,
        training_job: TrainingJob | None = ...,
        experiment: Experiment | None = ...,
        trial: Trial | None = ...,
        trial_component: TrialComponent | None = ...,
        endpoint: Endpoint | None = ...,
        model_package: ModelPackage | None = ...,
        model_package_group: ModelPackageGroup | None = ...,
        pipeline: Pipeline | None = ...,
        pipeline_execution: PipelineExecution | None = ...,
        feature_group: FeatureGroup | None = ...,
        project: Project | None = ...,
        feature_metadata: FeatureMetadata | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> SearchRecord: ...
    def _to_wire(self) -> dict[str, Any]: ...

class SearchRequest(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def resource(self) -> ResourceType: ...
    @property
    def search_expression(self) -> SearchExpression | None: ...
    @property
    def sort_by(self) -> str | None: ...
    @property
    def sort_order(self) -> SearchSortOrder | None: ...
    @property
    def next_token(self) -> str | None: ...
    @property
    def max_results(self) -> int | None: ...
    @property
    def cross_account_filter_option(self) -> CrossAccountFilterOption | None: ...
    @property
    def visibility_conditions(self) -> list[VisibilityConditions] | None: ...
    def __init__(
        self,
        *,
        resource: ResourceType | ResourceTypeLiteral,
        search_expression: SearchExpression | None = ...,
        sort_by: str | None = ...,
        sort_order: SearchSortOrder | SearchSortOrderLiteral | None = ...,
        next_token: str | None = ...,
        max_results: int | None = ...,
        cross_account_filter_option: CrossAccountFilterOption | CrossAccountFilterOptionLiteral | None = ...,
        visibility_conditions: list[VisibilityConditions] | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> SearchRequest: ...
    def _to_wire(self) -> dict[str, Any]: ...

class SearchResponse(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def results(self) -> list[SearchRecord] | None: ...
    @property
    def next_token(self) -> str | None: ...
    def __init__(
        self,
        *,
        results: list[SearchRecord] | None = ...,
        next_token: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> SearchResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

class SecondaryStatusTransition(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def status(self) -> SecondaryStatus | None: ...
    @property
    def start_time(self) -> datetime | None: ...
    @property
    def end_time(self) -> datetime | None: ...
    @property
    def status_message(self) -> str | None: ...
    def __init__(
        self,
        *,
        status: SecondaryStatus | SecondaryStatusLiteral | None = ...,
        start_time: datetime | None = ...,
        end_time: datetime | None = ...,
        status_message: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> SecondaryStatusTransition: ...
    def _to_wire(self) -> dict[str, Any]: ...

class SelectedStep(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def step_name(self) -> str | None: ...
    def __init__(
        self,
        *,
        step_name: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> SelectedStep: ...
    def _to_wire(self) -> dict[str, Any]: ...

class SelectiveExecutionConfig(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def source_pipeline_execution_arn(self) -> str | None: ...
    @property
    def selected_steps(self) -> list[SelectedStep] | None: ...
    def __init__(
        self,
        *,
        source_pipeline_execution_arn: str | None = ...,
        selected_steps: list[SelectedStep] | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> SelectiveExecutionConfig: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ServiceCatalogProvisionedProductDetails(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def provisioned_product_id(self) -> str | None: ...
    @property
    def provisioned_product_status_message(self) -> str | None: ...
    def __init__(
        self,
        *,
        provisioned_product_id: str | None = ...,
        provisioned_product_status_message: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ServiceCatalogProvisionedProductDetails: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ServiceCatalogProvisioningDetails(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def product_id(self) -> str | None: ...
    @property
    def provisioning_artifact_id(self) -> str | None: ...
    @property
    def path_id(self) -> str | None: ...
    @property
    def provisioning_parameters(self) -> list[ProvisioningParameter] | None: ...
    def __init__(
        self,
        *,
        product_id: str | None = ...,
        provisioning_artifact_id: str | None = ...,
        path_id: str | None = ...,
        provisioning_parameters: list[ProvisioningParameter] | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ServiceCatalogProvisioningDetails: ...
    def _to_wire(self) -> dict[str, Any]: ...

class SharingSettings(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def notebook_output_option(self) -> NotebookOutputOption | None: ...
    @property
    def s3_output_path(self) -> str | None: ...
    @property
    def s3_kms_key_id(self) -> str | None: ...
    def __init__(
        self,
        *,
        notebook_output_option: NotebookOutputOption | NotebookOutputOptionLiteral | None = ...,
        s3_output_path: str | None = ...,
        s3_kms_key_id: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> SharingSettings: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ShuffleConfig(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def seed(self) -> int: ...
    def __init__(
        self,
        *,
        seed: int,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ShuffleConfig: ...
    def _to_wire(self) -> dict[str, Any]: ...

class SourceAlgorithm(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def model_data_url(self) -> str | None: ...
    @property
    def model_data_source(self) -> ModelDataSource | None: ...
    @property
    def model_data_e_tag(self) -> str | None: ...
    @property
    def algorithm_name(self) -> str: ...
    def __init__(
        self,
        *,
        algorithm_name: str,
        model_data_url: str | None = ...,
        model_data_source: ModelDataSource | None = ...,
        model_data_e_tag: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> SourceAlgorithm: ...
    def _to_wire(self) -> dict[str, Any]: ...

class SourceAlgorithmSpecification(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def source_algorithms(self) -> list[SourceAlgorithm]: ...
    def __init__(
        self,
        *,
        source_algorithms: list[SourceAlgorithm],
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> SourceAlgorithmSpecification: ...
    def _to_wire(self) -> dict[str, Any]: ...

class StartMlflowTrackingServerRequest(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def tracking_server_name(self) -> str: ...
    def __init__(
        self,
        *,
        tracking_server_name: str,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> StartMlflowTrackingServerRequest: ...
    def _to_wire(self) -> dict[str, Any]: ...

class StartMlflowTrackingServerResponse(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def tracking_server_arn(self) -> str | None: ...
    def __init__(
        self,
        *,
        tracking_server_arn: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> StartMlflowTrackingServerResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

class StartPipelineExecutionRequest(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def pipeline_name(self) -> str: ...
    @property
    def pipeline_execution_display_name(self) -> str | None: ...
    @property
    def pipeline_parameters(self) -> list[Parameter] | None: ...
    @property
    def pipeline_execution_description(self) -> str | None: ...
    @property
    def client_request_token(self) -> str: ...
    def __init__(
        self,
        *,
        pipeline_name: str,
        client_request_token: str,
        pipeline_execution_display_name: str | None = ...,
        pipeline_parameters: list[Parameter] | None = ...,
        pipeline_execution_description: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> StartPipelineExecutionRequest: ...
    def _to_wire(self) -> dict[str, Any]: ...

class StartPipelineExecutionResponse(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def pipeline_execution_arn(self) -> str | None: ...
    def __init__(
        self,
        *,
        pipeline_execution_arn: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> StartPipelineExecutionResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

class StopMlflowTrackingServerRequest(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def tracking_server_name(self) -> str: ...
    def __init__(
        self,
        *,
        tracking_server_name: str,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> StopMlflowTrackingServerRequest: ...
    def _to_wire(self) -> dict[str, Any]: ...

class StopMlflowTrackingServerResponse(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def tracking_server_arn(self) -> str | None: ...
    def __init__(
        self,
        *,
        tracking_server_arn: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> StopMlflowTrackingServerResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

class StopPipelineExecutionRequest(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def pipeline_execution_arn(self) -> str: ...
    @property
    def client_request_token(self) -> str: ...
    def __init__(
        self,
        *,
        pipeline_execution_arn: str,
        client_request_token: str,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> StopPipelineExecutionRequest: ...
    def _to_wire(self) -> dict[str, Any]: ...

class StopPipelineExecutionResponse(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def pipeline_execution_arn(self) -> str | None: ...
    def __init__(
        self,
        *,
        pipeline_execution_arn: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> StopPipelineExecutionResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

class StoppingCondition(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def max_runtime_in_seconds(self) -> int | None: ...
    @property
    def max_wait_time_in_seconds(self) -> int | None: ...
    @property
    def max_pending_time_in_seconds(self) -> int | None: ...
    def __init__(
        self,
        *,
        max_runtime_in_seconds: int | None = ...,
        max_wait_time_in_seconds: int | None = ...,
        max_pending_time_in_seconds: int | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> StoppingCondition: ...
    def _to_wire(self) -> dict[str, Any]: ...

class SuggestionQuery(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def property_name_query(self) -> PropertyNameQuery | None: ...
    def __init__(
        self,
        *,
        property_name_query: PropertyNameQuery | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> SuggestionQuery: ...
    def _to_wire(self) -> dict[str, Any]: ...
