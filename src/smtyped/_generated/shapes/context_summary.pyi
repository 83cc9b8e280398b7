# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.shapes.context_source import ContextSource

@attrs.frozen(kw_only=True, slots=False)
class ContextSummary(Shape):
    context_arn: str | None = None
    context_name: str | None = None
    source: ContextSource | None = None
    context_type: str | None = None
    creation_time: datetime | None = None
    last_modified_time: datetime | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
