# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.user_profile import (
    UserProfileStatus,
    as_UserProfileStatus_opt,
)
from smtyped._generated.shapes.user_settings import UserSettings

@attrs.frozen(kw_only=True, slots=False)
class DescribeUserProfileRequest(Shape):
    domain_id: str
    user_profile_name: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeUserProfileResponse(OutputShape):
    domain_id: str | None = None
    user_profile_arn: str | None = None
    user_profile_name: str | None = None
    home_efs_file_system_uid: str | None = None
    status: UserProfileStatus | None = attrs.field(default=None, converter=as_UserProfileStatus_opt)
    last_modified_time: datetime | None = None
    creation_time: datetime | None = None
    failure_reason: str | None = None
    single_sign_on_user_identifier: str | None = None
    single_sign_on_user_value: str | None = None
    user_settings: UserSettings | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
