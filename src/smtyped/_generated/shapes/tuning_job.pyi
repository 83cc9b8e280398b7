# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.shapes.best_objective import BestObjectiveNotImproving
from smtyped._generated.shapes.convergence_detected import ConvergenceDetected

@attrs.frozen(kw_only=True, slots=False)
class TuningJobCompletionCriteria(Shape):
    target_objective_metric_value: float | None = None
    best_objective_not_improving: BestObjectiveNotImproving | None = None
    convergence_detected: ConvergenceDetected | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class TuningJobStepMetaData(Shape):
    arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
