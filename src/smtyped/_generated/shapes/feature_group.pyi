# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.feature_group import (
    FeatureGroupStatus,
    as_FeatureGroupStatus_opt,
)
from smtyped._generated.shapes.feature_definition import FeatureDefinition
from smtyped._generated.shapes.last_update import LastUpdateStatus
from smtyped._generated.shapes.offline_store import OfflineStoreConfig, OfflineStoreStatus
from smtyped._generated.shapes.online_store import OnlineStoreConfig
from smtyped._generated.shapes.tag import Tag

@attrs.frozen(kw_only=True, slots=False)
class FeatureGroup(Shape):
    feature_group_arn: str | None = None
    feature_group_name: str | None = None
    record_identifier_feature_name: str | None = None
    event_time_feature_name: str | None = None
    feature_definitions: list[FeatureDefinition] | None = None
    creation_time: datetime | None = None
    last_modified_time: datetime | None = None
    online_store_config: OnlineStoreConfig | None = None
    offline_store_config: OfflineStoreConfig | None = None
    role_arn: str | None = None
    feature_group_status: FeatureGroupStatus | None = attrs.field(default=None, converter=as_FeatureGroupStatus_opt)
    offline_store_status: OfflineStoreStatus | None = None
    last_update_status: LastUpdateStatus | None = None
    failure_reason: str | None = None
    description: str | None = None
    tags: list[Tag] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class FeatureGroupSummary(Shape):
    feature_group_name: str | None = None
    feature_group_arn: str | None = None
    creation_time: datetime | None = None
    feature_group_status: FeatureGroupStatus | None = attrs.field(default=None, converter=as_FeatureGroupStatus_opt)
    offline_store_status: OfflineStoreStatus | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
