# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.is_tracking import (
    IsTrackingServerActive,
    as_IsTrackingServerActive_opt,
)
from smtyped._generated.enums.tracking_server import (
    TrackingServerStatus,
    as_TrackingServerStatus_opt,
)

@attrs.frozen(kw_only=True, slots=False)
class TrackingServerSummary(Shape):
    tracking_server_arn: str | None = None
    tracking_server_name: str | None = None
    creation_time: datetime | None = None
    last_modified_time: datetime | None = None
    tracking_server_status: TrackingServerStatus | None = attrs.field(
        default=None, converter=as_TrackingServerStatus_opt
    )
    is_active: IsTrackingServerActive | None = attrs.field(default=None, converter=as_IsTrackingServerActive_opt)
    mlflow_version: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
