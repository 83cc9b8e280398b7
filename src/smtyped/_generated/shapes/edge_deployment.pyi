# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.failure_handling import (
    FailureHandlingPolicy,
    as_FailureHandlingPolicy,
)
from smtyped._generated.enums.stage_status import StageStatus, as_StageStatus_opt

@attrs.frozen(kw_only=True, slots=False)
class EdgeDeploymentConfig(Shape):
    failure_handling_policy: FailureHandlingPolicy = attrs.field(converter=as_FailureHandlingPolicy)
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class EdgeDeploymentModelConfig(Shape):
    model_handle: str
    edge_packaging_job_name: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class EdgeDeploymentPlanSummary(Shape):
    edge_deployment_plan_arn: str | None = None
    edge_deployment_plan_name: str | None = None
    device_fleet_name: str | None = None
    edge_deployment_success: int | None = None
    edge_deployment_pending: int | None = None
    edge_deployment_failed: int | None = None
    creation_time: datetime | None = None
    last_modified_time: datetime | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class EdgeDeploymentStatus(Shape):
    stage_status: StageStatus | None = attrs.field(default=None, converter=as_StageStatus_opt)
    edge_deployment_success_in_stage: int | None = None
    edge_deployment_pending_in_stage: int | None = None
    edge_deployment_failed_in_stage: int | None = None
    edge_deployment_status_message: str | None = None
    edge_deployment_stage_start_time: datetime | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
