# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.compression_type import CompressionType, as_CompressionType_opt
from smtyped._generated.enums.split_type import SplitType, as_SplitType_opt
from smtyped._generated.shapes.transform_data import TransformDataSource

@attrs.frozen(kw_only=True, slots=False)
class TransformInput(Shape):
    data_source: TransformDataSource
    content_type: str | None = None
    compression_type: CompressionType | None = attrs.field(default=None, converter=as_CompressionType_opt)
    split_type: SplitType | None = attrs.field(default=None, converter=as_SplitType_opt)
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
