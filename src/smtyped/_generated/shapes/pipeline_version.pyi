# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.pipeline_execution import (
    PipelineExecutionStatus,
    as_PipelineExecutionStatus_opt,
)
from smtyped._generated.shapes.user_context import UserContext

@attrs.frozen(kw_only=True, slots=False)
class PipelineVersion(Shape):
    pipeline_arn: str | None = None
    pipeline_version_id: int | None = None
    pipeline_version_display_name: str | None = None
    pipeline_version_description: str | None = None
    creation_time: datetime | None = None
    last_modified_time: datetime | None = None
    created_by: UserContext | None = None
    last_modified_by: UserContext | None = None
    last_executed_pipeline_execution_arn: str | None = None
    last_executed_pipeline_execution_display_name: str | None = None
    last_executed_pipeline_execution_status: PipelineExecutionStatus | None = attrs.field(
        default=None, converter=as_PipelineExecutionStatus_opt
    )
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class PipelineVersionSummary(Shape):
    pipeline_arn: str | None = None
    pipeline_version_id: int | None = None
    creation_time: datetime | None = None
    pipeline_version_description: str | None = None
    pipeline_version_display_name: str | None = None
    last_execution_pipeline_execution_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
