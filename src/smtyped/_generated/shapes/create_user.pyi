# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.shapes.tag import Tag
from smtyped._generated.shapes.user_settings import UserSettings

@attrs.frozen(kw_only=True, slots=False)
class CreateUserProfileRequest(Shape):
    domain_id: str
    user_profile_name: str
    single_sign_on_user_identifier: str | None = None
    single_sign_on_user_value: str | None = None
    tags: list[Tag] | None = None
    user_settings: UserSettings | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateUserProfileResponse(OutputShape):
    user_profile_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
