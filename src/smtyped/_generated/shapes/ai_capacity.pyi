# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.ai_capacity import AICapacityReservationPreference, as_AICapacityReservationPreference_opt

@attrs.frozen(kw_only=True, slots=False)
class AICapacityReservationConfig(Shape):
    capacity_reservation_preference: AICapacityReservationPreference | None = attrs.field(
        default=None, converter=as_AICapacityReservationPreference_opt
    )
    ml_reservation_arns: list[str] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
