# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.device_subset import DeviceSubsetType, as_DeviceSubsetType

@attrs.frozen(kw_only=True, slots=False)
class DeviceSelectionConfig(Shape):
    device_subset_type: DeviceSubsetType = attrs.field(converter=as_DeviceSubsetType)
    percentage: int | None = None
    device_names: list[str] | None = None
    device_name_contains: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
