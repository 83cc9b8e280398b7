# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._r import RecommendationStatus as RecommendationStatus
from smtyped._generated.enums._r import RecommendationStatusLiteral as RecommendationStatusLiteral
from smtyped._generated.enums._r import as_RecommendationStatus as as_RecommendationStatus
from smtyped._generated.enums._r import as_RecommendationStatus_opt as as_RecommendationStatus_opt

__all__ = [
    "RecommendationStatus",
    "RecommendationStatusLiteral",
]
