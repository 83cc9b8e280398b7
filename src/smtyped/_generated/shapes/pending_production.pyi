# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.production_variant import (
    ProductionVariantAcceleratorType,
    ProductionVariantInstanceType,
    as_ProductionVariantAcceleratorType_opt,
    as_ProductionVariantInstanceType_opt,
)
from smtyped._generated.shapes.deployed_image import DeployedImage
from smtyped._generated.shapes.instance_pool import InstancePoolSummary
from smtyped._generated.shapes.production_variant import (
    ProductionVariantManagedInstanceScaling,
    ProductionVariantRoutingConfig,
    ProductionVariantServerlessConfig,
    ProductionVariantStatus,
)

@attrs.frozen(kw_only=True, slots=False)
class PendingProductionVariantSummary(Shape):
    variant_name: str | None = None
    deployed_images: list[DeployedImage] | None = None
    current_weight: float | None = None
    desired_weight: float | None = None
    current_instance_count: int | None = None
    desired_instance_count: int | None = None
    instance_type: ProductionVariantInstanceType | None = attrs.field(
        default=None, converter=as_ProductionVariantInstanceType_opt
    )
    instance_pools: list[InstancePoolSummary] | None = None
    accelerator_type: ProductionVariantAcceleratorType | None = attrs.field(
        default=None, converter=as_ProductionVariantAcceleratorType_opt
    )
    variant_status: list[ProductionVariantStatus] | None = None
    current_serverless_config: ProductionVariantServerlessConfig | None = None
    desired_serverless_config: ProductionVariantServerlessConfig | None = None
    managed_instance_scaling: ProductionVariantManagedInstanceScaling | None = None
    routing_config: ProductionVariantRoutingConfig | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
