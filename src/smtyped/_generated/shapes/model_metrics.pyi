# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.shapes.bias import Bias
from smtyped._generated.shapes.explainability import Explainability
from smtyped._generated.shapes.model_data import ModelDataQuality
from smtyped._generated.shapes.model_quality import ModelQuality

@attrs.frozen(kw_only=True, slots=False)
class ModelMetrics(Shape):
    model_quality: ModelQuality | None = None
    model_data_quality: ModelDataQuality | None = None
    bias: Bias | None = None
    explainability: Explainability | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
