# Generated stub for the module beside it. Do not edit.
# Plain classes with read-only properties and an explicit __init__: mypy reads this instead
# of the attrs classes, which keeps cold type-checking of user scripts fast.
from collections.abc import Mapping
from datetime import datetime
from typing import Any, ClassVar

from smtyped._base import Shape
from smtyped._generated.enums.a import (
    AutoMLMetricEnum,
    AutoMLMetricEnumLiteral,
    AutoMLMetricExtendedEnum,
    AutoMLMetricExtendedEnumLiteral,
)
from smtyped._generated.enums.d import DetailedModelPackageStatus, DetailedModelPackageStatusLiteral
from smtyped._generated.enums.e import EndpointStatus, EndpointStatusLiteral
from smtyped._generated.enums.m import (
    MetricSetSource,
    MetricSetSourceLiteral,
    ModelApprovalStatus,
    ModelApprovalStatusLiteral,
    ModelCardStatus,
    ModelCardStatusLiteral,
    ModelPackageGroupStatus,
    ModelPackageGroupStatusLiteral,
    ModelPackageStatus,
    ModelPackageStatusLiteral,
    MonitoringType,
    MonitoringTypeLiteral,
)
from smtyped._generated.enums.s import ScheduleStatus, ScheduleStatusLiteral
from smtyped._generated.shapes.a import AdditionalInferenceSpecificationDefinition, AdditionalS3DataSource
from smtyped._generated.shapes.b import BatchTransformInput, Bias
from smtyped._generated.shapes.c import ContainerDefinition
from smtyped._generated.shapes.c3 import CustomizedMetricSpecification
from smtyped._generated.shapes.d import DeploymentRecommendation
from smtyped._generated.shapes.d3 import DriftCheckBaselines
from smtyped._generated.shapes.e import EnvironmentParameter, Explainability
from smtyped._generated.shapes.i import InferenceExecutionConfig, InferenceSpecification
from smtyped._generated.shapes.m2 import MonitoringAlertSummary, MonitoringExecutionSummary, MonitoringScheduleConfig
from smtyped._generated.shapes.p import PredefinedMetricSpecification
from smtyped._generated.shapes.s import S3ModelDataSource, SourceAlgorithmSpecification
from smtyped._generated.shapes.t import Tag, TransformJob, TransformJobDefinition
from smtyped._generated.shapes.u import UserContext
from smtyped._generated.shapes.v import VpcConfig

