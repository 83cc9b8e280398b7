# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.model_metadata import ModelMetadataFilterType, as_ModelMetadataFilterType

@attrs.frozen(kw_only=True, slots=False)
class ModelMetadataFilter(Shape):
    name: ModelMetadataFilterType = attrs.field(converter=as_ModelMetadataFilterType)
    value: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ModelMetadataSearchExpression(Shape):
    filters: list[ModelMetadataFilter] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ModelMetadataSummary(Shape):
    domain: str | None = None
    framework: str | None = None
    task: str | None = None
    model: str | None = None
    framework_version: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
