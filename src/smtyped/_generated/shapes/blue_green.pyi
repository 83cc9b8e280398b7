# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.shapes.traffic_routing import TrafficRoutingConfig

@attrs.frozen(kw_only=True, slots=False)
class BlueGreenUpdatePolicy(Shape):
    traffic_routing_configuration: TrafficRoutingConfig
    termination_wait_in_seconds: int | None = None
    maximum_execution_timeout_in_seconds: int | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