class MetadataProperties(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def commit_id(self) -> str | None: ...
    @property
    def repository(self) -> str | None: ...
    @property
    def generated_by(self) -> str | None: ...
    @property
    def project_id(self) -> str | None: ...
    def __init__(
        self,
        *,
        commit_id: str | None = ...,
        repository: str | None = ...,
        generated_by: str | None = ...,
        project_id: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> MetadataProperties: ...
    def _to_wire(self) -> dict[str, Any]: ...

class MetricData(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def metric_name(self) -> str | None: ...
    @property
    def value(self) -> float | None: ...
    @property
    def timestamp(self) -> datetime | None: ...
    def __init__(
        self,
        *,
        metric_name: str | None = ...,
        value: float | None = ...,
        timestamp: datetime | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> MetricData: ...
    def _to_wire(self) -> dict[str, Any]: ...

class MetricDatum(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def metric_name(self) -> AutoMLMetricEnum | None: ...
    @property
    def value(self) -> float | None: ...
    @property
    def set(self) -> MetricSetSource | None: ...
    @property
    def standard_metric_name(self) -> AutoMLMetricExtendedEnum | None: ...
    def __init__(
        self,
        *,
        metric_name: AutoMLMetricEnum | AutoMLMetricEnumLiteral | None = ...,
        value: float | None = ...,
        set: MetricSetSource | MetricSetSourceLiteral | None = ...,
        standard_metric_name: AutoMLMetricExtendedEnum | AutoMLMetricExtendedEnumLiteral | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> MetricDatum: ...
    def _to_wire(self) -> dict[str, Any]: ...

class MetricDefinition(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def name(self) -> str: ...
    @property
    def regex(self) -> str: ...
    def __init__(
        self,
        *,
        name: str,
        regex: str,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> MetricDefinition: ...
    def _to_wire(self) -> dict[str, Any]: ...

class MetricSpecification(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def predefined(self) -> PredefinedMetricSpecification | None: ...
    @property
    def customized(self) -> CustomizedMetricSpecification | None: ...
    def __init__(
        self,
        *,
        predefined: PredefinedMetricSpecification | None = ...,
        customized: CustomizedMetricSpecification | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> MetricSpecification: ...
    def _to_wire(self) -> dict[str, Any]: ...

class MetricsEndpoint(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def metrics_endpoint_path(self) -> str | None: ...
    @property
    def metric_publish_frequency_in_seconds(self) -> int | None: ...
    def __init__(
        self,
        *,
        metrics_endpoint_path: str | None = ...,
        metric_publish_frequency_in_seconds: int | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> MetricsEndpoint: ...
    def _to_wire(self) -> dict[str, Any]: ...

class MetricsSource(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def content_type(self) -> str: ...
    @property
    def content_digest(self) -> str | None: ...
    @property
    def s3_uri(self) -> str: ...
    def __init__(
        self,
        *,
        content_type: str,
        s3_uri: str,
        content_digest: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> MetricsSource: ...
    def _to_wire(self) -> dict[str, Any]: ...

class Model(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def model_name(self) -> str | None: ...
    @property
    def primary_container(self) -> ContainerDefinition | None: ...
    @property
    def containers(self) -> list[ContainerDefinition] | None: ...
    @property
    def inference_execution_config(self) -> InferenceExecutionConfig | None: ...
    @property
    def execution_role_arn(self) -> str | None: ...
    @property
    def vpc_config(self) -> VpcConfig | None: ...
    @property
    def creation_time(self) -> datetime | None: ...
    @property
    def model_arn(self) -> str | None: ...
    @property
    def enable_network_isolation(self) -> bool | None: ...
    @property
    def tags(self) -> list[Tag] | None: ...
    @property
    def deployment_recommendation(self) -> DeploymentRecommendation | None: ...
    def __init__(
        self,
        *,
        model_name: str | None = ...,
        primary_container: ContainerDefinition | None = ...,
        containers: list[ContainerDefinition] | None = ...,
        inference_execution_config: InferenceExecutionConfig | None = ...,
        execution_role_arn: str | None = ...,
        vpc_config: VpcConfig | None = ...,
        creation_time: datetime | None = ...,
        model_arn: str | None = ...,
        enable_network_isolation: bool | None = ...,
        tags: list[Tag] | None = ...,
        deployment_recommendation: DeploymentRecommendation | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> Model: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ModelAccessConfig(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def accept_eula(self) -> bool: ...
    def __init__(
        self,
        *,
        accept_eula: bool,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ModelAccessConfig: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ModelArtifacts(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def s3_model_artifacts(self) -> str | None: ...
    def __init__(
        self,
        *,
        s3_model_artifacts: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ModelArtifacts: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ModelCard(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def model_card_arn(self) -> str | None: ...
    @property
    def model_card_name(self) -> str | None: ...
    @property
    def model_card_version(self) -> int | None: ...
    @property
    def content(self) -> str | None: ...
    @property
    def model_card_status(self) -> ModelCardStatus | None: ...
    @property
    def security_config(self) -> ModelCardSecurityConfig | None: ...
    @property
    def creation_time(self) -> datetime | None: ...
    @property
    def created_by(self) -> UserContext | None: ...
    @property
    def last_modified_time(self) -> datetime | None: ...
    @property
    def last_modified_by(self) -> UserContext | None: ...
    @property
    def tags(self) -> list[Tag] | None: ...
    @property
    def model_id(self) -> str | None: ...
    @property
    def risk_rating(self) -> str | None: ...
    @property
    def model_package_group_name(self) -> str | None: ...
    def __init__(
        self,
        *,
        model_card_arn: str | None = ...,
        model_card_name: str | None = ...,
        model_card_version: int | None = ...,
        content: str | None = ...,
        model_card_status: ModelCardStatus | ModelCardStatusLiteral | None = ...,
        security_config: ModelCardSecurityConfig | None = ...,
        creation_time: datetime | None = ...,
        created_by: UserContext | None = ...,
        last_modified_time: datetime | None = ...,
        last_modified_by: UserContext | None = ...,
        tags: list[Tag] | None = ...,
        model_id: str | None = ...,
        risk_rating: str | None = ...,
        model_package_group_name: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ModelCard: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ModelCardSecurityConfig(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def kms_key_id(self) -> str | None: ...
    def __init__(
        self,
        *,
        kms_key_id: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ModelCardSecurityConfig: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ModelClientConfig(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def invocations_timeout_in_seconds(self) -> int | None: ...
    @property
    def invocations_max_retries(self) -> int | None: ...
    def __init__(
        self,
        *,
        invocations_timeout_in_seconds: int | None = ...,
        invocations_max_retries: int | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ModelClientConfig: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ModelConfiguration(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def inference_specification_name(self) -> str | None: ...
    @property
    def environment_parameters(self) -> list[EnvironmentParameter] | None: ...
    def __init__(
        self,
        *,
        inference_specification_name: str | None = ...,
        environment_parameters: list[EnvironmentParameter] | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ModelConfiguration: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ModelDashboardEndpoint(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def endpoint_name(self) -> str | None: ...
    @property
    def endpoint_arn(self) -> str | None: ...
    @property
    def creation_time(self) -> datetime | None: ...
    @property
    def last_modified_time(self) -> datetime | None: ...
    @property
    def endpoint_status(self) -> EndpointStatus | None: ...
    def __init__(
        self,
        *,
        endpoint_name: str | None = ...,
        endpoint_arn: str | None = ...,
        creation_time: datetime | None = ...,
        last_modified_time: datetime | None = ...,
        endpoint_status: EndpointStatus | EndpointStatusLiteral | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ModelDashboardEndpoint: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ModelDashboardIndicatorAction(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def enabled(self) -> bool | None: ...
    def __init__(
        self,
        *,
        enabled: bool | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ModelDashboardIndicatorAction: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ModelDashboardModel(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def model(self) -> Model | None: ...
    @property
    def endpoints(self) -> list[ModelDashboardEndpoint] | None: ...
    @property
    def last_batch_transform_job(self) -> TransformJob | None: ...
    @property
    def monitoring_schedules(self) -> list[ModelDashboardMonitoringSchedule] | None: ...
    @property
    def model_card(self) -> ModelDashboardModelCard | None: ...
    def __init__(
        self,
        *,
        model: Model | None = ...,
        endpoints: list[ModelDashboardEndpoint] | None = ...,
        last_batch_transform_job: TransformJob | None = ...,
        monitoring_schedules: list[ModelDashboardMonitoringSchedule] | None = ...,
        model_card: ModelDashboardModelCard | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ModelDashboardModel: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ModelDashboardModelCard(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def model_card_arn(self) -> str | None: ...
    @property
    def model_card_name(self) -> str | None: ...
    @property
    def model_card_version(self) -> int | None: ...
    @property
    def model_card_status(self) -> ModelCardStatus | None: ...
    @property
    def security_config(self) -> ModelCardSecurityConfig | None: ...
    @property
    def creation_time(self) -> datetime | None: ...
    @property
    def created_by(self) -> UserContext | None: ...
    @property
    def last_modified_time(self) -> datetime | None: ...
    @property
    def last_modified_by(self) -> UserContext | None: ...
    @property
    def tags(self) -> list[Tag] | None: ...
    @property
    def model_id(self) -> str | None: ...
    @property
    def risk_rating(self) -> str | None: ...
    def __init__(
        self,
        *,
        model_card_arn: str | None = ...,
        model_card_name: str | None = ...,
        model_card_version: int | None = ...,
        model_card_status: ModelCardStatus | ModelCardStatusLiteral | None = ...,
        security_config: ModelCardSecurityConfig | None = ...,
        creation_time: datetime | None = ...,
        created_by: UserContext | None = ...,
        last_modified_time: datetime | None = ...,
        last_modified_by: UserContext | None = ...,
        tags: list[Tag] | None = ...,
        model_id: str | None = ...,
        risk_rating: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ModelDashboardModelCard: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ModelDashboardMonitoringSchedule(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def monitoring_schedule_arn(self) -> str | None: ...
    @property
    def monitoring_schedule_name(self) -> str | None: ...
    @property
    def monitoring_schedule_status(self) -> ScheduleStatus | None: ...
    @property
    def monitoring_type(self) -> MonitoringType | None: ...
    @property
    def failure_reason(self) -> str | None: ...
    @property
    def creation_time(self) -> datetime | None: ...
    @property
    def last_modified_time(self) -> datetime | None: ...
    @property
    def monitoring_schedule_config(self) -> MonitoringScheduleConfig | None: ...
    @property
    def endpoint_name(self) -> str | None: ...
    @property
    def monitoring_alert_summaries(self) -> list[MonitoringAlertSummary] | None: ...
    @property
    def last_monitoring_execution_summary(self) -> MonitoringExecutionSummary | None: ...
    @property
    def batch_transform_input(self) -> BatchTransformInput | None: ...
    def __init__(
        self,
        *,
        monitoring_schedule_arn: str | None = ...,
        monitoring_schedule_name: str | None = ...,
        monitoring_schedule_status: ScheduleStatus | ScheduleStatusLiteral | None = ...,
        monitoring_type: MonitoringType | MonitoringTypeLiteral | None = ...,
        failure_reason: str | None = ...,
        creation_time: datetime | None = ...,
        last_modified_time: datetime | None = ...,
        monitoring_schedule_config: MonitoringScheduleConfig | None = ...,
        endpoint_name: str | None = ...,
        monitoring_alert_summaries: list[MonitoringAlertSummary] | None = ...,
        last_monitoring_execution_summary: MonitoringExecutionSummary | None = ...,
        batch_transform_input: BatchTransformInput | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ModelDashboardMonitoringSchedule: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ModelDataQuality(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def statistics(self) -> MetricsSource | None: ...
    @property
    def constraints(self) -> MetricsSource | None: ...
    def __init__(
        self,
        *,
        statistics: MetricsSource | None = ...,
        constraints: MetricsSource | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ModelDataQuality: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ModelDataSource(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def s3_data_source(self) -> S3ModelDataSource | None: ...
    def __init__(
        self,
        *,
        s3_data_source: S3ModelDataSource | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ModelDataSource: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ModelDeployConfig(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def auto_generate_endpoint_name(self) -> bool | None: ...
    @property
    def endpoint_name(self) -> str | None: ...
    def __init__(
        self,
        *,
        auto_generate_endpoint_name: bool | None = ...,
        endpoint_name: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ModelDeployConfig: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ModelDeployResult(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def endpoint_name(self) -> str | None: ...
    def __init__(
        self,
        *,
        endpoint_name: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ModelDeployResult: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ModelDigests(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def artifact_digest(self) -> str | None: ...
    def __init__(
        self,
        *,
        artifact_digest: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ModelDigests: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ModelInput(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def data_input_config(self) -> str: ...
    def __init__(
        self,
        *,
        data_input_config: str,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ModelInput: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ModelLifeCycle(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def stage(self) -> str: ...
    @property
    def stage_status(self) -> str: ...
    @property
    def stage_description(self) -> str | None: ...
    def __init__(
        self,
        *,
        stage: str,
        stage_status: str,
        stage_description: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ModelLifeCycle: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ModelMetrics(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def model_quality(self) -> ModelQuality | None: ...
    @property
    def model_data_quality(self) -> ModelDataQuality | None: ...
    @property
    def bias(self) -> Bias | None: ...
    @property
    def explainability(self) -> Explainability | None: ...
    def __init__(
        self,
        *,
        model_quality: ModelQuality | None = ...,
        model_data_quality: ModelDataQuality | None = ...,
        bias: Bias | None = ...,
        explainability: Explainability | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ModelMetrics: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ModelPackage(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def model_package_name(self) -> str | None: ...
    @property
    def model_package_group_name(self) -> str | None: ...
    @property
    def model_package_version(self) -> int | None: ...
    @property
    def model_package_arn(self) -> str | None: ...
    @property
    def model_package_description(self) -> str | None: ...
    @property
    def creation_time(self) -> datetime | None: ...
    @property
    def inference_specification(self) -> InferenceSpecification | None: ...
    @property
    def source_algorithm_specification(self) -> SourceAlgorithmSpecification | None: ...
    @property
    def validation_specification(self) -> ModelPackageValidationSpecification | None: ...
    @property
    def model_package_status(self) -> ModelPackageStatus | None: ...
    @property
    def model_package_status_details(self) -> ModelPackageStatusDetails | None: ...
    @property
    def certify_for_marketplace(self) -> bool | None: ...
    @property
    def model_approval_status(self) -> ModelApprovalStatus | None: ...
    @property
    def created_by(self) -> UserContext | None: ...
    @property
    def metadata_properties(self) -> MetadataProperties | None: ...
    @property
    def model_metrics(self) -> ModelMetrics | None: ...
    @property
    def last_modified_time(self) -> datetime | None: ...
    @property
    def last_modified_by(self) -> UserContext | None: ...
    @property
    def approval_description(self) -> str | None: ...
    @property
    def domain(self) -> str | None: ...
    @property
    def task(self) -> str | None: ...
    @property
    def sample_payload_url(self) -> str | None: ...
    @property
    def additional_inference_specifications(self) -> list[AdditionalInferenceSpecificationDefinition] | None: ...
    @property
    def tags(self) -> list[Tag] | None: ...
    @property
    def customer_metadata_properties(self) -> dict[str, str] | None: ...
    @property
    def drift_check_baselines(self) -> DriftCheckBaselines | None: ...
    def __init__(
        self,
        *,
        model_package_name: str | None = ...,
        model_package_group_name: str | None = ...,
        model_package_version: int | None = ...,
        model_package_arn: str | None = ...,
        model_package_description: str | None = ...,
        creation_time: datetime | None = ...,
        inference_specification: InferenceSpecification | None = ...,
        source_algorithm_specification: SourceAlgorithmSpecification | None = ...,
        validation_specification: ModelPackageValidationSpecification | None = ...,
        model_package_status: ModelPackageStatus | ModelPackageStatusLiteral | None = ...,
        model_package_status_details: ModelPackageStatusDetails | None = ...,
        certify_for_marketplace: bool | None = ...,
        model_approval_status: ModelApprovalStatus | ModelApprovalStatusLiteral | None = ...,
        created_by: UserContext | None = ...,
        metadata_properties: MetadataProperties | None = ...,
        model_metrics: ModelMetrics | None = ...,
        last_modified_time: datetime | None = ...,
        last_modified_by: UserContext | None = ...,
        approval_description: str | None = ...,
        domain: str | None = ...,
        task: str | None = ...,
        sample_payload_url: str | None = ...,
        additional_inference_specifications: list[AdditionalInferenceSpecificationDefinition] | None = ...,
        tags: list[Tag] | None = ...,
        customer_metadata_properties: dict[str, str] | None = ...,
        drift_check_baselines: DriftCheckBaselines | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ModelPackage: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ModelPackageConfig(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def model_package_group_arn(self) -> str | None: ...
    @property
    def source_model_package_arn(self) -> str | None: ...
    def __init__(
        self,
        *,
        model_package_group_arn: str | None = ...,
        source_model_package_arn: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ModelPackageConfig: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ModelPackageContainerDefinition(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def container_hostname(self) -> str | None: ...
    @property
    def image(self) -> str: ...
    @property
    def image_digest(self) -> str | None: ...
    @property
    def model_data_url(self) -> str | None: ...
    @property
    def model_data_source(self) -> ModelDataSource | None: ...
    @property
    def product_id(self) -> str | None: ...
    @property
    def environment(self) -> dict[str, str] | None: ...
    @property
    def model_input(self) -> ModelInput | None: ...
    @property
    def framework(self) -> str | None: ...
    @property
    def framework_version(self) -> str | None: ...
    @property
    def nearest_model_name(self) -> str | None: ...
    @property
    def additional_s3_data_source(self) -> AdditionalS3DataSource | None: ...
    @property
    def model_data_e_tag(self) -> str | None: ...
    def __init__(
        self,
        *,
        image: str,
        container_hostname: str | None = ...,
        image_digest: str | None = ...,
        model_data_url: str | None = ...,
        model_data_source: ModelDataSource | None = ...,
        product_id: str | None = ...,
        environment: dict[str, str] | None = ...,
        model_input: ModelInput | None = ...,
        framework: str | None = ...,
        framework_version: str | None = ...,
        nearest_model_name: str | None = ...,
        additional_s3_data_source: AdditionalS3DataSource | None = ...,
        model_data_e_tag: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ModelPackageContainerDefinition: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ModelPackageGroup(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def model_package_group_name(self) -> str | None: ...
    @property
    def model_package_group_arn(self) -> str | None: ...
    @property
    def model_package_group_description(self) -> str | None: ...
    @property
    def creation_time(self) -> datetime | None: ...
    @property
    def created_by(self) -> UserContext | None: ...
    @property
    def model_package_group_status(self) -> ModelPackageGroupStatus | None: ...
    @property
    def tags(self) -> list[Tag] | None: ...
    def __init__(
        self,
        *,
        model_package_group_name: str | None = ...,
        model_package_group_arn: str | None = ...,
        model_package_group_description: str | None = ...,
        creation_time: datetime | None = ...,
        created_by: UserContext | None = ...,
        model_package_group_status: ModelPackageGroupStatus | ModelPackageGroupStatusLiteral | None = ...,
        tags: list[Tag] | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ModelPackageGroup: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ModelPackageGroupSummary(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def model_package_group_name(self) -> str | None: ...
    @property
    def model_package_group_arn(self) -> str | None: ...
    @property
    def model_package_group_description(self) -> str | None: ...
    @property
    def creation_time(self) -> datetime | None: ...
    @property
    def model_package_group_status(self) -> ModelPackageGroupStatus | None: ...
    def __init__(
        self,
        *,
        model_package_group_name: str | None = ...,
        model_package_group_arn: str | None = ...,
        model_package_group_description: str | None = ...,
        creation_time: datetime | None = ...,
        model_package_group_status: ModelPackageGroupStatus | ModelPackageGroupStatusLiteral | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ModelPackageGroupSummary: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ModelPackageModelCard(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def model_card_content(self) -> str | None: ...
    @property
    def model_card_status(self) -> ModelCardStatus | None: ...
    def __init__(
        self,
        *,
        model_card_content: str | None = ...,
        model_card_status: ModelCardStatus | ModelCardStatusLiteral | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ModelPackageModelCard: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ModelPackageSecurityConfig(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def kms_key_id(self) -> str: ...
    def __init__(
        self,
        *,
        kms_key_id: str,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ModelPackageSecurityConfig: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ModelPackageStatusDetails(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def validation_statuses(self) -> list[ModelPackageStatusItem] | None: ...
    @property
    def image_scan_statuses(self) -> list[ModelPackageStatusItem] | None: ...
    def __init__(
        self,
        *,
        validation_statuses: list[ModelPackageStatusItem] | None = ...,
        image_scan_statuses: list[ModelPackageStatusItem] | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ModelPackageStatusDetails: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ModelPackageStatusItem(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def name(self) -> str | None: ...
    @property
    def status(self) -> DetailedModelPackageStatus | None: ...
    @property
    def failure_reason(self) -> str | None: ...
    def __init__(
        self,
        *,
        name: str | None = ...,
        status: DetailedModelPackageStatus | DetailedModelPackageStatusLiteral | None = ...,
        failure_reason: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ModelPackageStatusItem: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ModelPackageSummary(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def model_package_name(self) -> str | None: ...
    @property
    def model_package_group_name(self) -> str | None: ...
    @property
    def model_package_version(self) -> int | None: ...
    @property
    def model_package_arn(self) -> str | None: ...
    @property
    def model_package_description(self) -> str | None: ...
    @property
    def creation_time(self) -> datetime | None: ...
    @property
    def model_package_status(self) -> ModelPackageStatus | None: ...
    @property
    def model_approval_status(self) -> ModelApprovalStatus | None: ...
    def __init__(
        self,
        *,
        model_package_name: str | None = ...,
        model_package_group_name: str | None = ...,
        model_package_version: int | None = ...,
        model_package_arn: str | None = ...,
        model_package_description: str | None = ...,
        creation_time: datetime | None = ...,
        model_package_status: ModelPackageStatus | ModelPackageStatusLiteral | None = ...,
        model_approval_status: ModelApprovalStatus | ModelApprovalStatusLiteral | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ModelPackageSummary: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ModelPackageValidationProfile(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def profile_name(self) -> str: ...
    @property
    def transform_job_definition(self) -> TransformJobDefinition: ...
    def __init__(
        self,
        *,
        profile_name: str,
        transform_job_definition: TransformJobDefinition,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ModelPackageValidationProfile: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ModelPackageValidationSpecification(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def validation_role(self) -> str: ...
    @property
    def validation_profiles(self) -> list[ModelPackageValidationProfile]: ...
    def __init__(
        self,
        *,
        validation_role: str,
        validation_profiles: list[ModelPackageValidationProfile],
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ModelPackageValidationSpecification: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ModelQuality(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def statistics(self) -> MetricsSource | None: ...
    @property
    def constraints(self) -> MetricsSource | None: ...
    def __init__(
        self,
        *,
        statistics: MetricsSource | None = ...,
        constraints: MetricsSource | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ModelQuality: ...
    def _to_wire(self) -> dict[str, Any]: ...
