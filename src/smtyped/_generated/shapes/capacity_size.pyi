# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.capacity_size import CapacitySizeType, as_CapacitySizeType
from smtyped._generated.enums.node_unavailability import NodeUnavailabilityType, as_NodeUnavailabilityType

@attrs.frozen(kw_only=True, slots=False)
class CapacitySize(Shape):
    type: CapacitySizeType = attrs.field(converter=as_CapacitySizeType)
    value: int
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CapacitySizeConfig(Shape):
    type: NodeUnavailabilityType = attrs.field(converter=as_NodeUnavailabilityType)
    value: int
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
