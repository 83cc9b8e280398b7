# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.e import (
    ExecutionStatus,
    as_ExecutionStatus_opt,
)
from smtyped._generated.enums.m import (
    ModelCacheSetting,
    MonitoringAlertStatus,
    MonitoringType,
    as_ModelCacheSetting_opt,
    as_MonitoringAlertStatus_opt,
    as_MonitoringType_opt,
)
from smtyped._generated.enums.p import (
    ProcessingInstanceType,
    ProcessingS3UploadMode,
    as_ProcessingInstanceType_opt,
    as_ProcessingS3UploadMode_opt,
)
from smtyped._generated.enums.s import ScheduleStatus, as_ScheduleStatus_opt
from smtyped._generated.shapes.e import EndpointInput
from smtyped._generated.shapes.m import ModelDashboardIndicatorAction
from smtyped._generated.shapes.n import NetworkConfig
from smtyped._generated.shapes.s import ScheduleConfig
from smtyped._generated.shapes.t import Tag

@attrs.frozen(kw_only=True, slots=False)
class ModelStepMetadata(Shape):
    arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class MonitoringAlertActions(Shape):
    model_dashboard_indicator: ModelDashboardIndicatorAction | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class MonitoringAlertSummary(Shape):
    monitoring_alert_name: str | None = None
    creation_time: datetime | None = None
    last_modified_time: datetime | None = None
    alert_status: MonitoringAlertStatus | None = attrs.field(default=None, converter=as_MonitoringAlertStatus_opt)
    datapoints_to_alert: int | None = None
    evaluation_period: int | None = None
    actions: MonitoringAlertActions | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class MonitoringAppSpecification(Shape):
    image_uri: str | None = None
    container_entrypoint: list[str] | None = None
    container_arguments: list[str] | None = None
    record_preprocessor_source_uri: str | None = None
    post_analytics_processor_source_uri: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class MonitoringBaselineConfig(Shape):
    baselining_job_name: str | None = None
    constraints_resource: MonitoringConstraintsResource | None = None
    statistics_resource: MonitoringStatisticsResource | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class MonitoringClusterConfig(Shape):
    instance_count: int | None = None
    instance_type: ProcessingInstanceType | None = attrs.field(default=None, converter=as_ProcessingInstanceType_opt)
    volume_size_in_gb: int | None = None
    volume_kms_key_id: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class MonitoringConstraintsResource(Shape):
    s3_uri: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class MonitoringCsvDatasetFormat(Shape):
    header: bool | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class MonitoringDatasetFormat(Shape):
    csv: MonitoringCsvDatasetFormat | None = None
    json: MonitoringJsonDatasetFormat | None = None
    parquet: MonitoringParquetDatasetFormat | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class MonitoringExecutionSummary(Shape):
    monitoring_schedule_name: str | None = None
    scheduled_time: datetime | None = None
    creation_time: datetime | None = None
    last_modified_time: datetime | None = None
    monitoring_execution_status: ExecutionStatus | None = attrs.field(default=None, converter=as_ExecutionStatus_opt)
    processing_job_arn: str | None = None
    endpoint_name: str | None = None
    failure_reason: str | None = None
    monitoring_job_definition_name: str | None = None
    monitoring_type: MonitoringType | None = attrs.field(default=None, converter=as_MonitoringType_opt)
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class MonitoringInput(Shape):
    endpoint_input: EndpointInput | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class MonitoringJobDefinition(Shape):
    baseline_config: MonitoringBaselineConfig | None = None
    monitoring_inputs: list[MonitoringInput] | None = None
    monitoring_output_config: MonitoringOutputConfig | None = None
    monitoring_resources: MonitoringResources | None = None
    monitoring_app_specification: MonitoringAppSpecification | None = None
    stopping_condition: MonitoringStoppingCondition | None = None
    environment: dict[str, str] | None = None
    network_config: NetworkConfig | None = None
    role_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class MonitoringJsonDatasetFormat(Shape):
    line: bool | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class MonitoringOutput(Shape):
    s3_output: MonitoringS3Output | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class MonitoringOutputConfig(Shape):
    monitoring_outputs: list[MonitoringOutput] | None = None
    kms_key_id: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class MonitoringParquetDatasetFormat(Shape):
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class MonitoringResources(Shape):
    cluster_config: MonitoringClusterConfig | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class MonitoringS3Output(Shape):
    s3_uri: str | None = None
    local_path: str | None = None
    s3_upload_mode: ProcessingS3UploadMode | None = attrs.field(default=None, converter=as_ProcessingS3UploadMode_opt)
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class MonitoringSchedule(Shape):
    monitoring_schedule_arn: str | None = None
    monitoring_schedule_name: str | None = None
    monitoring_schedule_status: ScheduleStatus | None = attrs.field(default=None, converter=as_ScheduleStatus_opt)
    monitoring_type: MonitoringType | None = attrs.field(default=None, converter=as_MonitoringType_opt)
    failure_reason: str | None = None
    creation_time: datetime | None = None
    last_modified_time: datetime | None = None
    monitoring_schedule_config: MonitoringScheduleConfig | None = None
    endpoint_name: str | None = None
    last_monitoring_execution_summary: MonitoringExecutionSummary | None = None
    tags: list[Tag] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class MonitoringScheduleConfig(Shape):
    schedule_config: ScheduleConfig | None = None
    monitoring_job_definition: MonitoringJobDefinition | None = None
    monitoring_job_definition_name: str | None = None
    monitoring_type: MonitoringType | None = attrs.field(default=None, converter=as_MonitoringType_opt)
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class MonitoringStatisticsResource(Shape):
    s3_uri: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class MonitoringStoppingCondition(Shape):
    max_runtime_in_seconds: int | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class MultiModelConfig(Shape):
    model_cache_setting: ModelCacheSetting | None = attrs.field(default=None, converter=as_ModelCacheSetting_opt)
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
