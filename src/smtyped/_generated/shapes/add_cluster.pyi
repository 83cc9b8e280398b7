# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.cluster_instance import ClusterInstanceType, ClusterInstanceTypeLiteral

@attrs.frozen(kw_only=True, slots=False)
class AddClusterNodeSpecification(Shape):
    instance_group_name: str
    increment_target_count_by: int
    availability_zones: list[str] | None = None
    instance_types: list[ClusterInstanceType | ClusterInstanceTypeLiteral] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
