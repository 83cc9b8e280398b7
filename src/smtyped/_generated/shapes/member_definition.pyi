# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.shapes.cognito_member import CognitoMemberDefinition
from smtyped._generated.shapes.oidc_member import OidcMemberDefinition

@attrs.frozen(kw_only=True, slots=False)
class MemberDefinition(Shape):
    cognito_member_definition: CognitoMemberDefinition | None = None
    oidc_member_definition: OidcMemberDefinition | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
