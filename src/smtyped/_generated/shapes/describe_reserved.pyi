# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.reserved_capacity import (
    ReservedCapacityInstanceType,
    ReservedCapacityStatus,
    ReservedCapacityType,
    as_ReservedCapacityInstanceType_opt,
    as_ReservedCapacityStatus_opt,
    as_ReservedCapacityType_opt,
)
from smtyped._generated.shapes.ultra_server import UltraServerSummary

@attrs.frozen(kw_only=True, slots=False)
class DescribeReservedCapacityRequest(Shape):
    reserved_capacity_arn: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeReservedCapacityResponse(OutputShape):
    reserved_capacity_arn: str | None = None
    reserved_capacity_type: ReservedCapacityType | None = attrs.field(
        default=None, converter=as_ReservedCapacityType_opt
    )
    status: ReservedCapacityStatus | None = attrs.field(default=None, converter=as_ReservedCapacityStatus_opt)
    availability_zone: str | None = None
    duration_hours: int | None = None
    duration_minutes: int | None = None
    start_time: datetime | None = None
    end_time: datetime | None = None
    instance_type: ReservedCapacityInstanceType | None = attrs.field(
        default=None, converter=as_ReservedCapacityInstanceType_opt
    )
    total_instance_count: int | None = None
    available_instance_count: int | None = None
    in_use_instance_count: int | None = None
    ultra_server_summary: UltraServerSummary | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
