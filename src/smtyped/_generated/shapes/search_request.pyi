# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.cross_account import CrossAccountFilterOption, as_CrossAccountFilterOption_opt
from smtyped._generated.enums.resource_type import ResourceType, as_ResourceType
from smtyped._generated.enums.search_sort import SearchSortOrder, as_SearchSortOrder_opt
from smtyped._generated.shapes.search_expression import SearchExpression
from smtyped._generated.shapes.visibility_conditions import VisibilityConditions

@attrs.frozen(kw_only=True, slots=False)
class SearchRequest(Shape):
    resource: ResourceType = attrs.field(converter=as_ResourceType)
    search_expression: SearchExpression | None = None
    sort_by: str | None = None
    sort_order: SearchSortOrder | None = attrs.field(default=None, converter=as_SearchSortOrder_opt)
    next_token: str | None = None
    max_results: int | None = None
    cross_account_filter_option: CrossAccountFilterOption | None = attrs.field(
        default=None, converter=as_CrossAccountFilterOption_opt
    )
    visibility_conditions: list[VisibilityConditions] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
