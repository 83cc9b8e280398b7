# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.a import AppInstanceType, as_AppInstanceType_opt
from smtyped._generated.enums.p import (
    ProblemType,
    ProductionVariantInstanceType,
    as_ProblemType_opt,
    as_ProductionVariantInstanceType_opt,
)
from smtyped._generated.enums.r import (
    RedshiftResultCompressionType,
    RedshiftResultFormat,
    RStudioServerProAccessStatus,
    RStudioServerProUserGroup,
    as_RedshiftResultCompressionType_opt,
    as_RedshiftResultFormat_opt,
    as_RStudioServerProAccessStatus_opt,
    as_RStudioServerProUserGroup_opt,
)
from smtyped._generated.enums.t import TrainingInstanceType, as_TrainingInstanceType_opt
from smtyped._generated.shapes.a import AutoMLJobCompletionCriteria, AutoMLJobObjective
from smtyped._generated.shapes.c import CapacitySizeConfig
from smtyped._generated.shapes.e import EndpointOutputConfiguration
from smtyped._generated.shapes.i import InstanceGroup
from smtyped._generated.shapes.m import ModelConfiguration
from smtyped._generated.shapes.u import UiTemplate

@attrs.frozen(kw_only=True, slots=False)
class RSessionAppSettings(Shape):
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class RStudioServerProAppSettings(Shape):
    access_status: RStudioServerProAccessStatus | None = attrs.field(
        default=None, converter=as_RStudioServerProAccessStatus_opt
    )
    user_group: RStudioServerProUserGroup | None = attrs.field(default=None, converter=as_RStudioServerProUserGroup_opt)
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class RStudioServerProDomainSettings(Shape):
    domain_execution_role_arn: str
    r_studio_connect_url: str | None = None
    r_studio_package_manager_url: str | None = None
    default_resource_spec: ResourceSpec | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class RStudioServerProDomainSettingsForUpdate(Shape):
    domain_execution_role_arn: str
    default_resource_spec: ResourceSpec | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class RealTimeInferenceRecommendation(Shape):
    recommendation_id: str | None = None
    instance_type: ProductionVariantInstanceType | None = attrs.field(
        default=None, converter=as_ProductionVariantInstanceType_opt
    )
    environment: dict[str, str] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class RecommendationJobInferenceBenchmark(Shape):
    metrics: RecommendationMetrics | None = None
    endpoint_configuration: EndpointOutputConfiguration | None = None
    model_configuration: ModelConfiguration | None = None
    failure_reason: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class RecommendationMetrics(Shape):
    cost_per_hour: float | None = None
    cost_per_inference: float | None = None
    max_invocations: int | None = None
    model_latency: int | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class RedshiftDatasetDefinition(Shape):
    cluster_id: str | None = None
    database: str | None = None
    db_user: str | None = None
    query_string: str | None = None
    cluster_role_arn: str | None = None
    output_s3_uri: str | None = None
    kms_key_id: str | None = None
    output_format: RedshiftResultFormat | None = attrs.field(default=None, converter=as_RedshiftResultFormat_opt)
    output_compression: RedshiftResultCompressionType | None = attrs.field(
        default=None, converter=as_RedshiftResultCompressionType_opt
    )
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class RegisterModelStepMetadata(Shape):
    arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class RenderUiTemplateRequest(Shape):
    task: RenderableTask
    role_arn: str
    ui_template: UiTemplate | None = None
    human_task_ui_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class RenderUiTemplateResponse(OutputShape):
    rendered_content: str | None = None
    errors: list[RenderingError] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class RenderableTask(Shape):
    input: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class RenderingError(Shape):
    code: str | None = None
    message: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class RepositoryAuthConfig(Shape):
    repository_credentials_provider_arn: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ResolvedAttributes(Shape):
    auto_ml_job_objective: AutoMLJobObjective | None = None
    problem_type: ProblemType | None = attrs.field(default=None, converter=as_ProblemType_opt)
    completion_criteria: AutoMLJobCompletionCriteria | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ResourceConfig(Shape):
    volume_size_in_gb: int
    instance_type: TrainingInstanceType | None = attrs.field(default=None, converter=as_TrainingInstanceType_opt)
    instance_count: int | None = None
    volume_kms_key_id: str | None = None
    keep_alive_period_in_seconds: int | None = None
    instance_groups: list[InstanceGroup] | None = None
    training_plan_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ResourceLimits(Shape):
    max_number_of_training_jobs: int | None = None
    max_parallel_training_jobs: int | None = None
    max_runtime_in_seconds: int | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ResourceSpec(Shape):
    sage_maker_image_arn: str | None = None
    sage_maker_image_version_arn: str | None = None
    instance_type: AppInstanceType | None = attrs.field(default=None, converter=as_AppInstanceType_opt)
    lifecycle_config_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class RetryPipelineExecutionRequest(Shape):
    pipeline_execution_arn: str
    client_request_token: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class RetryPipelineExecutionResponse(OutputShape):
    pipeline_execution_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class RetryStrategy(Shape):
    maximum_retry_attempts: int | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class RollingDeploymentPolicy(Shape):
    maximum_batch_size: CapacitySizeConfig
    rollback_maximum_batch_size: CapacitySizeConfig | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
