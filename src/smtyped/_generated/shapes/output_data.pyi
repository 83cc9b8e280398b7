# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.output_compression import OutputCompressionType, as_OutputCompressionType_opt

@attrs.frozen(kw_only=True, slots=False)
class OutputDataConfig(Shape):
    s3_output_path: str
    kms_key_id: str | None = None
    compression_type: OutputCompressionType | None = attrs.field(default=None, converter=as_OutputCompressionType_opt)
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
