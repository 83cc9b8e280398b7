# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.inference_execution import InferenceExecutionMode, as_InferenceExecutionMode

@attrs.frozen(kw_only=True, slots=False)
class InferenceExecutionConfig(Shape):
    mode: InferenceExecutionMode = attrs.field(converter=as_InferenceExecutionMode)
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
