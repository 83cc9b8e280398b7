# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.sort_order import SortOrder, as_SortOrder_opt
from smtyped._generated.enums.sort_pipelines import (
    SortPipelinesBy,
    as_SortPipelinesBy_opt,
)
from smtyped._generated.shapes.pipeline_summary import PipelineSummary

@attrs.frozen(kw_only=True, slots=False)
class ListPipelinesRequest(Shape):
    pipeline_name_prefix: str | None = None
    created_after: datetime | None = None
    created_before: datetime | None = None
    sort_by: SortPipelinesBy | None = attrs.field(default=None, converter=as_SortPipelinesBy_opt)
    sort_order: SortOrder | None = attrs.field(default=None, converter=as_SortOrder_opt)
    next_token: str | None = None
    max_results: int | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListPipelinesResponse(OutputShape):
    pipeline_summaries: list[PipelineSummary] | None = None
    next_token: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
