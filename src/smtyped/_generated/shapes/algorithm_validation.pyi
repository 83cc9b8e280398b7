# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.shapes.training_job import TrainingJobDefinition
from smtyped._generated.shapes.transform_job import TransformJobDefinition

@attrs.frozen(kw_only=True, slots=False)
class AlgorithmValidationProfile(Shape):
    profile_name: str
    training_job_definition: TrainingJobDefinition
    transform_job_definition: TransformJobDefinition | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class AlgorithmValidationSpecification(Shape):
    validation_role: str
    validation_profiles: list[AlgorithmValidationProfile]
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
