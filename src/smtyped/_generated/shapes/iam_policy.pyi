# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.enabled_or import EnabledOrDisabled, as_EnabledOrDisabled_opt

@attrs.frozen(kw_only=True, slots=False)
class IamPolicyConstraints(Shape):
    source_ip: EnabledOrDisabled | None = attrs.field(default=None, converter=as_EnabledOrDisabled_opt)
    vpc_source_ip: EnabledOrDisabled | None = attrs.field(default=None, converter=as_EnabledOrDisabled_opt)
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
