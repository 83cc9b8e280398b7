# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class EvaluationType(OpenEnum):
    LLMAJEVALUATION = "LLMAJEvaluation"
    CUSTOMSCOREREVALUATION = "CustomScorerEvaluation"
    BENCHMARKEVALUATION = "BenchmarkEvaluation"

EvaluationTypeLiteral = Literal[
    "LLMAJEvaluation",
    "CustomScorerEvaluation",
    "BenchmarkEvaluation",
]

def as_EvaluationType(value: EvaluationType | EvaluationTypeLiteral) -> EvaluationType: ...
def as_EvaluationType_opt(value: EvaluationType | EvaluationTypeLiteral | None) -> EvaluationType | None: ...
