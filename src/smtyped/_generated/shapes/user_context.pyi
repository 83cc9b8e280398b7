# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.shapes.iam_identity import IamIdentity

@attrs.frozen(kw_only=True, slots=False)
class UserContext(Shape):
    user_profile_arn: str | None = None
    user_profile_name: str | None = None
    domain_id: str | None = None
    iam_identity: IamIdentity | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
