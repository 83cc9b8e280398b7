# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.image_sort import (
    ImageSortBy,
    ImageSortOrder,
    as_ImageSortBy_opt,
    as_ImageSortOrder_opt,
)
from smtyped._generated.shapes.image import Image

@attrs.frozen(kw_only=True, slots=False)
class ListImagesRequest(Shape):
    creation_time_after: datetime | None = None
    creation_time_before: datetime | None = None
    last_modified_time_after: datetime | None = None
    last_modified_time_before: datetime | None = None
    max_results: int | None = None
    name_contains: str | None = None
    next_token: str | None = None
    sort_by: ImageSortBy | None = attrs.field(default=None, converter=as_ImageSortBy_opt)
    sort_order: ImageSortOrder | None = attrs.field(default=None, converter=as_ImageSortOrder_opt)
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListImagesResponse(OutputShape):
    images: list[Image] | None = None
    next_token: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
