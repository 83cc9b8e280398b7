# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.auto_ml import AutoMLSortOrder, as_AutoMLSortOrder_opt
from smtyped._generated.enums.candidate_sort import CandidateSortBy, as_CandidateSortBy_opt
from smtyped._generated.enums.candidate_status import CandidateStatus, as_CandidateStatus_opt
from smtyped._generated.shapes.auto_ml import AutoMLCandidate

@attrs.frozen(kw_only=True, slots=False)
class ListCandidatesForAutoMLJobRequest(Shape):
    auto_ml_job_name: str
    status_equals: CandidateStatus | None = attrs.field(default=None, converter=as_CandidateStatus_opt)
    candidate_name_equals: str | None = None
    sort_order: AutoMLSortOrder | None = attrs.field(default=None, converter=as_AutoMLSortOrder_opt)
    sort_by: CandidateSortBy | None = attrs.field(default=None, converter=as_CandidateSortBy_opt)
    max_results: int | None = None
    next_token: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListCandidatesForAutoMLJobResponse(OutputShape):
    candidates: list[AutoMLCandidate] | None = None
    next_token: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
