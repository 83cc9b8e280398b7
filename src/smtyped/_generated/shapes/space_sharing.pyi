# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.sharing_type import SharingType, as_SharingType, as_SharingType_opt

@attrs.frozen(kw_only=True, slots=False)
class SpaceSharingSettings(Shape):
    sharing_type: SharingType = attrs.field(converter=as_SharingType)
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class SpaceSharingSettingsSummary(Shape):
    sharing_type: SharingType | None = attrs.field(default=None, converter=as_SharingType_opt)
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
