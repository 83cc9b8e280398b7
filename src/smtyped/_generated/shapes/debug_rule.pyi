# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.processing_instance import (
    ProcessingInstanceType,
    as_ProcessingInstanceType_opt,
)
from smtyped._generated.enums.rule_evaluation import (
    RuleEvaluationStatus,
    as_RuleEvaluationStatus_opt,
)

@attrs.frozen(kw_only=True, slots=False)
class DebugRuleConfiguration(Shape):
    rule_configuration_name: str
    rule_evaluator_image: str
    local_path: str | None = None
    s3_output_path: str | None = None
    instance_type: ProcessingInstanceType | None = attrs.field(default=None, converter=as_ProcessingInstanceType_opt)
    volume_size_in_gb: int | None = None
    rule_parameters: dict[str, str] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DebugRuleEvaluationStatus(Shape):
    rule_configuration_name: str | None = None
    rule_evaluation_job_arn: str | None = None
    rule_evaluation_status: RuleEvaluationStatus | None = attrs.field(
        default=None, converter=as_RuleEvaluationStatus_opt
    )
    status_details: str | None = None
    last_modified_time: datetime | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
