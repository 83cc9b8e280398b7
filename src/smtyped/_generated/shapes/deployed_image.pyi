# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import Shape

@attrs.frozen(kw_only=True, slots=False)
class DeployedImage(Shape):
    specified_image: str | None = None
    resolved_image: str | None = None
    resolution_time: datetime | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
