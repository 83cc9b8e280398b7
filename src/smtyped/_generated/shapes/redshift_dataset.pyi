# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.redshift_result import (
    RedshiftResultCompressionType,
    RedshiftResultFormat,
    as_RedshiftResultCompressionType_opt,
    as_RedshiftResultFormat,
)

@attrs.frozen(kw_only=True, slots=False)
class RedshiftDatasetDefinition(Shape):
    cluster_id: str
    database: str
    db_user: str
    query_string: str
    cluster_role_arn: str
    output_s3_uri: str
    output_format: RedshiftResultFormat = attrs.field(converter=as_RedshiftResultFormat)
    kms_key_id: str | None = None
    output_compression: RedshiftResultCompressionType | None = attrs.field(
        default=None, converter=as_RedshiftResultCompressionType_opt
    )
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
