# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.auto_ml import (
    AutoMLJobObjectiveType,
    AutoMLMetricEnum,
    as_AutoMLJobObjectiveType_opt,
    as_AutoMLMetricEnum_opt,
)

@attrs.frozen(kw_only=True, slots=False)
class FinalAutoMLJobObjectiveMetric(Shape):
    type: AutoMLJobObjectiveType | None = attrs.field(default=None, converter=as_AutoMLJobObjectiveType_opt)
    metric_name: AutoMLMetricEnum | None = attrs.field(default=None, converter=as_AutoMLMetricEnum_opt)
    value: float | None = None
    standard_metric_name: AutoMLMetricEnum | None = attrs.field(default=None, converter=as_AutoMLMetricEnum_opt)
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
