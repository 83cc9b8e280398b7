# Generated stub for the module beside it. Do not edit.
# Plain classes with read-only properties and an explicit __init__: mypy reads this instead
# of the attrs classes, which keeps cold type-checking of user scripts fast.
from collections.abc import Mapping
from typing import Any, ClassVar

from smtyped._base import Shape
from smtyped._generated.enums.f import Framework, FrameworkLiteral
from smtyped._generated.enums.h import HyperParameterScalingType, HyperParameterScalingTypeLiteral
from smtyped._generated.enums.i import InferenceExecutionMode, InferenceExecutionModeLiteral
from smtyped._generated.enums.p import ProductionVariantInstanceType, ProductionVariantInstanceTypeLiteral
from smtyped._generated.enums.r import (
    RecommendationJobStatus,
    RecommendationJobStatusLiteral,
    RecommendationStepType,
    RecommendationStepTypeLiteral,
    RepositoryAccessMode,
    RepositoryAccessModeLiteral,
)
from smtyped._generated.enums.t import (
    TrainingInstanceType,
    TrainingInstanceTypeLiteral,
    TransformInstanceType,
    TransformInstanceTypeLiteral,
)
from smtyped._generated.shapes.a import AdditionalEnis
from smtyped._generated.shapes.c import CapacityReservation
from smtyped._generated.shapes.m import ModelPackageContainerDefinition
from smtyped._generated.shapes.p import PlacementSpecification
from smtyped._generated.shapes.r import RecommendationJobInferenceBenchmark, RepositoryAuthConfig

