# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.boolean_operator import BooleanOperator, as_BooleanOperator_opt
from smtyped._generated.shapes.filter import Filter
from smtyped._generated.shapes.nested_filters import NestedFilters

@attrs.frozen(kw_only=True, slots=False)
class SearchExpression(Shape):
    filters: list[Filter] | None = None
    nested_filters: list[NestedFilters] | None = None
    sub_expressions: list[SearchExpression] | None = None
    operator: BooleanOperator | None = attrs.field(default=None, converter=as_BooleanOperator_opt)
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
