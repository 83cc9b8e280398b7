# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._d import DescribeEdgeDeploymentPlanRequest as DescribeEdgeDeploymentPlanRequest
from smtyped._generated.shapes._d import DescribeEdgeDeploymentPlanResponse as DescribeEdgeDeploymentPlanResponse
from smtyped._generated.shapes._d import DescribeEdgePackagingJobRequest as DescribeEdgePackagingJobRequest
from smtyped._generated.shapes._d import DescribeEdgePackagingJobResponse as DescribeEdgePackagingJobResponse

__all__ = [
    "DescribeEdgeDeploymentPlanRequest",
    "DescribeEdgeDeploymentPlanResponse",
    "DescribeEdgePackagingJobRequest",
    "DescribeEdgePackagingJobResponse",
]
