# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.activation_state import (
    ActivationState,
    as_ActivationState_opt,
)
from smtyped._generated.enums.scheduler_resource import (
    SchedulerResourceStatus,
    as_SchedulerResourceStatus_opt,
)
from smtyped._generated.shapes.compute_quota import ComputeQuotaConfig, ComputeQuotaTarget
from smtyped._generated.shapes.user_context import UserContext

@attrs.frozen(kw_only=True, slots=False)
class DescribeComputeQuotaRequest(Shape):
    compute_quota_id: str
    compute_quota_version: int | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeComputeQuotaResponse(OutputShape):
    compute_quota_arn: str | None = None
    compute_quota_id: str | None = None
    name: str | None = None
    description: str | None = None
    compute_quota_version: int | None = None
    status: SchedulerResourceStatus | None = attrs.field(default=None, converter=as_SchedulerResourceStatus_opt)
    failure_reason: str | None = None
    cluster_arn: str | None = None
    compute_quota_config: ComputeQuotaConfig | None = None
    compute_quota_target: ComputeQuotaTarget | None = None
    activation_state: ActivationState | None = attrs.field(default=None, converter=as_ActivationState_opt)
    creation_time: datetime | None = None
    created_by: UserContext | None = None
    last_modified_time: datetime | None = None
    last_modified_by: UserContext | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
