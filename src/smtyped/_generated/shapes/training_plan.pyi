# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.sage_maker import SageMakerResourceName, SageMakerResourceNameLiteral
from smtyped._generated.enums.training_plan import (
    TrainingPlanFilterName,
    TrainingPlanStatus,
    as_TrainingPlanFilterName,
    as_TrainingPlanStatus_opt,
)
from smtyped._generated.shapes.reserved_capacity import ReservedCapacityOffering, ReservedCapacitySummary

@attrs.frozen(kw_only=True, slots=False)
class TrainingPlanExtension(Shape):
    training_plan_extension_offering_id: str | None = None
    extended_at: datetime | None = None
    start_date: datetime | None = None
    end_date: datetime | None = None
    status: str | None = None
    payment_status: str | None = None
    availability_zone: str | None = None
    availability_zone_id: str | None = None
    duration_hours: int | None = None
    upfront_fee: str | None = None
    currency_code: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class TrainingPlanExtensionOffering(Shape):
    training_plan_extension_offering_id: str | None = None
    availability_zone: str | None = None
    start_date: datetime | None = None
    end_date: datetime | None = None
    duration_hours: int | None = None
    upfront_fee: str | None = None
    currency_code: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class TrainingPlanFilter(Shape):
    name: TrainingPlanFilterName = attrs.field(converter=as_TrainingPlanFilterName)
    value: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class TrainingPlanOffering(Shape):
    training_plan_offering_id: str | None = None
    target_resources: list[SageMakerResourceName | SageMakerResourceNameLiteral] | None = None
    requested_start_time_after: datetime | None = None
    requested_end_time_before: datetime | None = None
    duration_hours: int | None = None
    duration_minutes: int | None = None
    upfront_fee: str | None = None
    currency_code: str | None = None
    reserved_capacity_offerings: list[ReservedCapacityOffering] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class TrainingPlanSummary(Shape):
    training_plan_arn: str | None = None
    training_plan_name: str | None = None
    status: TrainingPlanStatus | None = attrs.field(default=None, converter=as_TrainingPlanStatus_opt)
    status_message: str | None = None
    duration_hours: int | None = None
    duration_minutes: int | None = None
    start_time: datetime | None = None
    end_time: datetime | None = None
    upfront_fee: str | None = None
    currency_code: str | None = None
    total_instance_count: int | None = None
    available_instance_count: int | None = None
    in_use_instance_count: int | None = None
    total_ultra_server_count: int | None = None
    target_resources: list[SageMakerResourceName | SageMakerResourceNameLiteral] | None = None
    reserved_capacity_summaries: list[ReservedCapacitySummary] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
