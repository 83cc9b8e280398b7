# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.job_secondary import (
    JobSecondaryStatus,
    as_JobSecondaryStatus_opt,
)

@attrs.frozen(kw_only=True, slots=False)
class JobSecondaryStatusTransition(Shape):
    status: JobSecondaryStatus | None = attrs.field(default=None, converter=as_JobSecondaryStatus_opt)
    start_time: datetime | None = None
    end_time: datetime | None = None
    status_message: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
