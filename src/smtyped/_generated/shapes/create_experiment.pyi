# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.shapes.tag import Tag

@attrs.frozen(kw_only=True, slots=False)
class CreateExperimentRequest(Shape):
    experiment_name: str
    display_name: str | None = None
    description: str | None = None
    tags: list[Tag] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateExperimentResponse(OutputShape):
    experiment_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
