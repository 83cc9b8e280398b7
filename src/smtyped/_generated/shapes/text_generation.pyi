# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.shapes.auto_ml import AutoMLJobCompletionCriteria
from smtyped._generated.shapes.model_access import ModelAccessConfig

@attrs.frozen(kw_only=True, slots=False)
class TextGenerationJobConfig(Shape):
    completion_criteria: AutoMLJobCompletionCriteria | None = None
    base_model_name: str | None = None
    text_generation_hyper_parameters: dict[str, str] | None = None
    model_access_config: ModelAccessConfig | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class TextGenerationResolvedAttributes(Shape):
    base_model_name: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
