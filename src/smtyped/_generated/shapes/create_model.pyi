# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.managed_storage import ManagedStorageType, as_ManagedStorageType_opt
from smtyped._generated.enums.model_approval import ModelApprovalStatus, as_ModelApprovalStatus_opt
from smtyped._generated.enums.model_card import ModelCardStatus, as_ModelCardStatus
from smtyped._generated.enums.model_package import ModelPackageRegistrationType, as_ModelPackageRegistrationType_opt
from smtyped._generated.enums.skip_model import SkipModelValidation, as_SkipModelValidation_opt
from smtyped._generated.shapes.additional_inference import AdditionalInferenceSpecificationDefinition
from smtyped._generated.shapes.container_definition import ContainerDefinition
from smtyped._generated.shapes.drift_check import DriftCheckBaselines
from smtyped._generated.shapes.inference_execution import InferenceExecutionConfig
from smtyped._generated.shapes.inference_specification import InferenceSpecification
from smtyped._generated.shapes.managed_configuration import ManagedConfiguration
from smtyped._generated.shapes.metadata_properties import MetadataProperties
from smtyped._generated.shapes.model_bias import ModelBiasAppSpecification, ModelBiasBaselineConfig, ModelBiasJobInput
from smtyped._generated.shapes.model_card import ModelCardExportOutputConfig, ModelCardSecurityConfig
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
from smtyped._generated.shapes.tag import Tag
from smtyped._generated.shapes.vpc_config import VpcConfig

@attrs.frozen(kw_only=True, slots=False)
class CreateModelBiasJobDefinitionRequest(Shape):
    job_definition_name: str
    model_bias_app_specification: ModelBiasAppSpecification
    model_bias_job_input: ModelBiasJobInput
    model_bias_job_output_config: MonitoringOutputConfig
    job_resources: MonitoringResources
    role_arn: str
    model_bias_baseline_config: ModelBiasBaselineConfig | None = None
    network_config: MonitoringNetworkConfig | None = None
    stopping_condition: MonitoringStoppingCondition | None = None
    tags: list[Tag] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateModelBiasJobDefinitionResponse(OutputShape):
    job_definition_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateModelCardExportJobRequest(Shape):
    model_card_name: str
    model_card_export_job_name: str
    output_config: ModelCardExportOutputConfig
    model_card_version: int | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateModelCardExportJobResponse(OutputShape):
    model_card_export_job_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateModelCardRequest(Shape):
    model_card_name: str
    content: str
    model_card_status: ModelCardStatus = attrs.field(converter=as_ModelCardStatus)
    security_config: ModelCardSecurityConfig | None = None
    tags: list[Tag] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateModelCardResponse(OutputShape):
    model_card_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateModelExplainabilityJobDefinitionRequest(Shape):
    job_definition_name: str
    model_explainability_app_specification: ModelExplainabilityAppSpecification
    model_explainability_job_input: ModelExplainabilityJobInput
    model_explainability_job_output_config: MonitoringOutputConfig
    job_resources: MonitoringResources
    role_arn: str
    model_explainability_baseline_config: ModelExplainabilityBaselineConfig | None = None
    network_config: MonitoringNetworkConfig | None = None
    stopping_condition: MonitoringStoppingCondition | None = None
    tags: list[Tag] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateModelExplainabilityJobDefinitionResponse(OutputShape):
    job_definition_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateModelInput(Shape):
    model_name: str
    primary_container: ContainerDefinition | None = None
    containers: list[ContainerDefinition] | None = None
    inference_execution_config: InferenceExecutionConfig | None = None
    execution_role_arn: str | None = None
    tags: list[Tag] | None = None
    vpc_config: VpcConfig | None = None
    enable_network_isolation: bool | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateModelOutput(OutputShape):
    model_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateModelPackageGroupInput(Shape):
    model_package_group_name: str
    model_package_group_description: str | None = None
    tags: list[Tag] | None = None
    managed_configuration: ManagedConfiguration | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateModelPackageGroupOutput(OutputShape):
    model_package_group_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateModelPackageInput(Shape):
    model_package_name: str | None = None
    model_package_group_name: str | None = None
    model_package_description: str | None = None
    model_package_registration_type: ModelPackageRegistrationType | None = attrs.field(
        default=None, converter=as_ModelPackageRegistrationType_opt
    )
    inference_specification: InferenceSpecification | None = None
    validation_specification: ModelPackageValidationSpecification | None = None
    source_algorithm_specification: SourceAlgorithmSpecification | None = None
    certify_for_marketplace: bool | None = None
    tags: list[Tag] | None = None
    model_approval_status: ModelApprovalStatus | None = attrs.field(default=None, converter=as_ModelApprovalStatus_opt)
    metadata_properties: MetadataProperties | None = None
    model_metrics: ModelMetrics | None = None
    client_token: str | None = None
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
class CreateModelPackageOutput(OutputShape):
    model_package_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateModelQualityJobDefinitionRequest(Shape):
    job_definition_name: str
    model_quality_app_specification: ModelQualityAppSpecification
    model_quality_job_input: ModelQualityJobInput
    model_quality_job_output_config: MonitoringOutputConfig
    job_resources: MonitoringResources
    role_arn: str
    model_quality_baseline_config: ModelQualityBaselineConfig | None = None
    network_config: MonitoringNetworkConfig | None = None
    stopping_condition: MonitoringStoppingCondition | None = None
    tags: list[Tag] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateModelQualityJobDefinitionResponse(OutputShape):
    job_definition_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
