# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.project_sort import (
    ProjectSortBy,
    ProjectSortOrder,
    as_ProjectSortBy_opt,
    as_ProjectSortOrder_opt,
)
from smtyped._generated.shapes.project_summary import ProjectSummary

@attrs.frozen(kw_only=True, slots=False)
class ListProjectsInput(Shape):
    creation_time_after: datetime | None = None
    creation_time_before: datetime | None = None
    max_results: int | None = None
    name_contains: str | None = None
    next_token: str | None = None
    sort_by: ProjectSortBy | None = attrs.field(default=None, converter=as_ProjectSortBy_opt)
    sort_order: ProjectSortOrder | None = attrs.field(default=None, converter=as_ProjectSortOrder_opt)
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListProjectsOutput(OutputShape):
    project_summary_list: list[ProjectSummary] | None = None
    next_token: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
