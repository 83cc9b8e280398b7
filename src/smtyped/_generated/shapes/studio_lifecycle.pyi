# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.studio_lifecycle import (
    StudioLifecycleConfigAppType,
    as_StudioLifecycleConfigAppType_opt,
)

@attrs.frozen(kw_only=True, slots=False)
class StudioLifecycleConfigDetails(Shape):
    studio_lifecycle_config_arn: str | None = None
    studio_lifecycle_config_name: str | None = None
    creation_time: datetime | None = None
    last_modified_time: datetime | None = None
    studio_lifecycle_config_app_type: StudioLifecycleConfigAppType | None = attrs.field(
        default=None, converter=as_StudioLifecycleConfigAppType_opt
    )
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
