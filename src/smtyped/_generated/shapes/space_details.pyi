# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.space_status import SpaceStatus, as_SpaceStatus_opt
from smtyped._generated.shapes.ownership_settings import OwnershipSettingsSummary
from smtyped._generated.shapes.space_settings import SpaceSettingsSummary
from smtyped._generated.shapes.space_sharing import SpaceSharingSettingsSummary

@attrs.frozen(kw_only=True, slots=False)
class SpaceDetails(Shape):
    domain_id: str | None = None
    space_name: str | None = None
    status: SpaceStatus | None = attrs.field(default=None, converter=as_SpaceStatus_opt)
    creation_time: datetime | None = None
    last_modified_time: datetime | None = None
    space_settings_summary: SpaceSettingsSummary | None = None
    space_sharing_settings_summary: SpaceSharingSettingsSummary | None = None
    ownership_settings_summary: OwnershipSettingsSummary | None = None
    space_display_name: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
