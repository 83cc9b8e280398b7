# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.shapes.clarify_text import ClarifyTextConfig

@attrs.frozen(kw_only=True, slots=False)
class ClarifyShapBaselineConfig(Shape):
    mime_type: str | None = None
    shap_baseline: str | None = None
    shap_baseline_uri: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ClarifyShapConfig(Shape):
    shap_baseline_config: ClarifyShapBaselineConfig
    number_of_samples: int | None = None
    use_logit: bool | None = None
    seed: int | None = None
    text_config: ClarifyTextConfig | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
