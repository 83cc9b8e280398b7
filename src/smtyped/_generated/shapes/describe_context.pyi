# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.shapes.context_source import ContextSource
from smtyped._generated.shapes.user_context import UserContext

@attrs.frozen(kw_only=True, slots=False)
class DescribeContextRequest(Shape):
    context_name: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeContextResponse(OutputShape):
    context_name: str | None = None
    context_arn: str | None = None
    source: ContextSource | None = None
    context_type: str | None = None
    description: str | None = None
    properties: dict[str, str] | None = None
    creation_time: datetime | None = None
    created_by: UserContext | None = None
    last_modified_time: datetime | None = None
    last_modified_by: UserContext | None = None
    lineage_group_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
