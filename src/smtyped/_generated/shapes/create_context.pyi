# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.shapes.context_source import ContextSource
from smtyped._generated.shapes.tag import Tag

@attrs.frozen(kw_only=True, slots=False)
class CreateContextRequest(Shape):
    context_name: str
    source: ContextSource
    context_type: str
    description: str | None = None
    properties: dict[str, str] | None = None
    tags: list[Tag] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateContextResponse(OutputShape):
    context_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
