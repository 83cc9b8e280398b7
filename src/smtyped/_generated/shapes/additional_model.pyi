# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.shapes.s3_model import S3ModelDataSource

@attrs.frozen(kw_only=True, slots=False)
class AdditionalModelDataSource(Shape):
    channel_name: str
    s3_data_source: S3ModelDataSource
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
