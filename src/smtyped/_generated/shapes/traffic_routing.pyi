# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.traffic_routing import TrafficRoutingConfigType, as_TrafficRoutingConfigType
from smtyped._generated.shapes.capacity_size import CapacitySize

@attrs.frozen(kw_only=True, slots=False)
class TrafficRoutingConfig(Shape):
    type: TrafficRoutingConfigType = attrs.field(converter=as_TrafficRoutingConfigType)
    wait_interval_in_seconds: int
    canary_size: CapacitySize | None = None
    linear_step_size: CapacitySize | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
