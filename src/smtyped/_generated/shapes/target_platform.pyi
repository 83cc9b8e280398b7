# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.target_platform import (
    TargetPlatformAccelerator,
    TargetPlatformArch,
    TargetPlatformOs,
    as_TargetPlatformAccelerator_opt,
    as_TargetPlatformArch,
    as_TargetPlatformOs,
)

@attrs.frozen(kw_only=True, slots=False)
class TargetPlatform(Shape):
    os: TargetPlatformOs = attrs.field(converter=as_TargetPlatformOs)
    arch: TargetPlatformArch = attrs.field(converter=as_TargetPlatformArch)
    accelerator: TargetPlatformAccelerator | None = attrs.field(
        default=None, converter=as_TargetPlatformAccelerator_opt
    )
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
