# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.aws_managed import AwsManagedHumanLoopRequestSource, as_AwsManagedHumanLoopRequestSource
from smtyped._generated.shapes.public_workforce import PublicWorkforceTaskPrice

@attrs.frozen(kw_only=True, slots=False)
class HumanLoopActivationConditionsConfig(Shape):
    human_loop_activation_conditions: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class HumanLoopActivationConfig(Shape):
    human_loop_activation_conditions_config: HumanLoopActivationConditionsConfig
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class HumanLoopConfig(Shape):
    workteam_arn: str
    human_task_ui_arn: str
    task_title: str
    task_description: str
    task_count: int
    task_availability_lifetime_in_seconds: int | None = None
    task_time_limit_in_seconds: int | None = None
    task_keywords: list[str] | None = None
    public_workforce_task_price: PublicWorkforceTaskPrice | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class HumanLoopRequestSource(Shape):
    aws_managed_human_loop_request_source: AwsManagedHumanLoopRequestSource = attrs.field(
        converter=as_AwsManagedHumanLoopRequestSource
    )
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
