# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.additional_s3 import AdditionalS3DataSourceDataType, as_AdditionalS3DataSourceDataType
from smtyped._generated.enums.compression_type import CompressionType, as_CompressionType_opt

@attrs.frozen(kw_only=True, slots=False)
class AdditionalS3DataSource(Shape):
    s3_data_type: AdditionalS3DataSourceDataType = attrs.field(converter=as_AdditionalS3DataSourceDataType)
    s3_uri: str
    compression_type: CompressionType | None = attrs.field(default=None, converter=as_CompressionType_opt)
    e_tag: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
