# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._l import ListInferenceComponentsInput as ListInferenceComponentsInput
from smtyped._generated.shapes._l import ListInferenceComponentsOutput as ListInferenceComponentsOutput
from smtyped._generated.shapes._l import ListInferenceExperimentsRequest as ListInferenceExperimentsRequest
from smtyped._generated.shapes._l import ListInferenceExperimentsResponse as ListInferenceExperimentsResponse
from smtyped._generated.shapes._l import (
    ListInferenceRecommendationsJobsRequest as ListInferenceRecommendationsJobsRequest,
)
from smtyped._generated.shapes._l import (
    ListInferenceRecommendationsJobsResponse as ListInferenceRecommendationsJobsResponse,
)
from smtyped._generated.shapes._l import (
    ListInferenceRecommendationsJobStepsRequest as ListInferenceRecommendationsJobStepsRequest,
)
from smtyped._generated.shapes._l import (
    ListInferenceRecommendationsJobStepsResponse as ListInferenceRecommendationsJobStepsResponse,
)

__all__ = [
    "ListInferenceComponentsInput",
    "ListInferenceComponentsOutput",
    "ListInferenceExperimentsRequest",
    "ListInferenceExperimentsResponse",
    "ListInferenceRecommendationsJobStepsRequest",
    "ListInferenceRecommendationsJobStepsResponse",
    "ListInferenceRecommendationsJobsRequest",
    "ListInferenceRecommendationsJobsResponse",
]
