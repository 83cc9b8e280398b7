# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.sort_order import SortOrder, as_SortOrder_opt
from smtyped._generated.enums.space_sort import SpaceSortKey, as_SpaceSortKey_opt
from smtyped._generated.shapes.space_details import SpaceDetails

@attrs.frozen(kw_only=True, slots=False)
class ListSpacesRequest(Shape):
    next_token: str | None = None
    max_results: int | None = None
    sort_order: SortOrder | None = attrs.field(default=None, converter=as_SortOrder_opt)
    sort_by: SpaceSortKey | None = attrs.field(default=None, converter=as_SpaceSortKey_opt)
    domain_id_equals: str | None = None
    space_name_contains: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListSpacesResponse(OutputShape):
    spaces: list[SpaceDetails] | None = None
    next_token: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
