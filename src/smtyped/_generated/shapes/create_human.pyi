# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.shapes.tag import Tag
from smtyped._generated.shapes.ui_template import UiTemplate

@attrs.frozen(kw_only=True, slots=False)
class CreateHumanTaskUiRequest(Shape):
    human_task_ui_name: str
    ui_template: UiTemplate
    tags: list[Tag] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateHumanTaskUiResponse(OutputShape):
    human_task_ui_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
