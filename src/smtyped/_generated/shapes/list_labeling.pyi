# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._l import ListLabelingJobsForWorkteamRequest as ListLabelingJobsForWorkteamRequest
from smtyped._generated.shapes._l import ListLabelingJobsForWorkteamResponse as ListLabelingJobsForWorkteamResponse
from smtyped._generated.shapes._l import ListLabelingJobsRequest as ListLabelingJobsRequest
from smtyped._generated.shapes._l import ListLabelingJobsResponse as ListLabelingJobsResponse

__all__ = [
    "ListLabelingJobsForWorkteamRequest",
    "ListLabelingJobsForWorkteamResponse",
    "ListLabelingJobsRequest",
    "ListLabelingJobsResponse",
]
