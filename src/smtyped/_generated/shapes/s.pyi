# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.b import (
    BooleanOperator,
    as_BooleanOperator_opt,
)
from smtyped._generated.enums.c import (
    CrossAccountFilterOption,
    as_CrossAccountFilterOption_opt,
)
from smtyped._generated.enums.m import (
    ModelCompressionType,
    as_ModelCompressionType,
)
from smtyped._generated.enums.n import (
    NotebookOutputOption,
    as_NotebookOutputOption_opt,
)
from smtyped._generated.enums.r import ResourceType, as_ResourceType
from smtyped._generated.enums.s import (
    S3DataDistribution,
    S3DataType,
    S3ModelDataType,
    SearchSortOrder,
    SecondaryStatus,
    as_S3DataDistribution_opt,
    as_S3DataType,
    as_S3ModelDataType,
    as_SearchSortOrder_opt,
    as_SecondaryStatus_opt,
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

@attrs.frozen(kw_only=True, slots=False)
class S3DataSource(Shape):
    s3_data_type: S3DataType = attrs.field(converter=as_S3DataType)
    s3_uri: str
    s3_data_distribution_type: S3DataDistribution | None = attrs.field(
        default=None, converter=as_S3DataDistribution_opt
    )
    attribute_names: list[str] | None = None
    instance_group_names: list[str] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class S3ModelDataSource(Shape):
    s3_uri: str
    s3_data_type: S3ModelDataType = attrs.field(converter=as_S3ModelDataType)
    compression_type: ModelCompressionType = attrs.field(converter=as_ModelCompressionType)
    model_access_config: ModelAccessConfig | None = None
    hub_access_config: InferenceHubAccessConfig | None = None
    manifest_s3_uri: str | None = None
    e_tag: str | None = None
    manifest_etag: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class S3StorageConfig(Shape):
    s3_uri: str | None = None
    kms_key_id: str | None = None
    resolved_output_s3_uri: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ScalingPolicy(Shape):
    target_tracking: TargetTrackingScalingPolicyConfiguration | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ScalingPolicyMetric(Shape):
    invocations_per_instance: int | None = None
    model_latency: int | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ScalingPolicyObjective(Shape):
    min_invocations_per_minute: int | None = None
    max_invocations_per_minute: int | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ScheduleConfig(Shape):
    schedule_expression: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ScheduledUpdateConfig(Shape):
    schedule_expression: str
    deployment_config: DeploymentConfiguration | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class SearchExpression(Shape):
    filters: list[Filter] | None = None
    nested_filters: list[NestedFilters] | None = None
    sub_expressions: list[SearchExpression] | None = None
    operator: BooleanOperator | None = attrs.field(default=None, converter=as_BooleanOperator_opt)
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class SearchRecord(Shape):
    training_job: TrainingJob | None = None
    experiment: Experiment | None = None
    trial: Trial | None = None
    trial_component: TrialComponent | None = None
    endpoint: Endpoint | None = None
    model_package: ModelPackage | None = None
    model_package_group: ModelPackageGroup | None = None
    pipeline: Pipeline | None = None
    pipeline_execution: PipelineExecution | None = None
    feature_group: FeatureGroup | None = None
    project: Project | None = None
    feature_metadata: FeatureMetadata | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class SearchRequest(Shape):
    resource: ResourceType = attrs.field(converter=as_ResourceType)
    search_expression: SearchExpression | None = None
    sort_by: str | None = None
    sort_order: SearchSortOrder | None = attrs.field(default=None, converter=as_SearchSortOrder_opt)
    next_token: str | None = None
    max_results: int | None = None
    cross_account_filter_option: CrossAccountFilterOption | None = attrs.field(
        default=None, converter=as_CrossAccountFilterOption_opt
    )
    visibility_conditions: list[VisibilityConditions] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class SearchResponse(OutputShape):
    results: list[SearchRecord] | None = None
    next_token: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class SecondaryStatusTransition(Shape):
    status: SecondaryStatus | None = attrs.field(default=None, converter=as_SecondaryStatus_opt)
    start_time: datetime | None = None
    end_time: datetime | None = None
    status_message: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class SelectedStep(Shape):
    step_name: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class SelectiveExecutionConfig(Shape):
    source_pipeline_execution_arn: str | None = None
    selected_steps: list[SelectedStep] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ServiceCatalogProvisionedProductDetails(Shape):
    provisioned_product_id: str | None = None
    provisioned_product_status_message: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ServiceCatalogProvisioningDetails(Shape):
    product_id: str | None = None
    provisioning_artifact_id: str | None = None
    path_id: str | None = None
    provisioning_parameters: list[ProvisioningParameter] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class SharingSettings(Shape):
    notebook_output_option: NotebookOutputOption | None = attrs.field(
        default=None, converter=as_NotebookOutputOption_opt
    )
    s3_output_path: str | None = None
    s3_kms_key_id: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ShuffleConfig(Shape):
    seed: int
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class SourceAlgorithm(Shape):
    algorithm_name: str
    model_data_url: str | None = None
    model_data_source: ModelDataSource | None = None
    model_data_e_tag: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class SourceAlgorithmSpecification(Shape):
    source_algorithms: list[SourceAlgorithm]
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class StartMlflowTrackingServerRequest(Shape):
    tracking_server_name: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class StartMlflowTrackingServerResponse(OutputShape):
    tracking_server_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class StartPipelineExecutionRequest(Shape):
    pipeline_name: str
    client_request_token: str
    pipeline_execution_display_name: str | None = None
    pipeline_parameters: list[Parameter] | None = None
    pipeline_execution_description: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class StartPipelineExecutionResponse(OutputShape):
    pipeline_execution_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class StopMlflowTrackingServerRequest(Shape):
    tracking_server_name: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class StopMlflowTrackingServerResponse(OutputShape):
    tracking_server_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class StopPipelineExecutionRequest(Shape):
    pipeline_execution_arn: str
    client_request_token: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class StopPipelineExecutionResponse(OutputShape):
    pipeline_execution_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class StoppingCondition(Shape):
    max_runtime_in_seconds: int | None = None
    max_wait_time_in_seconds: int | None = None
    max_pending_time_in_seconds: int | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class SuggestionQuery(Shape):
    property_name_query: PropertyNameQuery | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
