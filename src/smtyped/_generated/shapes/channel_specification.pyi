# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.compression_type import CompressionType, CompressionTypeLiteral
from smtyped._generated.enums.training_input import TrainingInputMode, TrainingInputModeLiteral

@attrs.frozen(kw_only=True, slots=False)
class ChannelSpecification(Shape):
    name: str
    supported_content_types: list[str]
    supported_input_modes: list[TrainingInputMode | TrainingInputModeLiteral]
    description: str | None = None
    is_required: bool | None = None
    supported_compression_types: list[CompressionType | CompressionTypeLiteral] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
