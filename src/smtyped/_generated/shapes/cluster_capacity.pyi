# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.shapes.cluster_on import ClusterOnDemandOptions
from smtyped._generated.shapes.cluster_spot import ClusterSpotOptions

@attrs.frozen(kw_only=True, slots=False)
class ClusterCapacityRequirements(Shape):
    spot: ClusterSpotOptions | None = None
    on_demand: ClusterOnDemandOptions | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
