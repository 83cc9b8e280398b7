# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.hyper_parameter import HyperParameterScalingType, as_HyperParameterScalingType_opt

@attrs.frozen(kw_only=True, slots=False)
class ContinuousParameterRange(Shape):
    name: str
    min_value: str
    max_value: str
    scaling_type: HyperParameterScalingType | None = attrs.field(
        default=None, converter=as_HyperParameterScalingType_opt
    )
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ContinuousParameterRangeSpecification(Shape):
    min_value: str
    max_value: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
