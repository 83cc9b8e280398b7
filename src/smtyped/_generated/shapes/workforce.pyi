# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.workforce_ip import (
    WorkforceIpAddressType,
    as_WorkforceIpAddressType_opt,
)
from smtyped._generated.enums.workforce_status import (
    WorkforceStatus,
    as_WorkforceStatus_opt,
)
from smtyped._generated.shapes.cognito_config import CognitoConfig
from smtyped._generated.shapes.oidc_config import OidcConfigForResponse
from smtyped._generated.shapes.source_ip import SourceIpConfig
from smtyped._generated.shapes.workforce_vpc import WorkforceVpcConfigResponse

@attrs.frozen(kw_only=True, slots=False)
class Workforce(Shape):
    workforce_name: str | None = None
    workforce_arn: str | None = None
    last_updated_date: datetime | None = None
    source_ip_config: SourceIpConfig | None = None
    sub_domain: str | None = None
    cognito_config: CognitoConfig | None = None
    oidc_config: OidcConfigForResponse | None = None
    create_date: datetime | None = None
    workforce_vpc_config: WorkforceVpcConfigResponse | None = None
    status: WorkforceStatus | None = attrs.field(default=None, converter=as_WorkforceStatus_opt)
    failure_reason: str | None = None
    ip_address_type: WorkforceIpAddressType | None = attrs.field(default=None, converter=as_WorkforceIpAddressType_opt)
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
