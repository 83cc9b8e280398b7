# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._d import DeleteEdgeDeploymentPlanRequest as DeleteEdgeDeploymentPlanRequest
from smtyped._generated.shapes._d import DeleteEdgeDeploymentPlanResponse as DeleteEdgeDeploymentPlanResponse
from smtyped._generated.shapes._d import DeleteEdgeDeploymentStageRequest as DeleteEdgeDeploymentStageRequest
from smtyped._generated.shapes._d import DeleteEdgeDeploymentStageResponse as DeleteEdgeDeploymentStageResponse

__all__ = [
    "DeleteEdgeDeploymentPlanRequest",
    "DeleteEdgeDeploymentPlanResponse",
    "DeleteEdgeDeploymentStageRequest",
    "DeleteEdgeDeploymentStageResponse",
]
