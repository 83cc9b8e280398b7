# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.hyper_parameter import (
    HyperParameterTuningJobObjectiveType,
    as_HyperParameterTuningJobObjectiveType_opt,
)

@attrs.frozen(kw_only=True, slots=False)
class FinalHyperParameterTuningJobObjectiveMetric(Shape):
    type: HyperParameterTuningJobObjectiveType | None = attrs.field(
        default=None, converter=as_HyperParameterTuningJobObjectiveType_opt
    )
    metric_name: str | None = None
    value: float | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
