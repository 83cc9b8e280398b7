# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.model_variant import ModelVariantStatus, as_ModelVariantStatus_opt
from smtyped._generated.shapes.model_infrastructure import ModelInfrastructureConfig

@attrs.frozen(kw_only=True, slots=False)
class ModelVariantConfig(Shape):
    model_name: str
    variant_name: str
    infrastructure_config: ModelInfrastructureConfig
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ModelVariantConfigSummary(Shape):
    model_name: str | None = None
    variant_name: str | None = None
    infrastructure_config: ModelInfrastructureConfig | None = None
    status: ModelVariantStatus | None = attrs.field(default=None, converter=as_ModelVariantStatus_opt)
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
