# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.shapes.partner_app import PartnerAppConfig, PartnerAppMaintenanceConfig
from smtyped._generated.shapes.tag import Tag

@attrs.frozen(kw_only=True, slots=False)
class UpdatePartnerAppRequest(Shape):
    arn: str
    maintenance_config: PartnerAppMaintenanceConfig | None = None
    tier: str | None = None
    application_config: PartnerAppConfig | None = None
    enable_iam_session_based_identity: bool | None = None
    enable_auto_minor_version_upgrade: bool | None = None
    app_version: str | None = None
    client_token: str | None = None
    tags: list[Tag] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class UpdatePartnerAppResponse(OutputShape):
    arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
