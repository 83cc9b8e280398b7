# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.shapes.flow_definition import FlowDefinitionOutputConfig
from smtyped._generated.shapes.human_loop import HumanLoopActivationConfig, HumanLoopConfig, HumanLoopRequestSource
from smtyped._generated.shapes.tag import Tag

@attrs.frozen(kw_only=True, slots=False)
class CreateFlowDefinitionRequest(Shape):
    flow_definition_name: str
    output_config: FlowDefinitionOutputConfig
    role_arn: str
    human_loop_request_source: HumanLoopRequestSource | None = None
    human_loop_activation_config: HumanLoopActivationConfig | None = None
    human_loop_config: HumanLoopConfig | None = None
    tags: list[Tag] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateFlowDefinitionResponse(OutputShape):
    flow_definition_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
