# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.app_type import AppType, as_AppType

@attrs.frozen(kw_only=True, slots=False)
class DeleteAppImageConfigRequest(Shape):
    app_image_config_name: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DeleteAppImageConfigResponse(OutputShape):
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DeleteAppRequest(Shape):
    domain_id: str
    app_type: AppType = attrs.field(converter=as_AppType)
    app_name: str
    user_profile_name: str | None = None
    space_name: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DeleteAppResponse(OutputShape):
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
