# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.lineage_type import LineageType, LineageTypeLiteral

@attrs.frozen(kw_only=True, slots=False)
class QueryFilters(Shape):
    types: list[str] | None = None
    lineage_types: list[LineageType | LineageTypeLiteral] | None = None
    created_before: datetime | None = None
    created_after: datetime | None = None
    modified_before: datetime | None = None
    modified_after: datetime | None = None
    properties: dict[str, str] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
