# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.shapes.production_variant import ProductionVariantServerlessUpdateConfig

@attrs.frozen(kw_only=True, slots=False)
class DesiredWeightAndCapacity(Shape):
    variant_name: str
    desired_weight: float | None = None
    desired_instance_count: int | None = None
    serverless_update_config: ProductionVariantServerlessUpdateConfig | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
