# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._a import AIRecommendationInferenceFramework as AIRecommendationInferenceFramework
from smtyped._generated.enums._a import (
    AIRecommendationInferenceFrameworkLiteral as AIRecommendationInferenceFrameworkLiteral,
)
from smtyped._generated.enums._a import AIRecommendationInstanceType as AIRecommendationInstanceType
from smtyped._generated.enums._a import AIRecommendationInstanceTypeLiteral as AIRecommendationInstanceTypeLiteral
from smtyped._generated.enums._a import AIRecommendationJobStatus as AIRecommendationJobStatus
from smtyped._generated.enums._a import AIRecommendationJobStatusLiteral as AIRecommendationJobStatusLiteral
from smtyped._generated.enums._a import AIRecommendationMetric as AIRecommendationMetric
from smtyped._generated.enums._a import AIRecommendationMetricLiteral as AIRecommendationMetricLiteral
from smtyped._generated.enums._a import AIRecommendationOptimizationType as AIRecommendationOptimizationType
from smtyped._generated.enums._a import (
    AIRecommendationOptimizationTypeLiteral as AIRecommendationOptimizationTypeLiteral,
)
from smtyped._generated.enums._a import as_AIRecommendationInferenceFramework as as_AIRecommendationInferenceFramework
from smtyped._generated.enums._a import (
    as_AIRecommendationInferenceFramework_opt as as_AIRecommendationInferenceFramework_opt,
)
from smtyped._generated.enums._a import as_AIRecommendationInstanceType as as_AIRecommendationInstanceType
from smtyped._generated.enums._a import as_AIRecommendationInstanceType_opt as as_AIRecommendationInstanceType_opt
from smtyped._generated.enums._a import as_AIRecommendationJobStatus as as_AIRecommendationJobStatus
from smtyped._generated.enums._a import as_AIRecommendationJobStatus_opt as as_AIRecommendationJobStatus_opt
from smtyped._generated.enums._a import as_AIRecommendationMetric as as_AIRecommendationMetric
from smtyped._generated.enums._a import as_AIRecommendationMetric_opt as as_AIRecommendationMetric_opt
from smtyped._generated.enums._a import as_AIRecommendationOptimizationType as as_AIRecommendationOptimizationType
from smtyped._generated.enums._a import (
    as_AIRecommendationOptimizationType_opt as as_AIRecommendationOptimizationType_opt,
)

__all__ = [
    "AIRecommendationInferenceFramework",
    "AIRecommendationInferenceFrameworkLiteral",
    "AIRecommendationInstanceType",
    "AIRecommendationInstanceTypeLiteral",
    "AIRecommendationJobStatus",
    "AIRecommendationJobStatusLiteral",
    "AIRecommendationMetric",
    "AIRecommendationMetricLiteral",
    "AIRecommendationOptimizationType",
    "AIRecommendationOptimizationTypeLiteral",
]
