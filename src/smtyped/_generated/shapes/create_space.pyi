# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.shapes.ownership_settings import OwnershipSettings
from smtyped._generated.shapes.space_settings import SpaceSettings
from smtyped._generated.shapes.space_sharing import SpaceSharingSettings
from smtyped._generated.shapes.tag import Tag

@attrs.frozen(kw_only=True, slots=False)
class CreateSpaceRequest(Shape):
    domain_id: str
    space_name: str
    tags: list[Tag] | None = None
    space_settings: SpaceSettings | None = None
    ownership_settings: OwnershipSettings | None = None
    space_sharing_settings: SpaceSharingSettings | None = None
    space_display_name: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateSpaceResponse(OutputShape):
    space_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
