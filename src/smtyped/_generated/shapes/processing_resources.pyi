# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.shapes.processing_cluster import ProcessingClusterConfig

@attrs.frozen(kw_only=True, slots=False)
class ProcessingResources(Shape):
    cluster_config: ProcessingClusterConfig
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
