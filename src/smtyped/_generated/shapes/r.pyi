# Generated stub for the module beside it. Do not edit.
# Plain classes with read-only properties and an explicit __init__: mypy reads this instead
# of the attrs classes, which keeps cold type-checking of user scripts fast.
from collections.abc import Mapping
from typing import Any, ClassVar

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.a import AppInstanceType, AppInstanceTypeLiteral
from smtyped._generated.enums.p import (
    ProblemType,
    ProblemTypeLiteral,
    ProductionVariantInstanceType,
    ProductionVariantInstanceTypeLiteral,
)
from smtyped._generated.enums.r import (
    RedshiftResultCompressionType,
    RedshiftResultCompressionTypeLiteral,
    RedshiftResultFormat,
    RedshiftResultFormatLiteral,
    RStudioServerProAccessStatus,
    RStudioServerProAccessStatusLiteral,
    RStudioServerProUserGroup,
    RStudioServerProUserGroupLiteral,
)
from smtyped._generated.enums.t import TrainingInstanceType, TrainingInstanceTypeLiteral
from smtyped._generated.shapes.a import AutoMLJobCompletionCriteria, AutoMLJobObjective
from smtyped._generated.shapes.c import CapacitySizeConfig
from smtyped._generated.shapes.e import EndpointOutputConfiguration
from smtyped._generated.shapes.i import InstanceGroup
from smtyped._generated.shapes.m import ModelConfiguration
from smtyped._generated.shapes.u import UiTemplate

