# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.problem_type import ProblemType, as_ProblemType_opt
from smtyped._generated.shapes.auto_ml import AutoMLJobCompletionCriteria, AutoMLJobObjective

@attrs.frozen(kw_only=True, slots=False)
class ResolvedAttributes(Shape):
    auto_ml_job_objective: AutoMLJobObjective | None = None
    problem_type: ProblemType | None = attrs.field(default=None, converter=as_ProblemType_opt)
    completion_criteria: AutoMLJobCompletionCriteria | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
