# Generated stub for the module beside it. Do not edit.
# Plain classes with read-only properties and an explicit __init__: mypy reads this instead
# of the attrs classes, which keeps cold type-checking of user scripts fast.
from collections.abc import Mapping
from datetime import datetime
from typing import Any, ClassVar

from smtyped._base import Shape
from smtyped._generated.enums.c import CapacityReservationPreference, CapacityReservationPreferenceLiteral
from smtyped._generated.enums.m import (
    ManagedInstanceScalingScaleInStrategy,
    ManagedInstanceScalingScaleInStrategyLiteral,
    ManagedInstanceScalingStatus,
    ManagedInstanceScalingStatusLiteral,
)
from smtyped._generated.enums.p import (
    PipelineExecutionStatus,
    PipelineExecutionStatusLiteral,
    PipelineStatus,
    PipelineStatusLiteral,
    ProcessingInstanceType,
    ProcessingInstanceTypeLiteral,
    ProcessingJobStatus,
    ProcessingJobStatusLiteral,
    ProcessingS3CompressionType,
    ProcessingS3CompressionTypeLiteral,
    ProcessingS3DataDistributionType,
    ProcessingS3DataDistributionTypeLiteral,
    ProcessingS3DataType,
    ProcessingS3DataTypeLiteral,
    ProcessingS3InputMode,
    ProcessingS3InputModeLiteral,
    ProcessingS3UploadMode,
    ProcessingS3UploadModeLiteral,
    ProjectStatus,
    ProjectStatusLiteral,
)
from smtyped._generated.enums.r import RoutingStrategy, RoutingStrategyLiteral
from smtyped._generated.enums.s import StepStatus, StepStatusLiteral
from smtyped._generated.enums.v import VariantStatus, VariantStatusLiteral
from smtyped._generated.shapes.a import AppSpecification
from smtyped._generated.shapes.a2 import AutoParameter
from smtyped._generated.shapes.c import (
    CacheHitResult,
    CallbackStepMetadata,
    CategoricalParameterRange,
    CategoricalParameterRangeSpecification,
    ClarifyCheckStepMetadata,
    ConditionStepMetadata,
)
from smtyped._generated.shapes.c2 import ContinuousParameterRange, ContinuousParameterRangeSpecification
from smtyped._generated.shapes.d import DatasetDefinition, DeployedImage
from smtyped._generated.shapes.e import Ec2CapacityReservation, ExperimentConfig
from smtyped._generated.shapes.i import IntegerParameterRange, IntegerParameterRangeSpecification
from smtyped._generated.shapes.l import LambdaStepMetadata
from smtyped._generated.shapes.m2 import ModelStepMetadata
from smtyped._generated.shapes.n import NetworkConfig
from smtyped._generated.shapes.q import QualityCheckStepMetadata
from smtyped._generated.shapes.r import RegisterModelStepMetadata
from smtyped._generated.shapes.s import ServiceCatalogProvisionedProductDetails, ServiceCatalogProvisioningDetails
from smtyped._generated.shapes.t import Tag, TrainingJobStepMetadata, TransformJobStepMetadata, TuningJobStepMetaData
from smtyped._generated.shapes.u import UserContext

