# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._p import ProductionVariant as ProductionVariant
from smtyped._generated.shapes._p import (
    ProductionVariantCapacityReservationConfig as ProductionVariantCapacityReservationConfig,
)
from smtyped._generated.shapes._p import (
    ProductionVariantCapacityReservationSummary as ProductionVariantCapacityReservationSummary,
)
from smtyped._generated.shapes._p import ProductionVariantCoreDumpConfig as ProductionVariantCoreDumpConfig
from smtyped._generated.shapes._p import (
    ProductionVariantManagedInstanceScaling as ProductionVariantManagedInstanceScaling,
)
from smtyped._generated.shapes._p import (
    ProductionVariantManagedInstanceScalingScaleInPolicy as ProductionVariantManagedInstanceScalingScaleInPolicy,
)
from smtyped._generated.shapes._p import ProductionVariantRoutingConfig as ProductionVariantRoutingConfig
from smtyped._generated.shapes._p import ProductionVariantServerlessConfig as ProductionVariantServerlessConfig
from smtyped._generated.shapes._p import (
    ProductionVariantServerlessUpdateConfig as ProductionVariantServerlessUpdateConfig,
)
from smtyped._generated.shapes._p import ProductionVariantStatus as ProductionVariantStatus
from smtyped._generated.shapes._p import ProductionVariantSummary as ProductionVariantSummary

__all__ = [
    "ProductionVariant",
    "ProductionVariantCapacityReservationConfig",
    "ProductionVariantCapacityReservationSummary",
    "ProductionVariantCoreDumpConfig",
    "ProductionVariantManagedInstanceScaling",
    "ProductionVariantManagedInstanceScalingScaleInPolicy",
    "ProductionVariantRoutingConfig",
    "ProductionVariantServerlessConfig",
    "ProductionVariantServerlessUpdateConfig",
    "ProductionVariantStatus",
    "ProductionVariantSummary",
]
