# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.image_version import (
    ImageVersionSortBy,
    ImageVersionSortOrder,
    as_ImageVersionSortBy_opt,
    as_ImageVersionSortOrder_opt,
)
from smtyped._generated.shapes.image_version import ImageVersion

@attrs.frozen(kw_only=True, slots=False)
class ListImageVersionsRequest(Shape):
    image_name: str
    creation_time_after: datetime | None = None
    creation_time_before: datetime | None = None
    last_modified_time_after: datetime | None = None
    last_modified_time_before: datetime | None = None
    max_results: int | None = None
    next_token: str | None = None
    sort_by: ImageVersionSortBy | None = attrs.field(default=None, converter=as_ImageVersionSortBy_opt)
    sort_order: ImageVersionSortOrder | None = attrs.field(default=None, converter=as_ImageVersionSortOrder_opt)
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListImageVersionsResponse(OutputShape):
    image_versions: list[ImageVersion] | None = None
    next_token: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
