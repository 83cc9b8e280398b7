# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.r_studio import (
    RStudioServerProAccessStatus,
    RStudioServerProUserGroup,
    as_RStudioServerProAccessStatus_opt,
    as_RStudioServerProUserGroup_opt,
)
from smtyped._generated.shapes.resource_spec import ResourceSpec

@attrs.frozen(kw_only=True, slots=False)
class RStudioServerProAppSettings(Shape):
    access_status: RStudioServerProAccessStatus | None = attrs.field(
        default=None, converter=as_RStudioServerProAccessStatus_opt
    )
    user_group: RStudioServerProUserGroup | None = attrs.field(default=None, converter=as_RStudioServerProUserGroup_opt)
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class RStudioServerProDomainSettings(Shape):
    domain_execution_role_arn: str
    r_studio_connect_url: str | None = None
    r_studio_package_manager_url: str | None = None
    default_resource_spec: ResourceSpec | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class RStudioServerProDomainSettingsForUpdate(Shape):
    domain_execution_role_arn: str
    default_resource_spec: ResourceSpec | None = None
    r_studio_connect_url: str | None = None
    r_studio_package_manager_url: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
