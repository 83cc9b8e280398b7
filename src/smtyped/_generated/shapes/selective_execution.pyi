# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.shapes.selected_step import SelectedStep

@attrs.frozen(kw_only=True, slots=False)
class SelectiveExecutionConfig(Shape):
    selected_steps: list[SelectedStep]
    source_pipeline_execution_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class SelectiveExecutionResult(Shape):
    source_pipeline_execution_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
