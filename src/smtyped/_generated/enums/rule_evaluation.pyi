# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._r import RuleEvaluationStatus as RuleEvaluationStatus
from smtyped._generated.enums._r import RuleEvaluationStatusLiteral as RuleEvaluationStatusLiteral
from smtyped._generated.enums._r import as_RuleEvaluationStatus as as_RuleEvaluationStatus
from smtyped._generated.enums._r import as_RuleEvaluationStatus_opt as as_RuleEvaluationStatus_opt

__all__ = [
    "RuleEvaluationStatus",
    "RuleEvaluationStatusLiteral",
]
