# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.job_category import JobCategory, as_JobCategory, as_JobCategory_opt
from smtyped._generated.enums.job_secondary import (
    JobSecondaryStatus,
    as_JobSecondaryStatus_opt,
)
from smtyped._generated.enums.job_status import JobStatus, as_JobStatus_opt
from smtyped._generated.shapes.job_secondary import JobSecondaryStatusTransition
from smtyped._generated.shapes.tag import Tag

@attrs.frozen(kw_only=True, slots=False)
class DescribeJobRequest(Shape):
    job_name: str
    job_category: JobCategory = attrs.field(converter=as_JobCategory)
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeJobResponse(OutputShape):
    job_name: str | None = None
    job_arn: str | None = None
    role_arn: str | None = None
    job_category: JobCategory | None = attrs.field(default=None, converter=as_JobCategory_opt)
    job_config_schema_version: str | None = None
    job_config_document: str | None = None
    creation_time: datetime | None = None
    last_modified_time: datetime | None = None
    end_time: datetime | None = None
    job_status: JobStatus | None = attrs.field(default=None, converter=as_JobStatus_opt)
    secondary_status: JobSecondaryStatus | None = attrs.field(default=None, converter=as_JobSecondaryStatus_opt)
    secondary_status_transitions: list[JobSecondaryStatusTransition] | None = None
    failure_reason: str | None = None
    tags: list[Tag] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeJobSchemaVersionRequest(Shape):
    job_category: JobCategory = attrs.field(converter=as_JobCategory)
    job_config_schema_version: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeJobSchemaVersionResponse(OutputShape):
    job_category: JobCategory | None = attrs.field(default=None, converter=as_JobCategory_opt)
    job_config_schema_version: str | None = None
    job_config_schema: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
