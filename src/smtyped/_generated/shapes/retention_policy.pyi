# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.retention_type import RetentionType, as_RetentionType_opt

@attrs.frozen(kw_only=True, slots=False)
class RetentionPolicy(Shape):
    home_efs_file_system: RetentionType | None = attrs.field(default=None, converter=as_RetentionType_opt)
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
