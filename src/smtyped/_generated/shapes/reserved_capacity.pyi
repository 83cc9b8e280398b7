# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.reserved_capacity import (
    ReservedCapacityInstanceType,
    ReservedCapacityStatus,
    ReservedCapacityType,
    as_ReservedCapacityInstanceType_opt,
    as_ReservedCapacityStatus_opt,
    as_ReservedCapacityType_opt,
)

@attrs.frozen(kw_only=True, slots=False)
class ReservedCapacityOffering(Shape):
    reserved_capacity_type: ReservedCapacityType | None = attrs.field(
        default=None, converter=as_ReservedCapacityType_opt
    )
    ultra_server_type: str | None = None
    ultra_server_count: int | None = None
    instance_type: ReservedCapacityInstanceType | None = attrs.field(
        default=None, converter=as_ReservedCapacityInstanceType_opt
    )
    instance_count: int | None = None
    availability_zone: str | None = None
    duration_hours: int | None = None
    duration_minutes: int | None = None
    start_time: datetime | None = None
    end_time: datetime | None = None
    extension_start_time: datetime | None = None
    extension_end_time: datetime | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ReservedCapacitySummary(Shape):
    reserved_capacity_arn: str | None = None
    reserved_capacity_type: ReservedCapacityType | None = attrs.field(
        default=None, converter=as_ReservedCapacityType_opt
    )
    ultra_server_type: str | None = None
    ultra_server_count: int | None = None
    instance_type: ReservedCapacityInstanceType | None = attrs.field(
        default=None, converter=as_ReservedCapacityInstanceType_opt
    )
    total_instance_count: int | None = None
    status: ReservedCapacityStatus | None = attrs.field(default=None, converter=as_ReservedCapacityStatus_opt)
    availability_zone: str | None = None
    availability_zone_id: str | None = None
    duration_hours: int | None = None
    duration_minutes: int | None = None
    start_time: datetime | None = None
    end_time: datetime | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
