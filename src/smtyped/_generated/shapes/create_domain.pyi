# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.app_network import AppNetworkAccessType, as_AppNetworkAccessType_opt
from smtyped._generated.enums.app_security import AppSecurityGroupManagement, as_AppSecurityGroupManagement_opt
from smtyped._generated.enums.auth_mode import AuthMode, as_AuthMode
from smtyped._generated.enums.home_efs import HomeEfsFileSystemCreation, as_HomeEfsFileSystemCreation_opt
from smtyped._generated.enums.tag_propagation import TagPropagation, as_TagPropagation_opt
from smtyped._generated.shapes.default_space import DefaultSpaceSettings
from smtyped._generated.shapes.domain_settings import DomainSettings
from smtyped._generated.shapes.tag import Tag
from smtyped._generated.shapes.user_settings import UserSettings

@attrs.frozen(kw_only=True, slots=False)
class CreateDomainRequest(Shape):
    domain_name: str
    auth_mode: AuthMode = attrs.field(converter=as_AuthMode)
    default_user_settings: UserSettings
    domain_settings: DomainSettings | None = None
    subnet_ids: list[str] | None = None
    vpc_id: str | None = None
    tags: list[Tag] | None = None
    app_network_access_type: AppNetworkAccessType | None = attrs.field(
        default=None, converter=as_AppNetworkAccessType_opt
    )
    home_efs_file_system_kms_key_id: str | None = None
    kms_key_id: str | None = None
    app_security_group_management: AppSecurityGroupManagement | None = attrs.field(
        default=None, converter=as_AppSecurityGroupManagement_opt
    )
    home_efs_file_system_creation: HomeEfsFileSystemCreation | None = attrs.field(
        default=None, converter=as_HomeEfsFileSystemCreation_opt
    )
    tag_propagation: TagPropagation | None = attrs.field(default=None, converter=as_TagPropagation_opt)
    default_space_settings: DefaultSpaceSettings | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateDomainResponse(OutputShape):
    domain_arn: str | None = None
    domain_id: str | None = None
    url: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
