# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.shapes.feature_definition import FeatureDefinition
from smtyped._generated.shapes.offline_store import OfflineStoreConfig
from smtyped._generated.shapes.online_store import OnlineStoreConfig
from smtyped._generated.shapes.tag import Tag
from smtyped._generated.shapes.throughput_config import ThroughputConfig

@attrs.frozen(kw_only=True, slots=False)
class CreateFeatureGroupRequest(Shape):
    feature_group_name: str
    record_identifier_feature_name: str
    event_time_feature_name: str
    feature_definitions: list[FeatureDefinition]
    online_store_config: OnlineStoreConfig | None = None
    offline_store_config: OfflineStoreConfig | None = None
    throughput_config: ThroughputConfig | None = None
    role_arn: str | None = None
    description: str | None = None
    tags: list[Tag] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateFeatureGroupResponse(OutputShape):
    feature_group_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
