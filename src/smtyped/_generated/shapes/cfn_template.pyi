# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.shapes.cfn_stack import CfnStackDetail, CfnStackParameter

@attrs.frozen(kw_only=True, slots=False)
class CfnTemplateProviderDetail(Shape):
    template_name: str | None = None
    template_url: str | None = None
    role_arn: str | None = None
    parameters: list[CfnStackParameter] | None = None
    stack_detail: CfnStackDetail | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
