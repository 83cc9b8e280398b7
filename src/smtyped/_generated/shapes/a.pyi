# Generated stub for the module beside it. Do not edit.
# Plain classes with read-only properties and an explicit __init__: mypy reads this instead
# of the attrs classes, which keeps cold type-checking of user scripts fast.
from collections.abc import Mapping
from datetime import datetime
from typing import Any, ClassVar

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.a import (
    ActionStatus,
    ActionStatusLiteral,
    AdditionalS3DataSourceDataType,
    AdditionalS3DataSourceDataTypeLiteral,
    AppStatus,
    AppStatusLiteral,
    AppType,
    AppTypeLiteral,
    ArtifactSourceIdType,
    ArtifactSourceIdTypeLiteral,
    AssociationEdgeType,
    AssociationEdgeTypeLiteral,
    AthenaResultCompressionType,
    AthenaResultCompressionTypeLiteral,
    AthenaResultFormat,
    AthenaResultFormatLiteral,
    AutoMLChannelType,
    AutoMLChannelTypeLiteral,
    AutoMLMetricEnum,
    AutoMLMetricEnumLiteral,
    AutoMLMode,
    AutoMLModeLiteral,
    AutoMLS3DataType,
    AutoMLS3DataTypeLiteral,
)
from smtyped._generated.enums.c import (
    CandidateStatus,
    CandidateStatusLiteral,
    CandidateStepType,
    CandidateStepTypeLiteral,
    CompressionType,
    CompressionTypeLiteral,
)
from smtyped._generated.enums.d import DetailedAlgorithmStatus, DetailedAlgorithmStatusLiteral
from smtyped._generated.enums.o import ObjectiveStatus, ObjectiveStatusLiteral
from smtyped._generated.enums.p import ProductionVariantInstanceType, ProductionVariantInstanceTypeLiteral
from smtyped._generated.enums.t import (
    TrainingInputMode,
    TrainingInputModeLiteral,
    TransformInstanceType,
    TransformInstanceTypeLiteral,
)
from smtyped._generated.shapes.c import CandidateProperties
from smtyped._generated.shapes.f import FinalAutoMLJobObjectiveMetric
from smtyped._generated.shapes.m import MetricDefinition, ModelPackageContainerDefinition
from smtyped._generated.shapes.s import S3ModelDataSource
from smtyped._generated.shapes.t import TrainingJobDefinition, TransformJobDefinition
from smtyped._generated.shapes.u import UserContext
from smtyped._generated.shapes.v import VpcConfig

