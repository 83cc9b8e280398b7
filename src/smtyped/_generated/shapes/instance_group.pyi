# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.deep_health import DeepHealthCheckType, DeepHealthCheckTypeLiteral
from smtyped._generated.enums.training_instance import TrainingInstanceType, as_TrainingInstanceType
from smtyped._generated.shapes.capacity_reservation import CapacityReservation

@attrs.frozen(kw_only=True, slots=False)
class InstanceGroup(Shape):
    instance_type: TrainingInstanceType = attrs.field(converter=as_TrainingInstanceType)
    instance_count: int
    instance_group_name: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class InstanceGroupHealthCheckConfiguration(Shape):
    instance_group_name: str
    deep_health_checks: list[DeepHealthCheckType | DeepHealthCheckTypeLiteral]
    instance_ids: list[str] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class InstanceGroupMetadata(Shape):
    failure_message: str | None = None
    availability_zone_id: str | None = None
    capacity_reservation: CapacityReservation | None = None
    subnet_id: str | None = None
    security_group_ids: list[str] | None = None
    ami_override: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class InstanceGroupScalingMetadata(Shape):
    instance_count: int | None = None
    target_count: int | None = None
    min_count: int | None = None
    failure_message: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
