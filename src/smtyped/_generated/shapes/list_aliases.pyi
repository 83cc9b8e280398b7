# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape

@attrs.frozen(kw_only=True, slots=False)
class ListAliasesRequest(Shape):
    image_name: str
    alias: str | None = None
    version: int | None = None
    max_results: int | None = None
    next_token: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListAliasesResponse(OutputShape):
    sage_maker_image_version_aliases: list[str] | None = None
    next_token: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
