# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.training_instance import TrainingInstanceType, as_TrainingInstanceType_opt
from smtyped._generated.shapes.instance_group import InstanceGroup
from smtyped._generated.shapes.instance_placement import InstancePlacementConfig

@attrs.frozen(kw_only=True, slots=False)
class ResourceConfig(Shape):
    instance_type: TrainingInstanceType | None = attrs.field(default=None, converter=as_TrainingInstanceType_opt)
    instance_count: int | None = None
    volume_size_in_gb: int | None = None
    volume_kms_key_id: str | None = None
    keep_alive_period_in_seconds: int | None = None
    instance_groups: list[InstanceGroup] | None = None
    training_plan_arn: str | None = None
    instance_placement_config: InstancePlacementConfig | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ResourceConfigForUpdate(Shape):
    keep_alive_period_in_seconds: int
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
