# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.shapes.scaling_policy import ScalingPolicy

@attrs.frozen(kw_only=True, slots=False)
class DynamicScalingConfiguration(Shape):
    min_capacity: int | None = None
    max_capacity: int | None = None
    scale_in_cooldown: int | None = None
    scale_out_cooldown: int | None = None
    scaling_policies: list[ScalingPolicy] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
