# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.sort_order import SortOrder, as_SortOrder_opt
from smtyped._generated.enums.sort_trial import (
    SortTrialComponentsBy,
    as_SortTrialComponentsBy_opt,
)
from smtyped._generated.shapes.trial_component import TrialComponentSummary

@attrs.frozen(kw_only=True, slots=False)
class ListTrialComponentsRequest(Shape):
    experiment_name: str | None = None
    trial_name: str | None = None
    source_arn: str | None = None
    created_after: datetime | None = None
    created_before: datetime | None = None
    sort_by: SortTrialComponentsBy | None = attrs.field(default=None, converter=as_SortTrialComponentsBy_opt)
    sort_order: SortOrder | None = attrs.field(default=None, converter=as_SortOrder_opt)
    max_results: int | None = None
    next_token: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListTrialComponentsResponse(OutputShape):
    trial_component_summaries: list[TrialComponentSummary] | None = None
    next_token: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
