# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.pipeline_status import (
    PipelineStatus,
    as_PipelineStatus_opt,
)
from smtyped._generated.shapes.parallelism_configuration import ParallelismConfiguration
from smtyped._generated.shapes.tag import Tag
from smtyped._generated.shapes.user_context import UserContext

@attrs.frozen(kw_only=True, slots=False)
class Pipeline(Shape):
    pipeline_arn: str | None = None
    pipeline_name: str | None = None
    pipeline_display_name: str | None = None
    pipeline_description: str | None = None
    role_arn: str | None = None
    pipeline_status: PipelineStatus | None = attrs.field(default=None, converter=as_PipelineStatus_opt)
    creation_time: datetime | None = None
    last_modified_time: datetime | None = None
    last_run_time: datetime | None = None
    created_by: UserContext | None = None
    last_modified_by: UserContext | None = None
    parallelism_configuration: ParallelismConfiguration | None = None
    tags: list[Tag] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
