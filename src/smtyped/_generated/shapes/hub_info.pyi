# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.hub_status import HubStatus, as_HubStatus_opt

@attrs.frozen(kw_only=True, slots=False)
class HubInfo(Shape):
    hub_name: str | None = None
    hub_arn: str | None = None
    hub_display_name: str | None = None
    hub_description: str | None = None
    hub_search_keywords: list[str] | None = None
    hub_status: HubStatus | None = attrs.field(default=None, converter=as_HubStatus_opt)
    creation_time: datetime | None = None
    last_modified_time: datetime | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
