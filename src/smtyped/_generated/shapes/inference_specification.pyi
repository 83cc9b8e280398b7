# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.production_variant import (
    ProductionVariantInstanceType,
    ProductionVariantInstanceTypeLiteral,
)
from smtyped._generated.enums.transform_instance import TransformInstanceType, TransformInstanceTypeLiteral
from smtyped._generated.shapes.model_package import ModelPackageContainerDefinition

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
