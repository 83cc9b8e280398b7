# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.shapes.auto_ml import AutoMLAlgorithmConfig

@attrs.frozen(kw_only=True, slots=False)
class CandidateGenerationConfig(Shape):
    algorithms_config: list[AutoMLAlgorithmConfig] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
