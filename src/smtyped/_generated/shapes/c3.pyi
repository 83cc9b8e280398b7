# Generated stub for the module beside it. Do not edit.
# Plain classes with read-only properties and an explicit __init__: mypy reads this instead
# of the attrs classes, which keeps cold type-checking of user scripts fast.
from collections.abc import Mapping
from datetime import datetime
from typing import Any, ClassVar

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.s import Statistic, StatisticLiteral
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

class CreatePresignedMlflowTrackingServerUrlResponse(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def authorized_url(self) -> str | None: ...
    def __init__(
        self,
        *,
        authorized_url: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> CreatePresignedMlflowTrackingServerUrlResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

class CreateProcessingJobRequest(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def processing_inputs(self) -> list[ProcessingInput] | None: ...
    @property
    def processing_output_config(self) -> ProcessingOutputConfig | None: ...
    @property
    def processing_job_name(self) -> str: ...
    @property
    def processing_resources(self) -> ProcessingResources: ...
    @property
    def stopping_condition(self) -> ProcessingStoppingCondition | None: ...
    @property
    def app_specification(self) -> AppSpecification: ...
    @property
    def environment(self) -> dict[str, str] | None: ...
    @property
    def network_config(self) -> NetworkConfig | None: ...
    @property
    def role_arn(self) -> str: ...
    @property
    def tags(self) -> list[Tag] | None: ...
    @property
    def experiment_config(self) -> ExperimentConfig | None: ...
    def __init__(
        self,
        *,
        processing_job_name: str,
        processing_resources: ProcessingResources,
        app_specification: AppSpecification,
        role_arn: str,
        processing_inputs: list[ProcessingInput] | None = ...,
        processing_output_config: ProcessingOutputConfig | None = ...,
        stopping_condition: ProcessingStoppingCondition | None = ...,
        environment: dict[str, str] | None = ...,
        network_config: NetworkConfig | None = ...,
        tags: list[Tag] | None = ...,
        experiment_config: ExperimentConfig | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> CreateProcessingJobRequest: ...
    def _to_wire(self) -> dict[str, Any]: ...

class CreateProcessingJobResponse(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def processing_job_arn(self) -> str | None: ...
    def __init__(
        self,
        *,
        processing_job_arn: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> CreateProcessingJobResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

class CreateProjectInput(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def project_name(self) -> str: ...
    @property
    def project_description(self) -> str | None: ...
    @property
    def service_catalog_provisioning_details(self) -> ServiceCatalogProvisioningDetails: ...
    @property
    def tags(self) -> list[Tag] | None: ...
    def __init__(
        self,
        *,
        project_name: str,
        service_catalog_provisioning_details: ServiceCatalogProvisioningDetails,
        project_description: str | None = ...,
        tags: list[Tag] | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> CreateProjectInput: ...
    def _to_wire(self) -> dict[str, Any]: ...

class CreateProjectOutput(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def project_arn(self) -> str | None: ...
    @property
    def project_id(self) -> str | None: ...
    def __init__(
        self,
        *,
        project_arn: str | None = ...,
        project_id: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> CreateProjectOutput: ...
    def _to_wire(self) -> dict[str, Any]: ...

class CreateTrialComponentRequest(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def trial_component_name(self) -> str: ...
    @property
    def display_name(self) -> str | None: ...
    @property
    def status(self) -> TrialComponentStatus | None: ...
    @property
    def start_time(self) -> datetime | None: ...
    @property
    def end_time(self) -> datetime | None: ...
    @property
    def parameters(self) -> dict[str, TrialComponentParameterValue] | None: ...
    @property
    def input_artifacts(self) -> dict[str, TrialComponentArtifact] | None: ...
    @property
    def output_artifacts(self) -> dict[str, TrialComponentArtifact] | None: ...
    @property
    def metadata_properties(self) -> MetadataProperties | None: ...
    @property
    def tags(self) -> list[Tag] | None: ...
    def __init__(
        self,
        *,
        trial_component_name: str,
        display_name: str | None = ...,
        status: TrialComponentStatus | None = ...,
        start_time: datetime | None = ...,
        end_time: datetime | None = ...,
        parameters: dict[str, TrialComponentParameterValue] | None = ...,
        input_artifacts: dict[str, TrialComponentArtifact] | None = ...,
        output_artifacts: dict[str, TrialComponentArtifact] | None = ...,
        metadata_properties: MetadataProperties | None = ...,
        tags: list[Tag] | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> CreateTrialComponentRequest: ...
    def _to_wire(self) -> dict[str, Any]: ...

class CreateTrialComponentResponse(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def trial_component_arn(self) -> str | None: ...
    def __init__(
        self,
        *,
        trial_component_arn: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> CreateTrialComponentResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

class CreateTrialRequest(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def trial_name(self) -> str: ...
    @property
    def display_name(self) -> str | None: ...
    @property
    def experiment_name(self) -> str: ...
    @property
    def metadata_properties(self) -> MetadataProperties | None: ...
    @property
    def tags(self) -> list[Tag] | None: ...
    def __init__(
        self,
        *,
        trial_name: str,
        experiment_name: str,
        display_name: str | None = ...,
        metadata_properties: MetadataProperties | None = ...,
        tags: list[Tag] | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> CreateTrialRequest: ...
    def _to_wire(self) -> dict[str, Any]: ...

class CreateTrialResponse(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def trial_arn(self) -> str | None: ...
    def __init__(
        self,
        *,
        trial_arn: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> CreateTrialResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

class CreateUserProfileRequest(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def domain_id(self) -> str: ...
    @property
    def user_profile_name(self) -> str: ...
    @property
    def single_sign_on_user_identifier(self) -> str | None: ...
    @property
    def single_sign_on_user_value(self) -> str | None: ...
    @property
    def tags(self) -> list[Tag] | None: ...
    @property
    def user_settings(self) -> UserSettings | None: ...
    def __init__(
        self,
        *,
        domain_id: str,
        user_profile_name: str,
        single_sign_on_user_identifier: str | None = ...,
        single_sign_on_user_value: str | None = ...,
        tags: list[Tag] | None = ...,
        user_settings: UserSettings | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> CreateUserProfileRequest: ...
    def _to_wire(self) -> dict[str, Any]: ...

class CreateUserProfileResponse(OutputShape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def user_profile_arn(self) -> str | None: ...
    def __init__(
        self,
        *,
        user_profile_arn: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> CreateUserProfileResponse: ...
    def _to_wire(self) -> dict[str, Any]: ...

class CustomImage(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def image_name(self) -> str: ...
    @property
    def image_version_number(self) -> int | None: ...
    @property
    def app_image_config_name(self) -> str: ...
    def __init__(
        self,
        *,
        image_name: str,
        app_image_config_name: str,
        image_version_number: int | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> CustomImage: ...
    def _to_wire(self) -> dict[str, Any]: ...

class CustomizedMetricSpecification(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def metric_name(self) -> str | None: ...
    @property
    def namespace(self) -> str | None: ...
    @property
    def statistic(self) -> Statistic | None: ...
    def __init__(
        self,
        *,
        metric_name: str | None = ...,
        namespace: str | None = ...,
        statistic: Statistic | StatisticLiteral | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> CustomizedMetricSpecification: ...
    def _to_wire(self) -> dict[str, Any]: ...
