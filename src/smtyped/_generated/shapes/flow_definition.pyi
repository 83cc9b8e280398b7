# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.flow_definition import (
    FlowDefinitionStatus,
    as_FlowDefinitionStatus_opt,
)

@attrs.frozen(kw_only=True, slots=False)
class FlowDefinitionOutputConfig(Shape):
    s3_output_path: str
    kms_key_id: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class FlowDefinitionSummary(Shape):
    flow_definition_name: str | None = None
    flow_definition_arn: str | None = None
    flow_definition_status: FlowDefinitionStatus | None = attrs.field(
        default=None, converter=as_FlowDefinitionStatus_opt
    )
    creation_time: datetime | None = None
    failure_reason: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
