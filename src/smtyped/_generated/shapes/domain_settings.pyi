# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.execution_role import ExecutionRoleIdentityConfig, as_ExecutionRoleIdentityConfig_opt
from smtyped._generated.enums.ip_address import IPAddressType, as_IPAddressType_opt
from smtyped._generated.shapes.amazon_q import AmazonQSettings
from smtyped._generated.shapes.docker_settings import DockerSettings
from smtyped._generated.shapes.r_studio import RStudioServerProDomainSettings, RStudioServerProDomainSettingsForUpdate
from smtyped._generated.shapes.trusted_identity import TrustedIdentityPropagationSettings
from smtyped._generated.shapes.unified_studio import UnifiedStudioSettings

@attrs.frozen(kw_only=True, slots=False)
class DomainSettings(Shape):
    security_group_ids: list[str] | None = None
    r_studio_server_pro_domain_settings: RStudioServerProDomainSettings | None = None
    execution_role_identity_config: ExecutionRoleIdentityConfig | None = attrs.field(
        default=None, converter=as_ExecutionRoleIdentityConfig_opt
    )
    trusted_identity_propagation_settings: TrustedIdentityPropagationSettings | None = None
    docker_settings: DockerSettings | None = None
    amazon_q_settings: AmazonQSettings | None = None
    unified_studio_settings: UnifiedStudioSettings | None = None
    ip_address_type: IPAddressType | None = attrs.field(default=None, converter=as_IPAddressType_opt)
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DomainSettingsForUpdate(Shape):
    r_studio_server_pro_domain_settings_for_update: RStudioServerProDomainSettingsForUpdate | None = None
    execution_role_identity_config: ExecutionRoleIdentityConfig | None = attrs.field(
        default=None, converter=as_ExecutionRoleIdentityConfig_opt
    )
    security_group_ids: list[str] | None = None
    trusted_identity_propagation_settings: TrustedIdentityPropagationSettings | None = None
    docker_settings: DockerSettings | None = None
    amazon_q_settings: AmazonQSettings | None = None
    unified_studio_settings: UnifiedStudioSettings | None = None
    ip_address_type: IPAddressType | None = attrs.field(default=None, converter=as_IPAddressType_opt)
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
