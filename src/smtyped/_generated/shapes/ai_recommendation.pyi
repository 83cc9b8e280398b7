# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._a import AIRecommendation as AIRecommendation
from smtyped._generated.shapes._a import AIRecommendationAdapterDetails as AIRecommendationAdapterDetails
from smtyped._generated.shapes._a import AIRecommendationComputeSpec as AIRecommendationComputeSpec
from smtyped._generated.shapes._a import AIRecommendationConstraint as AIRecommendationConstraint
from smtyped._generated.shapes._a import (
    AIRecommendationDeploymentConfiguration as AIRecommendationDeploymentConfiguration,
)
from smtyped._generated.shapes._a import AIRecommendationDeploymentS3Channel as AIRecommendationDeploymentS3Channel
from smtyped._generated.shapes._a import (
    AIRecommendationInferenceSpecification as AIRecommendationInferenceSpecification,
)
from smtyped._generated.shapes._a import AIRecommendationInstanceDetail as AIRecommendationInstanceDetail
from smtyped._generated.shapes._a import AIRecommendationJobSummary as AIRecommendationJobSummary
from smtyped._generated.shapes._a import AIRecommendationModelDetails as AIRecommendationModelDetails
from smtyped._generated.shapes._a import AIRecommendationOptimizationDetail as AIRecommendationOptimizationDetail
from smtyped._generated.shapes._a import AIRecommendationOutputConfig as AIRecommendationOutputConfig
from smtyped._generated.shapes._a import AIRecommendationOutputResult as AIRecommendationOutputResult
from smtyped._generated.shapes._a import AIRecommendationPerformanceMetric as AIRecommendationPerformanceMetric
from smtyped._generated.shapes._a import AIRecommendationPerformanceTarget as AIRecommendationPerformanceTarget

__all__ = [
    "AIRecommendation",
    "AIRecommendationAdapterDetails",
    "AIRecommendationComputeSpec",
    "AIRecommendationConstraint",
    "AIRecommendationDeploymentConfiguration",
    "AIRecommendationDeploymentS3Channel",
    "AIRecommendationInferenceSpecification",
    "AIRecommendationInstanceDetail",
    "AIRecommendationJobSummary",
    "AIRecommendationModelDetails",
    "AIRecommendationOptimizationDetail",
    "AIRecommendationOutputConfig",
    "AIRecommendationOutputResult",
    "AIRecommendationPerformanceMetric",
    "AIRecommendationPerformanceTarget",
]
