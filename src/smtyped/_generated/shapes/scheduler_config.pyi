# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.fair_share import FairShare, as_FairShare_opt
from smtyped._generated.enums.idle_resource import IdleResourceSharing, as_IdleResourceSharing_opt
from smtyped._generated.shapes.priority_class import PriorityClass

@attrs.frozen(kw_only=True, slots=False)
class SchedulerConfig(Shape):
    priority_classes: list[PriorityClass] | None = None
    fair_share: FairShare | None = attrs.field(default=None, converter=as_FairShare_opt)
    idle_resource_sharing: IdleResourceSharing | None = attrs.field(default=None, converter=as_IdleResourceSharing_opt)
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
