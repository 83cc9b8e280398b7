# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.scheduler_resource import (
    SchedulerResourceStatus,
    as_SchedulerResourceStatus_opt,
)

@attrs.frozen(kw_only=True, slots=False)
class ClusterSchedulerConfigSummary(Shape):
    cluster_scheduler_config_arn: str | None = None
    cluster_scheduler_config_id: str | None = None
    cluster_scheduler_config_version: int | None = None
    name: str | None = None
    creation_time: datetime | None = None
    last_modified_time: datetime | None = None
    status: SchedulerResourceStatus | None = attrs.field(default=None, converter=as_SchedulerResourceStatus_opt)
    cluster_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