class IamIdentity(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def arn(self) -> str | None: ...
    @property
    def principal_id(self) -> str | None: ...
    @property
    def source_identity(self) -> str | None: ...
    def __init__(
        self,
        *,
        arn: str | None = ...,
        principal_id: str | None = ...,
        source_identity: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> IamIdentity: ...
    def _to_wire(self) -> dict[str, Any]: ...

class ImageConfig(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def repository_access_mode(self) -> RepositoryAccessMode: ...
    @property
    def repository_auth_config(self) -> RepositoryAuthConfig | None: ...
    def __init__(
        self,
        *,
        repository_access_mode: RepositoryAccessMode | RepositoryAccessModeLiteral,
        repository_auth_config: RepositoryAuthConfig | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ImageConfig: ...
    def _to_wire(self) -> dict[str, Any]: ...

class InferenceExecutionConfig(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def mode(self) -> InferenceExecutionMode: ...
    def __init__(
        self,
        *,
        mode: InferenceExecutionMode | InferenceExecutionModeLiteral,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> InferenceExecutionConfig: ...
    def _to_wire(self) -> dict[str, Any]: ...

class InferenceHubAccessConfig(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def hub_content_arn(self) -> str: ...
    def __init__(
        self,
        *,
        hub_content_arn: str,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> InferenceHubAccessConfig: ...
    def _to_wire(self) -> dict[str, Any]: ...

class InferenceRecommendationsJobStep(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def step_type(self) -> RecommendationStepType | None: ...
    @property
    def job_name(self) -> str | None: ...
    @property
    def status(self) -> RecommendationJobStatus | None: ...
    @property
    def inference_benchmark(self) -> RecommendationJobInferenceBenchmark | None: ...
    def __init__(
        self,
        *,
        step_type: RecommendationStepType | RecommendationStepTypeLiteral | None = ...,
        job_name: str | None = ...,
        status: RecommendationJobStatus | RecommendationJobStatusLiteral | None = ...,
        inference_benchmark: RecommendationJobInferenceBenchmark | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> InferenceRecommendationsJobStep: ...
    def _to_wire(self) -> dict[str, Any]: ...

class InferenceSpecification(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def containers(self) -> list[ModelPackageContainerDefinition]: ...
    @property
    def supported_transform_instance_types(
        self,
    ) -> list[TransformInstanceType | TransformInstanceTypeLiteral] | None: ...
    @property
    def supported_realtime_inference_instance_types(
        self,
    ) -> list[ProductionVariantInstanceType | ProductionVariantInstanceTypeLiteral] | None: ...
    @property
    def supported_content_types(self) -> list[str] | None: ...
    @property
    def supported_response_mime_types(self) -> list[str] | None: ...
    def __init__(
        self,
        *,
        containers: list[ModelPackageContainerDefinition],
        supported_transform_instance_types: list[TransformInstanceType | TransformInstanceTypeLiteral] | None = ...,
        supported_realtime_inference_instance_types: list[
            ProductionVariantInstanceType | ProductionVariantInstanceTypeLiteral
        ]
        | None = ...,
        supported_content_types: list[str] | None = ...,
        supported_response_mime_types: list[str] | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> InferenceSpecification: ...
    def _to_wire(self) -> dict[str, Any]: ...

class InputConfig(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def s3_uri(self) -> str: ...
    @property
    def data_input_config(self) -> str: ...
    @property
    def framework(self) -> Framework: ...
    @property
    def framework_version(self) -> str | None: ...
    def __init__(
        self,
        *,
        s3_uri: str,
        data_input_config: str,
        framework: Framework | FrameworkLiteral,
        framework_version: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> InputConfig: ...
    def _to_wire(self) -> dict[str, Any]: ...

class InstanceGroup(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def instance_type(self) -> TrainingInstanceType: ...
    @property
    def instance_count(self) -> int: ...
    @property
    def instance_group_name(self) -> str: ...
    def __init__(
        self,
        *,
        instance_type: TrainingInstanceType | TrainingInstanceTypeLiteral,
        instance_count: int,
        instance_group_name: str,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> InstanceGroup: ...
    def _to_wire(self) -> dict[str, Any]: ...

class InstanceGroupMetadata(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def failure_message(self) -> str | None: ...
    @property
    def availability_zone_id(self) -> str | None: ...
    @property
    def capacity_reservation(self) -> CapacityReservation | None: ...
    @property
    def subnet_id(self) -> str | None: ...
    @property
    def security_group_ids(self) -> list[str] | None: ...
    @property
    def ami_override(self) -> str | None: ...
    def __init__(
        self,
        *,
        failure_message: str | None = ...,
        availability_zone_id: str | None = ...,
        capacity_reservation: CapacityReservation | None = ...,
        subnet_id: str | None = ...,
        security_group_ids: list[str] | None = ...,
        ami_override: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> InstanceGroupMetadata: ...
    def _to_wire(self) -> dict[str, Any]: ...

class InstanceGroupScalingMetadata(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def instance_count(self) -> int | None: ...
    @property
    def target_count(self) -> int | None: ...
    @property
    def failure_message(self) -> str | None: ...
    def __init__(
        self,
        *,
        instance_count: int | None = ...,
        target_count: int | None = ...,
        failure_message: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> InstanceGroupScalingMetadata: ...
    def _to_wire(self) -> dict[str, Any]: ...

class InstanceMetadata(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def customer_eni(self) -> str | None: ...
    @property
    def additional_enis(self) -> AdditionalEnis | None: ...
    @property
    def capacity_reservation(self) -> CapacityReservation | None: ...
    @property
    def failure_message(self) -> str | None: ...
    @property
    def lcs_execution_state(self) -> str | None: ...
    @property
    def node_logical_id(self) -> str | None: ...
    def __init__(
        self,
        *,
        customer_eni: str | None = ...,
        additional_enis: AdditionalEnis | None = ...,
        capacity_reservation: CapacityReservation | None = ...,
        failure_message: str | None = ...,
        lcs_execution_state: str | None = ...,
        node_logical_id: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> InstanceMetadata: ...
    def _to_wire(self) -> dict[str, Any]: ...

class InstanceMetadataServiceConfiguration(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def minimum_instance_metadata_service_version(self) -> str | None: ...
    def __init__(
        self,
        *,
        minimum_instance_metadata_service_version: str | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> InstanceMetadataServiceConfiguration: ...
    def _to_wire(self) -> dict[str, Any]: ...

class InstancePlacementConfig(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def enable_multiple_jobs(self) -> bool | None: ...
    @property
    def placement_specifications(self) -> list[PlacementSpecification] | None: ...
    def __init__(
        self,
        *,
        enable_multiple_jobs: bool | None = ...,
        placement_specifications: list[PlacementSpecification] | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> InstancePlacementConfig: ...
    def _to_wire(self) -> dict[str, Any]: ...

class InstancePoolSummary(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def instance_type(self) -> ProductionVariantInstanceType | None: ...
    @property
    def current_instance_count(self) -> int | None: ...
    def __init__(
        self,
        *,
        instance_type: ProductionVariantInstanceType | ProductionVariantInstanceTypeLiteral | None = ...,
        current_instance_count: int | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> InstancePoolSummary: ...
    def _to_wire(self) -> dict[str, Any]: ...

class InstancePreference(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def instance_type(self) -> TrainingInstanceType | None: ...
    @property
    def instance_count(self) -> int | None: ...
    @property
    def training_plan_arns(self) -> list[str] | None: ...
    def __init__(
        self,
        *,
        instance_type: TrainingInstanceType | TrainingInstanceTypeLiteral | None = ...,
        instance_count: int | None = ...,
        training_plan_arns: list[str] | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> InstancePreference: ...
    def _to_wire(self) -> dict[str, Any]: ...

class IntegerParameterRange(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def name(self) -> str | None: ...
    @property
    def min_value(self) -> str | None: ...
    @property
    def max_value(self) -> str | None: ...
    @property
    def scaling_type(self) -> HyperParameterScalingType | None: ...
    def __init__(
        self,
        *,
        name: str | None = ...,
        min_value: str | None = ...,
        max_value: str | None = ...,
        scaling_type: HyperParameterScalingType | HyperParameterScalingTypeLiteral | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> IntegerParameterRange: ...
    def _to_wire(self) -> dict[str, Any]: ...

class IntegerParameterRangeSpecification(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def min_value(self) -> str: ...
    @property
    def max_value(self) -> str: ...
    def __init__(
        self,
        *,
        min_value: str,
        max_value: str,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> IntegerParameterRangeSpecification: ...
    def _to_wire(self) -> dict[str, Any]: ...
