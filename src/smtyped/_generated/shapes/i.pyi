# Generated stub for the module beside it. Do not edit.
# The attrs classes without their bodies and docstrings: mypy reads this instead of the
# module, which keeps cold type-checking of user scripts fast.
from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.f import Framework, as_Framework
from smtyped._generated.enums.h import (
    HyperParameterScalingType,
    as_HyperParameterScalingType_opt,
)
from smtyped._generated.enums.i import (
    InferenceExecutionMode,
    as_InferenceExecutionMode,
)
from smtyped._generated.enums.p import (
    ProductionVariantInstanceType,
    ProductionVariantInstanceTypeLiteral,
    as_ProductionVariantInstanceType_opt,
)
from smtyped._generated.enums.r import (
    RecommendationJobStatus,
    RecommendationStepType,
    RepositoryAccessMode,
    as_RecommendationJobStatus_opt,
    as_RecommendationStepType_opt,
    as_RepositoryAccessMode,
)
from smtyped._generated.enums.t import (
    TrainingInstanceType,
    TransformInstanceType,
    TransformInstanceTypeLiteral,
    as_TrainingInstanceType,
    as_TrainingInstanceType_opt,
)
from smtyped._generated.shapes.a import AdditionalEnis
from smtyped._generated.shapes.c import CapacityReservation
from smtyped._generated.shapes.m import ModelPackageContainerDefinition
from smtyped._generated.shapes.p import PlacementSpecification
from smtyped._generated.shapes.r import RecommendationJobInferenceBenchmark, RepositoryAuthConfig

@attrs.frozen(kw_only=True, slots=False)
class IamIdentity(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    arn: str | None = None
    principal_id: str | None = None
    source_identity: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> IamIdentity: ...
    def _to_wire(self) -> dict[str, Any]: ...

@attrs.frozen(kw_only=True, slots=False)
class ImageConfig(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    repository_access_mode: RepositoryAccessMode = attrs.field(converter=as_RepositoryAccessMode)
    repository_auth_config: RepositoryAuthConfig | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> ImageConfig: ...
    def _to_wire(self) -> dict[str, Any]: ...

@attrs.frozen(kw_only=True, slots=False)
class InferenceExecutionConfig(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    mode: InferenceExecutionMode = attrs.field(converter=as_InferenceExecutionMode)
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> InferenceExecutionConfig: ...
    def _to_wire(self) -> dict[str, Any]: ...

@attrs.frozen(kw_only=True, slots=False)
class InferenceHubAccessConfig(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    hub_content_arn: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> InferenceHubAccessConfig: ...
    def _to_wire(self) -> dict[str, Any]: ...

@attrs.frozen(kw_only=True, slots=False)
class InferenceRecommendationsJobStep(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    step_type: RecommendationStepType | None = attrs.field(default=None, converter=as_RecommendationStepType_opt)
    job_name: str | None = None
    status: RecommendationJobStatus | None = attrs.field(default=None, converter=as_RecommendationJobStatus_opt)
    inference_benchmark: RecommendationJobInferenceBenchmark | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> InferenceRecommendationsJobStep: ...
    def _to_wire(self) -> dict[str, Any]: ...

@attrs.frozen(kw_only=True, slots=False)
class InferenceSpecification(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    containers: list[ModelPackageContainerDefinition]
    supported_transform_instance_types: list[TransformInstanceType | TransformInstanceTypeLiteral] | None = None
    supported_realtime_inference_instance_types: (
        list[ProductionVariantInstanceType | ProductionVariantInstanceTypeLiteral] | None
    ) = None
    supported_content_types: list[str] | None = None
    supported_response_mime_types: list[str] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> InferenceSpecification: ...
    def _to_wire(self) -> dict[str, Any]: ...

@attrs.frozen(kw_only=True, slots=False)
class InputConfig(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    s3_uri: str
    data_input_config: str
    framework: Framework = attrs.field(converter=as_Framework)
    framework_version: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> InputConfig: ...
    def _to_wire(self) -> dict[str, Any]: ...

@attrs.frozen(kw_only=True, slots=False)
class InstanceGroup(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    instance_type: TrainingInstanceType = attrs.field(converter=as_TrainingInstanceType)
    instance_count: int
    instance_group_name: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> InstanceGroup: ...
    def _to_wire(self) -> dict[str, Any]: ...

@attrs.frozen(kw_only=True, slots=False)
class InstanceGroupMetadata(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    failure_message: str | None = None
    availability_zone_id: str | None = None
    capacity_reservation: CapacityReservation | None = None
    subnet_id: str | None = None
    security_group_ids: list[str] | None = None
    ami_override: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> InstanceGroupMetadata: ...
    def _to_wire(self) -> dict[str, Any]: ...

@attrs.frozen(kw_only=True, slots=False)
class InstanceGroupScalingMetadata(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    instance_count: int | None = None
    target_count: int | None = None
    failure_message: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> InstanceGroupScalingMetadata: ...
    def _to_wire(self) -> dict[str, Any]: ...

@attrs.frozen(kw_only=True, slots=False)
class InstanceMetadata(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    customer_eni: str | None = None
    additional_enis: AdditionalEnis | None = None
    capacity_reservation: CapacityReservation | None = None
    failure_message: str | None = None
    lcs_execution_state: str | None = None
    node_logical_id: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> InstanceMetadata: ...
    def _to_wire(self) -> dict[str, Any]: ...

@attrs.frozen(kw_only=True, slots=False)
class InstanceMetadataServiceConfiguration(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    minimum_instance_metadata_service_version: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> InstanceMetadataServiceConfiguration: ...
    def _to_wire(self) -> dict[str, Any]: ...

@attrs.frozen(kw_only=True, slots=False)
class InstancePlacementConfig(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    enable_multiple_jobs: bool | None = None
    placement_specifications: list[PlacementSpecification] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> InstancePlacementConfig: ...
    def _to_wire(self) -> dict[str, Any]: ...

@attrs.frozen(kw_only=True, slots=False)
class InstancePoolSummary(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    instance_type: ProductionVariantInstanceType | None = attrs.field(
        default=None, converter=as_ProductionVariantInstanceType_opt
    )
    current_instance_count: int | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> InstancePoolSummary: ...
    def _to_wire(self) -> dict[str, Any]: ...

@attrs.frozen(kw_only=True, slots=False)
class InstancePreference(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    instance_type: TrainingInstanceType | None = attrs.field(default=None, converter=as_TrainingInstanceType_opt)
    instance_count: int | None = None
    training_plan_arns: list[str] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> InstancePreference: ...
    def _to_wire(self) -> dict[str, Any]: ...

@attrs.frozen(kw_only=True, slots=False)
class IntegerParameterRange(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    name: str | None = None
    min_value: str | None = None
    max_value: str | None = None
    scaling_type: HyperParameterScalingType | None = attrs.field(
        default=None, converter=as_HyperParameterScalingType_opt
    )
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> IntegerParameterRange: ...
    def _to_wire(self) -> dict[str, Any]: ...

@attrs.frozen(kw_only=True, slots=False)
class IntegerParameterRangeSpecification(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    min_value: str
    max_value: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> IntegerParameterRangeSpecification: ...
    def _to_wire(self) -> dict[str, Any]: ...
