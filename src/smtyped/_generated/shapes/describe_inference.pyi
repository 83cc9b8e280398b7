# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._d import DescribeInferenceComponentInput as DescribeInferenceComponentInput
from smtyped._generated.shapes._d import DescribeInferenceComponentOutput as DescribeInferenceComponentOutput
from smtyped._generated.shapes._d import DescribeInferenceExperimentRequest as DescribeInferenceExperimentRequest
from smtyped._generated.shapes._d import DescribeInferenceExperimentResponse as DescribeInferenceExperimentResponse
from smtyped._generated.shapes._d import (
    DescribeInferenceRecommendationsJobRequest as DescribeInferenceRecommendationsJobRequest,
)
from smtyped._generated.shapes._d import (
    DescribeInferenceRecommendationsJobResponse as DescribeInferenceRecommendationsJobResponse,
)

__all__ = [
    "DescribeInferenceComponentInput",
    "DescribeInferenceComponentOutput",
    "DescribeInferenceExperimentRequest",
    "DescribeInferenceExperimentResponse",
    "DescribeInferenceRecommendationsJobRequest",
    "DescribeInferenceRecommendationsJobResponse",
]
