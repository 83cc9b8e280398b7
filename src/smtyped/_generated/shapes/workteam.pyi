# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.shapes.member_definition import MemberDefinition
from smtyped._generated.shapes.notification_configuration import NotificationConfiguration
from smtyped._generated.shapes.worker_access import WorkerAccessConfiguration

@attrs.frozen(kw_only=True, slots=False)
class Workteam(Shape):
    workteam_name: str | None = None
    member_definitions: list[MemberDefinition] | None = None
    workteam_arn: str | None = None
    workforce_arn: str | None = None
    product_listing_ids: list[str] | None = None
    description: str | None = None
    sub_domain: str | None = None
    create_date: datetime | None = None
    last_updated_date: datetime | None = None
    notification_configuration: NotificationConfiguration | None = None
    worker_access_configuration: WorkerAccessConfiguration | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
