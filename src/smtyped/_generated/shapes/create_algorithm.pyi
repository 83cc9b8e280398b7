# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.shapes.algorithm_validation import AlgorithmValidationSpecification
from smtyped._generated.shapes.inference_specification import InferenceSpecification
from smtyped._generated.shapes.tag import Tag
from smtyped._generated.shapes.training_specification import TrainingSpecification

@attrs.frozen(kw_only=True, slots=False)
class CreateAlgorithmInput(Shape):
    algorithm_name: str
    training_specification: TrainingSpecification
    algorithm_description: str | None = None
    inference_specification: InferenceSpecification | None = None
    validation_specification: AlgorithmValidationSpecification | None = None
    certify_for_marketplace: bool | None = None
    tags: list[Tag] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateAlgorithmOutput(OutputShape):
    algorithm_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
