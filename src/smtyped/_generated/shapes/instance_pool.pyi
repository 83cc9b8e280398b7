# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.production_variant import (
    ProductionVariantInstanceType,
    as_ProductionVariantInstanceType,
    as_ProductionVariantInstanceType_opt,
)

@attrs.frozen(kw_only=True, slots=False)
class InstancePool(Shape):
    instance_type: ProductionVariantInstanceType = attrs.field(converter=as_ProductionVariantInstanceType)
    priority: int
    model_name_override: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class InstancePoolSummary(Shape):
    instance_type: ProductionVariantInstanceType | None = attrs.field(
        default=None, converter=as_ProductionVariantInstanceType_opt
    )
    current_instance_count: int | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
