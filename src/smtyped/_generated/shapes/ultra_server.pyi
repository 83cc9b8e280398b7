# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.reserved_capacity import ReservedCapacityInstanceType, as_ReservedCapacityInstanceType_opt
from smtyped._generated.enums.ultra_server import UltraServerHealthStatus, as_UltraServerHealthStatus_opt

@attrs.frozen(kw_only=True, slots=False)
class UltraServer(Shape):
    ultra_server_id: str | None = None
    ultra_server_type: str | None = None
    availability_zone: str | None = None
    instance_type: ReservedCapacityInstanceType | None = attrs.field(
        default=None, converter=as_ReservedCapacityInstanceType_opt
    )
    total_instance_count: int | None = None
    configured_spare_instance_count: int | None = None
    available_instance_count: int | None = None
    in_use_instance_count: int | None = None
    available_spare_instance_count: int | None = None
    unhealthy_instance_count: int | None = None
    health_status: UltraServerHealthStatus | None = attrs.field(default=None, converter=as_UltraServerHealthStatus_opt)
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class UltraServerInfo(Shape):
    id: str | None = None
    type: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class UltraServerSummary(Shape):
    ultra_server_type: str | None = None
    instance_type: ReservedCapacityInstanceType | None = attrs.field(
        default=None, converter=as_ReservedCapacityInstanceType_opt
    )
    ultra_server_count: int | None = None
    available_spare_instance_count: int | None = None
    unhealthy_instance_count: int | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
