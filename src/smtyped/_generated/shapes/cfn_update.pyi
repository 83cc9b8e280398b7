# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.shapes.cfn_stack import CfnStackUpdateParameter

@attrs.frozen(kw_only=True, slots=False)
class CfnUpdateTemplateProvider(Shape):
    template_name: str
    template_url: str
    parameters: list[CfnStackUpdateParameter] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
