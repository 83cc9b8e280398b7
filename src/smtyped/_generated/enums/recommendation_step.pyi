# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._r import RecommendationStepType as RecommendationStepType
from smtyped._generated.enums._r import RecommendationStepTypeLiteral as RecommendationStepTypeLiteral
from smtyped._generated.enums._r import as_RecommendationStepType as as_RecommendationStepType
from smtyped._generated.enums._r import as_RecommendationStepType_opt as as_RecommendationStepType_opt

__all__ = [
    "RecommendationStepType",
    "RecommendationStepTypeLiteral",
]
