# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.association_edge import (
    AssociationEdgeType,
    as_AssociationEdgeType_opt,
)
from smtyped._generated.enums.sort_associations import (
    SortAssociationsBy,
    as_SortAssociationsBy_opt,
)
from smtyped._generated.enums.sort_order import SortOrder, as_SortOrder_opt
from smtyped._generated.shapes.association_summary import AssociationSummary

@attrs.frozen(kw_only=True, slots=False)
class ListAssociationsRequest(Shape):
    source_arn: str | None = None
    destination_arn: str | None = None
    source_type: str | None = None
    destination_type: str | None = None
    association_type: AssociationEdgeType | None = attrs.field(default=None, converter=as_AssociationEdgeType_opt)
    created_after: datetime | None = None
    created_before: datetime | None = None
    sort_by: SortAssociationsBy | None = attrs.field(default=None, converter=as_SortAssociationsBy_opt)
    sort_order: SortOrder | None = attrs.field(default=None, converter=as_SortOrder_opt)
    next_token: str | None = None
    max_results: int | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListAssociationsResponse(OutputShape):
    association_summaries: list[AssociationSummary] | None = None
    next_token: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
