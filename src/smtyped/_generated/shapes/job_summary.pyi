# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.job_category import JobCategory, as_JobCategory_opt
from smtyped._generated.enums.job_secondary import (
    JobSecondaryStatus,
    as_JobSecondaryStatus_opt,
)
from smtyped._generated.enums.job_status import JobStatus, as_JobStatus_opt

@attrs.frozen(kw_only=True, slots=False)
class JobSummary(Shape):
    job_arn: str | None = None
    job_name: str | None = None
    job_category: JobCategory | None = attrs.field(default=None, converter=as_JobCategory_opt)
    job_status: JobStatus | None = attrs.field(default=None, converter=as_JobStatus_opt)
    job_secondary_status: JobSecondaryStatus | None = attrs.field(default=None, converter=as_JobSecondaryStatus_opt)
    creation_time: datetime | None = None
    last_modified_time: datetime | None = None
    end_time: datetime | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
