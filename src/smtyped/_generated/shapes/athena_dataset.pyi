# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.athena_result import (
    AthenaResultCompressionType,
    AthenaResultFormat,
    as_AthenaResultCompressionType_opt,
    as_AthenaResultFormat,
)

@attrs.frozen(kw_only=True, slots=False)
class AthenaDatasetDefinition(Shape):
    catalog: str
    database: str
    query_string: str
    output_s3_uri: str
    output_format: AthenaResultFormat = attrs.field(converter=as_AthenaResultFormat)
    work_group: str | None = None
    kms_key_id: str | None = None
    output_compression: AthenaResultCompressionType | None = attrs.field(
        default=None, converter=as_AthenaResultCompressionType_opt
    )
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
