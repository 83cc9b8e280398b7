# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.throughput_mode import ThroughputMode, as_ThroughputMode, as_ThroughputMode_opt

@attrs.frozen(kw_only=True, slots=False)
class ThroughputConfig(Shape):
    throughput_mode: ThroughputMode = attrs.field(converter=as_ThroughputMode)
    provisioned_read_capacity_units: int | None = None
    provisioned_write_capacity_units: int | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ThroughputConfigDescription(Shape):
    throughput_mode: ThroughputMode | None = attrs.field(default=None, converter=as_ThroughputMode_opt)
    provisioned_read_capacity_units: int | None = None
    provisioned_write_capacity_units: int | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ThroughputConfigUpdate(Shape):
    throughput_mode: ThroughputMode | None = attrs.field(default=None, converter=as_ThroughputMode_opt)
    provisioned_read_capacity_units: int | None = None
    provisioned_write_capacity_units: int | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