class RSessionAppSettings(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    def __init__(
        self,
        *,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> RSessionAppSettings: ...
    def _to_wire(self) -> dict[str, Any]: ...

class RStudioServerProAppSettings(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def access_status(self) -> RStudioServerProAccessStatus | None: ...
    @property
    def user_group(self) -> RStudioServerProUserGroup | None: ...
    def __init__(
        self,
        *,
        access_status: RStudioServerProAccessStatus | RStudioServerProAccessStatusLiteral | None = ...,
        user_group: RStudioServerProUserGroup | RStudioServerProUserGroupLiteral | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> RStudioServerProAppSettings: ...
    def _to_wire(self) -> dict[str, Any]: ...

class RStudioServerProDomainSettings(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def domain_execution_role_arn(self) -> str: ...
    @property
    def r_studio_connect_url(self) -> str | None: ...
    @property
    def r_studio_package_manager_url(self) -> str | None: ...
    @property
    def default_resource_spec(self) -> ResourceSpec | None: ...
    def __init__(
        self,
        *,
        domain_execution_role_arn: str,
        r_studio_connect_url: str | None = ...,
        r_studio_package_manager_url: str | None = ...,
        default_resource_spec: ResourceSpec | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> RStudioServerProDomainSettings: ...
    def _to_wire(self) -> dict[str, Any]: ...

class RStudioServerProDomainSettingsForUpdate(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def domain_execution_role_arn(self) -> str: ...
    @property
    def default_resource_spec(self) -> ResourceSpec | None: ...
    def __init__(
        self,
        *,
        domain_execution_role_arn: str,
        default_resource_spec: ResourceSpec | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> RStudioServerProDomainSettingsForUpdate: ...
    def _to_wire(self) -> dict[str, Any]: ...

class RealTimeInferenceRecommendation(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def recommendation_id(self) -> str | None: ...
    @property
    def instance_type(self) -> ProductionVariantInstanceType | None: ...
    @property
    def environment(self) -> dict[str, str] | None: ...
    def __init__(
        self,
        *,
        recommendation_id: str | None = ...,
        instance_type: ProductionVariantInstanceType | ProductionVariantInstanceTypeLiteral | None = ...,
        environment: dict[str, str] | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> RealTimeInferenceRecommendation: ...
    def _to_wire(self) -> dict[str, Any]: ...

class RecommendationJobInferenceBenchmark(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def metrics(self) -> RecommendationMetrics | None: ...
    @property
    def endpoint_configuration(self) -> EndpointOutputConfiguration | None: ...
    @property
    def model_configuration(self) -> ModelConfiguration | None: ...
    @property
    def failure_reason(self) -> str | None: ...
    def __init__(
        self,
        *,
        metrics: RecommendationMetrics | None = ...,
        endpoint_configuration: EndpointOutputConfiguration | None = ...,
        model_configuration: ModelConfiguration | None = ...,
        failure_reason: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> RecommendationJobInferenceBenchmark: ...
    def _to_wire(self) -> dict[str, Any]: ...

class RecommendationMetrics(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def cost_per_hour(self) -> float | None: ...
    @property
    def cost_per_inference(self) -> float | None: ...
    @property
    def max_invocations(self) -> int | None: ...
    @property
    def model_latency(self) -> int | None: ...
    def __init__(
        self,
        *,
        cost_per_hour: float | None = ...,
        cost_per_inference: float | None = ...,
        max_invocations: int | None = ...,
        model_latency: int | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> RecommendationMetrics: ...
    def _to_wire(self) -> dict[str, Any]: ...

class RedshiftDatasetDefinition(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def cluster_id(self) -> str | None: ...
    @property
    def database(self) -> str | None: ...
    @property
    def db_user(self) -> str | None: ...
    @property
    def query_string(self) -> str | None: ...
    @property
    def cluster_role_arn(self) -> str | None: ...
    @property
    def output_s3_uri(self) -> str | None: ...
    @property
    def kms_key_id(self) -> str | None: ...
    @property
    def output_format(self) -> RedshiftResultFormat | None: ...
    @property
    def output_compression(self) -> RedshiftResultCompressionType | None: ...
    def __init__(
        self,
        *,
        cluster_id: str | None = ...,
        database: str | None = ...,
        db_user: str | None = ...,
        query_string: str | None = ...,
        cluster_role_arn: str | None = ...,
        output_s3_uri: str | None = ...,
        kms_key_id: str | None = ...,
        output_format: RedshiftResultFormat | RedshiftResultFormatLiteral | None = ...,
        output_compression: RedshiftResultCompressionType | RedshiftResultCompressionTypeLiteral | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> RedshiftDatasetDefinition: ...
    def _to_wire(self) -> dict[str, Any]: ...

class RegisterModelStepMetadata(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def arn(self) -> str | None: ...
    def __init__(
        self,
        *,
        arn: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> RegisterModelStepMetadata: ...
    def _to_wire(self) -> dict[str, Any]: ...

class RenderUiTemplateRequest(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def ui_template(self) -> UiTemplate | None: ...
    @property
    def task(self) -> RenderableTask: ...
    @property
    def role_arn(self) -> str: ...
    @property
    def human_task_ui_arn(self) -> str | None: ...
    def __init__(
        self,
        *,
        task: RenderableTask,
        role_arn: str,
        ui_template: UiTemplate | None = ...,
        human_task_ui_arn: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> RenderUiTemplateRequest: ...
    def _to_wire(self) -> dict[str, Any]: ...

class RenderUiTemplateResponse(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def rendered_content(self) -> str | None: ...
    @property
    def errors(self) -> list[RenderingError] | None: ...
    def __init__(
        self,
        *,
        rendered_content: str | None = ...,
        errors: list[RenderingError] | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> RenderUiTemplateResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

class RenderableTask(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def input(self) -> str: ...
    def __init__(
        self,
        *,
        input: str,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> RenderableTask: ...
    def _to_wire(self) -> dict[str, Any]: ...

class RenderingError(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def code(self) -> str | None: ...
    @property
    def message(self) -> str | None: ...
    def __init__(
        self,
        *,
        code: str | None = ...,
        message: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> RenderingError: ...
    def _to_wire(self) -> dict[str, Any]: ...

class RepositoryAuthConfig(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def repository_credentials_provider_arn(self) -> str: ...
    def __init__(
        self,
        *,
        repository_credentials_provider_arn: str,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> RepositoryAuthConfig: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ResolvedAttributes(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def auto_ml_job_objective(self) -> AutoMLJobObjective | None: ...
    @property
    def problem_type(self) -> ProblemType | None: ...
    @property
    def completion_criteria(self) -> AutoMLJobCompletionCriteria | None: ...
    def __init__(
        self,
        *,
        auto_ml_job_objective: AutoMLJobObjective | None = ...,
        problem_type: ProblemType | ProblemTypeLiteral | None = ...,
        completion_criteria: AutoMLJobCompletionCriteria | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ResolvedAttributes: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ResourceConfig(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def instance_type(self) -> TrainingInstanceType | None: ...
    @property
    def instance_count(self) -> int | None: ...
    @property
    def volume_size_in_gb(self) -> int: ...
    @property
    def volume_kms_key_id(self) -> str | None: ...
    @property
    def keep_alive_period_in_seconds(self) -> int | None: ...
    @property
    def instance_groups(self) -> list[InstanceGroup] | None: ...
    @property
    def training_plan_arn(self) -> str | None: ...
    def __init__(
        self,
        *,
        volume_size_in_gb: int,
        instance_type: TrainingInstanceType | TrainingInstanceTypeLiteral | None = ...,
        instance_count: int | None = ...,
        volume_kms_key_id: str | None = ...,
        keep_alive_period_in_seconds: int | None = ...,
        instance_groups: list[InstanceGroup] | None = ...,
        training_plan_arn: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ResourceConfig: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ResourceLimits(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def max_number_of_training_jobs(self) -> int | None: ...
    @property
    def max_parallel_training_jobs(self) -> int | None: ...
    @property
    def max_runtime_in_seconds(self) -> int | None: ...
    def __init__(
        self,
        *,
        max_number_of_training_jobs: int | None = ...,
        max_parallel_training_jobs: int | None = ...,
        max_runtime_in_seconds: int | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ResourceLimits: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ResourceSpec(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def sage_maker_image_arn(self) -> str | None: ...
    @property
    def sage_maker_image_version_arn(self) -> str | None: ...
    @property
    def instance_type(self) -> AppInstanceType | None: ...
    @property
    def lifecycle_config_arn(self) -> str | None: ...
    def __init__(
        self,
        *,
        sage_maker_image_arn: str | None = ...,
        sage_maker_image_version_arn: str | None = ...,
        instance_type: AppInstanceType | AppInstanceTypeLiteral | None = ...,
        lifecycle_config_arn: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ResourceSpec: ...
    def _to_wire(self) -> dict[str, Any]: ...

class RetryPipelineExecutionRequest(Shape):
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
    def _from_wire(cls, d: Mapping[str, Any]) -> RetryPipelineExecutionRequest: ...
    def _to_wire(self) -> dict[str, Any]: ...

class RetryPipelineExecutionResponse(OutputShape):
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
    def _from_wire(cls, d: Mapping[str, Any]) -> RetryPipelineExecutionResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

class RetryStrategy(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def maximum_retry_attempts(self) -> int | None: ...
    def __init__(
        self,
        *,
        maximum_retry_attempts: int | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> RetryStrategy: ...
    def _to_wire(self) -> dict[str, Any]: ...

class RollingDeploymentPolicy(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def maximum_batch_size(self) -> CapacitySizeConfig: ...
    @property
    def rollback_maximum_batch_size(self) -> CapacitySizeConfig | None: ...
    def __init__(
        self,
        *,
        maximum_batch_size: CapacitySizeConfig,
        rollback_maximum_batch_size: CapacitySizeConfig | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> RollingDeploymentPolicy: ...
    def _to_wire(self) -> dict[str, Any]: ...
