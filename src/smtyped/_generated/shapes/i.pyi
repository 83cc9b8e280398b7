# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.f import Framework, as_Framework
from smtyped._generated.enums.h import HyperParameterScalingType, as_HyperParameterScalingType_opt
from smtyped._generated.enums.i import InferenceExecutionMode, as_InferenceExecutionMode
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
    arn: str | None = None
    principal_id: str | None = None
    source_identity: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ImageConfig(Shape):
    repository_access_mode: RepositoryAccessMode = attrs.field(converter=as_RepositoryAccessMode)
    repository_auth_config: RepositoryAuthConfig | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class InferenceExecutionConfig(Shape):
    mode: InferenceExecutionMode = attrs.field(converter=as_InferenceExecutionMode)
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class InferenceHubAccessConfig(Shape):
    hub_content_arn: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class InferenceRecommendationsJobStep(Shape):
    step_type: RecommendationStepType | None = attrs.field(default=None, converter=as_RecommendationStepType_opt)
    job_name: str | None = None
    status: RecommendationJobStatus | None = attrs.field(default=None, converter=as_RecommendationJobStatus_opt)
    inference_benchmark: RecommendationJobInferenceBenchmark | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class InferenceSpecification(Shape):
    containers: list[ModelPackageContainerDefinition]
    supported_transform_instance_types: list[TransformInstanceType | TransformInstanceTypeLiteral] | None = None
    supported_realtime_inference_instance_types: (
        list[ProductionVariantInstanceType | ProductionVariantInstanceTypeLiteral] | None
    ) = None
    supported_content_types: list[str] | None = None
    supported_response_mime_types: list[str] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class InputConfig(Shape):
    s3_uri: str
    data_input_config: str
    framework: Framework = attrs.field(converter=as_Framework)
    framework_version: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class InstanceGroup(Shape):
    instance_type: TrainingInstanceType = attrs.field(converter=as_TrainingInstanceType)
    instance_count: int
    instance_group_name: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class InstanceGroupMetadata(Shape):
    failure_message: str | None = None
    availability_zone_id: str | None = None
    capacity_reservation: CapacityReservation | None = None
    subnet_id: str | None = None
    security_group_ids: list[str] | None = None
    ami_override: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class InstanceGroupScalingMetadata(Shape):
    instance_count: int | None = None
    target_count: int | None = None
    failure_message: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class InstanceMetadata(Shape):
    customer_eni: str | None = None
    additional_enis: AdditionalEnis | None = None
    capacity_reservation: CapacityReservation | None = None
    failure_message: str | None = None
    lcs_execution_state: str | None = None
    node_logical_id: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class InstanceMetadataServiceConfiguration(Shape):
    minimum_instance_metadata_service_version: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class InstancePlacementConfig(Shape):
    enable_multiple_jobs: bool | None = None
    placement_specifications: list[PlacementSpecification] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class InstancePoolSummary(Shape):
    instance_type: ProductionVariantInstanceType | None = attrs.field(
        default=None, converter=as_ProductionVariantInstanceType_opt
    )
    current_instance_count: int | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class InstancePreference(Shape):
    instance_type: TrainingInstanceType | None = attrs.field(default=None, converter=as_TrainingInstanceType_opt)
    instance_count: int | None = None
    training_plan_arns: list[str] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class IntegerParameterRange(Shape):
    name: str | None = None
    min_value: str | None = None
    max_value: str | None = None
    scaling_type: HyperParameterScalingType | None = attrs.field(
        default=None, converter=as_HyperParameterScalingType_opt
    )
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class IntegerParameterRangeSpecification(Shape):
    min_value: str
    max_value: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
