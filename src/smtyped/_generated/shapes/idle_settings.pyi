# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.lifecycle_management import LifecycleManagement, as_LifecycleManagement_opt

@attrs.frozen(kw_only=True, slots=False)
class IdleSettings(Shape):
    lifecycle_management: LifecycleManagement | None = attrs.field(default=None, converter=as_LifecycleManagement_opt)
    idle_timeout_in_minutes: int | None = None
    min_idle_timeout_in_minutes: int | None = None
    max_idle_timeout_in_minutes: int | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
