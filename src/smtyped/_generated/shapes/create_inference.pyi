# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._c import CreateInferenceComponentInput as CreateInferenceComponentInput
from smtyped._generated.shapes._c import CreateInferenceComponentOutput as CreateInferenceComponentOutput
from smtyped._generated.shapes._c import CreateInferenceExperimentRequest as CreateInferenceExperimentRequest
from smtyped._generated.shapes._c import CreateInferenceExperimentResponse as CreateInferenceExperimentResponse
from smtyped._generated.shapes._c import (
    CreateInferenceRecommendationsJobRequest as CreateInferenceRecommendationsJobRequest,
)
from smtyped._generated.shapes._c import (
    CreateInferenceRecommendationsJobResponse as CreateInferenceRecommendationsJobResponse,
)

__all__ = [
    "CreateInferenceComponentInput",
    "CreateInferenceComponentOutput",
    "CreateInferenceExperimentRequest",
    "CreateInferenceExperimentResponse",
    "CreateInferenceRecommendationsJobRequest",
    "CreateInferenceRecommendationsJobResponse",
]
