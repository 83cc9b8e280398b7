# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.resource_sharing import ResourceSharingStrategy, as_ResourceSharingStrategy
from smtyped._generated.shapes.compute_quota import ComputeQuotaResourceConfig

@attrs.frozen(kw_only=True, slots=False)
class ResourceSharingConfig(Shape):
    strategy: ResourceSharingStrategy = attrs.field(converter=as_ResourceSharingStrategy)
    borrow_limit: int | None = None
    absolute_borrow_limits: list[ComputeQuotaResourceConfig] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
