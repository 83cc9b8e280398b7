# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.resource_catalog import (
    ResourceCatalogSortBy,
    ResourceCatalogSortOrder,
    as_ResourceCatalogSortBy_opt,
    as_ResourceCatalogSortOrder_opt,
)
from smtyped._generated.shapes.resource_catalog import ResourceCatalog

@attrs.frozen(kw_only=True, slots=False)
class ListResourceCatalogsRequest(Shape):
    name_contains: str | None = None
    creation_time_after: datetime | None = None
    creation_time_before: datetime | None = None
    sort_order: ResourceCatalogSortOrder | None = attrs.field(default=None, converter=as_ResourceCatalogSortOrder_opt)
    sort_by: ResourceCatalogSortBy | None = attrs.field(default=None, converter=as_ResourceCatalogSortBy_opt)
    max_results: int | None = None
    next_token: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListResourceCatalogsResponse(OutputShape):
    resource_catalogs: list[ResourceCatalog] | None = None
    next_token: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
