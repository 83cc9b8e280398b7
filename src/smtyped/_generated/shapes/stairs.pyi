# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape

@attrs.frozen(kw_only=True, slots=False)
class Stairs(Shape):
    duration_in_seconds: int | None = None
    number_of_steps: int | None = None
    users_per_step: int | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
