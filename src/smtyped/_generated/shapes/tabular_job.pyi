# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.auto_ml import AutoMLMode, as_AutoMLMode_opt
from smtyped._generated.enums.problem_type import ProblemType, as_ProblemType_opt
from smtyped._generated.shapes.auto_ml import AutoMLJobCompletionCriteria
from smtyped._generated.shapes.candidate_generation import CandidateGenerationConfig

@attrs.frozen(kw_only=True, slots=False)
class TabularJobConfig(Shape):
    target_attribute_name: str
    candidate_generation_config: CandidateGenerationConfig | None = None
    completion_criteria: AutoMLJobCompletionCriteria | None = None
    feature_specification_s3_uri: str | None = None
    mode: AutoMLMode | None = attrs.field(default=None, converter=as_AutoMLMode_opt)
    generate_candidate_definitions_only: bool | None = None
    problem_type: ProblemType | None = attrs.field(default=None, converter=as_ProblemType_opt)
    sample_weight_attribute_name: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
