# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.shapes.file_source import FileSource
from smtyped._generated.shapes.metrics_source import MetricsSource

@attrs.frozen(kw_only=True, slots=False)
class DriftCheckBaselines(Shape):
    bias: DriftCheckBias | None = None
    explainability: DriftCheckExplainability | None = None
    model_quality: DriftCheckModelQuality | None = None
    model_data_quality: DriftCheckModelDataQuality | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DriftCheckBias(Shape):
    config_file: FileSource | None = None
    pre_training_constraints: MetricsSource | None = None
    post_training_constraints: MetricsSource | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DriftCheckExplainability(Shape):
    constraints: MetricsSource | None = None
    config_file: FileSource | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DriftCheckModelDataQuality(Shape):
    statistics: MetricsSource | None = None
    constraints: MetricsSource | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DriftCheckModelQuality(Shape):
    statistics: MetricsSource | None = None
    constraints: MetricsSource | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
