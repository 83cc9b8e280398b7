# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.partner_app import (
    PartnerAppAuthType,
    PartnerAppStatus,
    PartnerAppType,
    as_PartnerAppAuthType_opt,
    as_PartnerAppStatus_opt,
    as_PartnerAppType_opt,
)
from smtyped._generated.shapes.available_upgrade import AvailableUpgrade
from smtyped._generated.shapes.error_info import ErrorInfo
from smtyped._generated.shapes.partner_app import PartnerAppConfig, PartnerAppMaintenanceConfig

@attrs.frozen(kw_only=True, slots=False)
class DescribePartnerAppRequest(Shape):
    arn: str
    include_available_upgrade: bool | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribePartnerAppResponse(OutputShape):
    arn: str | None = None
    name: str | None = None
    type: PartnerAppType | None = attrs.field(default=None, converter=as_PartnerAppType_opt)
    status: PartnerAppStatus | None = attrs.field(default=None, converter=as_PartnerAppStatus_opt)
    creation_time: datetime | None = None
    last_modified_time: datetime | None = None
    execution_role_arn: str | None = None
    kms_key_id: str | None = None
    base_url: str | None = None
    maintenance_config: PartnerAppMaintenanceConfig | None = None
    tier: str | None = None
    version: str | None = None
    application_config: PartnerAppConfig | None = None
    auth_type: PartnerAppAuthType | None = attrs.field(default=None, converter=as_PartnerAppAuthType_opt)
    enable_iam_session_based_identity: bool | None = None
    error: ErrorInfo | None = None
    enable_auto_minor_version_upgrade: bool | None = None
    current_version_eol_date: datetime | None = None
    available_upgrade: AvailableUpgrade | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
