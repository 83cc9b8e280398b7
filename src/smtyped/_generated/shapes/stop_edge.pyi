# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._s import StopEdgeDeploymentStageRequest as StopEdgeDeploymentStageRequest
from smtyped._generated.shapes._s import StopEdgeDeploymentStageResponse as StopEdgeDeploymentStageResponse
from smtyped._generated.shapes._s import StopEdgePackagingJobRequest as StopEdgePackagingJobRequest
from smtyped._generated.shapes._s import StopEdgePackagingJobResponse as StopEdgePackagingJobResponse

__all__ = [
    "StopEdgeDeploymentStageRequest",
    "StopEdgeDeploymentStageResponse",
    "StopEdgePackagingJobRequest",
    "StopEdgePackagingJobResponse",
]
