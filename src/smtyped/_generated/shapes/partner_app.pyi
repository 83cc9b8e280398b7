# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.partner_app import (
    PartnerAppStatus,
    PartnerAppType,
    as_PartnerAppStatus_opt,
    as_PartnerAppType_opt,
)
from smtyped._generated.shapes.role_group import RoleGroupAssignment

@attrs.frozen(kw_only=True, slots=False)
class PartnerAppConfig(Shape):
    admin_users: list[str] | None = None
    arguments: dict[str, str] | None = None
    assigned_group_patterns: list[str] | None = None
    role_group_assignments: list[RoleGroupAssignment] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class PartnerAppMaintenanceConfig(Shape):
    maintenance_window_start: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class PartnerAppSummary(Shape):
    arn: str | None = None
    name: str | None = None
    type: PartnerAppType | None = attrs.field(default=None, converter=as_PartnerAppType_opt)
    status: PartnerAppStatus | None = attrs.field(default=None, converter=as_PartnerAppStatus_opt)
    creation_time: datetime | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
