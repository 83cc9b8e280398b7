# Generated stub for the module beside it. Do not edit.
# Plain classes with read-only properties and an explicit __init__: mypy reads this instead
# of the attrs classes, which keeps cold type-checking of user scripts fast.
from collections.abc import Mapping
from datetime import datetime
from typing import Any, ClassVar

from smtyped._base import Shape
from smtyped._generated.enums.e import ExecutionStatus, ExecutionStatusLiteral
from smtyped._generated.enums.m import (
    ModelCacheSetting,
    ModelCacheSettingLiteral,
    MonitoringAlertStatus,
    MonitoringAlertStatusLiteral,
    MonitoringType,
    MonitoringTypeLiteral,
)
from smtyped._generated.enums.p import (
    ProcessingInstanceType,
    ProcessingInstanceTypeLiteral,
    ProcessingS3UploadMode,
    ProcessingS3UploadModeLiteral,
)
from smtyped._generated.enums.s import ScheduleStatus, ScheduleStatusLiteral
from smtyped._generated.shapes.e import EndpointInput
from smtyped._generated.shapes.m import ModelDashboardIndicatorAction
from smtyped._generated.shapes.n import NetworkConfig
from smtyped._generated.shapes.s import ScheduleConfig
from smtyped._generated.shapes.t import Tag

class ModelStepMetadata(Shape):
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
    def _from_wire(cls, d: Mapping[str, Any]) -> ModelStepMetadata: ...
    def _to_wire(self) -> dict[str, Any]: ...

