# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.app_status import AppStatus, as_AppStatus_opt
from smtyped._generated.enums.app_type import AppType, as_AppType_opt
from smtyped._generated.shapes.resource_spec import ResourceSpec

@attrs.frozen(kw_only=True, slots=False)
class AppDetails(Shape):
    domain_id: str | None = None
    user_profile_name: str | None = None
    space_name: str | None = None
    app_type: AppType | None = attrs.field(default=None, converter=as_AppType_opt)
    app_name: str | None = None
    status: AppStatus | None = attrs.field(default=None, converter=as_AppStatus_opt)
    creation_time: datetime | None = None
    resource_spec: ResourceSpec | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
