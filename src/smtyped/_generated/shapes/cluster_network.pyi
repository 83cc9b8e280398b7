# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.cluster_interface import ClusterInterfaceType, as_ClusterInterfaceType_opt

@attrs.frozen(kw_only=True, slots=False)
class ClusterNetworkInterface(Shape):
    interface_type: ClusterInterfaceType | None = attrs.field(default=None, converter=as_ClusterInterfaceType_opt)
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ClusterNetworkInterfaceDetails(Shape):
    interface_type: ClusterInterfaceType | None = attrs.field(default=None, converter=as_ClusterInterfaceType_opt)
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
