# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.action_status import (
    ActionStatus,
    as_ActionStatus_opt,
)
from smtyped._generated.shapes.action_source import ActionSource

@attrs.frozen(kw_only=True, slots=False)
class ActionSummary(Shape):
    action_arn: str | None = None
    action_name: str | None = None
    source: ActionSource | None = None
    action_type: str | None = None
    status: ActionStatus | None = attrs.field(default=None, converter=as_ActionStatus_opt)
    creation_time: datetime | None = None
    last_modified_time: datetime | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
