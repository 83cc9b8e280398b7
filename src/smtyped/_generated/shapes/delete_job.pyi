# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.job_category import JobCategory, as_JobCategory

@attrs.frozen(kw_only=True, slots=False)
class DeleteJobRequest(Shape):
    job_name: str
    job_category: JobCategory = attrs.field(converter=as_JobCategory)
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DeleteJobResponse(OutputShape):
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
