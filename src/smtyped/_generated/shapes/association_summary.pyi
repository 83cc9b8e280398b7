# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.association_edge import (
    AssociationEdgeType,
    as_AssociationEdgeType_opt,
)
from smtyped._generated.shapes.user_context import UserContext

@attrs.frozen(kw_only=True, slots=False)
class AssociationSummary(Shape):
    source_arn: str | None = None
    destination_arn: str | None = None
    source_type: str | None = None
    destination_type: str | None = None
    association_type: AssociationEdgeType | None = attrs.field(default=None, converter=as_AssociationEdgeType_opt)
    source_name: str | None = None
    destination_name: str | None = None
    creation_time: datetime | None = None
    created_by: UserContext | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
