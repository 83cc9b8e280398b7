# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class RecommendationStatus(OpenEnum):
    IN_PROGRESS = "IN_PROGRESS"
    COMPLETED = "COMPLETED"
    FAILED = "FAILED"
    NOT_APPLICABLE = "NOT_APPLICABLE"

RecommendationStatusLiteral = Literal[
    "IN_PROGRESS",
    "COMPLETED",
    "FAILED",
    "NOT_APPLICABLE",
]

def as_RecommendationStatus(value: RecommendationStatus | RecommendationStatusLiteral) -> RecommendationStatus: ...
def as_RecommendationStatus_opt(
    value: RecommendationStatus | RecommendationStatusLiteral | None,
) -> RecommendationStatus | None: ...
