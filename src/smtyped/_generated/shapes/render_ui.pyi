# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.shapes.renderable_task import RenderableTask
from smtyped._generated.shapes.rendering_error import RenderingError
from smtyped._generated.shapes.ui_template import UiTemplate

@attrs.frozen(kw_only=True, slots=False)
class RenderUiTemplateRequest(Shape):
    task: RenderableTask
    role_arn: str
    ui_template: UiTemplate | None = None
    human_task_ui_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class RenderUiTemplateResponse(OutputShape):
    rendered_content: str | None = None
    errors: list[RenderingError] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
