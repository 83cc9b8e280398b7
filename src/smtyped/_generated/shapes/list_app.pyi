# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.app_image import (
    AppImageConfigSortKey,
    as_AppImageConfigSortKey_opt,
)
from smtyped._generated.enums.sort_order import SortOrder, as_SortOrder_opt
from smtyped._generated.shapes.app_image import AppImageConfigDetails

@attrs.frozen(kw_only=True, slots=False)
class ListAppImageConfigsRequest(Shape):
    max_results: int | None = None
    next_token: str | None = None
    name_contains: str | None = None
    creation_time_before: datetime | None = None
    creation_time_after: datetime | None = None
    modified_time_before: datetime | None = None
    modified_time_after: datetime | None = None
    sort_by: AppImageConfigSortKey | None = attrs.field(default=None, converter=as_AppImageConfigSortKey_opt)
    sort_order: SortOrder | None = attrs.field(default=None, converter=as_SortOrder_opt)
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListAppImageConfigsResponse(OutputShape):
    next_token: str | None = None
    app_image_configs: list[AppImageConfigDetails] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
