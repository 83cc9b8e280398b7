# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import Shape

@attrs.frozen(kw_only=True, slots=False)
class PipelineSummary(Shape):
    pipeline_arn: str | None = None
    pipeline_name: str | None = None
    pipeline_display_name: str | None = None
    pipeline_description: str | None = None
    role_arn: str | None = None
    creation_time: datetime | None = None
    last_modified_time: datetime | None = None
    last_execution_time: datetime | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