class MonitoringAlertActions(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def model_dashboard_indicator(self) -> ModelDashboardIndicatorAction | None: ...
    def __init__(
        self,
        *,
        model_dashboard_indicator: ModelDashboardIndicatorAction | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> MonitoringAlertActions: ...
    def _to_wire(self) -> dict[str, Any]: ...

class MonitoringAlertSummary(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def monitoring_alert_name(self) -> str | None: ...
    @property
    def creation_time(self) -> datetime | None: ...
    @property
    def last_modified_time(self) -> datetime | None: ...
    @property
    def alert_status(self) -> MonitoringAlertStatus | None: ...
    @property
    def datapoints_to_alert(self) -> int | None: ...
    @property
    def evaluation_period(self) -> int | None: ...
    @property
    def actions(self) -> MonitoringAlertActions | None: ...
    def __init__(
        self,
        *,
        monitoring_alert_name: str | None = ...,
        creation_time: datetime | None = ...,
        last_modified_time: datetime | None = ...,
        alert_status: MonitoringAlertStatus | MonitoringAlertStatusLiteral | None = ...,
        datapoints_to_alert: int | None = ...,
        evaluation_period: int | None = ...,
        actions: MonitoringAlertActions | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> MonitoringAlertSummary: ...
    def _to_wire(self) -> dict[str, Any]: ...

class MonitoringAppSpecification(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def image_uri(self) -> str | None: ...
    @property
    def container_entrypoint(self) -> list[str] | None: ...
    @property
    def container_arguments(self) -> list[str] | None: ...
    @property
    def record_preprocessor_source_uri(self) -> str | None: ...
    @property
    def post_analytics_processor_source_uri(self) -> str | None: ...
    def __init__(
        self,
        *,
        image_uri: str | None = ...,
        container_entrypoint: list[str] | None = ...,
        container_arguments: list[str] | None = ...,
        record_preprocessor_source_uri: str | None = ...,
        post_analytics_processor_source_uri: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> MonitoringAppSpecification: ...
    def _to_wire(self) -> dict[str, Any]: ...

class MonitoringBaselineConfig(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def baselining_job_name(self) -> str | None: ...
    @property
    def constraints_resource(self) -> MonitoringConstraintsResource | None: ...
    @property
    def statistics_resource(self) -> MonitoringStatisticsResource | None: ...
    def __init__(
        self,
        *,
        baselining_job_name: str | None = ...,
        constraints_resource: MonitoringConstraintsResource | None = ...,
        statistics_resource: MonitoringStatisticsResource | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> MonitoringBaselineConfig: ...
    def _to_wire(self) -> dict[str, Any]: ...

class MonitoringClusterConfig(Shape):
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
    def _from_wire(cls, d: Mapping[str, Any]) -> MonitoringClusterConfig: ...
    def _to_wire(self) -> dict[str, Any]: ...

class MonitoringConstraintsResource(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def s3_uri(self) -> str | None: ...
    def __init__(
        self,
        *,
        s3_uri: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> MonitoringConstraintsResource: ...
    def _to_wire(self) -> dict[str, Any]: ...

class MonitoringCsvDatasetFormat(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def header(self) -> bool | None: ...
    def __init__(
        self,
        *,
        header: bool | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> MonitoringCsvDatasetFormat: ...
    def _to_wire(self) -> dict[str, Any]: ...

class MonitoringDatasetFormat(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def csv(self) -> MonitoringCsvDatasetFormat | None: ...
    @property
    def json(self) -> MonitoringJsonDatasetFormat | None: ...
    @property
    def parquet(self) -> MonitoringParquetDatasetFormat | None: ...
    def __init__(
        self,
        *,
        csv: MonitoringCsvDatasetFormat | None = ...,
        json: MonitoringJsonDatasetFormat | None = ...,
        parquet: MonitoringParquetDatasetFormat | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> MonitoringDatasetFormat: ...
    def _to_wire(self) -> dict[str, Any]: ...

class MonitoringExecutionSummary(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def monitoring_schedule_name(self) -> str | None: ...
    @property
    def scheduled_time(self) -> datetime | None: ...
    @property
    def creation_time(self) -> datetime | None: ...
    @property
    def last_modified_time(self) -> datetime | None: ...
    @property
    def monitoring_execution_status(self) -> ExecutionStatus | None: ...
    @property
    def processing_job_arn(self) -> str | None: ...
    @property
    def endpoint_name(self) -> str | None: ...
    @property
    def failure_reason(self) -> str | None: ...
    @property
    def monitoring_job_definition_name(self) -> str | None: ...
    @property
    def monitoring_type(self) -> MonitoringType | None: ...
    def __init__(
        self,
        *,
        monitoring_schedule_name: str | None = ...,
        scheduled_time: datetime | None = ...,
        creation_time: datetime | None = ...,
        last_modified_time: datetime | None = ...,
        monitoring_execution_status: ExecutionStatus | ExecutionStatusLiteral | None = ...,
        processing_job_arn: str | None = ...,
        endpoint_name: str | None = ...,
        failure_reason: str | None = ...,
        monitoring_job_definition_name: str | None = ...,
        monitoring_type: MonitoringType | MonitoringTypeLiteral | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> MonitoringExecutionSummary: ...
    def _to_wire(self) -> dict[str, Any]: ...

class MonitoringInput(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def endpoint_input(self) -> EndpointInput | None: ...
    def __init__(
        self,
        *,
        endpoint_input: EndpointInput | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> MonitoringInput: ...
    def _to_wire(self) -> dict[str, Any]: ...

class MonitoringJobDefinition(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def baseline_config(self) -> MonitoringBaselineConfig | None: ...
    @property
    def monitoring_inputs(self) -> list[MonitoringInput] | None: ...
    @property
    def monitoring_output_config(self) -> MonitoringOutputConfig | None: ...
    @property
    def monitoring_resources(self) -> MonitoringResources | None: ...
    @property
    def monitoring_app_specification(self) -> MonitoringAppSpecification | None: ...
    @property
    def stopping_condition(self) -> MonitoringStoppingCondition | None: ...
    @property
    def environment(self) -> dict[str, str] | None: ...
    @property
    def network_config(self) -> NetworkConfig | None: ...
    @property
    def role_arn(self) -> str | None: ...
    def __init__(
        self,
        *,
        baseline_config: MonitoringBaselineConfig | None = ...,
        monitoring_inputs: list[MonitoringInput] | None = ...,
        monitoring_output_config: MonitoringOutputConfig | None = ...,
        monitoring_resources: MonitoringResources | None = ...,
        monitoring_app_specification: MonitoringAppSpecification | None = ...,
        stopping_condition: MonitoringStoppingCondition | None = ...,
        environment: dict[str, str] | None = ...,
        network_config: NetworkConfig | None = ...,
        role_arn: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> MonitoringJobDefinition: ...
    def _to_wire(self) -> dict[str, Any]: ...

class MonitoringJsonDatasetFormat(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def line(self) -> bool | None: ...
    def __init__(
        self,
        *,
        line: bool | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> MonitoringJsonDatasetFormat: ...
    def _to_wire(self) -> dict[str, Any]: ...

class MonitoringOutput(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def s3_output(self) -> MonitoringS3Output | None: ...
    def __init__(
        self,
        *,
        s3_output: MonitoringS3Output | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> MonitoringOutput: ...
    def _to_wire(self) -> dict[str, Any]: ...

class MonitoringOutputConfig(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def monitoring_outputs(self) -> list[MonitoringOutput] | None: ...
    @property
    def kms_key_id(self) -> str | None: ...
    def __init__(
        self,
        *,
        monitoring_outputs: list[MonitoringOutput] | None = ...,
        kms_key_id: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> MonitoringOutputConfig: ...
    def _to_wire(self) -> dict[str, Any]: ...

class MonitoringParquetDatasetFormat(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    def __init__(
        self,
        *,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> MonitoringParquetDatasetFormat: ...
    def _to_wire(self) -> dict[str, Any]: ...

class MonitoringResources(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def cluster_config(self) -> MonitoringClusterConfig | None: ...
    def __init__(
        self,
        *,
        cluster_config: MonitoringClusterConfig | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> MonitoringResources: ...
    def _to_wire(self) -> dict[str, Any]: ...

class MonitoringS3Output(Shape):
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
    def _from_wire(cls, d: Mapping[str, Any]) -> MonitoringS3Output: ...
    def _to_wire(self) -> dict[str, Any]: ...

class MonitoringSchedule(Shape):
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
    def last_monitoring_execution_summary(self) -> MonitoringExecutionSummary | None: ...
    @property
    def tags(self) -> list[Tag] | None: ...
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
        last_monitoring_execution_summary: MonitoringExecutionSummary | None = ...,
        tags: list[Tag] | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> MonitoringSchedule: ...
    def _to_wire(self) -> dict[str, Any]: ...

class MonitoringScheduleConfig(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def schedule_config(self) -> ScheduleConfig | None: ...
    @property
    def monitoring_job_definition(self) -> MonitoringJobDefinition | None: ...
    @property
    def monitoring_job_definition_name(self) -> str | None: ...
    @property
    def monitoring_type(self) -> MonitoringType | None: ...
    def __init__(
        self,
        *,
        schedule_config: ScheduleConfig | None = ...,
        monitoring_job_definition: MonitoringJobDefinition | None = ...,
        monitoring_job_definition_name: str | None = ...,
        monitoring_type: MonitoringType | MonitoringTypeLiteral | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> MonitoringScheduleConfig: ...
    def _to_wire(self) -> dict[str, Any]: ...

class MonitoringStatisticsResource(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def s3_uri(self) -> str | None: ...
    def __init__(
        self,
        *,
        s3_uri: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> MonitoringStatisticsResource: ...
    def _to_wire(self) -> dict[str, Any]: ...

class MonitoringStoppingCondition(Shape):
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
    def _from_wire(cls, d: Mapping[str, Any]) -> MonitoringStoppingCondition: ...
    def _to_wire(self) -> dict[str, Any]: ...

class MultiModelConfig(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def model_cache_setting(self) -> ModelCacheSetting | None: ...
    def __init__(
        self,
        *,
        model_cache_setting: ModelCacheSetting | ModelCacheSettingLiteral | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> MultiModelConfig: ...
    def _to_wire(self) -> dict[str, Any]: ...
