# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.edge_packaging import (
    EdgePackagingJobStatus,
    as_EdgePackagingJobStatus_opt,
)

@attrs.frozen(kw_only=True, slots=False)
class EdgePackagingJobSummary(Shape):
    edge_packaging_job_arn: str | None = None
    edge_packaging_job_name: str | None = None
    edge_packaging_job_status: EdgePackagingJobStatus | None = attrs.field(
        default=None, converter=as_EdgePackagingJobStatus_opt
    )
    compilation_job_name: str | None = None
    model_name: str | None = None
    model_version: str | None = None
    creation_time: datetime | None = None
    last_modified_time: datetime | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
