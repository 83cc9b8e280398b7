# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.shapes.member_definition import MemberDefinition
from smtyped._generated.shapes.notification_configuration import NotificationConfiguration
from smtyped._generated.shapes.tag import Tag
from smtyped._generated.shapes.worker_access import WorkerAccessConfiguration

@attrs.frozen(kw_only=True, slots=False)
class CreateWorkteamRequest(Shape):
    workteam_name: str
    member_definitions: list[MemberDefinition]
    description: str
    workforce_name: str | None = None
    notification_configuration: NotificationConfiguration | None = None
    worker_access_configuration: WorkerAccessConfiguration | None = None
    tags: list[Tag] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateWorkteamResponse(OutputShape):
    workteam_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
