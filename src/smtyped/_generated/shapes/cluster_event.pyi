# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.cluster_event import (
    ClusterEventLevel,
    ClusterEventResourceType,
    as_ClusterEventLevel_opt,
    as_ClusterEventResourceType_opt,
)
from smtyped._generated.shapes.event_details import EventDetails

@attrs.frozen(kw_only=True, slots=False)
class ClusterEventDetail(Shape):
    event_id: str | None = None
    cluster_arn: str | None = None
    cluster_name: str | None = None
    instance_group_name: str | None = None
    instance_id: str | None = None
    resource_type: ClusterEventResourceType | None = attrs.field(
        default=None, converter=as_ClusterEventResourceType_opt
    )
    event_time: datetime | None = None
    event_details: EventDetails | None = None
    description: str | None = None
    event_level: ClusterEventLevel | None = attrs.field(default=None, converter=as_ClusterEventLevel_opt)
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ClusterEventSummary(Shape):
    event_id: str | None = None
    cluster_arn: str | None = None
    cluster_name: str | None = None
    instance_group_name: str | None = None
    instance_id: str | None = None
    resource_type: ClusterEventResourceType | None = attrs.field(
        default=None, converter=as_ClusterEventResourceType_opt
    )
    event_time: datetime | None = None
    description: str | None = None
    event_level: ClusterEventLevel | None = attrs.field(default=None, converter=as_ClusterEventLevel_opt)
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
