# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.feature_type import FeatureType, as_FeatureType_opt
from smtyped._generated.shapes.feature_parameter import FeatureParameter

@attrs.frozen(kw_only=True, slots=False)
class FeatureMetadata(Shape):
    feature_group_arn: str | None = None
    feature_group_name: str | None = None
    feature_name: str | None = None
    feature_type: FeatureType | None = attrs.field(default=None, converter=as_FeatureType_opt)
    creation_time: datetime | None = None
    last_modified_time: datetime | None = None
    description: str | None = None
    parameters: list[FeatureParameter] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
