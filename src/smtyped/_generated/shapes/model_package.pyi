# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.detailed_model import (
    DetailedModelPackageStatus,
    as_DetailedModelPackageStatus_opt,
)
from smtyped._generated.enums.model_approval import (
    ModelApprovalStatus,
    as_ModelApprovalStatus_opt,
)
from smtyped._generated.enums.model_card import (
    ModelCardStatus,
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
from smtyped._generated.shapes.additional_model import AdditionalModelDataSource
from smtyped._generated.shapes.additional_s3 import AdditionalS3DataSource
from smtyped._generated.shapes.base_model import BaseModel
from smtyped._generated.shapes.drift_check import DriftCheckBaselines
from smtyped._generated.shapes.inference_specification import InferenceSpecification
from smtyped._generated.shapes.managed_configuration import ManagedConfiguration
from smtyped._generated.shapes.metadata_properties import MetadataProperties
from smtyped._generated.shapes.model_data import ModelDataSource
from smtyped._generated.shapes.model_input import ModelInput
from smtyped._generated.shapes.model_life import ModelLifeCycle
from smtyped._generated.shapes.model_metrics import ModelMetrics
from smtyped._generated.shapes.source_algorithm import SourceAlgorithmSpecification
from smtyped._generated.shapes.tag import Tag
from smtyped._generated.shapes.transform_job import TransformJobDefinition
from smtyped._generated.shapes.user_context import UserContext

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
    model_package_registration_type: ModelPackageRegistrationType | None = attrs.field(
        default=None, converter=as_ModelPackageRegistrationType_opt
    )
    source_uri: str | None = None
    security_config: ModelPackageSecurityConfig | None = None
    model_card: ModelPackageModelCard | None = None
    model_life_cycle: ModelLifeCycle | None = None
    skip_model_validation: SkipModelValidation | None = attrs.field(default=None, converter=as_SkipModelValidation_opt)
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ModelPackageConfig(Shape):
    model_package_group_arn: str
    source_model_package_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ModelPackageContainerDefinition(Shape):
    container_hostname: str | None = None
    image: str | None = None
    image_digest: str | None = None
    model_data_url: str | None = None
    model_data_source: ModelDataSource | None = None
    product_id: str | None = None
    environment: dict[str, str] | None = None
    model_input: ModelInput | None = None
    framework: str | None = None
    framework_version: str | None = None
    nearest_model_name: str | None = None
    additional_model_data_sources: list[AdditionalModelDataSource] | None = None
    additional_s3_data_source: AdditionalS3DataSource | None = None
    model_data_e_tag: str | None = None
    is_checkpoint: bool | None = None
    base_model: BaseModel | None = None
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
    managed_configuration: ManagedConfiguration | None = None
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
    model_life_cycle: ModelLifeCycle | None = None
    model_package_registration_type: ModelPackageRegistrationType | None = attrs.field(
        default=None, converter=as_ModelPackageRegistrationType_opt
    )
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
