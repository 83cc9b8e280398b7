# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.shapes.vpc_config import VpcConfig

@attrs.frozen(kw_only=True, slots=False)
class NetworkConfig(Shape):
    enable_inter_container_traffic_encryption: bool | None = None
    enable_network_isolation: bool | None = None
    vpc_config: VpcConfig | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
