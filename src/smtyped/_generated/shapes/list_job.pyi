# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.job_category import JobCategory, as_JobCategory
from smtyped._generated.shapes.job_config import JobConfigSchemaVersionSummary

@attrs.frozen(kw_only=True, slots=False)
class ListJobSchemaVersionsRequest(Shape):
    job_category: JobCategory = attrs.field(converter=as_JobCategory)
    next_token: str | None = None
    max_results: int | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListJobSchemaVersionsResponse(OutputShape):
    next_token: str | None = None
    job_config_schemas: list[JobConfigSchemaVersionSummary] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
