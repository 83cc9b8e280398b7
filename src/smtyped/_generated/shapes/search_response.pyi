# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import OutputShape
from smtyped._generated.shapes.search_record import SearchRecord
from smtyped._generated.shapes.total_hits import TotalHits

@attrs.frozen(kw_only=True, slots=False)
class SearchResponse(OutputShape):
    results: list[SearchRecord] | None = None
    next_token: str | None = None
    total_hits: TotalHits | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
