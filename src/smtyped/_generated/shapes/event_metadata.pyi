# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.shapes.cluster_metadata import ClusterMetadata
from smtyped._generated.shapes.instance_group import InstanceGroupMetadata, InstanceGroupScalingMetadata
from smtyped._generated.shapes.instance_metadata import InstanceMetadata

@attrs.frozen(kw_only=True, slots=False)
class EventMetadata(Shape):
    cluster: ClusterMetadata | None = None
    instance_group: InstanceGroupMetadata | None = None
    instance_group_scaling: InstanceGroupScalingMetadata | None = None
    instance: InstanceMetadata | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
