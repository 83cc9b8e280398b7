# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.included_data import (
    IncludedData,
    as_IncludedData_opt,
)
from smtyped._generated.enums.managed_storage import (
    ManagedStorageType,
    as_ManagedStorageType_opt,
)
from smtyped._generated.enums.model_approval import (
    ModelApprovalStatus,
    as_ModelApprovalStatus_opt,
)
from smtyped._generated.enums.model_card import (
    ModelCardExportJobStatus,
    ModelCardProcessingStatus,
    ModelCardStatus,
    as_ModelCardExportJobStatus_opt,
    as_ModelCardProcessingStatus_opt,
    as_ModelCardStatus_opt,
)
from smtyped._generated.enums.model_package import (
    ModelPackageGroupStatus,
    ModelPackageRegistrationType,
    ModelPackageStatus,
    as_ModelPackageGroupStatus_opt,
    as_ModelPackageRegistrationType_opt,
    as_ModelPackageStatus_opt,
)
from smtyped._generated.enums.skip_model import (
    SkipModelValidation,
    as_SkipModelValidation_opt,
)
from smtyped._generated.shapes.additional_inference import AdditionalInferenceSpecificationDefinition
from smtyped._generated.shapes.container_definition import ContainerDefinition
from smtyped._generated.shapes.deployment_recommendation import DeploymentRecommendation
from smtyped._generated.shapes.drift_check import DriftCheckBaselines
from smtyped._generated.shapes.inference_execution import InferenceExecutionConfig
from smtyped._generated.shapes.inference_specification import InferenceSpecification
from smtyped._generated.shapes.managed_configuration import ManagedConfiguration
from smtyped._generated.shapes.metadata_properties import MetadataProperties
from smtyped._generated.shapes.model_bias import ModelBiasAppSpecification, ModelBiasBaselineConfig, ModelBiasJobInput
from smtyped._generated.shapes.model_card import (
    ModelCardExportArtifacts,
    ModelCardExportOutputConfig,
    ModelCardSecurityConfig,
)
from smtyped._generated.shapes.model_explainability import (
    ModelExplainabilityAppSpecification,
    ModelExplainabilityBaselineConfig,
    ModelExplainabilityJobInput,
)
from smtyped._generated.shapes.model_life import ModelLifeCycle
from smtyped._generated.shapes.model_metrics import ModelMetrics
from smtyped._generated.shapes.model_package import (
    ModelPackageModelCard,
    ModelPackageSecurityConfig,
    ModelPackageStatusDetails,
    ModelPackageValidationSpecification,
)
from smtyped._generated.shapes.model_quality import (
    ModelQualityAppSpecification,
    ModelQualityBaselineConfig,
    ModelQualityJobInput,
)
from smtyped._generated.shapes.monitoring_network import MonitoringNetworkConfig
from smtyped._generated.shapes.monitoring_output import MonitoringOutputConfig
from smtyped._generated.shapes.monitoring_resources import MonitoringResources
from smtyped._generated.shapes.monitoring_stopping import MonitoringStoppingCondition
from smtyped._generated.shapes.source_algorithm import SourceAlgorithmSpecification
from smtyped._generated.shapes.user_context import UserContext
from smtyped._generated.shapes.vpc_config import VpcConfig

