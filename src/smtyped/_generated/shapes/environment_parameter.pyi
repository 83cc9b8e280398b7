# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.shapes.categorical_parameter import CategoricalParameter

@attrs.frozen(kw_only=True, slots=False)
class EnvironmentParameter(Shape):
    key: str | None = None
    value_type: str | None = None
    value: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class EnvironmentParameterRanges(Shape):
    categorical_parameter_ranges: list[CategoricalParameter] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
