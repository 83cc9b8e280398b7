# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._l import ListEdgeDeploymentPlansRequest as ListEdgeDeploymentPlansRequest
from smtyped._generated.shapes._l import ListEdgeDeploymentPlansResponse as ListEdgeDeploymentPlansResponse
from smtyped._generated.shapes._l import ListEdgePackagingJobsRequest as ListEdgePackagingJobsRequest
from smtyped._generated.shapes._l import ListEdgePackagingJobsResponse as ListEdgePackagingJobsResponse

__all__ = [
    "ListEdgeDeploymentPlansRequest",
    "ListEdgeDeploymentPlansResponse",
    "ListEdgePackagingJobsRequest",
    "ListEdgePackagingJobsResponse",
]
