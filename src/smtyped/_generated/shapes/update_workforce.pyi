# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.workforce_ip import WorkforceIpAddressType, as_WorkforceIpAddressType_opt
from smtyped._generated.shapes.oidc_config import OidcConfig
from smtyped._generated.shapes.source_ip import SourceIpConfig
from smtyped._generated.shapes.workforce import Workforce
from smtyped._generated.shapes.workforce_vpc import WorkforceVpcConfigRequest

@attrs.frozen(kw_only=True, slots=False)
class UpdateWorkforceRequest(Shape):
    workforce_name: str
    source_ip_config: SourceIpConfig | None = None
    oidc_config: OidcConfig | None = None
    workforce_vpc_config: WorkforceVpcConfigRequest | None = None
    ip_address_type: WorkforceIpAddressType | None = attrs.field(default=None, converter=as_WorkforceIpAddressType_opt)
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class UpdateWorkforceResponse(OutputShape):
    workforce: Workforce | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
