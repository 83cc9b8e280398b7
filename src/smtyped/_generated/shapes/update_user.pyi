# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.shapes.user_settings import UserSettings

@attrs.frozen(kw_only=True, slots=False)
class UpdateUserProfileRequest(Shape):
    domain_id: str
    user_profile_name: str
    user_settings: UserSettings | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class UpdateUserProfileResponse(OutputShape):
    user_profile_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
