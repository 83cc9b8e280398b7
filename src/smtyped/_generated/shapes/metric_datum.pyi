# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.auto_ml import (
    AutoMLMetricEnum,
    AutoMLMetricExtendedEnum,
    as_AutoMLMetricEnum_opt,
    as_AutoMLMetricExtendedEnum_opt,
)
from smtyped._generated.enums.metric_set import MetricSetSource, as_MetricSetSource_opt

@attrs.frozen(kw_only=True, slots=False)
class MetricDatum(Shape):
    metric_name: AutoMLMetricEnum | None = attrs.field(default=None, converter=as_AutoMLMetricEnum_opt)
    value: float | None = None
    set: MetricSetSource | None = attrs.field(default=None, converter=as_MetricSetSource_opt)
    standard_metric_name: AutoMLMetricExtendedEnum | None = attrs.field(
        default=None, converter=as_AutoMLMetricExtendedEnum_opt
    )
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
