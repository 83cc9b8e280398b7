# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.shapes.categorical_parameter import CategoricalParameterRangeSpecification
from smtyped._generated.shapes.continuous_parameter import ContinuousParameterRangeSpecification
from smtyped._generated.shapes.integer_parameter import IntegerParameterRangeSpecification

@attrs.frozen(kw_only=True, slots=False)
class ParameterRange(Shape):
    integer_parameter_range_specification: IntegerParameterRangeSpecification | None = None
    continuous_parameter_range_specification: ContinuousParameterRangeSpecification | None = None
    categorical_parameter_range_specification: CategoricalParameterRangeSpecification | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
