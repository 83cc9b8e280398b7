# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.shapes.capacity_size import CapacitySize

@attrs.frozen(kw_only=True, slots=False)
class RollingUpdatePolicy(Shape):
    maximum_batch_size: CapacitySize
    wait_interval_in_seconds: int
    maximum_execution_timeout_in_seconds: int | None = None
    rollback_maximum_batch_size: CapacitySize | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
