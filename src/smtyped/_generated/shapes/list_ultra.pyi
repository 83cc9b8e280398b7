# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.shapes.ultra_server import UltraServer

@attrs.frozen(kw_only=True, slots=False)
class ListUltraServersByReservedCapacityRequest(Shape):
    reserved_capacity_arn: str
    max_results: int | None = None
    next_token: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListUltraServersByReservedCapacityResponse(OutputShape):
    next_token: str | None = None
    ultra_servers: list[UltraServer] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
