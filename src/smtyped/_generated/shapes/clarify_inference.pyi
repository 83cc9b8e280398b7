# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.clarify_feature import ClarifyFeatureType, ClarifyFeatureTypeLiteral

@attrs.frozen(kw_only=True, slots=False)
class ClarifyInferenceConfig(Shape):
    features_attribute: str | None = None
    content_template: str | None = None
    max_record_count: int | None = None
    max_payload_in_mb: int | None = None
    probability_index: int | None = None
    label_index: int | None = None
    probability_attribute: str | None = None
    label_attribute: str | None = None
    label_headers: list[str] | None = None
    feature_headers: list[str] | None = None
    feature_types: list[ClarifyFeatureType | ClarifyFeatureTypeLiteral] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
