# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.list_workteams import ListWorkteamsSortByOptions, as_ListWorkteamsSortByOptions_opt
from smtyped._generated.enums.sort_order import SortOrder, as_SortOrder_opt
from smtyped._generated.shapes.workteam import Workteam

@attrs.frozen(kw_only=True, slots=False)
class ListWorkteamsRequest(Shape):
    sort_by: ListWorkteamsSortByOptions | None = attrs.field(default=None, converter=as_ListWorkteamsSortByOptions_opt)
    sort_order: SortOrder | None = attrs.field(default=None, converter=as_SortOrder_opt)
    name_contains: str | None = None
    next_token: str | None = None
    max_results: int | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListWorkteamsResponse(OutputShape):
    workteams: list[Workteam] | None = None
    next_token: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
