# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.list_workforces import ListWorkforcesSortByOptions, as_ListWorkforcesSortByOptions_opt
from smtyped._generated.enums.sort_order import SortOrder, as_SortOrder_opt
from smtyped._generated.shapes.workforce import Workforce

@attrs.frozen(kw_only=True, slots=False)
class ListWorkforcesRequest(Shape):
    sort_by: ListWorkforcesSortByOptions | None = attrs.field(
        default=None, converter=as_ListWorkforcesSortByOptions_opt
    )
    sort_order: SortOrder | None = attrs.field(default=None, converter=as_SortOrder_opt)
    name_contains: str | None = None
    next_token: str | None = None
    max_results: int | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListWorkforcesResponse(OutputShape):
    workforces: list[Workforce] | None = None
    next_token: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
