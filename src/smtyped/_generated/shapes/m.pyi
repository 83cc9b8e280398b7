# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.a import (
    AutoMLMetricEnum,
    AutoMLMetricExtendedEnum,
    as_AutoMLMetricEnum_opt,
    as_AutoMLMetricExtendedEnum_opt,
)
from smtyped._generated.enums.d import (
    DetailedModelPackageStatus,
    as_DetailedModelPackageStatus_opt,
)
from smtyped._generated.enums.e import EndpointStatus, as_EndpointStatus_opt
from smtyped._generated.enums.m import (
    MetricSetSource,
    ModelApprovalStatus,
    ModelCardStatus,
    ModelPackageGroupStatus,
    ModelPackageStatus,
    MonitoringType,
    as_MetricSetSource_opt,
    as_ModelApprovalStatus_opt,
    as_ModelCardStatus_opt,
    as_ModelPackageGroupStatus_opt,
    as_ModelPackageStatus_opt,
    as_MonitoringType_opt,
)
from smtyped._generated.enums.s import ScheduleStatus, as_ScheduleStatus_opt
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

@attrs.frozen(kw_only=True, slots=False)
class MetadataProperties(Shape):
    commit_id: str | None = None
    repository: str | None = None
    generated_by: str | None = None
    project_id: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class MetricData(Shape):
    metric_name: str | None = None
    value: float | None = None
    timestamp: datetime | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class MetricDatum(Shape):
    metric_name: AutoMLMetricEnum | None = attrs.field(default=None, converter=as_AutoMLMetricEnum_opt)
    value: float | None = None
    set: MetricSetSource | None = attrs.field(default=None, converter=as_MetricSetSource_opt)
    standard_metric_name: AutoMLMetricExtendedEnum | None = attrs.field(
        default=None, converter=as_AutoMLMetricExtendedEnum_opt
    )
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class MetricDefinition(Shape):
    name: str
    regex: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class MetricSpecification(Shape):
    predefined: PredefinedMetricSpecification | None = None
    customized: CustomizedMetricSpecification | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class MetricsEndpoint(Shape):
    metrics_endpoint_path: str | None = None
    metric_publish_frequency_in_seconds: int | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class MetricsSource(Shape):
    content_type: str
    s3_uri: str
    content_digest: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class Model(Shape):
    model_name: str | None = None
    primary_container: ContainerDefinition | None = None
    containers: list[ContainerDefinition] | None = None
    inference_execution_config: InferenceExecutionConfig | None = None
    execution_role_arn: str | None = None
    vpc_config: VpcConfig | None = None
    creation_time: datetime | None = None
    model_arn: str | None = None
    enable_network_isolation: bool | None = None
    tags: list[Tag] | None = None
    deployment_recommendation: DeploymentRecommendation | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ModelAccessConfig(Shape):
    accept_eula: bool
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ModelArtifacts(Shape):
    s3_model_artifacts: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ModelCard(Shape):
    model_card_arn: str | None = None
    model_card_name: str | None = None
    model_card_version: int | None = None
    content: str | None = None
    model_card_status: ModelCardStatus | None = attrs.field(default=None, converter=as_ModelCardStatus_opt)
    security_config: ModelCardSecurityConfig | None = None
    creation_time: datetime | None = None
    created_by: UserContext | None = None
    last_modified_time: datetime | None = None
    last_modified_by: UserContext | None = None
    tags: list[Tag] | None = None
    model_id: str | None = None
    risk_rating: str | None = None
    model_package_group_name: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ModelCardSecurityConfig(Shape):
    kms_key_id: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ModelClientConfig(Shape):
    invocations_timeout_in_seconds: int | None = None
    invocations_max_retries: int | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ModelConfiguration(Shape):
    inference_specification_name: str | None = None
    environment_parameters: list[EnvironmentParameter] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ModelDashboardEndpoint(Shape):
    endpoint_name: str | None = None
    endpoint_arn: str | None = None
    creation_time: datetime | None = None
    last_modified_time: datetime | None = None
    endpoint_status: EndpointStatus | None = attrs.field(default=None, converter=as_EndpointStatus_opt)
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ModelDashboardIndicatorAction(Shape):
    enabled: bool | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ModelDashboardModel(Shape):
    model: Model | None = None
    endpoints: list[ModelDashboardEndpoint] | None = None
    last_batch_transform_job: TransformJob | None = None
    monitoring_schedules: list[ModelDashboardMonitoringSchedule] | None = None
    model_card: ModelDashboardModelCard | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ModelDashboardModelCard(Shape):
    model_card_arn: str | None = None
    model_card_name: str | None = None
    model_card_version: int | None = None
    model_card_status: ModelCardStatus | None = attrs.field(default=None, converter=as_ModelCardStatus_opt)
    security_config: ModelCardSecurityConfig | None = None
    creation_time: datetime | None = None
    created_by: UserContext | None = None
    last_modified_time: datetime | None = None
    last_modified_by: UserContext | None = None
    tags: list[Tag] | None = None
    model_id: str | None = None
    risk_rating: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ModelDashboardMonitoringSchedule(Shape):
    monitoring_schedule_arn: str | None = None
    monitoring_schedule_name: str | None = None
    monitoring_schedule_status: ScheduleStatus | None = attrs.field(default=None, converter=as_ScheduleStatus_opt)
    monitoring_type: MonitoringType | None = attrs.field(default=None, converter=as_MonitoringType_opt)
    failure_reason: str | None = None
    creation_time: datetime | None = None
    last_modified_time: datetime | None = None
    monitoring_schedule_config: MonitoringScheduleConfig | None = None
    endpoint_name: str | None = None
    monitoring_alert_summaries: list[MonitoringAlertSummary] | None = None
    last_monitoring_execution_summary: MonitoringExecutionSummary | None = None
    batch_transform_input: BatchTransformInput | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ModelDataQuality(Shape):
    statistics: MetricsSource | None = None
    constraints: MetricsSource | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ModelDataSource(Shape):
    s3_data_source: S3ModelDataSource | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ModelDeployConfig(Shape):
    auto_generate_endpoint_name: bool | None = None
    endpoint_name: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ModelDeployResult(Shape):
    endpoint_name: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ModelDigests(Shape):
    artifact_digest: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ModelInput(Shape):
    data_input_config: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ModelLifeCycle(Shape):
    stage: str
    stage_status: str
    stage_description: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ModelMetrics(Shape):
    model_quality: ModelQuality | None = None
    model_data_quality: ModelDataQuality | None = None
    bias: Bias | None = None
    explainability: Explainability | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ModelPackage(Shape):
    model_package_name: str | None = None
    model_package_group_name: str | None = None
    model_package_version: int | None = None
    model_package_arn: str | None = None
    model_package_description: str | None = None
    creation_time: datetime | None = None
    inference_specification: InferenceSpecification | None = None
    source_algorithm_specification: SourceAlgorithmSpecification | None = None
    validation_specification: ModelPackageValidationSpecification | None = None
    model_package_status: ModelPackageStatus | None = attrs.field(default=None, converter=as_ModelPackageStatus_opt)
    model_package_status_details: ModelPackageStatusDetails | None = None
    certify_for_marketplace: bool | None = None
    model_approval_status: ModelApprovalStatus | None = attrs.field(default=None, converter=as_ModelApprovalStatus_opt)
    created_by: UserContext | None = None
    metadata_properties: MetadataProperties | None = None
    model_metrics: ModelMetrics | None = None
    last_modified_time: datetime | None = None
    last_modified_by: UserContext | None = None
    approval_description: str | None = None
    domain: str | None = None
    task: str | None = None
    sample_payload_url: str | None = None
    additional_inference_specifications: list[AdditionalInferenceSpecificationDefinition] | None = None
    tags: list[Tag] | None = None
    customer_metadata_properties: dict[str, str] | None = None
    drift_check_baselines: DriftCheckBaselines | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ModelPackageConfig(Shape):
    model_package_group_arn: str | None = None
    source_model_package_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ModelPackageContainerDefinition(Shape):
    image: str
    container_hostname: str | None = None
    image_digest: str | None = None
    model_data_url: str | None = None
    model_data_source: ModelDataSource | None = None
    product_id: str | None = None
    environment: dict[str, str] | None = None
    model_input: ModelInput | None = None
    framework: str | None = None
    framework_version: str | None = None
    nearest_model_name: str | None = None
    additional_s3_data_source: AdditionalS3DataSource | None = None
    model_data_e_tag: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ModelPackageGroup(Shape):
    model_package_group_name: str | None = None
    model_package_group_arn: str | None = None
    model_package_group_description: str | None = None
    creation_time: datetime | None = None
    created_by: UserContext | None = None
    model_package_group_status: ModelPackageGroupStatus | None = attrs.field(
        default=None, converter=as_ModelPackageGroupStatus_opt
    )
    tags: list[Tag] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ModelPackageGroupSummary(Shape):
    model_package_group_name: str | None = None
    model_package_group_arn: str | None = None
    model_package_group_description: str | None = None
    creation_time: datetime | None = None
    model_package_group_status: ModelPackageGroupStatus | None = attrs.field(
        default=None, converter=as_ModelPackageGroupStatus_opt
    )
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ModelPackageModelCard(Shape):
    model_card_content: str | None = None
    model_card_status: ModelCardStatus | None = attrs.field(default=None, converter=as_ModelCardStatus_opt)
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ModelPackageSecurityConfig(Shape):
    kms_key_id: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ModelPackageStatusDetails(Shape):
    validation_statuses: list[ModelPackageStatusItem] | None = None
    image_scan_statuses: list[ModelPackageStatusItem] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ModelPackageStatusItem(Shape):
    name: str | None = None
    status: DetailedModelPackageStatus | None = attrs.field(default=None, converter=as_DetailedModelPackageStatus_opt)
    failure_reason: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ModelPackageSummary(Shape):
    model_package_name: str | None = None
    model_package_group_name: str | None = None
    model_package_version: int | None = None
    model_package_arn: str | None = None
    model_package_description: str | None = None
    creation_time: datetime | None = None
    model_package_status: ModelPackageStatus | None = attrs.field(default=None, converter=as_ModelPackageStatus_opt)
    model_approval_status: ModelApprovalStatus | None = attrs.field(default=None, converter=as_ModelApprovalStatus_opt)
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ModelPackageValidationProfile(Shape):
    profile_name: str
    transform_job_definition: TransformJobDefinition
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ModelPackageValidationSpecification(Shape):
    validation_role: str
    validation_profiles: list[ModelPackageValidationProfile]
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ModelQuality(Shape):
    statistics: MetricsSource | None = None
    constraints: MetricsSource | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
