# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.s import Statistic, as_Statistic_opt
from smtyped._generated.shapes.a import AppSpecification
from smtyped._generated.shapes.e import ExperimentConfig
from smtyped._generated.shapes.m import MetadataProperties
from smtyped._generated.shapes.n import NetworkConfig
from smtyped._generated.shapes.p import (
    ProcessingInput,
    ProcessingOutputConfig,
    ProcessingResources,
    ProcessingStoppingCondition,
)
from smtyped._generated.shapes.s import ServiceCatalogProvisioningDetails
from smtyped._generated.shapes.t import Tag, TrialComponentArtifact, TrialComponentParameterValue, TrialComponentStatus
from smtyped._generated.shapes.u import UserSettings

@attrs.frozen(kw_only=True, slots=False)
class CreatePresignedMlflowTrackingServerUrlResponse(OutputShape):
    authorized_url: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateProcessingJobRequest(Shape):
    processing_job_name: str
    processing_resources: ProcessingResources
    app_specification: AppSpecification
    role_arn: str
    processing_inputs: list[ProcessingInput] | None = None
    processing_output_config: ProcessingOutputConfig | None = None
    stopping_condition: ProcessingStoppingCondition | None = None
    environment: dict[str, str] | None = None
    network_config: NetworkConfig | None = None
    tags: list[Tag] | None = None
    experiment_config: ExperimentConfig | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateProcessingJobResponse(OutputShape):
    processing_job_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateProjectInput(Shape):
    project_name: str
    service_catalog_provisioning_details: ServiceCatalogProvisioningDetails
    project_description: str | None = None
    tags: list[Tag] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateProjectOutput(OutputShape):
    project_arn: str | None = None
    project_id: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateTrialComponentRequest(Shape):
    trial_component_name: str
    display_name: str | None = None
    status: TrialComponentStatus | None = None
    start_time: datetime | None = None
    end_time: datetime | None = None
    parameters: dict[str, TrialComponentParameterValue] | None = None
    input_artifacts: dict[str, TrialComponentArtifact] | None = None
    output_artifacts: dict[str, TrialComponentArtifact] | None = None
    metadata_properties: MetadataProperties | None = None
    tags: list[Tag] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateTrialComponentResponse(OutputShape):
    trial_component_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateTrialRequest(Shape):
    trial_name: str
    experiment_name: str
    display_name: str | None = None
    metadata_properties: MetadataProperties | None = None
    tags: list[Tag] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateTrialResponse(OutputShape):
    trial_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateUserProfileRequest(Shape):
    domain_id: str
    user_profile_name: str
    single_sign_on_user_identifier: str | None = None
    single_sign_on_user_value: str | None = None
    tags: list[Tag] | None = None
    user_settings: UserSettings | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateUserProfileResponse(OutputShape):
    user_profile_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CustomImage(Shape):
    image_name: str
    app_image_config_name: str
    image_version_number: int | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CustomizedMetricSpecification(Shape):
    metric_name: str | None = None
    namespace: str | None = None
    statistic: Statistic | None = attrs.field(default=None, converter=as_Statistic_opt)
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
