# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.collection_type import CollectionType, as_CollectionType_opt
from smtyped._generated.enums.feature_type import FeatureType, as_FeatureType
from smtyped._generated.shapes.collection_config import CollectionConfig

@attrs.frozen(kw_only=True, slots=False)
class FeatureDefinition(Shape):
    feature_name: str
    feature_type: FeatureType = attrs.field(converter=as_FeatureType)
    collection_type: CollectionType | None = attrs.field(default=None, converter=as_CollectionType_opt)
    collection_config: CollectionConfig | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
