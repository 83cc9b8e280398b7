# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.sort_experiments import (
    SortExperimentsBy,
    as_SortExperimentsBy_opt,
)
from smtyped._generated.enums.sort_order import SortOrder, as_SortOrder_opt
from smtyped._generated.shapes.experiment_summary import ExperimentSummary

@attrs.frozen(kw_only=True, slots=False)
class ListExperimentsRequest(Shape):
    created_after: datetime | None = None
    created_before: datetime | None = None
    sort_by: SortExperimentsBy | None = attrs.field(default=None, converter=as_SortExperimentsBy_opt)
    sort_order: SortOrder | None = attrs.field(default=None, converter=as_SortOrder_opt)
    next_token: str | None = None
    max_results: int | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListExperimentsResponse(OutputShape):
    experiment_summaries: list[ExperimentSummary] | None = None
    next_token: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
