# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.target_device import TargetDevice, as_TargetDevice_opt
from smtyped._generated.shapes.target_platform import TargetPlatform

@attrs.frozen(kw_only=True, slots=False)
class OutputConfig(Shape):
    s3_output_location: str
    target_device: TargetDevice | None = attrs.field(default=None, converter=as_TargetDevice_opt)
    target_platform: TargetPlatform | None = None
    compiler_options: str | None = None
    kms_key_id: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
