# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.action_status import (
    ActionStatus,
    as_ActionStatus_opt,
)
from smtyped._generated.shapes.action_source import ActionSource
from smtyped._generated.shapes.metadata_properties import MetadataProperties
from smtyped._generated.shapes.user_context import UserContext

@attrs.frozen(kw_only=True, slots=False)
class DescribeActionRequest(Shape):
    action_name: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeActionResponse(OutputShape):
    action_name: str | None = None
    action_arn: str | None = None
    source: ActionSource | None = None
    action_type: str | None = None
    description: str | None = None
    status: ActionStatus | None = attrs.field(default=None, converter=as_ActionStatus_opt)
    properties: dict[str, str] | None = None
    creation_time: datetime | None = None
    created_by: UserContext | None = None
    last_modified_time: datetime | None = None
    last_modified_by: UserContext | None = None
    metadata_properties: MetadataProperties | None = None
    lineage_group_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
