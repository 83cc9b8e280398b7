# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.production_variant import (
    ProductionVariantInstanceType,
    as_ProductionVariantInstanceType_opt,
)
from smtyped._generated.shapes.production_variant import ProductionVariantServerlessConfig

@attrs.frozen(kw_only=True, slots=False)
class EndpointOutputConfiguration(Shape):
    endpoint_name: str | None = None
    variant_name: str | None = None
    instance_type: ProductionVariantInstanceType | None = attrs.field(
        default=None, converter=as_ProductionVariantInstanceType_opt
    )
    initial_instance_count: int | None = None
    serverless_config: ProductionVariantServerlessConfig | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
