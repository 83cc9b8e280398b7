# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.shapes.space_settings import SpaceSettings

@attrs.frozen(kw_only=True, slots=False)
class UpdateSpaceRequest(Shape):
    domain_id: str
    space_name: str
    space_settings: SpaceSettings | None = None
    space_display_name: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class UpdateSpaceResponse(OutputShape):
    space_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
