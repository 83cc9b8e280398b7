# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.flow_definition import (
    FlowDefinitionStatus,
    as_FlowDefinitionStatus_opt,
)
from smtyped._generated.shapes.flow_definition import FlowDefinitionOutputConfig
from smtyped._generated.shapes.human_loop import HumanLoopActivationConfig, HumanLoopConfig, HumanLoopRequestSource

@attrs.frozen(kw_only=True, slots=False)
class DescribeFlowDefinitionRequest(Shape):
    flow_definition_name: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeFlowDefinitionResponse(OutputShape):
    flow_definition_arn: str | None = None
    flow_definition_name: str | None = None
    flow_definition_status: FlowDefinitionStatus | None = attrs.field(
        default=None, converter=as_FlowDefinitionStatus_opt
    )
    creation_time: datetime | None = None
    human_loop_request_source: HumanLoopRequestSource | None = None
    human_loop_activation_config: HumanLoopActivationConfig | None = None
    human_loop_config: HumanLoopConfig | None = None
    output_config: FlowDefinitionOutputConfig | None = None
    role_arn: str | None = None
    failure_reason: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
