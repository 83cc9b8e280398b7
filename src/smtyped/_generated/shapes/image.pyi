# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.image_status import ImageStatus, as_ImageStatus_opt

@attrs.frozen(kw_only=True, slots=False)
class Image(Shape):
    creation_time: datetime | None = None
    description: str | None = None
    display_name: str | None = None
    failure_reason: str | None = None
    image_arn: str | None = None
    image_name: str | None = None
    image_status: ImageStatus | None = attrs.field(default=None, converter=as_ImageStatus_opt)
    last_modified_time: datetime | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
