# Generated stub for the module beside it. Do not edit.
# The attrs classes without their bodies and docstrings: mypy reads this instead of the
# module, which keeps cold type-checking of user scripts fast.
from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.a import (
    AppInstanceType,
    as_AppInstanceType_opt,
)
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
from smtyped._generated.enums.t import (
    TrainingInstanceType,
    as_TrainingInstanceType_opt,
)
from smtyped._generated.shapes.a import AutoMLJobCompletionCriteria, AutoMLJobObjective
from smtyped._generated.shapes.c import CapacitySizeConfig
from smtyped._generated.shapes.e import EndpointOutputConfiguration
from smtyped._generated.shapes.i import InstanceGroup
from smtyped._generated.shapes.m import ModelConfiguration
from smtyped._generated.shapes.u import UiTemplate

@attrs.frozen(kw_only=True, slots=False)
class RSessionAppSettings(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> RSessionAppSettings: ...
    def _to_wire(self) -> dict[str, Any]: ...

@attrs.frozen(kw_only=True, slots=False)
class RStudioServerProAppSettings(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    access_status: RStudioServerProAccessStatus | None = attrs.field(
        default=None, converter=as_RStudioServerProAccessStatus_opt
    )
    user_group: RStudioServerProUserGroup | None = attrs.field(default=None, converter=as_RStudioServerProUserGroup_opt)
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> RStudioServerProAppSettings: ...
    def _to_wire(self) -> dict[str, Any]: ...

@attrs.frozen(kw_only=True, slots=False)
class RStudioServerProDomainSettings(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    domain_execution_role_arn: str
    r_studio_connect_url: str | None = None
    r_studio_package_manager_url: str | None = None
    default_resource_spec: ResourceSpec | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> RStudioServerProDomainSettings: ...
    def _to_wire(self) -> dict[str, Any]: ...

@attrs.frozen(kw_only=True, slots=False)
class RStudioServerProDomainSettingsForUpdate(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    domain_execution_role_arn: str
    default_resource_spec: ResourceSpec | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> RStudioServerProDomainSettingsForUpdate: ...
    def _to_wire(self) -> dict[str, Any]: ...

@attrs.frozen(kw_only=True, slots=False)
class RealTimeInferenceRecommendation(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    recommendation_id: str | None = None
    instance_type: ProductionVariantInstanceType | None = attrs.field(
        default=None, converter=as_ProductionVariantInstanceType_opt
    )
    environment: dict[str, str] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> RealTimeInferenceRecommendation: ...
    def _to_wire(self) -> dict[str, Any]: ...

@attrs.frozen(kw_only=True, slots=False)
class RecommendationJobInferenceBenchmark(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    metrics: RecommendationMetrics | None = None
    endpoint_configuration: EndpointOutputConfiguration | None = None
    model_configuration: ModelConfiguration | None = None
    failure_reason: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> RecommendationJobInferenceBenchmark: ...
    def _to_wire(self) -> dict[str, Any]: ...

@attrs.frozen(kw_only=True, slots=False)
class RecommendationMetrics(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    cost_per_hour: float | None = None
    cost_per_inference: float | None = None
    max_invocations: int | None = None
    model_latency: int | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> RecommendationMetrics: ...
    def _to_wire(self) -> dict[str, Any]: ...

@attrs.frozen(kw_only=True, slots=False)
class RedshiftDatasetDefinition(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
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
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> RedshiftDatasetDefinition: ...
    def _to_wire(self) -> dict[str, Any]: ...

@attrs.frozen(kw_only=True, slots=False)
class RegisterModelStepMetadata(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> RegisterModelStepMetadata: ...
    def _to_wire(self) -> dict[str, Any]: ...

@attrs.frozen(kw_only=True, slots=False)
class RenderUiTemplateRequest(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    task: RenderableTask
    role_arn: str
    ui_template: UiTemplate | None = None
    human_task_ui_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> RenderUiTemplateRequest: ...
    def _to_wire(self) -> dict[str, Any]: ...

@attrs.frozen(kw_only=True, slots=False)
class RenderUiTemplateResponse(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    rendered_content: str | None = None
    errors: list[RenderingError] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> RenderUiTemplateResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

@attrs.frozen(kw_only=True, slots=False)
class RenderableTask(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    input: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> RenderableTask: ...
    def _to_wire(self) -> dict[str, Any]: ...

@attrs.frozen(kw_only=True, slots=False)
class RenderingError(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    code: str | None = None
    message: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> RenderingError: ...
    def _to_wire(self) -> dict[str, Any]: ...

@attrs.frozen(kw_only=True, slots=False)
class RepositoryAuthConfig(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    repository_credentials_provider_arn: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> RepositoryAuthConfig: ...
    def _to_wire(self) -> dict[str, Any]: ...

@attrs.frozen(kw_only=True, slots=False)
class ResolvedAttributes(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    auto_ml_job_objective: AutoMLJobObjective | None = None
    problem_type: ProblemType | None = attrs.field(default=None, converter=as_ProblemType_opt)
    completion_criteria: AutoMLJobCompletionCriteria | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ResolvedAttributes: ...
    def _to_wire(self) -> dict[str, Any]: ...

@attrs.frozen(kw_only=True, slots=False)
class ResourceConfig(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    volume_size_in_gb: int
    instance_type: TrainingInstanceType | None = attrs.field(default=None, converter=as_TrainingInstanceType_opt)
    instance_count: int | None = None
    volume_kms_key_id: str | None = None
    keep_alive_period_in_seconds: int | None = None
    instance_groups: list[InstanceGroup] | None = None
    training_plan_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ResourceConfig: ...
    def _to_wire(self) -> dict[str, Any]: ...

@attrs.frozen(kw_only=True, slots=False)
class ResourceLimits(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    max_number_of_training_jobs: int | None = None
    max_parallel_training_jobs: int | None = None
    max_runtime_in_seconds: int | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ResourceLimits: ...
    def _to_wire(self) -> dict[str, Any]: ...

@attrs.frozen(kw_only=True, slots=False)
class ResourceSpec(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    sage_maker_image_arn: str | None = None
    sage_maker_image_version_arn: str | None = None
    instance_type: AppInstanceType | None = attrs.field(default=None, converter=as_AppInstanceType_opt)
    lifecycle_config_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ResourceSpec: ...
    def _to_wire(self) -> dict[str, Any]: ...

@attrs.frozen(kw_only=True, slots=False)
class RetryPipelineExecutionRequest(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    pipeline_execution_arn: str
    client_request_token: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> RetryPipelineExecutionRequest: ...
    def _to_wire(self) -> dict[str, Any]: ...

@attrs.frozen(kw_only=True, slots=False)
class RetryPipelineExecutionResponse(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    pipeline_execution_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> RetryPipelineExecutionResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

@attrs.frozen(kw_only=True, slots=False)
class RetryStrategy(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    maximum_retry_attempts: int | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> RetryStrategy: ...
    def _to_wire(self) -> dict[str, Any]: ...

@attrs.frozen(kw_only=True, slots=False)
class RollingDeploymentPolicy(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    maximum_batch_size: CapacitySizeConfig
    rollback_maximum_batch_size: CapacitySizeConfig | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> RollingDeploymentPolicy: ...
    def _to_wire(self) -> dict[str, Any]: ...
