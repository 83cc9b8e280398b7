# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.shapes.auto_parameter import AutoParameter
from smtyped._generated.shapes.categorical_parameter import CategoricalParameterRange
from smtyped._generated.shapes.continuous_parameter import ContinuousParameterRange
from smtyped._generated.shapes.integer_parameter import IntegerParameterRange

@attrs.frozen(kw_only=True, slots=False)
class ParameterRanges(Shape):
    integer_parameter_ranges: list[IntegerParameterRange] | None = None
    continuous_parameter_ranges: list[ContinuousParameterRange] | None = None
    categorical_parameter_ranges: list[CategoricalParameterRange] | None = None
    auto_parameters: list[AutoParameter] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
