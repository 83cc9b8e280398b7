# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.volume_attachment import (
    VolumeAttachmentStatus,
    as_VolumeAttachmentStatus_opt,
)

@attrs.frozen(kw_only=True, slots=False)
class AttachClusterNodeVolumeRequest(Shape):
    cluster_arn: str
    node_id: str
    volume_id: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class AttachClusterNodeVolumeResponse(OutputShape):
    cluster_arn: str | None = None
    node_id: str | None = None
    volume_id: str | None = None
    attach_time: datetime | None = None
    status: VolumeAttachmentStatus | None = attrs.field(default=None, converter=as_VolumeAttachmentStatus_opt)
    device_name: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
