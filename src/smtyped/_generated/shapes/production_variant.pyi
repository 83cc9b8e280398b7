# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.capacity_reservation import (
    CapacityReservationPreference,
    as_CapacityReservationPreference_opt,
)
from smtyped._generated.enums.managed_instance import (
    ManagedInstanceScalingScaleInStrategy,
    ManagedInstanceScalingStatus,
    as_ManagedInstanceScalingScaleInStrategy,
    as_ManagedInstanceScalingStatus_opt,
)
from smtyped._generated.enums.production_variant import (
    ProductionVariantAcceleratorType,
    ProductionVariantInferenceAmiVersion,
    ProductionVariantInstanceType,
    as_ProductionVariantAcceleratorType_opt,
    as_ProductionVariantInferenceAmiVersion_opt,
    as_ProductionVariantInstanceType_opt,
)
from smtyped._generated.enums.routing_strategy import (
    RoutingStrategy,
    as_RoutingStrategy,
)
from smtyped._generated.enums.variant_status import (
    VariantStatus,
    as_VariantStatus_opt,
)
from smtyped._generated.shapes.deployed_image import DeployedImage
from smtyped._generated.shapes.ec2_capacity import Ec2CapacityReservation
from smtyped._generated.shapes.instance_pool import InstancePool, InstancePoolSummary

@attrs.frozen(kw_only=True, slots=False)
class ProductionVariant(Shape):
    variant_name: str
    model_name: str | None = None
    initial_instance_count: int | None = None
    instance_type: ProductionVariantInstanceType | None = attrs.field(
        default=None, converter=as_ProductionVariantInstanceType_opt
    )
    instance_pools: list[InstancePool] | None = None
    variant_instance_provision_timeout_in_seconds: int | None = None
    initial_variant_weight: float | None = None
    accelerator_type: ProductionVariantAcceleratorType | None = attrs.field(
        default=None, converter=as_ProductionVariantAcceleratorType_opt
    )
    core_dump_config: ProductionVariantCoreDumpConfig | None = None
    serverless_config: ProductionVariantServerlessConfig | None = None
    volume_size_in_gb: int | None = None
    model_data_download_timeout_in_seconds: int | None = None
    container_startup_health_check_timeout_in_seconds: int | None = None
    enable_ssm_access: bool | None = None
    managed_instance_scaling: ProductionVariantManagedInstanceScaling | None = None
    routing_config: ProductionVariantRoutingConfig | None = None
    inference_ami_version: ProductionVariantInferenceAmiVersion | None = attrs.field(
        default=None, converter=as_ProductionVariantInferenceAmiVersion_opt
    )
    capacity_reservation_config: ProductionVariantCapacityReservationConfig | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ProductionVariantCapacityReservationConfig(Shape):
    capacity_reservation_preference: CapacityReservationPreference | None = attrs.field(
        default=None, converter=as_CapacityReservationPreference_opt
    )
    ml_reservation_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ProductionVariantCapacityReservationSummary(Shape):
    ml_reservation_arn: str | None = None
    capacity_reservation_preference: CapacityReservationPreference | None = attrs.field(
        default=None, converter=as_CapacityReservationPreference_opt
    )
    total_instance_count: int | None = None
    available_instance_count: int | None = None
    used_by_current_endpoint: int | None = None
    ec2_capacity_reservations: list[Ec2CapacityReservation] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ProductionVariantCoreDumpConfig(Shape):
    destination_s3_uri: str
    kms_key_id: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ProductionVariantManagedInstanceScaling(Shape):
    status: ManagedInstanceScalingStatus | None = attrs.field(
        default=None, converter=as_ManagedInstanceScalingStatus_opt
    )
    min_instance_count: int | None = None
    max_instance_count: int | None = None
    scale_in_policy: ProductionVariantManagedInstanceScalingScaleInPolicy | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ProductionVariantManagedInstanceScalingScaleInPolicy(Shape):
    strategy: ManagedInstanceScalingScaleInStrategy = attrs.field(converter=as_ManagedInstanceScalingScaleInStrategy)
    maximum_step_size: int | None = None
    cooldown_in_minutes: int | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ProductionVariantRoutingConfig(Shape):
    routing_strategy: RoutingStrategy = attrs.field(converter=as_RoutingStrategy)
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ProductionVariantServerlessConfig(Shape):
    memory_size_in_mb: int
    max_concurrency: int
    provisioned_concurrency: int | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ProductionVariantServerlessUpdateConfig(Shape):
    max_concurrency: int | None = None
    provisioned_concurrency: int | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ProductionVariantStatus(Shape):
    status: VariantStatus | None = attrs.field(default=None, converter=as_VariantStatus_opt)
    status_message: str | None = None
    start_time: datetime | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ProductionVariantSummary(Shape):
    variant_name: str | None = None
    deployed_images: list[DeployedImage] | None = None
    current_weight: float | None = None
    desired_weight: float | None = None
    current_instance_count: int | None = None
    desired_instance_count: int | None = None
    instance_pools: list[InstancePoolSummary] | None = None
    variant_status: list[ProductionVariantStatus] | None = None
    current_serverless_config: ProductionVariantServerlessConfig | None = None
    desired_serverless_config: ProductionVariantServerlessConfig | None = None
    managed_instance_scaling: ProductionVariantManagedInstanceScaling | None = None
    routing_config: ProductionVariantRoutingConfig | None = None
    capacity_reservation_config: ProductionVariantCapacityReservationSummary | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
