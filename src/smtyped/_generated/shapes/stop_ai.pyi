# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._s import StopAIBenchmarkJobRequest as StopAIBenchmarkJobRequest
from smtyped._generated.shapes._s import StopAIBenchmarkJobResponse as StopAIBenchmarkJobResponse
from smtyped._generated.shapes._s import StopAIRecommendationJobRequest as StopAIRecommendationJobRequest
from smtyped._generated.shapes._s import StopAIRecommendationJobResponse as StopAIRecommendationJobResponse

__all__ = [
    "StopAIBenchmarkJobRequest",
    "StopAIBenchmarkJobResponse",
    "StopAIRecommendationJobRequest",
    "StopAIRecommendationJobResponse",
]
