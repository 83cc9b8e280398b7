# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.execution_status import (
    ExecutionStatus,
    as_ExecutionStatus_opt,
)
from smtyped._generated.enums.monitoring_type import (
    MonitoringType,
    as_MonitoringType_opt,
)

@attrs.frozen(kw_only=True, slots=False)
class MonitoringExecutionSummary(Shape):
    monitoring_schedule_name: str | None = None
    scheduled_time: datetime | None = None
    creation_time: datetime | None = None
    last_modified_time: datetime | None = None
    monitoring_execution_status: ExecutionStatus | None = attrs.field(default=None, converter=as_ExecutionStatus_opt)
    processing_job_arn: str | None = None
    endpoint_name: str | None = None
    failure_reason: str | None = None
    monitoring_job_definition_name: str | None = None
    monitoring_type: MonitoringType | None = attrs.field(default=None, converter=as_MonitoringType_opt)
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
