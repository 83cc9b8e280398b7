# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.endpoint_status import (
    EndpointStatus,
    as_EndpointStatus_opt,
)
from smtyped._generated.enums.model_card import (
    ModelCardStatus,
    as_ModelCardStatus_opt,
)
from smtyped._generated.enums.monitoring_type import (
    MonitoringType,
    as_MonitoringType_opt,
)
from smtyped._generated.enums.schedule_status import (
    ScheduleStatus,
    as_ScheduleStatus_opt,
)
from smtyped._generated.shapes.batch_transform import BatchTransformInput
from smtyped._generated.shapes.model import Model
from smtyped._generated.shapes.model_card import ModelCardSecurityConfig
from smtyped._generated.shapes.monitoring_alert import MonitoringAlertSummary
from smtyped._generated.shapes.monitoring_execution import MonitoringExecutionSummary
from smtyped._generated.shapes.monitoring_schedule import MonitoringScheduleConfig
from smtyped._generated.shapes.tag import Tag
from smtyped._generated.shapes.transform_job import TransformJob
from smtyped._generated.shapes.user_context import UserContext

@attrs.frozen(kw_only=True, slots=False)
class ModelDashboardEndpoint(Shape):
    endpoint_name: str | None = None
    endpoint_arn: str | None = None
    creation_time: datetime | None = None
    last_modified_time: datetime | None = None
    endpoint_status: EndpointStatus | None = attrs.field(default=None, converter=as_EndpointStatus_opt)
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ModelDashboardIndicatorAction(Shape):
    enabled: bool | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ModelDashboardModel(Shape):
    model: Model | None = None
    endpoints: list[ModelDashboardEndpoint] | None = None
    last_batch_transform_job: TransformJob | None = None
    monitoring_schedules: list[ModelDashboardMonitoringSchedule] | None = None
    model_card: ModelDashboardModelCard | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ModelDashboardModelCard(Shape):
    model_card_arn: str | None = None
    model_card_name: str | None = None
    model_card_version: int | None = None
    model_card_status: ModelCardStatus | None = attrs.field(default=None, converter=as_ModelCardStatus_opt)
    security_config: ModelCardSecurityConfig | None = None
    creation_time: datetime | None = None
    created_by: UserContext | None = None
    last_modified_time: datetime | None = None
    last_modified_by: UserContext | None = None
    tags: list[Tag] | None = None
    model_id: str | None = None
    risk_rating: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ModelDashboardMonitoringSchedule(Shape):
    monitoring_schedule_arn: str | None = None
    monitoring_schedule_name: str | None = None
    monitoring_schedule_status: ScheduleStatus | None = attrs.field(default=None, converter=as_ScheduleStatus_opt)
    monitoring_type: MonitoringType | None = attrs.field(default=None, converter=as_MonitoringType_opt)
    failure_reason: str | None = None
    creation_time: datetime | None = None
    last_modified_time: datetime | None = None
    monitoring_schedule_config: MonitoringScheduleConfig | None = None
    endpoint_name: str | None = None
    monitoring_alert_summaries: list[MonitoringAlertSummary] | None = None
    last_monitoring_execution_summary: MonitoringExecutionSummary | None = None
    batch_transform_input: BatchTransformInput | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
