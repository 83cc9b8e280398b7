# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._s import StopInferenceExperimentRequest as StopInferenceExperimentRequest
from smtyped._generated.shapes._s import StopInferenceExperimentResponse as StopInferenceExperimentResponse
from smtyped._generated.shapes._s import (
    StopInferenceRecommendationsJobRequest as StopInferenceRecommendationsJobRequest,
)
from smtyped._generated.shapes._s import (
    StopInferenceRecommendationsJobResponse as StopInferenceRecommendationsJobResponse,
)

__all__ = [
    "StopInferenceExperimentRequest",
    "StopInferenceExperimentResponse",
    "StopInferenceRecommendationsJobRequest",
    "StopInferenceRecommendationsJobResponse",
]
