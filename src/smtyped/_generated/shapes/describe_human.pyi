# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.human_task import (
    HumanTaskUiStatus,
    as_HumanTaskUiStatus_opt,
)
from smtyped._generated.shapes.ui_template import UiTemplateInfo

@attrs.frozen(kw_only=True, slots=False)
class DescribeHumanTaskUiRequest(Shape):
    human_task_ui_name: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeHumanTaskUiResponse(OutputShape):
    human_task_ui_arn: str | None = None
    human_task_ui_name: str | None = None
    human_task_ui_status: HumanTaskUiStatus | None = attrs.field(default=None, converter=as_HumanTaskUiStatus_opt)
    creation_time: datetime | None = None
    ui_template: UiTemplateInfo | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