class AcceleratorPartitionLayout(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def accelerator_partition_types(self) -> list[str] | None: ...
    def __init__(
        self,
        *,
        accelerator_partition_types: list[str] | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> AcceleratorPartitionLayout: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ActionSource(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def source_uri(self) -> str | None: ...
    @property
    def source_type(self) -> str | None: ...
    @property
    def source_id(self) -> str | None: ...
    def __init__(
        self,
        *,
        source_uri: str | None = ...,
        source_type: str | None = ...,
        source_id: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ActionSource: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ActionSummary(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def action_arn(self) -> str | None: ...
    @property
    def action_name(self) -> str | None: ...
    @property
    def source(self) -> ActionSource | None: ...
    @property
    def action_type(self) -> str | None: ...
    @property
    def status(self) -> ActionStatus | None: ...
    @property
    def creation_time(self) -> datetime | None: ...
    @property
    def last_modified_time(self) -> datetime | None: ...
    def __init__(
        self,
        *,
        action_arn: str | None = ...,
        action_name: str | None = ...,
        source: ActionSource | None = ...,
        action_type: str | None = ...,
        status: ActionStatus | ActionStatusLiteral | None = ...,
        creation_time: datetime | None = ...,
        last_modified_time: datetime | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ActionSummary: ...
    def _to_wire(self) -> dict[str, Any]: ...

class AddAssociationRequest(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def source_arn(self) -> str: ...
    @property
    def destination_arn(self) -> str: ...
    @property
    def association_type(self) -> AssociationEdgeType | None: ...
    def __init__(
        self,
        *,
        source_arn: str,
        destination_arn: str,
        association_type: AssociationEdgeType | AssociationEdgeTypeLiteral | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> AddAssociationRequest: ...
    def _to_wire(self) -> dict[str, Any]: ...

class AddAssociationResponse(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def source_arn(self) -> str | None: ...
    @property
    def destination_arn(self) -> str | None: ...
    def __init__(
        self,
        *,
        source_arn: str | None = ...,
        destination_arn: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> AddAssociationResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

class AddClusterNodeSpecification(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def instance_group_name(self) -> str: ...
    @property
    def increment_target_count_by(self) -> int: ...
    def __init__(
        self,
        *,
        instance_group_name: str,
        increment_target_count_by: int,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> AddClusterNodeSpecification: ...
    def _to_wire(self) -> dict[str, Any]: ...

class AdditionalEnis(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def efa_enis(self) -> list[str] | None: ...
    def __init__(
        self,
        *,
        efa_enis: list[str] | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> AdditionalEnis: ...
    def _to_wire(self) -> dict[str, Any]: ...

class AdditionalInferenceSpecificationDefinition(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def name(self) -> str: ...
    @property
    def description(self) -> str | None: ...
    @property
    def containers(self) -> list[ModelPackageContainerDefinition]: ...
    @property
    def supported_transform_instance_types(
        self,
    ) -> list[TransformInstanceType | TransformInstanceTypeLiteral] | None: ...
    @property
    def supported_realtime_inference_instance_types(
        self,
    ) -> list[ProductionVariantInstanceType | ProductionVariantInstanceTypeLiteral] | None: ...
    @property
    def supported_content_types(self) -> list[str] | None: ...
    @property
    def supported_response_mime_types(self) -> list[str] | None: ...
    def __init__(
        self,
        *,
        name: str,
        containers: list[ModelPackageContainerDefinition],
        description: str | None = ...,
        supported_transform_instance_types: list[TransformInstanceType | TransformInstanceTypeLiteral] | None = ...,
        supported_realtime_inference_instance_types: list[
            ProductionVariantInstanceType | ProductionVariantInstanceTypeLiteral
        ]
        | None = ...,
        supported_content_types: list[str] | None = ...,
        supported_response_mime_types: list[str] | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> AdditionalInferenceSpecificationDefinition: ...
    def _to_wire(self) -> dict[str, Any]: ...

class AdditionalModelDataSource(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def channel_name(self) -> str: ...
    @property
    def s3_data_source(self) -> S3ModelDataSource: ...
    def __init__(
        self,
        *,
        channel_name: str,
        s3_data_source: S3ModelDataSource,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> AdditionalModelDataSource: ...
    def _to_wire(self) -> dict[str, Any]: ...

class AdditionalS3DataSource(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def s3_data_type(self) -> AdditionalS3DataSourceDataType: ...
    @property
    def s3_uri(self) -> str: ...
    @property
    def compression_type(self) -> CompressionType | None: ...
    @property
    def e_tag(self) -> str | None: ...
    def __init__(
        self,
        *,
        s3_data_type: AdditionalS3DataSourceDataType | AdditionalS3DataSourceDataTypeLiteral,
        s3_uri: str,
        compression_type: CompressionType | CompressionTypeLiteral | None = ...,
        e_tag: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> AdditionalS3DataSource: ...
    def _to_wire(self) -> dict[str, Any]: ...

class Alarm(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def alarm_name(self) -> str | None: ...
    def __init__(
        self,
        *,
        alarm_name: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> Alarm: ...
    def _to_wire(self) -> dict[str, Any]: ...

class AlarmDetails(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def alarm_name(self) -> str: ...
    def __init__(
        self,
        *,
        alarm_name: str,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> AlarmDetails: ...
    def _to_wire(self) -> dict[str, Any]: ...

class AlgorithmSpecification(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def training_image(self) -> str | None: ...
    @property
    def algorithm_name(self) -> str | None: ...
    @property
    def training_input_mode(self) -> TrainingInputMode | None: ...
    @property
    def metric_definitions(self) -> list[MetricDefinition] | None: ...
    @property
    def enable_sage_maker_metrics_time_series(self) -> bool | None: ...
    def __init__(
        self,
        *,
        training_image: str | None = ...,
        algorithm_name: str | None = ...,
        training_input_mode: TrainingInputMode | TrainingInputModeLiteral | None = ...,
        metric_definitions: list[MetricDefinition] | None = ...,
        enable_sage_maker_metrics_time_series: bool | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> AlgorithmSpecification: ...
    def _to_wire(self) -> dict[str, Any]: ...

class AlgorithmStatusDetails(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def validation_statuses(self) -> list[AlgorithmStatusItem] | None: ...
    @property
    def image_scan_statuses(self) -> list[AlgorithmStatusItem] | None: ...
    def __init__(
        self,
        *,
        validation_statuses: list[AlgorithmStatusItem] | None = ...,
        image_scan_statuses: list[AlgorithmStatusItem] | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> AlgorithmStatusDetails: ...
    def _to_wire(self) -> dict[str, Any]: ...

class AlgorithmStatusItem(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def name(self) -> str | None: ...
    @property
    def status(self) -> DetailedAlgorithmStatus | None: ...
    @property
    def failure_reason(self) -> str | None: ...
    def __init__(
        self,
        *,
        name: str | None = ...,
        status: DetailedAlgorithmStatus | DetailedAlgorithmStatusLiteral | None = ...,
        failure_reason: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> AlgorithmStatusItem: ...
    def _to_wire(self) -> dict[str, Any]: ...

class AlgorithmValidationProfile(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def profile_name(self) -> str: ...
    @property
    def training_job_definition(self) -> TrainingJobDefinition: ...
    @property
    def transform_job_definition(self) -> TransformJobDefinition | None: ...
    def __init__(
        self,
        *,
        profile_name: str,
        training_job_definition: TrainingJobDefinition,
        transform_job_definition: TransformJobDefinition | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> AlgorithmValidationProfile: ...
    def _to_wire(self) -> dict[str, Any]: ...

class AlgorithmValidationSpecification(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def validation_role(self) -> str: ...
    @property
    def validation_profiles(self) -> list[AlgorithmValidationProfile]: ...
    def __init__(
        self,
        *,
        validation_role: str,
        validation_profiles: list[AlgorithmValidationProfile],
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> AlgorithmValidationSpecification: ...
    def _to_wire(self) -> dict[str, Any]: ...

class AnnotationConsolidationConfig(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def annotation_consolidation_lambda_arn(self) -> str: ...
    def __init__(
        self,
        *,
        annotation_consolidation_lambda_arn: str,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> AnnotationConsolidationConfig: ...
    def _to_wire(self) -> dict[str, Any]: ...

class AppDetails(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def domain_id(self) -> str | None: ...
    @property
    def user_profile_name(self) -> str | None: ...
    @property
    def app_type(self) -> AppType | None: ...
    @property
    def app_name(self) -> str | None: ...
    @property
    def status(self) -> AppStatus | None: ...
    @property
    def creation_time(self) -> datetime | None: ...
    def __init__(
        self,
        *,
        domain_id: str | None = ...,
        user_profile_name: str | None = ...,
        app_type: AppType | AppTypeLiteral | None = ...,
        app_name: str | None = ...,
        status: AppStatus | AppStatusLiteral | None = ...,
        creation_time: datetime | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> AppDetails: ...
    def _to_wire(self) -> dict[str, Any]: ...

class AppSpecification(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def image_uri(self) -> str | None: ...
    @property
    def container_entrypoint(self) -> list[str] | None: ...
    @property
    def container_arguments(self) -> list[str] | None: ...
    def __init__(
        self,
        *,
        image_uri: str | None = ...,
        container_entrypoint: list[str] | None = ...,
        container_arguments: list[str] | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> AppSpecification: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ArtifactSource(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def source_uri(self) -> str | None: ...
    @property
    def source_types(self) -> list[ArtifactSourceType] | None: ...
    def __init__(
        self,
        *,
        source_uri: str | None = ...,
        source_types: list[ArtifactSourceType] | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ArtifactSource: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ArtifactSourceType(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def source_id_type(self) -> ArtifactSourceIdType | None: ...
    @property
    def value(self) -> str | None: ...
    def __init__(
        self,
        *,
        source_id_type: ArtifactSourceIdType | ArtifactSourceIdTypeLiteral | None = ...,
        value: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ArtifactSourceType: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ArtifactSummary(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def artifact_arn(self) -> str | None: ...
    @property
    def artifact_name(self) -> str | None: ...
    @property
    def source(self) -> ArtifactSource | None: ...
    @property
    def artifact_type(self) -> str | None: ...
    @property
    def creation_time(self) -> datetime | None: ...
    @property
    def last_modified_time(self) -> datetime | None: ...
    def __init__(
        self,
        *,
        artifact_arn: str | None = ...,
        artifact_name: str | None = ...,
        source: ArtifactSource | None = ...,
        artifact_type: str | None = ...,
        creation_time: datetime | None = ...,
        last_modified_time: datetime | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ArtifactSummary: ...
    def _to_wire(self) -> dict[str, Any]: ...

class AssociationSummary(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def source_arn(self) -> str | None: ...
    @property
    def destination_arn(self) -> str | None: ...
    @property
    def source_type(self) -> str | None: ...
    @property
    def destination_type(self) -> str | None: ...
    @property
    def association_type(self) -> AssociationEdgeType | None: ...
    @property
    def source_name(self) -> str | None: ...
    @property
    def destination_name(self) -> str | None: ...
    @property
    def creation_time(self) -> datetime | None: ...
    @property
    def created_by(self) -> UserContext | None: ...
    def __init__(
        self,
        *,
        source_arn: str | None = ...,
        destination_arn: str | None = ...,
        source_type: str | None = ...,
        destination_type: str | None = ...,
        association_type: AssociationEdgeType | AssociationEdgeTypeLiteral | None = ...,
        source_name: str | None = ...,
        destination_name: str | None = ...,
        creation_time: datetime | None = ...,
        created_by: UserContext | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> AssociationSummary: ...
    def _to_wire(self) -> dict[str, Any]: ...

class AthenaDatasetDefinition(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def catalog(self) -> str | None: ...
    @property
    def database(self) -> str | None: ...
    @property
    def query_string(self) -> str | None: ...
    @property
    def work_group(self) -> str | None: ...
    @property
    def output_s3_uri(self) -> str | None: ...
    @property
    def kms_key_id(self) -> str | None: ...
    @property
    def output_format(self) -> AthenaResultFormat | None: ...
    @property
    def output_compression(self) -> AthenaResultCompressionType | None: ...
    def __init__(
        self,
        *,
        catalog: str | None = ...,
        database: str | None = ...,
        query_string: str | None = ...,
        work_group: str | None = ...,
        output_s3_uri: str | None = ...,
        kms_key_id: str | None = ...,
        output_format: AthenaResultFormat | AthenaResultFormatLiteral | None = ...,
        output_compression: AthenaResultCompressionType | AthenaResultCompressionTypeLiteral | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> AthenaDatasetDefinition: ...
    def _to_wire(self) -> dict[str, Any]: ...

class AutoMLCandidate(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def candidate_name(self) -> str | None: ...
    @property
    def final_auto_ml_job_objective_metric(self) -> FinalAutoMLJobObjectiveMetric | None: ...
    @property
    def objective_status(self) -> ObjectiveStatus | None: ...
    @property
    def candidate_steps(self) -> list[AutoMLCandidateStep] | None: ...
    @property
    def candidate_status(self) -> CandidateStatus | None: ...
    @property
    def inference_containers(self) -> list[AutoMLContainerDefinition] | None: ...
    @property
    def creation_time(self) -> datetime | None: ...
    @property
    def end_time(self) -> datetime | None: ...
    @property
    def last_modified_time(self) -> datetime | None: ...
    @property
    def failure_reason(self) -> str | None: ...
    @property
    def candidate_properties(self) -> CandidateProperties | None: ...
    def __init__(
        self,
        *,
        candidate_name: str | None = ...,
        final_auto_ml_job_objective_metric: FinalAutoMLJobObjectiveMetric | None = ...,
        objective_status: ObjectiveStatus | ObjectiveStatusLiteral | None = ...,
        candidate_steps: list[AutoMLCandidateStep] | None = ...,
        candidate_status: CandidateStatus | CandidateStatusLiteral | None = ...,
        inference_containers: list[AutoMLContainerDefinition] | None = ...,
        creation_time: datetime | None = ...,
        end_time: datetime | None = ...,
        last_modified_time: datetime | None = ...,
        failure_reason: str | None = ...,
        candidate_properties: CandidateProperties | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> AutoMLCandidate: ...
    def _to_wire(self) -> dict[str, Any]: ...

class AutoMLCandidateGenerationConfig(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def feature_specification_s3_uri(self) -> str | None: ...
    def __init__(
        self,
        *,
        feature_specification_s3_uri: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> AutoMLCandidateGenerationConfig: ...
    def _to_wire(self) -> dict[str, Any]: ...

class AutoMLCandidateStep(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def candidate_step_type(self) -> CandidateStepType | None: ...
    @property
    def candidate_step_arn(self) -> str | None: ...
    @property
    def candidate_step_name(self) -> str | None: ...
    def __init__(
        self,
        *,
        candidate_step_type: CandidateStepType | CandidateStepTypeLiteral | None = ...,
        candidate_step_arn: str | None = ...,
        candidate_step_name: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> AutoMLCandidateStep: ...
    def _to_wire(self) -> dict[str, Any]: ...

class AutoMLChannel(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def data_source(self) -> AutoMLDataSource | None: ...
    @property
    def compression_type(self) -> CompressionType | None: ...
    @property
    def target_attribute_name(self) -> str | None: ...
    @property
    def content_type(self) -> str | None: ...
    @property
    def channel_type(self) -> AutoMLChannelType | None: ...
    def __init__(
        self,
        *,
        data_source: AutoMLDataSource | None = ...,
        compression_type: CompressionType | CompressionTypeLiteral | None = ...,
        target_attribute_name: str | None = ...,
        content_type: str | None = ...,
        channel_type: AutoMLChannelType | AutoMLChannelTypeLiteral | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> AutoMLChannel: ...
    def _to_wire(self) -> dict[str, Any]: ...

class AutoMLContainerDefinition(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def image(self) -> str | None: ...
    @property
    def model_data_url(self) -> str | None: ...
    @property
    def environment(self) -> dict[str, str] | None: ...
    def __init__(
        self,
        *,
        image: str | None = ...,
        model_data_url: str | None = ...,
        environment: dict[str, str] | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> AutoMLContainerDefinition: ...
    def _to_wire(self) -> dict[str, Any]: ...

class AutoMLDataSource(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def s3_data_source(self) -> AutoMLS3DataSource | None: ...
    def __init__(
        self,
        *,
        s3_data_source: AutoMLS3DataSource | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> AutoMLDataSource: ...
    def _to_wire(self) -> dict[str, Any]: ...

class AutoMLDataSplitConfig(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def validation_fraction(self) -> float | None: ...
    def __init__(
        self,
        *,
        validation_fraction: float | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> AutoMLDataSplitConfig: ...
    def _to_wire(self) -> dict[str, Any]: ...

class AutoMLJobArtifacts(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def candidate_definition_notebook_location(self) -> str | None: ...
    @property
    def data_exploration_notebook_location(self) -> str | None: ...
    def __init__(
        self,
        *,
        candidate_definition_notebook_location: str | None = ...,
        data_exploration_notebook_location: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> AutoMLJobArtifacts: ...
    def _to_wire(self) -> dict[str, Any]: ...

class AutoMLJobCompletionCriteria(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def max_candidates(self) -> int | None: ...
    @property
    def max_runtime_per_training_job_in_seconds(self) -> int | None: ...
    @property
    def max_auto_ml_job_runtime_in_seconds(self) -> int | None: ...
    def __init__(
        self,
        *,
        max_candidates: int | None = ...,
        max_runtime_per_training_job_in_seconds: int | None = ...,
        max_auto_ml_job_runtime_in_seconds: int | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> AutoMLJobCompletionCriteria: ...
    def _to_wire(self) -> dict[str, Any]: ...

class AutoMLJobConfig(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def completion_criteria(self) -> AutoMLJobCompletionCriteria | None: ...
    @property
    def security_config(self) -> AutoMLSecurityConfig | None: ...
    @property
    def data_split_config(self) -> AutoMLDataSplitConfig | None: ...
    @property
    def candidate_generation_config(self) -> AutoMLCandidateGenerationConfig | None: ...
    @property
    def mode(self) -> AutoMLMode | None: ...
    def __init__(
        self,
        *,
        completion_criteria: AutoMLJobCompletionCriteria | None = ...,
        security_config: AutoMLSecurityConfig | None = ...,
        data_split_config: AutoMLDataSplitConfig | None = ...,
        candidate_generation_config: AutoMLCandidateGenerationConfig | None = ...,
        mode: AutoMLMode | AutoMLModeLiteral | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> AutoMLJobConfig: ...
    def _to_wire(self) -> dict[str, Any]: ...

class AutoMLJobObjective(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def metric_name(self) -> AutoMLMetricEnum | None: ...
    def __init__(
        self,
        *,
        metric_name: AutoMLMetricEnum | AutoMLMetricEnumLiteral | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> AutoMLJobObjective: ...
    def _to_wire(self) -> dict[str, Any]: ...

class AutoMLOutputDataConfig(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def kms_key_id(self) -> str | None: ...
    @property
    def s3_output_path(self) -> str | None: ...
    def __init__(
        self,
        *,
        kms_key_id: str | None = ...,
        s3_output_path: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> AutoMLOutputDataConfig: ...
    def _to_wire(self) -> dict[str, Any]: ...

class AutoMLPartialFailureReason(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def partial_failure_message(self) -> str | None: ...
    def __init__(
        self,
        *,
        partial_failure_message: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> AutoMLPartialFailureReason: ...
    def _to_wire(self) -> dict[str, Any]: ...

class AutoMLS3DataSource(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def s3_data_type(self) -> AutoMLS3DataType | None: ...
    @property
    def s3_uri(self) -> str | None: ...
    def __init__(
        self,
        *,
        s3_data_type: AutoMLS3DataType | AutoMLS3DataTypeLiteral | None = ...,
        s3_uri: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> AutoMLS3DataSource: ...
    def _to_wire(self) -> dict[str, Any]: ...

class AutoMLSecurityConfig(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def volume_kms_key_id(self) -> str | None: ...
    @property
    def enable_inter_container_traffic_encryption(self) -> bool | None: ...
    @property
    def vpc_config(self) -> VpcConfig | None: ...
    def __init__(
        self,
        *,
        volume_kms_key_id: str | None = ...,
        enable_inter_container_traffic_encryption: bool | None = ...,
        vpc_config: VpcConfig | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> AutoMLSecurityConfig: ...
    def _to_wire(self) -> dict[str, Any]: ...
