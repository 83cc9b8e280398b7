# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.direction import Direction, as_Direction_opt
from smtyped._generated.shapes.edge import Edge
from smtyped._generated.shapes.query_filters import QueryFilters
from smtyped._generated.shapes.vertex import Vertex

@attrs.frozen(kw_only=True, slots=False)
class QueryLineageRequest(Shape):
    start_arns: list[str] | None = None
    direction: Direction | None = attrs.field(default=None, converter=as_Direction_opt)
    include_edges: bool | None = None
    filters: QueryFilters | None = None
    max_depth: int | None = None
    max_results: int | None = None
    next_token: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class QueryLineageResponse(OutputShape):
    vertices: list[Vertex] | None = None
    edges: list[Edge] | None = None
    next_token: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