class ParallelismConfiguration(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def max_parallel_execution_steps(self) -> int | None: ...
    def __init__(
        self,
        *,
        max_parallel_execution_steps: int | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ParallelismConfiguration: ...
    def _to_wire(self) -> dict[str, Any]: ...

class Parameter(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def name(self) -> str | None: ...
    @property
    def value(self) -> str | None: ...
    def __init__(
        self,
        *,
        name: str | None = ...,
        value: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> Parameter: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ParameterRange(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def integer_parameter_range_specification(self) -> IntegerParameterRangeSpecification | None: ...
    @property
    def continuous_parameter_range_specification(self) -> ContinuousParameterRangeSpecification | None: ...
    @property
    def categorical_parameter_range_specification(self) -> CategoricalParameterRangeSpecification | None: ...
    def __init__(
        self,
        *,
        integer_parameter_range_specification: IntegerParameterRangeSpecification | None = ...,
        continuous_parameter_range_specification: ContinuousParameterRangeSpecification | None = ...,
        categorical_parameter_range_specification: CategoricalParameterRangeSpecification | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ParameterRange: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ParameterRanges(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def integer_parameter_ranges(self) -> list[IntegerParameterRange] | None: ...
    @property
    def continuous_parameter_ranges(self) -> list[ContinuousParameterRange] | None: ...
    @property
    def categorical_parameter_ranges(self) -> list[CategoricalParameterRange] | None: ...
    @property
    def auto_parameters(self) -> list[AutoParameter] | None: ...
    def __init__(
        self,
        *,
        integer_parameter_ranges: list[IntegerParameterRange] | None = ...,
        continuous_parameter_ranges: list[ContinuousParameterRange] | None = ...,
        categorical_parameter_ranges: list[CategoricalParameterRange] | None = ...,
        auto_parameters: list[AutoParameter] | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ParameterRanges: ...
    def _to_wire(self) -> dict[str, Any]: ...

class Parent(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def trial_name(self) -> str | None: ...
    @property
    def experiment_name(self) -> str | None: ...
    def __init__(
        self,
        *,
        trial_name: str | None = ...,
        experiment_name: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> Parent: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ParentHyperParameterTuningJob(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def hyper_parameter_tuning_job_name(self) -> str | None: ...
    def __init__(
        self,
        *,
        hyper_parameter_tuning_job_name: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ParentHyperParameterTuningJob: ...
    def _to_wire(self) -> dict[str, Any]: ...

class Pipeline(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def pipeline_arn(self) -> str | None: ...
    @property
    def pipeline_name(self) -> str | None: ...
    @property
    def pipeline_display_name(self) -> str | None: ...
    @property
    def pipeline_description(self) -> str | None: ...
    @property
    def role_arn(self) -> str | None: ...
    @property
    def pipeline_status(self) -> PipelineStatus | None: ...
    @property
    def creation_time(self) -> datetime | None: ...
    @property
    def last_modified_time(self) -> datetime | None: ...
    @property
    def last_run_time(self) -> datetime | None: ...
    @property
    def created_by(self) -> UserContext | None: ...
    @property
    def last_modified_by(self) -> UserContext | None: ...
    @property
    def parallelism_configuration(self) -> ParallelismConfiguration | None: ...
    @property
    def tags(self) -> list[Tag] | None: ...
    def __init__(
        self,
        *,
        pipeline_arn: str | None = ...,
        pipeline_name: str | None = ...,
        pipeline_display_name: str | None = ...,
        pipeline_description: str | None = ...,
        role_arn: str | None = ...,
        pipeline_status: PipelineStatus | PipelineStatusLiteral | None = ...,
        creation_time: datetime | None = ...,
        last_modified_time: datetime | None = ...,
        last_run_time: datetime | None = ...,
        created_by: UserContext | None = ...,
        last_modified_by: UserContext | None = ...,
        parallelism_configuration: ParallelismConfiguration | None = ...,
        tags: list[Tag] | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> Pipeline: ...
    def _to_wire(self) -> dict[str, Any]: ...

class PipelineExecution(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def pipeline_arn(self) -> str | None: ...
    @property
    def pipeline_execution_arn(self) -> str | None: ...
    @property
    def pipeline_execution_display_name(self) -> str | None: ...
    @property
    def pipeline_execution_status(self) -> PipelineExecutionStatus | None: ...
    @property
    def pipeline_execution_description(self) -> str | None: ...
    @property
    def pipeline_experiment_config(self) -> PipelineExperimentConfig | None: ...
    @property
    def failure_reason(self) -> str | None: ...
    @property
    def creation_time(self) -> datetime | None: ...
    @property
    def last_modified_time(self) -> datetime | None: ...
    @property
    def created_by(self) -> UserContext | None: ...
    @property
    def last_modified_by(self) -> UserContext | None: ...
    @property
    def parallelism_configuration(self) -> ParallelismConfiguration | None: ...
    @property
    def pipeline_parameters(self) -> list[Parameter] | None: ...
    def __init__(
        self,
        *,
        pipeline_arn: str | None = ...,
        pipeline_execution_arn: str | None = ...,
        pipeline_execution_display_name: str | None = ...,
        pipeline_execution_status: PipelineExecutionStatus | PipelineExecutionStatusLiteral | None = ...,
        pipeline_execution_description: str | None = ...,
        pipeline_experiment_config: PipelineExperimentConfig | None = ...,
        failure_reason: str | None = ...,
        creation_time: datetime | None = ...,
        last_modified_time: datetime | None = ...,
        created_by: UserContext | None = ...,
        last_modified_by: UserContext | None = ...,
        parallelism_configuration: ParallelismConfiguration | None = ...,
        pipeline_parameters: list[Parameter] | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> PipelineExecution: ...
    def _to_wire(self) -> dict[str, Any]: ...

class PipelineExecutionStep(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def step_name(self) -> str | None: ...
    @property
    def start_time(self) -> datetime | None: ...
    @property
    def end_time(self) -> datetime | None: ...
    @property
    def step_status(self) -> StepStatus | None: ...
    @property
    def cache_hit_result(self) -> CacheHitResult | None: ...
    @property
    def attempt_count(self) -> int | None: ...
    @property
    def failure_reason(self) -> str | None: ...
    @property
    def metadata(self) -> PipelineExecutionStepMetadata | None: ...
    def __init__(
        self,
        *,
        step_name: str | None = ...,
        start_time: datetime | None = ...,
        end_time: datetime | None = ...,
        step_status: StepStatus | StepStatusLiteral | None = ...,
        cache_hit_result: CacheHitResult | None = ...,
        attempt_count: int | None = ...,
        failure_reason: str | None = ...,
        metadata: PipelineExecutionStepMetadata | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> PipelineExecutionStep: ...
    def _to_wire(self) -> dict[str, Any]: ...

class PipelineExecutionStepMetadata(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def training_job(self) -> TrainingJobStepMetadata | None: ...
    @property
    def processing_job(self) -> ProcessingJobStepMetadata | None: ...
    @property
    def transform_job(self) -> TransformJobStepMetadata | None: ...
    @property
    def tuning_job(self) -> TuningJobStepMetaData | None: ...
    @property
    def model(self) -> ModelStepMetadata | None: ...
    @property
    def register_model(self) -> RegisterModelStepMetadata | None: ...
    @property
    def condition(self) -> ConditionStepMetadata | None: ...
    @property
    def callback(self) -> CallbackStepMetadata | None: ...
    @property
    def lambda_(self) -> LambdaStepMetadata | None: ...
    @property
    def quality_check(self) -> QualityCheckStepMetadata | None: ...
    @property
    def clarify_check(self) -> ClarifyCheckStepMetadata | None: ...
    def __init__(
        self,
        *,
        training_job: TrainingJobStepMetadata | None = ...,
        processing_job: ProcessingJobStepMetadata | None = ...,
        transform_job: TransformJobStepMetadata | None = ...,
        tuning_job: TuningJobStepMetaData | None = ...,
        model: ModelStepMetadata | None = ...,
        register_model: RegisterModelStepMetadata | None = ...,
        condition: ConditionStepMetadata | None = ...,
        callback: CallbackStepMetadata | None = ...,
        lambda_: LambdaStepMetadata | None = ...,
        quality_check: QualityCheckStepMetadata | None = ...,
        clarify_check: ClarifyCheckStepMetadata | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> PipelineExecutionStepMetadata: ...
    def _to_wire(self) -> dict[str, Any]: ...

class PipelineExecutionSummary(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def pipeline_execution_arn(self) -> str | None: ...
    @property
    def start_time(self) -> datetime | None: ...
    @property
    def pipeline_execution_status(self) -> PipelineExecutionStatus | None: ...
    @property
    def pipeline_execution_description(self) -> str | None: ...
    @property
    def pipeline_execution_display_name(self) -> str | None: ...
    def __init__(
        self,
        *,
        pipeline_execution_arn: str | None = ...,
        start_time: datetime | None = ...,
        pipeline_execution_status: PipelineExecutionStatus | PipelineExecutionStatusLiteral | None = ...,
        pipeline_execution_description: str | None = ...,
        pipeline_execution_display_name: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> PipelineExecutionSummary: ...
    def _to_wire(self) -> dict[str, Any]: ...

class PipelineExperimentConfig(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def experiment_name(self) -> str | None: ...
    @property
    def trial_name(self) -> str | None: ...
    def __init__(
        self,
        *,
        experiment_name: str | None = ...,
        trial_name: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> PipelineExperimentConfig: ...
    def _to_wire(self) -> dict[str, Any]: ...

class PipelineSummary(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def pipeline_arn(self) -> str | None: ...
    @property
    def pipeline_name(self) -> str | None: ...
    @property
    def pipeline_display_name(self) -> str | None: ...
    @property
    def pipeline_description(self) -> str | None: ...
    @property
    def role_arn(self) -> str | None: ...
    @property
    def creation_time(self) -> datetime | None: ...
    @property
    def last_modified_time(self) -> datetime | None: ...
    @property
    def last_execution_time(self) -> datetime | None: ...
    def __init__(
        self,
        *,
        pipeline_arn: str | None = ...,
        pipeline_name: str | None = ...,
        pipeline_display_name: str | None = ...,
        pipeline_description: str | None = ...,
        role_arn: str | None = ...,
        creation_time: datetime | None = ...,
        last_modified_time: datetime | None = ...,
        last_execution_time: datetime | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> PipelineSummary: ...
    def _to_wire(self) -> dict[str, Any]: ...

class PipelineVersion(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def pipeline_arn(self) -> str | None: ...
    @property
    def pipeline_version_id(self) -> int | None: ...
    @property
    def pipeline_version_display_name(self) -> str | None: ...
    @property
    def pipeline_version_description(self) -> str | None: ...
    @property
    def creation_time(self) -> datetime | None: ...
    @property
    def last_modified_time(self) -> datetime | None: ...
    @property
    def created_by(self) -> UserContext | None: ...
    @property
    def last_modified_by(self) -> UserContext | None: ...
    @property
    def last_executed_pipeline_execution_arn(self) -> str | None: ...
    @property
    def last_executed_pipeline_execution_display_name(self) -> str | None: ...
    @property
    def last_executed_pipeline_execution_status(self) -> PipelineExecutionStatus | None: ...
    @property
    def pipeline_version_aliases(self) -> list[str] | None: ...
    def __init__(
        self,
        *,
        pipeline_arn: str | None = ...,
        pipeline_version_id: int | None = ...,
        pipeline_version_display_name: str | None = ...,
        pipeline_version_description: str | None = ...,
        creation_time: datetime | None = ...,
        last_modified_time: datetime | None = ...,
        created_by: UserContext | None = ...,
        last_modified_by: UserContext | None = ...,
        last_executed_pipeline_execution_arn: str | None = ...,
        last_executed_pipeline_execution_display_name: str | None = ...,
        last_executed_pipeline_execution_status: PipelineExecutionStatus | PipelineExecutionStatusLiteral | None = ...,
        pipeline_version_aliases: list[str] | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> PipelineVersion: ...
    def _to_wire(self) -> dict[str, Any]: ...

class PlacementSpecification(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def ultra_server_id(self) -> str | None: ...
    @property
    def instance_count(self) -> int | None: ...
    def __init__(
        self,
        *,
        ultra_server_id: str | None = ...,
        instance_count: int | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> PlacementSpecification: ...
    def _to_wire(self) -> dict[str, Any]: ...

class PredefinedMetricSpecification(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def predefined_metric_type(self) -> str | None: ...
    def __init__(
        self,
        *,
        predefined_metric_type: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> PredefinedMetricSpecification: ...
    def _to_wire(self) -> dict[str, Any]: ...

class PrefixAwareRoutingConfig(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def prefix_length(self) -> int | None: ...
    @property
    def concurrency_threshold(self) -> int | None: ...
    def __init__(
        self,
        *,
        prefix_length: int | None = ...,
        concurrency_threshold: int | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> PrefixAwareRoutingConfig: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ProcessingClusterConfig(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def instance_count(self) -> int | None: ...
    @property
    def instance_type(self) -> ProcessingInstanceType | None: ...
    @property
    def volume_size_in_gb(self) -> int | None: ...
    @property
    def volume_kms_key_id(self) -> str | None: ...
    def __init__(
        self,
        *,
        instance_count: int | None = ...,
        instance_type: ProcessingInstanceType | ProcessingInstanceTypeLiteral | None = ...,
        volume_size_in_gb: int | None = ...,
        volume_kms_key_id: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ProcessingClusterConfig: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ProcessingFeatureStoreOutput(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def feature_group_name(self) -> str | None: ...
    def __init__(
        self,
        *,
        feature_group_name: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ProcessingFeatureStoreOutput: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ProcessingInput(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def input_name(self) -> str | None: ...
    @property
    def app_managed(self) -> bool | None: ...
    @property
    def s3_input(self) -> ProcessingS3Input | None: ...
    @property
    def dataset_definition(self) -> DatasetDefinition | None: ...
    def __init__(
        self,
        *,
        input_name: str | None = ...,
        app_managed: bool | None = ...,
        s3_input: ProcessingS3Input | None = ...,
        dataset_definition: DatasetDefinition | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ProcessingInput: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ProcessingInstancePreference(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def instance_type(self) -> ProcessingInstanceType | None: ...
    @property
    def instance_count(self) -> int | None: ...
    def __init__(
        self,
        *,
        instance_type: ProcessingInstanceType | ProcessingInstanceTypeLiteral | None = ...,
        instance_count: int | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ProcessingInstancePreference: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ProcessingJob(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def processing_inputs(self) -> list[ProcessingInput] | None: ...
    @property
    def processing_output_config(self) -> ProcessingOutputConfig | None: ...
    @property
    def processing_job_name(self) -> str | None: ...
    @property
    def processing_resources(self) -> ProcessingResources | None: ...
    @property
    def stopping_condition(self) -> ProcessingStoppingCondition | None: ...
    @property
    def app_specification(self) -> AppSpecification | None: ...
    @property
    def environment(self) -> dict[str, str] | None: ...
    @property
    def network_config(self) -> NetworkConfig | None: ...
    @property
    def role_arn(self) -> str | None: ...
    @property
    def experiment_config(self) -> ExperimentConfig | None: ...
    @property
    def processing_job_arn(self) -> str | None: ...
    @property
    def processing_job_status(self) -> ProcessingJobStatus | None: ...
    @property
    def exit_message(self) -> str | None: ...
    @property
    def failure_reason(self) -> str | None: ...
    @property
    def processing_end_time(self) -> datetime | None: ...
    @property
    def processing_start_time(self) -> datetime | None: ...
    @property
    def last_modified_time(self) -> datetime | None: ...
    @property
    def creation_time(self) -> datetime | None: ...
    @property
    def monitoring_schedule_arn(self) -> str | None: ...
    @property
    def auto_ml_job_arn(self) -> str | None: ...
    @property
    def training_job_arn(self) -> str | None: ...
    @property
    def tags(self) -> list[Tag] | None: ...
    def __init__(
        self,
        *,
        processing_inputs: list[ProcessingInput] | None = ...,
        processing_output_config: ProcessingOutputConfig | None = ...,
        processing_job_name: str | None = ...,
        processing_resources: ProcessingResources | None = ...,
        stopping_condition: ProcessingStoppingCondition | None = ...,
        app_specification: AppSpecification | None = ...,
        environment: dict[str, str] | None = ...,
        network_config: NetworkConfig | None = ...,
        role_arn: str | None = ...,
        experiment_config: ExperimentConfig | None = ...,
        processing_job_arn: str | None = ...,
        processing_job_status: ProcessingJobStatus | ProcessingJobStatusLiteral | None = ...,
        exit_message: str | None = ...,
        failure_reason: str | None = ...,
        processing_end_time: datetime | None = ...,
        processing_start_time: datetime | None = ...,
        last_modified_time: datetime | None = ...,
        creation_time: datetime | None = ...,
        monitoring_schedule_arn: str | None = ...,
        auto_ml_job_arn: str | None = ...,
        training_job_arn: str | None = ...,
        tags: list[Tag] | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ProcessingJob: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ProcessingJobStepMetadata(Shape):
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
    def _from_wire(cls, d: Mapping[str, Any]) -> ProcessingJobStepMetadata: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ProcessingOutput(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def output_name(self) -> str | None: ...
    @property
    def s3_output(self) -> ProcessingS3Output | None: ...
    @property
    def feature_store_output(self) -> ProcessingFeatureStoreOutput | None: ...
    @property
    def app_managed(self) -> bool | None: ...
    def __init__(
        self,
        *,
        output_name: str | None = ...,
        s3_output: ProcessingS3Output | None = ...,
        feature_store_output: ProcessingFeatureStoreOutput | None = ...,
        app_managed: bool | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ProcessingOutput: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ProcessingOutputConfig(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def outputs(self) -> list[ProcessingOutput] | None: ...
    @property
    def kms_key_id(self) -> str | None: ...
    def __init__(
        self,
        *,
        outputs: list[ProcessingOutput] | None = ...,
        kms_key_id: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ProcessingOutputConfig: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ProcessingResources(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def cluster_config(self) -> ProcessingClusterConfig | None: ...
    def __init__(
        self,
        *,
        cluster_config: ProcessingClusterConfig | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ProcessingResources: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ProcessingS3Input(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def s3_uri(self) -> str | None: ...
    @property
    def local_path(self) -> str | None: ...
    @property
    def s3_data_type(self) -> ProcessingS3DataType | None: ...
    @property
    def s3_input_mode(self) -> ProcessingS3InputMode | None: ...
    @property
    def s3_data_distribution_type(self) -> ProcessingS3DataDistributionType | None: ...
    @property
    def s3_compression_type(self) -> ProcessingS3CompressionType | None: ...
    def __init__(
        self,
        *,
        s3_uri: str | None = ...,
        local_path: str | None = ...,
        s3_data_type: ProcessingS3DataType | ProcessingS3DataTypeLiteral | None = ...,
        s3_input_mode: ProcessingS3InputMode | ProcessingS3InputModeLiteral | None = ...,
        s3_data_distribution_type: ProcessingS3DataDistributionType
        | ProcessingS3DataDistributionTypeLiteral
        | None = ...,
        s3_compression_type: ProcessingS3CompressionType | ProcessingS3CompressionTypeLiteral | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ProcessingS3Input: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ProcessingS3Output(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def s3_uri(self) -> str | None: ...
    @property
    def local_path(self) -> str | None: ...
    @property
    def s3_upload_mode(self) -> ProcessingS3UploadMode | None: ...
    def __init__(
        self,
        *,
        s3_uri: str | None = ...,
        local_path: str | None = ...,
        s3_upload_mode: ProcessingS3UploadMode | ProcessingS3UploadModeLiteral | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ProcessingS3Output: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ProcessingStoppingCondition(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def max_runtime_in_seconds(self) -> int | None: ...
    def __init__(
        self,
        *,
        max_runtime_in_seconds: int | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ProcessingStoppingCondition: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ProductionVariantCapacityReservationSummary(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def ml_reservation_arn(self) -> str | None: ...
    @property
    def capacity_reservation_preference(self) -> CapacityReservationPreference | None: ...
    @property
    def total_instance_count(self) -> int | None: ...
    @property
    def available_instance_count(self) -> int | None: ...
    @property
    def used_by_current_endpoint(self) -> int | None: ...
    @property
    def ec2_capacity_reservations(self) -> list[Ec2CapacityReservation] | None: ...
    def __init__(
        self,
        *,
        ml_reservation_arn: str | None = ...,
        capacity_reservation_preference: CapacityReservationPreference
        | CapacityReservationPreferenceLiteral
        | None = ...,
        total_instance_count: int | None = ...,
        available_instance_count: int | None = ...,
        used_by_current_endpoint: int | None = ...,
        ec2_capacity_reservations: list[Ec2CapacityReservation] | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ProductionVariantCapacityReservationSummary: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ProductionVariantManagedInstanceScaling(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def status(self) -> ManagedInstanceScalingStatus | None: ...
    @property
    def min_instance_count(self) -> int | None: ...
    @property
    def max_instance_count(self) -> int | None: ...
    @property
    def scale_in_policy(self) -> ProductionVariantManagedInstanceScalingScaleInPolicy | None: ...
    def __init__(
        self,
        *,
        status: ManagedInstanceScalingStatus | ManagedInstanceScalingStatusLiteral | None = ...,
        min_instance_count: int | None = ...,
        max_instance_count: int | None = ...,
        scale_in_policy: ProductionVariantManagedInstanceScalingScaleInPolicy | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ProductionVariantManagedInstanceScaling: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ProductionVariantManagedInstanceScalingScaleInPolicy(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def strategy(self) -> ManagedInstanceScalingScaleInStrategy | None: ...
    @property
    def maximum_step_size(self) -> int | None: ...
    @property
    def cooldown_in_minutes(self) -> int | None: ...
    def __init__(
        self,
        *,
        strategy: ManagedInstanceScalingScaleInStrategy | ManagedInstanceScalingScaleInStrategyLiteral | None = ...,
        maximum_step_size: int | None = ...,
        cooldown_in_minutes: int | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ProductionVariantManagedInstanceScalingScaleInPolicy: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ProductionVariantRoutingConfig(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def routing_strategy(self) -> RoutingStrategy | None: ...
    @property
    def prefix_aware_routing_config(self) -> PrefixAwareRoutingConfig | None: ...
    def __init__(
        self,
        *,
        routing_strategy: RoutingStrategy | RoutingStrategyLiteral | None = ...,
        prefix_aware_routing_config: PrefixAwareRoutingConfig | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ProductionVariantRoutingConfig: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ProductionVariantServerlessConfig(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def memory_size_in_mb(self) -> int | None: ...
    @property
    def max_concurrency(self) -> int | None: ...
    def __init__(
        self,
        *,
        memory_size_in_mb: int | None = ...,
        max_concurrency: int | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ProductionVariantServerlessConfig: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ProductionVariantStatus(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def status(self) -> VariantStatus | None: ...
    @property
    def status_message(self) -> str | None: ...
    @property
    def start_time(self) -> datetime | None: ...
    def __init__(
        self,
        *,
        status: VariantStatus | VariantStatusLiteral | None = ...,
        status_message: str | None = ...,
        start_time: datetime | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ProductionVariantStatus: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ProductionVariantSummary(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def variant_name(self) -> str | None: ...
    @property
    def deployed_images(self) -> list[DeployedImage] | None: ...
    @property
    def current_weight(self) -> float | None: ...
    @property
    def desired_weight(self) -> float | None: ...
    @property
    def current_instance_count(self) -> int | None: ...
    @property
    def desired_instance_count(self) -> int | None: ...
    @property
    def variant_status(self) -> list[ProductionVariantStatus] | None: ...
    @property
    def current_serverless_config(self) -> ProductionVariantServerlessConfig | None: ...
    @property
    def desired_serverless_config(self) -> ProductionVariantServerlessConfig | None: ...
    def __init__(
        self,
        *,
        variant_name: str | None = ...,
        deployed_images: list[DeployedImage] | None = ...,
        current_weight: float | None = ...,
        desired_weight: float | None = ...,
        current_instance_count: int | None = ...,
        desired_instance_count: int | None = ...,
        variant_status: list[ProductionVariantStatus] | None = ...,
        current_serverless_config: ProductionVariantServerlessConfig | None = ...,
        desired_serverless_config: ProductionVariantServerlessConfig | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ProductionVariantSummary: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ProfilerConfig(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def s3_output_path(self) -> str | None: ...
    @property
    def profiling_interval_in_milliseconds(self) -> int | None: ...
    @property
    def profiling_parameters(self) -> dict[str, str] | None: ...
    @property
    def disable_profiler(self) -> bool | None: ...
    def __init__(
        self,
        *,
        s3_output_path: str | None = ...,
        profiling_interval_in_milliseconds: int | None = ...,
        profiling_parameters: dict[str, str] | None = ...,
        disable_profiler: bool | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ProfilerConfig: ...
    def _to_wire(self) -> dict[str, Any]: ...

class Project(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def project_arn(self) -> str | None: ...
    @property
    def project_name(self) -> str | None: ...
    @property
    def project_id(self) -> str | None: ...
    @property
    def project_description(self) -> str | None: ...
    @property
    def service_catalog_provisioning_details(self) -> ServiceCatalogProvisioningDetails | None: ...
    @property
    def service_catalog_provisioned_product_details(self) -> ServiceCatalogProvisionedProductDetails | None: ...
    @property
    def project_status(self) -> ProjectStatus | None: ...
    @property
    def created_by(self) -> UserContext | None: ...
    @property
    def creation_time(self) -> datetime | None: ...
    @property
    def tags(self) -> list[Tag] | None: ...
    @property
    def last_modified_time(self) -> datetime | None: ...
    @property
    def last_modified_by(self) -> UserContext | None: ...
    def __init__(
        self,
        *,
        project_arn: str | None = ...,
        project_name: str | None = ...,
        project_id: str | None = ...,
        project_description: str | None = ...,
        service_catalog_provisioning_details: ServiceCatalogProvisioningDetails | None = ...,
        service_catalog_provisioned_product_details: ServiceCatalogProvisionedProductDetails | None = ...,
        project_status: ProjectStatus | ProjectStatusLiteral | None = ...,
        created_by: UserContext | None = ...,
        creation_time: datetime | None = ...,
        tags: list[Tag] | None = ...,
        last_modified_time: datetime | None = ...,
        last_modified_by: UserContext | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> Project: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ProjectSummary(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def project_name(self) -> str | None: ...
    @property
    def project_description(self) -> str | None: ...
    @property
    def project_arn(self) -> str | None: ...
    @property
    def project_id(self) -> str | None: ...
    @property
    def creation_time(self) -> datetime | None: ...
    @property
    def project_status(self) -> ProjectStatus | None: ...
    def __init__(
        self,
        *,
        project_name: str | None = ...,
        project_description: str | None = ...,
        project_arn: str | None = ...,
        project_id: str | None = ...,
        creation_time: datetime | None = ...,
        project_status: ProjectStatus | ProjectStatusLiteral | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ProjectSummary: ...
    def _to_wire(self) -> dict[str, Any]: ...

class PropertyNameQuery(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def property_name_hint(self) -> str: ...
    def __init__(
        self,
        *,
        property_name_hint: str,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> PropertyNameQuery: ...
    def _to_wire(self) -> dict[str, Any]: ...
