# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.job_category import JobCategory, as_JobCategory
from smtyped._generated.shapes.tag import Tag

@attrs.frozen(kw_only=True, slots=False)
class CreateJobRequest(Shape):
    job_name: str
    role_arn: str
    job_category: JobCategory = attrs.field(converter=as_JobCategory)
    job_config_schema_version: str
    job_config_document: str
    tags: list[Tag] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateJobResponse(OutputShape):
    job_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
