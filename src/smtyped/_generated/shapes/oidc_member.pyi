# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape

@attrs.frozen(kw_only=True, slots=False)
class OidcMemberDefinition(Shape):
    groups: list[str] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
