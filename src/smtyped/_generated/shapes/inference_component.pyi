# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.availability_zone import (
    AvailabilityZoneBalanceEnforcementMode,
    as_AvailabilityZoneBalanceEnforcementMode,
)
from smtyped._generated.enums.inference_component import (
    InferenceComponentCapacitySizeType,
    InferenceComponentPlacementStrategy,
    InferenceComponentStatus,
    as_InferenceComponentCapacitySizeType,
    as_InferenceComponentPlacementStrategy,
    as_InferenceComponentStatus_opt,
)
from smtyped._generated.enums.production_variant import (
    ProductionVariantInstanceType,
    as_ProductionVariantInstanceType_opt,
)
from smtyped._generated.shapes.auto_rollback import AutoRollbackConfig
from smtyped._generated.shapes.container_metrics import ContainerMetricsConfig
from smtyped._generated.shapes.deployed_image import DeployedImage

@attrs.frozen(kw_only=True, slots=False)
class InferenceComponentAvailabilityZoneBalance(Shape):
    enforcement_mode: AvailabilityZoneBalanceEnforcementMode = attrs.field(
        converter=as_AvailabilityZoneBalanceEnforcementMode
    )
    max_imbalance: int | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class InferenceComponentCapacitySize(Shape):
    type: InferenceComponentCapacitySizeType = attrs.field(converter=as_InferenceComponentCapacitySizeType)
    value: int
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class InferenceComponentComputeResourceRequirements(Shape):
    min_memory_required_in_mb: int
    number_of_cpu_cores_required: float | None = None
    number_of_accelerator_devices_required: float | None = None
    max_memory_required_in_mb: int | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class InferenceComponentContainerSpecification(Shape):
    image: str | None = None
    artifact_url: str | None = None
    environment: dict[str, str] | None = None
    container_metrics_config: ContainerMetricsConfig | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class InferenceComponentContainerSpecificationSummary(Shape):
    deployed_image: DeployedImage | None = None
    artifact_url: str | None = None
    environment: dict[str, str] | None = None
    container_metrics_config: ContainerMetricsConfig | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class InferenceComponentDataCacheConfig(Shape):
    enable_caching: bool
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class InferenceComponentDataCacheConfigSummary(Shape):
    enable_caching: bool | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class InferenceComponentDeploymentConfig(Shape):
    rolling_update_policy: InferenceComponentRollingUpdatePolicy
    auto_rollback_configuration: AutoRollbackConfig | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class InferenceComponentMetadata(Shape):
    arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class InferenceComponentPlacementStatus(Shape):
    instance_type: ProductionVariantInstanceType | None = attrs.field(
        default=None, converter=as_ProductionVariantInstanceType_opt
    )
    current_copy_count: int | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class InferenceComponentRollingUpdatePolicy(Shape):
    maximum_batch_size: InferenceComponentCapacitySize
    wait_interval_in_seconds: int
    maximum_execution_timeout_in_seconds: int | None = None
    rollback_maximum_batch_size: InferenceComponentCapacitySize | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class InferenceComponentRuntimeConfig(Shape):
    copy_count: int
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class InferenceComponentRuntimeConfigSummary(Shape):
    desired_copy_count: int | None = None
    current_copy_count: int | None = None
    placement_status: list[InferenceComponentPlacementStatus] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class InferenceComponentSchedulingConfig(Shape):
    placement_strategy: InferenceComponentPlacementStrategy = attrs.field(
        converter=as_InferenceComponentPlacementStrategy
    )
    availability_zone_balance: InferenceComponentAvailabilityZoneBalance | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class InferenceComponentSpecification(Shape):
    instance_type: ProductionVariantInstanceType | None = attrs.field(
        default=None, converter=as_ProductionVariantInstanceType_opt
    )
    model_name: str | None = None
    container: InferenceComponentContainerSpecification | None = None
    startup_parameters: InferenceComponentStartupParameters | None = None
    compute_resource_requirements: InferenceComponentComputeResourceRequirements | None = None
    base_inference_component_name: str | None = None
    data_cache_config: InferenceComponentDataCacheConfig | None = None
    scheduling_config: InferenceComponentSchedulingConfig | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class InferenceComponentSpecificationSummary(Shape):
    instance_type: ProductionVariantInstanceType | None = attrs.field(
        default=None, converter=as_ProductionVariantInstanceType_opt
    )
    model_name: str | None = None
    container: InferenceComponentContainerSpecificationSummary | None = None
    startup_parameters: InferenceComponentStartupParameters | None = None
    compute_resource_requirements: InferenceComponentComputeResourceRequirements | None = None
    base_inference_component_name: str | None = None
    data_cache_config: InferenceComponentDataCacheConfigSummary | None = None
    scheduling_config: InferenceComponentSchedulingConfig | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class InferenceComponentStartupParameters(Shape):
    model_data_download_timeout_in_seconds: int | None = None
    container_startup_health_check_timeout_in_seconds: int | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class InferenceComponentSummary(Shape):
    creation_time: datetime | None = None
    inference_component_arn: str | None = None
    inference_component_name: str | None = None
    endpoint_arn: str | None = None
    endpoint_name: str | None = None
    variant_name: str | None = None
    inference_component_status: InferenceComponentStatus | None = attrs.field(
        default=None, converter=as_InferenceComponentStatus_opt
    )
    last_modified_time: datetime | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