@attrs.frozen(kw_only=True, slots=False)
class DescribeModelBiasJobDefinitionRequest(Shape):
    job_definition_name: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeModelBiasJobDefinitionResponse(OutputShape):
    job_definition_arn: str | None = None
    job_definition_name: str | None = None
    creation_time: datetime | None = None
    model_bias_baseline_config: ModelBiasBaselineConfig | None = None
    model_bias_app_specification: ModelBiasAppSpecification | None = None
    model_bias_job_input: ModelBiasJobInput | None = None
    model_bias_job_output_config: MonitoringOutputConfig | None = None
    job_resources: MonitoringResources | None = None
    network_config: MonitoringNetworkConfig | None = None
    role_arn: str | None = None
    stopping_condition: MonitoringStoppingCondition | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeModelCardExportJobRequest(Shape):
    model_card_export_job_arn: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeModelCardExportJobResponse(OutputShape):
    model_card_export_job_name: str | None = None
    model_card_export_job_arn: str | None = None
    status: ModelCardExportJobStatus | None = attrs.field(default=None, converter=as_ModelCardExportJobStatus_opt)
    model_card_name: str | None = None
    model_card_version: int | None = None
    output_config: ModelCardExportOutputConfig | None = None
    created_at: datetime | None = None
    last_modified_at: datetime | None = None
    failure_reason: str | None = None
    export_artifacts: ModelCardExportArtifacts | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeModelCardRequest(Shape):
    model_card_name: str
    model_card_version: int | None = None
    included_data: IncludedData | None = attrs.field(default=None, converter=as_IncludedData_opt)
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeModelCardResponse(OutputShape):
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
    model_card_processing_status: ModelCardProcessingStatus | None = attrs.field(
        default=None, converter=as_ModelCardProcessingStatus_opt
    )
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeModelExplainabilityJobDefinitionRequest(Shape):
    job_definition_name: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeModelExplainabilityJobDefinitionResponse(OutputShape):
    job_definition_arn: str | None = None
    job_definition_name: str | None = None
    creation_time: datetime | None = None
    model_explainability_baseline_config: ModelExplainabilityBaselineConfig | None = None
    model_explainability_app_specification: ModelExplainabilityAppSpecification | None = None
    model_explainability_job_input: ModelExplainabilityJobInput | None = None
    model_explainability_job_output_config: MonitoringOutputConfig | None = None
    job_resources: MonitoringResources | None = None
    network_config: MonitoringNetworkConfig | None = None
    role_arn: str | None = None
    stopping_condition: MonitoringStoppingCondition | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeModelInput(Shape):
    model_name: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeModelOutput(OutputShape):
    model_name: str | None = None
    primary_container: ContainerDefinition | None = None
    containers: list[ContainerDefinition] | None = None
    inference_execution_config: InferenceExecutionConfig | None = None
    execution_role_arn: str | None = None
    vpc_config: VpcConfig | None = None
    creation_time: datetime | None = None
    model_arn: str | None = None
    enable_network_isolation: bool | None = None
    deployment_recommendation: DeploymentRecommendation | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeModelPackageGroupInput(Shape):
    model_package_group_name: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeModelPackageGroupOutput(OutputShape):
    model_package_group_name: str | None = None
    model_package_group_arn: str | None = None
    model_package_group_description: str | None = None
    creation_time: datetime | None = None
    created_by: UserContext | None = None
    model_package_group_status: ModelPackageGroupStatus | None = attrs.field(
        default=None, converter=as_ModelPackageGroupStatus_opt
    )
    managed_configuration: ManagedConfiguration | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeModelPackageInput(Shape):
    model_package_name: str
    included_data: IncludedData | None = attrs.field(default=None, converter=as_IncludedData_opt)
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeModelPackageOutput(OutputShape):
    model_package_name: str | None = None
    model_package_group_name: str | None = None
    model_package_version: int | None = None
    model_package_registration_type: ModelPackageRegistrationType | None = attrs.field(
        default=None, converter=as_ModelPackageRegistrationType_opt
    )
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
    customer_metadata_properties: dict[str, str] | None = None
    drift_check_baselines: DriftCheckBaselines | None = None
    additional_inference_specifications: list[AdditionalInferenceSpecificationDefinition] | None = None
    skip_model_validation: SkipModelValidation | None = attrs.field(default=None, converter=as_SkipModelValidation_opt)
    source_uri: str | None = None
    security_config: ModelPackageSecurityConfig | None = None
    model_card: ModelPackageModelCard | None = None
    model_life_cycle: ModelLifeCycle | None = None
    managed_storage_type: ManagedStorageType | None = attrs.field(default=None, converter=as_ManagedStorageType_opt)
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeModelQualityJobDefinitionRequest(Shape):
    job_definition_name: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeModelQualityJobDefinitionResponse(OutputShape):
    job_definition_arn: str | None = None
    job_definition_name: str | None = None
    creation_time: datetime | None = None
    model_quality_baseline_config: ModelQualityBaselineConfig | None = None
    model_quality_app_specification: ModelQualityAppSpecification | None = None
    model_quality_job_input: ModelQualityJobInput | None = None
    model_quality_job_output_config: MonitoringOutputConfig | None = None
    job_resources: MonitoringResources | None = None
    network_config: MonitoringNetworkConfig | None = None
    role_arn: str | None = None
    stopping_condition: MonitoringStoppingCondition | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
