# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.s3_data import S3DataType, as_S3DataType

@attrs.frozen(kw_only=True, slots=False)
class TransformS3DataSource(Shape):
    s3_data_type: S3DataType = attrs.field(converter=as_S3DataType)
    s3_uri: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
