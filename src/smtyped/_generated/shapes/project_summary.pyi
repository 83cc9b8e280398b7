# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.project_status import (
    ProjectStatus,
    as_ProjectStatus_opt,
)

@attrs.frozen(kw_only=True, slots=False)
class ProjectSummary(Shape):
    project_name: str | None = None
    project_description: str | None = None
    project_arn: str | None = None
    project_id: str | None = None
    creation_time: datetime | None = None
    project_status: ProjectStatus | None = attrs.field(default=None, converter=as_ProjectStatus_opt)
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
