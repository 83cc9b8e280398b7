# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.shapes.training_plan import TrainingPlanExtension

@attrs.frozen(kw_only=True, slots=False)
class ExtendTrainingPlanRequest(Shape):
    training_plan_extension_offering_id: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ExtendTrainingPlanResponse(OutputShape):
    training_plan_extensions: list[TrainingPlanExtension] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
