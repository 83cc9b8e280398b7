# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.image_version import (
    ImageVersionStatus,
    as_ImageVersionStatus_opt,
)

@attrs.frozen(kw_only=True, slots=False)
class ImageVersion(Shape):
    creation_time: datetime | None = None
    failure_reason: str | None = None
    image_arn: str | None = None
    image_version_arn: str | None = None
    image_version_status: ImageVersionStatus | None = attrs.field(default=None, converter=as_ImageVersionStatus_opt)
    last_modified_time: datetime | None = None
    version: int | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
