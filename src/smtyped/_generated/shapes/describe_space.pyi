# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.space_status import SpaceStatus, as_SpaceStatus_opt
from smtyped._generated.shapes.ownership_settings import OwnershipSettings
from smtyped._generated.shapes.space_settings import SpaceSettings
from smtyped._generated.shapes.space_sharing import SpaceSharingSettings

@attrs.frozen(kw_only=True, slots=False)
class DescribeSpaceRequest(Shape):
    domain_id: str
    space_name: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeSpaceResponse(OutputShape):
    domain_id: str | None = None
    space_arn: str | None = None
    space_name: str | None = None
    home_efs_file_system_uid: str | None = None
    status: SpaceStatus | None = attrs.field(default=None, converter=as_SpaceStatus_opt)
    last_modified_time: datetime | None = None
    creation_time: datetime | None = None
    failure_reason: str | None = None
    space_settings: SpaceSettings | None = None
    ownership_settings: OwnershipSettings | None = None
    space_sharing_settings: SpaceSharingSettings | None = None
    space_display_name: str | None = None
    url: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
