# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.model_sort import ModelSortKey, as_ModelSortKey_opt
from smtyped._generated.enums.order_key import OrderKey, as_OrderKey_opt
from smtyped._generated.shapes.model_summary import ModelSummary

@attrs.frozen(kw_only=True, slots=False)
class ListModelsInput(Shape):
    sort_by: ModelSortKey | None = attrs.field(default=None, converter=as_ModelSortKey_opt)
    sort_order: OrderKey | None = attrs.field(default=None, converter=as_OrderKey_opt)
    next_token: str | None = None
    max_results: int | None = None
    name_contains: str | None = None
    creation_time_before: datetime | None = None
    creation_time_after: datetime | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListModelsOutput(OutputShape):
    models: list[ModelSummary] | None = None
    next_token: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
