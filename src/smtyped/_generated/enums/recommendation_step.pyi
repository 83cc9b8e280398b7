# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class RecommendationStepType(OpenEnum):
    BENCHMARK = "BENCHMARK"

RecommendationStepTypeLiteral = Literal["BENCHMARK",]

def as_RecommendationStepType(
    value: RecommendationStepType | RecommendationStepTypeLiteral,
) -> RecommendationStepType: ...
def as_RecommendationStepType_opt(
    value: RecommendationStepType | RecommendationStepTypeLiteral | None,
) -> RecommendationStepType | None: ...
