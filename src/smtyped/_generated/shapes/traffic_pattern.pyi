# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.traffic_type import TrafficType, as_TrafficType_opt
from smtyped._generated.shapes.phase import Phase
from smtyped._generated.shapes.stairs import Stairs

@attrs.frozen(kw_only=True, slots=False)
class TrafficPattern(Shape):
    traffic_type: TrafficType | None = attrs.field(default=None, converter=as_TrafficType_opt)
    phases: list[Phase] | None = None
    stairs: Stairs | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
