# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.auto_mls3 import AutoMLS3DataType, as_AutoMLS3DataType

@attrs.frozen(kw_only=True, slots=False)
class AutoMLS3DataSource(Shape):
    s3_data_type: AutoMLS3DataType = attrs.field(converter=as_AutoMLS3DataType)
    s3_uri: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
