# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.shapes.feature_definition import FeatureDefinition
from smtyped._generated.shapes.feature_parameter import FeatureParameter
from smtyped._generated.shapes.online_store import OnlineStoreConfigUpdate
from smtyped._generated.shapes.throughput_config import ThroughputConfigUpdate

@attrs.frozen(kw_only=True, slots=False)
class UpdateFeatureGroupRequest(Shape):
    feature_group_name: str
    feature_additions: list[FeatureDefinition] | None = None
    online_store_config: OnlineStoreConfigUpdate | None = None
    throughput_config: ThroughputConfigUpdate | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class UpdateFeatureGroupResponse(OutputShape):
    feature_group_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class UpdateFeatureMetadataRequest(Shape):
    feature_group_name: str
    feature_name: str
    description: str | None = None
    parameter_additions: list[FeatureParameter] | None = None
    parameter_removals: list[str] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class UpdateFeatureMetadataResponse(OutputShape):
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
