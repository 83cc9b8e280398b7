# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.warm_pool import WarmPoolResourceStatus, as_WarmPoolResourceStatus_opt

@attrs.frozen(kw_only=True, slots=False)
class WarmPoolStatus(Shape):
    status: WarmPoolResourceStatus | None = attrs.field(default=None, converter=as_WarmPoolResourceStatus_opt)
    resource_retained_billable_time_in_seconds: int | None = None
    reused_by_job: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
