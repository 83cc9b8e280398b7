# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.shapes.domain_details import DomainDetails

@attrs.frozen(kw_only=True, slots=False)
class ListDomainsRequest(Shape):
    next_token: str | None = None
    max_results: int | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListDomainsResponse(OutputShape):
    domains: list[DomainDetails] | None = None
    next_token: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
