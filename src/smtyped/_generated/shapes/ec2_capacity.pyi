# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape

@attrs.frozen(kw_only=True, slots=False)
class Ec2CapacityReservation(Shape):
    ec2_capacity_reservation_id: str | None = None
    total_instance_count: int | None = None
    available_instance_count: int | None = None
    used_by_current_endpoint: int | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
