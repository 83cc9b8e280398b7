# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._l import (
    ListTrainingJobsForHyperParameterTuningJobRequest as ListTrainingJobsForHyperParameterTuningJobRequest,
)
from smtyped._generated.shapes._l import (
    ListTrainingJobsForHyperParameterTuningJobResponse as ListTrainingJobsForHyperParameterTuningJobResponse,
)
from smtyped._generated.shapes._l import ListTrainingJobsRequest as ListTrainingJobsRequest
from smtyped._generated.shapes._l import ListTrainingJobsResponse as ListTrainingJobsResponse
from smtyped._generated.shapes._l import ListTrainingPlansRequest as ListTrainingPlansRequest
from smtyped._generated.shapes._l import ListTrainingPlansResponse as ListTrainingPlansResponse

__all__ = [
    "ListTrainingJobsForHyperParameterTuningJobRequest",
    "ListTrainingJobsForHyperParameterTuningJobResponse",
    "ListTrainingJobsRequest",
    "ListTrainingJobsResponse",
    "ListTrainingPlansRequest",
    "ListTrainingPlansResponse",
]
