# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.training_input import TrainingInputMode, as_TrainingInputMode
from smtyped._generated.shapes.metric_definition import MetricDefinition
from smtyped._generated.shapes.training_image import TrainingImageConfig

@attrs.frozen(kw_only=True, slots=False)
class AlgorithmSpecification(Shape):
    training_input_mode: TrainingInputMode = attrs.field(converter=as_TrainingInputMode)
    training_image: str | None = None
    algorithm_name: str | None = None
    metric_definitions: list[MetricDefinition] | None = None
    enable_sage_maker_metrics_time_series: bool | None = None
    container_entrypoint: list[str] | None = None
    container_arguments: list[str] | None = None
    training_image_config: TrainingImageConfig | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
