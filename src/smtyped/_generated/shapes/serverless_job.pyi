# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.customization_technique import CustomizationTechnique, as_CustomizationTechnique_opt
from smtyped._generated.enums.evaluation_type import EvaluationType, as_EvaluationType_opt
from smtyped._generated.enums.peft import Peft, as_Peft_opt
from smtyped._generated.enums.serverless_job import ServerlessJobType, as_ServerlessJobType

@attrs.frozen(kw_only=True, slots=False)
class ServerlessJobConfig(Shape):
    base_model_arn: str
    job_type: ServerlessJobType = attrs.field(converter=as_ServerlessJobType)
    accept_eula: bool | None = None
    customization_technique: CustomizationTechnique | None = attrs.field(
        default=None, converter=as_CustomizationTechnique_opt
    )
    peft: Peft | None = attrs.field(default=None, converter=as_Peft_opt)
    evaluation_type: EvaluationType | None = attrs.field(default=None, converter=as_EvaluationType_opt)
    evaluator_arn: str | None = None
    sequence_length: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
