# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.code_repository import (
    CodeRepositorySortBy,
    CodeRepositorySortOrder,
    as_CodeRepositorySortBy_opt,
    as_CodeRepositorySortOrder_opt,
)
from smtyped._generated.shapes.code_repository import CodeRepositorySummary

@attrs.frozen(kw_only=True, slots=False)
class ListCodeRepositoriesInput(Shape):
    creation_time_after: datetime | None = None
    creation_time_before: datetime | None = None
    last_modified_time_after: datetime | None = None
    last_modified_time_before: datetime | None = None
    max_results: int | None = None
    name_contains: str | None = None
    next_token: str | None = None
    sort_by: CodeRepositorySortBy | None = attrs.field(default=None, converter=as_CodeRepositorySortBy_opt)
    sort_order: CodeRepositorySortOrder | None = attrs.field(default=None, converter=as_CodeRepositorySortOrder_opt)
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListCodeRepositoriesOutput(OutputShape):
    code_repository_summary_list: list[CodeRepositorySummary] | None = None
    next_token: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
