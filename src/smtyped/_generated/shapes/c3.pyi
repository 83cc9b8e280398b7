# Generated stub for the module beside it. Do not edit.
# The attrs classes without their bodies and docstrings: mypy reads this instead of the
# module, which keeps cold type-checking of user scripts fast.
from collections.abc import Mapping
from datetime import datetime
from typing import Any, ClassVar

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
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    authorized_url: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> CreatePresignedMlflowTrackingServerUrlResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

@attrs.frozen(kw_only=True, slots=False)
class CreateProcessingJobRequest(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
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
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> CreateProcessingJobRequest: ...
    def _to_wire(self) -> dict[str, Any]: ...

@attrs.frozen(kw_only=True, slots=False)
class CreateProcessingJobResponse(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    processing_job_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> CreateProcessingJobResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

@attrs.frozen(kw_only=True, slots=False)
class CreateProjectInput(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    project_name: str
    service_catalog_provisioning_details: ServiceCatalogProvisioningDetails
    project_description: str | None = None
    tags: list[Tag] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> CreateProjectInput: ...
    def _to_wire(self) -> dict[str, Any]: ...

@attrs.frozen(kw_only=True, slots=False)
class CreateProjectOutput(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    project_arn: str | None = None
    project_id: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> CreateProjectOutput: ...
    def _to_wire(self) -> dict[str, Any]: ...

@attrs.frozen(kw_only=True, slots=False)
class CreateTrialComponentRequest(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
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
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> CreateTrialComponentRequest: ...
    def _to_wire(self) -> dict[str, Any]: ...

@attrs.frozen(kw_only=True, slots=False)
class CreateTrialComponentResponse(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    trial_component_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> CreateTrialComponentResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

@attrs.frozen(kw_only=True, slots=False)
class CreateTrialRequest(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    trial_name: str
    experiment_name: str
    display_name: str | None = None
    metadata_properties: MetadataProperties | None = None
    tags: list[Tag] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> CreateTrialRequest: ...
    def _to_wire(self) -> dict[str, Any]: ...

@attrs.frozen(kw_only=True, slots=False)
class CreateTrialResponse(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    trial_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> CreateTrialResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

@attrs.frozen(kw_only=True, slots=False)
class CreateUserProfileRequest(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    domain_id: str
    user_profile_name: str
    single_sign_on_user_identifier: str | None = None
    single_sign_on_user_value: str | None = None
    tags: list[Tag] | None = None
    user_settings: UserSettings | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> CreateUserProfileRequest: ...
    def _to_wire(self) -> dict[str, Any]: ...

@attrs.frozen(kw_only=True, slots=False)
class CreateUserProfileResponse(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    user_profile_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> CreateUserProfileResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

@attrs.frozen(kw_only=True, slots=False)
class CustomImage(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    image_name: str
    app_image_config_name: str
    image_version_number: int | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> CustomImage: ...
    def _to_wire(self) -> dict[str, Any]: ...

@attrs.frozen(kw_only=True, slots=False)
class CustomizedMetricSpecification(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    metric_name: str | None = None
    namespace: str | None = None
    statistic: Statistic | None = attrs.field(default=None, converter=as_Statistic_opt)
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> CustomizedMetricSpecification: ...
    def _to_wire(self) -> dict[str, Any]: ...
